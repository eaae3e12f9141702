import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { STANDARD_MESH_AGENT_IDS } from '@mesh/a2a-contracts';
import { EnvBoolean, EnvNumber, EnvString, validateEnv } from '@mesh/nest-a2a';
import { LLM_PROVIDERS, type LlmProvider } from '../llm/llm.port';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** `auto`: the LLM when Ollama answers, else the heuristics; `llm`: try the LLM on every request; `heuristic`: never call it. */
export const LLM_MODES = ['auto', 'llm', 'heuristic'] as const;
export type LlmMode = (typeof LLM_MODES)[number];

/** `ollama`: Ollama's own API; `openai`: any server with the OpenAI-compatible chat completions API (the list lives beside the port). */
export { LLM_PROVIDERS };
export type LlmProviderName = LlmProvider;

/**
 * The planner's environment variables, validated at start-up. A bad value stops the app with
 * a message naming the variable.
 */
export class PlannerEnv {
  @EnvNumber()
  @IsInt()
  @Min(1)
  @Max(65_535)
  PLANNER_PORT: number = 9000;

  @EnvString()
  @IsString()
  @MinLength(1)
  PLANNER_HOST: string = '127.0.0.1';

  @EnvString()
  @IsString()
  @Matches(/^[A-Za-z0-9_.:-]{1,128}$/, {
    message: 'PLANNER_AGENT_ID must be 1-128 characters of letters, digits, _ . : -',
  })
  PLANNER_AGENT_ID: string = 'workflow_planner';

  @EnvString()
  @IsString()
  @MaxLength(256)
  PLANNER_AGENT_NAME: string = 'Workflow Planner Agent';

  @EnvString()
  @IsString()
  @MaxLength(64)
  PLANNER_VERSION: string = '2.0.0';

  @EnvNumber()
  @IsInt()
  @Min(1)
  @Max(1000)
  PLANNER_MAX_PARALLEL_AGENTS: number = 5;

  /** Timeout of a query-generation (data) step, seconds; overrides `PLANNER_DEFAULT_TIMEOUT` (its old name). */
  @EnvNumber()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(1)
  @Max(3600)
  @IsOptional()
  PLANNER_DATA_STEP_TIMEOUT?: number;

  /** Timeout of a query-generation (data) step, seconds. Old name of `PLANNER_DATA_STEP_TIMEOUT`, still read. */
  @EnvNumber()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(1)
  @Max(3600)
  PLANNER_DEFAULT_TIMEOUT: number = 60;

  /** Timeout of a knowledge-retrieval step, seconds. */
  @EnvNumber()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(1)
  @Max(3600)
  PLANNER_KNOWLEDGE_TIMEOUT: number = 30;

  @EnvNumber()
  @IsInt()
  @Min(1)
  @Max(50)
  PLANNER_KNOWLEDGE_TOP_K: number = 5;

  @EnvNumber()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  PLANNER_COST_PER_1K_TOKENS: number = 0.001;

  /** Largest accepted request body (an express `bytes` string such as `2mb`). */
  @EnvString()
  @Matches(/^\d+(\.\d+)?\s*(b|kb|mb)$/i, { message: 'PLANNER_BODY_LIMIT must look like 512kb or 2mb' })
  PLANNER_BODY_LIMIT: string = '2mb';

  @EnvString()
  @IsIn(LOG_LEVELS)
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  /** Requests per second per client on /a2a/task; 0 turns rate limiting off. */
  @EnvNumber()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  PLANNER_RATE_LIMIT_RPS: number = 1000;

  /** When set, /a2a/task needs it (`Authorization: Bearer <key>` or `x-api-key`); health, metrics and docs stay open. */
  @EnvString()
  @IsString()
  @MaxLength(512)
  PLANNER_API_KEY: string = '';

  /** The URL A2A clients reach the planner at (behind a proxy, in containers); empty means http://HOST:PORT. */
  @EnvString()
  @Matches(/^(https?:\/\/\S{1,2000})?$/, { message: 'PLANNER_PUBLIC_URL must be an http(s) URL' })
  PLANNER_PUBLIC_URL: string = '';

  /**
   * The mesh's agents, planned against when an A2A message carries only text: comma-separated
   * ids `<domain>_knowledge` and `<platform>_data`.
   */
  @EnvString()
  @Matches(/^\s*[a-z0-9]{1,64}_(knowledge|data)\s*(,\s*[a-z0-9]{1,64}_(knowledge|data)\s*){0,99}$/, {
    message: 'PLANNER_MESH_AGENTS must be comma-separated ids such as sop_knowledge,kql_data',
  })
  PLANNER_MESH_AGENTS: string = STANDARD_MESH_AGENT_IDS.join(',');

  /** Comma-separated origins allowed by CORS; empty keeps CORS off. */
  @EnvString()
  @IsString()
  @MaxLength(4096)
  PLANNER_CORS_ORIGINS: string = '';

  /** Which LLM server the analysis talks to: Ollama's API, or an OpenAI-compatible one (vLLM, llama.cpp, LM Studio). */
  @EnvString()
  @IsIn(LLM_PROVIDERS)
  PLANNER_LLM_PROVIDER: LlmProviderName = 'ollama';

  /**
   * The LLM server's base URL. For `openai` it is required and ends in `/v1`
   * (`http://127.0.0.1:8000/v1`); for `ollama` it overrides `OLLAMA_HOST`.
   */
  @EnvString()
  @IsUrl(
    { require_tld: false, require_protocol: true, protocols: ['http', 'https'] },
    { message: 'PLANNER_LLM_BASE_URL must be an http(s) URL such as http://127.0.0.1:8000/v1' },
  )
  @ValidateIf((env: PlannerEnv) => env.PLANNER_LLM_PROVIDER === 'openai' || env.PLANNER_LLM_BASE_URL !== '')
  PLANNER_LLM_BASE_URL: string = '';

  /** The model to ask; overrides `OLLAMA_MODEL` (for `openai`, the id its `/models` lists). */
  @EnvString()
  @IsString()
  @MaxLength(256)
  PLANNER_LLM_MODEL: string = '';

  /** Sent as `Authorization: Bearer <key>` to an OpenAI-compatible server that wants one. */
  @EnvString()
  @IsString()
  @MaxLength(4096)
  PLANNER_LLM_API_KEY: string = '';

  /** Budget of one plan's LLM analysis, seconds; overrides `OLLAMA_TIMEOUT` (its old name). */
  @EnvNumber()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.1)
  @Max(600)
  @IsOptional()
  PLANNER_LLM_TIMEOUT?: number;

  /** Where Ollama listens. */
  @EnvString()
  @IsUrl(
    { require_tld: false, require_protocol: true, protocols: ['http', 'https'] },
    { message: 'OLLAMA_HOST must be an http(s) URL such as http://localhost:11434' },
  )
  OLLAMA_HOST: string = 'http://localhost:11434';

  @EnvString()
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  OLLAMA_MODEL: string = 'llama3';

  /** Budget of one plan's LLM analysis (waiting for a slot, the call, its retry), seconds. Alias of `PLANNER_LLM_TIMEOUT`. */
  @EnvNumber()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.1)
  @Max(600)
  OLLAMA_TIMEOUT: number = 30;

  /** How long Ollama keeps the model loaded after a call (an Ollama duration: `30m`, `1h`, `-1` for ever). */
  @EnvString()
  @Matches(/^(-1|\d+(\.\d+)?(ms|s|m|h)?)$/, {
    message: 'OLLAMA_KEEP_ALIVE must be a duration such as 30m, 1h, 300 or -1',
  })
  OLLAMA_KEEP_ALIVE: string = '30m';

  @EnvString()
  @IsIn(LLM_MODES)
  PLANNER_LLM_MODE: LlmMode = 'auto';

  /** Cache LLM analyses (LRU with TTL). */
  @EnvBoolean()
  @IsBoolean()
  PLANNER_ENABLE_CACHING: boolean = true;

  /** Most LLM calls in flight at once; the rest wait within their budget, then fall back. */
  @EnvNumber()
  @IsInt()
  @Min(1)
  @Max(64)
  PLANNER_LLM_CONCURRENCY: number = 2;

  @EnvNumber()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  PLANNER_LLM_CACHE_SIZE: number = 1000;

  /** Lifetime of a cached analysis, seconds. */
  @EnvNumber()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(1)
  @Max(604_800)
  PLANNER_LLM_CACHE_TTL: number = 3600;

  /** Most tokens the model may generate for an analysis (the retry of a truncated answer gets twice this). */
  @EnvNumber()
  @IsInt()
  @Min(64)
  @Max(8192)
  PLANNER_LLM_NUM_PREDICT: number = 512;

  /** After the LLM server is found down, how long requests skip it before one re-probe, seconds (auto mode). */
  @EnvNumber()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(3600)
  PLANNER_LLM_REPROBE_SECONDS: number = 15;
}

/** The typed, defaulted env, or an error naming every bad variable. */
export function validatePlannerEnv(raw: Record<string, unknown>): PlannerEnv {
  return validateEnv(PlannerEnv, raw, 'planner');
}

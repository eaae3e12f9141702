import { readFileSync } from 'node:fs';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { EnvNumber, EnvString, validateEnv } from '@mesh/nest-a2a';
import { combineAgentUrls, normalizeBaseUrl, parseAgentsFile, parseAgentUrlList } from './agent-urls.util';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * The orchestrator's environment variables, validated at start-up. A bad value stops the app
 * with a message naming the variable.
 */
export class OrchestratorEnv {
  @EnvNumber()
  @IsInt()
  @Min(1)
  @Max(65_535)
  ORCHESTRATOR_PORT: number = 8000;

  @EnvString()
  @IsString()
  @MinLength(1)
  ORCHESTRATOR_HOST: string = '127.0.0.1';

  /** The URL A2A clients reach the orchestrator at (behind a proxy, in containers); empty means http://HOST:PORT. */
  @EnvString()
  @Matches(/^(https?:\/\/\S{1,2000})?$/, { message: 'ORCHESTRATOR_PUBLIC_URL must be an http(s) URL' })
  ORCHESTRATOR_PUBLIC_URL: string = '';

  /** Base URL of the planner (`POST /a2a/task`, `GET /a2a/agent`, `GET /health`). */
  @EnvString()
  @IsString()
  PLANNER_URL: string = 'http://127.0.0.1:9000';

  /** Timeout of each call to the planner, seconds. */
  @EnvNumber()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.1)
  @Max(3600)
  PLANNER_TIMEOUT_SECONDS: number = 30;

  /** Sent as `Authorization: Bearer <key>` to the planner when set. */
  @EnvString()
  @IsOptional()
  @IsString()
  @MaxLength(4096)
  PLANNER_API_KEY?: string;

  /** Comma-separated base URLs of the knowledge and data agents. */
  @EnvString()
  @IsOptional()
  @IsString()
  AGENT_URLS?: string;

  /** A JSON file listing agent base URLs (see `parseAgentsFile`). */
  @EnvString()
  @IsOptional()
  @IsString()
  AGENTS_FILE?: string;

  /** How many steps of one parallel group run at once. */
  @EnvNumber()
  @IsInt()
  @Min(1)
  @Max(256)
  ORCHESTRATOR_STEP_CONCURRENCY: number = 4;

  /** How often every agent's `GET /a2a/agent` is read again, seconds. */
  @EnvNumber()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(1)
  @Max(86_400)
  ORCHESTRATOR_REGISTRY_REFRESH_SECONDS: number = 30;

  /** Timeout of one `GET /a2a/agent` probe (and of the planner readiness check), seconds. */
  @EnvNumber()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.1)
  @Max(60)
  ORCHESTRATOR_PROBE_TIMEOUT_SECONDS: number = 2;

  /** Step timeout when a plan step carries none (0), seconds. */
  @EnvNumber()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.1)
  @Max(3600)
  ORCHESTRATOR_DEFAULT_STEP_TIMEOUT_SECONDS: number = 60;

  /** Upper bound on any step's timeout, whatever the plan says, seconds. */
  @EnvNumber()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.1)
  @Max(86_400)
  ORCHESTRATOR_MAX_STEP_TIMEOUT_SECONDS: number = 300;

  /** How many finished journeys `GET /journeys/:id` remembers (least recently used go first). */
  @EnvNumber()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  ORCHESTRATOR_JOURNEY_STORE_SIZE: number = 1000;

  /** How many bytes of journeys (as JSON) `GET /journeys/:id` remembers; a bigger journey is kept without step outputs. */
  @EnvNumber()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(1)
  @Max(4096)
  ORCHESTRATOR_JOURNEY_STORE_MAX_MB: number = 64;

  /** Largest accepted request body (an express `bytes` string such as `1mb`). */
  @EnvString()
  @Matches(/^\d+(\.\d+)?\s*(b|kb|mb)$/i, { message: 'ORCHESTRATOR_BODY_LIMIT must look like 512kb or 1mb' })
  ORCHESTRATOR_BODY_LIMIT: string = '1mb';

  @EnvString()
  @IsIn(LOG_LEVELS)
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';
}

/** The agent base URLs named by `AGENT_URLS` and `AGENTS_FILE`, or an error naming the variable. */
export function resolveAgentUrls(
  env: Pick<OrchestratorEnv, 'AGENT_URLS' | 'AGENTS_FILE'>,
  readFile: (path: string) => string = (p) => readFileSync(p, 'utf8'),
): string[] {
  let fromEnv: string[] | undefined;
  if (env.AGENT_URLS !== undefined) {
    const outcome = parseAgentUrlList(env.AGENT_URLS);
    if (!outcome.ok)
      throw new Error(
        `Invalid orchestrator configuration:\n  AGENT_URLS=${JSON.stringify(env.AGENT_URLS)}: ${outcome.problem}`,
      );
    fromEnv = outcome.urls;
  }
  let fromFile: string[] | undefined;
  if (env.AGENTS_FILE !== undefined) {
    let text: string;
    try {
      text = readFile(env.AGENTS_FILE);
    } catch (error) {
      throw new Error(
        `Invalid orchestrator configuration:\n  AGENTS_FILE=${JSON.stringify(env.AGENTS_FILE)}: cannot be read (${error instanceof Error ? error.message : String(error)})`,
      );
    }
    const outcome = parseAgentsFile(text);
    if (!outcome.ok)
      throw new Error(
        `Invalid orchestrator configuration:\n  AGENTS_FILE=${JSON.stringify(env.AGENTS_FILE)}: ${outcome.problem}`,
      );
    fromFile = outcome.urls;
  }
  return combineAgentUrls(fromEnv, fromFile);
}

/** For `ConfigModule.forRoot({ validate })`: the typed, defaulted env, or an error naming every bad variable. */
export function validateOrchestratorEnv(raw: Record<string, unknown>): OrchestratorEnv {
  const env = validateEnv(OrchestratorEnv, raw, 'orchestrator');
  const planner = normalizeBaseUrl(env.PLANNER_URL);
  if (!planner.ok)
    throw new Error(
      `Invalid orchestrator configuration:\n  PLANNER_URL=${JSON.stringify(env.PLANNER_URL)}: ${planner.problem}`,
    );
  env.PLANNER_URL = planner.url;
  resolveAgentUrls(env);
  return env;
}

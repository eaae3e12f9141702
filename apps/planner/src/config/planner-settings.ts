import { Injectable } from '@nestjs/common';
import { meshAgentsFromIds, type AvailableAgents } from '@mesh/a2a-contracts';
import { resolvePlannerOptions, type PlannerOptions } from '@mesh/planner-core';
import { validatePlannerEnv, type LlmMode, type LlmProviderName, type PlannerEnv } from './planner-env';

/** The LLM analysis' settings. Durations in milliseconds. */
export interface LlmSettings {
  readonly mode: LlmMode;
  readonly provider: LlmProviderName;
  /** The server's base URL, no trailing slash (`http://localhost:11434`, or `http://127.0.0.1:8000/v1`). */
  readonly baseUrl: string;
  readonly model: string;
  /** Bearer token for an OpenAI-compatible server; empty for none. */
  readonly apiKey: string;
  readonly timeoutMs: number;
  readonly keepAlive: string;
  readonly caching: boolean;
  readonly concurrency: number;
  readonly cacheSize: number;
  readonly cacheTtlMs: number;
  readonly numPredict: number;
  readonly reprobeMs: number;
  /** Timeout of a health probe (`/api/version` and `/api/tags`, or `/models`). */
  readonly healthTimeoutMs: number;
}

/** The one typed view of the planner's configuration. */
@Injectable()
export class PlannerSettings {
  /** Validates `raw` (normally `process.env`); throws an error naming every bad variable. */
  static fromEnv(raw: Record<string, unknown>): PlannerSettings {
    return new PlannerSettings(validatePlannerEnv(raw));
  }

  readonly port: number;
  readonly host: string;
  readonly agentId: string;
  readonly agentName: string;
  readonly version: string;
  readonly bodyLimit: string;
  readonly logLevel: string;
  /** Requests per second per client; 0 = off. */
  readonly rateLimitRps: number;
  /** Empty when no key is required. */
  readonly apiKey: string;
  readonly corsOrigins: readonly string[];
  /** The URL A2A clients reach the planner at, for its agent card. */
  readonly publicUrl: string;
  /** The mesh's agents: what a text-only A2A message is planned against. */
  readonly meshAgents: AvailableAgents;
  readonly planning: PlannerOptions;
  readonly llm: LlmSettings;

  constructor(env: PlannerEnv) {
    const get = <K extends keyof PlannerEnv>(key: K): PlannerEnv[K] => env[key];
    this.port = get('PLANNER_PORT');
    this.host = get('PLANNER_HOST');
    this.agentId = get('PLANNER_AGENT_ID');
    this.agentName = get('PLANNER_AGENT_NAME');
    this.version = get('PLANNER_VERSION');
    this.bodyLimit = get('PLANNER_BODY_LIMIT');
    this.logLevel = get('LOG_LEVEL');
    this.rateLimitRps = get('PLANNER_RATE_LIMIT_RPS');
    this.apiKey = get('PLANNER_API_KEY');
    this.corsOrigins = get('PLANNER_CORS_ORIGINS')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean);
    this.publicUrl = (get('PLANNER_PUBLIC_URL') || `http://${this.host}:${this.port}`).replace(/\/+$/, '');
    const mesh = meshAgentsFromIds(
      get('PLANNER_MESH_AGENTS')
        .split(',')
        .map((id) => id.trim()),
    );
    this.meshAgents = mesh.ok ? mesh.agents : { knowledge: [], data: [] };
    this.planning = resolvePlannerOptions({
      agentId: this.agentId,
      maxParallelAgents: get('PLANNER_MAX_PARALLEL_AGENTS'),
      dataStepTimeoutSeconds: get('PLANNER_DATA_STEP_TIMEOUT') ?? get('PLANNER_DEFAULT_TIMEOUT'),
      knowledgeStepTimeoutSeconds: get('PLANNER_KNOWLEDGE_TIMEOUT'),
      knowledgeTopK: get('PLANNER_KNOWLEDGE_TOP_K'),
      costPer1kTokensUsd: get('PLANNER_COST_PER_1K_TOKENS'),
    });
    const timeoutMs = Math.round((get('PLANNER_LLM_TIMEOUT') ?? get('OLLAMA_TIMEOUT')) * 1000);
    this.llm = Object.freeze({
      mode: get('PLANNER_LLM_MODE'),
      provider: get('PLANNER_LLM_PROVIDER'),
      baseUrl: (get('PLANNER_LLM_BASE_URL') || get('OLLAMA_HOST')).replace(/\/+$/, ''),
      model: get('PLANNER_LLM_MODEL') || get('OLLAMA_MODEL'),
      apiKey: get('PLANNER_LLM_API_KEY'),
      timeoutMs,
      keepAlive: get('OLLAMA_KEEP_ALIVE'),
      caching: get('PLANNER_ENABLE_CACHING'),
      concurrency: get('PLANNER_LLM_CONCURRENCY'),
      cacheSize: get('PLANNER_LLM_CACHE_SIZE'),
      cacheTtlMs: Math.round(get('PLANNER_LLM_CACHE_TTL') * 1000),
      numPredict: get('PLANNER_LLM_NUM_PREDICT'),
      reprobeMs: Math.round(get('PLANNER_LLM_REPROBE_SECONDS') * 1000),
      healthTimeoutMs: Math.min(2000, timeoutMs),
    });
  }
}

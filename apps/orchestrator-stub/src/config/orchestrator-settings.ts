import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { resolveAgentUrls, type OrchestratorEnv } from './orchestrator-env';

/** The one typed view of the orchestrator's configuration. */
@Injectable()
export class OrchestratorSettings {
  readonly port: number;
  readonly host: string;
  /** The URL A2A clients reach the orchestrator at, for its agent card. */
  readonly publicUrl: string;
  readonly plannerUrl: string;
  readonly plannerTimeoutMs: number;
  readonly plannerApiKey: string | undefined;
  /** Base URLs of the knowledge and data agents. */
  readonly agentUrls: readonly string[];
  readonly stepConcurrency: number;
  readonly registryRefreshMs: number;
  readonly probeTimeoutMs: number;
  readonly defaultStepTimeoutSeconds: number;
  readonly maxStepTimeoutSeconds: number;
  readonly journeyStoreSize: number;
  readonly journeyStoreMaxBytes: number;
  readonly bodyLimit: string;
  readonly logLevel: string;

  constructor(config: ConfigService<OrchestratorEnv, true>) {
    const get = <K extends keyof OrchestratorEnv>(key: K): OrchestratorEnv[K] => config.get(key, { infer: true });
    this.port = get('ORCHESTRATOR_PORT');
    this.host = get('ORCHESTRATOR_HOST');
    this.publicUrl = (get('ORCHESTRATOR_PUBLIC_URL') || `http://${this.host}:${this.port}`).replace(/\/+$/, '');
    this.plannerUrl = get('PLANNER_URL');
    this.plannerTimeoutMs = get('PLANNER_TIMEOUT_SECONDS') * 1000;
    this.plannerApiKey = get('PLANNER_API_KEY') || undefined;
    this.agentUrls = resolveAgentUrls({ AGENT_URLS: get('AGENT_URLS'), AGENTS_FILE: get('AGENTS_FILE') });
    this.stepConcurrency = get('ORCHESTRATOR_STEP_CONCURRENCY');
    this.registryRefreshMs = get('ORCHESTRATOR_REGISTRY_REFRESH_SECONDS') * 1000;
    this.probeTimeoutMs = get('ORCHESTRATOR_PROBE_TIMEOUT_SECONDS') * 1000;
    this.defaultStepTimeoutSeconds = get('ORCHESTRATOR_DEFAULT_STEP_TIMEOUT_SECONDS');
    this.maxStepTimeoutSeconds = get('ORCHESTRATOR_MAX_STEP_TIMEOUT_SECONDS');
    this.journeyStoreSize = get('ORCHESTRATOR_JOURNEY_STORE_SIZE');
    this.journeyStoreMaxBytes = Math.round(get('ORCHESTRATOR_JOURNEY_STORE_MAX_MB') * 1024 * 1024);
    this.bodyLimit = get('ORCHESTRATOR_BODY_LIMIT');
    this.logLevel = get('LOG_LEVEL');
  }
}

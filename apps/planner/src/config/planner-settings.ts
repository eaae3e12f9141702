import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { resolvePlannerOptions, type PlannerOptions } from '@mesh/planner-core';
import type { PlannerEnv } from './planner-env';

/** The one typed view of the planner's configuration. */
@Injectable()
export class PlannerSettings {
  readonly port: number;
  readonly host: string;
  readonly agentId: string;
  readonly agentName: string;
  readonly version: string;
  readonly bodyLimit: string;
  readonly planning: PlannerOptions;

  constructor(config: ConfigService<PlannerEnv, true>) {
    const get = <K extends keyof PlannerEnv>(key: K): PlannerEnv[K] => config.get(key, { infer: true });
    this.port = get('PLANNER_PORT');
    this.host = get('PLANNER_HOST');
    this.agentId = get('PLANNER_AGENT_ID');
    this.agentName = get('PLANNER_AGENT_NAME');
    this.version = get('PLANNER_VERSION');
    this.bodyLimit = get('PLANNER_BODY_LIMIT');
    this.planning = resolvePlannerOptions({
      agentId: this.agentId,
      maxParallelAgents: get('PLANNER_MAX_PARALLEL_AGENTS'),
      dataStepTimeoutSeconds: get('PLANNER_DEFAULT_TIMEOUT'),
      knowledgeStepTimeoutSeconds: get('PLANNER_KNOWLEDGE_TIMEOUT'),
      knowledgeTopK: get('PLANNER_KNOWLEDGE_TOP_K'),
      costPer1kTokensUsd: get('PLANNER_COST_PER_1K_TOKENS'),
    });
  }
}

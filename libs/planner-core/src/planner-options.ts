/** Tunables of the planning core; the planner app fills them from its validated configuration. */
export interface PlannerOptions {
  /** The planner's own agent id, as it answers on the wire. */
  readonly agentId: string;
  /** A parallel group wider than this is split. */
  readonly maxParallelAgents: number;
  /** Timeout of a data (query generation) step, seconds. */
  readonly dataStepTimeoutSeconds: number;
  /** Timeout of a knowledge (retrieval) step, seconds. */
  readonly knowledgeStepTimeoutSeconds: number;
  /** Passages asked of each knowledge agent. */
  readonly knowledgeTopK: number;
  /** USD per 1,000 tokens, for cost estimates. */
  readonly costPer1kTokensUsd: number;
}

export const DEFAULT_PLANNER_OPTIONS: PlannerOptions = Object.freeze({
  agentId: 'workflow_planner',
  maxParallelAgents: 5,
  dataStepTimeoutSeconds: 60,
  knowledgeStepTimeoutSeconds: 30,
  knowledgeTopK: 5,
  costPer1kTokensUsd: 0.001,
});

export function resolvePlannerOptions(partial: Partial<PlannerOptions> = {}): PlannerOptions {
  return { ...DEFAULT_PLANNER_OPTIONS, ...partial };
}

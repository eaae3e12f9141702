import type {
  ClarificationResult,
  CreatePlanParameters,
  OptimizePlanParameters,
  PlannerResult,
} from '@mesh/a2a-contracts';

/** One call to the planner. */
export interface PlannerCall {
  readonly taskId: string;
}

/**
 * The planner, as the journey runner sees it. Implementations resolve with the planner's
 * `result` (for create_plan, a clarification when the planner answered `input_required`), and
 * reject with a `MeshCallException` for anything else (a `status: "failed"`
 * answer, an HTTP error, a timeout, an unreachable planner).
 */
export interface PlannerPort {
  createPlan(parameters: CreatePlanParameters, call: PlannerCall): Promise<PlannerResult | ClarificationResult>;
  optimizePlan(parameters: OptimizePlanParameters, call: PlannerCall): Promise<PlannerResult>;
}

/** One task sent to a knowledge or data agent. */
export interface AgentTask {
  readonly task_id: string;
  readonly agent_id: string;
  readonly action: string;
  readonly parameters: Record<string, unknown>;
}

/**
 * The knowledge and data agents. `run` resolves with the agent's `result` and rejects with a
 * `MeshCallException`; it should stop when `signal` aborts (the runner stops waiting anyway).
 */
export interface AgentPort {
  run(task: AgentTask, signal: AbortSignal): Promise<unknown>;
}

/** Time: the runner's only other nondeterminism. */
export interface JourneyClock {
  now(): Date;
  /** Milliseconds from an arbitrary origin, for durations. */
  monotonicMs(): number;
}

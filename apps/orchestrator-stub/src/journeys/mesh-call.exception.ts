import type { A2AErrorBody, A2AErrorCode } from '@mesh/a2a-contracts';

/** Codes the orchestrator adds to the wire's `A2AErrorCode` on journey steps. */
export enum JourneyErrorCode {
  /** A step did not run because a step it depends on failed or was skipped. */
  DependencyFailed = 'DEPENDENCY_FAILED',
  /** Every step of the journey failed or was skipped. */
  AllStepsFailed = 'ALL_STEPS_FAILED',
  /** Some steps failed; the others completed. */
  StepsFailed = 'STEPS_FAILED',
  /** An agent answered `completed` with a result that is not the shape its action returns. */
  InvalidResult = 'INVALID_RESULT',
}

/**
 * A call to another agent of the mesh that did not give a usable answer: the agent's own
 * error (`status: "failed"`, a 4xx), or the orchestrator's reading of what went wrong
 * (`AGENT_UNAVAILABLE`, `STEP_TIMEOUT`, `PLANNER_UNAVAILABLE`, `INVALID_PLAN`).
 */
export class MeshCallException extends Error {
  constructor(
    readonly code: A2AErrorCode | string,
    message: string,
    readonly details: unknown[] = [],
  ) {
    super(message);
    this.name = 'MeshCallException';
  }

  toBody(): A2AErrorBody {
    return { code: this.code, message: this.message, details: [...this.details] };
  }
}

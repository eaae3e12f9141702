import { A2AErrorCode } from '@mesh/a2a-contracts/wire';

/** The codes the planning core raises. Each maps to a wire error code. */
export enum PlannerErrorCode {
  NoDataAgents = 'NO_DATA_AGENTS',
  NoPlatformAvailable = 'NO_PLATFORM_AVAILABLE',
  DuplicateStepId = 'DUPLICATE_STEP_ID',
  UnknownDependency = 'UNKNOWN_DEPENDENCY',
  DependencyCycle = 'DEPENDENCY_CYCLE',
  UnknownAgent = 'UNKNOWN_AGENT',
  InvalidPlan = 'INVALID_PLAN',
}

/** A planning failure: the request was well-formed, but no valid plan can be made from it. */
export class PlannerException extends Error {
  override readonly name = 'PlannerException';

  constructor(
    readonly code: PlannerErrorCode,
    message: string,
    readonly details: readonly unknown[] = [],
  ) {
    super(message);
  }
}

/** The wire code for a planner error code (exhaustive: a new code fails to compile until mapped). */
export function toWireErrorCode(code: PlannerErrorCode): A2AErrorCode {
  switch (code) {
    case PlannerErrorCode.NoDataAgents:
      return A2AErrorCode.NoDataAgents;
    case PlannerErrorCode.NoPlatformAvailable:
      return A2AErrorCode.NoPlatformAvailable;
    case PlannerErrorCode.DuplicateStepId:
      return A2AErrorCode.DuplicateStepId;
    case PlannerErrorCode.UnknownDependency:
      return A2AErrorCode.UnknownDependency;
    case PlannerErrorCode.DependencyCycle:
      return A2AErrorCode.DependencyCycle;
    case PlannerErrorCode.UnknownAgent:
      return A2AErrorCode.UnknownAgent;
    case PlannerErrorCode.InvalidPlan:
      return A2AErrorCode.InvalidPlan;
  }
}

/**
 * Error codes on the wire (`error.code`). Request errors come back as HTTP 4xx; planning
 * errors (a well-formed request that cannot be planned) as HTTP 200 with `status: "failed"`.
 */
export enum A2AErrorCode {
  // 4xx: the request itself is wrong
  ValidationError = 'VALIDATION_ERROR',
  MalformedJson = 'MALFORMED_JSON',
  UnsupportedMediaType = 'UNSUPPORTED_MEDIA_TYPE',
  UnknownAction = 'UNKNOWN_ACTION',
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  Unauthorized = 'UNAUTHORIZED',
  RateLimited = 'RATE_LIMITED',
  NotFound = 'NOT_FOUND',
  // 200 + status "failed": well-formed, but no plan can be made
  NoDataAgents = 'NO_DATA_AGENTS',
  NoPlatformAvailable = 'NO_PLATFORM_AVAILABLE',
  InvalidPlan = 'INVALID_PLAN',
  DuplicateStepId = 'DUPLICATE_STEP_ID',
  UnknownDependency = 'UNKNOWN_DEPENDENCY',
  DependencyCycle = 'DEPENDENCY_CYCLE',
  UnknownAgent = 'UNKNOWN_AGENT',
  // agents other than the planner
  UnknownTable = 'UNKNOWN_TABLE',
  AgentUnavailable = 'AGENT_UNAVAILABLE',
  StepTimeout = 'STEP_TIMEOUT',
  PlannerUnavailable = 'PLANNER_UNAVAILABLE',
  // never for anything a client sent
  InternalError = 'INTERNAL_ERROR',
}

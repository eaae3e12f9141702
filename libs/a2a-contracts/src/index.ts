export { AgentDescriptor, AvailableAgents, ExecutionContext, SCHEMA_HINTS_MAX_DEPTH } from './agents.dto';
export {
  KnowledgeRequirements,
  QueryAnalysis,
  QueryCharacteristics,
  QueryEntities,
  SelectedAgents,
  TimeWindow,
} from './analysis.dto';
export {
  Absence,
  Clarification,
  ConstraintFilter,
  GroupKey,
  Inactivity,
  Measure,
  MeasureComparison,
  MeasureDifference,
  MeasureRatio,
  Ordering,
  PeriodChange,
  PeriodComparison,
  COMPARED_PERIOD_UNITS,
  type ComparedPeriodUnit,
  QueryConstraints,
  Share,
  ShareOfTotal,
  Threshold,
  TimeBucket,
  type ClarificationResult,
} from './constraints.dto';
export {
  CONSTRAINT_LIMITS,
  FILTER_KINDS,
  FILTER_OPERATORS,
  MEASURE_KINDS,
  ORDER_DIRECTIONS,
  THRESHOLD_OPERATORS,
  TIME_BUCKET_UNITS,
  type FilterKind,
  type FilterOperator,
  type MeasureKind,
  type OrderDirection,
  type ThresholdOperator,
  type TimeBucketUnit,
} from './constraint-kinds';
export {
  GenerateQueryParameters,
  KnowledgePassage,
  RetrieveContextParameters,
  type GenerateQueryResult,
  type RetrieveContextResult,
} from './agent-actions.dto';
export {
  AGENT_TYPES,
  CAPABILITY,
  KNOWN_KNOWLEDGE_DOMAINS,
  KNOWN_PLATFORMS,
  LIMITS,
  PLANNER_ACTIONS,
  PLANNER_MODES,
  QUERY_COMPLEXITIES,
  QUERY_INTENTS,
  TASK_STATUSES,
  type AgentType,
  type KnownKnowledgeDomain,
  type KnownPlatform,
  type PlannerAction,
  type PlannerMode,
  type QueryComplexity,
  type QueryIntent,
  type TaskStatus,
} from './constants';
export { A2AErrorCode } from './error-codes';
export { CREATE_PLAN_EXAMPLE, OPTIMIZE_PLAN_EXAMPLE } from './examples';
export {
  CreateJourneyRequest,
  type Journey,
  type JourneyStatus,
  type JourneyStep,
  type JourneyStepStatus,
  type RegistryEntry,
} from './journey.dto';
export { PlanFeedback, WorkflowPlan, WorkflowStep } from './plan.dto';
export { CreatePlanParameters, OptimizePlanParameters, type PlannerResult } from './planner.dto';
export {
  A2ATaskRequest,
  type A2AErrorBody,
  type A2AErrorResponse,
  type A2ATaskResponse,
  type PlannerMetadata,
} from './task.dto';
export { compiledValidatorFor, type CompiledValidator } from './compiled-validation';
export { toValidationFailures, validatePlain, type ValidationFailure, type ValidationOutcome } from './validate';
export { FREE_FORM_RESERVED_KEYS, freeFormProblem } from './validation';
export {
  MESH_AGENTS,
  MESH_DEFAULT_PORTS,
  STANDARD_MESH_AGENT_IDS,
  meshAgentOf,
  meshAgentsFromIds,
  type MeshAgentEntry,
} from './mesh-agents';

/**
 * The decorator-free entry of the contracts: constants, error codes and the wire types, with no
 * class-validator, class-transformer, ajv or Nest behind it. Pure code (`type:core` libs) imports
 * values from here; the DTO classes with their validation live behind the package's main entry.
 */
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
  MESH_AGENTS,
  MESH_DEFAULT_PORTS,
  STANDARD_MESH_AGENT_IDS,
  meshAgentOf,
  meshAgentsFromIds,
  type MeshAgentEntry,
} from './mesh-agents';

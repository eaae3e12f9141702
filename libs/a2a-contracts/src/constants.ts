/** Values the mesh speaks today. Unknown platforms and domains may still appear on the wire. */
export const PLANNER_ACTIONS = ['create_plan', 'optimize_plan'] as const;
export type PlannerAction = (typeof PLANNER_ACTIONS)[number];

export const KNOWN_PLATFORMS = ['kql', 'spl', 'sql'] as const;
export type KnownPlatform = (typeof KNOWN_PLATFORMS)[number];

export const KNOWN_KNOWLEDGE_DOMAINS = ['sop', 'errors', 'wiki'] as const;
export type KnownKnowledgeDomain = (typeof KNOWN_KNOWLEDGE_DOMAINS)[number];

export const QUERY_INTENTS = ['diagnostic', 'monitoring', 'security', 'analytics', 'investigation'] as const;
export type QueryIntent = (typeof QUERY_INTENTS)[number];

export const QUERY_COMPLEXITIES = ['simple', 'moderate', 'complex'] as const;
export type QueryComplexity = (typeof QUERY_COMPLEXITIES)[number];

export const AGENT_TYPES = ['knowledge', 'data'] as const;
export type AgentType = (typeof AGENT_TYPES)[number];

/** `input_required`: a create_plan the planner cannot act on; its result is a clarification. */
export const TASK_STATUSES = ['completed', 'failed', 'input_required'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const PLANNER_MODES = ['llm', 'hybrid', 'heuristic'] as const;
export type PlannerMode = (typeof PLANNER_MODES)[number];

/** Capabilities the planner looks for on agents. */
export const CAPABILITY = {
  createPlan: 'create_plan',
  retrieveContext: 'retrieve_context',
  generateQuery: 'generate_query',
} as const;

/** Limits on what a request may carry (the body limit bounds the rest). */
export const LIMITS = {
  taskIdMaxLength: 128,
  naturalLanguageMaxLength: 4000,
  idMaxLength: 256,
  agentsPerKindMax: 5000,
  stepsMax: 1000,
  topKMax: 50,
} as const;

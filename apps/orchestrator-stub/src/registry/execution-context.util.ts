import {
  CAPABILITY,
  freeFormProblem,
  type AgentDescriptor,
  type AvailableAgents,
  type ExecutionContext,
} from '@mesh/a2a-contracts';

export type AgentKind = 'planner' | 'knowledge' | 'data';

/** Which group of `available_agents` a descriptor belongs to, from its capabilities (or its platform / domain). */
export function agentKind(descriptor: AgentDescriptor): AgentKind | undefined {
  const capabilities = descriptor.capabilities ?? [];
  if (capabilities.includes(CAPABILITY.createPlan) || capabilities.includes('optimize_plan')) return 'planner';
  if (capabilities.includes(CAPABILITY.generateQuery) || (capabilities.length === 0 && descriptor.platform))
    return 'data';
  if (capabilities.includes(CAPABILITY.retrieveContext) || (capabilities.length === 0 && descriptor.knowledge_domain))
    return 'knowledge';
  return undefined;
}

/** The descriptor as the planner gets it: without `schema` (that goes to `schema_hints`) and `url`. */
function forPlanner(descriptor: AgentDescriptor): AgentDescriptor {
  const { schema: _schema, url: _url, ...rest } = descriptor;
  return rest;
}

/** Descriptors grouped into planner / knowledge / data; the first of each agent_id wins, kinds nobody knows are left out. */
export function availableAgentsOf(descriptors: readonly AgentDescriptor[]): Required<AvailableAgents> {
  const groups: Required<AvailableAgents> = { planner: [], knowledge: [], data: [] };
  const seen = new Set<string>();
  for (const descriptor of descriptors) {
    const kind = agentKind(descriptor);
    if (!kind || seen.has(descriptor.agent_id)) continue;
    seen.add(descriptor.agent_id);
    groups[kind].push(forPlanner(descriptor));
  }
  return groups;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Two schema fragments of one platform together: objects merged key by key, lists unioned, else the first kept. */
function mergeFragments(first: unknown, second: unknown): unknown {
  if (isPlainObject(first) && isPlainObject(second)) {
    const merged: Record<string, unknown> = { ...first };
    for (const [key, value] of Object.entries(second))
      merged[key] = key in merged ? mergeFragments(merged[key], value) : value;
    return merged;
  }
  if (Array.isArray(first) && Array.isArray(second)) {
    const out = [...first];
    for (const item of second)
      if (!out.some((existing) => JSON.stringify(existing) === JSON.stringify(item))) out.push(item);
    return out;
  }
  return first;
}

/**
 * `schema_hints` from the data agents' descriptors: each agent's `schema` under its platform
 * (a schema already keyed by its own platform is unwrapped), agents of one platform merged.
 * Schemas that are not plain objects, are nested absurdly deep or carry prototype keys are
 * left out.
 */
export function schemaHintsOf(descriptors: readonly AgentDescriptor[], maxDepth = 20): Record<string, unknown> {
  const hints: Record<string, unknown> = {};
  for (const descriptor of descriptors) {
    const platform = descriptor.platform?.trim().toLowerCase();
    let schema: unknown = descriptor.schema;
    if (!platform || !isPlainObject(schema) || freeFormProblem(schema, maxDepth) !== undefined) continue;
    const keys = Object.keys(schema);
    if (keys.length === 1 && keys[0]!.toLowerCase() === platform && isPlainObject(schema[keys[0]!]))
      schema = schema[keys[0]!];
    hints[platform] = platform in hints ? mergeFragments(hints[platform], schema) : schema;
  }
  return hints;
}

export interface ExecutionContextInput {
  readonly journeyId: string;
  /** The reachable agents of the registry, the planner included. */
  readonly descriptors: readonly AgentDescriptor[];
  readonly userContext?: Record<string, unknown>;
}

/** What the planner is told about a journey: who can work on it and what data they know. */
export function buildExecutionContext(input: ExecutionContextInput): ExecutionContext {
  const available_agents = availableAgentsOf(input.descriptors);
  const schema_hints = schemaHintsOf(input.descriptors.filter((d) => agentKind(d) === 'data'));
  return {
    journey_id: input.journeyId,
    current_state: 'planning',
    state_history_count: 0,
    available_agents,
    ...(input.userContext ? { user_context: input.userContext } : {}),
    ...(Object.keys(schema_hints).length > 0 ? { schema_hints } : {}),
  };
}

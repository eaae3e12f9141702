import type { CreatePlanParameters } from '@mesh/a2a-contracts';
import { buildAgentDirectory, type AgentDirectory } from '../context/agent-directory';
import type { SchemaCatalog } from '../context/schema-catalog';
import { readSchemaCatalogOnce } from '../context/schema-catalog-cache';

/** A create_plan request read once into what every stage needs. */
export interface PlanningContext {
  readonly naturalLanguage: string;
  readonly agents: AgentDirectory;
  readonly catalog: SchemaCatalog;
  readonly userContext?: Readonly<Record<string, unknown>>;
}

/**
 * Directories by the `available_agents` object they were built from, held weakly (an entry lives as long
 * as the caller keeps that object): an in-process caller planning many questions for one agent set
 * builds its directory once. Agent descriptors are request data, never changed after.
 */
const directories = new WeakMap<object, AgentDirectory>();

function agentDirectoryOnce(available: CreatePlanParameters['execution_context']['available_agents']): AgentDirectory {
  if (available === null || typeof available !== 'object') return buildAgentDirectory(available);
  let directory = directories.get(available);
  if (!directory) directories.set(available, (directory = buildAgentDirectory(available)));
  return directory;
}

export function preparePlanningContext(parameters: CreatePlanParameters): PlanningContext {
  const context = parameters.execution_context;
  const agents = agentDirectoryOnce(context.available_agents);
  return {
    naturalLanguage: parameters.natural_language.trim(),
    agents,
    catalog: readSchemaCatalogOnce(context.schema_hints, agents.data),
    userContext: context.user_context,
  };
}

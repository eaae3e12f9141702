import type { CreatePlanParameters } from '@mesh/a2a-contracts';
import { buildAgentDirectory, type AgentDirectory } from '../context/agent-directory';
import { readSchemaCatalog, type SchemaCatalog } from '../context/schema-catalog';

/** A create_plan request read once into what every stage needs. */
export interface PlanningContext {
  readonly naturalLanguage: string;
  readonly agents: AgentDirectory;
  readonly catalog: SchemaCatalog;
  readonly userContext?: Readonly<Record<string, unknown>>;
}

export function preparePlanningContext(parameters: CreatePlanParameters): PlanningContext {
  const context = parameters.execution_context;
  const agents = buildAgentDirectory(context.available_agents);
  return {
    naturalLanguage: parameters.natural_language.trim(),
    agents,
    catalog: readSchemaCatalog(context.schema_hints, agents.data),
    userContext: context.user_context,
  };
}

import type { AvailableAgents, CreatePlanParameters } from '@mesh/a2a-contracts';
import { fullMeshAgents } from '@mesh/a2a-contracts/testing';

/** The agent set the eval README describes: sop, errors and wiki knowledge, one data agent per platform. */
export function evalAgents(): AvailableAgents {
  return fullMeshAgents();
}

/** Every agent id of an agent set, for the "known agent" invariant. */
export function agentIdsOf(agents: AvailableAgents): Set<string> {
  return new Set(
    [...(agents.planner ?? []), ...(agents.knowledge ?? []), ...(agents.data ?? [])].map((a) => a.agent_id),
  );
}

/** The create_plan parameters of one case. */
export function createPlanParameters(
  naturalLanguage: string,
  schemaHints: unknown,
  agents: AvailableAgents,
  caseId: string,
): CreatePlanParameters {
  return {
    natural_language: naturalLanguage,
    execution_context: {
      journey_id: `eval-${caseId}`,
      current_state: 'planning',
      state_history_count: 0,
      available_agents: agents,
      schema_hints: schemaHints as Record<string, unknown>,
    },
  } as CreatePlanParameters;
}

/** The create_plan envelope of the contract, for scoring a running planner over HTTP. */
export function createPlanEnvelope(parameters: CreatePlanParameters, caseId: string): Record<string, unknown> {
  return { task_id: `eval-${caseId}`, agent_id: 'workflow_planner', action: 'create_plan', parameters };
}

import type { AvailableAgents } from '@mesh/a2a-contracts';
import { preparePlanningContext, type PlanningContext } from '@mesh/planner-core';

/** A planning context for specs: the full mesh and the given hints (test helper, not exported). */
export function contextFor(
  question: string,
  options: {
    schemaHints?: Record<string, unknown>;
    agents?: AvailableAgents;
    userContext?: Record<string, unknown>;
  } = {},
): PlanningContext {
  return preparePlanningContext({
    natural_language: question,
    execution_context: {
      available_agents: options.agents ?? {
        knowledge: [
          { agent_id: 'sop_knowledge', capabilities: ['retrieve_context'], knowledge_domain: 'sop' },
          { agent_id: 'errors_knowledge', capabilities: ['retrieve_context'], knowledge_domain: 'errors' },
        ],
        data: [
          { agent_id: 'kql_data', capabilities: ['generate_query'], platform: 'kql' },
          { agent_id: 'sql_data', capabilities: ['generate_query'], platform: 'sql' },
        ],
      },
      schema_hints: options.schemaHints,
      user_context: options.userContext,
    },
  });
}

export const HINTS = {
  kql: {
    description: 'Azure Log Analytics / Microsoft Sentinel workspace',
    tables: {
      SigninLogs: ['TimeGenerated', 'UserPrincipalName', 'ResultType', 'IPAddress'],
      AuditLogs: ['OperationName', 'InitiatedBy'],
    },
  },
  sql: {
    description: 'Business database (PostgreSQL)',
    tables: { customers: ['customer_id', 'name', 'email'], orders: ['order_id', 'customer_id', 'total'] },
  },
  spl: { indexes: { wineventlog: ['EventCode'] } },
};

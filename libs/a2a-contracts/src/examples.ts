/** The contract's examples (A2A-WIRE.md), for API docs and READMEs. */

export const CREATE_PLAN_EXAMPLE = {
  task_id: 't-123',
  agent_id: 'workflow_planner',
  action: 'create_plan',
  parameters: {
    natural_language: 'Show failed sign-ins for admins in the last 24 hours',
    execution_context: {
      journey_id: 'j-1',
      current_state: 'planning',
      state_history_count: 0,
      available_agents: {
        planner: [{ agent_id: 'workflow_planner', agent_name: 'Workflow Planner', capabilities: ['create_plan'] }],
        knowledge: [
          {
            agent_id: 'sop_knowledge',
            agent_name: 'SOP Knowledge',
            capabilities: ['retrieve_context'],
            knowledge_domain: 'sop',
          },
        ],
        data: [{ agent_id: 'kql_data', agent_name: 'KQL Data', capabilities: ['generate_query'], platform: 'kql' }],
      },
      user_context: { role: 'soc_analyst' },
      schema_hints: { kql: { tables: { SigninLogs: ['UserPrincipalName', 'ResultType', 'IPAddress'] } } },
    },
  },
} as const;

export const OPTIMIZE_PLAN_EXAMPLE = {
  task_id: 't-124',
  action: 'optimize_plan',
  parameters: {
    plan: {
      plan_id: 'plan-1',
      steps: [
        {
          step_id: 'knowledge_0',
          agent_type: 'knowledge',
          agent_id: 'sop_knowledge',
          action: 'retrieve_context',
          depends_on: [],
          parameters: { query: 'failed sign-ins', top_k: 5, domain: 'sop' },
          timeout_seconds: 30,
        },
        {
          step_id: 'data_kql',
          agent_type: 'data',
          agent_id: 'kql_data',
          action: 'generate_query',
          depends_on: ['knowledge_0'],
          parameters: { platform: 'kql', query_analysis: {}, use_knowledge: true },
          timeout_seconds: 60,
        },
      ],
      parallel_execution_groups: [['knowledge_0'], ['data_kql']],
      estimated_duration_seconds: 3.5,
      estimated_cost_usd: 0.0004,
      reasoning: '…',
      confidence: 0.9,
    },
    feedback: {
      failed_steps: ['data_kql'],
      unavailable_agents: ['kql_data'],
      step_durations_seconds: { knowledge_0: 1.2 },
    },
  },
} as const;

/**
 * Builders and fixtures for tests across the mesh. Import from `@mesh/a2a-contracts/testing`;
 * never re-exported from the main entry.
 */
import type { AgentDescriptor, AvailableAgents, ExecutionContext } from './agents.dto';
import { MESH_AGENTS } from './mesh-agents';
import type { WorkflowPlan, WorkflowStep } from './plan.dto';

export function aKnowledgeAgent(domain: string, overrides: Partial<AgentDescriptor> = {}): AgentDescriptor {
  return {
    agent_id: `${domain}_knowledge`,
    agent_name: `${domain.toUpperCase()} Knowledge Agent`,
    capabilities: ['retrieve_context'],
    knowledge_domain: domain,
    ...overrides,
  };
}

export function aDataAgent(platform: string, overrides: Partial<AgentDescriptor> = {}): AgentDescriptor {
  return {
    agent_id: `${platform}_data`,
    agent_name: `${platform.toUpperCase()} Data Agent`,
    capabilities: ['generate_query'],
    platform,
    ...overrides,
  };
}

export function aPlannerAgent(overrides: Partial<AgentDescriptor> = {}): AgentDescriptor {
  return {
    agent_id: 'workflow_planner',
    agent_name: 'Workflow Planner',
    capabilities: ['create_plan', 'optimize_plan'],
    ...overrides,
  };
}

/** The full mesh: sop, errors and wiki knowledge agents and one data agent per platform. */
/** The standard mesh (the table `MESH_AGENTS`) plus the planner. */
export function fullMeshAgents(): AvailableAgents {
  return {
    planner: [aPlannerAgent()],
    knowledge: MESH_AGENTS.filter((a) => a.kind === 'knowledge').map((a) => aKnowledgeAgent(a.key)),
    data: MESH_AGENTS.filter((a) => a.kind === 'data').map((a) => aDataAgent(a.key)),
  };
}

export function anExecutionContext(overrides: Partial<ExecutionContext> = {}): ExecutionContext {
  return {
    journey_id: 'j-test',
    current_state: 'planning',
    state_history_count: 0,
    available_agents: fullMeshAgents(),
    ...overrides,
  };
}

/** A small schema_hints object in the contract's usual shape. */
export function someSchemaHints(): Record<string, unknown> {
  return {
    kql: {
      description: 'Azure Log Analytics / Microsoft Sentinel workspace',
      tables: {
        SigninLogs: ['TimeGenerated', 'UserPrincipalName', 'ResultType', 'IPAddress', 'AppDisplayName'],
        SecurityEvent: ['TimeGenerated', 'EventID', 'Account', 'Computer', 'LogonType'],
      },
    },
    spl: {
      description: 'Splunk Enterprise',
      indexes: { wineventlog: ['EventCode', 'user', 'host'] },
      sourcetypes: ['XmlWinEventLog', 'access_combined'],
      datamodels: ['Endpoint.Processes', 'Authentication'],
    },
    sql: {
      description: 'Business database (PostgreSQL)',
      tables: {
        customers: ['customer_id', 'name', 'email', 'created_at'],
        orders: ['order_id', 'customer_id', 'total', 'created_at'],
      },
    },
  };
}

export function aCreatePlanRequest(
  naturalLanguage: string,
  context: Partial<ExecutionContext> = {},
  taskId = 't-test',
): {
  task_id: string;
  agent_id: string;
  action: 'create_plan';
  parameters: { natural_language: string; execution_context: ExecutionContext };
} {
  return {
    task_id: taskId,
    agent_id: 'workflow_planner',
    action: 'create_plan',
    parameters: { natural_language: naturalLanguage, execution_context: anExecutionContext(context) },
  };
}

export function aStep(stepId: string, overrides: Partial<WorkflowStep> = {}): WorkflowStep {
  const isData = stepId.startsWith('data');
  return {
    step_id: stepId,
    agent_type: isData ? 'data' : 'knowledge',
    agent_id: isData ? 'kql_data' : 'sop_knowledge',
    action: isData ? 'generate_query' : 'retrieve_context',
    depends_on: [],
    parameters: {},
    timeout_seconds: 30,
    ...overrides,
  };
}

export function aWorkflowPlan(steps: WorkflowStep[], overrides: Partial<WorkflowPlan> = {}): WorkflowPlan {
  return {
    plan_id: 'plan-test',
    steps,
    parallel_execution_groups: [],
    estimated_duration_seconds: 0,
    estimated_cost_usd: 0,
    reasoning: '',
    confidence: 0.5,
    ...overrides,
  };
}

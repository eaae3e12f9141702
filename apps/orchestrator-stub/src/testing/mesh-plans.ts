import type { AgentDescriptor, WorkflowPlan, WorkflowStep } from '@mesh/a2a-contracts';

/**
 * What a simple planner would answer: a knowledge step per knowledge agent, in parallel, then
 * a data step per data agent depending on all of them.
 */
export function planFor(parameters: Record<string, unknown>, timeoutSeconds = 5): WorkflowPlan {
  const context = parameters['execution_context'] as {
    available_agents: { knowledge?: AgentDescriptor[]; data?: AgentDescriptor[] };
  };
  const question = String(parameters['natural_language']);
  const knowledge: WorkflowStep[] = (context.available_agents.knowledge ?? []).map((agent, index) => ({
    step_id: `knowledge_${index}`,
    agent_type: 'knowledge',
    agent_id: agent.agent_id,
    action: 'retrieve_context',
    depends_on: [],
    parameters: { query: question, top_k: 3, domain: agent.knowledge_domain },
    timeout_seconds: timeoutSeconds,
  }));
  const data: WorkflowStep[] = (context.available_agents.data ?? []).map((agent) => ({
    step_id: `data_${agent.platform}`,
    agent_type: 'data',
    agent_id: agent.agent_id,
    action: 'generate_query',
    depends_on: knowledge.map((s) => s.step_id),
    parameters: { platform: agent.platform, query_analysis: { intent: 'security' }, use_knowledge: true },
    timeout_seconds: timeoutSeconds,
  }));
  return {
    plan_id: 'plan-fake',
    steps: [...knowledge, ...data],
    parallel_execution_groups: [knowledge.map((s) => s.step_id), data.map((s) => s.step_id)].filter(
      (g) => g.length > 0,
    ),
    estimated_duration_seconds: 1,
    estimated_cost_usd: 0,
    reasoning: 'fake',
    confidence: 0.9,
  };
}

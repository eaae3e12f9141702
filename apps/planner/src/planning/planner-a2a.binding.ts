import { RequestMalformedError } from '@a2a-js/sdk/errors';
import { KNOWN_PLATFORMS, PLANNER_ACTIONS, type A2ATaskResponse, type PlannerResult } from '@mesh/a2a-contracts';
import type { InboundMessage, MeshAgentBinding } from '@mesh/nest-a2a';
import type { PlannerSettings } from '../config/planner-settings';
import type { A2ATaskService } from './a2a-task.service';

const SKILLS = [
  {
    id: 'create_plan',
    name: 'Create a plan',
    description:
      'Turns a question into a workflow plan over the mesh: knowledge retrieval and query generation steps, their order and parallel groups. ' +
      'Send the question as text (planned against the mesh the planner knows) or a data part {natural_language, execution_context}. ' +
      'The artifact holds {plan, analysis, selected_agents}; a question with nothing to act on ends in input-required with a clarification.',
    tags: ['planning', 'workflow', ...KNOWN_PLATFORMS],
    examples: [
      'Show failed sign-ins for admins in the last 24 hours',
      'Which Windows hosts had the most 4625 logon failures this week?',
      '{"natural_language": "Top 10 customers by revenue last quarter", "execution_context": {"available_agents": {"data": [{"agent_id": "sql_data", "platform": "sql"}]}}}',
    ],
  },
  {
    id: 'optimize_plan',
    name: 'Optimize a plan',
    description:
      'Re-validates and re-groups a plan, replacing failed or unavailable agents with equivalents. Send a data part {plan, feedback?, execution_context?}.',
    tags: ['planning', 'optimization'],
    examples: [
      '{"plan": {...a WorkflowPlan...}, "feedback": {"failed_steps": ["data_kql"], "unavailable_agents": ["kql_data"]}}',
    ],
  },
] as const;

function isAction(value: string): value is (typeof PLANNER_ACTIONS)[number] {
  return (PLANNER_ACTIONS as readonly string[]).includes(value);
}

/** The action a message asks for: the skill it names, else optimize_plan when it carries a plan, else create_plan. */
function actionOf(message: InboundMessage): (typeof PLANNER_ACTIONS)[number] {
  if (message.skill !== undefined) {
    if (!isAction(message.skill))
      throw new RequestMalformedError(
        `Unknown skill "${message.skill}"; the planner has ${PLANNER_ACTIONS.join(' and ')}.`,
      );
    return message.skill;
  }
  return message.data && 'plan' in message.data ? 'optimize_plan' : 'create_plan';
}

/** The create_plan parameters of a message: its data part, or its text planned against the mesh the planner knows. */
function createPlanParameters(message: InboundMessage, settings: PlannerSettings): Record<string, unknown> {
  if (message.data) {
    return 'execution_context' in message.data
      ? message.data
      : { ...message.data, execution_context: { available_agents: settings.meshAgents } };
  }
  if (!message.text)
    throw new RequestMalformedError(
      'The message needs a question: a text part, or a data part {natural_language, execution_context}.',
    );
  return { natural_language: message.text, execution_context: { available_agents: settings.meshAgents } };
}

/** The phases a plan went through, as status lines for a stream: analysed, agents selected, plan ready. */
export function planningProgress(response: A2ATaskResponse<unknown, unknown>): string[] {
  const result = response.result as Partial<PlannerResult> | undefined;
  if (response.status !== 'completed' || !result?.analysis || !result.plan) return [];
  const { analysis, selected_agents: selected, plan } = result;
  const data = Object.entries(selected?.data_agents ?? {}).map(([platform, agent]) => `${platform}: ${agent}`);
  return [
    `Analysed: ${analysis.intent} question, ${analysis.complexity}, platforms ${analysis.required_platforms.join(', ') || 'none'}`,
    `Agents selected: knowledge ${(selected?.knowledge_agents ?? []).join(', ') || 'none'}; data ${data.join(', ') || 'none'}`,
    `Plan ready: ${plan.steps.length} steps in ${plan.parallel_execution_groups.length} groups`,
  ];
}

/** The planner's A2A binding: its card, how a message becomes create_plan / optimize_plan, and its /a2a/task service. */
export function plannerA2ABinding(settings: PlannerSettings, tasks: A2ATaskService): MeshAgentBinding {
  return {
    card: {
      name: settings.agentName,
      description:
        'Plans how the mesh answers a question: which knowledge and data agents run, in what order, with what parameters.',
      version: settings.version,
      baseUrl: settings.publicUrl,
      skills: SKILLS,
      apiKeyRequired: Boolean(settings.apiKey),
    },
    artifactName: 'plan',
    read: (message, taskId) => {
      const action = actionOf(message);
      if (action === 'optimize_plan') {
        if (!message.data)
          throw new RequestMalformedError('optimize_plan needs a data part {plan, feedback?, execution_context?}.');
        return { task_id: taskId, action, parameters: message.data };
      }
      return { task_id: taskId, action, parameters: createPlanParameters(message, settings) };
    },
    handle: (request) => tasks.handle(request),
    progress: planningProgress,
  };
}

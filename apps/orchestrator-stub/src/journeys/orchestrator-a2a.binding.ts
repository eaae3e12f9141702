import { RequestMalformedError } from '@a2a-js/sdk/errors';
import { CreateJourneyRequest, type A2ATaskResponse } from '@mesh/a2a-contracts';
import { validateActionParameters, type MeshAgentBinding } from '@mesh/nest-a2a';
import type { OrchestratorSettings } from '../config/orchestrator-settings';
import type { OrchestratorJourney } from './journey-runner';
import type { JourneysService } from './journeys.service';

export const RUN_JOURNEY = 'run_journey';

/** A journey as an A2A answer: completed or partial journeys complete; input_required asks; failed fails with the reason. */
export function journeyAnswer(taskId: string, journey: OrchestratorJourney): A2ATaskResponse<unknown, unknown> {
  const envelope = { task_id: taskId, agent_id: 'orchestrator' };
  const status = String(journey.status);
  if (status === 'completed' || status === 'partial') return { ...envelope, status: 'completed', result: journey };
  if (status === 'input_required') {
    return { ...envelope, status: 'input_required', result: { clarification: journey.clarification, journey } };
  }
  return { ...envelope, status: 'failed', error: journey.error ?? { code: 'JOURNEY_FAILED', message: `Journey ${journey.journey_id} failed.` }, result: journey };
}

/** The journey's steps as status lines: what ran, in what state, for how long. */
export function journeyProgress(response: A2ATaskResponse<unknown, unknown>): string[] {
  const journey = (response.result as { journey?: OrchestratorJourney } | OrchestratorJourney | undefined) ?? undefined;
  const steps = journey && 'steps' in journey ? journey.steps : [];
  const planned = journey && 'plan' in journey && journey.plan ? [`Planned: ${journey.plan.steps.length} steps`] : [];
  return [...planned, ...steps.map((s) => `Step ${s.step_id} (${s.agent_id}): ${s.status} in ${s.duration_ms} ms`)];
}

/** The orchestrator's A2A binding: `run_journey` from a text question or a data part {natural_language, user_context?}. */
export function orchestratorA2ABinding(settings: OrchestratorSettings, journeys: JourneysService): MeshAgentBinding {
  return {
    card: {
      name: 'Mesh Orchestrator',
      description: 'Runs a journey over the mesh: asks the planner for a plan, runs its knowledge and data steps, returns every step output.',
      version: '1.0.0',
      baseUrl: settings.publicUrl,
      apiKeyRequired: false,
      skills: [
        {
          id: RUN_JOURNEY,
          name: 'Run a journey',
          description:
            'Plans and runs a question end to end. Send the question as text or a data part {natural_language, user_context?}; ' +
            'the artifact holds the journey (plan, steps with their outputs, status). Streaming reports each step.',
          tags: ['orchestration', 'journey'],
          examples: ['Show failed sign-ins for admins in the last 24 hours', '{"natural_language": "Top 10 customers by revenue", "user_context": {"role": "analyst"}}'],
        },
      ],
    },
    artifactName: 'journey',
    read: (message, taskId) => {
      const parameters = message.data ?? (message.text ? { natural_language: message.text } : undefined);
      if (!parameters) throw new RequestMalformedError('The message needs a question: a text part, or a data part {natural_language, user_context?}.');
      return { task_id: taskId, action: RUN_JOURNEY, parameters };
    },
    handle: async (request) => journeyAnswer(request.task_id, await journeys.create(validateActionParameters(CreateJourneyRequest, request.parameters, RUN_JOURNEY))),
    progress: journeyProgress,
  };
}

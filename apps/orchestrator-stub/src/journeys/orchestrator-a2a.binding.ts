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
  return {
    ...envelope,
    status: 'failed',
    error: journey.error ?? { code: 'JOURNEY_FAILED', message: `Journey ${journey.journey_id} failed.` },
    result: journey,
  };
}

/** One journey event as a status line, or undefined for the events that are not progress. */
export function journeyEventLine(type: string, data: Record<string, unknown>): string | undefined {
  const step = data['step'] as
    { step_id?: string; agent_id?: string; status?: string; duration_ms?: number } | undefined;
  switch (type) {
    case 'plan_ready':
      return `Planned: ${(data['plan'] as { steps?: unknown[] } | undefined)?.steps?.length ?? 0} steps`;
    case 'step_started':
      return `Step ${String(data['step_id'])} (${String(data['agent_id'])}): started`;
    case 'step_finished':
    case 'step_failed':
    case 'step_skipped':
      return `Step ${step?.step_id} (${step?.agent_id}): ${step?.status} in ${step?.duration_ms ?? 0} ms`;
    case 'replanned':
      return `Replanned: ${((data['changes'] as string[] | undefined) ?? []).join('; ')}`;
    default:
      return undefined;
  }
}

/** Runs a journey in the background and reports each of its events as a line until it is done. */
function runLive(
  journeys: JourneysService,
  taskId: string,
  request: CreateJourneyRequest,
  onLine: (line: string) => void,
): Promise<A2ATaskResponse<unknown, unknown>> {
  const { journey_id: journeyId } = journeys.start(request);
  return new Promise((resolve, reject) => {
    let done = false;
    journeys.stream(journeyId).subscribe({
      next: (event) => {
        const data = (event.data ?? {}) as Record<string, unknown>;
        if (event.type === 'journey_done') {
          done = true;
          resolve(journeyAnswer(taskId, data['journey'] as OrchestratorJourney));
          return;
        }
        const line = journeyEventLine(String(event.type), data);
        if (line) onLine(line);
      },
      error: reject,
      complete: () => {
        if (done) return;
        const journey = journeys.find(journeyId);
        if ('steps' in journey && 'duration_ms' in journey)
          resolve(journeyAnswer(taskId, journey as OrchestratorJourney));
        else reject(new Error(`Journey ${journeyId} ended without a result.`));
      },
    });
  });
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
      description:
        'Runs a journey over the mesh: asks the planner for a plan, runs its knowledge and data steps, returns every step output.',
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
          examples: [
            'Show failed sign-ins for admins in the last 24 hours',
            '{"natural_language": "Top 10 customers by revenue", "user_context": {"role": "analyst"}}',
          ],
        },
      ],
    },
    artifactName: 'journey',
    read: (message, taskId) => {
      const parameters = message.data ?? (message.text ? { natural_language: message.text } : undefined);
      if (!parameters)
        throw new RequestMalformedError(
          'The message needs a question: a text part, or a data part {natural_language, user_context?}.',
        );
      return { task_id: taskId, action: RUN_JOURNEY, parameters };
    },
    handle: async (request) =>
      journeyAnswer(
        request.task_id,
        await journeys.create(validateActionParameters(CreateJourneyRequest, request.parameters, RUN_JOURNEY)),
      ),
    progress: journeyProgress,
    // Live: the journey's own events (GET /journeys/:id/events) become the task's status lines as they happen.
    live: {
      validate: (request) => void validateActionParameters(CreateJourneyRequest, request.parameters, RUN_JOURNEY),
      run: (request, onLine) =>
        runLive(
          journeys,
          request.task_id,
          validateActionParameters(CreateJourneyRequest, request.parameters, RUN_JOURNEY),
          onLine,
        ),
    },
  };
}

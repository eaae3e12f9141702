import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import { A2AErrorCode, type CreateJourneyRequest } from '@mesh/a2a-contracts';
import { A2ARequestException } from '@mesh/nest-a2a';
import { Clock } from '../app/clock';
import { AgentClient } from '../clients/agent.client';
import { PlannerClient } from '../clients/planner.client';
import { OrchestratorSettings } from '../config/orchestrator-settings';
import { AgentRegistry } from '../registry/agent-registry.service';
import { buildExecutionContext } from '../registry/execution-context.util';
import { JourneyStore } from './journey-store.service';
import { runJourney, type OrchestratorJourney } from './journey-runner';

/** `POST /journeys` and `GET /journeys/:id`: the registry's agents, the journey runner, the store. */
@Injectable()
export class JourneysService {
  private readonly logger = new Logger(JourneysService.name);

  constructor(
    private readonly registry: AgentRegistry,
    private readonly planner: PlannerClient,
    private readonly agents: AgentClient,
    private readonly store: JourneyStore,
    private readonly settings: OrchestratorSettings,
    private readonly clock: Clock,
  ) {}

  /**
   * Accepts a journey: registers it as `running` at once (so `GET /journeys/{id}` knows it),
   * then runs it. Resolves with the finished journey, or, when `respondAsync`, with the
   * running one while it goes on in the background.
   */
  async create(request: CreateJourneyRequest, options: { readonly respondAsync?: boolean } = {}): Promise<OrchestratorJourney> {
    const journeyId = this.clock.newJourneyId();
    const accepted: OrchestratorJourney = {
      journey_id: journeyId,
      status: 'running',
      natural_language: request.natural_language,
      plan: null,
      steps: [],
      replanned: false,
      duration_ms: 0,
      started_at: this.clock.now().toISOString(),
      finished_at: '',
    };
    this.store.save(accepted);
    const finished = this.run(journeyId, request);
    if (!options.respondAsync) return finished;
    void finished;
    return accepted;
  }

  private async run(journeyId: string, request: CreateJourneyRequest): Promise<OrchestratorJourney> {
    let journey: OrchestratorJourney;
    try {
      await this.registry.ensureFresh();
      const executionContext = buildExecutionContext({ journeyId, descriptors: this.registry.reachableDescriptors(), userContext: request.user_context });
      journey = await runJourney(
        { journeyId, naturalLanguage: request.natural_language, executionContext },
        {
          planner: this.planner,
          agents: this.agents,
          clock: this.clock,
          stepConcurrency: this.settings.stepConcurrency,
          defaultStepTimeoutSeconds: this.settings.defaultStepTimeoutSeconds,
          maxStepTimeoutSeconds: this.settings.maxStepTimeoutSeconds,
          onEvent: (message) => this.logger.debug({ journey_id: journeyId, msg: message }),
        },
      );
    } catch (error) {
      // runJourney never rejects; this is the registry or the context failing: the journey still ends, failed.
      const now = this.clock.now().toISOString();
      const message = error instanceof Error ? error.message : String(error);
      journey = { ...this.store.find(journeyId)!, status: 'failed', finished_at: now, error: { code: A2AErrorCode.InternalError, message, details: [] } };
    }
    this.store.save(journey);
    const summary = `${journeyId} ${journey.status} in ${journey.duration_ms} ms (${journey.steps.length} steps${journey.replanned ? ', replanned' : ''})`;
    if (journey.error) this.logger.warn({ journey_id: journeyId, status: journey.status, msg: `${summary}: ${journey.error.code} ${journey.error.message}` });
    else this.logger.log({ journey_id: journeyId, status: journey.status, msg: summary });
    return journey;
  }

  find(journeyId: string): OrchestratorJourney {
    const journey = this.store.find(journeyId);
    if (!journey) throw new A2ARequestException(A2AErrorCode.NotFound, `No journey "${journeyId}" (journeys are kept in memory: the latest ${this.settings.journeyStoreSize}, up to ${Math.round(this.settings.journeyStoreMaxBytes / 1048576)} MB).`, [], HttpStatus.NOT_FOUND);
    return journey;
  }
}

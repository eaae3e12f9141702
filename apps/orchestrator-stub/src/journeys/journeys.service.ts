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

  async create(request: CreateJourneyRequest): Promise<OrchestratorJourney> {
    const journeyId = this.clock.newJourneyId();
    await this.registry.ensureFresh();
    const executionContext = buildExecutionContext({ journeyId, descriptors: this.registry.reachableDescriptors(), userContext: request.user_context });
    const journey = await runJourney(
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
    this.store.save(journey);
    const summary = `${journeyId} ${journey.status} in ${journey.duration_ms} ms (${journey.steps.length} steps${journey.replanned ? ', replanned' : ''})`;
    if (journey.error) this.logger.warn({ journey_id: journeyId, status: journey.status, msg: `${summary}: ${journey.error.code} ${journey.error.message}` });
    else this.logger.log({ journey_id: journeyId, status: journey.status, msg: summary });
    return journey;
  }

  find(journeyId: string): OrchestratorJourney {
    const journey = this.store.find(journeyId);
    if (!journey) throw new A2ARequestException(A2AErrorCode.NotFound, `No journey "${journeyId}" (journeys are kept in memory, the latest ${this.settings.journeyStoreSize}).`, [], HttpStatus.NOT_FOUND);
    return journey;
  }
}

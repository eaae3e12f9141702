import { HttpStatus, Injectable, Logger, type MessageEvent } from '@nestjs/common';
import { A2AErrorCode, type CreateJourneyRequest } from '@mesh/a2a-contracts';
import { A2ARequestException, eventLogStream } from '@mesh/nest-a2a';
import { of, type Observable } from 'rxjs';
import { Clock } from '../app/clock';
import { AgentClient } from '../clients/agent.client';
import { PlannerClient } from '../clients/planner.client';
import { OrchestratorSettings } from '../config/orchestrator-settings';
import { AgentRegistry } from '../registry/agent-registry.service';
import { buildExecutionContext } from '../registry/execution-context.util';
import { journeyDiagram } from './journey-diagram.util';
import type { JourneyEvent } from './journey-event';
import { JourneyEventLog } from './journey-event-log.service';
import { foldJourneyEvents, type JourneySnapshot } from './journey-snapshot.util';
import { JourneyStore } from './journey-store.service';
import { runJourney, type OrchestratorJourney } from './journey-runner';

/** One line of `GET /journeys`. */
export interface JourneySummary {
  journey_id: string;
  status: string;
  natural_language: string;
  started_at: string | null;
  duration_ms?: number;
  steps: number;
}

/** Most journeys `GET /journeys` lists. */
export const MAX_LISTED_JOURNEYS = 50;

/** `POST /journeys`, `GET /journeys[/:id[/events]]`: the registry's agents, the journey runner, the store, the event log. */
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
    private readonly events: JourneyEventLog,
  ) {}

  /** Runs a journey and answers when it is done. */
  async create(request: CreateJourneyRequest): Promise<OrchestratorJourney> {
    const journeyId = this.accept(request);
    return this.execute(journeyId, request);
  }

  /** Accepts a journey, answers at once with what is known (`status: "running"`), runs it in the background. */
  start(request: CreateJourneyRequest): JourneySnapshot {
    const journeyId = this.accept(request);
    void this.execute(journeyId, request);
    return foldJourneyEvents(journeyId, this.loggedEvents(journeyId));
  }

  find(journeyId: string): OrchestratorJourney | JourneySnapshot {
    const journey = this.store.find(journeyId);
    if (journey) return journey;
    if (this.events.has(journeyId)) return foldJourneyEvents(journeyId, this.loggedEvents(journeyId));
    throw this.notFound(journeyId);
  }

  /** The latest journeys, running ones included, newest first. */
  list(): JourneySummary[] {
    const summaries = new Map<string, JourneySummary>();
    for (const journey of this.store.recent()) {
      summaries.set(journey.journey_id, {
        journey_id: journey.journey_id,
        status: journey.status,
        natural_language: journey.natural_language,
        started_at: journey.started_at,
        duration_ms: journey.duration_ms,
        steps: journey.steps.length,
      });
    }
    for (const journeyId of this.events.streamIds()) {
      if (summaries.has(journeyId) || this.events.isClosed(journeyId)) continue;
      const snapshot = foldJourneyEvents(journeyId, this.loggedEvents(journeyId));
      summaries.set(journeyId, {
        journey_id: journeyId,
        status: snapshot.status,
        natural_language: snapshot.natural_language,
        started_at: snapshot.started_at,
        steps: snapshot.steps.length,
      });
    }
    return [...summaries.values()]
      .sort((a, b) => String(b.started_at).localeCompare(String(a.started_at)))
      .slice(0, MAX_LISTED_JOURNEYS);
  }

  /** The journey's events after `afterSeq`, then live ones until it is done; a journey only in the store gets its `journey_done`. */
  stream(journeyId: string, afterSeq = 0): Observable<MessageEvent> {
    if (this.events.has(journeyId)) return eventLogStream(this.events, journeyId, (event) => event.type, afterSeq);
    const journey = this.store.find(journeyId);
    if (!journey) throw this.notFound(journeyId);
    const done: JourneyEvent = {
      type: 'journey_done',
      status: journey.status,
      journey,
      journey_id: journeyId,
      at: journey.finished_at,
    };
    return of({ id: '1', type: done.type, data: { seq: 1, ...done } });
  }

  private accept(request: CreateJourneyRequest): string {
    const journeyId = this.clock.newJourneyId();
    this.events.open(journeyId);
    this.events.append(journeyId, {
      type: 'journey_accepted',
      natural_language: request.natural_language,
      journey_id: journeyId,
      at: this.clock.now().toISOString(),
    });
    return journeyId;
  }

  private loggedEvents(journeyId: string): JourneyEvent[] {
    return this.events.events(journeyId).map((logged) => logged.event);
  }

  private async execute(journeyId: string, request: CreateJourneyRequest): Promise<OrchestratorJourney> {
    const at = (): string => this.clock.now().toISOString();
    let journey: OrchestratorJourney;
    try {
      await this.registry.ensureFresh();
      const executionContext = buildExecutionContext({
        journeyId,
        descriptors: this.registry.reachableDescriptors(),
        userContext: request.user_context,
      });
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
          onProgress: (progress) => this.events.append(journeyId, { ...progress, journey_id: journeyId, at: at() }),
        },
      );
      const diagram = journeyDiagram(journey);
      if (diagram) journey.diagram = diagram;
    } catch (error) {
      // runJourney never rejects; this is the registry or a bug, and the journey must still end.
      const message = error instanceof Error ? error.message : String(error);
      const now = at();
      journey = {
        journey_id: journeyId,
        status: 'failed',
        natural_language: request.natural_language,
        plan: null,
        steps: [],
        replanned: false,
        duration_ms: 0,
        started_at: now,
        finished_at: now,
        error: { code: A2AErrorCode.InternalError, message, details: [] },
      };
    }
    this.store.save(journey);
    this.events.close(journeyId, {
      type: 'journey_done',
      status: journey.status,
      journey,
      journey_id: journeyId,
      at: at(),
    });
    const summary = `${journeyId} ${journey.status} in ${journey.duration_ms} ms (${journey.steps.length} steps${journey.replanned ? ', replanned' : ''})`;
    if (journey.error)
      this.logger.warn({
        journey_id: journeyId,
        status: journey.status,
        msg: `${summary}: ${journey.error.code} ${journey.error.message}`,
      });
    else this.logger.log({ journey_id: journeyId, status: journey.status, msg: summary });
    return journey;
  }

  private notFound(journeyId: string): A2ARequestException {
    return new A2ARequestException(
      A2AErrorCode.NotFound,
      `No journey "${journeyId}" (journeys are kept in memory: the latest ${this.settings.journeyStoreSize}, up to ${Math.round(this.settings.journeyStoreMaxBytes / 1048576)} MB).`,
      [],
      HttpStatus.NOT_FOUND,
    );
  }
}

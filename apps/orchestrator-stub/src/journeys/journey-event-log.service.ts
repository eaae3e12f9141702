import { Injectable } from '@nestjs/common';
import { BoundedEventLog } from '@mesh/nest-a2a';
import { OrchestratorSettings } from '../config/orchestrator-settings';
import type { JourneyEvent } from './journey-event';

/** Events kept per journey: a few per step of the largest plan, and the final one. */
export const MAX_EVENTS_PER_JOURNEY = 5000;

/**
 * The journeys' event streams: one per journey, as many as the journey store keeps, each
 * replayed to a new subscriber then delivered live (`GET /journeys/:id/events`).
 */
@Injectable()
export class JourneyEventLog extends BoundedEventLog<JourneyEvent> {
  constructor(settings: OrchestratorSettings) {
    super({ maxStreams: settings.journeyStoreSize, maxEventsPerStream: MAX_EVENTS_PER_JOURNEY });
  }
}

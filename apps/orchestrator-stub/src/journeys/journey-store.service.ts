import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { OrchestratorSettings } from '../config/orchestrator-settings';
import type { OrchestratorJourney } from './journey-runner';

/** Finished journeys, in memory: at most `ORCHESTRATOR_JOURNEY_STORE_SIZE`, least recently used dropped first. */
@Injectable()
export class JourneyStore {
  private readonly journeys: LRUCache<string, OrchestratorJourney>;

  constructor(settings: OrchestratorSettings) {
    this.journeys = new LRUCache({ max: settings.journeyStoreSize });
  }

  save(journey: OrchestratorJourney): void {
    this.journeys.set(journey.journey_id, journey);
  }

  find(journeyId: string): OrchestratorJourney | undefined {
    return this.journeys.get(journeyId);
  }

  /** The journeys kept, most recently used first (does not change their recency). */
  recent(): OrchestratorJourney[] {
    return [...this.journeys.values()];
  }

  get size(): number {
    return this.journeys.size;
  }
}

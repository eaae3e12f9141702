import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { OrchestratorSettings } from '../config/orchestrator-settings';
import type { OrchestratorJourney } from './journey-runner';

/** How much of the store one journey may take before it is kept without its step outputs. */
const ENTRY_SHARE = 8;

/** The journey as JSON, in bytes (what keeping it costs, give or take). */
function bytesOf(journey: OrchestratorJourney): number {
  return Buffer.byteLength(JSON.stringify(journey));
}

/** The journey without its step outputs and inputs, saying so: a journey whose agents answered megabytes. */
function withoutOutputs(journey: OrchestratorJourney, bytes: number): OrchestratorJourney {
  const note = `not kept: the journey was ${bytes} bytes`;
  return {
    ...journey,
    steps: journey.steps.map(({ output, input, ...step }) => ({
      ...step,
      ...(output !== undefined ? { output: { omitted: note } } : {}),
      ...(input ? { input: { omitted: note } } : {}),
    })),
  };
}

/**
 * Journeys in memory, from the moment they are accepted (`running`) until evicted: at most
 * `ORCHESTRATOR_JOURNEY_STORE_SIZE` and `ORCHESTRATOR_JOURNEY_STORE_MAX_MB` of JSON, least
 * recently used dropped first. A journey larger than an eighth of the budget is kept without
 * its step outputs.
 */
@Injectable()
export class JourneyStore {
  private readonly journeys: LRUCache<string, OrchestratorJourney>;
  private readonly maxEntryBytes: number;

  constructor(settings: OrchestratorSettings) {
    this.maxEntryBytes = Math.max(1, Math.floor(settings.journeyStoreMaxBytes / ENTRY_SHARE));
    this.journeys = new LRUCache<string, OrchestratorJourney>({
      max: settings.journeyStoreSize,
      maxSize: settings.journeyStoreMaxBytes,
      sizeCalculation: (journey) => Math.max(1, bytesOf(journey)),
    });
  }

  save(journey: OrchestratorJourney): void {
    const bytes = bytesOf(journey);
    this.journeys.set(journey.journey_id, bytes > this.maxEntryBytes ? withoutOutputs(journey, bytes) : journey);
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

  /** Bytes of JSON kept. */
  get bytes(): number {
    return this.journeys.calculatedSize;
  }
}

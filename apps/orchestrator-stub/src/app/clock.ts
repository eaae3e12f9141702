import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { JourneyClock } from '../journeys/journey-ports';

/** Time and ids: the orchestrator's only nondeterminism besides the network, injectable so tests can fix them. */
@Injectable()
export class Clock implements JourneyClock {
  now(): Date {
    return new Date();
  }

  /** Milliseconds from an arbitrary origin, for durations. */
  monotonicMs(): number {
    return performance.now();
  }

  newJourneyId(): string {
    return `j-${randomUUID()}`;
  }
}

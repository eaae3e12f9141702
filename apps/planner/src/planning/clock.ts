import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';

/** Time and ids: the planner's only nondeterminism, injectable so tests can fix them. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  /** Milliseconds from an arbitrary origin, for durations. */
  monotonicMs(): number {
    return performance.now();
  }

  newPlanId(): string {
    return `plan-${randomUUID()}`;
  }
}

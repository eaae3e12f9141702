import { Injectable } from '@nestjs/common';
import { ConcurrencyLimiter, type Release } from '@mesh/planner-llm';
import { PlannerSettings } from '../config/planner-settings';

/** A slot, or why none could be had within the budget. */
export type SlotGrant =
  { readonly ok: true; readonly release: Release } | { readonly ok: false; readonly reason: string };

/**
 * The LLM calls in flight: at most `PLANNER_LLM_CONCURRENCY`; the others wait in order, but only
 * as long as the budget leaves room for a call of usual length (a moving average of the calls'
 * durations), else they fall back at once.
 */
@Injectable()
export class LlmSlots {
  private readonly limiter: ConcurrencyLimiter;
  private readonly budgetMs: number;
  /** Moving average of a call's duration, ms (0 until the first call). */
  private averageCallMs = 0;

  constructor(settings: PlannerSettings) {
    this.limiter = new ConcurrencyLimiter(settings.llm.concurrency);
    this.budgetMs = settings.llm.timeoutMs;
  }

  get active(): number {
    return this.limiter.inUse;
  }

  get queued(): number {
    return this.limiter.queued;
  }

  /** Takes a slot, waiting at most until `deadline` (a `performance.now()` time) less a usual call's length. */
  async take(deadline: number): Promise<SlotGrant> {
    const full = this.limiter.inUse >= this.limiter.limit;
    const foreseenWait = full ? ((this.limiter.queued + 1) / this.limiter.limit) * this.averageCallMs : 0;
    if (full && foreseenWait + this.averageCallMs > this.budgetMs) {
      const reason = `LLM busy: ${this.limiter.queued} calls queued, about ${Math.round(foreseenWait)} ms of waiting would exceed the ${this.budgetMs} ms budget`;
      return { ok: false, reason };
    }
    const release = await this.limiter.acquire(
      deadline - performance.now() - Math.min(this.averageCallMs, this.budgetMs / 2),
    );
    if (release) return { ok: true, release };
    return {
      ok: false,
      reason: `LLM busy: no free slot (concurrency ${this.limiter.limit}) within the ${this.budgetMs} ms budget`,
    };
  }

  /** Feeds a finished call's duration into the moving average. */
  recordCall(ms: number): void {
    this.averageCallMs = this.averageCallMs === 0 ? ms : 0.8 * this.averageCallMs + 0.2 * ms;
  }
}

import { Injectable } from '@nestjs/common';
import { CircuitBreaker, type CircuitState, type LlmFailureKind } from '@mesh/planner-llm';
import { PlannerSettings, type LlmSettings } from '../config/planner-settings';

/** Room a half-open trial gets beyond the budget before the next caller may try again, ms. */
const TRIAL_LEASE_SLACK_MS = 1000;

/**
 * Whether the LLM server is worth asking: a circuit breaker over the calls' outcomes. In `auto`
 * mode an open circuit turns requests away at once; in `llm` mode every request tries, and the
 * state is only reported (health).
 */
@Injectable()
export class LlmCircuit {
  private readonly breaker: CircuitBreaker;
  private readonly gating: boolean;

  constructor(settings: PlannerSettings) {
    const llm: LlmSettings = settings.llm;
    this.gating = llm.mode === 'auto';
    this.breaker = new CircuitBreaker({
      reprobeMs: llm.reprobeMs,
      failureThreshold: 3,
      trialLeaseMs: llm.timeoutMs + TRIAL_LEASE_SLACK_MS,
    });
  }

  /** Undefined when a call may go out; otherwise why not. */
  admit(): string | undefined {
    if (!this.gating || this.breaker.tryAcquire()) return undefined;
    const { reason, retryInMs } = this.breaker.status;
    return `LLM server unavailable (${reason || 'recent failures'}); next try in ${Math.ceil(retryInMs / 1000)} s`;
  }

  succeeded(): void {
    this.breaker.success();
  }

  failed(kind: LlmFailureKind, message: string): void {
    this.breaker.failure(kind, message);
  }

  get state(): CircuitState {
    return this.breaker.status.state;
  }
}

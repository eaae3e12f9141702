import type { LlmFailureKind } from './llm-failure-kind';

export interface CircuitBreakerOptions {
  /** How long the circuit stays open before one trial call is let through, ms. */
  readonly reprobeMs: number;
  /** Consecutive timeouts or 5xx that open the circuit (refused connections and a missing model open it at once). */
  readonly failureThreshold: number;
  /**
   * A half-open trial that has reported neither success nor failure within this time is taken
   * as lost, and the next caller gets a trial of its own (so one stuck call cannot keep the
   * circuit half-open for ever). Default: no lease.
   */
  readonly trialLeaseMs?: number;
  readonly now?: () => number;
}

export type CircuitState = 'closed' | 'open' | 'half_open';

/** Failures that say Ollama cannot answer at all, not that one call went wrong. */
const FATAL: ReadonlySet<LlmFailureKind> = new Set(['unreachable', 'unauthorized', 'model_missing']);
/** Failures that count toward the threshold. Bad answers and client aborts say nothing about availability. */
const COUNTED: ReadonlySet<LlmFailureKind> = new Set(['timeout', 'busy', 'server_error']);

/**
 * Remembers briefly that the model is down, so requests do not each wait for a connection
 * attempt (a blackholed host costs the whole timeout): open after a refused connection or a
 * missing model, or after `failureThreshold` consecutive timeouts or 5xx; after `reprobeMs`
 * one trial call goes through (half-open) while the others still fall back at once; its
 * success closes the circuit, its failure opens it again.
 */
export class CircuitBreaker {
  private state: CircuitState = 'closed';
  private openUntil = 0;
  private consecutive = 0;
  private trialInFlight = false;
  private trialStartedAt = 0;
  private lastReason = '';
  private readonly now: () => number;

  constructor(private readonly options: CircuitBreakerOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Whether a call may go out now. In half-open state, only the first caller gets true. */
  tryAcquire(): boolean {
    if (this.state === 'closed') return true;
    if (this.state === 'open' && this.now() >= this.openUntil) {
      this.state = 'half_open';
      this.trialInFlight = false;
    }
    const lease = this.options.trialLeaseMs;
    const trialLost = this.trialInFlight && lease !== undefined && this.now() - this.trialStartedAt >= lease;
    if (this.state === 'half_open' && (!this.trialInFlight || trialLost)) {
      this.trialInFlight = true;
      this.trialStartedAt = this.now();
      return true;
    }
    return false;
  }

  success(): void {
    this.state = 'closed';
    this.consecutive = 0;
    this.trialInFlight = false;
  }

  failure(kind: LlmFailureKind, reason: string): void {
    if (!FATAL.has(kind) && !COUNTED.has(kind)) {
      if (this.state === 'half_open') this.trialInFlight = false;
      return;
    }
    this.consecutive += 1;
    this.lastReason = reason;
    if (FATAL.has(kind) || this.consecutive >= this.options.failureThreshold || this.state === 'half_open') {
      this.state = 'open';
      this.openUntil = this.now() + this.options.reprobeMs;
      this.trialInFlight = false;
    }
  }

  get status(): { readonly state: CircuitState; readonly reason: string; readonly retryInMs: number } {
    const state = this.state === 'open' && this.now() >= this.openUntil ? 'half_open' : this.state;
    return {
      state,
      reason: this.lastReason,
      retryInMs: state === 'open' ? Math.max(0, this.openUntil - this.now()) : 0,
    };
  }
}

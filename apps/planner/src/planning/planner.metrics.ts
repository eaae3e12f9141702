import { Inject, Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import { LATENCY_BUCKETS, METRICS_REGISTRY } from '@mesh/nest-a2a';
import type { AnalysisOutcome } from '@mesh/planner-core';
import { assertUnreachable, ModelReliability, type LlmAnalysisFailureKind } from '@mesh/planner-llm';
import { LlmSlots } from '../llm/llm-slots.service';

/** The bounded label of `planner_llm_fallbacks_total`. */
export type FallbackLabel =
  'timeout' | 'cancelled' | 'busy' | 'server_error' | 'invalid_answer' | 'rejected_answer' | 'unavailable';

/** The metric label of an analysis' failure kind; a new kind does not compile until it is filed here. */
export function fallbackLabel(kind: LlmAnalysisFailureKind): FallbackLabel {
  switch (kind) {
    case 'timeout':
      return 'timeout';
    case 'aborted':
      return 'cancelled';
    case 'busy':
    case 'queue_full':
      return 'busy';
    case 'server_error':
      return 'server_error';
    case 'bad_response':
    case 'invalid_answer':
      return 'invalid_answer';
    case 'no_platform':
    case 'answer_rejected':
      return 'rejected_answer';
    case 'unreachable':
    case 'unauthorized':
    case 'model_missing':
    case 'circuit_open':
      return 'unavailable';
    default:
      return assertUnreachable(kind);
  }
}

/** The planner's own Prometheus metrics, beside the HTTP ones every app has. */
@Injectable()
export class PlannerMetrics {
  private readonly tasks: Counter<'action' | 'status' | 'mode'>;
  private readonly latency: Histogram<'action' | 'mode'>;
  private readonly steps: Histogram;
  private readonly llmCalls: Counter;
  private readonly fallbacks: Counter<'reason'>;
  private readonly cache: Counter<'result'>;

  constructor(@Inject(METRICS_REGISTRY) registry: Registry, slots: LlmSlots, reliability: ModelReliability) {
    const registers = [registry];
    this.tasks = new Counter({
      name: 'planner_tasks_total',
      help: 'A2A tasks by action, status and planner mode',
      labelNames: ['action', 'status', 'mode'],
      registers,
    });
    this.latency = new Histogram({
      name: 'planner_plan_duration_seconds',
      help: 'Time to answer a task, by action and planner mode',
      labelNames: ['action', 'mode'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.steps = new Histogram({
      name: 'planner_plan_steps',
      help: 'Steps per plan made',
      buckets: [1, 2, 3, 4, 5, 6, 8, 10, 15, 20, 50],
      registers,
    });
    this.llmCalls = new Counter({
      name: 'planner_llm_calls_total',
      help: 'Calls made to the LLM (retries included)',
      registers,
    });
    this.fallbacks = new Counter({
      name: 'planner_llm_fallbacks_total',
      help: 'Plans where the LLM was wanted and the heuristic answered, by reason',
      labelNames: ['reason'],
      registers,
    });
    this.cache = new Counter({
      name: 'planner_llm_cache_total',
      help: 'LLM analysis cache lookups by result',
      labelNames: ['result'],
      registers,
    });
    new Gauge({
      name: 'planner_llm_in_flight',
      help: 'LLM calls running now',
      registers,
      collect() {
        this.set(slots.active);
      },
    });
    new Gauge({
      name: 'planner_llm_queued',
      help: 'Analyses waiting for an LLM slot',
      registers,
      collect() {
        this.set(slots.queued);
      },
    });
    new Gauge({
      name: 'planner_llm_reliability',
      help: 'Estimated share of questions the LLM routes right (online, from its agreement with confident heuristic decisions)',
      registers,
      collect() {
        this.set(reliability.estimate);
      },
    });
  }

  /** One finished create_plan. */
  planned(outcome: AnalysisOutcome<LlmAnalysisFailureKind>, stepCount: number, seconds: number): void {
    this.tasks.inc({ action: 'create_plan', status: 'completed', mode: outcome.mode });
    this.latency.observe({ action: 'create_plan', mode: outcome.mode }, seconds);
    this.steps.observe(stepCount);
    if (outcome.llmCalls > 0) this.llmCalls.inc(outcome.llmCalls);
    if (outcome.degraded && outcome.degradedKind) this.fallbacks.inc({ reason: fallbackLabel(outcome.degradedKind) });
    if (outcome.mode !== 'heuristic' || outcome.llmCalls > 0 || outcome.cacheHit)
      this.cache.inc({ result: outcome.cacheHit ? 'hit' : 'miss' });
  }

  /** Any other answer: an optimize_plan, or a task that failed to plan. */
  answered(action: string, status: 'completed' | 'failed' | 'input_required', seconds: number): void {
    this.tasks.inc({ action, status, mode: 'heuristic' });
    this.latency.observe({ action, mode: 'heuristic' }, seconds);
  }
}

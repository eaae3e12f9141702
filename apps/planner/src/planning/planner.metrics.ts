import { Inject, Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import { LATENCY_BUCKETS, METRICS_REGISTRY } from '@mesh/nest-a2a';
import type { AnalysisOutcome } from '@mesh/planner-core';
import { ModelReliability } from '@mesh/planner-llm';
import { LlmAnalysisService } from '../llm/llm-analysis.service';

/** A bounded label for why the LLM could not be used (the reasons themselves are free text). */
export function fallbackReason(reason: string): string {
  const text = reason.toLowerCase();
  if (/time(d)? ?out|deadline|abort/.test(text)) return 'timeout';
  if (/busy|queue|concurren|slot/.test(text)) return 'busy';
  if (/\b5\d\d\b|server error|overloaded/.test(text)) return 'server_error';
  if (/invalid|schema|json|truncat|length|empty/.test(text)) return 'invalid_answer';
  if (/unavailable|refused|unreachable|econn|not found|circuit|recent failures|fetch failed/.test(text)) return 'unavailable';
  return 'other';
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

  constructor(@Inject(METRICS_REGISTRY) registry: Registry, llm: LlmAnalysisService, reliability: ModelReliability) {
    const registers = [registry];
    this.tasks = new Counter({ name: 'planner_tasks_total', help: 'A2A tasks by action, status and planner mode', labelNames: ['action', 'status', 'mode'], registers });
    this.latency = new Histogram({ name: 'planner_plan_duration_seconds', help: 'Time to answer a task, by action and planner mode', labelNames: ['action', 'mode'], buckets: LATENCY_BUCKETS, registers });
    this.steps = new Histogram({ name: 'planner_plan_steps', help: 'Steps per plan made', buckets: [1, 2, 3, 4, 5, 6, 8, 10, 15, 20, 50], registers });
    this.llmCalls = new Counter({ name: 'planner_llm_calls_total', help: 'Calls made to the LLM (retries included)', registers });
    this.fallbacks = new Counter({ name: 'planner_llm_fallbacks_total', help: 'Plans where the LLM was wanted and the heuristic answered, by reason', labelNames: ['reason'], registers });
    this.cache = new Counter({ name: 'planner_llm_cache_total', help: 'LLM analysis cache lookups by result', labelNames: ['result'], registers });
    new Gauge({
      name: 'planner_llm_in_flight',
      help: 'LLM calls running now',
      registers,
      collect() {
        this.set(llm.stats.active);
      },
    });
    new Gauge({
      name: 'planner_llm_queued',
      help: 'Analyses waiting for an LLM slot',
      registers,
      collect() {
        this.set(llm.stats.queued);
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
  planned(outcome: AnalysisOutcome, stepCount: number, seconds: number): void {
    this.tasks.inc({ action: 'create_plan', status: 'completed', mode: outcome.mode });
    this.latency.observe({ action: 'create_plan', mode: outcome.mode }, seconds);
    this.steps.observe(stepCount);
    if (outcome.llmCalls > 0) this.llmCalls.inc(outcome.llmCalls);
    if (outcome.degraded) this.fallbacks.inc({ reason: fallbackReason(outcome.degradedReason ?? '') });
    if (outcome.mode !== 'heuristic' || outcome.llmCalls > 0 || outcome.cacheHit) this.cache.inc({ result: outcome.cacheHit ? 'hit' : 'miss' });
  }

  /** Any other answer: an optimize_plan, or a task that failed to plan. */
  answered(action: string, status: 'completed' | 'failed', seconds: number): void {
    this.tasks.inc({ action, status, mode: 'heuristic' });
    this.latency.observe({ action, mode: 'heuristic' }, seconds);
  }
}

import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import type { PlanningContext, PlatformEvidence } from '@mesh/planner-core';
import {
  analysisCacheKey,
  buildAnalysisPrompt,
  CircuitBreaker,
  ConcurrencyLimiter,
  countChatTokens,
  countTokens,
  readLlmAnswer,
  type AnalysisPrompt,
  type ChatMessage,
  type LlmAnswer,
} from '@mesh/planner-llm';
import { PlannerSettings, type LlmSettings } from '../config/planner-settings';
import { LLM_CLIENT, LlmClientError, type LlmClient } from './llm.client';

/** What the LLM analysis produced for one plan, and what it cost. */
export type LlmAnalysisResult =
  | (LlmUsage & { readonly ok: true; readonly answer: LlmAnswer })
  | (LlmUsage & { readonly ok: false; readonly reason: string; /** Nothing to ask (no data platform): not a failure. */ readonly skipped?: boolean });

export interface LlmUsage {
  /** HTTP calls made for this plan (retries included; 0 for a cached or shared answer). */
  readonly calls: number;
  readonly promptTokens: number;
  readonly completionTokens: number;
  /** The answer came from the cache or from an identical request in flight. */
  readonly cacheHit: boolean;
  /** Time spent waiting for the model, ms. */
  readonly llmMs: number;
}

/** Nothing spent. */
const NO_USAGE = { calls: 0, promptTokens: 0, completionTokens: 0, cacheHit: false, llmMs: 0 } as const;

/** A retry needs at least this much of the budget left, ms. */
const MIN_ATTEMPT_MS = 200;
/** Timeout of the start-up model load (a cold load of an 8B model takes a while). */
const WARM_UP_TIMEOUT_MS = 120_000;

/**
 * The planner's LLM analysis: one chat call per plan, behind a cache and single-flight,
 * a concurrency cap, a per-request budget and a circuit breaker. It never throws for the
 * model's faults: a refused connection, a timeout, a full queue (503), a 5xx, or an answer
 * that stays invalid or truncated after one retry all come back as `ok: false` with a reason,
 * and the heuristics stand.
 */
@Injectable()
export class LlmAnalysisService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(LlmAnalysisService.name);
  private readonly settings: LlmSettings;
  private readonly cache: LRUCache<string, LlmAnswer> | undefined;
  private readonly inFlight = new Map<string, Promise<LlmAnalysisResult>>();
  private readonly limiter: ConcurrencyLimiter;
  readonly breaker: CircuitBreaker;
  private readonly shutdown = new AbortController();
  /** Moving average of a call's duration, to foresee a wait that would blow the budget. */
  private averageCallMs = 0;
  private cacheLookups = 0;
  private cacheHits = 0;

  constructor(
    @Inject(LLM_CLIENT) private readonly client: LlmClient,
    settings: PlannerSettings,
  ) {
    this.settings = settings.llm;
    this.cache = this.settings.caching ? new LRUCache<string, LlmAnswer>({ max: this.settings.cacheSize, ttl: this.settings.cacheTtlMs }) : undefined;
    this.limiter = new ConcurrencyLimiter(this.settings.concurrency);
    this.breaker = new CircuitBreaker({ reprobeMs: this.settings.reprobeMs, failureThreshold: 3 });
  }

  get mode(): LlmSettings['mode'] {
    return this.settings.mode;
  }

  get model(): string {
    return this.client.model;
  }

  /** Cache figures, for health and benchmarks. */
  get stats(): { readonly lookups: number; readonly hits: number; readonly size: number; readonly inFlight: number; readonly active: number; readonly queued: number } {
    return { lookups: this.cacheLookups, hits: this.cacheHits, size: this.cache?.size ?? 0, inFlight: this.inFlight.size, active: this.limiter.inUse, queued: this.limiter.queued };
  }

  /** Loads the model in the background at start-up; the app does not wait for it. */
  onApplicationBootstrap(): void {
    if (this.settings.mode === 'heuristic') return;
    void this.warmUp();
  }

  onModuleDestroy(): void {
    this.shutdown.abort(new Error('planner shutting down'));
  }

  async warmUp(): Promise<boolean> {
    const started = performance.now();
    try {
      await this.client.warmUp(AbortSignal.any([AbortSignal.timeout(WARM_UP_TIMEOUT_MS), this.shutdown.signal]));
      this.breaker.success();
      this.logger.log(`LLM ${this.client.model} loaded in ${Math.round(performance.now() - started)} ms (mode ${this.settings.mode})`);
      return true;
    } catch (error) {
      const failure = error instanceof LlmClientError ? error : new LlmClientError('server_error', String(error));
      if (failure.kind !== 'aborted') {
        this.breaker.failure(failure.kind, failure.message);
        this.logger.warn(`LLM warm-up failed: ${failure.message}; planning falls back to the heuristics until Ollama answers`);
      }
      return false;
    }
  }

  /** The LLM's validated, sanitized answer for a plan's question, or why there is none. */
  async analyze(context: PlanningContext, evidence: readonly PlatformEvidence[]): Promise<LlmAnalysisResult> {
    const prompt = buildAnalysisPrompt(context, { evidence });
    if (prompt.platforms.length === 0) return { ...NO_USAGE, ok: false, reason: 'no data platform is available to choose from', skipped: true };
    const key = analysisCacheKey({ model: this.client.model, question: context.naturalLanguage, fingerprint: prompt.fingerprint });

    if (this.cache) {
      this.cacheLookups += 1;
      const cached = this.cache.get(key);
      if (cached) {
        this.cacheHits += 1;
        return { ...NO_USAGE, ok: true, answer: cached, cacheHit: true };
      }
    }
    const shared = this.inFlight.get(key);
    if (shared) {
      const result = await shared;
      return { ...result, calls: 0, promptTokens: 0, completionTokens: 0, llmMs: 0, cacheHit: result.ok };
    }
    if (this.settings.mode === 'auto' && !this.breaker.tryAcquire()) {
      const { reason, retryInMs } = this.breaker.status;
      return { ...NO_USAGE, ok: false, reason: `Ollama unavailable (${reason || 'recent failures'}); next try in ${Math.ceil(retryInMs / 1000)} s` };
    }

    const run = this.run(prompt, context, key);
    this.inFlight.set(key, run);
    try {
      return await run;
    } finally {
      this.inFlight.delete(key);
    }
  }

  private async run(prompt: AnalysisPrompt, context: PlanningContext, key: string): Promise<LlmAnalysisResult> {
    const started = performance.now();
    const deadline = started + this.settings.timeoutMs;
    const usage = { calls: 0, promptTokens: 0, completionTokens: 0, llmMs: 0 };
    const failed = (reason: string): LlmAnalysisResult => ({ ...usage, cacheHit: false, ok: false, reason });

    // Waiting for a slot: only as long as the budget leaves room for a call of usual length.
    const full = this.limiter.inUse >= this.limiter.limit;
    const foreseenWait = full ? ((this.limiter.queued + 1) / this.limiter.limit) * this.averageCallMs : 0;
    if (full && foreseenWait + this.averageCallMs > this.settings.timeoutMs) {
      this.breaker.failure('aborted', 'queue');
      return failed(`LLM busy: ${this.limiter.queued} calls queued, about ${Math.round(foreseenWait)} ms of waiting would exceed the ${this.settings.timeoutMs} ms budget`);
    }
    const release = await this.limiter.acquire(deadline - performance.now() - Math.min(this.averageCallMs, this.settings.timeoutMs / 2));
    if (!release) {
      this.breaker.failure('aborted', 'queue');
      return failed(`LLM busy: no free slot (concurrency ${this.limiter.limit}) within the ${this.settings.timeoutMs} ms budget`);
    }

    try {
      let messages: readonly ChatMessage[] = prompt.messages;
      let numPredict: number | undefined;
      let lastProblem = '';
      for (let attempt = 1; attempt <= 2; attempt += 1) {
        const remaining = deadline - performance.now();
        if (remaining < (attempt === 1 ? 1 : MIN_ATTEMPT_MS)) return failed(`${lastProblem || 'LLM budget spent waiting for a slot'}; no time left for ${attempt === 1 ? 'the call' : 'a retry'}`);
        const callStarted = performance.now();
        let content: string;
        let doneReason: string | undefined;
        try {
          usage.calls += 1;
          const result = await this.client.chat({
            messages,
            format: prompt.format,
            numPredict,
            signal: AbortSignal.any([AbortSignal.timeout(Math.max(1, Math.floor(remaining))), this.shutdown.signal]),
          });
          content = result.content;
          doneReason = result.doneReason;
          usage.promptTokens += result.promptTokens ?? countChatTokens(messages);
          usage.completionTokens += result.completionTokens ?? countTokens(content);
        } catch (error) {
          const failure = error instanceof LlmClientError ? error : new LlmClientError('server_error', String(error));
          this.breaker.failure(failure.kind, failure.message);
          return failed(`${failure.kind}: ${failure.message}`);
        } finally {
          const took = performance.now() - callStarted;
          usage.llmMs += took;
          this.averageCallMs = this.averageCallMs === 0 ? took : 0.8 * this.averageCallMs + 0.2 * took;
        }
        this.breaker.success();

        const reading = readLlmAnswer(content, doneReason, { prompt, catalog: context.catalog });
        if (reading.ok) {
          if (reading.answer.platforms.length === 0) return failed(`the LLM answer named no available platform${reading.answer.discarded.length > 0 ? ` (ignored: ${reading.answer.discarded.slice(0, 3).join(', ')})` : ''}`);
          this.cache?.set(key, reading.answer);
          return { ...usage, cacheHit: false, ok: true, answer: reading.answer };
        }
        lastProblem = `${reading.problem} answer (${reading.detail})`;
        this.logger.warn(`LLM attempt ${attempt}: ${lastProblem}`);
        // The retry says what went wrong; a truncated answer gets room to finish.
        messages = [...prompt.messages, { role: 'user', content: `Your previous reply was unusable (${reading.problem}). Reply with the JSON object only, matching the schema, with a short reasoning.` }];
        numPredict = reading.problem === 'truncated' ? this.settings.numPredict * 2 : undefined;
      }
      return failed(`${lastProblem}, also after one retry`);
    } finally {
      release();
    }
  }
}

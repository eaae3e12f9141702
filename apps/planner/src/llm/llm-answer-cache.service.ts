import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import type { LlmAnswer } from '@mesh/planner-llm';
import { PlannerSettings } from '../config/planner-settings';

/**
 * Answers already had (an LRU with a TTL, when caching is on) and answers being had now
 * (single-flight: identical requests in flight share one call).
 */
@Injectable()
export class LlmAnswerCache {
  private readonly cache: LRUCache<string, LlmAnswer> | undefined;
  private readonly inFlight = new Map<string, Promise<unknown>>();
  private lookups = 0;
  private hits = 0;

  constructor(settings: PlannerSettings) {
    const { caching, cacheSize, cacheTtlMs } = settings.llm;
    this.cache = caching ? new LRUCache<string, LlmAnswer>({ max: cacheSize, ttl: cacheTtlMs }) : undefined;
  }

  /** Counters, for metrics and benchmarks. */
  get stats(): { readonly lookups: number; readonly hits: number; readonly size: number; readonly inFlight: number } {
    return { lookups: this.lookups, hits: this.hits, size: this.cache?.size ?? 0, inFlight: this.inFlight.size };
  }

  get(key: string): LlmAnswer | undefined {
    if (!this.cache) return undefined;
    this.lookups += 1;
    const answer = this.cache.get(key);
    if (answer) this.hits += 1;
    return answer;
  }

  set(key: string, answer: LlmAnswer): void {
    this.cache?.set(key, answer);
  }

  /** The run in flight for `key`, when there is one. */
  shared<T>(key: string): Promise<T> | undefined {
    return this.inFlight.get(key) as Promise<T> | undefined;
  }

  /** Runs `run` as the one call for `key` until it settles. */
  async single<T>(key: string, run: () => Promise<T>): Promise<T> {
    const running = run();
    this.inFlight.set(key, running);
    try {
      return await running;
    } finally {
      this.inFlight.delete(key);
    }
  }
}

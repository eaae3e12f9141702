import { Inject, Injectable } from '@nestjs/common';
import type { PlanningContext, PlatformEvidence } from '@mesh/planner-core';
import { analysisCacheKey, buildAnalysisPrompt } from '@mesh/planner-llm';
import { PlannerSettings, type LlmSettings } from '../config/planner-settings';
import { LlmAnswerCache } from './llm-answer-cache.service';
import { LlmAttempts } from './llm-attempts.service';
import { LlmCircuit } from './llm-circuit.service';
import { LlmSlots } from './llm-slots.service';
import { NO_USAGE, type LlmAnalysisResult } from './llm-analysis.result';
import { LLM_PORT, type LlmPort } from './llm.port';

export type { LlmAnalysisResult, LlmUsage } from './llm-analysis.result';

/**
 * The planner's LLM analysis: one chat call per plan through the {@link LlmPort}, behind the
 * answer cache and single-flight, the circuit, the slots and the plan's budget, each its own
 * small provider. It never throws for the model's faults: a refused connection, a timeout, a
 * full queue, a 5xx, or an answer that stays unusable after one retry all come back as
 * `ok: false` with a `kind` and a reason, and the heuristics stand.
 */
@Injectable()
export class LlmAnalysisService {
  private readonly settings: LlmSettings;

  constructor(
    @Inject(LLM_PORT) private readonly port: LlmPort,
    settings: PlannerSettings,
    private readonly cache: LlmAnswerCache,
    private readonly circuit: LlmCircuit,
    private readonly slots: LlmSlots,
    private readonly attempts: LlmAttempts,
  ) {
    this.settings = settings.llm;
  }

  get mode(): LlmSettings['mode'] {
    return this.settings.mode;
  }

  get model(): string {
    return this.port.model;
  }

  /** The LLM's validated, sanitized answer for a plan's question, or why there is none. */
  async analyze(context: PlanningContext, evidence: readonly PlatformEvidence[]): Promise<LlmAnalysisResult> {
    const prompt = buildAnalysisPrompt(context, { evidence });
    if (prompt.platforms.length === 0) {
      return {
        ...NO_USAGE,
        ok: false,
        kind: 'no_platform',
        reason: 'no data platform is available to choose from',
        skipped: true,
      };
    }
    const key = analysisCacheKey({
      model: this.port.model,
      question: context.naturalLanguage,
      fingerprint: prompt.fingerprint,
    });

    const cached = this.cache.get(key);
    if (cached) return { ...NO_USAGE, ok: true, answer: cached, cacheHit: true };
    const shared = this.cache.shared<LlmAnalysisResult>(key);
    if (shared) {
      const result = await shared;
      return { ...result, calls: 0, promptTokens: 0, completionTokens: 0, llmMs: 0, cacheHit: result.ok };
    }
    const closed = this.circuit.admit();
    if (closed) return { ...NO_USAGE, ok: false, kind: 'circuit_open', reason: closed };

    return this.cache.single(key, async () => {
      const deadline = performance.now() + this.settings.timeoutMs;
      const slot = await this.slots.take(deadline);
      if (!slot.ok) {
        // Our own queue says nothing about the server; a half-open trial is handed back.
        this.circuit.failed('aborted', 'queue');
        return { ...NO_USAGE, ok: false, kind: 'queue_full', reason: slot.reason };
      }
      try {
        const result = await this.attempts.run(prompt, context, deadline);
        if (result.ok) this.cache.set(key, result.answer);
        return result;
      } finally {
        slot.release();
      }
    });
  }
}

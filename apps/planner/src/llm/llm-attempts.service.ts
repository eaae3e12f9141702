import { Inject, Injectable, Logger } from '@nestjs/common';
import type { PlanningContext } from '@mesh/planner-core';
import { countChatTokens, countTokens, readLlmAnswer, type AnalysisPrompt, type ChatMessage } from '@mesh/planner-llm';
import { PlannerSettings } from '../config/planner-settings';
import { callWithDeadline } from './deadline-call.util';
import { LlmCircuit } from './llm-circuit.service';
import { LlmShutdown } from './llm-shutdown.service';
import { LlmSlots } from './llm-slots.service';
import type { LlmAnalysisResult } from './llm-analysis.result';
import { asLlmCallError, LLM_PORT, type LlmPort } from './llm.port';

/** A retry needs at least this much of the budget left, ms. */
const MIN_ATTEMPT_MS = 200;
/** The name of the answer's schema (OpenAI's `json_schema.name`). */
const SCHEMA_NAME = 'query_analysis';

/**
 * One plan's calls to the model, within its deadline: the call, and one retry when the answer
 * is unusable (invalid, truncated, off-schema) that says what went wrong; tokens counted (the
 * server's counts, else the llama-3 tokenizer's); each call's outcome reported to the circuit
 * and its duration to the slots.
 */
@Injectable()
export class LlmAttempts {
  private readonly logger = new Logger(LlmAttempts.name);
  private readonly numPredict: number;

  constructor(
    @Inject(LLM_PORT) private readonly port: LlmPort,
    settings: PlannerSettings,
    private readonly circuit: LlmCircuit,
    private readonly slots: LlmSlots,
    private readonly shutdown: LlmShutdown,
  ) {
    this.numPredict = settings.llm.numPredict;
  }

  /** Asks until the answer is usable, twice at most, within `deadline` (a `performance.now()` time). */
  async run(prompt: AnalysisPrompt, context: PlanningContext, deadline: number): Promise<LlmAnalysisResult> {
    const usage = { calls: 0, promptTokens: 0, completionTokens: 0, llmMs: 0 };
    let messages: readonly ChatMessage[] = prompt.messages;
    let maxTokens: number | undefined;
    let lastProblem = '';
    for (let attempt = 1; attempt <= 2; attempt += 1) {
      const remaining = deadline - performance.now();
      if (remaining < (attempt === 1 ? 1 : MIN_ATTEMPT_MS)) {
        const reason = `${lastProblem || 'LLM budget spent waiting for a slot'}; no time left for ${attempt === 1 ? 'the call' : 'a retry'}`;
        return { ...usage, cacheHit: false, ok: false, kind: attempt === 1 ? 'timeout' : 'invalid_answer', reason };
      }
      const started = performance.now();
      let content: string;
      let finishReason: string | undefined;
      try {
        usage.calls += 1;
        const request = { messages, schema: { name: SCHEMA_NAME, schema: prompt.format }, maxTokens };
        const result = await callWithDeadline((signal) => this.port.chat({ ...request, signal }), {
          timeoutMs: remaining,
          cancel: this.shutdown.signal,
          server: this.port.provider,
        });
        content = result.content;
        finishReason = result.finishReason;
        usage.promptTokens += result.promptTokens ?? countChatTokens(messages);
        usage.completionTokens += result.completionTokens ?? countTokens(content);
      } catch (error) {
        this.timed(usage, started);
        const failure = asLlmCallError(error);
        this.circuit.failed(failure.kind, failure.message);
        return {
          ...usage,
          cacheHit: false,
          ok: false,
          kind: failure.kind,
          reason: `${failure.kind}: ${failure.message}`,
        };
      }
      this.timed(usage, started);
      this.circuit.succeeded();

      const reading = readLlmAnswer(content, finishReason, { prompt, catalog: context.catalog });
      if (reading.ok) {
        if (reading.answer.platforms.length > 0) return { ...usage, cacheHit: false, ok: true, answer: reading.answer };
        const ignored =
          reading.answer.discarded.length > 0 ? ` (ignored: ${reading.answer.discarded.slice(0, 3).join(', ')})` : '';
        return {
          ...usage,
          cacheHit: false,
          ok: false,
          kind: 'no_platform',
          reason: `the LLM answer named no available platform${ignored}`,
        };
      }
      lastProblem = `${reading.problem} answer (${reading.detail})`;
      this.logger.warn(`LLM attempt ${attempt}: ${lastProblem}`);
      // The retry says what went wrong; a truncated answer gets room to finish.
      const nudge = `Your previous reply was unusable (${reading.problem}). Reply with the JSON object only, matching the schema, with a short reasoning.`;
      messages = [...prompt.messages, { role: 'user', content: nudge }];
      maxTokens = reading.problem === 'truncated' ? this.numPredict * 2 : undefined;
    }
    return {
      ...usage,
      cacheHit: false,
      ok: false,
      kind: 'invalid_answer',
      reason: `${lastProblem}, also after one retry`,
    };
  }

  /** Adds a call's duration to the plan's LLM time and to the slots' moving average. */
  private timed(usage: { llmMs: number }, started: number): void {
    const took = performance.now() - started;
    usage.llmMs += took;
    this.slots.recordCall(took);
  }
}

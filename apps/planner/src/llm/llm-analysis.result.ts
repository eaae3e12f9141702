import type { LlmAnalysisFailureKind, LlmAnswer } from '@mesh/planner-llm';

/** What the LLM analysis produced for one plan, and what it cost. */
export type LlmAnalysisResult =
  | (LlmUsage & { readonly ok: true; readonly answer: LlmAnswer })
  | (LlmUsage & {
      readonly ok: false;
      readonly reason: string;
      /** Why, as a union member (metrics, responses); `reason` is for people. */
      readonly kind: LlmAnalysisFailureKind;
      /** Nothing to ask (no data platform): not a failure. */
      readonly skipped?: boolean;
    });

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
export const NO_USAGE = { calls: 0, promptTokens: 0, completionTokens: 0, cacheHit: false, llmMs: 0 } as const;

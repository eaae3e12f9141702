import type { PlanningContext, PlatformEvidence } from '@mesh/planner-core';
import type { LlmAnswer } from './llm-answer';
import type { LlmAnalysisFailureKind } from './llm-failure-kind';

/** What a model analysis cost for one plan. */
export interface ModelUsage {
  /** Calls made to the model for this plan (retries included; 0 for a cached or shared answer). */
  readonly calls: number;
  readonly promptTokens: number;
  readonly completionTokens: number;
  /** The answer came from a cache or from an identical request in flight. */
  readonly cacheHit: boolean;
  /** Time spent waiting for the model, ms. */
  readonly llmMs: number;
}

/** The model's validated answer for a plan's question, or why there is none. */
export type ModelAnalysisResult =
  | (ModelUsage & { readonly ok: true; readonly answer: LlmAnswer })
  | (ModelUsage & {
      readonly ok: false;
      readonly reason: string;
      /** Why, as a union member (metrics, responses); `reason` is for people. */
      readonly kind: LlmAnalysisFailureKind;
      /** Nothing to ask (no data platform): not a failure. */
      readonly skipped?: boolean;
    });

/**
 * A model that analyzes a question (the planner's LLM analysis service, or the eval's simulated
 * model): one validated answer per plan, never a throw for the model's faults.
 */
export interface ModelAnalyzer {
  /** The model's name, for the metadata and the reasoning. */
  readonly model: string;
  analyze(context: PlanningContext, evidence: readonly PlatformEvidence[]): Promise<ModelAnalysisResult>;
}

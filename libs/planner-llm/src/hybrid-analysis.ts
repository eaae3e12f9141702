import { heuristicOutcome, type AnalysisOutcome, type AnalysisPort, type AnalysisRequest } from '@mesh/planner-core';
import { HEURISTIC_CALIBRATION } from './heuristic-calibration';
import type { LlmAnalysisFailureKind } from './llm-failure-kind';
import { mergeAnalyses, type MergeOutcome, type MergeRules } from './merge-analyses';
import type { ModelAnalyzer } from './model-analyzer.port';
import type { ModelReliability } from './model-reliability';

/** Where the hybrid reports what it did (the app's logger; nothing in tools). */
export interface HybridLog {
  warn(message: string): void;
  debug(message: string): void;
}

export interface HybridAnalysisOptions {
  readonly model: ModelAnalyzer;
  /** The per-process estimate of the model's accuracy: read before each decision, fed after it. */
  readonly reliability: ModelReliability;
  /** Heuristic confidence from which a decision counts as confident (feeds the estimate); default: the calibration's. */
  readonly confidentFrom?: number;
  readonly rules?: Partial<MergeRules>;
  readonly log?: HybridLog;
  /** Called after every arbitration (metrics, the eval's report). */
  readonly onMerge?: (outcome: MergeOutcome, request: AnalysisRequest) => void;
}

/**
 * The hybrid analysis step of the pipeline: the model's answer (one call, cached, single-flight
 * inside the analyzer), arbitrated against the heuristics with the model's estimated accuracy
 * and the heuristics' (see `mergeAnalyses`); then the decision updates those estimates (once per
 * answer: not again for an answer from the cache or shared in flight), confident and unconfident
 * decisions counted apart and read jointly (see `ModelReliability`). When the
 * model could not be used the heuristic analysis stands, `degraded` with the reason.
 */
export function createHybridAnalysis(options: HybridAnalysisOptions): AnalysisPort<LlmAnalysisFailureKind> {
  const confidentFrom = options.confidentFrom ?? HEURISTIC_CALIBRATION.confidentFrom;
  return {
    async analyze(request: AnalysisRequest): Promise<AnalysisOutcome<LlmAnalysisFailureKind>> {
      const { heuristic, context } = request;
      const result = await options.model.analyze(context, heuristic.evidence);
      const usage = {
        llmCalls: result.calls,
        promptTokens: result.promptTokens,
        completionTokens: result.completionTokens,
        cacheHit: result.cacheHit,
        model: options.model.model,
        llmMs: result.llmMs,
      };
      if (!result.ok) {
        if (!result.skipped) options.log?.warn(`model analysis unavailable, heuristics stand: ${result.reason}`);
        return {
          ...heuristicOutcome(heuristic),
          ...usage,
          degraded: !result.skipped,
          ...(result.skipped ? {} : { degradedReason: result.reason, degradedKind: result.kind }),
        };
      }
      const model = options.reliability.model();
      const merged = mergeAnalyses({
        heuristic,
        answer: result.answer,
        model: options.model.model,
        reliability: model.mean,
        reliabilityUncertainty: model.sd,
        unconfidentHeuristics: options.reliability.unconfidentHeuristics(),
        reliabilityCovariance: options.reliability.covariance(),
        rules: options.rules,
      });
      // One observation per answer the model gave: a cached or shared answer is not new evidence.
      if (merged.mode !== 'heuristic' && !result.cacheHit)
        options.reliability.observe(
          merged.agreed,
          heuristic.analysis.confidence >= confidentFrom ? 'confident' : 'unconfident',
        );
      options.onMerge?.(merged, request);
      options.log?.debug(`arbitration (${merged.winner}): ${merged.notes.join('; ') || 'agreed'}`);
      if (merged.mode === 'heuristic')
        return {
          ...heuristicOutcome(heuristic),
          ...usage,
          degraded: true,
          degradedReason: merged.notes.join('; '),
          degradedKind: 'answer_rejected',
        };
      return { analysis: merged.analysis, evidence: merged.evidence, mode: merged.mode, degraded: false, ...usage };
    },
  };
}

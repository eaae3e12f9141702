import { Injectable, Logger } from '@nestjs/common';
import type { PlannerMode, QueryAnalysis } from '@mesh/a2a-contracts';
import { analyzeHeuristically, type HeuristicAnalysis, type PlatformEvidence, type PlanningContext } from '@mesh/planner-core';
import { mergeAnalyses, type LlmAnalysisFailureKind } from '@mesh/planner-llm';
import { LlmAnalysisService } from '../llm/llm-analysis.service';
import { Clock } from './clock';

/** An analysis and how it was made: the metadata of the planner's response. */
export interface AnalysisOutcome {
  readonly analysis: QueryAnalysis;
  readonly evidence: readonly PlatformEvidence[];
  readonly mode: PlannerMode;
  /** True when the LLM was wanted and could not be used. */
  readonly degraded: boolean;
  readonly degradedReason?: string;
  /** Why it was degraded, as a union member (the metric label). */
  readonly degradedKind?: LlmAnalysisFailureKind;
  readonly llmCalls: number;
  readonly promptTokens: number;
  readonly completionTokens: number;
  readonly cacheHit: boolean;
  /** The model asked, when one was. */
  readonly model?: string;
  /** Time spent waiting for the model, ms (0 when it was not called). */
  readonly llmMs?: number;
}

/**
 * The query analyzer, hybrid: the embedded heuristics always; the LLM as `PLANNER_LLM_MODE`
 * says; the two merged by the rules of `mergeAnalyses` (@mesh/planner-llm), which let the LLM
 * improve routing but never make it worse. When the LLM was wanted and failed, the heuristic
 * analysis stands and the outcome is `degraded` with the reason.
 */
@Injectable()
export class QueryAnalyzerService {
  private readonly logger = new Logger(QueryAnalyzerService.name);

  constructor(
    private readonly clock: Clock,
    private readonly llm: LlmAnalysisService,
  ) {}

  async analyze(context: PlanningContext): Promise<AnalysisOutcome> {
    const heuristic = analyzeHeuristically({
      naturalLanguage: context.naturalLanguage,
      catalog: context.catalog,
      agents: context.agents,
      userContext: context.userContext,
      now: this.clock.now(),
    });
    if (this.llm.mode === 'heuristic') return heuristicOutcome(heuristic);

    const result = await this.llm.analyze(context, heuristic.evidence);
    const usage = { llmCalls: result.calls, promptTokens: result.promptTokens, completionTokens: result.completionTokens, cacheHit: result.cacheHit, model: this.llm.model, llmMs: result.llmMs };
    if (!result.ok) {
      if (!result.skipped) this.logger.warn(`LLM analysis unavailable, heuristics stand: ${result.reason}`);
      return { ...heuristicOutcome(heuristic), ...usage, degraded: !result.skipped, ...(result.skipped ? {} : { degradedReason: result.reason, degradedKind: result.kind }) };
    }
    const merged = mergeAnalyses({ heuristic, answer: result.answer, model: this.llm.model });
    this.logger.debug(`LLM merge (${merged.mode}): ${merged.notes.join('; ') || 'agreed'}`);
    if (merged.mode === 'heuristic') return { ...heuristicOutcome(heuristic), ...usage, degraded: true, degradedReason: merged.notes.join('; '), degradedKind: 'answer_rejected' };
    return { analysis: merged.analysis, evidence: merged.evidence, mode: merged.mode, degraded: false, ...usage };
  }
}

function heuristicOutcome({ analysis, evidence }: HeuristicAnalysis): AnalysisOutcome {
  return { analysis, evidence, mode: 'heuristic', degraded: false, llmCalls: 0, promptTokens: 0, completionTokens: 0, cacheHit: false };
}

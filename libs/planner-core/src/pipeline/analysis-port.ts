import type { PlannerMode, QueryAnalysis } from '@mesh/a2a-contracts';
import type { HeuristicAnalysis, PlatformEvidence } from '../analysis/analyzer.types';
import type { PlanningContext } from './planning-context';

/**
 * An analysis and how it was made: the metadata of the planner's response. `Kind` is the union
 * of the analysis step's failure kinds (the LLM's, for the hybrid), so it travels typed to the
 * metric label.
 */
export interface AnalysisOutcome<Kind extends string = string> {
  readonly analysis: QueryAnalysis;
  readonly evidence: readonly PlatformEvidence[];
  readonly mode: PlannerMode;
  /** True when a model was wanted and could not be used. */
  readonly degraded: boolean;
  readonly degradedReason?: string;
  /** Why it was degraded, as a union member (the metric label); `degradedReason` is for people. */
  readonly degradedKind?: Kind;
  readonly llmCalls: number;
  readonly promptTokens: number;
  readonly completionTokens: number;
  readonly cacheHit: boolean;
  /** The model asked, when one was. */
  readonly model?: string;
  /** Time spent waiting for the model, ms (0 when it was not called). */
  readonly llmMs?: number;
}

/** What the analysis step gets: the request, read once, and the heuristic analysis of it. */
export interface AnalysisRequest {
  readonly context: PlanningContext;
  readonly heuristic: HeuristicAnalysis;
}

/**
 * The pipeline's analysis step beyond the heuristics (a model, or a model and an arbiter).
 * Implementations never throw for the model's faults: they answer with the heuristic
 * analysis, `degraded` and a reason.
 */
export interface AnalysisPort<Kind extends string = string> {
  analyze(request: AnalysisRequest): Promise<AnalysisOutcome<Kind>>;
}

/** The heuristic analysis as an outcome: no model asked, nothing spent. */
export function heuristicOutcome({ analysis, evidence }: HeuristicAnalysis): AnalysisOutcome<never> {
  return {
    analysis,
    evidence,
    mode: 'heuristic',
    degraded: false,
    llmCalls: 0,
    promptTokens: 0,
    completionTokens: 0,
    cacheHit: false,
  };
}

import { Injectable } from '@nestjs/common';
import type { PlannerMode, QueryAnalysis } from '@mesh/a2a-contracts';
import { analyzeHeuristically, type PlatformEvidence, type PlanningContext } from '@mesh/planner-core';
import { Clock } from './clock';

/** An analysis and how it was made: the metadata of the planner's response. */
export interface AnalysisOutcome {
  readonly analysis: QueryAnalysis;
  readonly evidence: readonly PlatformEvidence[];
  readonly mode: PlannerMode;
  /** True when the LLM was wanted and could not be used. */
  readonly degraded: boolean;
  readonly degradedReason?: string;
  readonly llmCalls: number;
  readonly promptTokens: number;
  readonly completionTokens: number;
  readonly cacheHit: boolean;
}

/** The query analyzer: the embedded heuristics (the LLM path wraps this provider). */
@Injectable()
export class QueryAnalyzerService {
  constructor(private readonly clock: Clock) {}

  async analyze(context: PlanningContext): Promise<AnalysisOutcome> {
    const { analysis, evidence } = analyzeHeuristically({
      naturalLanguage: context.naturalLanguage,
      catalog: context.catalog,
      agents: context.agents,
      userContext: context.userContext,
      now: this.clock.now(),
    });
    return { analysis, evidence, mode: 'heuristic', degraded: false, llmCalls: 0, promptTokens: 0, completionTokens: 0, cacheHit: false };
  }
}

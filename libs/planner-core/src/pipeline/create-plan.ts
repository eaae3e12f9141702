import type {
  Clarification,
  CreatePlanParameters,
  QueryAnalysis,
  SelectedAgents,
  WorkflowPlan,
} from '@mesh/a2a-contracts';
import type { PlatformEvidence } from '../analysis/analyzer.types';
import { analyzeHeuristically } from '../analysis/heuristic-analyzer';
import { clarificationFor } from '../clarification/clarification';
import { generateSteps } from '../generation/plan-generator';
import { finishPlan } from '../optimization/plan-optimizer';
import type { PlannerOptions } from '../planner-options';
import { selectAgents, type SelectionOutcome } from '../selection/agent-selector';
import { heuristicOutcome, type AnalysisOutcome, type AnalysisPort } from './analysis-port';
import { preparePlanningContext } from './planning-context';

/** What the pipeline needs from the outside world: a clock, ids, and optionally a model step. */
export interface PlanningDeps<Kind extends string = string> {
  readonly now: () => Date;
  readonly newPlanId: () => string;
  /** The analysis step after the heuristics (model + arbitration); absent: heuristics only. */
  readonly analysis?: AnalysisPort<Kind>;
}

export interface PlanOutcome<Kind extends string = string> {
  readonly plan: WorkflowPlan;
  /** The analysis as planned: platforms no agent serves are gone. */
  readonly analysis: QueryAnalysis;
  readonly selectedAgents: SelectedAgents;
  readonly evidence: readonly PlatformEvidence[];
  /** How the analysis was made (mode, degraded, model calls and tokens): the response metadata. */
  readonly analysisOutcome: AnalysisOutcome<Kind>;
}

/** A question with nothing to act on: no plan, a clarification for the user (`status: "input_required"`). */
export interface ClarificationOutcome<Kind extends string = string> {
  readonly clarification: Clarification;
  readonly analysis: QueryAnalysis;
  readonly evidence: readonly PlatformEvidence[];
  /** How the analysis was made: the response metadata. */
  readonly analysisOutcome: AnalysisOutcome<Kind>;
}

export function needsClarification<Kind extends string>(
  outcome: PlanOutcome<Kind> | ClarificationOutcome<Kind>,
): outcome is ClarificationOutcome<Kind> {
  return 'clarification' in outcome;
}

export interface PlanSummary {
  /** The analysis as planned: platforms no agent serves are gone. */
  readonly analysis: QueryAnalysis;
  readonly reasoning: string;
  readonly confidence: number;
}

/** The plan's reasoning and confidence, from the analysis and the agents chosen for it. */
export function summarizePlan(analysis: QueryAnalysis, selection: SelectionOutcome): PlanSummary {
  const planned: QueryAnalysis =
    selection.dropped.length === 0 ? analysis : { ...analysis, required_platforms: [...selection.platforms] };
  const knowledgeCount = selection.selected.knowledge_agents.length;
  const queries = selection.platforms.length;
  const reasoning = [
    `Analysis (${planned.intent}, ${planned.complexity}): ${planned.reasoning}`,
    `Agents: ${selection.selected.reasoning}`,
    `Plan: ${knowledgeCount} knowledge step${knowledgeCount === 1 ? '' : 's'} in parallel, then ${queries} query step${queries === 1 ? '' : 's'} (${selection.platforms.join(', ')}) using their results.`,
  ].join(' ');
  return { analysis: planned, reasoning, confidence: analysis.confidence * (selection.dropped.length > 0 ? 0.8 : 1) };
}

/**
 * The planning pipeline, the only one (the app, eval, benchmarks and the readiness probe run
 * it): read the request, analyze (heuristics, then the injected analysis step if any), ask for
 * a clarification when the question carries nothing to act on, else select, generate,
 * optimize, estimate.
 */
export async function createPlan<Kind extends string = string>(
  parameters: CreatePlanParameters,
  options: PlannerOptions,
  deps: PlanningDeps<Kind>,
): Promise<PlanOutcome<Kind> | ClarificationOutcome<Kind>> {
  const context = preparePlanningContext(parameters);
  const heuristic = analyzeHeuristically({
    naturalLanguage: context.naturalLanguage,
    catalog: context.catalog,
    agents: context.agents,
    userContext: context.userContext,
    now: deps.now(),
  });
  const outcome: AnalysisOutcome<Kind> = deps.analysis
    ? await deps.analysis.analyze({ context, heuristic })
    : heuristicOutcome(heuristic);
  const { analysis, evidence } = outcome;
  const clarification = clarificationFor({
    naturalLanguage: context.naturalLanguage,
    analysis,
    evidence,
    catalog: context.catalog,
    platforms: context.agents.dataPlatforms,
    modelRead: !outcome.degraded && (outcome.llmCalls > 0 || outcome.cacheHit),
  });
  if (clarification) return { clarification, analysis, evidence, analysisOutcome: outcome };
  const selection = selectAgents({ naturalLanguage: context.naturalLanguage, analysis, agents: context.agents });
  const summary = summarizePlan(analysis, selection);
  const steps = generateSteps({
    naturalLanguage: context.naturalLanguage,
    analysis: summary.analysis,
    selection,
    evidence,
    options,
  });
  const plan = finishPlan({
    planId: deps.newPlanId(),
    steps,
    reasoning: summary.reasoning,
    confidence: summary.confidence,
    options,
    knownAgentIds: context.agents.ids,
    plannerTokens: outcome.promptTokens + outcome.completionTokens,
    createdAt: deps.now().toISOString(),
  });
  return { plan, analysis: summary.analysis, selectedAgents: selection.selected, evidence, analysisOutcome: outcome };
}

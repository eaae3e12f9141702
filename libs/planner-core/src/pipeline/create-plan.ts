import type { Clarification, CreatePlanParameters, QueryAnalysis, SelectedAgents, WorkflowPlan } from '@mesh/a2a-contracts';
import type { PlatformEvidence } from '../analysis/analyzer.types';
import { analyzeHeuristically } from '../analysis/heuristic-analyzer';
import { clarificationFor } from '../clarification/clarification';
import { generateSteps } from '../generation/plan-generator';
import { finishPlan } from '../optimization/plan-optimizer';
import type { PlannerOptions } from '../planner-options';
import { selectAgents, type SelectionOutcome } from '../selection/agent-selector';
import { preparePlanningContext } from './planning-context';

/** What the pipeline needs from the outside world: a clock and ids. */
export interface PlanningDeps {
  readonly now: () => Date;
  readonly newPlanId: () => string;
}

export interface PlanOutcome {
  readonly plan: WorkflowPlan;
  readonly analysis: QueryAnalysis;
  readonly selectedAgents: SelectedAgents;
  readonly evidence: readonly PlatformEvidence[];
}

/** A question with nothing to act on: no plan, a clarification for the user (`status: "input_required"`). */
export interface ClarificationOutcome {
  readonly clarification: Clarification;
  readonly analysis: QueryAnalysis;
  readonly evidence: readonly PlatformEvidence[];
}

export function needsClarification(outcome: PlanOutcome | ClarificationOutcome): outcome is ClarificationOutcome {
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
  const planned: QueryAnalysis = selection.dropped.length === 0 ? analysis : { ...analysis, required_platforms: [...selection.platforms] };
  const knowledgeCount = selection.selected.knowledge_agents.length;
  const queries = selection.platforms.length;
  const reasoning = [
    `Analysis (${planned.intent}, ${planned.complexity}): ${planned.reasoning}`,
    `Agents: ${selection.selected.reasoning}`,
    `Plan: ${knowledgeCount} knowledge step${knowledgeCount === 1 ? '' : 's'} in parallel, then ${queries} query step${queries === 1 ? '' : 's'} (${selection.platforms.join(', ')}) using their results.`,
  ].join(' ');
  return { analysis: planned, reasoning, confidence: analysis.confidence * (selection.dropped.length > 0 ? 0.8 : 1) };
}

/** The whole heuristic pipeline, for tools and benchmarks: analyze, select, generate, optimize, estimate. */
export function createPlan(parameters: CreatePlanParameters, options: PlannerOptions, deps: PlanningDeps): PlanOutcome | ClarificationOutcome {
  const context = preparePlanningContext(parameters);
  const { analysis, evidence } = analyzeHeuristically({
    naturalLanguage: context.naturalLanguage,
    catalog: context.catalog,
    agents: context.agents,
    userContext: context.userContext,
    now: deps.now(),
  });
  const clarification = clarificationFor({ naturalLanguage: context.naturalLanguage, analysis, evidence, catalog: context.catalog, platforms: context.agents.dataPlatforms });
  if (clarification) return { clarification, analysis, evidence };
  const selection = selectAgents({ naturalLanguage: context.naturalLanguage, analysis, agents: context.agents });
  const summary = summarizePlan(analysis, selection);
  const steps = generateSteps({ naturalLanguage: context.naturalLanguage, analysis: summary.analysis, selection, evidence, options });
  const plan = finishPlan({
    planId: deps.newPlanId(),
    steps,
    reasoning: summary.reasoning,
    confidence: summary.confidence,
    options,
    knownAgentIds: context.agents.ids,
    createdAt: deps.now().toISOString(),
  });
  return { plan, analysis: summary.analysis, selectedAgents: selection.selected, evidence };
}

import type { CreatePlanParameters, QueryAnalysis, SelectedAgents, WorkflowPlan } from '@mesh/a2a-contracts';
import type { PlatformEvidence } from '../analysis/analyzer.types';
import { analyzeHeuristically } from '../analysis/heuristic-analyzer';
import { generateSteps } from '../generation/plan-generator';
import { finishPlan } from '../optimization/plan-optimizer';
import type { PlannerOptions } from '../planner-options';
import { selectAgents } from '../selection/agent-selector';
import { preparePlanningContext, type PlanningContext } from './planning-context';

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

export interface BuildPlanInput {
  readonly context: PlanningContext;
  readonly analysis: QueryAnalysis;
  readonly evidence?: readonly PlatformEvidence[];
  readonly options: PlannerOptions;
  readonly deps: PlanningDeps;
  /** Tokens the planner spent on its own analysis (the LLM call), if any. */
  readonly plannerTokens?: number;
}

/** From an analysis (heuristic, LLM or both) to a finished plan: select, generate, optimize, estimate. */
export function buildPlan(input: BuildPlanInput): PlanOutcome {
  const { context, options } = input;
  const selection = selectAgents({ naturalLanguage: context.naturalLanguage, analysis: input.analysis, agents: context.agents });
  const analysis: QueryAnalysis =
    selection.dropped.length === 0 ? input.analysis : { ...input.analysis, required_platforms: [...selection.platforms] };
  const steps = generateSteps({ naturalLanguage: context.naturalLanguage, analysis, selection, evidence: input.evidence, options });

  const knowledgeCount = selection.selected.knowledge_agents.length;
  const reasoning = [
    `Analysis (${analysis.intent}, ${analysis.complexity}): ${analysis.reasoning}`,
    `Agents: ${selection.selected.reasoning}`,
    `Plan: ${knowledgeCount} knowledge step${knowledgeCount === 1 ? '' : 's'} in parallel, then ${selection.platforms.length} query step${selection.platforms.length === 1 ? '' : 's'} (${selection.platforms.join(', ')}) that use${selection.platforms.length === 1 ? 's' : ''} their results.`,
  ].join(' ');
  const confidence = analysis.confidence * (selection.dropped.length > 0 ? 0.8 : 1);

  const plan = finishPlan({
    planId: input.deps.newPlanId(),
    steps,
    reasoning,
    confidence,
    options,
    knownAgentIds: context.agents.ids,
    plannerTokens: input.plannerTokens,
    createdAt: input.deps.now().toISOString(),
  });
  return { plan, analysis, selectedAgents: selection.selected, evidence: input.evidence ?? [] };
}

/** The whole heuristic pipeline, for tools and benchmarks: no LLM, no Nest, no I/O. */
export function createPlan(parameters: CreatePlanParameters, options: PlannerOptions, deps: PlanningDeps): PlanOutcome {
  const context = preparePlanningContext(parameters);
  const { analysis, evidence } = analyzeHeuristically({
    naturalLanguage: context.naturalLanguage,
    catalog: context.catalog,
    agents: context.agents,
    userContext: context.userContext,
    now: deps.now(),
  });
  return buildPlan({ context, analysis, evidence, options, deps });
}

import type { WorkflowPlan, WorkflowStep } from '@mesh/a2a-contracts';
import { DEFAULT_COST_MODEL, estimateStep, tokensToUsd, type CostModel } from '../estimation/cost-estimator';
import type { PlannerOptions } from '../planner-options';
import { criticalPath, groupedMakespan } from './critical-path.util';
import { validatePlanStructure } from './plan-validator.util';
import { splitWideLayers, topologicalLayers } from './topological-layers.util';

/** The longest step the contract allows (`timeout_seconds` at most one day). */
const MAX_STEP_SECONDS = 86_400;

export interface FinishPlanInput {
  readonly planId: string;
  readonly steps: readonly WorkflowStep[];
  readonly reasoning: string;
  readonly confidence: number;
  readonly options: PlannerOptions;
  /** When given, every step's agent must be one of these. */
  readonly knownAgentIds?: ReadonlySet<string>;
  /** Measured durations (optimize_plan feedback) override the estimates. */
  readonly observedSeconds?: Readonly<Record<string, number>>;
  /** Tokens the planner itself spent (its LLM call), added to the plan's cost. */
  readonly plannerTokens?: number;
  readonly createdAt?: string;
  readonly costModel?: CostModel;
}

/**
 * Validates the steps, groups them into parallel layers no wider than `maxParallelAgents`,
 * estimates each step, and totals the plan: the makespan of running it group by group, the
 * critical path, tokens and cost.
 */
export function finishPlan(input: FinishPlanInput): WorkflowPlan {
  const order = validatePlanStructure(input.steps, input.knownAgentIds);
  const groups = splitWideLayers(topologicalLayers(input.steps, order), input.options.maxParallelAgents);

  const byId = new Map(input.steps.map((s) => [s.step_id, s]));
  const seconds = new Map<string, number>();
  const tokens = new Map<string, number>();
  const estimated: WorkflowStep[] = [];
  for (const id of order) {
    const step = byId.get(id)!;
    const knowledgeTokens = step.depends_on.reduce(
      (sum, dep) => sum + (byId.get(dep)?.agent_type === 'knowledge' ? (tokens.get(dep) ?? 0) : 0),
      0,
    );
    const estimate = estimateStep(step, knowledgeTokens, input.costModel ?? DEFAULT_COST_MODEL);
    const observed = input.observedSeconds?.[id];
    // A measured duration counts up to the longest step timeout the contract allows, so totals stay finite.
    seconds.set(
      id,
      typeof observed === 'number' && Number.isFinite(observed) && observed >= 0
        ? Math.min(observed, MAX_STEP_SECONDS)
        : estimate.seconds,
    );
    tokens.set(id, estimate.tokens);
  }
  for (const step of input.steps) {
    estimated.push({
      ...step,
      estimated_duration_seconds: round(seconds.get(step.step_id)!, 3),
      estimated_tokens: tokens.get(step.step_id)!,
    });
  }

  const path = criticalPath(input.steps, order, (s) => seconds.get(s.step_id)!);
  const totalTokens = [...tokens.values()].reduce((a, b) => a + b, 0) + (input.plannerTokens ?? 0);
  return {
    plan_id: input.planId,
    steps: estimated,
    parallel_execution_groups: groups,
    estimated_duration_seconds: round(groupedMakespan(groups, seconds), 3),
    estimated_cost_usd: tokensToUsd(totalTokens, input.options.costPer1kTokensUsd),
    reasoning: input.reasoning,
    confidence: round(Math.min(1, Math.max(0, input.confidence)), 2),
    critical_path: path.path,
    estimated_tokens: totalTokens,
    ...(input.createdAt ? { created_at: input.createdAt } : {}),
  };
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

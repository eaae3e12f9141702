import type { WorkflowPlan, WorkflowStep } from '@mesh/a2a-contracts';
import { DEFAULT_COST_MODEL, estimateStep, tokensToUsd, type CostModel } from '../estimation/cost-estimator';
import type { PlannerOptions } from '../planner-options';
import { criticalPathOfStructure, groupedMakespan } from './critical-path.util';
import { readPlanStructure } from './plan-validator.util';
import { splitWideLayers, topologicalLayersOfStructure } from './topological-layers.util';

/** The longest step the contract allows (`timeout_seconds` at most one day). */
const MAX_STEP_SECONDS = 86_400;

export interface FinishPlanInput {
  readonly planId: string;
  readonly steps: readonly WorkflowStep[];
  /**
   * The steps' dependencies as positions in `steps`, when the caller built the steps from a checked
   * plan (unique ids, existing dependencies); the agents and the cycles are checked all the same.
   */
  readonly edges?: readonly Int32Array[];
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
  const steps = input.steps;
  const structure = readPlanStructure(steps, input.knownAgentIds, input.edges);
  const groups = splitWideLayers(topologicalLayersOfStructure(steps, structure), input.options.maxParallelAgents);

  // By position: each dependency is an index, not a string to hash (a dense plan has 100,000s).
  const seconds = new Float64Array(steps.length);
  const tokens = new Float64Array(steps.length);
  for (const node of structure.order) {
    const step = steps[node]!;
    const dependencies = structure.edges[node]!;
    let knowledgeTokens = 0;
    for (let i = 0; i < dependencies.length; i++)
      knowledgeTokens += steps[dependencies[i]!]!.agent_type === 'knowledge' ? tokens[dependencies[i]!]! : 0;
    const estimate = estimateStep(step, knowledgeTokens, input.costModel ?? DEFAULT_COST_MODEL);
    const observed = input.observedSeconds?.[step.step_id];
    // A measured duration counts up to the longest step timeout the contract allows, so totals stay finite.
    seconds[node] =
      typeof observed === 'number' && Number.isFinite(observed) && observed >= 0
        ? Math.min(observed, MAX_STEP_SECONDS)
        : estimate.seconds;
    tokens[node] = estimate.tokens;
  }
  const estimated: WorkflowStep[] = steps.map((step, node) => ({
    ...step,
    estimated_duration_seconds: round(seconds[node]!, 3),
    estimated_tokens: tokens[node]!,
  }));

  const path = criticalPathOfStructure(steps, structure, (node) => seconds[node]!);
  // Summed in dependency order, as before positions.
  let totalTokens = 0;
  for (const node of structure.order) totalTokens += tokens[node]!;
  totalTokens += input.plannerTokens ?? 0;
  const secondsById = new Map(structure.order.map((node) => [steps[node]!.step_id, seconds[node]!]));
  return {
    plan_id: input.planId,
    steps: estimated,
    parallel_execution_groups: groups,
    estimated_duration_seconds: round(groupedMakespan(groups, secondsById), 3),
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

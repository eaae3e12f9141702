import type { AgentDescriptor, OptimizePlanParameters, WorkflowPlan, WorkflowStep } from '@mesh/a2a-contracts';
import { buildAgentDirectory, normalizeKey, type AgentDirectory } from '../context/agent-directory';
import { finishPlan } from '../optimization/plan-optimizer';
import { validatePlanStructure } from '../optimization/plan-validator.util';
import { PlannerErrorCode, PlannerException } from '../planner.exception';
import type { PlannerOptions } from '../planner-options';
import { pickDeterministically } from '../selection/agent-selector';

export interface OptimizeOutcome {
  readonly plan: WorkflowPlan;
  /** What was changed, one sentence each. */
  readonly changes: readonly string[];
}

/** Agents that do the same job as a step's agent: same kind, platform or domain, and action. */
function equivalents(step: WorkflowStep, agents: AgentDirectory, excluded: ReadonlySet<string>): AgentDescriptor[] {
  const original = [...agents.data, ...agents.knowledge].find((a) => a.agent_id === step.agent_id);
  if (step.agent_type === 'data') {
    const platform = normalizeKey((step.parameters['platform'] as string | undefined) ?? original?.platform);
    return agents.data.filter((a) => !excluded.has(a.agent_id) && normalizeKey(a.platform) === platform);
  }
  if (step.agent_type === 'knowledge') {
    const domain = normalizeKey((step.parameters['domain'] as string | undefined) ?? original?.knowledge_domain);
    return agents.knowledge.filter((a) => !excluded.has(a.agent_id) && normalizeKey(a.knowledge_domain) === domain);
  }
  return [];
}

/** Removes a step and hands its dependencies down to the steps that waited for it. */
function removeStep(steps: WorkflowStep[], stepId: string): WorkflowStep[] {
  const removed = steps.find((s) => s.step_id === stepId);
  const inherited = removed?.depends_on ?? [];
  return steps
    .filter((s) => s.step_id !== stepId)
    .map((s) => (s.depends_on.includes(stepId) ? { ...s, depends_on: [...new Set([...s.depends_on.filter((d) => d !== stepId), ...inherited])] } : s));
}

/**
 * Re-validates a plan, swaps failed or unavailable agents for equivalent ones (when the
 * execution context lists some), drops steps nobody can run, and re-groups and re-estimates
 * it with the durations observed so far.
 */
export function optimizePlan(parameters: OptimizePlanParameters, options: PlannerOptions): OptimizeOutcome {
  const changes: string[] = [];
  let steps: WorkflowStep[] = parameters.plan.steps.map((s) => ({ ...s, depends_on: [...s.depends_on] }));
  validatePlanStructure(steps);

  const feedback = parameters.feedback ?? {};
  const failedSteps = new Set(feedback.failed_steps ?? []);
  const excluded = new Set(feedback.unavailable_agents ?? []);
  for (const step of steps) if (failedSteps.has(step.step_id)) excluded.add(step.agent_id);

  const agents = parameters.execution_context ? buildAgentDirectory(parameters.execution_context.available_agents) : undefined;
  for (const step of [...steps]) {
    if (!excluded.has(step.agent_id)) continue;
    if (!agents) {
      changes.push(`${step.step_id}: agent ${step.agent_id} reported failed or unavailable; no execution_context to find a replacement, kept as is`);
      continue;
    }
    const candidates = equivalents(step, agents, excluded);
    const replacement = pickDeterministically(candidates);
    if (replacement) {
      steps = steps.map((s) => (s.step_id === step.step_id ? { ...s, agent_id: replacement.agent_id } : s));
      changes.push(`${step.step_id}: ${step.agent_id} replaced by equivalent agent ${replacement.agent_id}`);
    } else {
      steps = removeStep(steps, step.step_id);
      changes.push(`${step.step_id}: no equivalent of ${step.agent_id} is available; step removed`);
    }
  }

  if (steps.length === 0 || (parameters.plan.steps.some((s) => s.agent_type === 'data') && !steps.some((s) => s.agent_type === 'data'))) {
    throw new PlannerException(PlannerErrorCode.NoPlatformAvailable, 'No data step of the plan can run: their agents failed or are unavailable and no equivalent agent exists.', changes);
  }

  const plan = finishPlan({
    planId: parameters.plan.plan_id,
    steps,
    reasoning: [parameters.plan.reasoning, changes.length ? `Optimized: ${changes.join('; ')}.` : 'Optimized: re-validated and re-grouped, no agent changes.']
      .filter(Boolean)
      .join(' '),
    confidence: typeof parameters.plan.confidence === 'number' ? parameters.plan.confidence : 0.5,
    options,
    knownAgentIds: agents?.ids,
    observedSeconds: feedback.step_durations_seconds,
    createdAt: parameters.plan.created_at,
  });
  return { plan, changes };
}

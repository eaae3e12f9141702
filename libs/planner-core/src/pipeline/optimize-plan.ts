import type { AgentDescriptor, OptimizePlanParameters, WorkflowPlan, WorkflowStep } from '@mesh/a2a-contracts';
import { buildAgentDirectory, normalizeKey, type AgentDirectory } from '../context/agent-directory';
import { finishPlan } from '../optimization/plan-optimizer';
import { readPlanStructure, type PlanStructure } from '../optimization/plan-validator.util';
import { PlannerErrorCode, PlannerException } from '../planner.exception';
import type { PlannerOptions } from '../planner-options';
import { pickDeterministically } from '../selection/agent-selector';

export interface OptimizeOutcome {
  readonly plan: WorkflowPlan;
  /** What was changed, one sentence each. */
  readonly changes: readonly string[];
}

/** A string parameter of a step, or undefined when the plan put something else there. */
function textParameter(step: WorkflowStep, name: string): string | undefined {
  const value = step.parameters[name];
  return typeof value === 'string' ? value : undefined;
}

/** Agents that do the same job as a step's agent: same kind, platform or domain, and action. */
function equivalents(
  step: WorkflowStep,
  agents: AgentDirectory,
  byId: ReadonlyMap<string, AgentDescriptor>,
  excluded: ReadonlySet<string>,
): AgentDescriptor[] {
  const original = byId.get(step.agent_id);
  if (step.agent_type === 'data') {
    const platform = normalizeKey(textParameter(step, 'platform') ?? original?.platform);
    return agents.data.filter((a) => !excluded.has(a.agent_id) && normalizeKey(a.platform) === platform);
  }
  if (step.agent_type === 'knowledge') {
    const domain = normalizeKey(textParameter(step, 'domain') ?? original?.knowledge_domain);
    return agents.knowledge.filter((a) => !excluded.has(a.agent_id) && normalizeKey(a.knowledge_domain) === domain);
  }
  return [];
}

/**
 * Removes steps and hands their dependencies down to the steps that waited for them, through
 * chains of removed steps: a step keeps its other dependencies and gains the kept steps its
 * removed dependencies waited for, in plan order. Each removed step's kept ancestors are
 * worked out once, as a bit set over the kept steps (the steps come in dependency order), so
 * a dense 1,000-step plan costs a few million word operations, not one rewrite of the whole
 * plan per removal. Works on positions (`structure`): no step id is hashed per edge. Returns the
 * kept steps and their dependencies as positions among them.
 */
function removeSteps(
  steps: readonly WorkflowStep[],
  structure: PlanStructure,
  removed: Uint8Array,
): { steps: WorkflowStep[]; edges: Int32Array[] } {
  if (!removed.includes(1)) return { steps: [...steps], edges: [...structure.edges] };
  const keptIndex = new Int32Array(steps.length).fill(-1);
  const keptAt: number[] = [];
  for (let node = 0; node < steps.length; node++)
    if (!removed[node]) {
      keptIndex[node] = keptAt.length;
      keptAt.push(node);
    }
  const words = Math.ceil(keptAt.length / 32);
  const inherited: Array<Uint32Array | undefined> = new Array(steps.length);
  /** ORs into `bits` the kept ancestors reached through one dependency (itself, when kept). */
  const addAncestors = (dependency: number, bits: Uint32Array): void => {
    const from = inherited[dependency];
    if (from) for (let w = 0; w < words; w++) bits[w]! |= from[w]!;
    else {
      const index = keptIndex[dependency]!;
      bits[index >>> 5]! |= 1 << (index & 31);
    }
  };
  for (const node of structure.order) {
    if (!removed[node]) continue;
    const bits = new Uint32Array(words);
    const dependencies = structure.edges[node]!;
    for (let i = 0; i < dependencies.length; i++) addAncestors(dependencies[i]!, bits);
    inherited[node] = bits;
  }
  // Scratch space reused across steps: which kept steps a step already lists, and what it inherits.
  const present = new Uint8Array(keptAt.length);
  const gained = new Uint32Array(words);
  const keptSteps: WorkflowStep[] = [];
  const keptEdges: Int32Array[] = [];
  for (const node of keptAt) {
    const step = steps[node]!;
    const dependencies = structure.edges[node]!;
    let removesOne = false;
    for (let i = 0; i < dependencies.length && !removesOne; i++) removesOne = removed[dependencies[i]!] === 1;
    if (!removesOne) {
      const positions = new Int32Array(dependencies.length);
      for (let i = 0; i < dependencies.length; i++) positions[i] = keptIndex[dependencies[i]!]!;
      keptSteps.push(step);
      keptEdges.push(positions);
      continue;
    }
    const dependsOn: string[] = [];
    const listed: number[] = [];
    gained.fill(0);
    for (let i = 0; i < dependencies.length; i++) {
      const dependency = dependencies[i]!;
      if (removed[dependency]) addAncestors(dependency, gained);
      else {
        const index = keptIndex[dependency]!;
        if (!present[index]) {
          present[index] = 1;
          listed.push(index);
          dependsOn.push(step.depends_on[i]!);
        }
      }
    }
    // The inherited ones in plan order (bit positions ascending), after the step's own.
    for (let w = 0; w < words; w++) {
      let word = gained[w]!;
      while (word !== 0) {
        const low = word & -word;
        word ^= low;
        const index = w * 32 + (31 - Math.clz32(low));
        if (!present[index]) {
          present[index] = 1;
          listed.push(index);
          dependsOn.push(steps[keptAt[index]!]!.step_id);
        }
      }
    }
    for (const index of listed) present[index] = 0;
    keptSteps.push({ ...step, depends_on: dependsOn });
    keptEdges.push(new Int32Array(listed));
  }
  return { steps: keptSteps, edges: keptEdges };
}

/**
 * Re-validates a plan, swaps failed or unavailable agents for equivalent ones (when the
 * execution context lists some), drops steps nobody can run, and re-groups and re-estimates
 * it with the durations observed so far.
 */
export function optimizePlan(parameters: OptimizePlanParameters, options: PlannerOptions): OptimizeOutcome {
  const changes: string[] = [];
  const original: readonly WorkflowStep[] = parameters.plan.steps;
  const structure = readPlanStructure(original);

  const feedback = parameters.feedback ?? {};
  const failedSteps = new Set(feedback.failed_steps ?? []);
  const excluded = new Set(feedback.unavailable_agents ?? []);
  for (const step of original) if (failedSteps.has(step.step_id)) excluded.add(step.agent_id);

  const agents = parameters.execution_context
    ? buildAgentDirectory(parameters.execution_context.available_agents)
    : undefined;
  const agentsById = new Map([...(agents?.knowledge ?? []), ...(agents?.data ?? [])].map((a) => [a.agent_id, a]));
  const replacements = new Map<string, string>();
  const removed = new Uint8Array(original.length);
  // One decision per agent: every step of an excluded agent gets the same replacement (or none).
  const replacementFor = new Map<string, AgentDescriptor | undefined>();
  for (let node = 0; node < original.length; node++) {
    const step = original[node]!;
    if (!excluded.has(step.agent_id)) continue;
    if (!agents) {
      changes.push(
        `${step.step_id}: agent ${step.agent_id} reported failed or unavailable; no execution_context to find a replacement, kept as is`,
      );
      continue;
    }
    const key = `${step.agent_type}\u0000${step.agent_id}\u0000${textParameter(step, 'platform') ?? ''}\u0000${textParameter(step, 'domain') ?? ''}`;
    if (!replacementFor.has(key))
      replacementFor.set(key, pickDeterministically(equivalents(step, agents, agentsById, excluded)));
    const replacement = replacementFor.get(key);
    if (replacement) {
      replacements.set(step.step_id, replacement.agent_id);
      changes.push(`${step.step_id}: ${step.agent_id} replaced by equivalent agent ${replacement.agent_id}`);
    } else {
      removed[node] = 1;
      changes.push(`${step.step_id}: no equivalent of ${step.agent_id} is available; step removed`);
    }
  }
  const rest = removeSteps(original, structure, removed);
  const steps = rest.steps.map((s) => {
    const agentId = replacements.get(s.step_id);
    return agentId ? { ...s, agent_id: agentId } : s;
  });

  if (
    steps.length === 0 ||
    (parameters.plan.steps.some((s) => s.agent_type === 'data') && !steps.some((s) => s.agent_type === 'data'))
  ) {
    throw new PlannerException(
      PlannerErrorCode.NoPlatformAvailable,
      'No data step of the plan can run: their agents failed or are unavailable and no equivalent agent exists.',
      changes,
    );
  }

  const plan = finishPlan({
    planId: parameters.plan.plan_id,
    steps,
    edges: rest.edges,
    reasoning: [
      parameters.plan.reasoning,
      changes.length
        ? `Optimized: ${changes.join('; ')}.`
        : 'Optimized: re-validated and re-grouped, no agent changes.',
    ]
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

import type { WorkflowPlan } from '@mesh/a2a-contracts';

/**
 * The contract's invariants a plan must keep, checked independently of the code that made
 * it: unique step ids, dependencies that exist, no cycles, agents among the available ones,
 * every step in exactly one parallel group, groups a topological layering. Returns one
 * sentence per violation; an empty list means the plan is valid.
 */
export function planInvariantViolations(plan: WorkflowPlan, availableAgentIds?: ReadonlySet<string>): string[] {
  const violations: string[] = [];
  const ids = new Set<string>();
  for (const step of plan.steps) {
    if (ids.has(step.step_id)) violations.push(`duplicate step id ${step.step_id}`);
    ids.add(step.step_id);
    if (availableAgentIds && !availableAgentIds.has(step.agent_id))
      violations.push(`step ${step.step_id} uses unavailable agent ${step.agent_id}`);
  }
  for (const step of plan.steps) {
    for (const dependency of step.depends_on)
      if (!ids.has(dependency)) violations.push(`step ${step.step_id} depends on missing ${dependency}`);
  }

  const groupOf = new Map<string, number>();
  plan.parallel_execution_groups.forEach((group, index) => {
    for (const id of group) {
      if (!ids.has(id)) violations.push(`group ${index} names unknown step ${id}`);
      if (groupOf.has(id)) violations.push(`step ${id} is in more than one group`);
      groupOf.set(id, index);
    }
  });
  for (const step of plan.steps) {
    const group = groupOf.get(step.step_id);
    if (group === undefined) {
      violations.push(`step ${step.step_id} is in no group`);
      continue;
    }
    for (const dependency of step.depends_on) {
      const dependencyGroup = groupOf.get(dependency);
      if (dependencyGroup !== undefined && dependencyGroup >= group)
        violations.push(`step ${step.step_id} runs no later than its dependency ${dependency}`);
    }
  }
  // A layering where every dependency sits in an earlier group cannot hold a cycle; check
  // anyway when the groups are broken, so a cyclic plan is always reported as such.
  if (violations.length > 0 && hasCycle(plan)) violations.push('the steps form a dependency cycle');
  return violations;
}

function hasCycle(plan: WorkflowPlan): boolean {
  const state = new Map<string, 'visiting' | 'done'>();
  const byId = new Map(plan.steps.map((s) => [s.step_id, s]));
  for (const start of plan.steps) {
    if (state.has(start.step_id)) continue;
    const stack: Array<{ id: string; next: number }> = [{ id: start.step_id, next: 0 }];
    state.set(start.step_id, 'visiting');
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const deps = byId.get(frame.id)?.depends_on ?? [];
      if (frame.next >= deps.length) {
        state.set(frame.id, 'done');
        stack.pop();
        continue;
      }
      const dep = deps[frame.next++]!;
      if (state.get(dep) === 'visiting') return true;
      if (!state.has(dep) && byId.has(dep)) {
        state.set(dep, 'visiting');
        stack.push({ id: dep, next: 0 });
      }
    }
  }
  return false;
}

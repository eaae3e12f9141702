/** The parts of a plan the contract's invariants talk about, read defensively (an HTTP answer may be anything). */
interface StepLike {
  readonly step_id: string;
  readonly agent_id: string;
  readonly agent_type?: string;
  readonly depends_on: readonly string[];
  readonly parameters?: Record<string, unknown>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function readSteps(plan: Record<string, unknown>, violations: string[]): StepLike[] {
  const raw = plan['steps'];
  if (!Array.isArray(raw)) {
    violations.push('plan has no steps array');
    return [];
  }
  const steps: StepLike[] = [];
  raw.forEach((item, index) => {
    if (!isRecord(item) || typeof item['step_id'] !== 'string' || typeof item['agent_id'] !== 'string' || !Array.isArray(item['depends_on'])) {
      violations.push(`step #${index} is malformed`);
      return;
    }
    steps.push({
      step_id: item['step_id'],
      agent_id: item['agent_id'],
      agent_type: typeof item['agent_type'] === 'string' ? item['agent_type'] : undefined,
      depends_on: item['depends_on'].filter((d): d is string => typeof d === 'string'),
      parameters: isRecord(item['parameters']) ? item['parameters'] : undefined,
    });
  });
  return steps;
}

/**
 * The contract's invariants, checked on a plan: unique step ids, dependencies that name
 * steps, no cycles, known agents, every step in exactly one parallel group, and groups that
 * form a topological layering. Returns what is broken (empty when the plan is valid).
 */
export function planViolations(plan: unknown, knownAgentIds: ReadonlySet<string>): string[] {
  const violations: string[] = [];
  if (!isRecord(plan)) return ['no plan'];
  const steps = readSteps(plan, violations);
  const ids = new Set<string>();
  for (const step of steps) {
    if (ids.has(step.step_id)) violations.push(`duplicate step id ${step.step_id}`);
    ids.add(step.step_id);
    if (!knownAgentIds.has(step.agent_id)) violations.push(`step ${step.step_id} uses unknown agent ${step.agent_id}`);
  }
  for (const step of steps) for (const dep of step.depends_on) if (!ids.has(dep)) violations.push(`step ${step.step_id} depends on missing ${dep}`);

  const groups = Array.isArray(plan['parallel_execution_groups']) ? plan['parallel_execution_groups'] : null;
  if (!groups) {
    violations.push('plan has no parallel_execution_groups');
    return violations;
  }
  const layerOf = new Map<string, number>();
  groups.forEach((group, layer) => {
    if (!Array.isArray(group)) {
      violations.push(`group #${layer} is not a list`);
      return;
    }
    for (const id of group) {
      if (typeof id !== 'string' || !ids.has(id)) violations.push(`group #${layer} names unknown step ${String(id)}`);
      else if (layerOf.has(id)) violations.push(`step ${id} is in more than one group`);
      else layerOf.set(id, layer);
    }
  });
  for (const step of steps) {
    const layer = layerOf.get(step.step_id);
    if (layer === undefined) {
      violations.push(`step ${step.step_id} is in no group`);
      continue;
    }
    for (const dep of step.depends_on) {
      const depLayer = layerOf.get(dep);
      // A dependency in the same or a later group is also how a cycle shows up in a layering.
      if (depLayer !== undefined && depLayer >= layer) violations.push(`step ${step.step_id} runs no later than its dependency ${dep}`);
    }
  }
  return violations;
}

/** Platforms the plan's data steps query, in step order. */
export function dataStepPlatforms(plan: unknown): string[] {
  if (!isRecord(plan) || !Array.isArray(plan['steps'])) return [];
  const platforms: string[] = [];
  for (const step of plan['steps']) {
    if (!isRecord(step) || step['agent_type'] !== 'data' || !isRecord(step['parameters'])) continue;
    const platform = step['parameters']['platform'];
    if (typeof platform === 'string' && !platforms.includes(platform)) platforms.push(platform);
  }
  return platforms;
}

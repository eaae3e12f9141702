import type { WorkflowPlan } from '@mesh/a2a-contracts';

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * A plan as the scorer received it (an HTTP answer may be anything), checked for the shape
 * `planInvariantViolations` reads: steps with ids, agents and dependencies, and parallel groups
 * of step ids. Returns the plan, or what is malformed.
 */
export function readPlan(plan: unknown): { plan: WorkflowPlan } | { malformed: string[] } {
  if (!isRecord(plan)) return { malformed: ['no plan'] };
  const malformed: string[] = [];
  const steps = plan['steps'];
  if (!Array.isArray(steps)) malformed.push('plan has no steps array');
  else {
    steps.forEach((step, index) => {
      const ok =
        isRecord(step) &&
        typeof step['step_id'] === 'string' &&
        typeof step['agent_id'] === 'string' &&
        Array.isArray(step['depends_on']) &&
        step['depends_on'].every((d) => typeof d === 'string');
      if (!ok) malformed.push(`step #${index} is malformed`);
    });
  }
  const groups = plan['parallel_execution_groups'];
  if (!Array.isArray(groups) || !groups.every((g) => Array.isArray(g) && g.every((id) => typeof id === 'string')))
    malformed.push('plan has no parallel_execution_groups of step ids');
  return malformed.length > 0 ? { malformed } : { plan: plan as unknown as WorkflowPlan };
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

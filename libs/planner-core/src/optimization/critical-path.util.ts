import type { WorkflowStep } from '@mesh/a2a-contracts';
import type { PlanStructure } from './plan-validator.util';

export interface CriticalPath {
  /** Step ids along the longest chain of dependencies, first to last. */
  readonly path: string[];
  /** Its length in seconds: the shortest time the plan could take with unbounded parallelism. */
  readonly seconds: number;
}

/** The longest-duration chain through the DAG. `order` is a dependency order of the steps. */
export function criticalPath(
  steps: readonly WorkflowStep[],
  order: readonly string[],
  durationOf: (step: WorkflowStep) => number,
): CriticalPath {
  const byId = new Map(steps.map((s) => [s.step_id, s]));
  const finish = new Map<string, number>();
  const previous = new Map<string, string | undefined>();
  let end: string | undefined;
  for (const id of order) {
    const step = byId.get(id)!;
    let start = 0;
    let via: string | undefined;
    for (const dependency of step.depends_on) {
      const f = finish.get(dependency) ?? 0;
      if (via === undefined || f > start) {
        start = f;
        via = dependency;
      }
    }
    finish.set(id, start + durationOf(step));
    previous.set(id, via);
    if (end === undefined || finish.get(id)! > finish.get(end)!) end = id;
  }
  const path: string[] = [];
  for (let id = end; id !== undefined; id = previous.get(id)) path.unshift(id);
  return { path, seconds: end === undefined ? 0 : finish.get(end)! };
}

/** How long the plan takes when run group by group (each group as long as its slowest step). */
export function groupedMakespan(groups: readonly string[][], durationById: ReadonlyMap<string, number>): number {
  return groups.reduce((sum, group) => sum + Math.max(0, ...group.map((id) => durationById.get(id) ?? 0)), 0);
}

/** {@link criticalPath} over a checked plan's graph read as positions (`readPlanStructure`); `secondsOf(position)`. */
export function criticalPathOfStructure(
  steps: readonly WorkflowStep[],
  structure: PlanStructure,
  secondsOf: (position: number) => number,
): CriticalPath {
  const finish = new Float64Array(steps.length);
  const previous = new Int32Array(steps.length).fill(-1);
  let end = -1;
  for (const node of structure.order) {
    const dependencies = structure.edges[node]!;
    let start = 0;
    let via = -1;
    for (let i = 0; i < dependencies.length; i++) {
      const f = finish[dependencies[i]!]!;
      if (via === -1 || f > start) {
        start = f;
        via = dependencies[i]!;
      }
    }
    finish[node] = start + secondsOf(node);
    previous[node] = via;
    if (end === -1 || finish[node]! > finish[end]!) end = node;
  }
  const path: string[] = [];
  for (let node = end; node !== -1; node = previous[node]!) path.push(steps[node]!.step_id);
  return { path: path.reverse(), seconds: end === -1 ? 0 : finish[end]! };
}

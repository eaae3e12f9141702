import { A2AErrorCode } from '@mesh/a2a-contracts';
import { MeshCallException } from './mesh-call.exception';

/** What the layering needs of a step. */
export interface LayerableStep {
  readonly step_id: string;
  readonly depends_on: readonly string[];
}

/** Whether `groups` hold every step exactly once, each after all of its dependencies. */
function isTopologicalLayering(steps: readonly LayerableStep[], groups: readonly (readonly string[])[]): boolean {
  const layerOf = new Map<string, number>();
  for (const [layer, group] of groups.entries()) {
    if (!Array.isArray(group)) return false;
    for (const id of group) {
      if (typeof id !== 'string' || layerOf.has(id)) return false;
      layerOf.set(id, layer);
    }
  }
  if (layerOf.size !== steps.length) return false;
  return steps.every((step) => {
    const layer = layerOf.get(step.step_id);
    return layer !== undefined && step.depends_on.every((dependency) => (layerOf.get(dependency) ?? Infinity) < layer);
  });
}

/** Kahn's algorithm by layers: a step sits one layer after its latest dependency. */
function computeLayers(steps: readonly LayerableStep[]): string[][] {
  const remaining = new Map(steps.map((step) => [step.step_id, new Set(step.depends_on)]));
  const layers: string[][] = [];
  while (remaining.size > 0) {
    const ready = [...remaining].filter(([, dependencies]) => dependencies.size === 0).map(([id]) => id);
    if (ready.length === 0) {
      const cycle = [...remaining.keys()];
      throw new MeshCallException(
        A2AErrorCode.DependencyCycle,
        `The plan's steps depend on each other in a cycle: ${cycle.join(', ')}.`,
        cycle,
      );
    }
    for (const id of ready) remaining.delete(id);
    for (const dependencies of remaining.values()) for (const id of ready) dependencies.delete(id);
    layers.push(ready);
  }
  return layers;
}

/**
 * The order to run a plan in: its `parallel_execution_groups` when they are a valid
 * topological layering of its steps, else layers computed from `depends_on`. Throws a
 * `MeshCallException` (DUPLICATE_STEP_ID, UNKNOWN_DEPENDENCY, DEPENDENCY_CYCLE) for a plan
 * that cannot run.
 */
export function executionLayers(
  steps: readonly LayerableStep[],
  groups?: readonly (readonly string[])[] | null,
): string[][] {
  const ids = new Set<string>();
  for (const step of steps) {
    if (ids.has(step.step_id))
      throw new MeshCallException(
        A2AErrorCode.DuplicateStepId,
        `The plan has two steps with the id "${step.step_id}".`,
        [step.step_id],
      );
    ids.add(step.step_id);
  }
  for (const step of steps) {
    const unknown = step.depends_on.filter((dependency) => !ids.has(dependency));
    if (unknown.length > 0)
      throw new MeshCallException(
        A2AErrorCode.UnknownDependency,
        `Step "${step.step_id}" depends on unknown steps: ${unknown.join(', ')}.`,
        unknown,
      );
  }
  const layers = computeLayers(steps);
  if (Array.isArray(groups) && isTopologicalLayering(steps, groups))
    return groups.filter((group) => group.length > 0).map((group) => [...group]);
  return layers;
}

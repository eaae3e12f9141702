import type { WorkflowStep } from '@mesh/a2a-contracts';
import type { PlanStructure } from './plan-validator.util';

/**
 * Groups steps into layers: a step sits one layer after the latest of its dependencies, so
 * every layer can run in parallel once the layers before it are done. Steps keep their plan
 * order inside a layer. `order` must be a dependency order of the steps (dependencies first).
 */
export function topologicalLayers(steps: readonly WorkflowStep[], order: readonly string[]): string[][] {
  const byId = new Map(steps.map((s) => [s.step_id, s]));
  const position = new Map(steps.map((s, i) => [s.step_id, i]));
  const layerOf = new Map<string, number>();
  for (const id of order) {
    const step = byId.get(id)!;
    let layer = 0;
    for (const dependency of step.depends_on) layer = Math.max(layer, (layerOf.get(dependency) ?? 0) + 1);
    layerOf.set(id, layer);
  }
  const layers: string[][] = [];
  for (const step of steps) {
    const layer = layerOf.get(step.step_id)!;
    (layers[layer] ??= []).push(step.step_id);
  }
  return layers.filter((l) => l.length > 0).map((l) => l.sort((a, b) => position.get(a)! - position.get(b)!));
}

/** Splits layers wider than `maxWidth` into consecutive chunks; the result is still a topological layering. */
export function splitWideLayers(layers: readonly string[][], maxWidth: number): string[][] {
  const width = Math.max(1, Math.floor(maxWidth));
  const out: string[][] = [];
  for (const layer of layers) for (let i = 0; i < layer.length; i += width) out.push(layer.slice(i, i + width));
  return out;
}

/** {@link topologicalLayers} over a checked plan's graph read as positions (`readPlanStructure`). */
export function topologicalLayersOfStructure(steps: readonly WorkflowStep[], structure: PlanStructure): string[][] {
  const layerOf = new Int32Array(steps.length);
  for (const node of structure.order) {
    const dependencies = structure.edges[node]!;
    let layer = 0;
    for (let i = 0; i < dependencies.length; i++) layer = Math.max(layer, layerOf[dependencies[i]!]! + 1);
    layerOf[node] = layer;
  }
  // Steps pushed in plan order: each layer is already in plan order.
  const layers: string[][] = [];
  for (let node = 0; node < steps.length; node++) (layers[layerOf[node]!] ??= []).push(steps[node]!.step_id);
  return layers.filter((l) => l.length > 0);
}

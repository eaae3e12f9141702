import fc from 'fast-check';
import { aStep } from '@mesh/a2a-contracts/testing';
import type { WorkflowStep } from '@mesh/a2a-contracts';
import { criticalPath, criticalPathOfStructure } from './critical-path.util';
import { readPlanStructure, validatePlanStructure } from './plan-validator.util';
import { topologicalLayers, topologicalLayersOfStructure } from './topological-layers.util';

/** Random DAGs: each step may depend on any earlier one (a dependency listed twice included). */
const dags = fc
  .array(fc.array(fc.nat(), { maxLength: 6 }), { minLength: 1, maxLength: 30 })
  .map((picks) =>
    picks.map((pick, i): WorkflowStep => {
      const depends = i === 0 ? [] : pick.map((p) => `s${p % i}`);
      return aStep(`s${i}`, { step_id: `s${i}`, depends_on: depends });
    }),
  )
  .map((steps) => [...steps].reverse());

describe('the position-based passes over a plan', () => {
  it('order, layer and find the critical path exactly as the step-id versions do', () => {
    fc.assert(
      fc.property(dags, fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 30, maxLength: 30 }), (steps, secs) => {
        const structure = readPlanStructure(steps);
        const order = validatePlanStructure(steps);
        const seconds = (i: number) => secs[i % secs.length]!;
        const positionOf = new Map(steps.map((s, i) => [s.step_id, i]));

        expect(structure.order.map((i) => steps[i]!.step_id)).toEqual(order);
        expect(topologicalLayersOfStructure(steps, structure)).toEqual(topologicalLayers(steps, order));
        expect(criticalPathOfStructure(steps, structure, seconds)).toEqual(
          criticalPath(steps, order, (s) => seconds(positionOf.get(s.step_id)!)),
        );
      }),
    );
  });

  it('checks the agents of steps whose dependencies were read by the caller', () => {
    const steps = [aStep('a', { agent_id: 'gone' })];

    expect(() => readPlanStructure(steps, new Set(['other']), [new Int32Array(0)])).toThrow(/not among the available/);
  });

  it('still reports a cycle among dependencies read by the caller', () => {
    const steps = [aStep('a'), aStep('b')];

    expect(() => readPlanStructure(steps, undefined, [Int32Array.of(1), Int32Array.of(0)])).toThrow(/cycle/);
  });
});

import { aStep } from '@mesh/a2a-contracts/testing';
import { criticalPath, groupedMakespan } from './critical-path.util';
import { validatePlanStructure } from './plan-validator.util';

describe('criticalPath', () => {
  it('follows the slowest chain of dependencies', () => {
    const steps = [aStep('fast'), aStep('slow'), aStep('data', { depends_on: ['fast', 'slow'] })];
    const seconds: Record<string, number> = { fast: 1, slow: 4, data: 2 };

    const path = criticalPath(steps, validatePlanStructure(steps), (s) => seconds[s.step_id]!);

    expect(path).toEqual({ path: ['slow', 'data'], seconds: 6 });
  });

  it('is empty for an empty plan', () => {
    expect(criticalPath([], [], () => 1)).toEqual({ path: [], seconds: 0 });
  });
});

describe('groupedMakespan', () => {
  it('adds up the slowest step of each group', () => {
    const durations = new Map([
      ['a', 1],
      ['b', 3],
      ['c', 2],
    ]);

    expect(groupedMakespan([['a', 'b'], ['c']], durations)).toBe(5);
  });
});

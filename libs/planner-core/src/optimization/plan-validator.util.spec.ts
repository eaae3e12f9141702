import { aStep } from '@mesh/a2a-contracts/testing';
import { PlannerErrorCode, PlannerException } from '../planner.exception';
import { validatePlanStructure } from './plan-validator.util';

function errorOf(fn: () => unknown): PlannerException {
  try {
    fn();
  } catch (error) {
    if (error instanceof PlannerException) return error;
    throw error;
  }
  throw new Error('expected a PlannerException');
}

describe('validatePlanStructure', () => {
  it('returns a dependency order with dependencies first', () => {
    const steps = [
      aStep('data_kql', { depends_on: ['knowledge_0', 'knowledge_1'] }),
      aStep('knowledge_1'),
      aStep('knowledge_0'),
    ];

    const order = validatePlanStructure(steps);

    expect(order.indexOf('data_kql')).toBeGreaterThan(order.indexOf('knowledge_0'));
    expect(order.indexOf('data_kql')).toBeGreaterThan(order.indexOf('knowledge_1'));
  });

  it('accepts an empty plan', () => {
    expect(validatePlanStructure([])).toEqual([]);
  });

  it('rejects duplicate step ids with DUPLICATE_STEP_ID', () => {
    const error = errorOf(() => validatePlanStructure([aStep('knowledge_0'), aStep('knowledge_0')]));

    expect(error.code).toBe(PlannerErrorCode.DuplicateStepId);
    expect(error.message).toContain('knowledge_0');
  });

  it('rejects a dependency on a missing step with UNKNOWN_DEPENDENCY', () => {
    const error = errorOf(() => validatePlanStructure([aStep('data_kql', { depends_on: ['ghost'] })]));

    expect(error.code).toBe(PlannerErrorCode.UnknownDependency);
    expect(error.details).toEqual([{ step_id: 'data_kql', depends_on: 'ghost' }]);
  });

  it('names the cycle when steps depend on each other', () => {
    const steps = [
      aStep('a', { depends_on: ['c'] }),
      aStep('b', { depends_on: ['a'] }),
      aStep('c', { depends_on: ['b'] }),
    ];

    const error = errorOf(() => validatePlanStructure(steps));

    expect(error.code).toBe(PlannerErrorCode.DependencyCycle);
    const cycle = (error.details[0] as { cycle: string[] }).cycle;
    expect(new Set(cycle)).toEqual(new Set(['a', 'b', 'c']));
    expect(cycle[0]).toBe(cycle[cycle.length - 1]);
  });

  it('treats a step that depends on itself as a cycle', () => {
    const error = errorOf(() => validatePlanStructure([aStep('a', { depends_on: ['a'] })]));

    expect(error.code).toBe(PlannerErrorCode.DependencyCycle);
  });

  it('rejects an agent that is not available when the available ids are given', () => {
    const error = errorOf(() =>
      validatePlanStructure([aStep('knowledge_0', { agent_id: 'rogue' })], new Set(['sop_knowledge'])),
    );

    expect(error.code).toBe(PlannerErrorCode.UnknownAgent);
    expect(error.message).toContain('rogue');
  });

  it('reads each dependency once (one lookup for its existence and its position)', () => {
    let reads = 0;
    const counted = (ids: string[]) =>
      new Proxy(ids, {
        get: (target, key, receiver) => {
          if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
    const steps = [
      aStep('a'),
      aStep('b', { depends_on: counted(['a']) }),
      aStep('c', { depends_on: counted(['a', 'b']) }),
    ];

    expect(validatePlanStructure(steps)).toEqual(['a', 'b', 'c']);
    expect(reads).toBe(3);
  });
});

import { aStep, aWorkflowPlan } from '@mesh/a2a-contracts/testing';
import { planInvariantViolations } from './plan-invariants.util';

describe('planInvariantViolations', () => {
  it('finds nothing wrong with a valid layered plan', () => {
    const plan = aWorkflowPlan([aStep('k'), aStep('d', { depends_on: ['k'] })], {
      parallel_execution_groups: [['k'], ['d']],
    });

    expect(planInvariantViolations(plan, new Set(['sop_knowledge', 'kql_data']))).toEqual([]);
  });

  it('reports a step in no group and a step grouped with its dependency', () => {
    const plan = aWorkflowPlan([aStep('k'), aStep('d', { depends_on: ['k'] }), aStep('x')], {
      parallel_execution_groups: [['k', 'd']],
    });

    expect(planInvariantViolations(plan)).toEqual([
      'step d runs no later than its dependency k',
      'step x is in no group',
    ]);
  });

  it('reports duplicates, missing dependencies and unavailable agents', () => {
    const plan = aWorkflowPlan([aStep('k'), aStep('k'), aStep('d', { depends_on: ['ghost'], agent_id: 'rogue' })], {
      parallel_execution_groups: [['k'], ['d']],
    });

    const violations = planInvariantViolations(plan, new Set(['sop_knowledge']));

    expect(violations).toEqual(
      expect.arrayContaining([
        'duplicate step id k',
        'step d uses unavailable agent rogue',
        'step d depends on missing ghost',
      ]),
    );
  });

  it('reports a cycle', () => {
    const plan = aWorkflowPlan([aStep('a', { depends_on: ['b'] }), aStep('b', { depends_on: ['a'] })], {
      parallel_execution_groups: [['a'], ['b']],
    });

    expect(planInvariantViolations(plan)).toContain('the steps form a dependency cycle');
  });
});

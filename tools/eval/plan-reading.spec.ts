import { dataStepPlatforms, readPlan } from './plan-reading';

const step = (
  step_id: string,
  depends_on: string[] = [],
  agent_id = 'sop_knowledge',
  extra: Record<string, unknown> = {},
) => ({ step_id, agent_id, depends_on, ...extra });

describe('readPlan', () => {
  it('accepts a plan with steps and parallel groups', () => {
    const plan = { steps: [step('k0'), step('d', ['k0'], 'kql_data')], parallel_execution_groups: [['k0'], ['d']] };

    expect(readPlan(plan)).toEqual({ plan });
  });

  it('reports a malformed step', () => {
    const plan = { steps: [{ step_id: 'a' }], parallel_execution_groups: [['a']] };

    expect(readPlan(plan)).toEqual({ malformed: ['step #0 is malformed'] });
  });

  it('reports a plan without parallel groups', () => {
    const plan = { steps: [step('a')] };

    expect(readPlan(plan)).toEqual({ malformed: ['plan has no parallel_execution_groups of step ids'] });
  });

  it('reports an answer that is not a plan', () => {
    expect(readPlan('nope')).toEqual({ malformed: ['no plan'] });
  });
});

describe('dataStepPlatforms', () => {
  it('lists the platforms of the data steps', () => {
    const plan = {
      steps: [step('k0'), step('d', [], 'kql_data', { agent_type: 'data', parameters: { platform: 'kql' } })],
    };

    expect(dataStepPlatforms(plan)).toEqual(['kql']);
  });
});

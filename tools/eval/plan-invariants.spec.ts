import { dataStepPlatforms, planViolations } from './plan-invariants';

const step = (step_id: string, depends_on: string[] = [], agent_id = 'sop_knowledge', extra: Record<string, unknown> = {}) => ({ step_id, agent_id, depends_on, ...extra });
const agents = new Set(['sop_knowledge', 'kql_data']);

describe('planViolations', () => {
  it('accepts a plan whose groups layer its dependencies', () => {
    const plan = { steps: [step('k0'), step('d', ['k0'], 'kql_data')], parallel_execution_groups: [['k0'], ['d']] };

    expect(planViolations(plan, agents)).toEqual([]);
  });

  it('reports a dependency on a missing step', () => {
    const plan = { steps: [step('d', ['ghost'], 'kql_data')], parallel_execution_groups: [['d']] };

    expect(planViolations(plan, agents)).toContain('step d depends on missing ghost');
  });

  it('reports an agent that is not available', () => {
    const plan = { steps: [step('d', [], 'nobody')], parallel_execution_groups: [['d']] };

    expect(planViolations(plan, agents)).toContain('step d uses unknown agent nobody');
  });

  it('reports a step that runs in the same group as its dependency', () => {
    const plan = { steps: [step('k0'), step('d', ['k0'], 'kql_data')], parallel_execution_groups: [['k0', 'd']] };

    expect(planViolations(plan, agents)).toContain('step d runs no later than its dependency k0');
  });

  it('reports a cycle as a layering that cannot hold', () => {
    const plan = { steps: [step('a', ['b']), step('b', ['a'])], parallel_execution_groups: [['a'], ['b']] };

    expect(planViolations(plan, agents)).toContain('step a runs no later than its dependency b');
  });

  it('reports a step in no group and duplicate ids', () => {
    const plan = { steps: [step('a'), step('a'), step('b')], parallel_execution_groups: [['a']] };

    expect(planViolations(plan, agents)).toEqual(['duplicate step id a', 'step b is in no group']);
  });

  it('reports an answer that is not a plan', () => {
    expect(planViolations('nope', agents)).toEqual(['no plan']);
  });
});

describe('dataStepPlatforms', () => {
  it('lists the platforms of the data steps', () => {
    const plan = { steps: [step('k0'), step('d', [], 'kql_data', { agent_type: 'data', parameters: { platform: 'kql' } })] };

    expect(dataStepPlatforms(plan)).toEqual(['kql']);
  });
});

import { aDataAgent, aKnowledgeAgent, aStep, aWorkflowPlan, anExecutionContext } from '@mesh/a2a-contracts/testing';
import { PlannerErrorCode } from '../planner.exception';
import { DEFAULT_PLANNER_OPTIONS } from '../planner-options';
import { optimizePlan } from './optimize-plan';

const plan = aWorkflowPlan([
  aStep('knowledge_0', { agent_id: 'sop_knowledge', parameters: { domain: 'sop', query: 'q', top_k: 5 } }),
  aStep('data_kql', { agent_id: 'kql_data', depends_on: ['knowledge_0'], parameters: { platform: 'kql' } }),
]);

const context = anExecutionContext({
  available_agents: {
    knowledge: [aKnowledgeAgent('sop')],
    data: [aDataAgent('kql'), aDataAgent('kql', { agent_id: 'kql_backup' }), aDataAgent('sql')],
  },
});

describe('optimizePlan', () => {
  it('re-groups a plan whose groups are missing', () => {
    const { plan: optimized, changes } = optimizePlan({ plan }, DEFAULT_PLANNER_OPTIONS);

    expect(optimized.parallel_execution_groups).toEqual([['knowledge_0'], ['data_kql']]);
    expect(changes).toEqual([]);
  });

  it('swaps an unavailable agent for an equivalent one', () => {
    const { plan: optimized, changes } = optimizePlan(
      { plan, execution_context: context, feedback: { unavailable_agents: ['kql_data'] } },
      DEFAULT_PLANNER_OPTIONS,
    );

    expect(optimized.steps.find((s) => s.step_id === 'data_kql')!.agent_id).toBe('kql_backup');
    expect(changes).toEqual(['data_kql: kql_data replaced by equivalent agent kql_backup']);
  });

  it('swaps the agent of a failed step', () => {
    const { plan: optimized } = optimizePlan(
      { plan, execution_context: context, feedback: { failed_steps: ['data_kql'] } },
      DEFAULT_PLANNER_OPTIONS,
    );

    expect(optimized.steps.find((s) => s.step_id === 'data_kql')!.agent_id).toBe('kql_backup');
  });

  it('removes a knowledge step nobody else can run and rewires its dependents', () => {
    const { plan: optimized } = optimizePlan(
      { plan, execution_context: context, feedback: { unavailable_agents: ['sop_knowledge'] } },
      DEFAULT_PLANNER_OPTIONS,
    );

    expect(optimized.steps.map((s) => s.step_id)).toEqual(['data_kql']);
    expect(optimized.steps[0]!.depends_on).toEqual([]);
  });

  it('fails with NO_PLATFORM_AVAILABLE when no data step can run any more', () => {
    const lonely = anExecutionContext({
      available_agents: { knowledge: [aKnowledgeAgent('sop')], data: [aDataAgent('kql')] },
    });

    expect(() =>
      optimizePlan(
        { plan, execution_context: lonely, feedback: { unavailable_agents: ['kql_data'] } },
        DEFAULT_PLANNER_OPTIONS,
      ),
    ).toThrow(expect.objectContaining({ code: PlannerErrorCode.NoPlatformAvailable }));
  });

  it('rejects a cyclic plan naming the cycle', () => {
    const cyclic = aWorkflowPlan([aStep('a', { depends_on: ['b'] }), aStep('b', { depends_on: ['a'] })]);

    expect(() => optimizePlan({ plan: cyclic }, DEFAULT_PLANNER_OPTIONS)).toThrow(
      expect.objectContaining({ code: PlannerErrorCode.DependencyCycle }),
    );
  });

  it('rejects a step whose agent is not among the available agents of the context', () => {
    const rogue = aWorkflowPlan([aStep('data_kql', { agent_id: 'rogue' })]);

    expect(() => optimizePlan({ plan: rogue, execution_context: context }, DEFAULT_PLANNER_OPTIONS)).toThrow(
      expect.objectContaining({ code: PlannerErrorCode.UnknownAgent }),
    );
  });

  it('keeps a failed agent and says so when there is no context to find another', () => {
    const { changes } = optimizePlan({ plan, feedback: { unavailable_agents: ['kql_data'] } }, DEFAULT_PLANNER_OPTIONS);

    expect(changes[0]).toContain('no execution_context');
  });

  it('uses observed step durations in the estimates', () => {
    const { plan: optimized } = optimizePlan(
      { plan, feedback: { step_durations_seconds: { knowledge_0: 9 } } },
      DEFAULT_PLANNER_OPTIONS,
    );

    expect(optimized.steps[0]!.estimated_duration_seconds).toBe(9);
  });
});

describe('optimizePlan removing many steps', () => {
  const onlyKql = anExecutionContext({
    available_agents: { knowledge: [aKnowledgeAgent('sop')], data: [aDataAgent('kql')] },
  });

  it('hands dependencies down through a chain of removed steps', () => {
    const chain = aWorkflowPlan([
      aStep('data_a'),
      aStep('knowledge_1', { depends_on: ['data_a'] }),
      aStep('knowledge_2', { depends_on: ['knowledge_1'] }),
      aStep('data_b', { depends_on: ['knowledge_2', 'data_a'] }),
      aStep('data_c', { depends_on: ['knowledge_2'] }),
    ]);

    const { plan: optimized } = optimizePlan(
      { plan: chain, execution_context: onlyKql, feedback: { failed_steps: ['knowledge_1', 'knowledge_2'] } },
      DEFAULT_PLANNER_OPTIONS,
    );

    expect(optimized.steps.map((s) => [s.step_id, s.depends_on])).toEqual([
      ['data_a', []],
      ['data_b', ['data_a']],
      ['data_c', ['data_a']],
    ]);
  });

  it("lists a step's own dependencies first, then the inherited ones in plan order, each once", () => {
    const wide = aWorkflowPlan([
      aStep('data_a'),
      aStep('data_b'),
      aStep('data_c'),
      aStep('knowledge_1', { depends_on: ['data_c', 'data_a'] }),
      aStep('knowledge_2', { depends_on: ['data_b', 'data_a'] }),
      aStep('data_d', { depends_on: ['knowledge_2', 'data_c', 'knowledge_1', 'data_c'] }),
    ]);

    const { plan: optimized } = optimizePlan(
      { plan: wide, execution_context: onlyKql, feedback: { failed_steps: ['knowledge_1', 'knowledge_2'] } },
      DEFAULT_PLANNER_OPTIONS,
    );

    expect(optimized.steps.find((s) => s.step_id === 'data_d')!.depends_on).toEqual(['data_c', 'data_a', 'data_b']);
  });

  it('keeps every ordering of a dense plan whose knowledge steps all failed', () => {
    const n = 200;
    const id = (i: number) => (i % 2 === 0 ? `knowledge_${i}` : `data_${i}`);
    const steps = Array.from({ length: n }, (_, i) =>
      aStep(id(i), { depends_on: Array.from({ length: i }, (_, j) => id(j)) }),
    );
    const failed = steps.filter((s) => s.agent_type === 'knowledge').map((s) => s.step_id);

    const { plan: optimized } = optimizePlan(
      { plan: aWorkflowPlan(steps), execution_context: onlyKql, feedback: { failed_steps: failed } },
      DEFAULT_PLANNER_OPTIONS,
    );

    expect(optimized.steps).toHaveLength(n / 2);
    optimized.steps.forEach((step, index) =>
      expect(new Set(step.depends_on)).toEqual(new Set(optimized.steps.slice(0, index).map((s) => s.step_id))),
    );
  });
});

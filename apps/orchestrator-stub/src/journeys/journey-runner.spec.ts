import { A2AErrorCode, type OptimizePlanParameters, type WorkflowPlan } from '@mesh/a2a-contracts';
import { anExecutionContext, aStep, aWorkflowPlan } from '@mesh/a2a-contracts/testing';
import { after, FakeAgents, FakePlanner, never, realClock, type AgentHandler } from '../testing/fake-journey-ports';
import { runJourney, type JourneyRunnerOptions } from './journey-runner';
import { MeshCallException } from './mesh-call.exception';

const passages = (domain: string) => ({
  passages: [{ id: `${domain}-1`, title: 'T', source: 'S', text: 'txt', score: 0.8 }],
});
const knowledge =
  (domain: string, delay = 0): AgentHandler =>
  () =>
    after(delay, passages(domain));
const query =
  (platform: string, delay = 0): AgentHandler =>
  () =>
    after(delay, { platform, query: `${platform} q`, tables: [], notes: [] });
const unavailable =
  (agentId: string): AgentHandler =>
  () =>
    Promise.reject(new MeshCallException(A2AErrorCode.AgentUnavailable, `${agentId} is unreachable`));

/** knowledge_0 (sop) and knowledge_1 (errors) in parallel, then data_kql using both. */
function seedPlan(overrides: Partial<WorkflowPlan> = {}): WorkflowPlan {
  return aWorkflowPlan(
    [
      aStep('knowledge_0', { parameters: { query: 'q', top_k: 5, domain: 'sop' } }),
      aStep('knowledge_1', { agent_id: 'errors_knowledge', parameters: { query: 'q', top_k: 5, domain: 'errors' } }),
      aStep('data_kql', {
        depends_on: ['knowledge_0', 'knowledge_1'],
        parameters: { platform: 'kql', use_knowledge: true, query_analysis: {} },
        timeout_seconds: 60,
      }),
    ],
    { parallel_execution_groups: [['knowledge_0', 'knowledge_1'], ['data_kql']], ...overrides },
  );
}

function run(planner: FakePlanner, agents: FakeAgents, options: Partial<JourneyRunnerOptions> = {}) {
  return runJourney(
    {
      journeyId: 'j-1',
      naturalLanguage: 'Show failed login attempts',
      executionContext: anExecutionContext({ journey_id: 'j-1' }),
    },
    {
      planner,
      agents,
      clock: realClock,
      stepConcurrency: 4,
      defaultStepTimeoutSeconds: 5,
      maxStepTimeoutSeconds: 60,
      ...options,
    },
  );
}

describe('runJourney', () => {
  describe('a plan that runs', () => {
    it('asks create_plan with the question and the execution context', async () => {
      const planner = new FakePlanner(() => seedPlan());

      await run(
        planner,
        new FakeAgents({
          sop_knowledge: knowledge('sop'),
          errors_knowledge: knowledge('errors'),
          kql_data: query('kql'),
        }),
      );

      expect(planner.created).toEqual([
        {
          natural_language: 'Show failed login attempts',
          execution_context: expect.objectContaining({ journey_id: 'j-1' }),
        },
      ]);
    });

    it('completes with every step completed, in plan order, with outputs and timings', async () => {
      const journey = await run(
        new FakePlanner(() => seedPlan()),
        new FakeAgents({
          sop_knowledge: knowledge('sop'),
          errors_knowledge: knowledge('errors'),
          kql_data: query('kql'),
        }),
      );

      expect(journey).toMatchObject({
        journey_id: 'j-1',
        status: 'completed',
        natural_language: 'Show failed login attempts',
        replanned: false,
        plan: { plan_id: 'plan-test' },
      });
      expect(journey.error).toBeUndefined();
      expect(journey.steps.map((s) => [s.step_id, s.agent_id, s.status])).toEqual([
        ['knowledge_0', 'sop_knowledge', 'completed'],
        ['knowledge_1', 'errors_knowledge', 'completed'],
        ['data_kql', 'kql_data', 'completed'],
      ]);
      expect(journey.steps[2]!.output).toEqual({ platform: 'kql', query: 'kql q', tables: [], notes: [] });
      for (const step of journey.steps) {
        expect(Date.parse(step.finished_at!)).toBeGreaterThanOrEqual(Date.parse(step.started_at!));
        expect(step.duration_ms).toBeGreaterThanOrEqual(0);
      }
    });

    it('gives the data step the passages of the knowledge steps it depends on and the question', async () => {
      const agents = new FakeAgents({
        sop_knowledge: knowledge('sop'),
        errors_knowledge: knowledge('errors'),
        kql_data: query('kql'),
      });

      const journey = await run(new FakePlanner(() => seedPlan()), agents);

      const sent = agents.callsTo('kql_data')[0]!.task;
      expect(sent).toMatchObject({ task_id: 'j-1:data_kql', agent_id: 'kql_data', action: 'generate_query' });
      expect(sent.parameters['natural_language']).toBe('Show failed login attempts');
      expect((sent.parameters['knowledge'] as Array<{ id: string }>).map((p) => p.id)).toEqual(['sop-1', 'errors-1']);
      expect(journey.steps[2]!.input).toEqual(sent.parameters);
    });

    it('runs the steps of one group at the same time and the next group after them', async () => {
      const agents = new FakeAgents({
        sop_knowledge: knowledge('sop', 60),
        errors_knowledge: knowledge('errors', 60),
        kql_data: query('kql'),
      });

      await run(new FakePlanner(() => seedPlan()), agents);

      const [sop, errors, kql] = [
        agents.callsTo('sop_knowledge')[0]!,
        agents.callsTo('errors_knowledge')[0]!,
        agents.callsTo('kql_data')[0]!,
      ];
      expect(Math.max(sop.startedAt, errors.startedAt)).toBeLessThan(Math.min(sop.finishedAt!, errors.finishedAt!));
      expect(kql.startedAt).toBeGreaterThanOrEqual(Math.max(sop.finishedAt!, errors.finishedAt!));
    });

    it('runs at most stepConcurrency steps of a group at once', async () => {
      const steps = Array.from({ length: 6 }, (_, i) => aStep(`knowledge_${i}`, { agent_id: 'sop_knowledge' }));
      let inFlight = 0;
      let peak = 0;
      const agents = new FakeAgents({
        sop_knowledge: async () => {
          inFlight += 1;
          peak = Math.max(peak, inFlight);
          await after(15, undefined);
          inFlight -= 1;
          return passages('sop');
        },
      });

      const journey = await run(
        new FakePlanner(() => aWorkflowPlan(steps, { parallel_execution_groups: [steps.map((s) => s.step_id)] })),
        agents,
        { stepConcurrency: 2 },
      );

      expect(journey.status).toBe('completed');
      expect(peak).toBe(2);
    });

    it('computes the order from depends_on when the plan has no usable groups', async () => {
      const agents = new FakeAgents({
        sop_knowledge: knowledge('sop'),
        errors_knowledge: knowledge('errors'),
        kql_data: query('kql'),
      });

      const journey = await run(
        new FakePlanner(() => seedPlan({ parallel_execution_groups: [['data_kql'], ['knowledge_0', 'knowledge_1']] })),
        agents,
      );

      expect(journey.status).toBe('completed');
      expect(agents.calls.map((c) => c.task.agent_id).pop()).toBe('kql_data');
    });
  });

  describe('when the planner needs the user', () => {
    it('returns the journey input_required with the clarification, no plan and no step run', async () => {
      const clarification = {
        question: 'What should I look for?',
        missing: ['subject'],
        suggestions: ['Show SigninLogs events from the last 24 hours', 'Count orders by status'],
      };
      const agents = new FakeAgents({ sop_knowledge: knowledge('sop'), kql_data: query('kql') });

      const journey = await run(new FakePlanner(() => ({ clarification })), agents);

      expect(journey).toMatchObject({
        status: 'input_required',
        clarification,
        plan: null,
        steps: [],
        replanned: false,
      });
      expect(journey.error).toBeUndefined();
      expect(agents.calls).toEqual([]);
    });
  });

  describe('when the planner cannot plan', () => {
    it('fails with the planner error and no plan', async () => {
      const planner = new FakePlanner(() =>
        Promise.reject(
          new MeshCallException(A2AErrorCode.PlannerUnavailable, 'The planner is unreachable (ECONNREFUSED).'),
        ),
      );

      const journey = await run(planner, new FakeAgents({}));

      expect(journey).toMatchObject({
        status: 'failed',
        plan: null,
        steps: [],
        replanned: false,
        error: { code: 'PLANNER_UNAVAILABLE', message: expect.stringContaining('ECONNREFUSED') },
      });
    });

    it('fails with INTERNAL_ERROR when the planner port throws something unexpected', async () => {
      const journey = await run(new FakePlanner(() => Promise.reject(new TypeError('oops'))), new FakeAgents({}));

      expect(journey.error).toEqual({ code: 'INTERNAL_ERROR', message: 'oops', details: [] });
    });

    it('fails with DEPENDENCY_CYCLE for a cyclic plan, running nothing', async () => {
      const agents = new FakeAgents({});
      const plan = aWorkflowPlan([aStep('a', { depends_on: ['b'] }), aStep('b', { depends_on: ['a'] })]);

      const journey = await run(new FakePlanner(() => plan), agents);

      expect(journey).toMatchObject({ status: 'failed', error: { code: 'DEPENDENCY_CYCLE' } });
      expect(agents.calls).toHaveLength(0);
    });

    it('fails with INVALID_PLAN for a plan without steps', async () => {
      const journey = await run(new FakePlanner(() => aWorkflowPlan([])), new FakeAgents({}));

      expect(journey).toMatchObject({ status: 'failed', steps: [], error: { code: 'INVALID_PLAN' } });
    });
  });

  describe('when a step fails', () => {
    it('marks a step that does not answer in time as STEP_TIMEOUT, without waiting for it', async () => {
      const plan = aWorkflowPlan([
        aStep('knowledge_0', { timeout_seconds: 0.05 }),
        aStep('knowledge_1', { agent_id: 'errors_knowledge' }),
      ]);
      const started = performance.now();

      const journey = await run(
        new FakePlanner(() => plan),
        new FakeAgents({ sop_knowledge: () => never(), errors_knowledge: knowledge('errors') }),
      );

      expect(performance.now() - started).toBeLessThan(2000);
      expect(journey.steps[0]).toMatchObject({ status: 'failed', error: { code: 'STEP_TIMEOUT' } });
      expect(journey.status).toBe('partial');
    });

    it('aborts the signal it gave the agent when the step times out', async () => {
      let signal: AbortSignal | undefined;
      const plan = aWorkflowPlan([aStep('knowledge_0', { timeout_seconds: 0.05 })]);

      await run(new FakePlanner(() => plan), new FakeAgents({ sop_knowledge: (_task, s) => ((signal = s), never()) }));

      expect(signal?.aborted).toBe(true);
    });

    it('caps a step timeout at maxStepTimeoutSeconds and uses the default for a timeout of 0', async () => {
      const plan = aWorkflowPlan([
        aStep('knowledge_0', { timeout_seconds: 3600 }),
        aStep('knowledge_1', { agent_id: 'errors_knowledge', timeout_seconds: 0 }),
      ]);

      const journey = await run(
        new FakePlanner(() => plan),
        new FakeAgents({ sop_knowledge: () => never(), errors_knowledge: () => never() }),
        {
          maxStepTimeoutSeconds: 0.05,
          defaultStepTimeoutSeconds: 0.05,
        },
      );

      expect(journey.steps.map((s) => s.error?.code)).toEqual(['STEP_TIMEOUT', 'STEP_TIMEOUT']);
      expect(journey.status).toBe('failed');
    });

    it('asks optimize_plan once with the failures, unavailable agents, durations and the context', async () => {
      const planner = new FakePlanner(
        () => seedPlan(),
        (p) => ({ plan: p.plan }),
      );

      await run(
        planner,
        new FakeAgents({
          sop_knowledge: knowledge('sop'),
          errors_knowledge: unavailable('errors_knowledge'),
          kql_data: query('kql'),
        }),
      );

      expect(planner.optimized).toHaveLength(1);
      const [asked] = planner.optimized as [OptimizePlanParameters];
      expect(asked.plan.plan_id).toBe('plan-test');
      expect(asked.execution_context?.journey_id).toBe('j-1');
      expect(asked.feedback).toEqual({
        failed_steps: ['knowledge_1'],
        unavailable_agents: ['errors_knowledge'],
        step_durations_seconds: { knowledge_0: expect.any(Number), knowledge_1: expect.any(Number) },
      });
    });

    it('goes on with the revised plan, rerunning a failed step on its replacement agent', async () => {
      const revise = (p: OptimizePlanParameters) => ({
        plan: {
          ...p.plan,
          plan_id: 'plan-revised',
          steps: p.plan.steps.map((s) => (s.agent_id === 'errors_knowledge' ? { ...s, agent_id: 'errors_backup' } : s)),
        },
        changes: ['knowledge_1: errors_knowledge replaced by equivalent agent errors_backup'],
      });
      const agents = new FakeAgents({
        sop_knowledge: knowledge('sop'),
        errors_knowledge: unavailable('errors_knowledge'),
        errors_backup: knowledge('errors'),
        kql_data: query('kql'),
      });

      const journey = await run(new FakePlanner(() => seedPlan(), revise), agents);

      expect(journey).toMatchObject({
        status: 'completed',
        replanned: true,
        plan: { plan_id: 'plan-revised' },
        plan_changes: [expect.stringContaining('errors_backup')],
      });
      expect(journey.steps.find((s) => s.step_id === 'knowledge_1')).toMatchObject({
        agent_id: 'errors_backup',
        status: 'completed',
      });
      expect(agents.callsTo('sop_knowledge')).toHaveLength(1);
      expect((agents.callsTo('kql_data')[0]!.task.parameters['knowledge'] as unknown[]).length).toBe(2);
    });

    it('keeps a failed step the revised plan removed, and ends partial', async () => {
      const revise = (p: OptimizePlanParameters) => {
        const steps = p.plan.steps
          .filter((s) => s.step_id !== 'knowledge_1')
          .map((s) => ({ ...s, depends_on: s.depends_on.filter((d) => d !== 'knowledge_1') }));
        return {
          plan: { ...p.plan, steps, parallel_execution_groups: [['knowledge_0'], ['data_kql']] },
          changes: ['knowledge_1 removed'],
        };
      };
      const agents = new FakeAgents({
        sop_knowledge: knowledge('sop'),
        errors_knowledge: unavailable('errors_knowledge'),
        kql_data: query('kql'),
      });

      const journey = await run(new FakePlanner(() => seedPlan(), revise), agents);

      expect(journey.status).toBe('partial');
      expect(journey.replanned).toBe(true);
      expect(journey.steps.map((s) => [s.step_id, s.status])).toEqual([
        ['knowledge_0', 'completed'],
        ['knowledge_1', 'failed'],
        ['data_kql', 'completed'],
      ]);
      expect(journey.error).toMatchObject({
        code: 'STEPS_FAILED',
        message: expect.stringContaining('knowledge_1 (errors_knowledge): AGENT_UNAVAILABLE'),
      });
    });

    it('skips the steps whose dependencies failed when no replan can be had, and says why', async () => {
      const planner = new FakePlanner(
        () => seedPlan(),
        () => Promise.reject(new MeshCallException('NO_PLATFORM_AVAILABLE', 'nothing to swap')),
      );

      const journey = await run(
        planner,
        new FakeAgents({
          sop_knowledge: knowledge('sop'),
          errors_knowledge: unavailable('errors_knowledge'),
          kql_data: query('kql'),
        }),
      );

      expect(journey).toMatchObject({
        status: 'partial',
        replanned: false,
        replan_error: { code: 'NO_PLATFORM_AVAILABLE' },
      });
      expect(journey.steps[2]).toMatchObject({
        step_id: 'data_kql',
        status: 'skipped',
        started_at: null,
        finished_at: null,
        duration_ms: 0,
        error: { code: 'DEPENDENCY_FAILED' },
      });
    });

    it('replans only once, however many steps fail later', async () => {
      const plan = aWorkflowPlan(
        [
          aStep('knowledge_0'),
          aStep('knowledge_1', { agent_id: 'errors_knowledge' }),
          aStep('data_kql', { depends_on: ['knowledge_1'] }),
        ],
        { parallel_execution_groups: [['knowledge_0'], ['knowledge_1'], ['data_kql']] },
      );
      const planner = new FakePlanner(
        () => plan,
        (p) => ({ plan: p.plan }),
      );

      const journey = await run(
        planner,
        new FakeAgents({
          sop_knowledge: unavailable('sop_knowledge'),
          errors_knowledge: knowledge('errors'),
          kql_data: unavailable('kql_data'),
        }),
      );

      expect(planner.optimized).toHaveLength(1);
      expect(journey.steps.map((s) => s.status)).toEqual(['failed', 'completed', 'failed']);
    });

    it('does not rerun a failed step the revised plan left on the same agent', async () => {
      const agents = new FakeAgents({
        sop_knowledge: knowledge('sop'),
        errors_knowledge: unavailable('errors_knowledge'),
        kql_data: query('kql'),
      });

      await run(
        new FakePlanner(
          () => seedPlan(),
          (p) => ({ plan: p.plan }),
        ),
        agents,
      );

      expect(agents.callsTo('errors_knowledge')).toHaveLength(1);
    });

    it('does not report an agent unavailable when it answered with an error of its own', async () => {
      const planner = new FakePlanner(
        () => seedPlan(),
        (p) => ({ plan: p.plan }),
      );
      const unknownTable: AgentHandler = () =>
        Promise.reject(new MeshCallException(A2AErrorCode.UnknownTable, 'no such table'));

      await run(
        planner,
        new FakeAgents({
          sop_knowledge: knowledge('sop'),
          errors_knowledge: knowledge('errors'),
          kql_data: unknownTable,
        }),
      );

      expect(planner.optimized[0]!.feedback).toMatchObject({ failed_steps: ['data_kql'], unavailable_agents: [] });
    });

    it('fails with ALL_STEPS_FAILED when no step completed', async () => {
      const plan = aWorkflowPlan([aStep('knowledge_0'), aStep('data_kql', { depends_on: ['knowledge_0'] })]);

      const journey = await run(
        new FakePlanner(() => plan),
        new FakeAgents({ sop_knowledge: unavailable('sop_knowledge') }),
      );

      expect(journey.status).toBe('failed');
      expect(journey.error).toMatchObject({
        code: 'ALL_STEPS_FAILED',
        details: [
          expect.objectContaining({ step_id: 'knowledge_0' }),
          expect.objectContaining({ step_id: 'data_kql', status: 'skipped' }),
        ],
      });
    });

    it('reports an agent port that throws something unexpected as INTERNAL_ERROR on the step', async () => {
      const plan = aWorkflowPlan([aStep('knowledge_0')]);

      const journey = await run(
        new FakePlanner(() => plan),
        new FakeAgents({ sop_knowledge: () => Promise.reject(new RangeError('bad')) }),
      );

      expect(journey.steps[0]!.error).toEqual({ code: 'INTERNAL_ERROR', message: 'bad', details: [] });
    });
  });
});

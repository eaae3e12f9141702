import { aStep } from '@mesh/a2a-contracts/testing';
import { resolvePlannerOptions } from '../planner-options';
import { finishPlan } from './plan-optimizer';

const options = resolvePlannerOptions({ maxParallelAgents: 2, costPer1kTokensUsd: 0.01 });

describe('finishPlan', () => {
  const steps = [aStep('k0'), aStep('k1'), aStep('k2'), aStep('data_kql', { depends_on: ['k0', 'k1', 'k2'] })];

  it('groups steps into layers no wider than the parallel limit', () => {
    const plan = finishPlan({ planId: 'p', steps, reasoning: 'r', confidence: 0.7, options });

    expect(plan.parallel_execution_groups).toEqual([['k0', 'k1'], ['k2'], ['data_kql']]);
  });

  it('estimates the makespan as the sum of each group’s slowest step', () => {
    const plan = finishPlan({ planId: 'p', steps, reasoning: 'r', confidence: 0.7, options });
    const seconds = new Map(plan.steps.map((s) => [s.step_id, s.estimated_duration_seconds!]));

    const expected = plan.parallel_execution_groups.reduce(
      (sum, g) => sum + Math.max(...g.map((id) => seconds.get(id)!)),
      0,
    );
    expect(plan.estimated_duration_seconds).toBeCloseTo(expected, 3);
  });

  it('uses observed durations over estimates', () => {
    const plan = finishPlan({
      planId: 'p',
      steps,
      reasoning: 'r',
      confidence: 0.7,
      options,
      observedSeconds: { data_kql: 42 },
    });

    expect(plan.steps.find((s) => s.step_id === 'data_kql')!.estimated_duration_seconds).toBe(42);
    expect(plan.critical_path).toEqual(['k0', 'data_kql']);
  });

  it('keeps the totals finite when an observed duration is huge', () => {
    const plan = finishPlan({
      planId: 'p',
      steps,
      reasoning: 'r',
      confidence: 0.7,
      options,
      observedSeconds: { k0: 1.7e308, k1: 1.7e308, data_kql: 1.7e308 },
    });

    expect(Number.isFinite(plan.estimated_duration_seconds)).toBe(true);
    expect(JSON.parse(JSON.stringify(plan)).estimated_duration_seconds).toBeGreaterThan(0);
    expect(plan.steps.find((s) => s.step_id === 'k0')!.estimated_duration_seconds).toBe(86_400);
  });

  it('prices the tokens of every step plus the planner’s own', () => {
    const without = finishPlan({ planId: 'p', steps, reasoning: 'r', confidence: 0.7, options });
    const withPlanner = finishPlan({
      planId: 'p',
      steps,
      reasoning: 'r',
      confidence: 0.7,
      options,
      plannerTokens: 1000,
    });

    expect(withPlanner.estimated_tokens! - without.estimated_tokens!).toBe(1000);
    expect(withPlanner.estimated_cost_usd - without.estimated_cost_usd).toBeCloseTo(0.01, 6);
  });

  it('clamps the confidence to [0, 1]', () => {
    expect(finishPlan({ planId: 'p', steps, reasoning: 'r', confidence: 3, options }).confidence).toBe(1);
  });
});

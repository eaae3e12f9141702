import type { CreatePlanParameters } from '@mesh/a2a-contracts';
import { resolvePlannerOptions } from '../planner-options';
import { heuristicOutcome, type AnalysisPort } from './analysis-port';
import { createPlan, needsClarification, type PlanOutcome } from './create-plan';

async function planned(...args: Parameters<typeof createPlan>): Promise<PlanOutcome> {
  const outcome = await createPlan(...args);
  if (needsClarification(outcome)) throw new Error('expected a plan, got a clarification');
  return outcome;
}

const parameters: CreatePlanParameters = {
  natural_language: 'failed sign-ins in the last hour',
  execution_context: {
    available_agents: {
      knowledge: [{ agent_id: 'sop_knowledge', capabilities: ['retrieve_context'], knowledge_domain: 'sop' }],
      data: [
        { agent_id: 'kql_data', capabilities: ['generate_query'], platform: 'kql' },
        { agent_id: 'sql_data', capabilities: ['generate_query'], platform: 'sql' },
      ],
    },
  },
} as CreatePlanParameters;
const deps = { now: () => new Date('2026-11-26T12:00:00Z'), newPlanId: () => 'p1' };
const options = resolvePlannerOptions({});

describe('createPlan', () => {
  it('plans with the heuristics alone when no analysis step is injected', async () => {
    const { analysisOutcome, plan } = await planned(parameters, options, deps);

    expect(analysisOutcome).toMatchObject({ mode: 'heuristic', degraded: false, llmCalls: 0 });
    expect(plan.plan_id).toBe('p1');
  });

  it('plans the platforms the injected analysis step decided, and counts its tokens in the estimate', async () => {
    const step: AnalysisPort = {
      async analyze({ heuristic }) {
        const base = heuristicOutcome(heuristic);
        return {
          ...base,
          analysis: { ...base.analysis, required_platforms: ['sql'] },
          mode: 'hybrid',
          llmCalls: 1,
          promptTokens: 4000,
          completionTokens: 1000,
        };
      },
    };

    const withModel = await planned(parameters, options, { ...deps, analysis: step });
    const without = await planned(parameters, options, deps);

    expect(withModel.analysis.required_platforms).toEqual(['sql']);
    expect(withModel.plan.steps.filter((s) => s.agent_type === 'data').map((s) => s.agent_id)).toEqual(['sql_data']);
    expect(withModel.analysisOutcome.mode).toBe('hybrid');
    expect(withModel.plan.estimated_cost_usd).toBeGreaterThan(without.plan.estimated_cost_usd ?? 0);
  });
});

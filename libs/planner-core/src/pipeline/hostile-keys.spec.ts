import {
  aDataAgent,
  aKnowledgeAgent,
  aStep,
  aWorkflowPlan,
  anExecutionContext,
  fullMeshAgents,
} from '@mesh/a2a-contracts/testing';
import type { CreatePlanParameters } from '@mesh/a2a-contracts';
import { DEFAULT_PLANNER_OPTIONS } from '../planner-options';
import { createPlan } from './create-plan';
import { optimizePlan } from './optimize-plan';

const deps = { now: () => new Date('2026-01-01T00:00:00Z'), newPlanId: () => 'p' };
/** A catalog, so that the words of a question are mapped to columns. */
const HINTS = {
  kql: { tables: { SigninLogs: ['TimeGenerated', 'UserPrincipalName', 'IPAddress', 'ResultType'] } },
  sql: { tables: { orders: ['id', 'customer_id', 'status', 'total_amount', 'created_at'] } },
};
const OBJECT_MEMBERS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

async function plan(question: string, agents = fullMeshAgents()) {
  const parameters: CreatePlanParameters = {
    natural_language: question,
    execution_context: anExecutionContext({ available_agents: agents }),
  };
  const outcome = await createPlan(parameters, DEFAULT_PLANNER_OPTIONS, deps);
  if (!('plan' in outcome))
    throw new Error(`asked for clarification instead of planning: ${JSON.stringify(outcome).slice(0, 200)}`);
  return outcome;
}

describe('client strings that name Object.prototype members', () => {
  it.each(OBJECT_MEMBERS)('plans a question with a token ending in ".%s"', async (member) => {
    expect((await plan(`failed sign-ins from evil.${member} in the last hour`)).plan.steps.length).toBeGreaterThan(0);
  });

  it.each(OBJECT_MEMBERS)('plans with a data agent whose platform is "%s"', async (member) => {
    const agents = {
      ...fullMeshAgents(),
      data: [...fullMeshAgents().data!, aDataAgent(member, { agent_id: 'odd_data' })],
    };

    expect((await plan(`failed sign-ins in ${member}`, agents)).plan.steps.some((s) => s.agent_type === 'data')).toBe(
      true,
    );
  });

  it.each(OBJECT_MEMBERS)('plans with a knowledge agent whose domain is "%s"', async (member) => {
    const agents = { ...fullMeshAgents(), knowledge: [aKnowledgeAgent(member, { agent_id: 'odd_knowledge' })] };

    expect((await plan(`SOP for failed sign-ins ${member}`, agents)).plan.steps.length).toBeGreaterThan(0);
  });

  it.each(Object.getOwnPropertyNames(Object.prototype))(
    'reads "%s" as an ordinary word wherever a question puts it: a key, a subject, a value',
    async (member) => {
      const questions = [
        `count failed sign-ins by ${member}`,
        `orders by ${member} last month`,
        `which ${member} has the most orders`,
        `top 5 ${member} values in sentinel this week`,
        `${member} errors not seen for 30 days`,
      ];
      for (const question of questions) {
        const parameters: CreatePlanParameters = {
          natural_language: question,
          execution_context: anExecutionContext({ available_agents: fullMeshAgents(), schema_hints: HINTS }),
        };
        await expect(createPlan(parameters, DEFAULT_PLANNER_OPTIONS, deps)).resolves.toBeDefined();
      }
    },
  );

  it.each([5, { a: 1 }, ['kql'], null])('optimizes a failed step whose platform or domain parameter is %p', (value) => {
    const steps = [
      aStep('knowledge_0', { parameters: { domain: value } }),
      aStep('data_kql', { depends_on: ['knowledge_0'], parameters: { platform: value } }),
    ];
    const context = anExecutionContext({
      available_agents: {
        knowledge: [aKnowledgeAgent('sop'), aKnowledgeAgent('sop', { agent_id: 'sop_2' })],
        data: [aDataAgent('kql'), aDataAgent('kql', { agent_id: 'kql_2' })],
      },
    });

    const { plan: optimized } = optimizePlan(
      {
        plan: aWorkflowPlan(steps),
        execution_context: context,
        feedback: { failed_steps: ['knowledge_0', 'data_kql'] },
      },
      DEFAULT_PLANNER_OPTIONS,
    );

    expect(optimized.steps.map((s) => s.agent_id)).toEqual(['sop_2', 'kql_2']);
  });
});

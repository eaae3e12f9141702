import fc from 'fast-check';
import type { AgentDescriptor, CreatePlanParameters } from '@mesh/a2a-contracts';
import { planInvariantViolations } from '../optimization/plan-invariants.util';
import { PlannerErrorCode, PlannerException } from '../planner.exception';
import { resolvePlannerOptions } from '../planner-options';
import { createPlan, needsClarification } from './create-plan';

const platforms = fc.constantFrom('kql', 'spl', 'sql', 'KQL', 'promql', 'graphql', '');
const domains = fc.constantFrom('sop', 'errors', 'wiki', 'kubernetes', 'payroll', '');
const capabilityLists = fc.option(fc.subarray(['retrieve_context', 'generate_query', 'create_plan', 'ping']), {
  nil: undefined,
});
const agentIds = fc.constantFrom('a1', 'a2', 'a3', 'kql_data', 'sql_data', 'sop_knowledge', 'x'.repeat(40));

const dataAgent = fc.record({
  agent_id: agentIds,
  platform: platforms,
  capabilities: capabilityLists,
}) as fc.Arbitrary<AgentDescriptor>;
const knowledgeAgent = fc.record({
  agent_id: agentIds,
  knowledge_domain: domains,
  capabilities: capabilityLists,
}) as fc.Arbitrary<AgentDescriptor>;

const words = [
  'failed',
  'sign-in',
  'logs',
  'errors',
  'compare',
  'customers',
  'orders',
  'splunk',
  'sentinel',
  'database',
  'last',
  '24',
  'hours',
  'process',
  'PowerShell',
  'ignore',
  'rules',
  'use',
  'agent',
  'x',
  'since',
  'Monday',
  'SigninLogs',
  'table',
];
const question = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 30 }).map((w) => w.join(' '));

const schemaHints = fc.oneof(
  fc.constant(undefined),
  fc.record({
    kql: fc.record({
      tables: fc.dictionary(
        fc.constantFrom('SigninLogs', 'AuditLogs', 'Weird Name', '__proto__'),
        fc.array(fc.string(), { maxLength: 5 }),
      ),
    }),
    sql: fc.record({ tables: fc.array(fc.string(), { maxLength: 10 }) }),
  }),
  fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 4 })) as fc.Arbitrary<Record<string, unknown>>,
);

const requests: fc.Arbitrary<CreatePlanParameters> = fc.record({
  natural_language: question,
  execution_context: fc.record({
    available_agents: fc.record({
      knowledge: fc.array(knowledgeAgent, { maxLength: 6 }),
      data: fc.array(dataAgent, { maxLength: 6 }),
    }),
    schema_hints: schemaHints,
  }),
}) as fc.Arbitrary<CreatePlanParameters>;

describe('createPlan (property)', () => {
  it('makes only plans that keep the contract’s invariants, or fails with a planning error code', async () => {
    const options = resolvePlannerOptions({ maxParallelAgents: 2 });
    await fc.assert(
      fc.asyncProperty(requests, async (parameters) => {
        const available = parameters.execution_context.available_agents;
        const ids = new Set([...(available.knowledge ?? []), ...(available.data ?? [])].map((a) => a.agent_id));
        try {
          const outcome = await createPlan(parameters, options, {
            now: () => new Date('2026-01-01T00:00:00Z'),
            newPlanId: () => 'p',
          });
          if (needsClarification(outcome)) {
            expect(outcome.clarification.suggestions.length).toBeGreaterThanOrEqual(2);
            expect(outcome.clarification.suggestions.length).toBeLessThanOrEqual(3);
            return;
          }
          const { plan, analysis } = outcome;
          expect(planInvariantViolations(plan, ids)).toEqual([]);
          expect(plan.parallel_execution_groups.every((g) => g.length <= 2)).toBe(true);
          expect(plan.steps.filter((s) => s.agent_type === 'data').length).toBeGreaterThan(0);
          const served = new Set((available.data ?? []).map((a) => (a.platform ?? '').trim().toLowerCase()));
          for (const platform of analysis.required_platforms) expect(served.has(platform)).toBe(true);
        } catch (error) {
          if (!(error instanceof PlannerException)) throw error;
          expect([PlannerErrorCode.NoDataAgents, PlannerErrorCode.NoPlatformAvailable]).toContain(error.code);
        }
      }),
      { numRuns: 400 },
    );
  });
});

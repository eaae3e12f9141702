/**
 * The worst inputs the contract accepts, each of which once took seconds of CPU or a heap OOM: each a complete
 * A2A request body (create_plan or optimize_plan) under the planner's 2 MB body limit.
 */
import { aCreatePlanRequest, aStep, aWorkflowPlan, anExecutionContext } from '@mesh/a2a-contracts/testing';

export interface WorstCase {
  readonly name: string;
  readonly body: object;
}

const MANY_SEGMENTS = 'sign-ins; also '.repeat(400).slice(0, 4000);
const upper = (seed: number, length = 256) =>
  `T${seed}_`.concat('ABCDEFGHIJKLMNOPQRSTUVWXYZ'.repeat(12)).slice(0, length).toUpperCase();
const identifier = (seed: number) => `Signin_${seed}_`.concat('x'.repeat(256)).slice(0, 256);

/** 640 steps, each depending on every step before it; the knowledge steps (every other one) failed. */
function denseOptimizePlan(size: number): object {
  const id = (i: number) => (i % 2 === 0 ? `k${i}` : `data${i}`);
  const steps = Array.from({ length: size }, (_, i) =>
    aStep(id(i), { step_id: id(i), depends_on: Array.from({ length: i }, (_, j) => id(j)) }),
  );
  return {
    task_id: 'worst-optimize',
    action: 'optimize_plan',
    parameters: {
      plan: aWorkflowPlan(steps),
      execution_context: anExecutionContext(),
      feedback: { failed_steps: steps.filter((s) => s.agent_type === 'knowledge').map((s) => s.step_id) },
    },
  };
}

export function worstCases(): WorstCase[] {
  const tables = (
    count: number,
    name: (i: number) => string,
    columns: (i: number) => string[] = () => ['TimeGenerated', 'UserPrincipalName'],
  ) => Object.fromEntries(Array.from({ length: count }, (_, i) => [name(i), columns(i)]));
  return [
    {
      name: 'many segments + 50,000 tables',
      body: aCreatePlanRequest(MANY_SEGMENTS, {
        schema_hints: {
          kql: {
            tables: tables(
              50_000,
              (i) => `Table${i}Logs`,
              () => [],
            ),
          },
        },
      }),
    },
    {
      name: 'many segments + 50,000 Failed_Signin_<n>_<i>',
      body: aCreatePlanRequest(MANY_SEGMENTS, {
        schema_hints: {
          kql: {
            tables: tables(
              50_000,
              (i) => `Failed_Signin_${i % 97}_${i}`,
              () => [],
            ),
          },
        },
      }),
    },
    {
      name: '8 × 256-char identifiers vs 7,000 × 256-char names',
      body: aCreatePlanRequest(Array.from({ length: 8 }, (_, i) => identifier(i * 7 + 3)).join(' '), {
        schema_hints: { kql: { tables: tables(7_000, identifier, () => []) } },
      }),
    },
    {
      name: '7,000 upper-case 256-char table names',
      body: aCreatePlanRequest('failed sign-ins in the last hour', {
        schema_hints: {
          kql: {
            tables: tables(
              7_000,
              (i) => upper(i),
              () => [],
            ),
          },
        },
      }),
    },
    {
      name: '7 × 1,000 upper-case 256-char columns',
      body: aCreatePlanRequest('failed sign-ins by user', {
        schema_hints: {
          kql: {
            tables: tables(
              7,
              (i) => `Table${i}`,
              (t) => Array.from({ length: 1_000 }, (_, c) => upper(t * 1000 + c)),
            ),
          },
        },
      }),
    },
    {
      // More keys per byte than any other shape: 150,000 members of 12 bytes each.
      name: '150,000 tiny keys ("a<i>":0)',
      body: aCreatePlanRequest(MANY_SEGMENTS, {
        schema_hints: { kql: { tables: Object.fromEntries(Array.from({ length: 150_000 }, (_, i) => [`a${i}`, 0])) } },
      }),
    },
    { name: 'optimize_plan: 640-step dense graph, knowledge failed', body: denseOptimizePlan(640) },
    { name: '4,000-char single word', body: aCreatePlanRequest('signin'.repeat(700).slice(0, 4000)) },
    // The date parser's input: "since" and 4,000 digits, then one long run of "since N day" windows.
    { name: '"since" + 4,000 digits', body: aCreatePlanRequest(`since ${'1'.repeat(3994)}`) },
    { name: '"since 1 day" × 330', body: aCreatePlanRequest(`logins ${'since 1 day '.repeat(330)}`) },
  ];
}

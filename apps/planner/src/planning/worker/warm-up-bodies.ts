/**
 * Large request bodies the planning worker answers before its first task, so that the first large
 * request does not run the code of the long loops (a 1,000-entry catalog scored against a question of
 * several requests, a dense `optimize_plan`) in the interpreter: the JIT compiles them here, off the
 * main thread, while the app starts.
 */
const WORDS = ['Signin', 'Audit', 'Device', 'Process', 'Network', 'Alert', 'Orders', 'Customer', 'Firewall', 'Email'];

const AGENTS = {
  knowledge: [{ agent_id: 'warm_sop', capabilities: ['retrieve_context'], knowledge_domain: 'sop' }],
  data: [
    { agent_id: 'warm_kql', capabilities: ['generate_query'], platform: 'kql' },
    { agent_id: 'warm_sql', capabilities: ['generate_query'], platform: 'sql' },
  ],
};

/**
 * The questions of the warm-up: requests of several clauses, one short request repeated (the pieces
 * are scored once each), and a row of long identifiers (the typo-tolerant name comparison).
 */
const QUESTIONS = [
  'failed sign-ins by user in the last 24 hours; also top 10 customers by order total; and firewall alerts per device '.repeat(
    12,
  ),
  'audit events; also '.repeat(200),
  Array.from({ length: 8 }, (_, i) => `Device_${i}_${'x'.repeat(200)}`).join(' '),
];

/**
 * A create_plan against 1,000 tables, each with a few columns (`round` varies the question and the
 * names: the first request with names the planner has not seen reads every one of them).
 */
export function largeCreatePlanText(round = 0): string {
  const tables = Object.fromEntries(
    Array.from({ length: 1_000 }, (_, i) => [
      `${WORDS[i % WORDS.length]}_${WORDS[(i * 7 + round) % WORDS.length]}${i}Logs${round > 0 ? round : ''}`,
      round % 2 === 0 ? ['TimeGenerated', 'UserPrincipalName', `${WORDS[(i * 3) % WORDS.length]}Id`] : 0,
    ]),
  );
  return JSON.stringify({
    task_id: 'warm-up',
    action: 'create_plan',
    parameters: {
      natural_language: QUESTIONS[round % QUESTIONS.length]!.slice(0, 1_500),
      execution_context: { available_agents: AGENTS, schema_hints: { kql: { tables }, sql: { tables: {} } } },
    },
  });
}

/**
 * The shapes a plan comes back in: hand-written (empty parameters, no groups), the warm-up's own, and
 * the planner's answer (estimates on every step, groups, a critical path). The JIT compiles the validator
 * and the passes for the object shapes it has seen; one it has not seen in a request costs a
 * deoptimisation and a recompilation there (`--trace-deopt`: "wrong map" in the validator and in
 * `finishPlan` during the first dense `optimize_plan` of a shape).
 */
const PLAN_SHAPES = ['bare', 'plain', 'answered'] as const;
type PlanShape = (typeof PLAN_SHAPES)[number];

/** An optimize_plan of `size` steps, each depending on every one before it, the knowledge steps failed. */
export function denseOptimizePlanText(size: number, shape: PlanShape = 'plain'): string {
  const id = (i: number) => (i % 2 === 0 ? `k${i}` : `d${i}`);
  const parameters = (i: number): Record<string, unknown> => {
    if (shape === 'bare') return {};
    if (shape === 'plain') return i % 2 === 0 ? { domain: 'sop' } : { platform: 'kql' };
    return i % 2 === 0
      ? { domain: 'sop', natural_language: 'warm-up', max_passages: 5 }
      : { platform: 'kql', natural_language: 'warm-up', tables: ['SigninLogs'], time_range: '24h' };
  };
  const steps = Array.from({ length: size }, (_, i) => ({
    step_id: id(i),
    agent_type: i % 2 === 0 ? 'knowledge' : 'data',
    agent_id: i % 2 === 0 ? 'warm_sop' : 'warm_kql',
    action: i % 2 === 0 ? 'retrieve_context' : 'generate_query',
    depends_on: Array.from({ length: i }, (_, j) => id(j)),
    parameters: parameters(i),
    timeout_seconds: 30,
    ...(shape === 'answered' ? { estimated_duration_seconds: 1.5 + i / 1000, estimated_tokens: 800 + i } : {}),
  }));
  const answered = shape === 'answered';
  return JSON.stringify({
    task_id: 'warm-up',
    action: 'optimize_plan',
    parameters: {
      plan: {
        plan_id: 'warm-up',
        steps,
        parallel_execution_groups: shape === 'bare' ? [] : steps.map((s) => [s.step_id]),
        estimated_duration_seconds: answered ? 12.5 : shape === 'bare' ? 0 : 1,
        estimated_cost_usd: answered ? 0.0125 : 0,
        reasoning: shape === 'bare' ? '' : 'warm-up',
        confidence: 0.5,
        ...(answered
          ? {
              critical_path: steps.slice(0, 3).map((s) => s.step_id),
              estimated_tokens: 9000,
              created_at: new Date(0).toISOString(),
            }
          : {}),
      },
      execution_context: { available_agents: AGENTS },
      feedback: {
        failed_steps: steps.filter((s) => s.agent_type === 'knowledge').map((s) => s.step_id),
        ...(answered ? { step_durations_seconds: { [id(1)]: 2.5 } } : {}),
      },
    },
  });
}

/**
 * The bodies: a large create_plan of each question shape twice (new names each time), and the dense
 * optimize_plan in each plan shape between them and twice more at the end (the JIT optimises a function
 * after it has run a while, on a thread of its own: `--trace-opt` showed the validator, the removal pass
 * and `finishPlan` still being compiled during the first real dense `optimize_plan` after three runs).
 */
export function warmUpTaskTexts(): string[] {
  const optimizes = PLAN_SHAPES.map((shape) => denseOptimizePlanText(300, shape));
  const creates = Array.from({ length: QUESTIONS.length * 2 }, (_, round) => largeCreatePlanText(round));
  return [...creates.slice(0, 3), ...optimizes, ...creates.slice(3), ...optimizes, ...optimizes];
}

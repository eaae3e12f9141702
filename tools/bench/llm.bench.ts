/**
 * `npm run bench:llm`: the LLM path of the built planner process against each protocol test
 * server on loopback, Ollama's and the OpenAI-compatible one (an instant "model", so the figures
 * are the planner's own). Prints, per provider:
 * LLM calls per plan (target 1); prompt tokens per plan against the seed's two prompts rendered
 * for the same requests (llama-3 tokenizer, target ≤ 50 %); the cache hit ratio on a workload
 * with repeats; calls for 20 concurrent identical requests (target 1); and the planner's
 * overhead per plan excluding the model's time (duration with the LLM path minus the same
 * requests in heuristic mode, and the whole duration); and a model that never answers while
 * the planner is under forced garbage collections: plans answered within the budget + 1 s, the
 * slowest, LLM slots still held after the run, and whether the circuit closes once the model
 * answers again.
 * Needs a build first (`npm run build`). `--gc-only` runs the last part alone.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { aCreatePlanRequest, aDataAgent, aKnowledgeAgent, someSchemaHints } from '@mesh/a2a-contracts/testing';
import type { CreatePlanParameters } from '@mesh/a2a-contracts';
import {
  analysisAnswer,
  defaultResponder,
  enumAt,
  LLM_TEST_PROVIDERS,
  plannerLlmEnv,
  startLlmTestServer,
  type GenerationRequest,
  type LlmTestProvider,
} from '@mesh/ollama-testing';
import { countChatTokens, preloadTokenizer, renderSeedPrompts } from '@mesh/planner-llm';
import { summarize } from './bench-stats';
import { startPlanner, workspaceRoot, type RunningPlanner } from './planner-process';

const QUESTIONS = [
  'Show failed sign-ins for admins in the last 24 hours',
  'Show failed login attempts',
  'Compare database user table with Azure AD signin logs',
  'Show all error logs from last 24 hours',
  'Top 10 customers by order total this month',
  'Which hosts logged event 4625 more than 20 times today',
  'Customers who placed no order since January',
  'Sign-ins from unfamiliar countries for privileged accounts this week',
  'Average order total per day over the last 30 days',
  'Windows logon failures by user and host in the last hour',
  'Audit log entries where a role was assigned to a user',
  'Error rate of the checkout API per hour yesterday',
  'Processes launched by powershell with encoded commands',
  'Orders over 1000 dollars placed by new customers',
  'MFA denied events in the last 7 days',
  'Deadlocks in the orders database this morning',
  'Users who signed in from more than 3 IP addresses today',
  'Which sourcetypes reported errors in the last 15 minutes',
  'Refunds issued per customer last quarter',
  'Service principals that failed to authenticate in the last day',
];

/** The mesh the orchestrator describes: three knowledge domains, three data platforms. */
const AGENTS = {
  knowledge: [aKnowledgeAgent('sop'), aKnowledgeAgent('errors'), aKnowledgeAgent('wiki')],
  data: [aDataAgent('kql'), aDataAgent('spl'), aDataAgent('sql')],
};

/** A larger schema_hints: the contract's example plus 400 tables per platform. */
function largeHints(): Record<string, unknown> {
  const hints = someSchemaHints() as Record<
    string,
    { tables?: Record<string, string[]>; indexes?: Record<string, string[]> }
  >;
  for (let i = 0; i < 400; i += 1) {
    hints['kql']!.tables![`Custom${i}_CL`] = ['TimeGenerated', `Field${i}_s`, 'Computer'];
    hints['sql']!.tables![`table_${i}`] = ['id', `value_${i}`, 'created_at'];
    hints['spl']!.indexes![`idx_${i}`] = ['host', 'source'];
  }
  return hints;
}

interface PlanResponse {
  status: string;
  result?: { analysis: { intent: string; entities: unknown; required_platforms: string[] } };
  metadata: {
    planner_mode: string;
    degraded: boolean;
    llm_calls: number;
    prompt_tokens?: number;
    cache_hit?: boolean;
    duration_ms: number;
  };
}

async function plan(planner: RunningPlanner, body: object): Promise<PlanResponse> {
  const send = () =>
    fetch(`${planner.url}/a2a/task`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  let response: Response;
  try {
    response = await send();
  } catch {
    // A kept-alive socket the server closed after 5 s idle (undici does not retry a POST): once more, on a new one.
    response = await send();
  }
  return (await response.json()) as PlanResponse;
}

const requestFor = (question: string, hints: Record<string, unknown>, id: string) =>
  aCreatePlanRequest(question, { available_agents: AGENTS, schema_hints: hints }, id);

/** An instant model that answers sensibly: the first platform and table the format allows. Counts omitted, so the planner counts with the tokenizer. */
function responder(request: GenerationRequest) {
  const platforms = enumAt(request.format, ['properties', 'required_platforms', 'items']);
  const tables = enumAt(request.format, ['properties', 'entities', 'properties', 'tables', 'items']);
  return {
    kind: 'answer' as const,
    promptEvalCount: null,
    evalCount: null,
    content: analysisAnswer({
      required_platforms: platforms.slice(0, 1),
      confidence: 0.8,
      entities: { tables: tables.slice(0, 1), fields: [], time_range: null },
    }),
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const ms = (x: number) => `${x.toFixed(2)} ms`;

async function main(): Promise<void> {
  const root = workspaceRoot();
  if (
    !existsSync(resolve(root, 'dist/apps/planner/main.js')) ||
    !existsSync(resolve(root, 'libs/planner-llm/dist/index.js'))
  ) {
    console.error('bench:llm needs a build: run `npm run build` first.');
    process.exit(2);
  }
  preloadTokenizer();
  for (const provider of LLM_TEST_PROVIDERS) {
    console.log(`\n=== provider: ${provider} ===`);
    if (!process.argv.includes('--gc-only')) await instantModelRun(provider);
    await neverAnsweringUnderGc(provider);
  }
}

async function instantModelRun(provider: LlmTestProvider): Promise<void> {
  const server = await startLlmTestServer(provider, { responder });
  const llmPlanner = await startPlanner({
    ...plannerLlmEnv(provider, server.url),
    PLANNER_LLM_MODE: 'auto',
    PLANNER_RATE_LIMIT_RPS: '0',
    OLLAMA_TIMEOUT: '10',
  });
  const heuristicPlanner = await startPlanner({ PLANNER_LLM_MODE: 'heuristic', PLANNER_RATE_LIMIT_RPS: '0' }).catch(
    async (error: unknown) => {
      await llmPlanner.stop();
      throw error;
    },
  );
  try {
    // Warm both processes up (JIT, the tokenizer), with questions outside the workload.
    for (let i = 0; i < 30; i += 1) {
      await plan(llmPlanner, requestFor(`warm-up question ${i} about sign-ins`, someSchemaHints(), `w${i}`));
      await plan(heuristicPlanner, requestFor(`warm-up question ${i} about sign-ins`, someSchemaHints(), `w${i}`));
    }

    // 1 + 2: calls and prompt tokens per plan, distinct questions (no cache hits), two hint sizes.
    const rows: Array<Record<string, string | number>> = [];
    const durations: { llm: number[]; heuristic: number[] } = { llm: [], heuristic: [] };
    for (const [label, hints] of [
      ['contract example hints', someSchemaHints()],
      ['large hints (1,200 extra entries)', largeHints()],
    ] as const) {
      server.reset();
      server.respondWith(responder);
      let calls = 0;
      let degraded = 0;
      let ours = 0;
      let seed = 0;
      for (const [i, question] of QUESTIONS.entries()) {
        const body = requestFor(question, hints, `t-${label.length}-${i}`);
        const before = server.generationRequests.length;
        const response = await plan(llmPlanner, body);
        const sent = server.generationRequests.slice(before);
        calls += response.metadata.llm_calls;
        if (response.metadata.degraded) degraded += 1;
        ours += sent.reduce(
          (sum, r) =>
            sum + countChatTokens((r.body!['messages'] as Array<{ role: 'system' | 'user'; content: string }>) ?? []),
          0,
        );
        const [first, second] = renderSeedPrompts(body.parameters as CreatePlanParameters, response.result!.analysis);
        seed +=
          countChatTokens([{ role: 'user', content: first }]) + countChatTokens([{ role: 'user', content: second }]);
        durations.llm.push(response.metadata.duration_ms);
        durations.heuristic.push((await plan(heuristicPlanner, body)).metadata.duration_ms);
      }
      rows.push({
        workload: label,
        plans: QUESTIONS.length,
        'LLM calls / plan': (calls / QUESTIONS.length).toFixed(2),
        'HTTP calls seen by the server': server.chatCalls,
        degraded,
        'prompt tokens / plan (ours)': Math.round(ours / QUESTIONS.length),
        'prompt tokens / plan (seed, 2 prompts)': Math.round(seed / QUESTIONS.length),
        'ours / seed': pct(ours / seed),
      });
    }
    console.log(
      '\nLLM calls and prompt tokens per plan (llama-3 tokenizer, chat template included; targets: 1 call, ≤ 50 % of the seed)',
    );
    console.table(rows);

    // 3: cache hit ratio, each question asked 3 times in a shuffled order.
    server.reset();
    server.respondWith(responder);
    // Questions not asked before (a fresh cache), each three times: as written, lower-case with a "?", padded with spaces.
    const variants = (q: string) => [`Cache run: ${q}`, `cache run: ${q.toLowerCase()}?`, `  Cache run:  ${q}  `];
    const workload = QUESTIONS.flatMap(variants)
      .map((q, i) => ({ q, k: (i * 7919) % 61 }))
      .sort((a, b) => a.k - b.k);
    let hits = 0;
    for (const [i, { q }] of workload.entries()) {
      const response = await plan(llmPlanner, requestFor(q, someSchemaHints(), `c-${i}`));
      if (response.metadata.cache_hit) hits += 1;
    }
    console.log(
      `\nCache: ${workload.length} requests over ${QUESTIONS.length} distinct questions (each asked 3 times, case and punctuation varied): hit ratio ${pct(hits / workload.length)} (best possible ${pct(2 / 3)}), ${server.chatCalls} LLM calls`,
    );

    // 4: 20 concurrent identical requests.
    server.reset();
    server.respondWith((r) => new Promise((done) => setTimeout(() => done(responder(r)), 200)));
    const concurrent = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        plan(
          llmPlanner,
          requestFor('Concurrent question: failed sign-ins by country today', someSchemaHints(), `p-${i}`),
        ),
      ),
    );
    console.log(
      `Single-flight: 20 concurrent identical requests → ${server.chatCalls} LLM call(s) (target 1); ${concurrent.filter((r) => r.status === 'completed').length}/20 completed`,
    );

    // 5: the planner's overhead per plan, the model's time excluded (the test server answers at once).
    const llm = summarize(durations.llm);
    const heuristic = summarize(durations.heuristic);
    console.log('\nPlanner overhead per plan (metadata.duration_ms, distinct questions, instant model on loopback):');
    console.table([
      { path: 'LLM path (auto, cache miss)', p50: ms(llm.p50), mean: ms(llm.mean), p99: ms(llm.p99) },
      { path: 'heuristic only', p50: ms(heuristic.p50), mean: ms(heuristic.mean), p99: ms(heuristic.p99) },
      {
        path: 'LLM path overhead (difference)',
        p50: ms(llm.p50 - heuristic.p50),
        mean: ms(llm.mean - heuristic.mean),
        p99: '',
      },
    ]);
  } finally {
    await llmPlanner.stop();
    await heuristicPlanner.stop();
    await server.close();
  }
}

/** A gauge's value from the planner's `/metrics`. */
async function gauge(planner: RunningPlanner, name: string): Promise<number> {
  const text = await (await fetch(`${planner.url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `) || l.startsWith(`${name}{`));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : Number.NaN;
}

/** The LLM timeout the GC run uses, seconds. */
const GC_RUN_TIMEOUT_S = 1;

/**
 * A model that never answers, the planner under forced full GCs (tools/bench/gc-pressure.ts): every plan must be
 * answered within the budget + 1 s, no LLM slot may stay held, and once the model answers again
 * the circuit (auto mode) must close.
 */
async function neverAnsweringUnderGc(provider: LlmTestProvider): Promise<void> {
  const server = await startLlmTestServer(provider, { responder: () => ({ kind: 'hang' }) });
  const gcPressure = resolve(workspaceRoot(), 'dist/tools/bench/gc-pressure.js');
  const common = {
    ...plannerLlmEnv(provider, server.url),
    PLANNER_RATE_LIMIT_RPS: '0',
    OLLAMA_TIMEOUT: String(GC_RUN_TIMEOUT_S),
    PLANNER_ENABLE_CACHING: 'false',
  };
  const underGc = { NODE_OPTIONS: `--require ${gcPressure}`, GC_PRESSURE_MS: '10' };
  const started: RunningPlanner[] = [];
  try {
    const llmMode = await startPlanner({
      ...common,
      ...underGc,
      PLANNER_LLM_MODE: 'llm',
      PLANNER_LLM_CONCURRENCY: '2',
    });
    started.push(llmMode);
    const autoMode = await startPlanner({
      ...common,
      ...underGc,
      PLANNER_LLM_MODE: 'auto',
      PLANNER_LLM_REPROBE_SECONDS: '1',
    });
    started.push(autoMode);
    const plans = 24;
    const latencies: number[] = [];
    const serverSide: number[] = [];
    let degraded = 0;
    // One wave first, not counted: JIT and lazily loaded code, as in the other runs' warm-up.
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        plan(llmMode, requestFor(`GC warm-up ${i}: sign-ins`, someSchemaHints(), `gw-${i}`)),
      ),
    );
    for (let wave = 0; wave < plans / 8; wave += 1) {
      await Promise.all(
        Array.from({ length: 8 }, async (_, i) => {
          const started = performance.now();
          const response = await plan(
            llmMode,
            requestFor(`GC run ${wave}-${i}: failed sign-ins by host`, someSchemaHints(), `g-${wave}-${i}`),
          );
          latencies.push(performance.now() - started);
          serverSide.push(response.metadata.duration_ms);
          if (response.metadata.degraded) degraded += 1;
        }),
      );
    }
    const limitMs = GC_RUN_TIMEOUT_S * 1000 + 1000;
    const held = await gauge(llmMode, 'planner_llm_in_flight');
    const queued = await gauge(llmMode, 'planner_llm_queued');

    // Auto mode: open the circuit on the hanging model, then let the model answer and wait for the circuit to close.
    for (let i = 0; i < 4; i += 1)
      await plan(autoMode, requestFor(`GC auto run ${i}: sign-ins`, someSchemaHints(), `a-${i}`));
    server.respondWith(defaultResponder);
    const recoveryStarted = performance.now();
    let recoveredMs = Number.NaN;
    for (let i = 0; i < 40 && Number.isNaN(recoveredMs); i += 1) {
      const response = await plan(
        autoMode,
        requestFor(`GC recovery ${i}: sign-ins by country`, someSchemaHints(), `r-${i}`),
      );
      if (!response.metadata.degraded) recoveredMs = performance.now() - recoveryStarted;
      else await new Promise((r) => setTimeout(r, 250));
    }
    const health = (await (await fetch(`${autoMode.url}/health/llm`)).json()) as {
      details?: { llm?: { circuit?: string } };
    };

    console.log(
      `\nNever-answering model, planner under forced full GCs (one ≥ 10 ms after the last ends; OLLAMA_TIMEOUT=${GC_RUN_TIMEOUT_S} s, llm mode, concurrency 2, 8 at a time, after one uncounted wave):`,
    );
    console.table([
      {
        plans,
        [`answered within ${limitMs / 1000} s (client clock)`]: latencies.filter((ms) => ms <= limitMs).length,
        [`within ${limitMs / 1000} s (planner's duration_ms)`]: serverSide.filter((ms) => ms <= limitMs).length,
        'max latency (client)': ms(Math.max(...latencies)),
        'max duration_ms': ms(Math.max(...serverSide)),
        degraded,
        'LLM slots held after': held,
        'queued after': queued,
        'auto mode: circuit closed after the model came back': Number.isNaN(recoveredMs)
          ? 'no'
          : `yes, in ${ms(recoveredMs)}`,
        'circuit (/health/llm)': health.details?.llm?.circuit ?? '?',
      },
    ]);
    // The targets, checked on the planner's own clock (the client's also counts the loaded CI machine).
    const late = serverSide.filter((ms) => ms > limitMs).length;
    if (late > 0 || held > 0 || queued > 0 || Number.isNaN(recoveredMs)) {
      console.error(
        `bench:llm targets missed: ${late} plan(s) over ${limitMs} ms, ${held} slot(s) held, ${queued} queued, circuit recovered: ${!Number.isNaN(recoveredMs)}`,
      );
      process.exitCode = 1;
    }
  } finally {
    for (const planner of started) await planner.stop();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

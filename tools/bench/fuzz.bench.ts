/**
 * `npm run bench:fuzz`: 10,000 (or --runs N) malformed and hostile requests against the
 * built planner process, then as many against the built orchestrator (in front of that
 * planner, its other agents unreachable), over loopback. Prints the counts by status and by
 * kind; exits 1 when any answer is a 5xx, leaves the error format, or hangs past its deadline.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import fc from 'fast-check';
import {
  fuzzAnswerProblem,
  fuzzRequests,
  orchestratorFuzzAnswerProblem,
  orchestratorFuzzRequests,
  type FuzzRequest,
} from '@mesh/a2a-contracts/fuzzing';
import { freePort, startPlanner, workspaceRoot } from './planner-process';

const runs = Number(/--runs[= ](\d+)/.exec(process.argv.join(' '))?.[1] ?? 10_000);
const concurrency = 8;

async function send(
  url: string,
  input: FuzzRequest & { readonly method?: 'GET' | 'POST'; readonly path?: string },
): Promise<{ status: number; body: unknown }> {
  const method = input.method ?? 'POST';
  const body =
    input.rawHex !== undefined
      ? Buffer.from(input.rawHex, 'hex')
      : input.raw !== undefined
        ? input.raw
        : JSON.stringify(input.body ?? null);
  const response = await fetch(`${url}${input.path ?? '/a2a/task'}`, {
    method,
    headers: {
      'content-type': input.contentType,
      ...(input.contentEncoding ? { 'content-encoding': input.contentEncoding } : {}),
    },
    body: method === 'GET' ? undefined : body,
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = text;
  }
  return { status: response.status, body: parsed };
}

type Target = FuzzRequest & { readonly method?: 'GET' | 'POST'; readonly path?: string };

/** Sends every input, 8 at a time; prints the counts by status and kind; true when all answers keep the rules. */
async function fuzz(
  label: string,
  url: string,
  inputs: readonly Target[],
  problemOf: (status: number, body: unknown) => string | undefined,
): Promise<boolean> {
  const byStatus = new Map<number, number>();
  const byKind = new Map<string, Map<number, number>>();
  const problems: string[] = [];
  const started = Date.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < inputs.length) {
        const input = inputs[next++]!;
        try {
          const { status, body } = await send(url, input);
          byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
          const kind = byKind.get(input.kind) ?? new Map<number, number>();
          kind.set(status, (kind.get(status) ?? 0) + 1);
          byKind.set(input.kind, kind);
          const problem = problemOf(status, body);
          if (problem && problems.length < 20) problems.push(`${problem}: ${JSON.stringify(input).slice(0, 300)}`);
        } catch (error) {
          problems.push(
            `no answer (${error instanceof Error ? error.message : String(error)}): ${JSON.stringify(input).slice(0, 300)}`,
          );
        }
      }
    }),
  );
  const alive = await fetch(`${url}/health`).then(
    (r) => r.status,
    () => 0,
  );
  const fiveHundreds = [...byStatus].filter(([status]) => status >= 500).reduce((sum, [, count]) => sum + count, 0);
  console.log(
    `fuzzed the ${label} with ${inputs.length} requests in ${((Date.now() - started) / 1000).toFixed(1)} s (${concurrency} in flight); 5xx: ${fiveHundreds}; health afterwards: ${alive}`,
  );
  console.log('by status:', Object.fromEntries([...byStatus].sort((a, b) => a[0] - b[0])));
  for (const [kind, statuses] of [...byKind].sort())
    console.log(`  ${kind.padEnd(22)}`, Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])));
  console.log(`problems: ${problems.length}`);
  for (const problem of problems) console.log(`  ${problem}`);
  return problems.length === 0 && alive === 200;
}

function withoutAgentsFile(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env };
  delete copy['AGENTS_FILE'];
  return copy;
}

/** The built orchestrator in front of `plannerUrl`, its other agents at a port nothing listens on. */
async function startOrchestrator(plannerUrl: string): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const nowhere = await freePort();
  const child = spawn(process.execPath, [resolve(workspaceRoot(), 'dist/apps/orchestrator-stub/main.js')], {
    env: {
      ...withoutAgentsFile(process.env),
      ORCHESTRATOR_HOST: '127.0.0.1',
      ORCHESTRATOR_PORT: String(port),
      PLANNER_URL: plannerUrl,
      AGENT_URLS: `http://127.0.0.1:${nowhere}`,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`the orchestrator exited with code ${child.exitCode}`);
    if (
      await fetch(`${url}/health`).then(
        () => true,
        () => false,
      )
    )
      return { url, stop: () => child.kill('SIGTERM') };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error('the orchestrator did not start');
}

async function main(): Promise<void> {
  const planner = await startPlanner({ PLANNER_RATE_LIMIT_RPS: '0' });
  const seed = Number(process.env['FUZZ_SEED'] ?? 42);
  let ok = true;
  try {
    ok =
      (await fuzz('planner', planner.url, fc.sample(fuzzRequests, { numRuns: runs, seed }), fuzzAnswerProblem)) && ok;
    const orchestrator = await startOrchestrator(planner.url);
    try {
      ok =
        (await fuzz(
          'orchestrator',
          orchestrator.url,
          fc.sample(orchestratorFuzzRequests, { numRuns: runs, seed }),
          orchestratorFuzzAnswerProblem,
        )) && ok;
    } finally {
      orchestrator.stop();
    }
    if (!ok) process.exitCode = 1;
  } finally {
    await planner.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

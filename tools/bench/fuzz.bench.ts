/**
 * `npm run bench:fuzz`: 10,000 (or --runs N) malformed and hostile requests against the
 * built planner process over loopback. Prints the counts by status and by kind; exits 1 when
 * any answer is a 5xx, leaves the error format, or hangs past its deadline.
 */
import fc from 'fast-check';
import { fuzzAnswerProblem, fuzzRequests, type FuzzRequest } from '@mesh/a2a-contracts/fuzzing';
import { startPlanner } from './planner-process';

const runs = Number(/--runs[= ](\d+)/.exec(process.argv.join(' '))?.[1] ?? 10_000);
const concurrency = 8;

async function send(url: string, input: FuzzRequest): Promise<{ status: number; body: unknown }> {
  const body = input.raw !== undefined ? input.raw : JSON.stringify(input.body ?? null);
  const response = await fetch(`${url}/a2a/task`, {
    method: 'POST',
    headers: { 'content-type': input.contentType },
    body,
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

async function main(): Promise<void> {
  const planner = await startPlanner({ PLANNER_RATE_LIMIT_RPS: '0' });
  const inputs = fc.sample(fuzzRequests, { numRuns: runs, seed: Number(process.env['FUZZ_SEED'] ?? 42) });
  const byStatus = new Map<number, number>();
  const byKind = new Map<string, Map<number, number>>();
  const problems: string[] = [];
  const started = Date.now();
  let next = 0;
  try {
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < inputs.length) {
          const input = inputs[next++]!;
          try {
            const { status, body } = await send(planner.url, input);
            byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
            const kind = byKind.get(input.kind) ?? new Map<number, number>();
            kind.set(status, (kind.get(status) ?? 0) + 1);
            byKind.set(input.kind, kind);
            const problem = fuzzAnswerProblem(status, body);
            if (problem && problems.length < 20) problems.push(`${problem}: ${JSON.stringify(input).slice(0, 300)}`);
          } catch (error) {
            problems.push(`no answer (${error instanceof Error ? error.message : String(error)}): ${JSON.stringify(input).slice(0, 300)}`);
          }
        }
      }),
    );
    const alive = await fetch(`${planner.url}/health`).then((r) => r.status);
    console.log(`fuzzed the planner with ${inputs.length} requests in ${((Date.now() - started) / 1000).toFixed(1)} s (${concurrency} in flight); health afterwards: ${alive}`);
    console.log('by status:', Object.fromEntries([...byStatus].sort((a, b) => a[0] - b[0])));
    for (const [kind, statuses] of [...byKind].sort()) console.log(`  ${kind.padEnd(22)}`, Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])));
    console.log(`problems: ${problems.length}`);
    for (const problem of problems) console.log(`  ${problem}`);
    if (problems.length > 0 || alive !== 200) process.exitCode = 1;
  } finally {
    await planner.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

/**
 * `npm run bench:worst`: the worst inputs the contract accepts (worst-case-inputs.ts) against the built
 * planner process over loopback. For each: its body size, the answer, the largest planning
 * time the planner reports (`metadata.duration_ms`) and round trip over `--runs N` (default 3),
 * the p99 / max of `GET /health` polled every 10 ms (from a thread of its own) while those requests run, and the planner's CPU time per
 * request (user + system, /health included; less sensitive than the clock to other work on the machine). Targets:
 * planning <= 50 ms, health p99 < 50 ms; exits 1 when an input misses them or gets a 5xx.
 */
import { Worker } from 'node:worker_threads';
import { summarize } from './bench-stats';
import { startPlanner } from './planner-process';
import { worstCases } from './worst-case-inputs';

const runs = Number(/--runs[= ](\d+)/.exec(process.argv.join(' '))?.[1] ?? 3);
/** `--report-only`: print the figures; fail only on a 5xx, an unanswered request or a dead planner. */
const reportOnly = process.argv.includes('--report-only');
/** `--only <text>`: the inputs whose name contains it (to profile one). */
const only = /--only[= ](\S+)/.exec(process.argv.join(' '))?.[1];
const PLANNING_TARGET_MS = 50;
const HEALTH_TARGET_MS = 50;

/**
 * Polls `GET /health` every 10 ms from a worker thread of its own (as a separate prober would: the
 * bench's own work, building bodies and reading 0.6 MB answers, must not count as the planner's wait)
 * until stopped; answers the latencies (Infinity for a failed poll).
 */
async function pollHealth(url: string): Promise<{ stop: () => Promise<number[]> }> {
  const source = `
    const { parentPort, workerData } = require('node:worker_threads');
    const samples = [];
    let done = false;
    parentPort.on('message', () => { done = true; });
    (async () => {
      // One poll first, not counted: a new thread's first fetch sets up its HTTP client.
      await fetch(workerData + '/health').then((r) => r.arrayBuffer());
      parentPort.postMessage('ready');
      while (!done) {
        const started = performance.now();
        try {
          await fetch(workerData + '/health', { signal: AbortSignal.timeout(120000) }).then((r) => r.arrayBuffer());
          samples.push(performance.now() - started);
        } catch {
          samples.push(Number.POSITIVE_INFINITY);
        }
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      parentPort.postMessage(samples);
    })();`;
  const worker = new Worker(source, { eval: true, workerData: url });
  await new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return {
    stop: () =>
      new Promise<number[]>((resolve, reject) => {
        worker.once('message', (samples: number[]) => void worker.terminate().then(() => resolve(samples)));
        worker.once('error', reject);
        worker.postMessage('stop');
      }),
  };
}

async function main(): Promise<void> {
  const planner = await startPlanner({ PLANNER_RATE_LIMIT_RPS: '0', PLANNER_ENABLE_CACHING: 'false' });
  let missed = 0;
  let failed = 0;
  try {
    console.log(
      `worst-case inputs against the built planner, ${runs} run(s) each; targets: planning <= ${PLANNING_TARGET_MS} ms, /health p99 < ${HEALTH_TARGET_MS} ms`,
    );
    console.log(
      `${'input'.padEnd(52)} ${'body'.padStart(8)}  ${'answer'.padEnd(24)} ${'plan max'.padStart(9)} ${'trip max'.padStart(9)} ${'health p99'.padStart(10)} ${'max'.padStart(8)} ${'cpu/req'.padStart(9)}  rss`,
    );
    for (const { name, body } of worstCases().filter((input) => !only || input.name.includes(only))) {
      const text = JSON.stringify(body);
      const planning: number[] = [];
      const trips: number[] = [];
      let answer = '';
      const cpuBefore = planner.cpuMicros();
      const poller = await pollHealth(planner.url);
      for (let run = 0; run < runs; run++) {
        const started = performance.now();
        try {
          const response = await fetch(`${planner.url}/a2a/task`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: text,
            signal: AbortSignal.timeout(600_000),
          });
          const reply = (await response.json()) as {
            status?: string;
            error?: { code?: string };
            metadata?: { duration_ms?: number };
          };
          trips.push(performance.now() - started);
          planning.push(reply.metadata?.duration_ms ?? Number.NaN);
          answer = `${response.status} ${reply.status ?? ''}${reply.error?.code ? ` ${reply.error.code}` : ''}`;
          if (response.status >= 500) failed += 1;
        } catch (error) {
          trips.push(performance.now() - started);
          answer = `no answer (${error instanceof Error ? error.message : String(error)})`;
          failed += 1;
        }
      }
      const health = await poller.stop();
      const cpuPerRequest = (planner.cpuMicros() - cpuBefore) / 1000 / runs;
      const plan = summarize(planning.filter(Number.isFinite));
      const trip = summarize(trips);
      const probe = summarize(health);
      if (!(plan.max <= PLANNING_TARGET_MS) || !(probe.p99 < HEALTH_TARGET_MS)) missed += 1;
      const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a');
      console.log(
        `${name.padEnd(52)} ${`${(text.length / 1024 / 1024).toFixed(2)} MB`.padStart(8)}  ${answer.slice(0, 24).padEnd(24)} ${ms(plan.max).padStart(9)} ${ms(trip.max).padStart(9)} ${ms(probe.p99).padStart(10)} ${ms(probe.max).padStart(8)} ${ms(cpuPerRequest).padStart(9)}  ${(planner.rssBytes() / 1048576).toFixed(0)} MB`,
      );
    }
    const alive = await fetch(`${planner.url}/health`).then(
      (r) => r.status,
      () => 0,
    );
    console.log(`health afterwards: ${alive}; inputs over a target: ${missed}; failed requests: ${failed}`);
    if (failed > 0 || alive !== 200 || (!reportOnly && missed > 0)) process.exitCode = 1;
  } finally {
    await planner.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

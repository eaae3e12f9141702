/**
 * `npm run bench:load`: autocannon against the built planner process on loopback.
 * create_plan for 60 s (--duration N) at 50 connections, then a bare Nest route of the same
 * app (GET /a2a/agent: same middleware, no planning) for comparison. Prints req/s, p50/p99
 * latency, errors and non-2xx, the planner's CPU time per request (from /proc), its RSS after
 * warm-up and at the end, and the ratio.
 * Targets: 0 errors, RSS growth < 10 % after warm-up, create_plan ≥ 60 % of the bare route.
 */
import autocannon from 'autocannon';
import { aCreatePlanRequest, someSchemaHints } from '@mesh/a2a-contracts/testing';
import { startPlanner } from './planner-process';

const duration = Number(/--duration[= ](\d+)/.exec(process.argv.join(' '))?.[1] ?? 60);
const connections = 50;

interface Row {
  readonly name: string;
  readonly result: autocannon.Result;
  /** The planner process's CPU time per request (all its threads, GC included). */
  readonly cpuMicrosPerRequest: number;
}

function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

const mib = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MiB`;

async function main(): Promise<void> {
  const planner = await startPlanner({ PLANNER_RATE_LIMIT_RPS: '0' });
  const body = JSON.stringify(
    aCreatePlanRequest('Show failed sign-ins for admins in the last 24 hours', { schema_hints: someSchemaHints() }),
  );
  const createPlan: autocannon.Options = {
    url: `${planner.url}/a2a/task`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections,
  };
  try {
    await run({ ...createPlan, duration: Math.min(10, duration) });
    const rssStart = planner.rssBytes();
    const rows: Row[] = [];
    const measured = async (name: string, options: autocannon.Options): Promise<void> => {
      const cpuBefore = planner.cpuMicros();
      const result = await run(options);
      rows.push({
        name,
        result,
        cpuMicrosPerRequest: (planner.cpuMicros() - cpuBefore) / Math.max(1, result.requests.total),
      });
    };
    await measured('create_plan', { ...createPlan, duration });
    const rssEnd = planner.rssBytes();
    await measured('bare route (GET /a2a/agent)', { url: `${planner.url}/a2a/agent`, connections, duration });

    console.table(
      rows.map(({ name, result, cpuMicrosPerRequest }) => ({
        route: name,
        'req/s (mean)': Math.round(result.requests.average),
        'p50 ms': result.latency.p50,
        'p99 ms': result.latency.p99,
        requests: result.requests.total,
        errors: result.errors + result.timeouts,
        'non-2xx': result.non2xx,
        'planner CPU µs/req': Math.round(cpuMicrosPerRequest),
      })),
    );
    const [plan, bare] = rows.map((r) => r.result);
    const ratio = plan!.requests.average / bare!.requests.average;
    const growth = (rssEnd - rssStart) / rssStart;
    console.log(`create_plan at ${(ratio * 100).toFixed(0)} % of the bare route's req/s (target ≥ 60 %)`);
    console.log(
      `planner RSS after warm-up ${mib(rssStart)}, after ${duration} s of create_plan ${mib(rssEnd)}: ${(growth * 100).toFixed(1)} % (target < 10 %)`,
    );
    console.log(`errors ${plan!.errors + plan!.timeouts}, non-2xx ${plan!.non2xx} (target 0)`);
    if (plan!.errors + plan!.timeouts + plan!.non2xx > 0) process.exitCode = 1;
  } finally {
    await planner.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

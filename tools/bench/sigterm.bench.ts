/**
 * `npm run bench:sigterm`: the built planner gets 50 concurrent heavy requests and a SIGTERM
 * 0.5 s later. Prints how many were answered, how many failed (reset, refused), the exit code
 * and whether every answered request left its log line; exits 1 unless 50/50 were answered.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { aCreatePlanRequest } from '@mesh/a2a-contracts/testing';
import { freePort, workspaceRoot } from './planner-process';

const REQUESTS = 50;

async function main(): Promise<void> {
  const port = await freePort();
  const child = spawn(process.execPath, [resolve(workspaceRoot(), 'dist/apps/planner/main.js')], {
    env: {
      ...process.env,
      PLANNER_HOST: '127.0.0.1',
      PLANNER_PORT: String(port),
      LOG_LEVEL: 'info',
      LOG_FORMAT: 'json',
      PLANNER_LLM_MODE: 'heuristic',
      PLANNER_RATE_LIMIT_RPS: '0',
      SHUTDOWN_DRAIN_TIMEOUT: '120',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const exited = new Promise<number | string>((done) =>
    child.once('exit', (code, signal) => done(code ?? String(signal))),
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    if (
      await fetch(`${url}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const tables = Object.fromEntries(
    Array.from({ length: 3000 }, (_, i) => [`Table_${i}_Events`, ['TimeGenerated', 'UserPrincipalName', 'ResultType']]),
  );
  const bodyOf = (i: number) =>
    JSON.stringify(
      aCreatePlanRequest(
        'show failed sign-ins by user in the last 24 hours; also list risky users',
        { schema_hints: { kql: { tables } } },
        `t${i}`,
      ),
    );
  await fetch(`${url}/a2a/task`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: bodyOf(-1),
  }).then((r) => r.text());

  const started = Date.now();
  const requests = Array.from({ length: REQUESTS }, (_, i) =>
    fetch(`${url}/a2a/task`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: bodyOf(i),
      signal: AbortSignal.timeout(180_000),
    }).then(async (r) => {
      await r.text();
      return r.status;
    }),
  );
  setTimeout(() => child.kill('SIGTERM'), 500);
  const settled = await Promise.allSettled(requests);
  const exit = await exited;
  const answered = settled.filter((s) => s.status === 'fulfilled' && s.value === 200).length;
  const failures = [
    ...new Set(
      settled.flatMap((s) =>
        s.status === 'rejected' ? [String((s.reason as { cause?: { code?: string } }).cause?.code ?? s.reason)] : [],
      ),
    ),
  ];
  const logLines = stdout
    .split('\n')
    .filter((line) => line.includes('"request completed"') && line.includes('"task_id":"t')).length;
  const drainLines = stdout
    .split('\n')
    .filter((line) => line.includes('"context":"Shutdown"'))
    .map((line) => (JSON.parse(line) as { msg: string }).msg);
  console.log(`SIGTERM 0.5 s into ${REQUESTS} concurrent heavy requests (3,000-table schema_hints each):`);
  console.log(
    `  answered ${answered}/${REQUESTS}, failed ${settled.length - answered} ${failures.length ? `(${failures.join(', ')})` : ''}`,
  );
  console.log(
    `  exit ${exit} after ${((Date.now() - started) / 1000).toFixed(1)} s; request log lines ${logLines} (1 warm-up included)`,
  );
  for (const line of drainLines) console.log(`  planner: ${line}`);
  if (answered !== REQUESTS || logLines < answered) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

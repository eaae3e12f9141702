/**
 * Starts the built planner (`node dist/apps/planner/main.js`) as a child process on a free
 * loopback port, waits for its health check, and stops it. For benchmarks that must measure
 * the real process (its RSS, its HTTP stack), not an in-process app.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';

export interface RunningPlanner {
  readonly url: string;
  readonly pid: number;
  /** Resident set size of the planner process, in bytes (from /proc). */
  rssBytes(): number;
  /** CPU time the planner process has used so far (user + system, all threads), in µs (from /proc). */
  cpuMicros(): number;
  stop(): Promise<void>;
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        address && typeof address === 'object' ? resolvePort(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the planner exited with code ${child.exitCode} before it was healthy`);
    try {
      // Readiness: the planning worker has warmed up (a large body sent before would wait for it).
      const response = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(500) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the planner did not become healthy within ${timeoutMs} ms`);
}

/** The workspace root (where nx.json is), from wherever this file was compiled to. */
export function workspaceRoot(from = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(resolve(dir, 'nx.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no nx.json above ${from}`);
  }
}

export async function startPlanner(env: Record<string, string> = {}): Promise<RunningPlanner> {
  const main = resolve(workspaceRoot(), 'dist/apps/planner/main.js');
  const port = await freePort();
  // `BENCH_PLANNER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof"`: extra node flags for the planner (to profile it).
  const extraArgs = (process.env['BENCH_PLANNER_NODE_ARGS'] ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, ['--max-semi-space-size=32', ...extraArgs, main], {
    env: {
      ...process.env,
      PLANNER_HOST: '127.0.0.1',
      PLANNER_PORT: String(port),
      LOG_LEVEL: 'warn',
      PLANNER_LLM_MODE: 'heuristic',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, child, 60_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    url,
    pid: child.pid!,
    cpuMicros: () => {
      // Fields 14 and 15 of /proc/<pid>/stat, after the parenthesised command name, in clock ticks (100 Hz).
      const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return (Number(fields[11]) + Number(fields[12])) * 10_000;
    },
    rssBytes: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? 0);
      return kb * 1024;
    },
    stop: () =>
      new Promise<void>((resolveStop) => {
        if (child.exitCode !== null) return resolveStop();
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolveStop();
        });
        child.kill('SIGTERM');
      }),
  };
}

import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { join, resolve } from 'node:path';
import { healthTargets } from '../mesh/health-targets';
import { MESH_AGENTS } from '@mesh/a2a-contracts/wire';
import { meshConfig, type MeshConfig, type MeshService } from '../mesh/mesh-services';
import { waitUntilHealthy } from '../mesh/readiness';
import { freePorts } from './free-ports';

const ROOT = resolve(__dirname, '..', '..');
export const LOG_DIR = join(ROOT, 'tmp', 'e2e-logs');

interface Running {
  readonly service: MeshService;
  readonly child: ChildProcess;
  readonly log: WriteStream;
  readonly exited: Promise<void>;
}

/** Every child the harness started, so a crash of the test process still takes them down. */
const everyChild = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of everyChild) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

export interface Mesh {
  readonly config: MeshConfig;
  readonly orchestratorUrl: string;
  /** Stops one service (SIGTERM, then SIGKILL after 3 s) and waits for it to exit. */
  stop(name: string): Promise<void>;
  /** Stops everything still running. Safe to call twice. */
  stopAll(): Promise<void>;
}

async function stopProcess(running: Running): Promise<void> {
  const { child } = running;
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    await running.exited;
    clearTimeout(timer);
  }
  await new Promise((resolve) => running.log.end(resolve));
}

/**
 * Starts the built mesh (the same `node dist/apps/<app>/main.js` commands as `npm start`) on
 * free loopback ports, each process logging to tmp/e2e-logs/<name>.log, and waits until
 * every service is healthy and the orchestrator reaches every agent.
 */
export async function startMesh(extraEnv: Record<string, string> = {}, readyTimeoutMs = 60_000): Promise<Mesh> {
  const names = ['planner', ...MESH_AGENTS.map((agent) => agent.key), 'orchestrator'];
  const ports = await freePorts(names.length);
  const portEnv = Object.fromEntries(names.map((name, i) => [`MESH_${name.toUpperCase()}_PORT`, String(ports[i])]));
  const config = meshConfig({ MESH_HOST: '127.0.0.1', ...portEnv });
  mkdirSync(LOG_DIR, { recursive: true });

  const running = new Map<string, Running>();
  for (const service of config.services) {
    const log = createWriteStream(join(LOG_DIR, `${service.name}.log`));
    const child = spawn(process.execPath, [service.script], {
      cwd: ROOT,
      env: { ...process.env, ...extraEnv, ...service.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    everyChild.add(child);
    child.stdout?.pipe(log, { end: false });
    child.stderr?.pipe(log, { end: false });
    const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
    running.set(service.name, { service, child, log, exited });
  }

  const mesh: Mesh = {
    config,
    orchestratorUrl: config.orchestratorUrl,
    stop: async (name) => {
      const target = running.get(name);
      if (!target) throw new Error(`no mesh service ${name}`);
      await stopProcess(target);
    },
    stopAll: async () => {
      await Promise.all([...running.values()].map(stopProcess));
    },
  };

  try {
    const health = await waitUntilHealthy(healthTargets(config), { timeoutMs: readyTimeoutMs });
    if (!health.ready)
      throw new Error(
        `mesh not healthy after ${health.elapsedMs} ms: ${health.pending.join(', ')} (logs in ${LOG_DIR})`,
      );
    const deadline = Date.now() + 15_000;
    for (;;) {
      const entries = (await (
        await fetch(`${config.orchestratorUrl}/agents`, { signal: AbortSignal.timeout(5000) })
      ).json()) as Array<{ reachable: boolean }>;
      if (entries.length === config.services.length - 1 && entries.every((e) => e.reachable)) break;
      if (Date.now() > deadline)
        throw new Error(`the orchestrator does not reach every agent: ${JSON.stringify(entries)}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  } catch (error) {
    await mesh.stopAll();
    throw error;
  }
  return mesh;
}

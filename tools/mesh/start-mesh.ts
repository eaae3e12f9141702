/**
 * `npm start`: the whole mesh on loopback, from the built dist, with prefixed logs
 * (concurrently). Prints one `curl` line once every service answers its health route.
 * A service that exits is restarted with back-off (MESH_RESTART_TRIES, default 5) and the
 * others keep running; SIGINT, SIGTERM or SIGHUP to the launcher, or its parent going away,
 * stops every service (each drains its requests first).
 *
 * Run: SWC_NODE_PROJECT=tools/tsconfig.json node --conditions=@mesh/source -r @swc-node/register tools/mesh/start-mesh.ts
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { concurrently } from 'concurrently';
import { commandOf, meshConfig, MeshConfigError, sampleCurl } from './mesh-services';
import { healthTargets } from './health-targets';
import { waitUntilHealthy } from './readiness';
import { stopOnTerminationAsOnInterrupt, supervisionOptions, watchParent } from './supervision';

const ROOT = resolve(__dirname, '..', '..');
const COLORS = ['magenta', 'cyan', 'cyan', 'cyan', 'yellow', 'yellow', 'yellow', 'green'];

async function main(): Promise<number> {
  let config;
  let supervision;
  try {
    config = meshConfig(process.env);
    supervision = supervisionOptions(process.env);
  } catch (error) {
    if (error instanceof MeshConfigError || (error instanceof Error && error.message.startsWith('MESH_'))) {
      console.error(`[mesh] ${error.message}`);
      return 2;
    }
    throw error;
  }
  const missing = [...new Set(config.services.map((s) => s.script))].filter(
    (script) => !existsSync(join(ROOT, script)),
  );
  if (missing.length > 0) {
    console.error(
      `[mesh] not built: ${missing.join(', ')}. Run \`npm start\` (it builds first) or \`npx nx run-many -t build\`.`,
    );
    return 2;
  }

  console.log(`[mesh] starting ${config.services.map((s) => `${s.name}:${s.port}`).join(' ')} on ${config.host}`);
  // The services write to concurrently's pipes, not a terminal: ask for readable lines when a person is watching.
  const logFormat = process.env['LOG_FORMAT'] ?? (process.stdout.isTTY ? 'pretty' : 'json');
  const { result } = concurrently(
    config.services.map((service, index) => ({
      name: service.name,
      command: commandOf(service),
      env: { LOG_FORMAT: logFormat, ...service.env },
      prefixColor: COLORS[index] ?? 'white',
    })),
    { cwd: ROOT, prefix: 'name', padPrefix: true, ...supervision, handleInput: false },
  );
  stopOnTerminationAsOnInterrupt();
  // npm does not always pass SIGTERM on: when the launcher's parent goes, stop the services as for a signal.
  const stopWatching = watchParent(() => {
    console.error('[mesh] the parent process went away: stopping every service');
    process.kill(process.pid, 'SIGTERM');
  });

  const stopped = new AbortController();
  const done = result.then(
    () => 0,
    () => 1,
  );
  void done.finally(() => {
    stopWatching();
    stopped.abort();
  });

  const readiness = await waitUntilHealthy(healthTargets(config), {
    timeoutMs: config.readyTimeoutMs,
    signal: stopped.signal,
  });
  if (readiness.ready) {
    console.log(
      `[mesh] ready in ${(readiness.elapsedMs / 1000).toFixed(1)} s — try: ${sampleCurl(config.orchestratorUrl)}`,
    );
  } else if (!stopped.signal.aborted) {
    console.error(
      `[mesh] not healthy after ${(readiness.elapsedMs / 1000).toFixed(0)} s: ${readiness.pending.join(', ')} (still running; see the logs above)`,
    );
  }
  return done;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('[mesh]', error);
    process.exit(1);
  },
);

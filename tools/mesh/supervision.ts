/**
 * How the launcher keeps the mesh up: a service that exits is restarted with exponential
 * back-off (1 s, 2 s, 4 s, ...) up to MESH_RESTART_TRIES times while the others keep running;
 * SIGINT, SIGTERM and SIGHUP to the launcher go to every service (concurrently forwards them);
 * and the launcher stops everything when its parent (npm) goes away without a signal.
 */
import type { ConcurrentlyOptions } from 'concurrently';

export const DEFAULT_RESTART_TRIES = 5;

/** concurrently's options for the mesh: no service takes the others down; exits restart with back-off. */
export function supervisionOptions(
  env: Readonly<Record<string, string | undefined>>,
): Pick<ConcurrentlyOptions, 'killOthersOn' | 'restartTries' | 'restartDelay'> {
  const raw = env['MESH_RESTART_TRIES']?.trim();
  const tries = raw === undefined || raw === '' ? DEFAULT_RESTART_TRIES : Number(raw);
  if (!Number.isInteger(tries) || tries < 0 || tries > 1000)
    throw new Error(`MESH_RESTART_TRIES=${JSON.stringify(raw)}: must be a whole number from 0 to 1000`);
  return { killOthersOn: [], restartTries: tries, restartDelay: 'exponential' };
}

/**
 * Calls `onGone` once when this process's parent changes (it died and the process was
 * re-parented): `npm start` killed by SIGTERM does not pass the signal on, and the launcher
 * would keep eight services on their ports. Returns a function that stops watching.
 */
export function watchParent(
  onGone: () => void,
  options: { readonly intervalMs?: number; readonly ppid?: () => number } = {},
): () => void {
  const ppid = options.ppid ?? (() => process.ppid);
  const original = ppid();
  const timer = setInterval(() => {
    if (ppid() === original) return;
    clearInterval(timer);
    onGone();
  }, options.intervalMs ?? 500);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * concurrently restarts a service that exits with a non-zero code, and counts only SIGINT as a
 * clean stop (it maps the services' exit codes to 0 after SIGINT alone): a SIGTERM or SIGHUP to
 * the launcher would stop the services and then restart them. Call after `concurrently()` has
 * registered its listeners: SIGTERM and SIGHUP then take the SIGINT path, and every service stops.
 */
export function stopOnTerminationAsOnInterrupt(
  proc: Pick<NodeJS.Process, 'removeAllListeners' | 'on' | 'emit'> = process,
): void {
  for (const signal of ['SIGTERM', 'SIGHUP'] as const) {
    proc.removeAllListeners(signal);
    proc.on(signal, () => proc.emit('SIGINT', 'SIGINT'));
  }
}

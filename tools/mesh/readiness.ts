/** Polls health endpoints until all answer, within a deadline. The probe is injected (fetch in real use). */

export interface ReadinessTarget {
  readonly name: string;
  readonly url: string;
}

export type Probe = (url: string, timeoutMs: number) => Promise<boolean>;

export interface ReadinessOptions {
  readonly timeoutMs: number;
  /** Pause between rounds. */
  readonly intervalMs?: number;
  /** Timeout of one probe. */
  readonly probeTimeoutMs?: number;
  readonly probe?: Probe;
  readonly signal?: AbortSignal;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

export type ReadinessOutcome =
  | { readonly ready: true; readonly elapsedMs: number }
  | { readonly ready: false; readonly elapsedMs: number; readonly pending: readonly string[] };

/** A GET that counts as healthy on HTTP 2xx; any error or timeout is "not yet". */
export const fetchProbe: Probe = async (url, timeoutMs) => {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
};

/**
 * Resolves `{ready: true}` once every target has answered healthy (each only needs to once),
 * or `{ready: false, pending}` with the names still silent at the deadline or on abort.
 */
export async function waitUntilHealthy(
  targets: readonly ReadinessTarget[],
  options: ReadinessOptions,
): Promise<ReadinessOutcome> {
  const now = options.now ?? (() => Date.now());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const probe = options.probe ?? fetchProbe;
  const intervalMs = options.intervalMs ?? 250;
  const probeTimeoutMs = options.probeTimeoutMs ?? 1000;
  const started = now();
  const pending = new Map(targets.map((t) => [t.name, t]));
  for (;;) {
    const results = await Promise.all(
      [...pending.values()].map(async (t) => [t.name, await probe(t.url, probeTimeoutMs)] as const),
    );
    for (const [name, ok] of results) if (ok) pending.delete(name);
    const elapsedMs = now() - started;
    if (pending.size === 0) return { ready: true, elapsedMs };
    if (elapsedMs >= options.timeoutMs || options.signal?.aborted)
      return { ready: false, elapsedMs, pending: [...pending.keys()] };
    await sleep(Math.min(intervalMs, Math.max(0, options.timeoutMs - elapsedMs)));
  }
}

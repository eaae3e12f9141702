import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Empties the thread's young generation (a scavenge). */
export type Collector = () => void;

/**
 * V8's `gc` as `--expose-gc` gives it. Node 20's V8 reads any object argument as a young-generation
 * collection and a call without one as a whole-heap collection.
 */
type V8Gc = (options?: { type: 'minor' }) => void;

/**
 * V8's young-generation collection, got without a command-line flag: the flag is set at run time and a
 * fresh context reads the `gc` function it then exposes (the way Node's `v8.setFlagsFromString`
 * documentation shows). Null when the platform does not offer it.
 */
export function v8Collector(): Collector | null {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('typeof gc === "function" ? gc : null');
    if (typeof gc !== 'function') return null;
    return () => (gc as V8Gc)({ type: 'minor' });
  } catch {
    return null;
  }
}

export interface IdleCollectionOptions {
  /** Runs a callback on a later turn of the event loop (setImmediate). */
  readonly later?: (callback: () => void) => void;
}

/**
 * Collects a thread's young garbage while it has nothing to do, so that a scavenge does not fall inside
 * the next request. A large request fills the young generation with objects that are alive until it
 * is answered (the parsed hints, the catalog read into words): a scavenge inside the next request
 * copies everything that request holds then, and took 15–35 ms on the 2-core machine. Right after an
 * answer nearly everything young is garbage, so the same scavenge copies almost nothing. The worker
 * runs it when its last task is answered (on the next turn of the event loop, and only if no task came
 * in meanwhile). Under a steady stream of requests the thread is never idle and V8 collects as it
 * always does.
 *
 * Only the young generation: a whole-heap collection at idle (V8's `gc()`) made the next request
 * slower, not faster — the first worst-case input after it took 54–72 ms in process against 11–21 ms
 * without it (`tools/bench/worst-case-inputs.ts`, four runs each; README, issue 12).
 */
export class IdleCollection {
  private running = 0;
  private scheduled = false;
  private readonly later: (callback: () => void) => void;

  constructor(
    private readonly collect: Collector | null,
    options: IdleCollectionOptions = {},
  ) {
    this.later = options.later ?? setImmediate;
  }

  /** Empties the young generation now (after a warm-up, before the first task). */
  collectNow(): void {
    this.collect?.();
  }

  /** Call when a task starts. */
  started(): void {
    this.running += 1;
  }

  /** Call when a task is answered: the young garbage is collected once the thread is idle. */
  finished(): void {
    this.running = Math.max(0, this.running - 1);
    if (this.running > 0 || this.scheduled || !this.collect) return;
    this.scheduled = true;
    this.later(() => {
      this.scheduled = false;
      if (this.running === 0) this.collect?.();
    });
  }
}

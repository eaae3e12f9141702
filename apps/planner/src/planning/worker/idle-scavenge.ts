import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** V8's collector as `--expose-gc` gives it: `{ type: 'minor' }` empties the young generation. */
export type Collector = (options: { type: 'minor' | 'major' }) => void;

/**
 * V8's `gc` function, got without a command-line flag: the flag is set at run time and a fresh context
 * reads the function it then exposes (the way Node's `v8.setFlagsFromString` documentation shows).
 * Null when the platform does not offer it.
 */
export function v8Collector(): Collector | null {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('typeof gc === "function" ? gc : null');
    return typeof gc === 'function' ? (gc as Collector) : null;
  } catch {
    return null;
  }
}

/**
 * Collects a thread's young generation while it has nothing to do. A large request fills the young
 * generation with objects that are alive until it is answered (the parsed hints, the catalog read
 * into words); a scavenge that falls inside the next request copies everything that request holds
 * then, and took 15–35 ms on the 2-core machine. Right after an answer nearly everything young is
 * garbage, so the same scavenge copies almost nothing: the worker runs it when its last task is
 * answered (on the next turn of the event loop, and only if no task came in meanwhile).
 */
export class IdleScavenge {
  private running = 0;
  private scheduled = false;

  constructor(
    private readonly collect: Collector | null,
    private readonly later: (callback: () => void) => void = setImmediate,
  ) {}

  /** Call when a task starts. */
  started(): void {
    this.running += 1;
  }

  /** Call when a task is answered: the young generation is collected once the thread is idle. */
  finished(): void {
    this.running = Math.max(0, this.running - 1);
    if (this.running > 0 || this.scheduled || !this.collect) return;
    this.scheduled = true;
    this.later(() => {
      this.scheduled = false;
      if (this.running === 0) this.collect?.({ type: 'minor' });
    });
  }
}

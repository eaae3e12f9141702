import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** V8's collector as `--expose-gc` gives it: `{ type: 'minor' }` empties the young generation, `major` the whole heap. */
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

export interface IdleCollectionOptions {
  /** Runs a callback on a later turn of the event loop (setImmediate). */
  readonly later?: (callback: () => void) => void;
  /** The bytes in use on the thread's heap (V8's heap statistics). */
  readonly heapUsed?: () => number;
  /** Growth of the heap in use since the last whole-heap collection after which an idle thread collects it all. */
  readonly majorAfterGrowthBytes?: number;
}

/** Growth of the heap in use after which an idle worker collects all of it (a few large requests' cached names). */
export const MAJOR_AFTER_GROWTH_BYTES = 64 * 1024 * 1024;

/**
 * Collects a thread's garbage while it has nothing to do, so that a collection does not fall inside
 * the next request. A large request fills the young generation with objects that are alive until it
 * is answered (the parsed hints, the catalog read into words): a scavenge inside the next request
 * copies everything that request holds then, and took 15–35 ms on the 2-core machine. Right after an
 * answer nearly everything young is garbage, so the same scavenge copies almost nothing. The worker
 * runs it when its last task is answered (on the next turn of the event loop, and only if no task came
 * in meanwhile); when the heap has grown by {@link MAJOR_AFTER_GROWTH_BYTES} since the last whole-heap
 * collection, it collects the whole heap instead (a mark-compact inside a request took 13–18 ms).
 * Under a steady stream of requests the thread is never idle and V8 collects as it always does.
 */
export class IdleCollection {
  private running = 0;
  private scheduled = false;
  private readonly later: (callback: () => void) => void;
  private readonly heapUsed: () => number;
  private readonly majorAfterGrowthBytes: number;
  private heapAfterMajor: number;

  constructor(
    private readonly collect: Collector | null,
    options: IdleCollectionOptions = {},
  ) {
    this.later = options.later ?? setImmediate;
    this.heapUsed = options.heapUsed ?? (() => getHeapStatistics().used_heap_size);
    this.majorAfterGrowthBytes = options.majorAfterGrowthBytes ?? MAJOR_AFTER_GROWTH_BYTES;
    this.heapAfterMajor = this.heapUsed();
  }

  /** Collects the whole heap now (after a warm-up, before the first task). */
  collectAll(): void {
    if (!this.collect) return;
    this.collect({ type: 'major' });
    this.heapAfterMajor = this.heapUsed();
  }

  /** Call when a task starts. */
  started(): void {
    this.running += 1;
  }

  /** Call when a task is answered: garbage is collected once the thread is idle. */
  finished(): void {
    this.running = Math.max(0, this.running - 1);
    if (this.running > 0 || this.scheduled || !this.collect) return;
    this.scheduled = true;
    this.later(() => {
      this.scheduled = false;
      if (this.running > 0) return;
      if (this.heapUsed() - this.heapAfterMajor >= this.majorAfterGrowthBytes) this.collectAll();
      else this.collect?.({ type: 'minor' });
    });
  }
}

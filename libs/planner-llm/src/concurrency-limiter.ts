/** Releases a slot taken with {@link ConcurrencyLimiter.acquire}. */
export type Release = () => void;

interface Waiter {
  readonly grant: (release: Release) => void;
  timer?: NodeJS.Timeout;
}

/**
 * At most `limit` holders at once; the others wait in order, each at most the time it can
 * afford. `acquire` resolves to null when the wait would blow the budget, so the caller falls
 * back instead of queueing behind a slow model.
 */
export class ConcurrencyLimiter {
  private active = 0;
  private readonly waiting: Waiter[] = [];

  constructor(readonly limit: number) {}

  get inUse(): number {
    return this.active;
  }

  get queued(): number {
    return this.waiting.length;
  }

  acquire(maxWaitMs: number): Promise<Release | null> {
    if (this.active < this.limit) {
      this.active += 1;
      return Promise.resolve(this.releaser());
    }
    if (maxWaitMs <= 0) return Promise.resolve(null);
    return new Promise((resolve) => {
      const waiter: Waiter = { grant: (release) => resolve(release) };
      waiter.timer = setTimeout(() => {
        const index = this.waiting.indexOf(waiter);
        if (index >= 0) this.waiting.splice(index, 1);
        resolve(null);
      }, maxWaitMs);
      waiter.timer.unref?.();
      this.waiting.push(waiter);
    });
  }

  private releaser(): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) {
        clearTimeout(next.timer);
        next.grant(this.releaser());
      } else {
        this.active -= 1;
      }
    };
  }
}

import { ConcurrencyLimiter } from './concurrency-limiter';

describe('ConcurrencyLimiter', () => {
  it('lets `limit` holders in at once and the next one in when a slot is released', async () => {
    const limiter = new ConcurrencyLimiter(2);
    const a = await limiter.acquire(0);
    const b = await limiter.acquire(0);
    const waiting = limiter.acquire(1000);

    expect(limiter.queued).toBe(1);
    a!();
    const c = await waiting;
    expect(c).not.toBeNull();
    expect(limiter.inUse).toBe(2);
    b!();
    c!();
    expect(limiter.inUse).toBe(0);
  });

  it('gives up with null when the wait would exceed what the caller can afford', async () => {
    const limiter = new ConcurrencyLimiter(1);
    await limiter.acquire(0);

    expect(await limiter.acquire(0)).toBeNull();
    expect(await limiter.acquire(20)).toBeNull();
    expect(limiter.queued).toBe(0);
  });

  it('ignores a second release of the same slot', async () => {
    const limiter = new ConcurrencyLimiter(1);
    const release = await limiter.acquire(0);
    release!();
    release!();

    expect(limiter.inUse).toBe(0);
    expect(await limiter.acquire(0)).not.toBeNull();
    expect(limiter.inUse).toBe(1);
  });
});

import { mapWithConcurrency } from './concurrency.util';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('mapWithConcurrency', () => {
  it('keeps the input order in the results', async () => {
    const results = await mapWithConcurrency([30, 10, 20], 3, async (ms, index) => {
      await tick(ms);
      return index;
    });

    expect(results).toEqual([0, 1, 2]);
  });

  it('never has more than limit calls in flight', async () => {
    let inFlight = 0;
    let peak = 0;

    await mapWithConcurrency(
      Array.from({ length: 10 }, (_, i) => i),
      3,
      async () => {
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        await tick(5);
        inFlight -= 1;
      },
    );

    expect(peak).toBe(3);
  });

  it('runs everything at once when the limit is above the item count', async () => {
    const started: number[] = [];

    await mapWithConcurrency([1, 2], 8, async (item) => {
      started.push(item);
      await tick(5);
    });

    expect(started).toEqual([1, 2]);
  });

  it('returns an empty list for no items', async () => {
    await expect(mapWithConcurrency([], 2, async () => 1)).resolves.toEqual([]);
  });

  it('rejects a limit below one', async () => {
    await expect(mapWithConcurrency([1], 0, async () => 1)).rejects.toThrow(RangeError);
  });

  it('rejects with the first failure and starts nothing after it', async () => {
    const started: number[] = [];

    const run = mapWithConcurrency([1, 2, 3, 4], 1, async (item) => {
      started.push(item);
      if (item === 2) throw new Error('boom');
    });

    await expect(run).rejects.toThrow('boom');
    expect(started).toEqual([1, 2]);
  });
});

import { percentile, summarize } from './bench-stats';

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);

    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
  });

  it('is NaN for no values', () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('summarize', () => {
  it('sorts before it ranks', () => {
    expect(summarize([3, 1, 2])).toEqual({ samples: 3, p50: 2, p99: 3, mean: 2, max: 3 });
  });
});

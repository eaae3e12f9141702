import { ModelReliability } from './model-reliability';

function feed(estimator: ModelReliability, agreements: number, of: number): void {
  for (let i = 0; i < of; i += 1) estimator.observe(i < agreements);
}

describe('ModelReliability', () => {
  it('starts from the neutral prior', () => {
    expect(new ModelReliability().estimate).toBe(0.5);
  });

  it('reads agreement with confident heuristics as accuracy: agreeing 80 % of 0.95-right decisions is ~0.84', () => {
    const estimator = new ModelReliability({ priorWeight: 1 });

    for (let round = 0; round < 40; round += 1) feed(estimator, 4, 5);

    expect(estimator.estimate).toBeCloseTo(0.84, 1);
  });

  it('caps the estimate at 1 for a model that always agrees', () => {
    const estimator = new ModelReliability();

    feed(estimator, 500, 500);

    expect(estimator.estimate).toBe(1);
  });

  it('forgets: a model that turns bad is found out within a window', () => {
    const estimator = new ModelReliability({ window: 100 });
    feed(estimator, 1000, 1000);

    feed(estimator, 0, 200);

    expect(estimator.estimate).toBeLessThan(0.2);
  });

  it('keeps its counts bounded by the window', () => {
    const estimator = new ModelReliability({ window: 50 });

    feed(estimator, 5000, 10_000);

    expect(estimator.snapshot().observations).toBeLessThanOrEqual(50);
    expect(estimator.snapshot().total).toBe(10_000);
  });

  it('refuses settings out of range', () => {
    expect(() => new ModelReliability({ window: 0 })).toThrow(RangeError);
    expect(() => new ModelReliability({ priorMean: 2 })).toThrow(RangeError);
  });
});

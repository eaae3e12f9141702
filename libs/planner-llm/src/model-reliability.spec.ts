import { ModelReliability } from './model-reliability';

function feed(estimator: ModelReliability, agreements: number, of: number): void {
  for (let i = 0; i < of; i += 1) estimator.observe(i < agreements);
}

describe('ModelReliability', () => {
  it('starts from the neutral prior', () => {
    expect(new ModelReliability().estimate).toBeCloseTo(0.5, 1);
    expect(new ModelReliability().model().sd).toBeGreaterThan(0.2);
  });

  it('reads agreement with confident heuristics as accuracy: agreeing 80 % of 0.97-right decisions is ~0.82', () => {
    const estimator = new ModelReliability({ priorWeight: 1 });

    for (let round = 0; round < 40; round += 1) feed(estimator, 4, 5);

    expect(estimator.estimate).toBeCloseTo(0.82, 1);
  });

  it('is less certain after few observations than after many', () => {
    const few = new ModelReliability();
    const many = new ModelReliability();

    feed(few, 9, 10);
    for (let round = 0; round < 15; round += 1) feed(many, 9, 10);

    expect(few.model().sd).toBeGreaterThan(2 * many.model().sd);
    expect(many.snapshot().uncertainty).toBeLessThan(0.04);
  });

  it('starts the unconfident heuristics at their calibration and moves them with the model’s agreement', () => {
    const estimator = new ModelReliability({ window: 1000 });
    expect(estimator.unconfidentHeuristics().mean).toBeCloseTo(0.8, 1);
    feed(estimator, 200, 200);

    for (let i = 0; i < 300; i += 1) estimator.observe(i % 10 !== 0, 'unconfident');

    expect(estimator.unconfidentHeuristics().mean).toBeCloseTo(0.9, 1);
    expect(estimator.unconfidentHeuristics().mean).toBeGreaterThan(0.85);
  });

  it('reads the unconfident agreement against the model’s accuracy: a 75 % model agreeing 60 % of the time means ~80 % heuristics', () => {
    const estimator = new ModelReliability({ window: 10_000, unconfidentPriorMean: 0.5, unconfidentPriorWeight: 1 });
    for (let round = 0; round < 10; round += 1) feed(estimator, 291, 400);

    for (let i = 0; i < 1000; i += 1) estimator.observe(i % 5 < 3, 'unconfident');

    expect(estimator.model().mean).toBeCloseTo(0.75, 1);
    expect(estimator.unconfidentHeuristics().mean).toBeCloseTo(0.8, 1);
  });

  it('reads low agreement with unconfident decisions as a weaker model too, without counting them as confident', () => {
    const estimator = new ModelReliability();

    for (let i = 0; i < 50; i += 1) estimator.observe(false, 'unconfident');

    expect(estimator.estimate).toBeLessThan(0.3);
    expect(estimator.snapshot()).toMatchObject({ total: 0, unconfidentHeuristics: { total: 50, agreement: 0 } });
  });

  it('trusts a good model once it has agreed with enough decisions of both kinds', () => {
    const estimator = new ModelReliability();
    for (let i = 0; i < 30; i += 1) estimator.observe(i % 15 !== 0);
    for (let i = 0; i < 60; i += 1) estimator.observe(i % 6 !== 0, 'unconfident');

    const model = estimator.model();
    const heuristics = estimator.unconfidentHeuristics();

    expect(model.mean).toBeGreaterThan(0.9);
    expect(model.mean - heuristics.mean).toBeGreaterThan(
      Math.sqrt(model.sd ** 2 + heuristics.sd ** 2 - 2 * estimator.covariance()),
    );
  });

  it('un-trusts a weak model that agreed with the first confident decisions once its unconfident agreement is low', () => {
    const estimator = new ModelReliability();
    for (let i = 0; i < 12; i += 1) estimator.observe(true);
    const early = estimator.model().mean;

    for (let i = 0; i < 60; i += 1) estimator.observe(i % 5 < 2, 'unconfident');

    const model = estimator.model();
    const heuristics = estimator.unconfidentHeuristics();
    expect(early).toBeGreaterThan(0.85);
    expect(model.mean).toBeLessThan(early - 0.1);
    expect(model.mean - heuristics.mean).toBeLessThan(
      Math.sqrt(model.sd ** 2 + heuristics.sd ** 2 - 2 * estimator.covariance()),
    );
  });

  it('reads the two estimates as tied: unconfident agreement explained by either side makes them covary negatively', () => {
    const estimator = new ModelReliability();
    feed(estimator, 18, 20);

    for (let i = 0; i < 30; i += 1) estimator.observe(i % 3 !== 0, 'unconfident');

    expect(estimator.covariance()).toBeLessThan(0);
  });

  it('reads a model that always agrees as nearly always right, never above 1', () => {
    const estimator = new ModelReliability();

    feed(estimator, 500, 500);

    expect(estimator.estimate).toBeGreaterThan(0.98);
    expect(estimator.estimate).toBeLessThanOrEqual(1);
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
    expect(() => new ModelReliability({ grid: 1 })).toThrow(RangeError);
  });
});

import { computeMetrics, precisionOf, recallOf, sameSet, type CasePrediction } from './metrics';

function prediction(expected: string[], predicted: string[], overrides: Partial<CasePrediction> = {}): CasePrediction {
  return {
    id: 'c',
    expectedPlatforms: expected,
    predictedPlatforms: predicted,
    expectedTables: [],
    predictedTables: [],
    confidence: 0.9,
    violations: [],
    ...overrides,
  };
}

describe('sameSet', () => {
  it('ignores order and case', () => {
    expect(sameSet(['kql', 'SQL'], ['sql', 'kql'])).toBe(true);
  });

  it('tells a subset from the set', () => {
    expect(sameSet(['kql', 'sql'], ['kql'])).toBe(false);
  });
});

describe('recallOf and precisionOf', () => {
  it('gives the share of expected items found', () => {
    expect(recallOf(['a', 'b'], ['A', 'c'])).toBe(0.5);
  });

  it('gives the share of predicted items that were expected', () => {
    expect(precisionOf(['a'], ['a', 'b', 'c', 'd'])).toBe(0.25);
  });

  it('scores an empty prediction for a non-empty expectation as zero precision', () => {
    expect(precisionOf(['a'], [])).toBe(0);
  });
});

describe('computeMetrics', () => {
  it('computes exact-set accuracy over cases', () => {
    const predictions = [
      prediction(['kql'], ['kql']),
      prediction(['spl'], ['kql']),
      prediction(['sql', 'kql'], ['kql', 'sql']),
      prediction(['sql'], []),
    ];

    const metrics = computeMetrics(predictions);

    expect(metrics.exactAccuracy).toBe(0.5);
  });

  it('computes per-platform precision and recall', () => {
    const predictions = [prediction(['kql'], ['kql']), prediction(['spl'], ['kql'])];

    const metrics = computeMetrics(predictions);

    expect(metrics.perPlatform.find((s) => s.platform === 'kql')).toMatchObject({
      support: 1,
      predicted: 2,
      precision: 0.5,
      recall: 1,
    });
  });

  it('counts how each expected platform was predicted', () => {
    const predictions = [prediction(['spl'], ['kql']), prediction(['spl'], []), prediction(['spl'], ['spl'])];

    const metrics = computeMetrics(predictions);

    expect(metrics.confusion['spl']).toEqual({ kql: 1, none: 1, spl: 1 });
  });

  it('averages table recall over the cases that expect tables', () => {
    const predictions = [
      prediction(['sql'], ['sql'], { expectedTables: ['a', 'b'], predictedTables: ['a'] }),
      prediction(['sql'], ['sql'], { expectedTables: ['c'], predictedTables: ['c'] }),
      prediction(['kql'], ['kql']),
    ];

    const metrics = computeMetrics(predictions);

    expect(metrics.tableRecall).toBe(0.75);
  });

  it('averages table precision over the cases that expect tables', () => {
    const predictions = [
      prediction(['sql'], ['sql'], { expectedTables: ['a'], predictedTables: ['a', 'x', 'y', 'z'] }),
      prediction(['sql'], ['sql'], { expectedTables: ['c'], predictedTables: ['C'] }),
      prediction(['kql'], ['kql'], { predictedTables: ['q'] }),
    ];

    const metrics = computeMetrics(predictions);

    expect(metrics.tablePrecision).toBe(0.625);
  });

  it('counts plans that break invariants', () => {
    const predictions = [
      prediction(['kql'], ['kql'], { violations: ['step x is in no group'] }),
      prediction(['kql'], ['kql']),
    ];

    const metrics = computeMetrics(predictions);

    expect(metrics.invalidPlans).toBe(1);
  });

  it('reports accuracy above and below the confidence line separately', () => {
    const predictions = [
      prediction(['kql'], ['kql'], { confidence: 0.9 }),
      prediction(['kql'], ['spl'], { confidence: 0.5 }),
      prediction(['kql'], ['kql'], { confidence: 0.4 }),
    ];

    const metrics = computeMetrics(predictions);

    expect(metrics.calibration.map((b) => [b.cases, b.accuracy])).toEqual([
      [1, 1],
      [2, 0.5],
    ]);
  });

  it('scores an empty run without dividing by zero', () => {
    const metrics = computeMetrics([]);

    expect([metrics.exactAccuracy, metrics.tableRecall, metrics.calibration[0]!.accuracy]).toEqual([0, 0, null]);
  });
});

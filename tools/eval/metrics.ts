/** What the planner answered for one case, as the scorer sees it. */
export interface CasePrediction {
  readonly id: string;
  readonly expectedPlatforms: readonly string[];
  readonly predictedPlatforms: readonly string[];
  readonly expectedTables: readonly string[];
  readonly predictedTables: readonly string[];
  /** `analysis.confidence`, or null when the planner gave none (a failed call). */
  readonly confidence: number | null;
  /** Contract invariants the plan breaks (empty when valid). */
  readonly violations: readonly string[];
}

export interface PlatformScore {
  readonly platform: string;
  readonly support: number;
  readonly predicted: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface CalibrationBucket {
  readonly label: string;
  readonly cases: number;
  /** Exact-set accuracy inside the bucket; null when the bucket is empty. */
  readonly accuracy: number | null;
}

export interface EvalMetrics {
  readonly cases: number;
  readonly exactAccuracy: number;
  readonly meanRecall: number;
  readonly meanPrecision: number;
  readonly tableRecall: number;
  /** Mean share of the tables a plan names that its case expected (cases with expected tables only). */
  readonly tablePrecision: number;
  readonly invalidPlans: number;
  readonly perPlatform: readonly PlatformScore[];
  /** confusion[expected][predicted]: how often a case expecting `expected` predicted `predicted` ("none" when nothing). */
  readonly confusion: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly calibration: readonly CalibrationBucket[];
}

/** The confidence at and above which a routing answer is meant to be trusted. */
export const CONFIDENT_AT = 0.8;

const NONE = 'none';

function ratio(numerator: number, denominator: number, empty = 1): number {
  return denominator === 0 ? empty : numerator / denominator;
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** Whether two platform lists hold the same set (order and case ignored). */
export function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a.map((x) => x.toLowerCase()));
  const right = new Set(b.map((x) => x.toLowerCase()));
  return left.size === right.size && [...left].every((x) => right.has(x));
}

/** Share of `expected` found in `predicted` (1 when nothing was expected); table names compare case-insensitively. */
export function recallOf(expected: readonly string[], predicted: readonly string[]): number {
  const found = new Set(predicted.map((x) => x.toLowerCase()));
  const wanted = [...new Set(expected.map((x) => x.toLowerCase()))];
  return ratio(wanted.filter((x) => found.has(x)).length, wanted.length);
}

/** Share of `predicted` that was `expected` (1 when nothing was predicted and nothing expected, else 0 for an empty prediction). */
export function precisionOf(expected: readonly string[], predicted: readonly string[]): number {
  const wanted = new Set(expected.map((x) => x.toLowerCase()));
  const given = [...new Set(predicted.map((x) => x.toLowerCase()))];
  return ratio(given.filter((x) => wanted.has(x)).length, given.length, wanted.size === 0 ? 1 : 0);
}

function perPlatformScores(predictions: readonly CasePrediction[]): PlatformScore[] {
  const platforms = new Set<string>();
  for (const p of predictions) for (const x of [...p.expectedPlatforms, ...p.predictedPlatforms]) platforms.add(x);
  return [...platforms].sort().map((platform) => {
    let tp = 0;
    let support = 0;
    let predicted = 0;
    for (const p of predictions) {
      const expected = p.expectedPlatforms.includes(platform);
      const given = p.predictedPlatforms.includes(platform);
      if (expected) support += 1;
      if (given) predicted += 1;
      if (expected && given) tp += 1;
    }
    const precision = ratio(tp, predicted, 0);
    const recall = ratio(tp, support, 0);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { platform, support, predicted, precision, recall, f1 };
  });
}

function confusionOf(predictions: readonly CasePrediction[]): Record<string, Record<string, number>> {
  const matrix: Record<string, Record<string, number>> = {};
  for (const p of predictions) {
    const predicted = p.predictedPlatforms.length > 0 ? p.predictedPlatforms : [NONE];
    for (const expected of p.expectedPlatforms) {
      const row = (matrix[expected] ??= {});
      for (const given of predicted) row[given] = (row[given] ?? 0) + 1;
    }
  }
  return matrix;
}

function calibrationOf(predictions: readonly CasePrediction[]): CalibrationBucket[] {
  const bucket = (label: string, members: readonly CasePrediction[]): CalibrationBucket => ({
    label,
    cases: members.length,
    accuracy:
      members.length === 0
        ? null
        : mean(members.map((p) => (sameSet(p.expectedPlatforms, p.predictedPlatforms) ? 1 : 0))),
  });
  return [
    bucket(
      `confidence >= ${CONFIDENT_AT}`,
      predictions.filter((p) => p.confidence !== null && p.confidence >= CONFIDENT_AT),
    ),
    bucket(
      `confidence < ${CONFIDENT_AT}`,
      predictions.filter((p) => p.confidence === null || p.confidence < CONFIDENT_AT),
    ),
  ];
}

/** Scores a run: platform routing, tables, plan validity and calibration. */
export function computeMetrics(predictions: readonly CasePrediction[]): EvalMetrics {
  return {
    cases: predictions.length,
    exactAccuracy: mean(predictions.map((p) => (sameSet(p.expectedPlatforms, p.predictedPlatforms) ? 1 : 0))),
    meanRecall: mean(predictions.map((p) => recallOf(p.expectedPlatforms, p.predictedPlatforms))),
    meanPrecision: mean(predictions.map((p) => precisionOf(p.expectedPlatforms, p.predictedPlatforms))),
    tableRecall: mean(
      predictions.filter((p) => p.expectedTables.length > 0).map((p) => recallOf(p.expectedTables, p.predictedTables)),
    ),
    tablePrecision: mean(
      predictions
        .filter((p) => p.expectedTables.length > 0)
        .map((p) => precisionOf(p.expectedTables, p.predictedTables)),
    ),
    invalidPlans: predictions.filter((p) => p.violations.length > 0).length,
    perPlatform: perPlatformScores(predictions),
    confusion: confusionOf(predictions),
    calibration: calibrationOf(predictions),
  };
}

/**
 * How often the heuristic analyzer's platforms are right, by its confidence, on sets it was not
 * tuned on: from `confidentFrom` on, about `confidentAccuracy`; from `choiceFrom` to there (one
 * platform chosen on evidence that is not decisive: a close call between two stores of one kind,
 * or one settled by whose data the question names), about `choiceAccuracy`; below (a hedge over
 * two stores, or a guess on weak evidence), about the confidence itself. Below `confidentFrom`
 * this table is only the prior: the hybrid estimates that accuracy online from the model's
 * agreement (`ModelReliability.unconfidentHeuristics`), starting from `choiceAccuracy`.
 */
export interface HeuristicCalibration {
  readonly confidentFrom: number;
  readonly confidentAccuracy: number;
  readonly choiceFrom: number;
  readonly choiceAccuracy: number;
}

export const HEURISTIC_CALIBRATION: HeuristicCalibration = Object.freeze({
  confidentFrom: 0.8,
  confidentAccuracy: 0.97,
  choiceFrom: 0.6,
  choiceAccuracy: 0.8,
});

/** The probability that heuristic platforms chosen with `confidence` are right. */
export function heuristicAccuracy(
  confidence: number,
  calibration: HeuristicCalibration = HEURISTIC_CALIBRATION,
): number {
  const c = Math.min(1, Math.max(0, confidence));
  if (c >= calibration.confidentFrom) return Math.max(c, calibration.confidentAccuracy);
  return c >= calibration.choiceFrom ? Math.max(c, calibration.choiceAccuracy) : c;
}

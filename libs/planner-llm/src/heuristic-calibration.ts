/**
 * How often the heuristic analyzer's platforms are right, by its confidence, on sets it was not
 * tuned on: from `confidentFrom` on, about `confidentAccuracy`; below, about the confidence
 * itself (that band averages ~65 % right at a mean confidence of ~0.65).
 */
export interface HeuristicCalibration {
  readonly confidentFrom: number;
  readonly confidentAccuracy: number;
}

export const HEURISTIC_CALIBRATION: HeuristicCalibration = Object.freeze({
  confidentFrom: 0.8,
  confidentAccuracy: 0.95,
});

/** The probability that heuristic platforms chosen with `confidence` are right. */
export function heuristicAccuracy(
  confidence: number,
  calibration: HeuristicCalibration = HEURISTIC_CALIBRATION,
): number {
  const c = Math.min(1, Math.max(0, confidence));
  return c >= calibration.confidentFrom ? Math.max(c, calibration.confidentAccuracy) : c;
}

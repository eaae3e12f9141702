/** The fixed prior and likelihood terms of {@link jointPosterior}; built once per estimator. */
export interface PosteriorGrid {
  /** Points per axis; r and h each take the midpoints (i + 0.5) / size. */
  readonly size: number;
  readonly points: Float64Array;
  /** log x at each point (agreement with an unconfident decision is r · h: log r + log h). */
  readonly logPoint: Float64Array;
  /** log(p · r) and log(1 − p · r): a confident decision (right with probability p) agreed with or not. */
  readonly logConfidentAgree: Float64Array;
  readonly logConfidentDisagree: Float64Array;
  /** The prior on h, up to a constant: w · h0 · log h + w · (1 − h0) · log(1 − h). */
  readonly logPriorH: Float64Array;
  /** log(1 − r · h), row r, column h: an unconfident decision not agreed with. */
  readonly logUnconfidentDisagree: Float64Array;
}

/** What the grid is built from. */
export interface GridSettings {
  readonly size: number;
  /** How often confident heuristic decisions are right. */
  readonly confidentAccuracy: number;
  /** The prior on h: its mean and how many observations it is worth. */
  readonly hPriorMean: number;
  readonly hPriorWeight: number;
}

/** Agreement counts (faded, prior pseudo-counts included for the confident ones). */
export interface AgreementCounts {
  readonly confidentAgreed: number;
  readonly confidentDisagreed: number;
  readonly unconfidentAgreed: number;
  readonly unconfidentDisagreed: number;
}

/** Posterior means, standard errors and covariance of r (the model) and h (unconfident heuristics). */
export interface JointEstimate {
  readonly r: number;
  readonly sdR: number;
  readonly h: number;
  readonly sdH: number;
  readonly covariance: number;
}

/** Precomputes the terms of {@link jointPosterior} that do not depend on the counts. */
export function buildPosteriorGrid(settings: GridSettings): PosteriorGrid {
  const { size, confidentAccuracy: p, hPriorMean: h0, hPriorWeight: w } = settings;
  const points = Float64Array.from({ length: size }, (_, i) => (i + 0.5) / size);
  const logUnconfidentDisagree = new Float64Array(size * size);
  for (let i = 0; i < size; i += 1)
    for (let j = 0; j < size; j += 1) logUnconfidentDisagree[i * size + j] = Math.log(1 - points[i]! * points[j]!);
  return {
    size,
    points,
    logPoint: points.map(Math.log),
    logConfidentAgree: points.map((r) => Math.log(p * r)),
    logConfidentDisagree: points.map((r) => Math.log(1 - p * r)),
    logPriorH: points.map((h) => w * h0 * Math.log(h) + w * (1 - h0) * Math.log(1 - h)),
    logUnconfidentDisagree,
  };
}

/**
 * The joint posterior of r and h on the grid, from both agreement counts: a model right with
 * probability r, erring independently, agrees with a confident decision with probability p · r and
 * with an unconfident one with probability r · h (both wrong counts as a disagreement). Uniform on
 * r (its prior is in the counts), the grid's prior on h. `scratch` (size² entries) holds the log
 * posterior, so the work is a fixed 2 · size² steps and nothing is allocated.
 */
export function jointPosterior(grid: PosteriorGrid, counts: AgreementCounts, scratch: Float64Array): JointEstimate {
  const { size, points, logPoint } = grid;
  const { confidentAgreed, confidentDisagreed, unconfidentAgreed, unconfidentDisagreed } = counts;
  let max = -Infinity;
  for (let i = 0; i < size; i += 1) {
    const rowR =
      confidentAgreed * grid.logConfidentAgree[i]! +
      confidentDisagreed * grid.logConfidentDisagree[i]! +
      unconfidentAgreed * logPoint[i]!;
    for (let j = 0; j < size; j += 1) {
      const cell = i * size + j;
      const value =
        rowR +
        grid.logPriorH[j]! +
        unconfidentAgreed * logPoint[j]! +
        unconfidentDisagreed * grid.logUnconfidentDisagree[cell]!;
      scratch[cell] = value;
      if (value > max) max = value;
    }
  }
  let total = 0;
  let sumR = 0;
  let sumH = 0;
  let sumRR = 0;
  let sumHH = 0;
  let sumRH = 0;
  for (let i = 0; i < size; i += 1) {
    const r = points[i]!;
    for (let j = 0; j < size; j += 1) {
      const weight = Math.exp(scratch[i * size + j]! - max);
      const h = points[j]!;
      total += weight;
      sumR += weight * r;
      sumH += weight * h;
      sumRR += weight * r * r;
      sumHH += weight * h * h;
      sumRH += weight * r * h;
    }
  }
  const r = sumR / total;
  const h = sumH / total;
  return {
    r,
    sdR: Math.sqrt(Math.max(0, sumRR / total - r * r)),
    h,
    sdH: Math.sqrt(Math.max(0, sumHH / total - h * h)),
    covariance: sumRH / total - r * h,
  };
}

import { HEURISTIC_CALIBRATION } from './heuristic-calibration';

/** Settings of {@link ModelReliability}. */
export interface ReliabilityOptions {
  /** The estimate before any observation: neutral. */
  readonly priorMean: number;
  /** How many observations the prior is worth. */
  readonly priorWeight: number;
  /** Observations remembered: older ones fade with weight (1 − 1/window)^age, so the counts stay bounded. */
  readonly window: number;
  /** How often the heuristics are right when they are confident (their calibration), used to read agreement as accuracy. */
  readonly confidentHeuristicAccuracy: number;
}

export const DEFAULT_RELIABILITY_OPTIONS: ReliabilityOptions = Object.freeze({
  priorMean: 0.5,
  priorWeight: 4,
  window: 200,
  confidentHeuristicAccuracy: HEURISTIC_CALIBRATION.confidentAccuracy,
});

/** The estimate and what it rests on, for /metrics and /health/llm. */
export interface ReliabilitySnapshot {
  /** Estimated share of questions the model routes right, 0..1. */
  readonly estimate: number;
  /** Share of confident heuristic decisions the model agreed with (prior included). */
  readonly agreement: number;
  /** Effective number of observations behind it (faded; at most `window`). */
  readonly observations: number;
  /** Observations made since start (not faded). */
  readonly total: number;
}

/**
 * An online estimate of how often the model routes right, per process, in O(1) memory.
 *
 * Production has no labels, but it has confident heuristic decisions, which are right about
 * `confidentHeuristicAccuracy` of the time (calibrated on unseen sets). When the model is right
 * with probability r and errs independently of the heuristics, it agrees with a confident
 * heuristic decision with probability ≈ r · p (p: that accuracy), so r ≈ agreement / p. The
 * agreement rate is the mean of a Beta posterior whose prior is `priorWeight` pseudo-observations
 * at the agreement a neutral r = `priorMean` would show, with exponential forgetting, so the estimate follows a model that changes
 * (a new model, a loaded server answering worse) and its counts never grow past `window`.
 */
export class ModelReliability {
  private readonly options: ReliabilityOptions;
  private readonly decay: number;
  private agreements = 0;
  private observed = 0;
  private count = 0;

  constructor(options: Partial<ReliabilityOptions> = {}) {
    this.options = { ...DEFAULT_RELIABILITY_OPTIONS, ...options };
    const { priorMean, priorWeight, window, confidentHeuristicAccuracy } = this.options;
    if (
      !(priorMean >= 0 && priorMean <= 1) ||
      !(priorWeight > 0) ||
      !(window >= 1) ||
      !(confidentHeuristicAccuracy > 0 && confidentHeuristicAccuracy <= 1)
    ) {
      throw new RangeError(
        'ModelReliability: priorMean in [0, 1], priorWeight > 0, window ≥ 1, confidentHeuristicAccuracy in (0, 1]',
      );
    }
    this.decay = 1 - 1 / window;
  }

  /** One confident heuristic decision and whether the model chose the same platforms. */
  observe(agreed: boolean): void {
    this.agreements = this.agreements * this.decay + (agreed ? 1 : 0);
    this.observed = this.observed * this.decay + 1;
    this.count += 1;
  }

  /** Estimated probability that the model's platforms are right. */
  get estimate(): number {
    return this.snapshot().estimate;
  }

  snapshot(): ReliabilitySnapshot {
    const { priorMean, priorWeight, confidentHeuristicAccuracy: p } = this.options;
    const agreement = (priorMean * p * priorWeight + this.agreements) / (priorWeight + this.observed);
    return {
      estimate: Math.round(Math.min(1, agreement / p) * 1000) / 1000,
      agreement: Math.round(agreement * 1000) / 1000,
      observations: Math.round(this.observed * 10) / 10,
      total: this.count,
    };
  }
}

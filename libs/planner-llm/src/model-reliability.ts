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
  /** The accuracy of unconfident heuristic decisions before any observation (their calibration). */
  readonly unconfidentPriorMean: number;
  /** How many observations that prior is worth. */
  readonly unconfidentPriorWeight: number;
}

export const DEFAULT_RELIABILITY_OPTIONS: ReliabilityOptions = Object.freeze({
  priorMean: 0.5,
  priorWeight: 1,
  window: 200,
  confidentHeuristicAccuracy: HEURISTIC_CALIBRATION.confidentAccuracy,
  unconfidentPriorMean: HEURISTIC_CALIBRATION.choiceAccuracy,
  unconfidentPriorWeight: 20,
});

/** Which heuristic decision an observation compares the model with. */
export type ObservationKind = 'confident' | 'unconfident';

/** An estimated accuracy with its standard error, both 0..1. */
export interface AccuracyEstimate {
  readonly mean: number;
  readonly sd: number;
}

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
  /** Standard error of `estimate`: the model overrules the heuristics only by a margin this wide. */
  readonly uncertainty: number;
  /** The heuristics' own estimated accuracy when they are not confident, from the model's agreement with them. */
  readonly unconfidentHeuristics: {
    readonly estimate: number;
    readonly uncertainty: number;
    readonly agreement: number | null;
    readonly observations: number;
    readonly total: number;
  };
}

/** Exponentially faded counts of agreements among observations. */
class FadedCount {
  agreements = 0;
  observed = 0;
  total = 0;

  constructor(private readonly decay: number) {}

  add(agreed: boolean): void {
    this.agreements = this.agreements * this.decay + (agreed ? 1 : 0);
    this.observed = this.observed * this.decay + 1;
    this.total += 1;
  }
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

/**
 * An online estimate of how often the model routes right, per process, in O(1) memory, and of
 * how often the heuristics are right when they are not confident.
 *
 * Production has no labels, but it has confident heuristic decisions, which are right about
 * `confidentHeuristicAccuracy` of the time (calibrated on unseen sets). When the model is right
 * with probability r and errs independently of the heuristics, it agrees with a confident
 * heuristic decision with probability ≈ r · p (p: that accuracy), so r ≈ agreement / p. The
 * agreement rate is the mean of a Beta posterior whose prior is `priorWeight` pseudo-observations
 * at the agreement a neutral r = `priorMean` would show, with exponential forgetting, so the
 * estimate follows a model that changes (a new model, a loaded server answering worse) and its
 * counts never grow past `window`. Its standard error is the Beta posterior's, divided by p.
 *
 * Unconfident heuristic decisions are read the other way round: with r known, the model agrees
 * with them with probability ≈ h · r, so h ≈ agreement / r. That reading is shrunk toward the
 * calibration (`unconfidentPriorMean`, worth `unconfidentPriorWeight` observations), so a handful
 * of observations, or an early r read from few confident ones, moves it little.
 */
export class ModelReliability {
  private readonly options: ReliabilityOptions;
  private readonly confident: FadedCount;
  private readonly unconfident: FadedCount;

  constructor(options: Partial<ReliabilityOptions> = {}) {
    this.options = { ...DEFAULT_RELIABILITY_OPTIONS, ...options };
    const { priorMean, priorWeight, window, confidentHeuristicAccuracy, unconfidentPriorMean, unconfidentPriorWeight } =
      this.options;
    if (
      !(priorMean >= 0 && priorMean <= 1) ||
      !(priorWeight > 0) ||
      !(window >= 1) ||
      !(confidentHeuristicAccuracy > 0 && confidentHeuristicAccuracy <= 1) ||
      !(unconfidentPriorMean >= 0 && unconfidentPriorMean <= 1) ||
      !(unconfidentPriorWeight > 0)
    ) {
      throw new RangeError(
        'ModelReliability: priorMean and unconfidentPriorMean in [0, 1], priorWeight and unconfidentPriorWeight > 0, window ≥ 1, confidentHeuristicAccuracy in (0, 1]',
      );
    }
    this.confident = new FadedCount(1 - 1 / window);
    this.unconfident = new FadedCount(1 - 1 / window);
  }

  /** One heuristic decision (confident by default) and whether the model chose the same platforms. */
  observe(agreed: boolean, kind: ObservationKind = 'confident'): void {
    (kind === 'confident' ? this.confident : this.unconfident).add(agreed);
  }

  /** Estimated probability that the model's platforms are right. */
  get estimate(): number {
    return this.snapshot().estimate;
  }

  /** The model's estimated accuracy with its standard error (unrounded, for the arbitration). */
  model(): AccuracyEstimate {
    const { priorMean, priorWeight, confidentHeuristicAccuracy: p } = this.options;
    const n = priorWeight + this.confident.observed;
    const agreement = (priorMean * p * priorWeight + this.confident.agreements) / n;
    return {
      mean: Math.min(1, agreement / p),
      sd: Math.sqrt((agreement * (1 - agreement)) / (n + 1)) / p,
    };
  }

  /** The unconfident heuristic decisions' estimated accuracy with its standard error (unrounded). */
  unconfidentHeuristics(): AccuracyEstimate {
    const { unconfidentPriorMean: h0, unconfidentPriorWeight: w } = this.options;
    const { agreements, observed } = this.unconfident;
    const r = Math.max(0.5, this.model().mean);
    const read = observed > 0 ? Math.min(1, agreements / observed / r) : h0;
    const n = w + observed;
    const mean = (w * h0 + observed * read) / n;
    return { mean, sd: Math.sqrt((mean * (1 - mean)) / (n + 1)) };
  }

  snapshot(): ReliabilitySnapshot {
    const { priorMean, priorWeight, confidentHeuristicAccuracy: p } = this.options;
    const model = this.model();
    const heuristics = this.unconfidentHeuristics();
    const agreement =
      (priorMean * p * priorWeight + this.confident.agreements) / (priorWeight + this.confident.observed);
    const { agreements, observed, total } = this.unconfident;
    return {
      estimate: round3(model.mean),
      agreement: round3(agreement),
      observations: Math.round(this.confident.observed * 10) / 10,
      total: this.confident.total,
      uncertainty: round3(model.sd),
      unconfidentHeuristics: {
        estimate: round3(heuristics.mean),
        uncertainty: round3(heuristics.sd),
        agreement: observed > 0 ? round3(agreements / observed) : null,
        observations: Math.round(observed * 10) / 10,
        total,
      },
    };
  }
}

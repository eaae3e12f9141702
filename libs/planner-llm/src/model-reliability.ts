import { HEURISTIC_CALIBRATION } from './heuristic-calibration';
import { buildPosteriorGrid, jointPosterior, type JointEstimate, type PosteriorGrid } from './joint-posterior';

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
  /** Points per axis of the grid the joint posterior of (r, h) is computed on: the work per estimate is 2 · grid². */
  readonly grid: number;
}

export const DEFAULT_RELIABILITY_OPTIONS: ReliabilityOptions = Object.freeze({
  priorMean: 0.5,
  priorWeight: 1,
  window: 200,
  confidentHeuristicAccuracy: HEURISTIC_CALIBRATION.confidentAccuracy,
  unconfidentPriorMean: HEURISTIC_CALIBRATION.choiceAccuracy,
  unconfidentPriorWeight: 20,
  grid: 50,
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

/** The largest grid accepted: its tables take 2 · 8 · grid² bytes. */
const MAX_GRID = 400;

/**
 * An online estimate of how often the model routes right (r), per process, in O(1) memory, and of
 * how often the heuristics are right when they are not confident (h), read jointly.
 *
 * Production has no labels, but it has confident heuristic decisions, which are right about
 * `confidentHeuristicAccuracy` (p) of the time (calibrated on unseen sets). A model right with
 * probability r, erring independently of the heuristics, agrees with a confident decision with
 * probability ≈ p · r, and with an unconfident one with probability ≈ r · h. Both counts are read
 * together: the posterior of (r, h) on a fixed grid (`grid` points per axis), with the prior on r
 * worth `priorWeight` observations at the agreement a neutral r = `priorMean` would show, and the
 * calibration's prior on h (`unconfidentPriorMean`, worth `unconfidentPriorWeight` observations).
 * So a low agreement with unconfident decisions lowers r as well as h: a weak model that agreed
 * with the first confident decisions by luck is not read as good for long, and its disagreements
 * are not read as bad heuristics. The counts fade by (1 − 1/`window`) per observation, so the
 * estimate follows a model that changes (a new model, a loaded server answering worse) and the
 * counts never grow past `window`. The posterior is recomputed when read after an observation.
 */
export class ModelReliability {
  private readonly options: ReliabilityOptions;
  private readonly confident: FadedCount;
  private readonly unconfident: FadedCount;
  private readonly grid: PosteriorGrid;
  private readonly scratch: Float64Array;
  private posterior: JointEstimate | null = null;

  constructor(options: Partial<ReliabilityOptions> = {}) {
    this.options = { ...DEFAULT_RELIABILITY_OPTIONS, ...options };
    const {
      priorMean,
      priorWeight,
      window,
      confidentHeuristicAccuracy,
      unconfidentPriorMean,
      unconfidentPriorWeight,
      grid,
    } = this.options;
    if (
      !(priorMean >= 0 && priorMean <= 1) ||
      !(priorWeight > 0) ||
      !(window >= 1) ||
      !(confidentHeuristicAccuracy > 0 && confidentHeuristicAccuracy <= 1) ||
      !(unconfidentPriorMean >= 0 && unconfidentPriorMean <= 1) ||
      !(unconfidentPriorWeight > 0) ||
      !(Number.isInteger(grid) && grid >= 2 && grid <= MAX_GRID)
    ) {
      throw new RangeError(
        `ModelReliability: priorMean and unconfidentPriorMean in [0, 1], priorWeight and unconfidentPriorWeight > 0, window ≥ 1, confidentHeuristicAccuracy in (0, 1], grid an integer in [2, ${MAX_GRID}]`,
      );
    }
    this.confident = new FadedCount(1 - 1 / window);
    this.unconfident = new FadedCount(1 - 1 / window);
    this.grid = buildPosteriorGrid({
      size: grid,
      confidentAccuracy: confidentHeuristicAccuracy,
      hPriorMean: unconfidentPriorMean,
      hPriorWeight: unconfidentPriorWeight,
    });
    this.scratch = new Float64Array(grid * grid);
  }

  /** One heuristic decision (confident by default) and whether the model chose the same platforms. */
  observe(agreed: boolean, kind: ObservationKind = 'confident'): void {
    (kind === 'confident' ? this.confident : this.unconfident).add(agreed);
    this.posterior = null;
  }

  /** Estimated probability that the model's platforms are right. */
  get estimate(): number {
    return this.snapshot().estimate;
  }

  /** The model's estimated accuracy with its standard error (unrounded, for the arbitration). */
  model(): AccuracyEstimate {
    const { r, sdR } = this.joint();
    return { mean: r, sd: sdR };
  }

  /** The unconfident heuristic decisions' estimated accuracy with its standard error (unrounded). */
  unconfidentHeuristics(): AccuracyEstimate {
    const { h, sdH } = this.joint();
    return { mean: h, sd: sdH };
  }

  /** The covariance of the two estimates (usually negative: an unconfident agreement is explained by either side). */
  covariance(): number {
    return this.joint().covariance;
  }

  snapshot(): ReliabilitySnapshot {
    const model = this.model();
    const heuristics = this.unconfidentHeuristics();
    const { agreements, observed, total } = this.unconfident;
    return {
      estimate: round3(model.mean),
      agreement: round3(this.confidentAgreement()),
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

  /** Agreement with confident decisions, the prior's pseudo-observations included. */
  private confidentAgreement(): number {
    const { priorMean, priorWeight, confidentHeuristicAccuracy: p } = this.options;
    return (priorMean * p * priorWeight + this.confident.agreements) / (priorWeight + this.confident.observed);
  }

  private joint(): JointEstimate {
    if (this.posterior === null) {
      const { priorMean, priorWeight, confidentHeuristicAccuracy: p } = this.options;
      const priorAgreed = priorMean * p * priorWeight;
      const confidentAgreed = priorAgreed + this.confident.agreements;
      const unconfidentAgreed = this.unconfident.agreements;
      this.posterior = jointPosterior(
        this.grid,
        {
          confidentAgreed,
          confidentDisagreed: priorWeight + this.confident.observed - confidentAgreed,
          unconfidentAgreed,
          unconfidentDisagreed: this.unconfident.observed - unconfidentAgreed,
        },
        this.scratch,
      );
    }
    return this.posterior;
  }
}

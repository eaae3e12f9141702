import type { PlannerMode, QueryAnalysis, QueryComplexity } from '@mesh/a2a-contracts';
import type { HeuristicAnalysis, PlatformEvidence } from '@mesh/planner-core';
import { HEURISTIC_CALIBRATION, heuristicAccuracy, type HeuristicCalibration } from './heuristic-calibration';
import type { LlmAnswer } from './llm-answer';
import type { AccuracyEstimate } from './model-reliability';
import { mergeConstraints } from './merge-constraints';

/** The thresholds of the arbitration. See {@link mergeAnalyses} and docs/llm.md. */
export interface MergeRules {
  /** The heuristic analyzer's calibration on unseen sets. */
  readonly heuristicCalibration: HeuristicCalibration;
  /** The model wins a disagreement when its estimated accuracy exceeds the heuristics' by more than this (plus the credibility term). */
  readonly margin: number;
  /** How many standard errors of the difference r − pH the model's lead must exceed: it must be credible, not noise. */
  readonly credibility: number;
  /** Model reliability needed to take its intent, knowledge needs, query characteristics and time range. */
  readonly detailTrust: number;
  /** How much an agreeing model raises the confidence: c = cH + (1 − cH) · r · weight. */
  readonly agreementWeight: number;
  readonly maxConfidence: number;
  /** Tables taken from a chosen platform's evidence when neither side named one of its tables. */
  readonly fallbackTables: number;
}

export const DEFAULT_MERGE_RULES: MergeRules = Object.freeze({
  heuristicCalibration: HEURISTIC_CALIBRATION,
  margin: 0,
  credibility: 1,
  detailTrust: 0.5,
  agreementWeight: 0.5,
  maxConfidence: 0.97,
  fallbackTables: 2,
});

export interface MergeInput {
  readonly heuristic: HeuristicAnalysis;
  readonly answer: LlmAnswer;
  readonly model: string;
  /** The model's estimated accuracy now (see `ModelReliability`), 0..1. */
  readonly reliability: number;
  /** The standard error of `reliability` (see `ModelReliability.model`); 0 when absent. */
  readonly reliabilityUncertainty?: number;
  /**
   * The online estimate of how often unconfident heuristic decisions (cH below the calibration's
   * `confidentFrom`) are right (see `ModelReliability.unconfidentHeuristics`); absent: the
   * calibration table's value at cH, taken as exact.
   */
  readonly unconfidentHeuristics?: AccuracyEstimate;
  /** The covariance of `reliability` with `unconfidentHeuristics` when they are estimated jointly (see `ModelReliability.covariance`); 0 when absent. */
  readonly reliabilityCovariance?: number;
  readonly rules?: Partial<MergeRules>;
}

/** Who decided the platforms. */
export type ArbitrationWinner = 'agreed' | 'heuristic' | 'model';

export interface MergeOutcome {
  readonly analysis: QueryAnalysis;
  /** Evidence with the model's validated tables added to the chosen platforms. */
  readonly evidence: readonly PlatformEvidence[];
  /** `hybrid`: both were weighed; `llm`: the model decided and the heuristics had no evidence at all; `heuristic`: the answer named no platform. */
  readonly mode: PlannerMode;
  /** The model and the heuristics chose the same platforms. */
  readonly agreed: boolean;
  readonly winner: ArbitrationWinner;
  /** What the arbitration did and why, for the reasoning and the logs. */
  readonly notes: readonly string[];
}

const COMPLEXITY_RANK: Record<QueryComplexity, number> = { simple: 0, moderate: 1, complex: 2 };

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** The standard error of r − pH: sd(r) alone against the calibration, √(sd(r)² + sd(pH)² − 2 cov) against an online estimate. */
function leadUncertainty(sdR: number, online: AccuracyEstimate | undefined, covariance: number): number {
  if (online === undefined) return sdR;
  return Math.sqrt(Math.max(0, sdR * sdR + online.sd * online.sd - 2 * covariance));
}

/**
 * Arbitrates between the heuristic analysis and a validated, sanitized model answer: when they
 * disagree, the side more likely to be right decides, not the union.
 *
 * 1. Agreement (same platform set): kept; confidence c = cH + (1 − cH) · r · agreementWeight.
 * 2. Disagreement: pH = the heuristics' accuracy at their confidence cH: from the calibration's
 *    `confidentFrom` on, the calibrated max(cH, 0.97) (see `heuristicAccuracy`); below it, the
 *    online estimate of unconfident decisions when given (`unconfidentHeuristics`), else the
 *    calibration table. r = the model's estimated accuracy (online, `ModelReliability`). The
 *    model's platforms win when r − pH > margin + credibility · sd(r − pH), sd(r − pH) =
 *    √(sd(r)² + sd(pH)² − 2 cov(r, pH)) (cov from `reliabilityCovariance`; sd(pH) is 0 for the
 *    calibrated band): its lead
 *    must be credible, not noise of few observations; else the heuristics' stand (a tie keeps
 *    what is there). The model's own confidence is not used: it
 *    is not calibrated (a model says 0.9 whether right or wrong). The confidence is the
 *    winner's posterior, P = a(1 − b) / (a(1 − b) + b(1 − a)) with a, b the winner's and the
 *    loser's accuracy (never above cH when the heuristics win).
 * 3. Tables follow the chosen platforms: both sides' tables of those platforms (the model's
 *    already checked against the hints), the winner's first; tables of other platforms go. A
 *    chosen platform without a table from either side (the model picked it and named none) gets
 *    the first `fallbackTables` tables of its heuristic evidence.
 * 4. Other fields: the winner's intent; the higher complexity; knowledge needs and query
 *    characteristics are the heuristics' OR the model's when r ≥ detailTrust, so a knowledge
 *    step is never lost; the time range is the heuristics' (resolved from the clock), the
 *    model's only when they found none.
 *
 * The answer reaching this function names only available platforms and existing tables
 * (see `readLlmAnswer`); when it names no platform, the heuristic analysis stands unchanged.
 */
export function mergeAnalyses(input: MergeInput): MergeOutcome {
  const rules: MergeRules = { ...DEFAULT_MERGE_RULES, ...input.rules };
  const { analysis: h, evidence } = input.heuristic;
  const answer = input.answer;
  const cH = h.confidence;
  const r = Math.min(1, Math.max(0, input.reliability));
  if (answer.platforms.length === 0) {
    return {
      analysis: h,
      evidence,
      mode: 'heuristic',
      agreed: false,
      winner: 'heuristic',
      notes: ['the model named no available platform; the heuristic analysis stands'],
    };
  }

  const agreed = sameSet(h.required_platforms, answer.platforms);
  const online = cH < rules.heuristicCalibration.confidentFrom ? input.unconfidentHeuristics : undefined;
  const pH = online ? online.mean : heuristicAccuracy(cH, rules.heuristicCalibration);
  const spread = leadUncertainty(input.reliabilityUncertainty ?? 0, online, input.reliabilityCovariance ?? 0);
  const needed = rules.margin + rules.credibility * spread;
  const winner: ArbitrationWinner = agreed ? 'agreed' : r - pH > needed ? 'model' : 'heuristic';
  const platforms = winner === 'model' ? [...answer.platforms] : [...h.required_platforms];
  const notes: string[] = [];
  let confidence: number;
  if (winner === 'agreed') {
    confidence = Math.min(rules.maxConfidence, cH + (1 - cH) * r * rules.agreementWeight);
  } else {
    const posterior = (a: number, b: number) => (a * (1 - b)) / (a * (1 - b) + b * (1 - a) || 1);
    const choice = `heuristics ${h.required_platforms.join('+') || '-'} (confidence ${cH}, ${online ? 'estimated' : 'calibrated'} ${round(pH, 3)}) vs model ${answer.platforms.join('+')} (estimated ${round(r, 3)}, needs a lead over ${round(needed, 3)})`;
    if (winner === 'model') {
      confidence = Math.min(rules.maxConfidence, posterior(r, pH));
      notes.push(`chose the model's platforms: ${choice}`);
    } else {
      confidence = Math.min(cH, posterior(pH, r));
      notes.push(`kept the heuristic platforms: ${choice}`);
    }
  }

  // Tables: the chosen platforms' tables from both sides, the winner's first.
  const chosen = new Set(platforms);
  const platformOf = new Map<string, string>();
  for (const e of evidence) for (const t of e.tables) platformOf.set(t, e.platform);
  const heuristicTables = h.entities.tables.filter((t) => {
    const platform = platformOf.get(t);
    return platform === undefined ? winner !== 'model' : chosen.has(platform);
  });
  const modelTables = answer.tables
    .filter((t) => (t.platform === null ? winner !== 'heuristic' : chosen.has(t.platform)))
    .map((t) => t.name);
  const named = new Set(
    winner === 'model' ? [...modelTables, ...heuristicTables] : [...heuristicTables, ...modelTables],
  );
  // A chosen platform neither side named a table of (the model picked it without tables): its evidence's best tables.
  const covered = new Set<string>();
  for (const t of named) covered.add(platformOf.get(t) ?? '');
  for (const t of answer.tables) if (named.has(t.name) && t.platform !== null) covered.add(t.platform);
  for (const e of evidence)
    if (chosen.has(e.platform) && !covered.has(e.platform))
      for (const t of e.tables.slice(0, rules.fallbackTables)) named.add(t);
  const tables = [...named];
  const modelFields = winner === 'heuristic' ? [] : answer.fields;
  const fields = [...new Set([...h.entities.fields, ...modelFields])];

  const mergedEvidence = evidence.map((e): PlatformEvidence => {
    if (!chosen.has(e.platform)) return e;
    const extra = answer.tables
      .filter((t) => t.platform === e.platform && !e.tables.includes(t.name))
      .map((t) => t.name);
    const picked = winner === 'model' && !h.required_platforms.includes(e.platform);
    if (extra.length === 0 && !picked) return e;
    return {
      ...e,
      tables: [...e.tables, ...extra],
      reasons: [
        ...e.reasons,
        `model (${input.model}) chose it${extra.length > 0 ? `, tables ${extra.join(', ')}` : ''}`,
      ],
    };
  });

  const trusted = r >= rules.detailTrust;
  const k = h.knowledge_requirements;
  const q = h.query_characteristics;
  const mode: PlannerMode = winner === 'model' && evidence.every((e) => e.score <= 0) ? 'llm' : 'hybrid';
  if (answer.discarded.length > 0)
    notes.push(`discarded from the model's answer: ${answer.discarded.slice(0, 5).join(', ')}`);

  const analysis: QueryAnalysis = {
    ...h,
    intent: winner === 'model' ? answer.intent : h.intent,
    complexity: COMPLEXITY_RANK[answer.complexity] > COMPLEXITY_RANK[h.complexity] ? answer.complexity : h.complexity,
    required_platforms: platforms,
    confidence: round(confidence),
    reasoning:
      `${h.reasoning} Model (${input.model}, estimated accuracy ${round(r, 3)}): ${answer.reasoning || 'no reasoning given'}${notes.length > 0 ? ` Arbitration: ${notes.join('; ')}.` : ''}`.slice(
        0,
        8000,
      ),
    entities: {
      ...h.entities,
      tables,
      fields,
      time_range: h.entities.time_range ?? (trusted ? answer.timeRange : null),
    },
    knowledge_requirements: {
      requires_sop: k.requires_sop || (trusted && answer.requiresSop),
      requires_error_knowledge: k.requires_error_knowledge || (trusted && answer.requiresErrorKnowledge),
      requires_schema: k.requires_schema || (trusted && answer.requiresSchema),
    },
    query_characteristics: {
      is_aggregation: q.is_aggregation || (trusted && answer.isAggregation),
      is_time_series: q.is_time_series || (trusted && answer.isTimeSeries),
      has_joins: q.has_joins || (trusted && answer.hasJoins),
      complexity_factors: [...new Set([...q.complexity_factors, ...(trusted ? answer.complexityFactors : [])])].slice(
        0,
        32,
      ),
    },
    constraints: mergeConstraints(h.constraints, answer.constraints),
  };
  return { analysis, evidence: mergedEvidence, mode, agreed, winner, notes };
}

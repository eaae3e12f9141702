import type { PlannerMode, QueryAnalysis, QueryComplexity } from '@mesh/a2a-contracts';
import type { HeuristicAnalysis, PlatformEvidence } from '@mesh/planner-core';
import type { LlmAnswer } from './llm-answer';
import { mergeConstraints } from './merge-constraints';

/** The thresholds of the merge. See {@link mergeAnalyses} and docs/llm.md. */
export interface MergeRules {
  /** The LLM's confidence needed for any of its additions (a platform, a knowledge need, the intent). */
  readonly addConfidence: number;
  /** The LLM's confidence needed to drop a platform the heuristics chose on weak evidence. */
  readonly dropConfidence: number;
  /** A heuristic evidence score below this is weak (a lean, not a finding). */
  readonly weakEvidenceScore: number;
  /** A heuristic confidence below this is a guess: the LLM may add a platform without other evidence. */
  readonly lowHeuristicConfidence: number;
  /** How much an agreeing LLM raises the confidence: c = cH + (1 - cH) · cL · weight. */
  readonly agreementWeight: number;
  /** When the LLM disagrees and the heuristics stand, their confidence is multiplied by this. */
  readonly disagreementFactor: number;
  readonly maxConfidence: number;
}

export const DEFAULT_MERGE_RULES: MergeRules = Object.freeze({
  addConfidence: 0.7,
  dropConfidence: 0.8,
  weakEvidenceScore: 1.5,
  lowHeuristicConfidence: 0.45,
  agreementWeight: 0.5,
  disagreementFactor: 0.9,
  maxConfidence: 0.97,
});

export interface MergeInput {
  readonly heuristic: HeuristicAnalysis;
  readonly answer: LlmAnswer;
  readonly model: string;
  readonly rules?: Partial<MergeRules>;
}

export interface MergeOutcome {
  readonly analysis: QueryAnalysis;
  /** Evidence with the LLM's validated tables added to their platforms. */
  readonly evidence: readonly PlatformEvidence[];
  /** `hybrid`: both contributed; `llm`: the heuristics had no evidence at all and the LLM decided; `heuristic`: the LLM answer added nothing usable. */
  readonly mode: PlannerMode;
  /** The LLM and the heuristics chose the same platforms. */
  readonly agreed: boolean;
  /** What the merge did and why, for the reasoning and the logs. */
  readonly notes: readonly string[];
}

const COMPLEXITY_RANK: Record<QueryComplexity, number> = { simple: 0, moderate: 1, complex: 2 };

const round = (value: number) => Math.round(value * 100) / 100;

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/**
 * Combines the heuristic analysis with a validated, sanitized LLM answer, so that the LLM can
 * improve routing but a confused or manipulated model cannot make it worse:
 *
 * 1. Agreement: a platform both chose is kept; when they chose the same set, the confidence
 *    rises: c = cH + (1 − cH) · cL · agreementWeight (capped at maxConfidence).
 * 2. A platform only the heuristics chose is kept, unless its heuristic evidence is weak
 *    (score < weakEvidenceScore), the LLM is sure (cL ≥ dropConfidence) and the LLM's own
 *    platforms are kept (something is left to query): then it is replaced.
 * 3. A platform only the LLM chose is added when cL ≥ addConfidence and either the heuristics
 *    found solid evidence for it (score ≥ weakEvidenceScore, merely out-scored), or the LLM
 *    named a table of that platform which exists in the hints and the prompt offered as
 *    lexically relevant, or the heuristic confidence is below lowHeuristicConfidence (the
 *    heuristics were guessing). Otherwise it is ignored, with a note.
 * 4. When the LLM's platforms were all rejected, the heuristics' platforms stand and the
 *    confidence is cH · disagreementFactor; when the set changed, it is the mean of cH and cL.
 * 5. Other fields: the LLM's intent when cL ≥ addConfidence, else the heuristics'; the higher
 *    complexity; knowledge needs and query characteristics are the heuristics' OR the LLM's
 *    (the LLM's only when cL ≥ addConfidence), so a knowledge step is never lost; tables and
 *    fields are the union (the LLM's already checked against the hints), minus the tables of
 *    dropped platforms; the time window is the heuristics' (resolved from the clock).
 *
 * The answer reaching this function names only available platforms and existing tables
 * (see `readLlmAnswer`); when it names no platform, the heuristic analysis stands unchanged.
 */
export function mergeAnalyses(input: MergeInput): MergeOutcome {
  const rules: MergeRules = { ...DEFAULT_MERGE_RULES, ...input.rules };
  const { analysis: h, evidence } = input.heuristic;
  const answer = input.answer;
  const cH = h.confidence;
  const cL = answer.confidence;
  const confident = cL >= rules.addConfidence;
  const scoreOf = (platform: string) => evidence.find((e) => e.platform === platform)?.score ?? 0;
  const notes: string[] = [];
  if (answer.platforms.length === 0) {
    return { analysis: h, evidence, mode: 'heuristic', agreed: false, notes: ['the LLM named no available platform; the heuristic analysis stands'] };
  }

  // Platforms: additions first (rule 3), so a drop (rule 2) only happens when something replaces it.
  const additions: string[] = [];
  for (const platform of answer.platforms) {
    if (h.required_platforms.includes(platform)) continue;
    const solid = scoreOf(platform) >= rules.weakEvidenceScore;
    const tableBacked = answer.tables.some((t) => t.platform === platform && t.relevant);
    const guessing = cH < rules.lowHeuristicConfidence;
    if (confident && (solid || tableBacked || guessing)) {
      additions.push(platform);
      notes.push(`added ${platform} (LLM ${cL}; ${solid ? `heuristic score ${scoreOf(platform)}` : tableBacked ? 'names a relevant table of it' : `heuristic confidence only ${cH}`})`);
    } else {
      notes.push(`ignored the LLM's ${platform} (${confident ? 'no evidence for it in the question or the hints' : `LLM confidence ${cL} < ${rules.addConfidence}`})`);
    }
  }
  const agreedPlatforms = h.required_platforms.filter((p) => answer.platforms.includes(p));
  const platforms: string[] = [];
  const dropped: string[] = [];
  for (const platform of h.required_platforms) {
    if (answer.platforms.includes(platform)) {
      platforms.push(platform);
      continue;
    }
    const weak = scoreOf(platform) < rules.weakEvidenceScore;
    const replaced = additions.length > 0 || agreedPlatforms.length > 0;
    if (weak && cL >= rules.dropConfidence && replaced) {
      dropped.push(platform);
      notes.push(`dropped ${platform} (weak heuristic evidence ${scoreOf(platform)}; LLM ${cL} chose ${answer.platforms.join(', ')})`);
    } else {
      platforms.push(platform);
      if (answer.platforms.length > 0) notes.push(`kept ${platform} on heuristic evidence (the LLM did not choose it)`);
    }
  }
  platforms.push(...additions);

  const agreed = sameSet(h.required_platforms, answer.platforms);
  const changed = !sameSet(platforms, h.required_platforms);
  let confidence: number;
  if (agreed) confidence = Math.min(rules.maxConfidence, cH + (1 - cH) * cL * rules.agreementWeight);
  else if (changed) confidence = (cH + cL) / 2;
  else confidence = cH * rules.disagreementFactor;

  // Tables and fields: the union, without the tables of dropped platforms.
  const droppedTables = new Set(evidence.filter((e) => dropped.includes(e.platform)).flatMap((e) => e.tables));
  const llmTables = answer.tables.filter((t) => t.platform === null || platforms.includes(t.platform)).map((t) => t.name);
  const tables = [...new Set([...h.entities.tables.filter((t) => !droppedTables.has(t)), ...llmTables])];
  const fields = [...new Set([...h.entities.fields, ...answer.fields])];

  const mergedEvidence = evidence.map((e): PlatformEvidence => {
    const extra = answer.tables.filter((t) => t.platform === e.platform && platforms.includes(e.platform) && !e.tables.includes(t.name)).map((t) => t.name);
    if (extra.length === 0 && !additions.includes(e.platform)) return e;
    return { ...e, tables: [...e.tables, ...extra], reasons: [...e.reasons, `LLM (${input.model}) chose it${extra.length > 0 ? `, tables ${extra.join(', ')}` : ''}`] };
  });

  const k = h.knowledge_requirements;
  const q = h.query_characteristics;
  const mode: PlannerMode = changed && evidence.every((e) => e.score <= 0) ? 'llm' : 'hybrid';
  if (answer.discarded.length > 0) notes.push(`discarded from the LLM answer: ${answer.discarded.slice(0, 5).join(', ')}`);

  const analysis: QueryAnalysis = {
    intent: confident ? answer.intent : h.intent,
    complexity: COMPLEXITY_RANK[answer.complexity] > COMPLEXITY_RANK[h.complexity] ? answer.complexity : h.complexity,
    required_platforms: platforms,
    confidence: round(confidence),
    reasoning: `${h.reasoning} LLM (${input.model}, confidence ${cL}): ${answer.reasoning || 'no reasoning given'}${notes.length > 0 ? ` Merge: ${notes.join('; ')}.` : ''}`.slice(0, 8000),
    entities: {
      ...h.entities,
      tables,
      fields,
      time_range: h.entities.time_range ?? (confident ? answer.timeRange : null),
    },
    knowledge_requirements: {
      requires_sop: k.requires_sop || (confident && answer.requiresSop),
      requires_error_knowledge: k.requires_error_knowledge || (confident && answer.requiresErrorKnowledge),
      requires_schema: k.requires_schema || (confident && answer.requiresSchema),
    },
    query_characteristics: {
      is_aggregation: q.is_aggregation || (confident && answer.isAggregation),
      is_time_series: q.is_time_series || (confident && answer.isTimeSeries),
      has_joins: q.has_joins || (confident && answer.hasJoins),
      complexity_factors: [...new Set([...q.complexity_factors, ...(confident ? answer.complexityFactors : [])])].slice(0, 32),
    },
    constraints: mergeConstraints(h.constraints, answer.constraints),
  };
  return { analysis, evidence: mergedEvidence, mode, agreed, notes };
}

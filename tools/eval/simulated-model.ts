import type { PlanningContext, PlatformEvidence } from '@mesh/planner-core';
import { buildAnalysisPrompt, readLlmAnswer, type ModelAnalysisResult, type ModelAnalyzer } from '@mesh/planner-llm';
import type { EvalCase } from './eval-case';

/** The confidence the simulated model states, right or wrong: uninformative, as a real model's often is. */
export const SIMULATED_CONFIDENCE = 0.9;

/** A number in [0, 1) from a seed and a case id (FNV-1a, then murmur3's finalizer to spread the bits): the same cases are wrong on every run. */
export function unitHash(seed: number, id: string): number {
  let hash = 0x811c9dc5;
  for (const ch of `${seed}:${id}`) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return (hash >>> 0) / 2 ** 32;
}

/**
 * A wrong routing answer of the kind models make: the label moved to the other SIEM (kql ↔ spl),
 * SQL read as KQL when no SIEM is labelled, and one SIEM only when both are labelled.
 */
export function corruptPlatforms(platforms: readonly string[]): string[] {
  const has = (p: string) => platforms.includes(p);
  if (has('kql') && has('spl')) return ['kql'];
  if (has('kql') || has('spl')) return platforms.map((p) => (p === 'kql' ? 'spl' : p === 'spl' ? 'kql' : p));
  if (has('sql')) return [...new Set(platforms.map((p) => (p === 'sql' ? 'kql' : p)))];
  return ['kql'];
}

export interface SimulatedModelOptions {
  /** Share of questions answered with the label, 0..1. */
  readonly accuracy: number;
  readonly seed: number;
  /** The labelled cases, by question. */
  readonly cases: readonly EvalCase[];
}

/**
 * A model that answers from the labels of the eval set (platforms and tables), wrong on a
 * seeded share of questions, always with confidence 0.9. Its answer goes through the real
 * prompt construction and the real answer validation (`readLlmAnswer`), so the hybrid sees
 * exactly what it would see from a model: only available platforms and existing tables.
 * Wrong answers keep the label's tables (as a model that confuses the platform would).
 */
export class SimulatedModel implements ModelAnalyzer {
  readonly model: string;
  private readonly byQuestion = new Map<string, EvalCase>();

  constructor(private readonly options: SimulatedModelOptions) {
    this.model = `simulated-${options.accuracy}`;
    for (const evalCase of options.cases) this.byQuestion.set(evalCase.naturalLanguage.trim(), evalCase);
  }

  /** Whether the model answers this case wrongly (nested: a case wrong at 0.85 is wrong at 0.6 too). */
  isWrong(evalCase: EvalCase): boolean {
    return unitHash(this.options.seed, evalCase.id) >= this.options.accuracy;
  }

  async analyze(context: PlanningContext, evidence: readonly PlatformEvidence[]): Promise<ModelAnalysisResult> {
    const usage = { calls: 1, promptTokens: 0, completionTokens: 0, cacheHit: false, llmMs: 0 };
    const prompt = buildAnalysisPrompt(context, { evidence });
    if (prompt.platforms.length === 0)
      return {
        ...usage,
        calls: 0,
        ok: false,
        reason: 'no data platform is available to choose from',
        kind: 'no_platform',
        skipped: true,
      };
    const label = this.byQuestion.get(context.naturalLanguage);
    if (!label)
      return {
        ...usage,
        ok: false,
        reason: 'the simulated model knows no label for this question',
        kind: 'bad_response',
      };
    const platforms = this.isWrong(label) ? corruptPlatforms(label.expectedPlatforms) : [...label.expectedPlatforms];
    const content = JSON.stringify({
      intent: 'investigation',
      complexity: 'moderate',
      required_platforms: platforms,
      confidence: SIMULATED_CONFIDENCE,
      reasoning: 'simulated answer from the label',
      entities: { tables: label.expectedTables, fields: [], time_range: null },
      knowledge_requirements: { requires_sop: false, requires_error_knowledge: false, requires_schema: false },
      query_characteristics: { is_aggregation: false, is_time_series: false, has_joins: false, complexity_factors: [] },
    });
    const reading = readLlmAnswer(content, 'stop', { prompt, catalog: context.catalog });
    if (!reading.ok)
      return { ...usage, ok: false, reason: `${reading.problem}: ${reading.detail}`, kind: 'invalid_answer' };
    if (reading.answer.platforms.length === 0)
      return { ...usage, ok: false, reason: 'the simulated answer named no available platform', kind: 'no_platform' };
    return { ...usage, ok: true, answer: reading.answer };
  }
}

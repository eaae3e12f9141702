import fc from 'fast-check';
import type { QueryAnalysis } from '@mesh/a2a-contracts';
import type { HeuristicAnalysis, PlatformEvidence } from '@mesh/planner-core';
import type { LlmAnswer } from './llm-answer';
import { heuristicAccuracy } from './heuristic-calibration';
import { mergeAnalyses } from './merge-analyses';

function heuristic(platforms: string[], confidence: number, evidence: PlatformEvidence[]): HeuristicAnalysis {
  const analysis: QueryAnalysis = {
    intent: 'diagnostic',
    complexity: 'simple',
    required_platforms: platforms,
    confidence,
    reasoning: 'heuristic.',
    entities: {
      tables: evidence.filter((e) => platforms.includes(e.platform)).flatMap((e) => [...e.tables]),
      fields: [],
      time_range: 'last 24 hours',
      time_window: null,
    },
    knowledge_requirements: { requires_sop: true, requires_error_knowledge: false, requires_schema: false },
    query_characteristics: { is_aggregation: false, is_time_series: false, has_joins: false, complexity_factors: [] },
  };
  return { analysis, evidence };
}

const ev = (platform: string, score: number, tables: string[] = []): PlatformEvidence => ({
  platform,
  score,
  reasons: [],
  tables,
});

function llm(platforms: string[], confidence: number, overrides: Partial<LlmAnswer> = {}): LlmAnswer {
  return {
    intent: 'security',
    complexity: 'moderate',
    platforms,
    confidence,
    reasoning: 'llm.',
    tables: [],
    fields: [],
    timeRange: null,
    requiresSop: false,
    requiresErrorKnowledge: true,
    requiresSchema: false,
    isAggregation: true,
    isTimeSeries: false,
    hasJoins: false,
    complexityFactors: [],
    constraints: null,
    discarded: [],
    ...overrides,
  };
}

const strongKql = heuristic(['kql'], 0.85, [ev('kql', 6, ['SigninLogs']), ev('sql', 0.5, ['users']), ev('spl', 0)]);
const unsureKql = heuristic(['kql'], 0.55, [ev('kql', 2, ['SigninLogs']), ev('sql', 1.5, ['users']), ev('spl', 0)]);

describe('mergeAnalyses (arbitration)', () => {
  it('raises the confidence where the model agrees, by how much it is trusted', () => {
    const merged = mergeAnalyses({ heuristic: strongKql, answer: llm(['kql'], 0.9), model: 'm', reliability: 0.8 });

    expect(merged.analysis.required_platforms).toEqual(['kql']);
    expect(merged.analysis.confidence).toBe(0.91); // 0.85 + (1 - 0.85) · 0.8 · 0.5
    expect(merged.winner).toBe('agreed');
    expect(merged.mode).toBe('hybrid');
  });

  it('keeps confident heuristics against a model estimated less accurate than them', () => {
    const merged = mergeAnalyses({ heuristic: strongKql, answer: llm(['sql'], 0.99), model: 'm', reliability: 0.85 });

    expect(merged.analysis.required_platforms).toEqual(['kql']);
    expect(merged.winner).toBe('heuristic');
    expect(merged.analysis.confidence).toBeLessThanOrEqual(0.85);
    expect(merged.mode).toBe('hybrid');
  });

  it('replaces unsure heuristics by the platforms of a model estimated more accurate than them', () => {
    const merged = mergeAnalyses({ heuristic: unsureKql, answer: llm(['sql'], 0.9), model: 'm', reliability: 0.85 });

    expect(merged.analysis.required_platforms).toEqual(['sql']);
    expect(merged.winner).toBe('model');
    expect(merged.analysis.confidence).toBe(0.82); // 0.85 · 0.45 / (0.85 · 0.45 + 0.55 · 0.15)
  });

  it('keeps a single-platform choice on non-decisive evidence against a model estimated less accurate than that band', () => {
    const closeCall = heuristic(['kql'], 0.65, [ev('kql', 5, ['SigninLogs']), ev('spl', 4), ev('sql', 0)]);

    const kept = mergeAnalyses({ heuristic: closeCall, answer: llm(['spl'], 0.9), model: 'm', reliability: 0.7 });
    const taken = mergeAnalyses({ heuristic: closeCall, answer: llm(['spl'], 0.9), model: 'm', reliability: 0.88 });

    expect(kept.analysis.required_platforms).toEqual(['kql']);
    expect(taken.analysis.required_platforms).toEqual(['spl']);
  });

  it('replaces even confident heuristics when the model is estimated better than their calibration', () => {
    const merged = mergeAnalyses({ heuristic: strongKql, answer: llm(['spl'], 0.9), model: 'm', reliability: 0.99 });

    expect(merged.analysis.required_platforms).toEqual(['spl']);
  });

  it('ignores the model’s own confidence: a sure answer from an untrusted model does not win', () => {
    const merged = mergeAnalyses({ heuristic: unsureKql, answer: llm(['sql'], 1), model: 'm', reliability: 0.5 });

    expect(merged.analysis.required_platforms).toEqual(['kql']);
  });

  it('does not take the union when the model adds a platform', () => {
    const kept = mergeAnalyses({
      heuristic: strongKql,
      answer: llm(['kql', 'spl'], 0.9),
      model: 'm',
      reliability: 0.7,
    });
    const taken = mergeAnalyses({
      heuristic: unsureKql,
      answer: llm(['kql', 'spl'], 0.9),
      model: 'm',
      reliability: 0.7,
    });

    expect(kept.analysis.required_platforms).toEqual(['kql']);
    expect(taken.analysis.required_platforms).toEqual(['kql', 'spl']);
  });

  it('gives a platform the model chose without naming a table the tables of its heuristic evidence', () => {
    const merged = mergeAnalyses({ heuristic: unsureKql, answer: llm(['sql'], 0.9), model: 'm', reliability: 0.9 });

    expect(merged.analysis.required_platforms).toEqual(['sql']);
    expect(merged.analysis.entities.tables).toEqual(['users']);
  });

  it('takes the model’s tables with its platforms and drops the tables of the losing platforms', () => {
    const answer = llm(['sql'], 0.9, {
      tables: [
        { name: 'orders', platform: 'sql', relevant: true },
        { name: 'AuditLogs', platform: 'kql', relevant: true },
      ],
    });

    const merged = mergeAnalyses({ heuristic: unsureKql, answer, model: 'm', reliability: 0.9 });

    expect(merged.analysis.entities.tables).toEqual(['orders']);
    expect(merged.evidence.find((e) => e.platform === 'sql')!.tables).toEqual(['users', 'orders']);
    expect(merged.evidence.find((e) => e.platform === 'kql')!.tables).toEqual(['SigninLogs']);
  });

  it('adds the model’s tables of the chosen platforms when the heuristics win', () => {
    const answer = llm(['kql', 'sql'], 0.9, {
      tables: [
        { name: 'AuditLogs', platform: 'kql', relevant: true },
        { name: 'orders', platform: 'sql', relevant: true },
      ],
    });

    const merged = mergeAnalyses({ heuristic: strongKql, answer, model: 'm', reliability: 0.6 });

    expect(merged.analysis.required_platforms).toEqual(['kql']);
    expect(merged.analysis.entities.tables).toEqual(['SigninLogs', 'AuditLogs']);
  });

  it('says the model decided when the heuristics had no evidence at all', () => {
    const guess = heuristic(['kql'], 0.2, [ev('kql', 0), ev('sql', 0)]);

    const merged = mergeAnalyses({ heuristic: guess, answer: llm(['sql'], 0.9), model: 'm', reliability: 0.7 });

    expect(merged.analysis.required_platforms).toEqual(['sql']);
    expect(merged.mode).toBe('llm');
  });

  it('adds knowledge needs and characteristics of a trusted model but never removes the heuristic ones', () => {
    const merged = mergeAnalyses({ heuristic: strongKql, answer: llm(['kql'], 0.9), model: 'm', reliability: 0.8 });

    expect(merged.analysis.knowledge_requirements).toEqual({
      requires_sop: true,
      requires_error_knowledge: true,
      requires_schema: false,
    });
    expect(merged.analysis.query_characteristics.is_aggregation).toBe(true);
    expect(merged.analysis.complexity).toBe('moderate');
  });

  it('takes nothing but the platform vote from a model it does not trust', () => {
    const merged = mergeAnalyses({ heuristic: strongKql, answer: llm(['kql'], 0.9), model: 'm', reliability: 0.3 });

    expect(merged.analysis.knowledge_requirements.requires_error_knowledge).toBe(false);
    expect(merged.analysis.query_characteristics.is_aggregation).toBe(false);
  });

  it('keeps the heuristic time range, resolved from the clock', () => {
    const merged = mergeAnalyses({
      heuristic: strongKql,
      answer: llm(['kql'], 0.9, { timeRange: 'forever' }),
      model: 'm',
      reliability: 0.9,
    });

    expect(merged.analysis.entities.time_range).toBe('last 24 hours');
  });

  it('lets the heuristic analysis stand when the model named no available platform', () => {
    const merged = mergeAnalyses({ heuristic: strongKql, answer: llm([], 0.99), model: 'm', reliability: 1 });

    expect(merged.mode).toBe('heuristic');
    expect(merged.analysis).toBe(strongKql.analysis);
  });

  it('keeps the heuristics when the model’s lead is within the uncertainty of the two estimates', () => {
    const merged = mergeAnalyses({
      heuristic: unsureKql,
      answer: llm(['spl'], 0.9),
      model: 'm',
      reliability: 0.85,
      reliabilityUncertainty: 0.05,
      unconfidentHeuristics: { mean: 0.8, sd: 0.03 },
    });

    expect(merged.winner).toBe('heuristic');
    expect(merged.analysis.required_platforms).toEqual(['kql']);
  });

  it('takes the model’s platforms when its lead is credible', () => {
    const merged = mergeAnalyses({
      heuristic: unsureKql,
      answer: llm(['spl'], 0.9),
      model: 'm',
      reliability: 0.97,
      reliabilityUncertainty: 0.02,
      unconfidentHeuristics: { mean: 0.8, sd: 0.03 },
    });

    expect(merged.winner).toBe('model');
    expect(merged.analysis.required_platforms).toEqual(['spl']);
  });

  it('widens the lead needed when the two estimates covary negatively (read jointly)', () => {
    const input = {
      heuristic: unsureKql,
      answer: llm(['spl'], 0.9),
      model: 'm',
      reliability: 0.9,
      reliabilityUncertainty: 0.04,
      unconfidentHeuristics: { mean: 0.83, sd: 0.04 },
    };

    expect(mergeAnalyses(input).winner).toBe('model');
    expect(mergeAnalyses({ ...input, reliabilityCovariance: -0.0012 }).winner).toBe('heuristic');
  });

  it('ignores the covariance against a confident, calibrated decision', () => {
    const merged = mergeAnalyses({
      heuristic: strongKql,
      answer: llm(['spl'], 0.9),
      model: 'm',
      reliability: 0.995,
      reliabilityUncertainty: 0.01,
      unconfidentHeuristics: { mean: 0.8, sd: 0.04 },
      reliabilityCovariance: -0.01,
    });

    expect(merged.winner).toBe('model');
  });

  it('reads an unconfident heuristic decision by the online estimate, not by its confidence', () => {
    const withTable = mergeAnalyses({ heuristic: unsureKql, answer: llm(['spl'], 0.9), model: 'm', reliability: 0.7 });
    const withEstimate = mergeAnalyses({
      heuristic: unsureKql,
      answer: llm(['spl'], 0.9),
      model: 'm',
      reliability: 0.7,
      unconfidentHeuristics: { mean: 0.85, sd: 0 },
    });

    expect(withTable.winner).toBe('model');
    expect(withEstimate.winner).toBe('heuristic');
  });

  it('reads a confident heuristic decision by its calibration, whatever the online estimate of unconfident ones', () => {
    const merged = mergeAnalyses({
      heuristic: strongKql,
      answer: llm(['spl'], 0.9),
      model: 'm',
      reliability: 0.9,
      unconfidentHeuristics: { mean: 0.5, sd: 0 },
    });

    expect(merged.winner).toBe('heuristic');
  });

  it('chooses exactly one side’s platforms, the model’s only when it is estimated more accurate (property)', () => {
    const platforms = ['kql', 'spl', 'sql'];
    fc.assert(
      fc.property(
        fc.subarray(platforms, { minLength: 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.subarray(platforms, { minLength: 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (hPlatforms, cH, lPlatforms, r) => {
          const evidence = platforms.map((p) => ev(p, 1, [`${p}_table`]));
          const merged = mergeAnalyses({
            heuristic: heuristic(hPlatforms, cH, evidence),
            answer: llm(lPlatforms, 0.9),
            model: 'm',
            reliability: r,
          });
          const result = [...merged.analysis.required_platforms].sort();
          const modelWins = r > heuristicAccuracy(cH);
          expect(result).toEqual([...(modelWins ? lPlatforms : hPlatforms)].sort());
          for (const t of merged.analysis.entities.tables) expect(result).toContain(t.replace('_table', ''));
          expect(merged.analysis.confidence).toBeGreaterThanOrEqual(0);
          expect(merged.analysis.confidence).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

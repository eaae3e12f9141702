import fc from 'fast-check';
import type { QueryAnalysis } from '@mesh/a2a-contracts';
import type { HeuristicAnalysis, PlatformEvidence } from '@mesh/planner-core';
import type { LlmAnswer } from './llm-answer';
import { DEFAULT_MERGE_RULES, mergeAnalyses } from './merge-analyses';

function heuristic(platforms: string[], confidence: number, evidence: PlatformEvidence[]): HeuristicAnalysis {
  const analysis: QueryAnalysis = {
    intent: 'diagnostic',
    complexity: 'simple',
    required_platforms: platforms,
    confidence,
    reasoning: 'heuristic.',
    entities: { tables: evidence.filter((e) => platforms.includes(e.platform)).flatMap((e) => [...e.tables]), fields: [], time_range: 'last 24 hours', time_window: null },
    knowledge_requirements: { requires_sop: true, requires_error_knowledge: false, requires_schema: false },
    query_characteristics: { is_aggregation: false, is_time_series: false, has_joins: false, complexity_factors: [] },
  };
  return { analysis, evidence };
}

const ev = (platform: string, score: number, tables: string[] = []): PlatformEvidence => ({ platform, score, reasons: [], tables });

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

const strongKql = heuristic(['kql'], 0.8, [ev('kql', 6, ['SigninLogs']), ev('sql', 0.5), ev('spl', 0)]);

describe('mergeAnalyses', () => {
  it('raises the confidence where the LLM agrees', () => {
    const merged = mergeAnalyses({ heuristic: strongKql, answer: llm(['kql'], 0.9), model: 'm' });

    expect(merged.analysis.required_platforms).toEqual(['kql']);
    expect(merged.analysis.confidence).toBe(0.89); // 0.8 + (1 - 0.8) · 0.9 · 0.5
    expect(merged.mode).toBe('hybrid');
    expect(merged.agreed).toBe(true);
  });

  it('keeps a heuristic platform with strong evidence even when a confident LLM picks another', () => {
    const merged = mergeAnalyses({ heuristic: strongKql, answer: llm(['sql'], 0.99), model: 'm' });

    expect(merged.analysis.required_platforms).toEqual(['kql']);
    expect(merged.analysis.confidence).toBeLessThan(0.8);
  });

  it('ignores a platform the LLM adds with no evidence in the question or the hints', () => {
    const merged = mergeAnalyses({ heuristic: strongKql, answer: llm(['kql', 'spl'], 0.95), model: 'm' });

    expect(merged.analysis.required_platforms).toEqual(['kql']);
    expect(merged.notes.join(' ')).toContain("ignored the LLM's spl");
  });

  it('adds a platform when a confident LLM names a relevant table of it', () => {
    const merged = mergeAnalyses({ heuristic: strongKql, answer: llm(['kql', 'sql'], 0.8, { tables: [{ name: 'customers', platform: 'sql', relevant: true }] }), model: 'm' });

    expect(merged.analysis.required_platforms).toEqual(['kql', 'sql']);
    expect(merged.analysis.entities.tables).toEqual(['SigninLogs', 'customers']);
    expect(merged.evidence.find((e) => e.platform === 'sql')!.tables).toEqual(['customers']);
  });

  it('does not add a platform on a table the prompt only listed as a fallback', () => {
    const merged = mergeAnalyses({ heuristic: strongKql, answer: llm(['kql', 'sql'], 0.8, { tables: [{ name: 'customers', platform: 'sql', relevant: false }] }), model: 'm' });

    expect(merged.analysis.required_platforms).toEqual(['kql']);
  });

  it('does not add a platform when the LLM is unsure', () => {
    const guess = heuristic(['kql'], 0.2, [ev('kql', 0), ev('sql', 0)]);

    const merged = mergeAnalyses({ heuristic: guess, answer: llm(['sql'], 0.5), model: 'm' });

    expect(merged.analysis.required_platforms).toEqual(['kql']);
  });

  it('replaces a heuristic guess with a sure LLM choice, and says the LLM decided', () => {
    const guess = heuristic(['kql'], 0.2, [ev('kql', 0), ev('sql', 0)]);

    const merged = mergeAnalyses({ heuristic: guess, answer: llm(['sql'], 0.9), model: 'm' });

    expect(merged.analysis.required_platforms).toEqual(['sql']);
    expect(merged.mode).toBe('llm');
    expect(merged.analysis.confidence).toBe(0.55);
  });

  it('adds knowledge needs and characteristics but never removes the heuristic ones', () => {
    const merged = mergeAnalyses({ heuristic: strongKql, answer: llm(['kql'], 0.9), model: 'm' });

    expect(merged.analysis.knowledge_requirements).toEqual({ requires_sop: true, requires_error_knowledge: true, requires_schema: false });
    expect(merged.analysis.query_characteristics.is_aggregation).toBe(true);
    expect(merged.analysis.complexity).toBe('moderate');
    expect(merged.analysis.intent).toBe('security');
  });

  it('keeps the heuristic time range, resolved from the clock', () => {
    const merged = mergeAnalyses({ heuristic: strongKql, answer: llm(['kql'], 0.9, { timeRange: 'forever' }), model: 'm' });

    expect(merged.analysis.entities.time_range).toBe('last 24 hours');
  });

  it('lets the heuristic analysis stand when the LLM named no available platform', () => {
    const merged = mergeAnalyses({ heuristic: strongKql, answer: llm([], 0.99), model: 'm' });

    expect(merged.mode).toBe('heuristic');
    expect(merged.analysis).toBe(strongKql.analysis);
  });

  it('never loses a heuristic platform with solid evidence, never adds one without evidence or a guessing heuristic (property)', () => {
    const platforms = ['kql', 'spl', 'sql'];
    fc.assert(
      fc.property(
        fc.subarray(platforms, { minLength: 1 }),
        fc.tuple(fc.double({ min: 0, max: 10, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true })),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.subarray(platforms),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (hPlatforms, scores, cH, lPlatforms, cL) => {
          const evidence = platforms.map((p, i) => ev(p, scores[i]!));
          const merged = mergeAnalyses({ heuristic: heuristic(hPlatforms, cH, evidence), answer: llm(lPlatforms, cL), model: 'm' });
          const result = merged.analysis.required_platforms;
          for (const p of hPlatforms) if (evidence.find((e) => e.platform === p)!.score >= DEFAULT_MERGE_RULES.weakEvidenceScore) expect(result).toContain(p);
          for (const p of result) {
            if (hPlatforms.includes(p)) continue;
            expect(lPlatforms).toContain(p);
            expect(cL).toBeGreaterThanOrEqual(DEFAULT_MERGE_RULES.addConfidence);
            expect(evidence.find((e) => e.platform === p)!.score >= DEFAULT_MERGE_RULES.weakEvidenceScore || cH < DEFAULT_MERGE_RULES.lowHeuristicConfidence).toBe(true);
          }
          expect(result.length).toBeGreaterThan(0);
          expect(merged.analysis.confidence).toBeGreaterThanOrEqual(0);
          expect(merged.analysis.confidence).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

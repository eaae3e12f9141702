import { analyzeHeuristically } from '@mesh/planner-core';
import { createHybridAnalysis } from './hybrid-analysis';
import type { LlmAnswer } from './llm-answer';
import type { ModelAnalysisResult, ModelAnalyzer } from './model-analyzer.port';
import { ModelReliability } from './model-reliability';
import { contextFor, HINTS } from './testing/test-context';

const USAGE = { calls: 1, promptTokens: 120, completionTokens: 30, cacheHit: false, llmMs: 5 };

function answer(platforms: string[]): LlmAnswer {
  return {
    intent: 'security',
    complexity: 'simple',
    platforms,
    confidence: 0.9,
    reasoning: 'fake',
    tables: [],
    fields: [],
    timeRange: null,
    requiresSop: false,
    requiresErrorKnowledge: false,
    requiresSchema: false,
    isAggregation: false,
    isTimeSeries: false,
    hasJoins: false,
    complexityFactors: [],
    constraints: null,
    discarded: [],
  };
}

function fakeModel(result: ModelAnalysisResult): ModelAnalyzer & { asked: number } {
  return {
    model: 'fake',
    asked: 0,
    async analyze() {
      this.asked += 1;
      return result;
    },
  };
}

function requestFor(question: string) {
  const context = contextFor(question, { schemaHints: HINTS });
  const heuristic = analyzeHeuristically({
    naturalLanguage: context.naturalLanguage,
    catalog: context.catalog,
    agents: context.agents,
    now: new Date('2026-11-26T12:00:00Z'),
  });
  return { context, heuristic };
}

describe('createHybridAnalysis', () => {
  const confidentKql = requestFor('failed sign-ins in SigninLogs from Microsoft Sentinel in the last hour');

  it('asks the model once and reports its usage in the outcome', async () => {
    const model = fakeModel({
      ...USAGE,
      ok: true,
      answer: answer(confidentKql.heuristic.analysis.required_platforms.slice()),
    });

    const outcome = await createHybridAnalysis({ model, reliability: new ModelReliability() }).analyze(confidentKql);

    expect(model.asked).toBe(1);
    expect(outcome).toMatchObject({
      mode: 'hybrid',
      degraded: false,
      llmCalls: 1,
      promptTokens: 120,
      completionTokens: 30,
      model: 'fake',
      llmMs: 5,
    });
  });

  it('feeds the estimate from confident heuristic decisions: agreement raises it, disagreement lowers it', async () => {
    expect(confidentKql.heuristic.analysis.confidence).toBeGreaterThanOrEqual(0.8);
    const agreeing = new ModelReliability();
    const disagreeing = new ModelReliability();

    await createHybridAnalysis({
      model: fakeModel({ ...USAGE, ok: true, answer: answer(['kql']) }),
      reliability: agreeing,
    }).analyze(confidentKql);
    await createHybridAnalysis({
      model: fakeModel({ ...USAGE, ok: true, answer: answer(['sql']) }),
      reliability: disagreeing,
    }).analyze(confidentKql);

    expect(agreeing.estimate).toBeGreaterThan(0.5);
    expect(disagreeing.estimate).toBeLessThan(0.5);
  });

  it('feeds the estimate of unconfident heuristic decisions from those, not the model’s', async () => {
    const unsure = requestFor('show me what happened yesterday');
    expect(unsure.heuristic.analysis.confidence).toBeLessThan(0.8);
    const reliability = new ModelReliability();

    await createHybridAnalysis({
      model: fakeModel({ ...USAGE, ok: true, answer: answer(['spl']) }),
      reliability,
    }).analyze(unsure);

    expect(reliability.snapshot()).toMatchObject({ total: 0, unconfidentHeuristics: { total: 1 } });
  });

  it('does not count a cached answer again in the estimate', async () => {
    const reliability = new ModelReliability();

    await createHybridAnalysis({
      model: fakeModel({ ...USAGE, calls: 0, cacheHit: true, ok: true, answer: answer(['kql']) }),
      reliability,
    }).analyze(confidentKql);

    expect(reliability.snapshot().total).toBe(0);
  });

  it('lets the heuristics stand, degraded with the reason, when the model fails', async () => {
    const model = fakeModel({ ...USAGE, ok: false, reason: 'timeout: 30 s', kind: 'timeout' });
    const reliability = new ModelReliability();

    const outcome = await createHybridAnalysis({ model, reliability }).analyze(confidentKql);

    expect(outcome).toMatchObject({
      mode: 'heuristic',
      degraded: true,
      degradedReason: 'timeout: 30 s',
      degradedKind: 'timeout',
      llmCalls: 1,
    });
    expect(outcome.analysis).toBe(confidentKql.heuristic.analysis);
    expect(reliability.snapshot().total).toBe(0);
  });

  it('is not degraded when there was nothing to ask', async () => {
    const model = fakeModel({
      ...USAGE,
      calls: 0,
      ok: false,
      reason: 'no data platform',
      kind: 'no_platform',
      skipped: true,
    });

    const outcome = await createHybridAnalysis({ model, reliability: new ModelReliability() }).analyze(confidentKql);

    expect(outcome).toMatchObject({ mode: 'heuristic', degraded: false, llmCalls: 0 });
  });
});

import { preparePlanningContext } from '@mesh/planner-core';
import { aDataAgent } from '@mesh/a2a-contracts/testing';
import { fakeAnswer, FakeLlmAdapter } from './testing/fake-llm.adapter';
import { createLlmAnalysis, type LlmAnalysisParts } from './testing/llm-analysis.testing';
import { LlmCallError } from './llm.port';

const ANSWER = {
  intent: 'security',
  complexity: 'simple',
  required_platforms: ['kql'],
  confidence: 0.9,
  reasoning: 'r',
  entities: { tables: [], fields: [], time_range: null },
  knowledge_requirements: { requires_sop: true, requires_error_knowledge: false, requires_schema: false },
  query_characteristics: { is_aggregation: false, is_time_series: false, has_joins: false, complexity_factors: [] },
};

const contextFor = (question: string) =>
  preparePlanningContext({
    natural_language: question,
    execution_context: { available_agents: { data: [aDataAgent('kql')] } },
  });

function partsWith(client: FakeLlmAdapter, env: Record<string, string> = {}): LlmAnalysisParts {
  return createLlmAnalysis(client, { PLANNER_LLM_MODE: 'auto', ...env });
}

const serviceWith = (client: FakeLlmAdapter, env: Record<string, string> = {}) => partsWith(client, env).service;

describe('LlmAnalysisService (with the fake client)', () => {
  it('falls back at once when every slot is taken and waiting would blow the budget', async () => {
    const client = new FakeLlmAdapter(fakeAnswer(ANSWER)).hold();
    const { service, slots } = partsWith(client, { PLANNER_LLM_CONCURRENCY: '1', OLLAMA_TIMEOUT: '30' });
    // Calls have taken 40 s: a wait for the one slot plus a call cannot fit in 30 s. No timer decides this.
    slots.recordCall(40_000);

    const first = service.analyze(contextFor('question one'), []);
    const second = await service.analyze(contextFor('question two'), []);
    client.release();

    expect(second).toMatchObject({ ok: false, calls: 0, kind: 'queue_full' });
    expect(!second.ok && second.reason).toContain('LLM busy');
    expect(await first).toMatchObject({ ok: true, calls: 1 });
    expect(client.calls).toHaveLength(1);
  });

  it('lets a queued call through when a slot frees up within the budget', async () => {
    const client = new FakeLlmAdapter(fakeAnswer(ANSWER)).hold();
    const service = serviceWith(client, { PLANNER_LLM_CONCURRENCY: '1', OLLAMA_TIMEOUT: '5' });

    const first = service.analyze(contextFor('question one'), []);
    const second = service.analyze(contextFor('question two'), []);
    setTimeout(() => client.release(), 20);

    expect(await first).toMatchObject({ ok: true });
    expect(await second).toMatchObject({ ok: true, calls: 1 });
  });

  it('does not retry a refused connection, and skips the LLM until the re-probe interval', async () => {
    const client = new FakeLlmAdapter(new LlmCallError('unreachable', 'ECONNREFUSED'));
    const service = serviceWith(client);

    const first = await service.analyze(contextFor('a'), []);
    const second = await service.analyze(contextFor('b'), []);

    expect(first).toMatchObject({ ok: false, calls: 1, kind: 'unreachable' });
    expect(second).toMatchObject({ ok: false, calls: 0, kind: 'circuit_open' });
    expect(client.calls).toHaveLength(1);
  });

  it('tries every request in llm mode, even after failures', async () => {
    const client = new FakeLlmAdapter(new LlmCallError('unreachable', 'ECONNREFUSED'));
    const service = serviceWith(client, { PLANNER_LLM_MODE: 'llm' });

    await service.analyze(contextFor('a'), []);
    await service.analyze(contextFor('b'), []);

    expect(client.calls).toHaveLength(2);
  });

  it('does not cache when caching is off', async () => {
    const client = new FakeLlmAdapter(fakeAnswer(ANSWER));
    const service = serviceWith(client, { PLANNER_ENABLE_CACHING: 'false' });

    await service.analyze(contextFor('a'), []);
    const again = await service.analyze(contextFor('a'), []);

    expect(again).toMatchObject({ ok: true, calls: 1, cacheHit: false });
  });

  it('warms the model up at start-up without waiting for it, and not in heuristic mode', () => {
    const client = new FakeLlmAdapter();
    partsWith(client).warmUp.onApplicationBootstrap();
    partsWith(client, { PLANNER_LLM_MODE: 'heuristic' }).warmUp.onApplicationBootstrap();

    expect(client.warmUps).toBe(1);
  });

  it('skips the LLM when no data platform is available', async () => {
    const client = new FakeLlmAdapter(fakeAnswer(ANSWER));
    const context = preparePlanningContext({ natural_language: 'x', execution_context: { available_agents: {} } });

    expect(await serviceWith(client).analyze(context, [])).toMatchObject({ ok: false, skipped: true, calls: 0 });
    expect(client.calls).toHaveLength(0);
  });

  it('carries the kind of a timeout, and of an answer that stays unusable', async () => {
    const timedOut = await serviceWith(new FakeLlmAdapter(new LlmCallError('timeout', 'slow'))).analyze(
      contextFor('a'),
      [],
    );
    const unusable = await serviceWith(new FakeLlmAdapter(fakeAnswer('not json'))).analyze(contextFor('a'), []);

    expect(timedOut).toMatchObject({ ok: false, kind: 'timeout' });
    expect(unusable).toMatchObject({ ok: false, kind: 'invalid_answer', calls: 2 });
  });

  it('releases the slot when the call fails, so the next plan gets it at once', async () => {
    const client = new FakeLlmAdapter(fakeAnswer(ANSWER)).script(new LlmCallError('server_error', '500'));
    const { service, slots } = partsWith(client, { PLANNER_LLM_CONCURRENCY: '1' });

    await service.analyze(contextFor('a'), []);

    expect(slots.active).toBe(0);
    expect(await service.analyze(contextFor('b'), [])).toMatchObject({ ok: true });
  });
});

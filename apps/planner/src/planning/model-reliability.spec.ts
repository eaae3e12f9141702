import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { aCreatePlanRequest, aDataAgent, aKnowledgeAgent, someSchemaHints } from '@mesh/a2a-contracts/testing';
import { analysisAnswer, OllamaTestServer, ollamaReplies } from '@mesh/ollama-testing';
import { createLlmTestApp, eventually } from '../llm/testing/llm-test-app';

const AGENTS = { knowledge: [aKnowledgeAgent('sop')], data: [aDataAgent('kql'), aDataAgent('sql')] };
const QUESTION = 'Failed sign-ins in SigninLogs from Microsoft Sentinel for admins in the last 24 hours';

describe('the model’s estimated accuracy (through the real app and the Ollama-protocol test server)', () => {
  let server: OllamaTestServer;
  let app: NestExpressApplication;

  beforeAll(async () => {
    server = await OllamaTestServer.start();
    app = await createLlmTestApp({ OLLAMA_HOST: server.url, PLANNER_LLM_MODE: 'llm', PLANNER_ENABLE_CACHING: 'false' });
    await eventually(() => server.requests.some((r) => r.path === '/api/chat'));
  });

  afterAll(async () => {
    await app.close();
    await server.close();
  });

  async function planAnswered(platforms: string[]) {
    server.script(
      ollamaReplies.answer(
        analysisAnswer({
          required_platforms: platforms,
          confidence: 0.9,
          entities: { tables: [], fields: [], time_range: null },
        }),
      ),
    );
    return (
      await request(app.getHttpServer())
        .post('/a2a/task')
        .send(aCreatePlanRequest(QUESTION, { available_agents: AGENTS, schema_hints: someSchemaHints() }))
        .expect(200)
    ).body;
  }

  it('starts neutral, learns from confident heuristic decisions, and shows the estimate on /metrics and /health/llm', async () => {
    const before = (await request(app.getHttpServer()).get('/health/llm').expect(200)).body.details.llm.reliability;
    expect(before).toMatchObject({ total: 0, unconfidentHeuristics: { total: 0, agreement: null } });
    expect(before.estimate).toBeCloseTo(0.5, 1);

    const first = await planAnswered(['kql']);
    expect(first.result.analysis.confidence).toBeGreaterThanOrEqual(0.8);
    for (let i = 0; i < 4; i += 1) await planAnswered(['kql']);

    const after = (await request(app.getHttpServer()).get('/health/llm').expect(200)).body.details.llm.reliability;
    const metrics = (await request(app.getHttpServer()).get('/metrics').expect(200)).text;
    expect(after.total).toBe(5);
    expect(after.estimate).toBeGreaterThan(0.5);
    expect(metrics).toMatch(new RegExp(`^planner_llm_reliability(\\{[^}]*\\})? ${after.estimate}$`, 'm'));
  });

  it('keeps confident heuristic platforms against a model that has not earned more trust than them', async () => {
    const body = await planAnswered(['sql']);

    expect(body.result.analysis.required_platforms).toEqual(['kql']);
    expect(body.metadata).toMatchObject({ planner_mode: 'hybrid', degraded: false, llm_calls: 1 });
  });
});

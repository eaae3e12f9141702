import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { plannerOptions, startFakeAgent, type FakeAgent } from '../testing/fake-agent-server';
import { planFor } from '../testing/mesh-plans';
import { createOrchestratorTestApp } from '../testing/orchestrator-test-app';

describe('health (through the real app)', () => {
  let planner: FakeAgent;
  let app: NestExpressApplication;

  beforeAll(async () => {
    planner = await startFakeAgent(plannerOptions((p) => planFor(p)));
    app = await createOrchestratorTestApp({
      PLANNER_URL: planner.url,
      AGENT_URLS: '',
      ORCHESTRATOR_PROBE_TIMEOUT_SECONDS: '0.3',
    });
  });

  afterAll(async () => {
    await app.close();
    await planner.close();
  });

  it('is live without touching anything else', async () => {
    await request(app.getHttpServer()).get('/health').expect(200, { status: 'ok', info: {}, error: {}, details: {} });

    expect(planner.requests.filter((r) => r.path === '/health')).toHaveLength(0);
  });

  it('is ready when the planner answers, and reports the registry', async () => {
    const response = await request(app.getHttpServer()).get('/health/ready').expect(200);

    expect(response.body.info.planner).toEqual({ status: 'up', url: planner.url });
    expect(response.body.info.agents).toMatchObject({ status: 'up', total: 1 });
  });

  it('is not ready, quickly, when the planner does not answer', async () => {
    const hanging = await startFakeAgent({ health: () => ({ body: {}, delayMs: 10_000 }) });
    const other = await createOrchestratorTestApp({
      PLANNER_URL: hanging.url,
      AGENT_URLS: '',
      ORCHESTRATOR_PROBE_TIMEOUT_SECONDS: '0.3',
    });
    try {
      const started = Date.now();

      const response = await request(other.getHttpServer()).get('/health/ready').expect(503);

      expect(Date.now() - started).toBeLessThan(2000);
      expect(response.body.details.planner).toMatchObject({
        status: 'down',
        url: hanging.url,
        message: 'no answer within 0.3 s',
      });
    } finally {
      await other.close();
      await hanging.close();
    }
  });
});

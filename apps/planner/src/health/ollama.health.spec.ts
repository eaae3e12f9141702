import request from 'supertest';
import { OllamaTestServer, refusedUrl } from '@mesh/ollama-testing';
import { createLlmTestApp } from '../llm/testing/llm-test-app';

describe('Ollama health (through the real app)', () => {
  let server: OllamaTestServer;

  beforeAll(async () => {
    server = await OllamaTestServer.start();
  });

  afterAll(() => server.close());

  it('reports Ollama and the model on /health/llm', async () => {
    const app = await createLlmTestApp({ OLLAMA_HOST: server.url });
    try {
      const response = await request(app.getHttpServer()).get('/health/llm').expect(200);

      expect(response.body.details.llm).toMatchObject({ status: 'up', model_present: true, version: expect.any(String), mode: 'auto' });
    } finally {
      await app.close();
    }
  });

  it('is down on /health/llm when the model is not pulled', async () => {
    const app = await createLlmTestApp({ OLLAMA_HOST: server.url, OLLAMA_MODEL: 'phi3' });
    try {
      const response = await request(app.getHttpServer()).get('/health/llm').expect(503);

      expect(response.body.details.llm).toMatchObject({ status: 'down', model_present: false });
    } finally {
      await app.close();
    }
  });

  it('stays ready when Ollama is down, and says so', async () => {
    const app = await createLlmTestApp({ OLLAMA_HOST: await refusedUrl() });
    try {
      const ready = await request(app.getHttpServer()).get('/health/ready').expect(200);
      await request(app.getHttpServer()).get('/health/llm').expect(503);

      expect(ready.body.details.planning.status).toBe('up');
      expect(ready.body.details.llm).toMatchObject({ status: 'up', degraded: true, fallback: 'heuristic analysis' });
      expect(ready.body.details.llm.message).toContain('unreachable');
    } finally {
      await app.close();
    }
  });

  it('keeps liveness off Ollama', async () => {
    const app = await createLlmTestApp({ OLLAMA_HOST: server.url });
    try {
      server.reset();
      await request(app.getHttpServer()).get('/health').expect(200);

      expect(server.requests.filter((r) => r.path !== '/api/chat')).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('leaves readiness as it was in heuristic mode', async () => {
    const app = await createLlmTestApp({ OLLAMA_HOST: server.url, PLANNER_LLM_MODE: 'heuristic' });
    try {
      const ready = await request(app.getHttpServer()).get('/health/ready').expect(200);

      expect(Object.keys(ready.body.details)).toEqual(['planning']);
    } finally {
      await app.close();
    }
  });
});

import { createServer } from 'node:http';
import request from 'supertest';
import {
  LLM_TEST_PROVIDERS,
  plannerLlmEnv,
  refusedUrl,
  startLlmTestServer,
  type LlmTestServer,
} from '@mesh/ollama-testing';
import { createLlmTestApp } from '../llm/testing/llm-test-app';

describe.each(LLM_TEST_PROVIDERS)('LLM health with the %s provider (through the real app)', (provider) => {
  let server: LlmTestServer;
  const envFor = (url: string, model?: string) => plannerLlmEnv(provider, url, model);

  beforeAll(async () => {
    server = await startLlmTestServer(provider);
  });

  afterAll(() => server.close());

  it('reports the server and the model on /health/llm', async () => {
    const app = await createLlmTestApp(envFor(server.url));
    try {
      const response = await request(app.getHttpServer()).get('/health/llm').expect(200);

      expect(response.body.details.llm).toMatchObject({
        status: 'up',
        provider,
        model: 'llama3',
        model_present: true,
        mode: 'auto',
        circuit: 'closed',
      });
      if (provider === 'ollama') expect(response.body.details.llm.version).toEqual(expect.any(String));
    } finally {
      await app.close();
    }
  });

  it('is down on /health/llm when the model is not served', async () => {
    const app = await createLlmTestApp(envFor(server.url, 'phi3'));
    try {
      const response = await request(app.getHttpServer()).get('/health/llm').expect(503);

      expect(response.body.details.llm).toMatchObject({ status: 'down', model_present: false });
      expect(response.body.details.llm.message).toContain('phi3');
    } finally {
      await app.close();
    }
  });

  it('stays ready when the server is down, and says so', async () => {
    const refused = provider === 'ollama' ? await refusedUrl() : `${await refusedUrl()}/v1`;
    const app = await createLlmTestApp(envFor(refused));
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

  it('answers /health/llm within its own timeout when the server never answers', async () => {
    // A server that accepts every request and never answers any.
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as { port: number }).port;
    const app = await createLlmTestApp({
      ...envFor(`http://127.0.0.1:${port}${provider === 'openai' ? '/v1' : ''}`),
      OLLAMA_TIMEOUT: '0.5',
    });
    try {
      const started = performance.now();
      const response = await request(app.getHttpServer()).get('/health/llm').expect(503);

      expect(response.body.details.llm.message).toContain('timeout');
      expect(performance.now() - started).toBeLessThan(5000);
    } finally {
      await app.close();
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('keeps liveness off the LLM server', async () => {
    const app = await createLlmTestApp(envFor(server.url));
    try {
      server.reset();
      await request(app.getHttpServer()).get('/health').expect(200);

      expect(server.requests.filter((r) => r.path !== '/api/chat' && r.path !== '/v1/models')).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('leaves readiness as it was in heuristic mode', async () => {
    const app = await createLlmTestApp({ ...envFor(server.url), PLANNER_LLM_MODE: 'heuristic' });
    try {
      const ready = await request(app.getHttpServer()).get('/health/ready').expect(200);

      expect(Object.keys(ready.body.details)).toEqual(['planning']);
    } finally {
      await app.close();
    }
  });
});

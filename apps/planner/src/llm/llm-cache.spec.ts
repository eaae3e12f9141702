import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { aCreatePlanRequest, someSchemaHints } from '@mesh/a2a-contracts/testing';
import {
  analysisAnswer,
  LLM_TEST_PROVIDERS,
  plannerLlmEnv,
  startLlmTestServer,
  type LlmTestServer,
} from '@mesh/ollama-testing';
import { createLlmTestApp, eventually } from './testing/llm-test-app';

// Through the real app with a 100 ms model: a loaded 2-core machine needs more than jest's 5 s default.
jest.setTimeout(30_000);

describe.each(LLM_TEST_PROVIDERS)(
  'LLM analysis cache and single-flight with the %s provider (through the real app)',
  (provider) => {
    let server: LlmTestServer;
    let app: NestExpressApplication;
    const post = (question: string) =>
      request(app.getHttpServer())
        .post('/a2a/task')
        .send(aCreatePlanRequest(question, { schema_hints: someSchemaHints() }))
        .expect(200);

    beforeAll(async () => {
      // A model that takes 100 ms, so concurrent requests overlap.
      server = await startLlmTestServer(provider, {
        responder: () => ({
          kind: 'answer',
          delayMs: 100,
          content: analysisAnswer({
            required_platforms: ['kql'],
            entities: { tables: ['SigninLogs'], fields: [], time_range: null },
          }),
        }),
      });
      app = await createLlmTestApp({
        ...plannerLlmEnv(provider, server.url),
        PLANNER_LLM_MODE: 'auto',
        PLANNER_LLM_CONCURRENCY: '2',
      });
      await eventually(() => server.warmUps > 0);
    });

    beforeEach(() => server.reset());

    afterAll(async () => {
      await app.close();
      await server.close();
    });

    it('answers a repeated question from the cache: no new call, no tokens', async () => {
      const first = await post('Failed sign-ins for admins');
      const again = await post('failed  sign-ins for admins?');

      expect(first.body.metadata).toMatchObject({ llm_calls: 1, cache_hit: false });
      expect(again.body.metadata).toMatchObject({
        planner_mode: 'hybrid',
        llm_calls: 0,
        cache_hit: true,
        prompt_tokens: 0,
        cost_usd: 0,
      });
      expect(again.body.result.analysis.required_platforms).toEqual(first.body.result.analysis.required_platforms);
      expect(server.chatCalls).toBe(1);
    });

    it('makes one call for 20 concurrent identical questions', async () => {
      const responses = await Promise.all(
        Array.from({ length: 20 }, () => post('Sign-in failures from risky IP addresses')),
      );

      expect(server.chatCalls).toBe(1);
      expect(responses.every((r) => r.body.status === 'completed' && r.body.metadata.planner_mode === 'hybrid')).toBe(
        true,
      );
      expect(responses.reduce((sum, r) => sum + r.body.metadata.llm_calls, 0)).toBe(1);
    });

    it('asks again when the context changes (other hints, other fingerprint)', async () => {
      await post('Audit log changes by admins');
      await request(app.getHttpServer())
        .post('/a2a/task')
        .send(
          aCreatePlanRequest('Audit log changes by admins', {
            schema_hints: { kql: { tables: { AuditLogs: ['OperationName'] } } },
          }),
        )
        .expect(200);

      expect(server.chatCalls).toBe(2);
    });
  },
);

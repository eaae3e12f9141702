import 'reflect-metadata';
import { Test } from '@nestjs/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { AppModule } from './app.module';
import { configureApp } from './configure-app';

const ENV_KEYS = [
  'LOG_LEVEL',
  'KNOWLEDGE_DOMAIN',
  'AGENT_ID',
  'AGENT_NAME',
  'AGENT_URL',
  'PORT',
  'HOST',
  'KNOWLEDGE_CORPUS_DIR',
  'BODY_LIMIT',
];

async function startApp(env: Record<string, string>): Promise<NestExpressApplication> {
  for (const key of ENV_KEYS) delete process.env[key];
  Object.assign(process.env, { LOG_LEVEL: 'silent' }, env);
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
  const app = configureApp(
    moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: false }),
  );
  await app.init();
  return app;
}

const retrieve = (parameters: Record<string, unknown>, action = 'retrieve_context') => ({
  task_id: 't-1',
  agent_id: 'sop_knowledge',
  action,
  parameters,
});

describe('mock-knowledge over HTTP (sop)', () => {
  const saved = { ...process.env };
  let app: NestExpressApplication;

  beforeAll(async () => {
    app = await startApp({ KNOWLEDGE_DOMAIN: 'sop' });
  });
  afterAll(async () => {
    await app.close();
    process.env = saved;
  });

  it('should answer retrieve_context with the lockout runbook first', async () => {
    const response = await request(app.getHttpServer())
      .post('/a2a/task')
      .send(retrieve({ query: 'account keeps getting locked out', top_k: 3, domain: 'sop' }))
      .expect(200);
    expect(response.body).toMatchObject({ task_id: 't-1', agent_id: 'sop_knowledge', status: 'completed' });
    const passages = response.body.result.passages;
    expect(passages.length).toBeGreaterThan(0);
    expect(passages.length).toBeLessThanOrEqual(3);
    expect(passages[0]).toMatchObject({
      id: 'account-lockout-response',
      source: 'corpus/sop/account-lockout-response.md',
      domain: 'sop',
    });
    expect(Object.keys(passages[0]).sort()).toEqual(['domain', 'id', 'score', 'source', 'text', 'title']);
  });

  it('should default top_k to 5 and ignore unknown parameters', async () => {
    const response = await request(app.getHttpServer())
      .post('/a2a/task')
      .send({ ...retrieve({ query: 'account user sign-in alert failure', extra: true }), future_field: 1 })
      .expect(200);
    expect(response.body.result.passages).toHaveLength(5);
  });

  it('should answer an empty passage list for a query with no useful words', async () => {
    const response = await request(app.getHttpServer())
      .post('/a2a/task')
      .send(retrieve({ query: 'the of and' }))
      .expect(200);
    expect(response.body.result.passages).toEqual([]);
  });

  it.each([
    ['a missing query', { top_k: 3 }],
    ['an empty query', { query: '' }],
    ['a top_k that is not an integer', { query: 'lockout', top_k: 'five' }],
    ['a top_k above 50', { query: 'lockout', top_k: 51 }],
    ['a top_k of 0', { query: 'lockout', top_k: 0 }],
  ])('should refuse %s with 400 VALIDATION_ERROR', async (_label, parameters) => {
    const response = await request(app.getHttpServer()).post('/a2a/task').send(retrieve(parameters)).expect(400);
    expect(response.body).toMatchObject({
      task_id: 't-1',
      status: 'failed',
      error: { code: 'VALIDATION_ERROR', message: expect.any(String) },
    });
    expect(response.body.error.details.length).toBeGreaterThan(0);
  });

  it('should refuse an unknown action with 400 UNKNOWN_ACTION', async () => {
    const response = await request(app.getHttpServer())
      .post('/a2a/task')
      .send(retrieve({ query: 'x' }, 'create_plan'))
      .expect(400);
    expect(response.body).toMatchObject({ task_id: 't-1', status: 'failed', error: { code: 'UNKNOWN_ACTION' } });
  });

  it('should refuse a request without task_id with 400 VALIDATION_ERROR', async () => {
    const response = await request(app.getHttpServer())
      .post('/a2a/task')
      .send({ action: 'retrieve_context', parameters: { query: 'x' } })
      .expect(400);
    expect(response.body).toMatchObject({ task_id: null, status: 'failed', error: { code: 'VALIDATION_ERROR' } });
  });

  it('should refuse malformed JSON with 400 MALFORMED_JSON', async () => {
    const response = await request(app.getHttpServer())
      .post('/a2a/task')
      .set('Content-Type', 'application/json')
      .send('{"task_id": ')
      .expect(400);
    expect(response.body.error.code).toBe('MALFORMED_JSON');
  });

  it('should describe itself on GET /a2a/agent', async () => {
    const response = await request(app.getHttpServer()).get('/a2a/agent').expect(200);
    expect(response.body).toEqual({
      agent_id: 'sop_knowledge',
      agent_name: 'SOP Knowledge Agent',
      capabilities: ['retrieve_context'],
      knowledge_domain: 'sop',
      url: 'http://127.0.0.1:9101',
      description: expect.any(String),
    });
  });

  it('should be live on GET /health', async () => {
    const response = await request(app.getHttpServer()).get('/health').expect(200);
    expect(response.body.status).toBe('ok');
  });

  it('should be ready on GET /health/ready with the number of passages', async () => {
    const response = await request(app.getHttpServer()).get('/health/ready').expect(200);
    expect(response.body).toMatchObject({
      status: 'ok',
      info: { corpus: { status: 'up', domain: 'sop', passages: 10 } },
    });
  });
});

describe('mock-knowledge over HTTP (configured by env)', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('should serve the errors domain with the agent id from AGENT_ID', async () => {
    const app = await startApp({ KNOWLEDGE_DOMAIN: 'errors', AGENT_ID: 'errors_kb_2' });
    try {
      const response = await request(app.getHttpServer())
        .post('/a2a/task')
        .send(retrieve({ query: 'AADSTS50053', top_k: 2, domain: 'errors' }))
        .expect(200);
      expect(response.body.agent_id).toBe('errors_kb_2');
      expect(response.body.result.passages[0].source).toMatch(/^corpus\/errors\//);
      const agent = await request(app.getHttpServer()).get('/a2a/agent').expect(200);
      expect(agent.body).toMatchObject({
        agent_id: 'errors_kb_2',
        knowledge_domain: 'errors',
        url: 'http://127.0.0.1:9102',
      });
    } finally {
      await app.close();
    }
  });

  it('should refuse to start when the corpus folder is missing', async () => {
    await expect(
      startApp({ KNOWLEDGE_DOMAIN: 'wiki', KNOWLEDGE_CORPUS_DIR: '/nonexistent/corpus/wiki' }),
    ).rejects.toThrow(/\/nonexistent\/corpus\/wiki does not exist/);
  });

  it('should refuse to start with an unknown domain', async () => {
    await expect(startApp({ KNOWLEDGE_DOMAIN: 'faq' })).rejects.toThrow(/KNOWLEDGE_DOMAIN/);
  });
});

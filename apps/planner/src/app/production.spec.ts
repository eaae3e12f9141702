import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { aCreatePlanRequest } from '@mesh/a2a-contracts/testing';
import { createPlannerTestApp } from '../testing/planner-test-app';

const ENV = ['PLANNER_LLM_MODE', 'PLANNER_API_KEY', 'PLANNER_RATE_LIMIT_RPS', 'PLANNER_CORS_ORIGINS'] as const;

async function appWith(env: Partial<Record<(typeof ENV)[number], string>>): Promise<NestExpressApplication> {
  for (const key of ENV) delete process.env[key];
  Object.assign(process.env, { PLANNER_LLM_MODE: 'heuristic', ...env });
  try {
    return await createPlannerTestApp();
  } finally {
    for (const key of ENV) delete process.env[key];
  }
}

describe('the planner with an API key', () => {
  let app: NestExpressApplication;
  beforeAll(async () => {
    app = await appWith({ PLANNER_API_KEY: 'k-123' });
  });
  afterAll(() => app.close());

  it('answers 401 in the error format to a task without the key', async () => {
    const response = await request(app.getHttpServer())
      .post('/a2a/task')
      .send(aCreatePlanRequest('failed sign-ins'))
      .expect(401);

    expect(response.body).toMatchObject({ task_id: 't-test', status: 'failed', error: { code: 'UNAUTHORIZED' } });
  });

  it('plans when the key comes as a bearer token', async () => {
    await request(app.getHttpServer())
      .post('/a2a/task')
      .set('authorization', 'Bearer k-123')
      .send(aCreatePlanRequest('failed sign-ins'))
      .expect(200);
  });

  it('guards the A2A bindings too: 401 in the JSON-RPC and HTTP+JSON error formats', async () => {
    const rpc = await request(app.getHttpServer())
      .post('/a2a/jsonrpc')
      .set('A2A-Version', '1.0')
      .send({ jsonrpc: '2.0', id: 3, method: 'GetTask', params: { id: 'x' } })
      .expect(401);
    const rest = await request(app.getHttpServer()).get('/a2a/rest/tasks/x').set('A2A-Version', '1.0').expect(401);

    expect(rpc.body).toMatchObject({ jsonrpc: '2.0', id: 3, error: { code: -32600 } });
    expect(rest.body.error).toMatchObject({ code: 401, status: 'UNAUTHENTICATED' });
  });

  it('keeps the agent card open and declares the key schemes on it', async () => {
    const card = await request(app.getHttpServer()).get('/.well-known/agent-card.json').expect(200);

    expect(Object.keys(card.body.securitySchemes)).toEqual(['bearer', 'apiKey']);
  });

  it('answers A2A with the key as x-api-key', async () => {
    const response = await request(app.getHttpServer())
      .post('/a2a/jsonrpc')
      .set({ 'A2A-Version': '1.0', 'x-api-key': 'k-123' })
      .send({
        jsonrpc: '2.0',
        id: 4,
        method: 'SendMessage',
        params: { message: { messageId: 'k-1', role: 'ROLE_USER', parts: [{ text: 'failed sign-ins' }] } },
      })
      .expect(200);

    expect(response.body.result.task.status.state).toBe('TASK_STATE_COMPLETED');
  });

  it('keeps health, metrics and docs open', async () => {
    await request(app.getHttpServer()).get('/health').expect(200);
    await request(app.getHttpServer()).get('/health/ready').expect(200);
    await request(app.getHttpServer()).get('/metrics').expect(200);
    await request(app.getHttpServer()).get('/docs-json').expect(200);
  });
});

describe('the planner with a rate limit', () => {
  let app: NestExpressApplication;
  beforeAll(async () => {
    app = await appWith({ PLANNER_RATE_LIMIT_RPS: '2' });
  });
  afterAll(() => app.close());

  it('answers 429 with Retry-After past the limit', async () => {
    const statuses: number[] = [];
    let retryAfter: string | undefined;
    for (let i = 0; i < 5; i += 1) {
      const response = await request(app.getHttpServer()).post('/a2a/task').send(aCreatePlanRequest('failed sign-ins'));
      statuses.push(response.status);
      if (response.status === 429) retryAfter = response.headers['retry-after'];
    }

    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect(retryAfter).toBeDefined();
  });

  it('limits the A2A bindings too', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const response = await request(app.getHttpServer()).get('/a2a/rest/tasks/x').set('A2A-Version', '1.0');
      statuses.push(response.status);
    }

    expect(statuses).toContain(429);
  });
});

describe('the planner with the defaults', () => {
  let app: NestExpressApplication;
  beforeAll(async () => {
    app = await appWith({});
  });
  afterAll(() => app.close());

  it('counts plans by mode, their latency and steps at /metrics', async () => {
    await request(app.getHttpServer()).post('/a2a/task').send(aCreatePlanRequest('failed sign-ins')).expect(200);

    const metrics = (await request(app.getHttpServer()).get('/metrics').expect(200)).text;

    expect(metrics).toMatch(
      /planner_tasks_total\{action="create_plan",status="completed",mode="heuristic",service="planner"\} 1/,
    );
    expect(metrics).toContain('planner_plan_duration_seconds_bucket');
    expect(metrics).toContain('planner_plan_steps_count{service="planner"} 1');
    expect(metrics).toContain('planner_llm_in_flight{service="planner"} 0');
    expect(metrics).toMatch(
      /http_requests_total\{method="POST",route="\/a2a\/task",status="200",service="planner"\} 1/,
    );
  });

  it('echoes the caller’s x-request-id', async () => {
    const response = await request(app.getHttpServer())
      .post('/a2a/task')
      .set('x-request-id', 'req-42')
      .send(aCreatePlanRequest('failed sign-ins'))
      .expect(200);

    expect(response.headers['x-request-id']).toBe('req-42');
  });

  it('sends no CORS headers unless origins are configured', async () => {
    const response = await request(app.getHttpServer()).get('/health').set('origin', 'http://evil.example').expect(200);

    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });
});

import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import {
  completed,
  dataAgentOptions,
  knowledgeAgentOptions,
  plannerOptions,
  startFakeAgent,
  type FakeAgent,
} from '../testing/fake-agent-server';
import { planFor } from '../testing/mesh-plans';
import { createOrchestratorTestApp } from '../testing/orchestrator-test-app';

const KQL_SCHEMA = { tables: { SigninLogs: ['UserPrincipalName', 'ResultType'] } };
const SQL_SCHEMA = { tables: { users: ['user_id', 'email'] } };
const CLARIFICATION = {
  question: 'What should I look for?',
  missing: ['data source', 'subject'],
  suggestions: ['Show SigninLogs events from the last 24 hours', 'Count users by email'],
};

describe('POST /journeys and GET /journeys/:id (through the real app, agents on loopback)', () => {
  let app: NestExpressApplication;
  let planner: FakeAgent;
  let sop: FakeAgent;
  let errors: FakeAgent;
  let kql: FakeAgent;
  let sql: FakeAgent;

  beforeAll(async () => {
    planner = await startFakeAgent(
      plannerOptions(
        (p) =>
          p['natural_language'] === 'help'
            ? {
                body: {
                  agent_id: 'workflow_planner',
                  status: 'input_required',
                  result: { clarification: CLARIFICATION },
                },
              }
            : planFor(p),
        (p) => p['plan'] as never,
      ),
    );
    sop = await startFakeAgent(knowledgeAgentOptions('sop', 40));
    errors = await startFakeAgent(knowledgeAgentOptions('errors', 40));
    kql = await startFakeAgent(dataAgentOptions('kql', KQL_SCHEMA));
    sql = await startFakeAgent(dataAgentOptions('sql', SQL_SCHEMA));
    app = await createOrchestratorTestApp({
      PLANNER_URL: planner.url,
      AGENT_URLS: [sop, errors, kql, sql].map((a) => a.url).join(','),
      PLANNER_API_KEY: 'secret-key',
    });
  });

  afterAll(async () => {
    await app.close();
    await Promise.all([planner, sop, errors, kql, sql].map((a) => a.close()));
  });

  const post = (body: unknown) =>
    request(app.getHttpServer())
      .post('/journeys')
      .send(body as object);

  it('answers 201 with the journey in the contract shape', async () => {
    const response = await post({ natural_language: 'Show failed login attempts' }).expect(201);

    expect(Object.keys(response.body)).toEqual(
      expect.arrayContaining(['journey_id', 'status', 'natural_language', 'plan', 'steps', 'replanned', 'duration_ms']),
    );
    expect(response.body).toMatchObject({
      status: 'completed',
      natural_language: 'Show failed login attempts',
      replanned: false,
      plan: { plan_id: 'plan-fake' },
    });
    expect(response.body.journey_id).toMatch(/^j-[0-9a-f-]{36}$/);
    expect(response.body.steps).toHaveLength(4);
    for (const step of response.body.steps) {
      expect(step).toEqual(
        expect.objectContaining({
          step_id: expect.any(String),
          agent_id: expect.any(String),
          status: 'completed',
          started_at: expect.any(String),
          finished_at: expect.any(String),
          duration_ms: expect.any(Number),
          output: expect.anything(),
        }),
      );
    }
  });

  it('answers a question the planner cannot act on with the journey input_required, its clarification and no step', async () => {
    const tasksBefore = kql.tasks().length + sop.tasks().length;

    const response = await post({ natural_language: 'help' }).expect(201);

    expect(response.body).toMatchObject({
      status: 'input_required',
      clarification: CLARIFICATION,
      plan: null,
      steps: [],
    });
    expect(kql.tasks().length + sop.tasks().length).toBe(tasksBefore);
  });

  it('tells the planner about the reachable agents by kind, their schemas and the user context, with the API key', async () => {
    await post({
      natural_language: 'Compare database user table with Azure AD signin logs',
      user_context: { role: 'analyst' },
    }).expect(201);

    const createPlan = planner.requests
      .filter((r) => r.path === '/a2a/task' && r.body?.['action'] === 'create_plan')
      .pop()!;
    const context = (createPlan.body!['parameters'] as Record<string, Record<string, unknown>>)['execution_context']!;
    expect(createPlan.headers['authorization']).toBe('Bearer secret-key');
    expect(context['available_agents']).toEqual({
      planner: [
        {
          agent_id: 'workflow_planner',
          agent_name: 'Workflow Planner',
          capabilities: ['create_plan', 'optimize_plan'],
        },
      ],
      knowledge: [
        expect.objectContaining({ agent_id: 'sop_knowledge', knowledge_domain: 'sop' }),
        expect.objectContaining({ agent_id: 'errors_knowledge', knowledge_domain: 'errors' }),
      ],
      data: [
        expect.objectContaining({ agent_id: 'kql_data', platform: 'kql' }),
        expect.objectContaining({ agent_id: 'sql_data', platform: 'sql' }),
      ],
    });
    expect(context['schema_hints']).toEqual({ kql: KQL_SCHEMA, sql: SQL_SCHEMA });
    expect(context['user_context']).toEqual({ role: 'analyst' });
  });

  it('passes the knowledge passages into the data steps', async () => {
    const response = await post({ natural_language: 'Show all error logs from last 24 hours' }).expect(201);

    const dataStep = response.body.steps.find((s: { step_id: string }) => s.step_id === 'data_kql');
    expect(dataStep.output.notes).toEqual(['knowledge: sop-1,errors-1']);
    expect(kql.tasks().pop()!['parameters']).toMatchObject({
      natural_language: 'Show all error logs from last 24 hours',
      knowledge: [expect.objectContaining({ id: 'sop-1', domain: 'sop' }), expect.objectContaining({ id: 'errors-1' })],
    });
  });

  it('runs the knowledge steps of one group in parallel', async () => {
    const response = await post({ natural_language: 'Show failed login attempts' }).expect(201);

    const group = response.body.steps.filter((s: { step_id: string }) => s.step_id.startsWith('knowledge'));
    const latestStart = Math.max(...group.map((s: { started_at: string }) => Date.parse(s.started_at)));
    const earliestEnd = Math.min(...group.map((s: { finished_at: string }) => Date.parse(s.finished_at)));
    expect(latestStart).toBeLessThan(earliestEnd);
  });

  it('returns the same journey from GET /journeys/:id', async () => {
    const created = await post({ natural_language: 'Show failed login attempts' }).expect(201);

    const found = await request(app.getHttpServer()).get(`/journeys/${created.body.journey_id}`).expect(200);

    expect(found.body).toEqual(created.body);
  });

  it('answers 404 in the error format for an unknown journey', async () => {
    const response = await request(app.getHttpServer()).get('/journeys/j-nope').expect(404);

    expect(response.body).toMatchObject({
      status: 'failed',
      error: { code: 'NOT_FOUND', message: expect.stringContaining('j-nope') },
    });
  });

  it('ignores request fields the contract does not list', async () => {
    const response = await post({ natural_language: 'Show failed login attempts', from_the_future: true }).expect(201);

    expect(response.body.status).toBe('completed');
  });

  it.each([
    ['no natural_language', {}],
    ['an empty question', { natural_language: '' }],
    ['a numeric question', { natural_language: 42 }],
    ['a question over 4000 characters', { natural_language: 'q'.repeat(4001) }],
    ['a user_context that is a string', { natural_language: 'q', user_context: 'admin' }],
    ['a JSON array', [{ natural_language: 'q' }]],
  ])('answers 400 in the error format for %s', async (_name, body) => {
    const response = await post(body).expect(400);

    expect(response.body).toMatchObject({
      status: 'failed',
      error: { code: 'VALIDATION_ERROR', message: expect.any(String), details: expect.any(Array) },
    });
  });

  it('answers 400 MALFORMED_JSON for a body that is not JSON', async () => {
    const response = await request(app.getHttpServer())
      .post('/journeys')
      .set('content-type', 'application/json')
      .send('{"natural_language":')
      .expect(400);

    expect(response.body.error.code).toBe('MALFORMED_JSON');
  });
});

describe('journeys when something is down (through the real app)', () => {
  const closedPort = async (): Promise<string> => {
    const agent = await startFakeAgent({});
    await agent.close();
    return agent.url;
  };

  it('fails cleanly with PLANNER_UNAVAILABLE when the planner is unreachable', async () => {
    const sop = await startFakeAgent(knowledgeAgentOptions('sop'));
    const app = await createOrchestratorTestApp({ PLANNER_URL: await closedPort(), AGENT_URLS: sop.url });
    try {
      const response = await request(app.getHttpServer())
        .post('/journeys')
        .send({ natural_language: 'Show failed login attempts' })
        .expect(201);

      expect(response.body).toMatchObject({
        status: 'failed',
        plan: null,
        steps: [],
        error: { code: 'PLANNER_UNAVAILABLE', message: expect.stringContaining('ECONNREFUSED') },
      });
    } finally {
      await app.close();
      await sop.close();
    }
  });

  it('fails within PLANNER_TIMEOUT_SECONDS when the planner hangs', async () => {
    const planner = await startFakeAgent(plannerOptions(() => ({ body: {}, delayMs: 5000 })));
    const app = await createOrchestratorTestApp({
      PLANNER_URL: planner.url,
      AGENT_URLS: '',
      PLANNER_TIMEOUT_SECONDS: '0.3',
    });
    try {
      const started = Date.now();

      const response = await request(app.getHttpServer())
        .post('/journeys')
        .send({ natural_language: 'Show failed login attempts' })
        .expect(201);

      expect(Date.now() - started).toBeLessThan(3000);
      expect(response.body).toMatchObject({
        status: 'failed',
        error: { code: 'PLANNER_UNAVAILABLE', message: expect.stringContaining('did not answer within 0.3 s') },
      });
    } finally {
      await app.close();
      await planner.close();
    }
  });

  it('fails with the planner error code when the planner cannot plan', async () => {
    const planner = await startFakeAgent(
      plannerOptions((p) => ({
        body: {
          task_id: 't',
          status: 'failed',
          error: { code: 'NO_DATA_AGENTS', message: `no data agent among ${JSON.stringify(p['execution_context'])}` },
        },
      })),
    );
    const app = await createOrchestratorTestApp({ PLANNER_URL: planner.url, AGENT_URLS: '' });
    try {
      const response = await request(app.getHttpServer())
        .post('/journeys')
        .send({ natural_language: 'Show failed login attempts' })
        .expect(201);

      expect(response.body).toMatchObject({ status: 'failed', error: { code: 'NO_DATA_AGENTS' } });
      expect(planner.requests.find((r) => r.path === '/a2a/task')!.headers['authorization']).toBeUndefined();
    } finally {
      await app.close();
      await planner.close();
    }
  });

  it('fails with INVALID_PLAN when the planner answers a plan that is not one', async () => {
    const planner = await startFakeAgent(
      plannerOptions(() => completed('workflow_planner', 't', { plan: { plan_id: 'p', steps: 'all of them' } })),
    );
    const app = await createOrchestratorTestApp({ PLANNER_URL: planner.url, AGENT_URLS: '' });
    try {
      const response = await request(app.getHttpServer()).post('/journeys').send({ natural_language: 'q' }).expect(201);

      expect(response.body).toMatchObject({ status: 'failed', error: { code: 'INVALID_PLAN' } });
    } finally {
      await app.close();
      await planner.close();
    }
  });

  it('replans once when a data agent goes down, ends partial with the reason, and marks the agent unreachable', async () => {
    const planner = await startFakeAgent(plannerOptions((p) => planFor(p)));
    const sop = await startFakeAgent(knowledgeAgentOptions('sop'));
    const kql = await startFakeAgent(dataAgentOptions('kql'));
    const sql = await startFakeAgent(dataAgentOptions('sql'));
    const app = await createOrchestratorTestApp({
      PLANNER_URL: planner.url,
      AGENT_URLS: [sop.url, kql.url, sql.url].join(','),
      ORCHESTRATOR_REGISTRY_REFRESH_SECONDS: '600',
    });
    try {
      await request(app.getHttpServer()).get('/agents').expect(200);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await sql.close();

      const response = await request(app.getHttpServer())
        .post('/journeys')
        .send({ natural_language: 'Compare database user table with Azure AD signin logs' })
        .expect(201);

      expect(response.body.status).toBe('partial');
      expect(response.body.steps.find((s: { step_id: string }) => s.step_id === 'data_sql')).toMatchObject({
        status: 'failed',
        error: { code: 'AGENT_UNAVAILABLE' },
      });
      expect(response.body.steps.find((s: { step_id: string }) => s.step_id === 'data_kql')).toMatchObject({
        status: 'completed',
      });
      expect(response.body.error).toMatchObject({
        code: 'STEPS_FAILED',
        message: expect.stringContaining('data_sql (sql_data): AGENT_UNAVAILABLE'),
      });
      const optimize = planner.tasks().filter((t) => t['action'] === 'optimize_plan');
      expect(optimize).toHaveLength(1);
      expect((optimize[0]!['parameters'] as Record<string, unknown>)['feedback']).toMatchObject({
        failed_steps: ['data_sql'],
        unavailable_agents: ['sql_data'],
      });
      const agents = await request(app.getHttpServer()).get('/agents').expect(200);
      expect(
        agents.body.find((e: { descriptor: { agent_id: string } }) => e.descriptor.agent_id === 'sql_data'),
      ).toMatchObject({ reachable: false, last_error: expect.stringContaining('ECONNREFUSED') });
    } finally {
      await app.close();
      await Promise.all([planner, sop, kql].map((a) => a.close()));
    }
  });

  it('fails a step that hangs past its timeout, without hanging the journey', async () => {
    const planner = await startFakeAgent(plannerOptions((p) => planFor(p, 0.3)));
    const kql = await startFakeAgent({ ...dataAgentOptions('kql'), task: () => ({ body: {}, delayMs: 10_000 }) });
    const app = await createOrchestratorTestApp({ PLANNER_URL: planner.url, AGENT_URLS: kql.url });
    try {
      const started = Date.now();

      const response = await request(app.getHttpServer()).post('/journeys').send({ natural_language: 'q' }).expect(201);

      expect(Date.now() - started).toBeLessThan(3000);
      expect(response.body).toMatchObject({
        status: 'failed',
        steps: [{ step_id: 'data_kql', status: 'failed', error: { code: 'STEP_TIMEOUT' } }],
      });
    } finally {
      await app.close();
      await Promise.all([planner, kql].map((a) => a.close()));
    }
  });
});

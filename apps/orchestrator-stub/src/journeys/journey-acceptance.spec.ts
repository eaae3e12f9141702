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
import { createOrchestratorTestApp, settingsFor } from '../testing/orchestrator-test-app';
import type { OrchestratorJourney } from './journey-runner';
import { wantsAsync } from './journeys.controller';
import { JourneyStore } from './journey-store.service';

const KQL_SCHEMA = { tables: { SigninLogs: ['UserPrincipalName', 'ResultType'] } };

describe('journeys registered on acceptance, asynchronous start, result shapes (through the real app)', () => {
  let app: NestExpressApplication;
  const agents: FakeAgent[] = [];

  beforeAll(async () => {
    agents.push(
      await startFakeAgent(
        plannerOptions(
          (p) => planFor(p),
          (p) => p['plan'] as never,
        ),
      ),
    );
    agents.push(await startFakeAgent(knowledgeAgentOptions('sop', 300)));
    agents.push(await startFakeAgent(dataAgentOptions('kql', KQL_SCHEMA)));
    app = await createOrchestratorTestApp({
      PLANNER_URL: agents[0]!.url,
      AGENT_URLS: agents
        .slice(1)
        .map((a) => a.url)
        .join(','),
    });
  });

  afterAll(async () => {
    await app.close();
    await Promise.all(agents.map((a) => a.close()));
  });

  const poll = async (id: string): Promise<OrchestratorJourney> => {
    for (let i = 0; i < 100; i++) {
      const response = await request(app.getHttpServer()).get(`/journeys/${id}`).expect(200);
      if (response.body.status !== 'running') return response.body as OrchestratorJourney;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the journey never finished');
  };

  it('answers 202 with the running journey for ?async=true, and GET /journeys/{id} gives it running, then finished', async () => {
    const response = await request(app.getHttpServer())
      .post('/journeys?async=true')
      .send({ natural_language: 'SOP for failed sign-ins' })
      .expect(202);

    expect(response.body).toMatchObject({
      status: 'running',
      natural_language: 'SOP for failed sign-ins',
      plan: null,
      steps: [],
    });
    expect(response.headers['location']).toBe(`/journeys/${response.body.journey_id}`);
    expect(
      (await request(app.getHttpServer()).get(`/journeys/${response.body.journey_id}`).expect(200)).body.status,
    ).toBe('running');
    expect((await poll(response.body.journey_id)).status).toBe('completed');
  });

  it('honours Prefer: respond-async, and keeps 201 with the finished journey by default', async () => {
    const accepted = await request(app.getHttpServer())
      .post('/journeys')
      .set('prefer', 'respond-async')
      .send({ natural_language: 'failed sign-ins' })
      .expect(202);
    const finished = await request(app.getHttpServer())
      .post('/journeys')
      .send({ natural_language: 'failed sign-ins' })
      .expect(201);

    expect(accepted.headers['preference-applied']).toBe('respond-async');
    expect(finished.body.status).toBe('completed');
  });
});

describe('a step whose agent answers a result of the wrong shape', () => {
  it('is failed, not completed', async () => {
    const planner = await startFakeAgent(plannerOptions((p) => planFor(p)));
    const odd = dataAgentOptions('kql', KQL_SCHEMA);
    const kql = await startFakeAgent({
      ...odd,
      task: (body) => completed('kql_data', body['task_id'], { rows: 'not a query' }),
    });
    const app = await createOrchestratorTestApp({ PLANNER_URL: planner.url, AGENT_URLS: kql.url });
    try {
      const response = await request(app.getHttpServer())
        .post('/journeys')
        .send({ natural_language: 'failed sign-ins' })
        .expect(201);

      const step = (response.body as OrchestratorJourney).steps.find((s) => s.agent_id === 'kql_data')!;
      expect(step.status).toBe('failed');
      expect(step.error?.code).toBe('INVALID_RESULT');
      expect(response.body.status).not.toBe('completed');
    } finally {
      await app.close();
      await Promise.all([planner.close(), kql.close()]);
    }
  });
});

describe('wantsAsync', () => {
  it.each([
    ['true', undefined, true],
    ['1', undefined, true],
    [undefined, 'respond-async', true],
    [undefined, 'wait=10, respond-async', true],
    ['false', undefined, false],
    [undefined, 'return=minimal', false],
    [undefined, undefined, false],
  ])('?async=%p with Prefer %p → %p', (query, prefer, expected) => {
    expect(wantsAsync(prefer, query)).toBe(expected);
  });
});

describe('JourneyStore', () => {
  const journey = (id: string, outputBytes: number): OrchestratorJourney => ({
    journey_id: id,
    status: 'completed',
    natural_language: 'q',
    plan: null,
    steps: [
      {
        step_id: 's',
        agent_id: 'a',
        agent_type: 'data',
        action: 'generate_query',
        status: 'completed',
        started_at: null,
        finished_at: null,
        duration_ms: 0,
        output: 'x'.repeat(outputBytes),
      },
    ],
    replanned: false,
    duration_ms: 0,
    started_at: '',
    finished_at: '',
  });

  it('keeps no more bytes than ORCHESTRATOR_JOURNEY_STORE_MAX_MB, dropping the least recently used', () => {
    const store = new JourneyStore(settingsFor({ ORCHESTRATOR_JOURNEY_STORE_MAX_MB: '1' }));

    for (let i = 0; i < 20; i++) store.save(journey(`j${i}`, 100_000));

    expect(store.bytes).toBeLessThanOrEqual(1024 * 1024);
    expect(store.find('j19')).toBeDefined();
    expect(store.find('j0')).toBeUndefined();
  });

  it('keeps a journey too big for its share without its step outputs', () => {
    const store = new JourneyStore(settingsFor({ ORCHESTRATOR_JOURNEY_STORE_MAX_MB: '1' }));

    store.save(journey('big', 5 * 1024 * 1024));

    expect(store.find('big')?.steps[0]?.output).toEqual({ omitted: expect.stringContaining('bytes') });
    expect(store.bytes).toBeLessThan(10_000);
  });
});

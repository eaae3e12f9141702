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

interface SseMessage {
  id: string;
  event: string;
  data: Record<string, unknown>;
}

/** Reads a whole server-sent event stream (it ends when the journey is done). */
async function readEvents(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ contentType: string | null; messages: SseMessage[] }> {
  const response = await fetch(url, { headers: { accept: 'text/event-stream', ...headers } });
  const text = await response.text();
  const messages = text
    .split('\n\n')
    .filter((block) => block.trim().length > 0)
    .map((block) => {
      const fields: Record<string, string> = {};
      for (const line of block.split('\n')) {
        const colon = line.indexOf(':');
        if (colon > 0)
          fields[line.slice(0, colon)] = (fields[line.slice(0, colon)] ?? '') + line.slice(colon + 1).trim();
      }
      return {
        id: fields['id'] ?? '',
        event: fields['event'] ?? 'message',
        data: JSON.parse(fields['data'] ?? 'null') as Record<string, unknown>,
      };
    });
  return { contentType: response.headers.get('content-type'), messages };
}

describe('GET /journeys/:id/events, Prefer: respond-async and GET /journeys (through the real app, agents on loopback)', () => {
  let app: NestExpressApplication;
  let base: string;
  let agents: FakeAgent[];

  beforeAll(async () => {
    const planner = await startFakeAgent(
      plannerOptions(
        (p) => planFor(p),
        (p) => {
          // The revised plan drops the failing SPL step.
          const plan = p['plan'] as ReturnType<typeof planFor>;
          const steps = plan.steps.filter((s) => s.agent_id !== 'spl_data');
          return {
            ...plan,
            steps,
            parallel_execution_groups: plan.parallel_execution_groups
              .map((g) => g.filter((id) => steps.some((s) => s.step_id === id)))
              .filter((g) => g.length > 0),
          };
        },
      ),
    );
    const sop = await startFakeAgent(knowledgeAgentOptions('sop', 150));
    const errors = await startFakeAgent(knowledgeAgentOptions('errors', 50));
    const kql = await startFakeAgent(dataAgentOptions('kql', {}, 30));
    agents = [planner, sop, errors, kql];
    app = await createOrchestratorTestApp({
      PLANNER_URL: planner.url,
      AGENT_URLS: [sop, errors, kql].map((a) => a.url).join(','),
      LOG_LEVEL: 'silent',
    });
    base = await app.getUrl();
  });

  afterAll(async () => {
    await app.close();
    await Promise.all(agents.map((a) => a.close()));
  });

  const start = (natural_language: string) =>
    request(app.getHttpServer()).post('/journeys').set('prefer', 'respond-async').send({ natural_language });

  it('answers Prefer: respond-async with 202, the journey id and its location at once', async () => {
    const response = await start('Show failed login attempts').expect(202);

    expect(response.body).toMatchObject({
      journey_id: expect.stringMatching(/^j-/),
      status: 'running',
      natural_language: 'Show failed login attempts',
      plan: null,
      steps: [],
    });
    expect(response.headers['location']).toBe(`/journeys/${response.body.journey_id}`);
    expect(response.headers['preference-applied']).toBe('respond-async');
  });

  it('streams the journey in order, ending with journey_done, while it runs', async () => {
    const { body } = await start('Show failed login attempts').expect(202);

    const { contentType, messages } = await readEvents(`${base}/journeys/${body.journey_id}/events`);

    expect(contentType).toMatch(/^text\/event-stream/);
    expect(messages.map((m) => Number(m.id))).toEqual(messages.map((_, i) => i + 1));
    expect(messages.map((m) => m.data['seq'])).toEqual(messages.map((_, i) => i + 1));
    const types = messages.map((m) => m.event);
    expect(types[0]).toBe('journey_accepted');
    expect(types[1]).toBe('plan_ready');
    expect(types.at(-1)).toBe('journey_done');
    expect(types.filter((t) => t === 'step_started')).toHaveLength(3);
    expect(types.filter((t) => t === 'step_finished')).toHaveLength(3);
    // The data step starts only after both knowledge steps finished.
    const dataStart = messages.findIndex((m) => m.event === 'step_started' && m.data['step_id'] === 'data_kql');
    expect(messages.slice(0, dataStart).filter((m) => m.event === 'step_finished')).toHaveLength(2);
    expect(messages.at(-1)!.data).toMatchObject({
      type: 'journey_done',
      status: 'completed',
      journey_id: body.journey_id,
      journey: { status: 'completed', diagram: expect.stringMatching(/^flowchart LR\n/) },
    });
    for (const m of messages) expect(m.data['journey_id']).toBe(body.journey_id);
  });

  it('reports a failed step, the replan and the final status', async () => {
    const spl = await startFakeAgent({
      ...dataAgentOptions('spl'),
      task: (b) => ({
        ...completed('spl_data', b['task_id'], null),
        status: 500,
        body: { status: 'failed', error: { code: 'INTERNAL_ERROR', message: 'boom' } },
      }),
    });
    const local = await createOrchestratorTestApp({
      PLANNER_URL: agents[0]!.url,
      AGENT_URLS: [agents[2]!.url, spl.url, agents[3]!.url].join(','),
      LOG_LEVEL: 'silent',
    });
    try {
      const { body } = await request(local.getHttpServer())
        .post('/journeys')
        .set('prefer', 'respond-async')
        .send({ natural_language: 'Failed sign-ins' })
        .expect(202);

      const { messages } = await readEvents(`${await local.getUrl()}/journeys/${body.journey_id}/events`);

      const types = messages.map((m) => m.event);
      expect(types).toContain('step_failed');
      expect(types.indexOf('replanned')).toBeGreaterThan(types.indexOf('step_failed'));
      expect(messages.find((m) => m.event === 'step_failed')!.data['step']).toMatchObject({
        step_id: 'data_spl',
        status: 'failed',
      });
      expect(messages.at(-1)!.data).toMatchObject({ type: 'journey_done', status: 'partial' });
    } finally {
      await local.close();
      await spl.close();
    }
  });

  it('replays a finished journey from the start, and only what follows Last-Event-ID', async () => {
    const journey = (
      await request(app.getHttpServer())
        .post('/journeys')
        .send({ natural_language: 'Show failed login attempts' })
        .expect(201)
    ).body;

    const all = await readEvents(`${base}/journeys/${journey.journey_id}/events`);
    const rest = await readEvents(`${base}/journeys/${journey.journey_id}/events`, {
      'last-event-id': String(all.messages.length - 1),
    });

    expect(all.messages[0]!.event).toBe('journey_accepted');
    expect(rest.messages.map((m) => m.event)).toEqual(['journey_done']);
  });

  it('answers GET /journeys/:id of a running journey with what is known so far', async () => {
    const { body } = await start('Show failed login attempts').expect(202);

    const running = await request(app.getHttpServer()).get(`/journeys/${body.journey_id}`).expect(200);

    expect(running.body).toMatchObject({ journey_id: body.journey_id, status: 'running' });
    await readEvents(`${base}/journeys/${body.journey_id}/events`);
    const done = await request(app.getHttpServer()).get(`/journeys/${body.journey_id}`).expect(200);
    expect(done.body).toMatchObject({
      status: 'completed',
      diagram: expect.stringContaining('class s0,s1,s2 completed'),
    });
  });

  it('lists recent journeys, newest first', async () => {
    const first = (
      await request(app.getHttpServer()).post('/journeys').send({ natural_language: 'first question' }).expect(201)
    ).body;
    const second = (await start('second question').expect(202)).body;

    const list = (await request(app.getHttpServer()).get('/journeys').expect(200)).body as Array<
      Record<string, unknown>
    >;

    expect(list[0]).toMatchObject({
      journey_id: second.journey_id,
      natural_language: 'second question',
      status: 'running',
    });
    expect(list[1]).toMatchObject({ journey_id: first.journey_id, status: 'completed', steps: 3 });
    await readEvents(`${base}/journeys/${second.journey_id}/events`);
  });

  it('answers 404 in the error format for the events of an unknown journey', async () => {
    const response = await request(app.getHttpServer()).get('/journeys/j-unknown/events').expect(404);

    expect(response.body).toMatchObject({ status: 'failed', error: { code: 'NOT_FOUND' } });
  });
});

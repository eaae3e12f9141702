import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import {
  dataAgentOptions,
  knowledgeAgentOptions,
  plannerOptions,
  startFakeAgent,
  type FakeAgent,
} from '../testing/fake-agent-server';
import { planFor } from '../testing/mesh-plans';
import { createOrchestratorTestApp } from '../testing/orchestrator-test-app';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A loopback port nothing listens on (for now). */
async function freePort(): Promise<number> {
  const agent = await startFakeAgent({});
  await agent.close();
  return Number(new URL(agent.url).port);
}

/** Waits (3 s at most) until the registry has checked every agent once. */
async function everyAgentChecked(server: Parameters<typeof request>[0]): Promise<void> {
  for (let waited = 0; waited < 3000; waited += 50) {
    const { body } = await request(server).get('/agents');
    if (body.every((entry: { last_checked_at: string | null }) => entry.last_checked_at)) return;
    await sleep(50);
  }
}

describe('GET /agents and the registry (through the real app)', () => {
  const started: FakeAgent[] = [];
  let app: NestExpressApplication | undefined;

  afterEach(async () => {
    await app?.close();
    app = undefined;
    await Promise.all(started.splice(0).map((a) => a.close()));
  });

  const start = async (options: Parameters<typeof startFakeAgent>[0]) => {
    const agent = await startFakeAgent(options);
    started.push(agent);
    return agent;
  };

  it('lists the planner and every agent with its descriptor, reachability and check time', async () => {
    const planner = await start(plannerOptions((p) => planFor(p)));
    const kql = await start(dataAgentOptions('kql', { tables: { SigninLogs: [] } }));
    app = await createOrchestratorTestApp({ PLANNER_URL: planner.url, AGENT_URLS: kql.url });
    const server = app.getHttpServer();
    await everyAgentChecked(server);

    const response = await request(server).get('/agents').expect(200);

    expect(response.body).toEqual([
      {
        descriptor: {
          agent_id: 'workflow_planner',
          agent_name: 'Workflow Planner',
          capabilities: ['create_plan', 'optimize_plan'],
          url: planner.url,
        },
        reachable: true,
        last_checked_at: expect.any(String),
        protocol: 'a2a_task',
      },
      {
        descriptor: {
          agent_id: 'kql_data',
          agent_name: 'kql data',
          capabilities: ['generate_query'],
          platform: 'kql',
          schema: { tables: { SigninLogs: [] } },
          url: kql.url,
        },
        reachable: true,
        last_checked_at: expect.any(String),
        protocol: 'a2a_task',
      },
    ]);
  });

  it('sends PLANNER_API_KEY with the planner probe, and to the planner only', async () => {
    const planner = await start(plannerOptions((p) => planFor(p)));
    const kql = await start(dataAgentOptions('kql', { tables: { SigninLogs: [] } }));
    app = await createOrchestratorTestApp({ PLANNER_URL: planner.url, AGENT_URLS: kql.url, PLANNER_API_KEY: 'k3y' });
    await sleep(150);

    const probe = (agent: FakeAgent) => agent.requests.find((r) => r.path === '/a2a/agent');

    expect(probe(planner)?.headers['authorization']).toBe('Bearer k3y');
    expect(probe(kql)?.headers['authorization']).toBeUndefined();
  });

  it('starts without waiting for agents that do not answer, and lists them unreachable with the reason', async () => {
    const planner = await start(plannerOptions((p) => planFor(p)));
    const hanging = await start({ descriptor: () => ({ body: {}, delayMs: 10_000 }) });
    const down = `http://127.0.0.1:${await freePort()}`;
    const before = Date.now();

    app = await createOrchestratorTestApp({
      PLANNER_URL: planner.url,
      AGENT_URLS: `${hanging.url},${down}`,
      ORCHESTRATOR_PROBE_TIMEOUT_SECONDS: '3',
    });

    // Waiting for the probe would take its 3 s timeout; starting without waiting takes far less, even on a busy CI.
    expect(Date.now() - before).toBeLessThan(2000);
    let response = await request(app.getHttpServer()).get('/agents').expect(200);
    for (
      let waited = 0;
      waited < 10_000 && response.body.slice(1).some((e: { last_checked_at?: string }) => !e.last_checked_at);
      waited += 100
    ) {
      await sleep(100);
      response = await request(app.getHttpServer()).get('/agents').expect(200);
    }
    expect(response.body.slice(1)).toEqual([
      {
        descriptor: { agent_id: hanging.url, url: hanging.url },
        reachable: false,
        last_checked_at: expect.any(String),
        last_error: expect.stringContaining('did not answer within 3 s'),
        protocol: 'a2a_task',
      },
      {
        descriptor: { agent_id: down, url: down },
        reachable: false,
        last_checked_at: expect.any(String),
        last_error: expect.stringContaining('ECONNREFUSED'),
        protocol: 'a2a_task',
      },
    ]);
  });

  it('lists an agent with an invalid descriptor as unreachable', async () => {
    const planner = await start(plannerOptions((p) => planFor(p)));
    const odd = await start({ descriptor: () => ({ body: { name: 'no id' } }) });
    app = await createOrchestratorTestApp({ PLANNER_URL: planner.url, AGENT_URLS: odd.url });
    await everyAgentChecked(app.getHttpServer());

    const response = await request(app.getHttpServer()).get('/agents').expect(200);

    expect(response.body[1]).toMatchObject({
      reachable: false,
      last_error: expect.stringContaining('invalid descriptor (agent_id)'),
    });
  });

  it('lists an agent that comes up after the orchestrator as reachable within a few seconds, without a journey', async () => {
    const planner = await start(plannerOptions((p) => planFor(p)));
    const port = await freePort();
    app = await createOrchestratorTestApp({
      PLANNER_URL: planner.url,
      AGENT_URLS: `http://127.0.0.1:${port}`,
      ORCHESTRATOR_REGISTRY_REFRESH_SECONDS: '600',
    });
    await sleep(100);
    expect((await request(app.getHttpServer()).get('/agents').expect(200)).body[1].reachable).toBe(false);
    const { createServer } = await import('node:http');
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ agent_id: 'sop_knowledge', capabilities: ['retrieve_context'], knowledge_domain: 'sop' }),
      );
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    try {
      await sleep(2600);

      const response = await request(app.getHttpServer()).get('/agents').expect(200);

      expect(response.body[1]).toMatchObject({ reachable: true, descriptor: { agent_id: 'sop_knowledge' } });
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('picks up an agent that comes up after the orchestrator, before the next journey', async () => {
    const planner = await start(plannerOptions((p) => planFor(p)));
    const port = await freePort();
    app = await createOrchestratorTestApp({
      PLANNER_URL: planner.url,
      AGENT_URLS: `http://127.0.0.1:${port}`,
      ORCHESTRATOR_REGISTRY_REFRESH_SECONDS: '600',
    });
    await sleep(100);
    const late = await startFakeAgent(knowledgeAgentOptions('sop'));
    await late.close();
    // The same port, now with an agent on it.
    const { createServer } = await import('node:http');
    const server = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify(
          req.url === '/a2a/agent'
            ? { agent_id: 'kql_data', capabilities: ['generate_query'], platform: 'kql' }
            : { status: 'completed', result: { platform: 'kql', query: 'q', tables: [], notes: [] } },
        ),
      );
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    try {
      await sleep(1100);

      const journey = await request(app.getHttpServer()).post('/journeys').send({ natural_language: 'q' }).expect(201);

      expect(journey.body.status).toBe('completed');
      expect(journey.body.steps.map((s: { agent_id: string }) => s.agent_id)).toEqual(['kql_data']);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

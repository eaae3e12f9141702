import type { NestExpressApplication } from '@nestjs/platform-express';
import { ClientFactory, ClientFactoryOptions, type Client } from '@a2a-js/sdk/client';
import { Role, TaskState, type Message, type Part, type Task } from '@a2a-js/sdk';
import { createServer } from 'node:net';
import request from 'supertest';
import { aCreatePlanRequest, aDataAgent, aKnowledgeAgent, fullMeshAgents } from '@mesh/a2a-contracts/testing';
import { planInvariantViolations } from '@mesh/planner-core';
import { createPlannerTestApp } from '../testing/planner-test-app';

process.env['PLANNER_LLM_MODE'] = 'heuristic';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let sequence = 0;
function message(parts: Part[]): Message {
  sequence += 1;
  return {
    messageId: `m-${sequence}`,
    contextId: '',
    taskId: '',
    role: Role.ROLE_USER,
    parts,
    metadata: undefined,
    extensions: [],
    referenceTaskIds: [],
  };
}

const text = (value: string): Part => ({
  content: { $case: 'text', value },
  mediaType: 'text/plain',
  filename: '',
  metadata: undefined,
});
const data = (value: unknown): Part => ({
  content: { $case: 'data', value },
  mediaType: 'application/json',
  filename: '',
  metadata: undefined,
});

/** The data part of a task's plan artifact. */
function planArtifact(task: Task): {
  plan: { plan_id: string; steps: unknown[] };
  analysis: { required_platforms: string[] };
  selected_agents: unknown;
} {
  const content = task.artifacts[0]?.parts[0]?.content;
  if (content?.$case !== 'data') throw new Error(`no data artifact: ${JSON.stringify(task.artifacts)}`);
  return content.value;
}

/** A plan without what differs by run (its id and creation time). */
const comparable = (result: ReturnType<typeof planArtifact>) => ({
  ...result,
  plan: { ...result.plan, plan_id: '', created_at: '' },
});

const MESH_IDS = new Set(
  [...fullMeshAgents().knowledge!, ...fullMeshAgents().data!, ...fullMeshAgents().planner!].map((a) => a.agent_id),
);
const SEED_QUESTIONS = [
  'Show failed login attempts',
  'Compare database user table with Azure AD signin logs',
  'Show all error logs from last 24 hours',
];

describe('the planner over the official A2A bindings (SDK client, JSON-RPC and HTTP+JSON)', () => {
  let app: NestExpressApplication;
  let base: string;
  let jsonRpc: Client;
  let rest: Client;

  beforeAll(async () => {
    const port = await freePort();
    process.env['PLANNER_PUBLIC_URL'] = `http://127.0.0.1:${port}`;
    app = await createPlannerTestApp();
    await app.listen(port, '127.0.0.1');
    base = `http://127.0.0.1:${port}`;
    jsonRpc = await new ClientFactory(
      ClientFactoryOptions.createFrom(ClientFactoryOptions.default, { preferredTransports: ['JSONRPC'] }),
    ).createFromUrl(base);
    rest = await new ClientFactory(
      ClientFactoryOptions.createFrom(ClientFactoryOptions.default, { preferredTransports: ['HTTP+JSON'] }),
    ).createFromUrl(base);
    // Starting the app and reading its card twice: seconds on a busy 2-core CI running many suites.
  }, 30_000);

  afterAll(async () => {
    delete process.env['PLANNER_PUBLIC_URL'];
    await app.close();
  }, 30_000);

  describe('the agent card', () => {
    it('names both bindings at protocol 1.0 under the public URL, streaming on, with the two skills and their examples', async () => {
      const response = await request(app.getHttpServer()).get('/.well-known/agent-card.json').expect(200);

      expect(response.body.supportedInterfaces).toEqual([
        expect.objectContaining({ url: `${base}/a2a/jsonrpc`, protocolBinding: 'JSONRPC', protocolVersion: '1.0' }),
        expect.objectContaining({ url: `${base}/a2a/rest`, protocolBinding: 'HTTP+JSON', protocolVersion: '1.0' }),
      ]);
      expect(response.body.capabilities).toMatchObject({ streaming: true });
      expect(response.body.skills.map((s: { id: string }) => s.id)).toEqual(['create_plan', 'optimize_plan']);
      expect(response.body.skills[0].examples.length).toBeGreaterThan(0);
      expect(response.body).toMatchObject({
        name: 'Workflow Planner Agent',
        version: expect.any(String),
        provider: expect.any(Object),
      });
      expect(response.body.defaultInputModes).toContain('text/plain');
      expect(response.body.securitySchemes ?? {}).toEqual({});
    });

    it('is cacheable: Cache-Control, ETag and Last-Modified, and 304 when unchanged', async () => {
      const first = await request(app.getHttpServer()).get('/.well-known/agent-card.json').expect(200);

      expect(first.headers['cache-control']).toMatch(/max-age=\d+/);
      expect(first.headers['etag']).toBeTruthy();
      expect(new Date(first.headers['last-modified']!).getTime()).not.toBeNaN();
      await request(app.getHttpServer())
        .get('/.well-known/agent-card.json')
        .set('If-None-Match', first.headers['etag']!)
        .expect(304);
    });

    it('is what the SDK client reads', async () => {
      const card = await jsonRpc.getAgentCard();

      expect(card.skills.map((s) => s.id)).toEqual(['create_plan', 'optimize_plan']);
    });
  });

  describe('SendMessage (blocking)', () => {
    it.each(SEED_QUESTIONS)(
      'plans "%s" over JSON-RPC and HTTP+JSON alike: a completed task whose artifact keeps the plan invariants',
      async (question) => {
        const answers: Task[] = [];
        for (const client of [jsonRpc, rest]) {
          const result = await client.sendMessage({
            tenant: '',
            message: message([text(question)]),
            configuration: undefined,
            metadata: undefined,
          });
          if (!('status' in result)) throw new Error('expected a task');
          answers.push(result);
        }

        for (const task of answers) {
          expect(task.status?.state).toBe(TaskState.TASK_STATE_COMPLETED);
          const result = planArtifact(task);
          expect(planInvariantViolations(result.plan as never, MESH_IDS)).toEqual([]);
          expect(result.plan.steps.length).toBeGreaterThan(0);
        }
        expect(comparable(planArtifact(answers[0]!))).toEqual(comparable(planArtifact(answers[1]!)));
      },
    );

    it('answers a data part {natural_language, execution_context} with the plan /a2a/task gives for it', async () => {
      const body = aCreatePlanRequest('Show failed login attempts', {
        available_agents: { knowledge: [aKnowledgeAgent('sop')], data: [aDataAgent('kql')] },
      });
      const direct = await request(app.getHttpServer()).post('/a2a/task').send(body).expect(200);

      const task = (await rest.sendMessage({
        tenant: '',
        message: message([data(body.parameters)]),
        configuration: undefined,
        metadata: undefined,
      })) as Task;

      expect(task.status?.state).toBe(TaskState.TASK_STATE_COMPLETED);
      expect(comparable(planArtifact(task))).toEqual(comparable(direct.body.result));
    });

    it('answers optimize_plan for a data part holding a plan', async () => {
      const created = (await jsonRpc.sendMessage({
        tenant: '',
        message: message([text('Show failed login attempts')]),
        configuration: undefined,
        metadata: undefined,
      })) as Task;
      const { plan } = planArtifact(created);

      const task = (await jsonRpc.sendMessage({
        tenant: '',
        message: message([data({ plan, feedback: { unavailable_agents: ['kql_data'] } })]),
        configuration: undefined,
        metadata: undefined,
      })) as Task;

      expect(task.status?.state).toBe(TaskState.TASK_STATE_COMPLETED);
      expect(planArtifact(task).plan.steps.length).toBeGreaterThan(0);
    });

    it('ends a plan that cannot be made in a failed task carrying the reason', async () => {
      const body = aCreatePlanRequest('failed sign-ins', {
        available_agents: { knowledge: [aKnowledgeAgent('sop')], data: [] },
      });

      const task = (await jsonRpc.sendMessage({
        tenant: '',
        message: message([data(body.parameters)]),
        configuration: undefined,
        metadata: undefined,
      })) as Task;

      expect(task.status?.state).toBe(TaskState.TASK_STATE_FAILED);
      const reason = task.status?.message?.parts[0]?.content;
      expect(reason?.$case === 'text' && reason.value).toMatch(/NO_DATA_AGENTS/);
    });

    it('keeps the task for GetTask and ListTasks', async () => {
      const task = (await rest.sendMessage({
        tenant: '',
        message: message([text('failed sign-ins last week')]),
        configuration: undefined,
        metadata: undefined,
      })) as Task;

      const fetched = await rest.getTask({ tenant: '', id: task.id, historyLength: undefined });
      const listed = await jsonRpc.listTasks({
        tenant: '',
        contextId: '',
        status: TaskState.TASK_STATE_UNSPECIFIED,
        pageSize: 100,
        pageToken: '',
        historyLength: undefined,
        statusTimestampAfter: undefined,
        includeArtifacts: false,
      });

      expect(fetched.status?.state).toBe(TaskState.TASK_STATE_COMPLETED);
      expect(listed.tasks.map((t) => t.id)).toContain(task.id);
    });
  });

  describe('SendStreamingMessage', () => {
    it.each([
      ['JSON-RPC', () => jsonRpc],
      ['HTTP+JSON', () => rest],
    ])(
      'streams the phases over %s: analysed, agents selected, plan ready, then the plan artifact and completed',
      async (_binding, client) => {
        const events = [];
        for await (const event of client().sendMessageStream({
          tenant: '',
          message: message([text('Show failed login attempts')]),
          configuration: undefined,
          metadata: undefined,
        })) {
          events.push(event);
        }

        const lines = events.flatMap((e) => (e.payload?.$case === 'statusUpdate' ? [e.payload.value] : []));
        const texts = lines
          .map((u) => u.status?.message?.parts[0]?.content)
          .map((c) => (c?.$case === 'text' ? c.value : ''));
        expect(events[0]?.payload?.$case).toBe('task');
        expect(texts.slice(0, 3).map((t) => t.split(':')[0])).toEqual(['Analysed', 'Agents selected', 'Plan ready']);
        const artifact = events.find((e) => e.payload?.$case === 'artifactUpdate');
        expect(artifact?.payload?.$case === 'artifactUpdate' && artifact.payload.value.artifact?.name).toBe('plan');
        expect(lines[lines.length - 1]?.status?.state).toBe(TaskState.TASK_STATE_COMPLETED);
      },
    );
  });

  describe('raw JSON-RPC', () => {
    const rpc = (body: unknown, headers: Record<string, string> = { 'A2A-Version': '1.0' }) =>
      request(app.getHttpServer())
        .post('/a2a/jsonrpc')
        .set(headers)
        .send(body as object);
    const send = (parts: unknown[]) => ({
      jsonrpc: '2.0',
      id: 7,
      method: 'SendMessage',
      params: { message: { messageId: `raw-${++sequence}`, role: 'ROLE_USER', parts } },
    });

    it('answers SendMessage with A2A-Version 1.0 with the same plan as the SDK client', async () => {
      const viaClient = (await jsonRpc.sendMessage({
        tenant: '',
        message: message([text('Show failed login attempts')]),
        configuration: undefined,
        metadata: undefined,
      })) as Task;

      const response = await rpc(send([{ text: 'Show failed login attempts' }])).expect(200);

      expect(response.body.result.task.status.state).toBe('TASK_STATE_COMPLETED');
      const raw = response.body.result.task.artifacts[0].parts[0].data;
      expect(comparable(raw)).toEqual(comparable(planArtifact(viaClient)));
    });

    it('answers without the A2A-Version header with the version error (-32009)', async () => {
      const response = await rpc(send([{ text: 'Show failed login attempts' }]), {}).expect(200);

      expect(response.body.error.code).toBe(-32009);
    });

    it('answers a data part that is not create_plan parameters with invalid params (-32602)', async () => {
      const response = await rpc(send([{ data: { natural_language: 42, execution_context: {} } }])).expect(200);

      expect(response.body.error.code).toBe(-32602);
    });

    it('answers a message with neither text nor data with invalid params (-32602)', async () => {
      const response = await rpc(send([{ url: 'https://example.com/file.txt' }])).expect(200);

      expect(response.body.error.code).toBe(-32602);
    });

    it('answers an unknown method with -32601', async () => {
      const response = await rpc({ jsonrpc: '2.0', id: 1, method: 'MakeCoffee', params: {} }).expect(200);

      expect(response.body.error.code).toBe(-32601);
    });

    it('answers malformed JSON with -32700', async () => {
      const response = await request(app.getHttpServer())
        .post('/a2a/jsonrpc')
        .set({ 'Content-Type': 'application/json', 'A2A-Version': '1.0' })
        .send('{"jsonrpc": "2.0", "id": 1,')
        .expect(200);

      expect(response.body.error.code).toBe(-32700);
    });

    it('answers a body over the limit with 413', async () => {
      const response = await rpc(send([{ text: 'x'.repeat(2 * 1024 * 1024) }])).expect(413);

      expect(response.body.error.code).toBe(-32600);
    });

    it("echoes the caller's request id, as /a2a/task does", async () => {
      const response = await rpc(
        { jsonrpc: '2.0', id: 1, method: 'GetTask', params: { id: 'none' } },
        { 'A2A-Version': '1.0', 'x-request-id': 'req-a2a-1' },
      );

      expect(response.headers['x-request-id']).toBe('req-a2a-1');
      expect(response.body.error.code).toBe(-32001);
    });

    it('counts requests by A2A method in /metrics', async () => {
      const metrics = await request(app.getHttpServer()).get('/metrics').expect(200);

      expect(metrics.text).toMatch(/a2a_requests_total\{[^}]*binding="jsonrpc"[^}]*method="SendMessage"[^}]*\} \d+/);
    });
  });

  describe('HTTP+JSON errors', () => {
    it('answers another media type with 415 in the AIP-193 format, as application/json', async () => {
      const response = await request(app.getHttpServer())
        .post('/a2a/rest/message:send')
        .set({ 'Content-Type': 'text/plain', 'A2A-Version': '1.0' })
        .send('hello')
        .expect(415);

      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.body.error).toMatchObject({
        code: 415,
        details: [expect.objectContaining({ reason: 'CONTENT_TYPE_NOT_SUPPORTED' })],
      });
    });

    it('answers an unknown task with 404 as application/json', async () => {
      const response = await request(app.getHttpServer())
        .get('/a2a/rest/tasks/nope')
        .set('A2A-Version', '1.0')
        .expect(404);

      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.body.error.code).toBe(404);
    });
  });
});

import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { TaskState, type Task } from '@a2a-js/sdk';
import { resultOfTask } from '../clients/a2a-agent.caller';
import { MeshCallException } from './mesh-call.exception';
import {
  dataAgentOptions,
  knowledgeAgentOptions,
  plannerOptions,
  startFakeAgent,
  type FakeAgent,
} from '../testing/fake-agent-server';
import { planFor } from '../testing/mesh-plans';
import { createOrchestratorTestApp } from '../testing/orchestrator-test-app';

const rpc = (app: NestExpressApplication, body: object) =>
  request(app.getHttpServer()).post('/a2a/jsonrpc').set('A2A-Version', '1.0').send(body);

describe('the orchestrator over A2A: its card and run_journey (through the real app, agents on loopback)', () => {
  let app: NestExpressApplication;
  const agents: FakeAgent[] = [];

  beforeAll(async () => {
    const planner = await startFakeAgent(plannerOptions((p) => planFor(p)));
    agents.push(
      planner,
      await startFakeAgent(knowledgeAgentOptions('sop')),
      await startFakeAgent(dataAgentOptions('kql', { tables: { SigninLogs: [] } })),
    );
    app = await createOrchestratorTestApp({
      PLANNER_URL: planner.url,
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

  it('publishes a card with the run_journey skill, streaming on', async () => {
    const response = await request(app.getHttpServer()).get('/.well-known/agent-card.json').expect(200);

    expect(response.body.skills.map((s: { id: string }) => s.id)).toEqual(['run_journey']);
    expect(response.body.capabilities.streaming).toBe(true);
  });

  it('runs a journey for a text message and answers a completed task whose artifact is the journey', async () => {
    const response = await rpc(app, {
      jsonrpc: '2.0',
      id: 1,
      method: 'SendMessage',
      params: { message: { messageId: 'j-msg-1', role: 'ROLE_USER', parts: [{ text: 'Show failed login attempts' }] } },
    }).expect(200);

    const task = response.body.result.task;
    expect(task.status.state).toBe('TASK_STATE_COMPLETED');
    expect(task.artifacts[0].name).toBe('journey');
    expect(task.artifacts[0].parts[0].data).toMatchObject({
      status: 'completed',
      natural_language: 'Show failed login attempts',
    });
  });

  it("streams the journey's steps as they happen (its event stream), then the journey and completed", async () => {
    const response = await rpc(app, {
      jsonrpc: '2.0',
      id: 5,
      method: 'SendStreamingMessage',
      params: { message: { messageId: 'j-msg-5', role: 'ROLE_USER', parts: [{ text: 'Show failed login attempts' }] } },
    }).expect(200);

    const events = response.text
      .split('\n')
      .filter((line) => line.startsWith('data: '))
      .map((line) => JSON.parse(line.slice(6)).result);
    const lines = events
      .filter((e) => e.statusUpdate)
      .map((e) => e.statusUpdate.status.message?.parts?.[0]?.text ?? '');
    expect(events[0].task.status.state).toBe('TASK_STATE_WORKING');
    expect(lines[0]).toMatch(/^Planned: \d+ steps$/);
    expect(lines.some((line: string) => /^Step \S+ \(\S+\): started$/.test(line))).toBe(true);
    expect(lines.some((line: string) => /^Step \S+ \(\S+\): completed in \d+ ms$/.test(line))).toBe(true);
    expect(events.find((e) => e.artifactUpdate)?.artifactUpdate.artifact.name).toBe('journey');
    expect(events[events.length - 1].statusUpdate.status.state).toBe('TASK_STATE_COMPLETED');
  });

  it('answers a data part without natural_language with invalid params (-32602)', async () => {
    const response = await rpc(app, {
      jsonrpc: '2.0',
      id: 2,
      method: 'SendMessage',
      params: { message: { messageId: 'j-msg-2', role: 'ROLE_USER', parts: [{ data: { user_context: {} } }] } },
    }).expect(200);

    expect(response.body.error.code).toBe(-32602);
  });

  it('lists agents without a card as spoken to over /a2a/task', async () => {
    const response = await request(app.getHttpServer()).get('/agents').expect(200);

    expect(response.body.slice(1).map((e: { protocol: string }) => e.protocol)).toEqual(['a2a_task', 'a2a_task']);
  });
});

describe('resultOfTask (an A2A agent answer as a step result)', () => {
  const task = (
    state: TaskState,
    parts: Task['artifacts'][number]['parts'],
    statusParts: Task['artifacts'][number]['parts'] = [],
  ): Task => ({
    id: 't',
    contextId: 'c',
    status: {
      state,
      timestamp: undefined,
      message: {
        messageId: 'm',
        contextId: 'c',
        taskId: 't',
        role: 2,
        parts: statusParts,
        metadata: undefined,
        extensions: [],
        referenceTaskIds: [],
      },
    },
    artifacts: parts.length
      ? [{ artifactId: 'a', name: 'r', description: '', parts, metadata: undefined, extensions: [] }]
      : [],
    history: [],
    metadata: undefined,
  });
  const data = (value: unknown) => ({
    content: { $case: 'data' as const, value },
    mediaType: 'application/json',
    filename: '',
    metadata: undefined,
  });

  it('returns the data artifact of a completed task', () => {
    expect(resultOfTask(task(TaskState.TASK_STATE_COMPLETED, [data({ passages: [] })]), 'A')).toEqual({ passages: [] });
  });

  it('throws the agent’s own error code for a failed task', () => {
    const failed = task(
      TaskState.TASK_STATE_FAILED,
      [],
      [data({ error: { code: 'SCHEMA_MISMATCH', message: 'no table' } })],
    );

    expect(() => resultOfTask(failed, 'A')).toThrow(
      expect.objectContaining({ code: 'SCHEMA_MISMATCH' }) as unknown as MeshCallException,
    );
  });

  it('throws AGENT_UNAVAILABLE for a completed task without a data artifact', () => {
    expect(() => resultOfTask(task(TaskState.TASK_STATE_COMPLETED, []), 'A')).toThrow(/without a data artifact/);
  });
});

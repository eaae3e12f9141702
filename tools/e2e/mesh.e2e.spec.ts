/**
 * The whole mesh, built, on free loopback ports: questions through the orchestrator.
 * Run with `npm run e2e` (builds first). Logs: tmp/e2e-logs/<service>.log.
 */
import { Role, TaskState } from '@a2a-js/sdk';
import { ClientFactory } from '@a2a-js/sdk/client';
import { LOG_DIR, startMesh, type Mesh } from './mesh-harness';

interface Step {
  step_id: string;
  agent_id: string;
  agent_type: string;
  status: string;
  started_at: string | null;
  finished_at: string | null;
  duration_ms: number;
  input?: { knowledge?: Array<{ id: string }>; natural_language?: string; platform?: string };
  output?: { passages?: Array<{ id: string }>; platform?: string; query?: string; notes?: string[] };
  error?: { code: string; message: string };
}

interface Journey {
  journey_id: string;
  status: string;
  natural_language: string;
  plan: {
    steps: Array<{ step_id: string; agent_type: string; agent_id: string; depends_on: string[] }>;
    parallel_execution_groups: string[][];
  } | null;
  steps: Step[];
  replanned: boolean;
  duration_ms: number;
  error?: { code: string; message: string };
}

let mesh: Mesh;

async function ask(question: string): Promise<{ status: number; journey: Journey; elapsedMs: number }> {
  const started = Date.now();
  const response = await fetch(`${mesh.orchestratorUrl}/journeys`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ natural_language: question }),
    signal: AbortSignal.timeout(30_000),
  });
  return { status: response.status, journey: (await response.json()) as Journey, elapsedMs: Date.now() - started };
}

const dataSteps = (journey: Journey) => journey.steps.filter((s) => s.agent_type === 'data');
const stepOn = (journey: Journey, platform: string) =>
  dataSteps(journey).find((s) => s.output?.platform === platform || s.input?.platform === platform);

/** The knowledge passages of the steps `step` depends on reached it, and the data agent read them. */
function expectKnowledgeUsed(journey: Journey, step: Step): void {
  const planned = journey.plan!.steps.find((s) => s.step_id === step.step_id)!;
  const knowledgeIds = journey.steps
    .filter((s) => planned.depends_on.includes(s.step_id) && s.agent_type === 'knowledge')
    .flatMap((s) => s.output?.passages?.map((p) => p.id) ?? []);
  expect(knowledgeIds.length).toBeGreaterThan(0);
  expect(step.input?.knowledge?.map((p) => p.id)).toEqual(expect.arrayContaining(knowledgeIds));
  expect(step.output?.notes?.join(' ')).toMatch(/knowledge passage/i);
}

/** Steps of one group overlap in time: the last start is before the first finish. */
function expectGroupsRanInParallel(journey: Journey): number {
  let multiStepGroups = 0;
  for (const group of journey.plan!.parallel_execution_groups) {
    if (group.length < 2) continue;
    multiStepGroups += 1;
    const steps = journey.steps.filter((s) => group.includes(s.step_id));
    const latestStart = Math.max(...steps.map((s) => Date.parse(s.started_at!)));
    const earliestFinish = Math.min(...steps.map((s) => Date.parse(s.finished_at!)));
    expect(latestStart).toBeLessThan(earliestFinish);
  }
  return multiStepGroups;
}

beforeAll(async () => {
  // A long refresh interval: the registry still believes in an agent we stop, so the failure path runs.
  mesh = await startMesh({ ORCHESTRATOR_REGISTRY_REFRESH_SECONDS: '600', LOG_LEVEL: 'info' });
}, 90_000);

afterAll(async () => {
  await mesh?.stopAll();
}, 30_000);

describe(`the mesh end to end (logs in ${LOG_DIR})`, () => {
  it('lists the planner and the six agents as reachable', async () => {
    const entries = (await (await fetch(`${mesh.orchestratorUrl}/agents`)).json()) as Array<{
      descriptor: { agent_id: string };
      reachable: boolean;
    }>;

    expect(entries.map((e) => e.descriptor.agent_id).sort()).toEqual([
      'errors_knowledge',
      'kql_data',
      'sop_knowledge',
      'spl_data',
      'sql_data',
      'wiki_knowledge',
      'workflow_planner',
    ]);
    expect(entries.every((e) => e.reachable)).toBe(true);
  });

  it('answers "Show failed login attempts" with a KQL query that used the knowledge passages', async () => {
    const { status, journey } = await ask('Show failed login attempts');

    expect(status).toBe(201);
    expect(journey.status).toBe('completed');
    expect(journey.plan!.steps.some((s) => s.agent_type === 'knowledge' && s.agent_id === 'sop_knowledge')).toBe(true);
    const kql = stepOn(journey, 'kql')!;
    expect(kql).toMatchObject({ agent_id: 'kql_data', status: 'completed' });
    expect(kql.output!.query).toContain('| where');
    expect(kql.input!.natural_language).toBe('Show failed login attempts');
    expectKnowledgeUsed(journey, kql);
  });

  it('answers "Show all error logs from last 24 hours" with error knowledge and a KQL query over the last day', async () => {
    const { status, journey } = await ask('Show all error logs from last 24 hours');

    expect(status).toBe(201);
    expect(journey.status).toBe('completed');
    expect(journey.steps.map((s) => s.agent_id)).toEqual(expect.arrayContaining(['errors_knowledge']));
    const kql = stepOn(journey, 'kql')!;
    expect(kql.output!.query).toMatch(/\| where/);
    expect(kql.output!.query).toMatch(/ago\(/);
    expectKnowledgeUsed(journey, kql);
  });

  it('answers "Compare database user table with Azure AD signin logs" with a KQL step and a SQL step', async () => {
    const { journey } = await ask('Compare database user table with Azure AD signin logs');

    expect(journey.status).toBe('completed');
    expect(
      dataSteps(journey)
        .map((s) => s.agent_id)
        .sort(),
    ).toEqual(['kql_data', 'sql_data']);
    expect(stepOn(journey, 'sql')!.output!.query!.trim()).toMatch(/^SELECT\b/i);
    expect(stepOn(journey, 'kql')!.output!.query).toMatch(/SigninLogs/);
    for (const step of dataSteps(journey)) expectKnowledgeUsed(journey, step);
  });

  it('runs the steps of a parallel group at the same time', async () => {
    const journeys = await Promise.all(
      ['Show failed login attempts', 'Show all error logs from last 24 hours'].map((q) => ask(q)),
    );

    const checkedGroups = journeys.reduce((sum, { journey }) => sum + expectGroupsRanInParallel(journey), 0);

    expect(checkedGroups).toBeGreaterThan(0);
  });

  it('returns a journey again from GET /journeys/:id', async () => {
    const { journey } = await ask('Show failed login attempts');

    const again = await fetch(`${mesh.orchestratorUrl}/journeys/${journey.journey_id}`);

    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(journey);
  });

  it('speaks A2A to every knowledge and data agent (each publishes a card), as the registry shows', async () => {
    const entries = (await (await fetch(`${mesh.orchestratorUrl}/agents`)).json()) as Array<{
      descriptor: { agent_id: string };
      protocol?: string;
    }>;

    expect(entries.slice(1).map((e) => [e.descriptor.agent_id, e.protocol])).toEqual(
      entries.slice(1).map((e) => [e.descriptor.agent_id, 'a2a']),
    );
  });

  it('runs a journey started from an A2A client (run_journey on the orchestrator card), streaming its steps', async () => {
    const client = await new ClientFactory().createFromUrl(mesh.orchestratorUrl);
    const events = [];
    const message = {
      messageId: 'e2e-journey-1',
      contextId: '',
      taskId: '',
      role: Role.ROLE_USER,
      parts: [
        {
          content: { $case: 'text' as const, value: 'Show failed login attempts' },
          mediaType: 'text/plain',
          filename: '',
          metadata: undefined,
        },
      ],
      metadata: undefined,
      extensions: [],
      referenceTaskIds: [],
    };
    for await (const event of client.sendMessageStream({
      tenant: '',
      message,
      configuration: undefined,
      metadata: undefined,
    }))
      events.push(event);

    const updates = events.flatMap((e) => (e.payload?.$case === 'statusUpdate' ? [e.payload.value] : []));
    const lines = updates
      .map((u) => u.status?.message?.parts[0]?.content)
      .map((c) => (c?.$case === 'text' ? c.value : ''));
    expect(lines.filter((line) => line.startsWith('Step ')).length).toBeGreaterThanOrEqual(2);
    expect(updates[updates.length - 1]?.status?.state).toBe(TaskState.TASK_STATE_COMPLETED);
    const artifact = events.find((e) => e.payload?.$case === 'artifactUpdate');
    const content =
      artifact?.payload?.$case === 'artifactUpdate' ? artifact.payload.value.artifact?.parts[0]?.content : undefined;
    const journey = (content?.$case === 'data' ? content.value : undefined) as Journey | undefined;
    expect(journey?.status).toBe('completed');
    expect(stepOn(journey!, 'kql')?.output?.query).toBeTruthy();
  });

  it('replans or fails cleanly, with a reason and without hanging, when a data agent goes down', async () => {
    await mesh.stop('kql');

    const { status, journey, elapsedMs } = await ask('Show failed login attempts');

    expect(status).toBe(201);
    expect(elapsedMs).toBeLessThan(15_000);
    expect(['partial', 'failed']).toContain(journey.status);
    expect(journey.error?.message).toContain('kql_data');
    expect(journey.steps.find((s) => s.agent_id === 'kql_data')).toMatchObject({
      status: 'failed',
      error: { code: 'AGENT_UNAVAILABLE' },
    });
  });

  it('plans around the stopped agent on the next journey', async () => {
    const { journey, elapsedMs } = await ask('Show failed login attempts');

    expect(elapsedMs).toBeLessThan(15_000);
    expect(journey.steps.map((s) => s.agent_id)).not.toContain('kql_data');
    expect(journey.status).toBe('completed');
    expect(dataSteps(journey).length).toBeGreaterThan(0);
  });
});

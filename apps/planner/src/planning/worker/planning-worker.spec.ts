import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { aCreatePlanRequest } from '@mesh/a2a-contracts/testing';
import { createPlannerTestApp, sourceWorkerScript } from '../../testing/planner-test-app';
import type { PlannerSettings } from '../../config/planner-settings';
import { Clock } from '../clock';
import { PlannerMetrics } from '../planner.metrics';
import { PlannerService } from '../planner.service';
import { denseOptimizePlanText, warmUpTaskTexts } from './warm-up-bodies';
import { PlanningWorker, WORKER_BODY_FROM } from './planning-worker.service';

const HEURISTIC = { PLANNER_LLM_MODE: 'heuristic', PLANNER_RATE_LIMIT_RPS: '0' };

/** A create_plan body of `count` tables (over WORKER_BODY_FROM bytes from about 3,000 on). */
function manyTables(count: number, question = 'failed sign-ins by user'): string {
  const tables = Object.fromEntries(
    Array.from({ length: count }, (_, i) => [`Failed_Signin_${i % 97}_${i}`, ['TimeGenerated', 'UserPrincipalName']]),
  );
  return JSON.stringify(aCreatePlanRequest(question, { schema_hints: { kql: { tables } } }, 'task-large'));
}

/** What does not depend on the clock or the thread: the plan without its id and times. */
function comparable(body: { result?: { plan?: object } }): object {
  const plan = { ...body.result!.plan!, plan_id: '', created_at: '' };
  return { ...body.result, plan };
}

describe('POST /a2a/task bodies planned in the planning worker (through the real app)', () => {
  let saved: NodeJS.ProcessEnv;
  let withWorker: NestExpressApplication;
  let onMainThread: NestExpressApplication;

  beforeAll(async () => {
    saved = { ...process.env };
    Object.assign(process.env, HEURISTIC);
    withWorker = await createPlannerTestApp(undefined, { workerScript: sourceWorkerScript() });
    onMainThread = await createPlannerTestApp();
  }, 120_000);

  afterAll(async () => {
    await withWorker?.close();
    await onMainThread?.close();
    process.env = saved;
  });

  const send = (app: NestExpressApplication, text: string) =>
    request(app.getHttpServer()).post('/a2a/task').set('content-type', 'application/json').send(text);

  it('hands large bodies to a worker only in the heuristic mode when it has one', () => {
    const inMode = (mode: string) =>
      new PlanningWorker(
        { llm: { mode } } as PlannerSettings,
        withWorker.get(PlannerService),
        withWorker.get(Clock),
        withWorker.get(PlannerMetrics),
        { script: 'process.exit(0)', eval: true },
      );

    expect(withWorker.get(PlanningWorker).enabled).toBe(true);
    expect(onMainThread.get(PlanningWorker).enabled).toBe(false);
    expect(inMode('auto').enabled).toBe(false);
    expect(inMode('llm').enabled).toBe(false);
  });

  it('says it is warm once its warm-up is done (readiness waits for it)', async () => {
    const worker = withWorker.get(PlanningWorker);
    const deadline = Date.now() + 100_000;
    while (!worker.warm && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));

    expect(worker.warm).toBe(true);
    await request(withWorker.getHttpServer()).get('/health/ready').expect(200);
  }, 120_000);

  it('answers a large create_plan with the plan the main thread gives it', async () => {
    const text = manyTables(5_000);
    expect(Buffer.byteLength(text)).toBeGreaterThan(WORKER_BODY_FROM);

    const [inWorker, here] = await Promise.all([send(withWorker, text), send(onMainThread, text)]);

    expect(inWorker.status).toBe(200);
    expect(withWorker.get(PlanningWorker).answered).toEqual({ worker: 1, mainThread: 0 });
    expect(inWorker.headers['content-type']).toMatch(/^application\/json/);
    expect(inWorker.body.status).toBe('completed');
    expect(inWorker.body.task_id).toBe('task-large');
    expect(comparable(inWorker.body)).toEqual(comparable(here.body));
  }, 120_000);

  it('answers every warm-up body as a completed plan (a refused one would warm nothing)', async () => {
    for (const text of warmUpTaskTexts()) {
      const answer = await send(onMainThread, text);
      expect({ status: answer.status, task: answer.body.status }).toEqual({ status: 200, task: 'completed' });
    }
  }, 120_000);

  it('answers a dense optimize_plan with the plan the main thread gives it', async () => {
    const text = denseOptimizePlanText(200);

    const [inWorker, here] = await Promise.all([send(withWorker, text), send(onMainThread, text)]);

    expect(inWorker.status).toBe(200);
    expect(comparable(inWorker.body)).toEqual(comparable(here.body));
  }, 120_000);

  it.each([
    ['malformed JSON', (text: string) => `${text.slice(0, -1)},}`],
    ['a __proto__ key', (text: string) => text.replace('"task_id"', '"__proto__":{"x":1},"task_id"')],
    ['invalid parameters', (text: string) => text.replace('"natural_language"', '"natural_language":7,"x"')],
    ['an unknown action', (text: string) => text.replace('"create_plan"', '"plan_everything"')],
  ])(
    'refuses %s in a large body as the main thread does (status, code, details, task_id)',
    async (_, spoil) => {
      const text = spoil(manyTables(5_000));

      const [inWorker, here] = await Promise.all([send(withWorker, text), send(onMainThread, text)]);

      expect(here.status).toBe(400);
      expect(inWorker.status).toBe(here.status);
      expect(inWorker.body).toEqual(here.body);
    },
    120_000,
  );

  it('counts what the worker planned in the app’s metrics', async () => {
    const before = await request(withWorker.getHttpServer()).get('/metrics');
    const count = (text: string) =>
      Number(
        /planner_tasks_total\{action="create_plan",status="completed",mode="heuristic"[^}]*\} (\d+)/.exec(text)?.[1] ??
          0,
      );

    await send(withWorker, manyTables(5_000)).expect(200);

    const after = await request(withWorker.getHttpServer()).get('/metrics');
    expect(count(after.text)).toBe(count(before.text) + 1);
  }, 120_000);
});

describe('a planning worker that dies', () => {
  let saved: NodeJS.ProcessEnv;
  let app: NestExpressApplication;

  beforeAll(async () => {
    saved = { ...process.env };
    Object.assign(process.env, HEURISTIC);
    const dying = `require('node:worker_threads').parentPort.on('message', () => process.exit(3));`;
    app = await createPlannerTestApp(undefined, { workerScript: { script: dying, eval: true } });
  });

  afterAll(async () => {
    await app.close();
    process.env = saved;
  });

  it('has its task answered on the main thread, and is started again for the next', async () => {
    const text = manyTables(5_000);

    const first = await request(app.getHttpServer())
      .post('/a2a/task')
      .set('content-type', 'application/json')
      .send(text);
    const second = await request(app.getHttpServer())
      .post('/a2a/task')
      .set('content-type', 'application/json')
      .send(text);

    expect([first.status, first.body.status]).toEqual([200, 'completed']);
    expect([second.status, second.body.status]).toEqual([200, 'completed']);
    expect(app.get(PlanningWorker).answered).toEqual({ worker: 0, mainThread: 2 });
  }, 60_000);
});

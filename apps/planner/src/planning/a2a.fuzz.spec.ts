import type { NestExpressApplication } from '@nestjs/platform-express';
import fc from 'fast-check';
import request from 'supertest';
import { fuzzAnswerProblem, fuzzRequests, type FuzzRequest } from '@mesh/a2a-contracts/fuzzing';
import { aCreatePlanRequest, someSchemaHints } from '@mesh/a2a-contracts/testing';
import { planInvariantViolations } from '@mesh/planner-core';
import { createPlannerTestApp } from '../testing/planner-test-app';

process.env['PLANNER_LLM_MODE'] = 'heuristic';

function send(app: NestExpressApplication, input: FuzzRequest): Promise<request.Response> {
  const call = request(app.getHttpServer())
    .post('/a2a/task')
    .set('content-type', input.contentType)
    .timeout({ deadline: 5000 });
  return input.raw !== undefined ? call.send(input.raw) : call.send(JSON.stringify(input.body ?? null));
}

describe('fuzzing POST /a2a/task with malformed and hostile requests', () => {
  let app: NestExpressApplication;
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

  beforeAll(async () => {
    app = await createPlannerTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  it('answers every one of 1,000 requests with a 4xx in the error format or a valid plan, never a 5xx or a hang', async () => {
    const counts = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(fuzzRequests, async (input) => {
        const response = await send(app, input);
        counts.set(response.status, (counts.get(response.status) ?? 0) + 1);
        expect(fuzzAnswerProblem(response.status, response.body)).toBeUndefined();
        if (response.status === 200 && response.body.status === 'completed') {
          expect(planInvariantViolations(response.body.result.plan)).toEqual([]);
        }
      }),
      { numRuns: 1000, seed: 20261124 },
    );
    expect([...counts.keys()].every((status) => status < 500)).toBe(true);
    // The mix must reach both the planner (200) and the validation (400), or the fuzzer is not fuzzing.
    expect(counts.get(200) ?? 0).toBeGreaterThan(100);
    expect(counts.get(400) ?? 0).toBeGreaterThan(100);
  }, 120_000);

  it('leaves no trace in the process: prototypes untouched, and a known request still gets the same plan', async () => {
    const known = aCreatePlanRequest('Top customers by order total in the last 7 days', {
      schema_hints: someSchemaHints(),
    });
    const before = await request(app.getHttpServer()).post('/a2a/task').send(known).expect(200);

    await fc.assert(
      fc.asyncProperty(fuzzRequests, async (input) => {
        await send(app, input);
      }),
      { numRuns: 200, seed: 7 },
    );
    const after = await request(app.getHttpServer()).post('/a2a/task').send(known).expect(200);

    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const strip = (body: { result: { plan: Record<string, unknown> } }) => ({
      ...body.result,
      plan: { ...body.result.plan, plan_id: '', created_at: '' },
    });
    expect(strip(after.body)).toEqual(strip(before.body));
  }, 60_000);
});

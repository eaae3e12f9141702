import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { aCreatePlanRequest } from '@mesh/a2a-contracts/testing';
import { memberCapCuts } from '@mesh/nest-a2a';
import { createPlannerTestApp } from '../testing/planner-test-app';
import { SCHEMA_HINTS_CAPS } from './schema-hints-caps';

/** A create_plan body whose `schema_hints.kql.tables` holds `count` tables, `last` (raw JSON member text) after them. */
function bodyWithTables(count: number, last = ''): string {
  const text = JSON.stringify(
    aCreatePlanRequest('failed sign-ins in the last hour', {
      schema_hints: { kql: { tables: { SigninLogs: ['UserPrincipalName'] } } },
    }),
  );
  const fillers = Array.from({ length: count - 1 }, (_, i) => `"Table${i}":[]`).join(',');
  return text.replace('"SigninLogs":["UserPrincipalName"]', `"SigninLogs":["UserPrincipalName"],${fillers}${last}`);
}

describe('POST /a2a/task with schema_hints beyond the catalog caps (through the real app)', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    app = await createPlannerTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  const send = (text: string, contentType = 'application/json') =>
    request(app.getHttpServer()).post('/a2a/task').set('content-type', contentType).send(text);
  const planOf = (body: { result: { plan: object } }) => ({ ...body.result.plan, plan_id: '', created_at: '' });

  it('cuts the tables beyond the 1,000th out of a /a2a/task body', () => {
    expect(memberCapCuts(bodyWithTables(1_000), SCHEMA_HINTS_CAPS)).toBeNull();
    expect(memberCapCuts(bodyWithTables(1_001), SCHEMA_HINTS_CAPS)).toHaveLength(2);
  });

  it('answers 50,000 tables with the plan it gives their first 1,000', async () => {
    const capped = await send(bodyWithTables(1_000)).expect(200);
    const huge = await send(bodyWithTables(50_000)).expect(200);

    expect(huge.body.status).toBe('completed');
    expect(planOf(huge.body)).toEqual(planOf(capped.body));
  });

  it('answers 400 MALFORMED_JSON for a syntax error in a member beyond the cap', async () => {
    const response = await send(bodyWithTables(2_000, ',"Broken":[tru]')).expect(400);

    expect(response.body.error.code).toBe('MALFORMED_JSON');
  });

  it('rejects a "__proto__" key in a member beyond the cap as it does within it', async () => {
    const within = await send(bodyWithTables(10, ',"T":{"__proto__":1}')).expect(400);
    const beyond = await send(bodyWithTables(2_000, ',"T":{"__proto__":1}')).expect(400);

    expect(beyond.body.error).toEqual(within.body.error);
  });

  it('answers 415 for a charset JSON does not allow, as express.json does', async () => {
    await send(bodyWithTables(10), 'application/json; charset=latin1').expect(415);
  });

  it('reads a UTF-8 body with a byte order mark, as express.json does', async () => {
    const response = await send(`\ufeff${bodyWithTables(10)}`).expect(200);

    expect(response.body.status).toBe('completed');
  });

  describe('through A2A JSON-RPC (a data part)', () => {
    /** SendMessage with the create_plan parameters of `bodyWithTables(count, last)` as its data part. */
    const rpcBody = (count: number, last = '') => {
      const parameters = bodyWithTables(count, last)
        .replace(/^.*"parameters":/s, '')
        .replace(/}$/, '');
      return `{"jsonrpc":"2.0","id":7,"method":"SendMessage","params":{"message":{"messageId":"m-${count}","role":"ROLE_USER","parts":[{"data":${parameters}}]}}}`;
    };
    const rpc = (text: string) =>
      request(app.getHttpServer())
        .post('/a2a/jsonrpc')
        .set({ 'A2A-Version': '1.0', 'content-type': 'application/json' })
        .send(text);
    const planOfTask = (body: {
      result: { task: { artifacts: Array<{ parts: Array<{ data: { plan: object } }> }> } };
    }) => ({
      ...body.result.task.artifacts[0]!.parts[0]!.data.plan,
      plan_id: '',
      created_at: '',
    });

    it('cuts the tables beyond the 1,000th out of the data part', () => {
      expect(memberCapCuts(rpcBody(1_000), SCHEMA_HINTS_CAPS)).toBeNull();
      expect(memberCapCuts(rpcBody(1_001), SCHEMA_HINTS_CAPS)).toHaveLength(2);
    });

    it('answers 50,000 tables with the plan it gives their first 1,000', async () => {
      const capped = await rpc(rpcBody(1_000)).expect(200);
      const huge = await rpc(rpcBody(50_000)).expect(200);

      expect(huge.body.result.task.status.state).toBe('TASK_STATE_COMPLETED');
      expect(planOfTask(huge.body)).toEqual(planOfTask(capped.body));
    });

    it('answers a syntax error in a member beyond the cap with the JSON-RPC parse error', async () => {
      const response = await rpc(rpcBody(2_000, ',"Broken":[tru]')).expect(200);

      expect(response.body.error.code).toBe(-32700);
    });
  });
});

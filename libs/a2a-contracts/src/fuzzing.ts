/**
 * fast-check arbitraries of malformed and hostile A2A requests, for the fuzz suite and
 * `npm run bench:fuzz`. Import from `@mesh/a2a-contracts/fuzzing`; never re-exported from
 * the main entry (fast-check is a development dependency).
 */
import fc from 'fast-check';
import { aCreatePlanRequest, aStep, aWorkflowPlan, anExecutionContext, someSchemaHints } from './testing';

/** A request as sent on the wire: a body (object or raw text) and a content type. */
export interface FuzzRequest {
  readonly body: unknown;
  /** When set, the body is sent as this raw text instead of JSON. */
  readonly raw?: string;
  readonly contentType: string;
  readonly kind: string;
}

const oddStrings = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom('', ' ', '\u0000', '\uFEFF', '\u202E evil', '🔥'.repeat(100), 'a'.repeat(5000), '<script>', "'; DROP TABLE x; --", '${jndi:ldap://x}', '\ud800'),
);

const anyJson = fc.jsonValue({ maxDepth: 6 });

const hostileKeys = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf');

/** An object with a hostile key somewhere. */
const hostileObject = fc.tuple(hostileKeys, anyJson).map(([key, value]) => JSON.parse(`{${JSON.stringify(key)}: ${JSON.stringify(value ?? null)}}`) as Record<string, unknown>);

/** Deep nesting, as raw JSON text (so a parser, not our code, builds it). */
const deepJson = fc.integer({ min: 10, max: 3000 }).map((depth) => '{"task_id":"deep","action":"create_plan","parameters":' + '{"a":'.repeat(depth) + '1' + '}'.repeat(depth) + '}');

/** A valid create_plan with one field replaced by something of the wrong kind. */
const mutatedCreatePlan = fc
  .tuple(
    fc.constantFrom('task_id', 'action', 'parameters', 'natural_language', 'execution_context', 'available_agents', 'data', 'knowledge', 'agent_id', 'schema_hints', 'user_context', 'state_history_count'),
    fc.oneof(anyJson, oddStrings, hostileObject, fc.constant(undefined)),
    fc.string({ maxLength: 200 }),
  )
  .map(([field, value, question]) => {
    const request = aCreatePlanRequest(question || 'q', { schema_hints: someSchemaHints() }) as unknown as Record<string, unknown>;
    const parameters = request['parameters'] as Record<string, unknown>;
    const context = parameters['execution_context'] as Record<string, unknown>;
    const agents = context['available_agents'] as Record<string, unknown>;
    const targets: Record<string, [Record<string, unknown>, string]> = {
      task_id: [request, 'task_id'],
      action: [request, 'action'],
      parameters: [request, 'parameters'],
      natural_language: [parameters, 'natural_language'],
      execution_context: [parameters, 'execution_context'],
      available_agents: [context, 'available_agents'],
      data: [agents, 'data'],
      knowledge: [agents, 'knowledge'],
      agent_id: [((agents['data'] as Array<Record<string, unknown>>)[0] ?? {}) as Record<string, unknown>, 'agent_id'],
      schema_hints: [context, 'schema_hints'],
      user_context: [context, 'user_context'],
      state_history_count: [context, 'state_history_count'],
    };
    const [target, key] = targets[field]!;
    if (value === undefined) delete target[key];
    else target[key] = value;
    return request;
  });

/** A create_plan whose free-form parts are random. */
const randomContextCreatePlan = fc
  .record({
    question: fc.string({ minLength: 1, maxLength: 300 }),
    schema_hints: fc.oneof(anyJson, hostileObject),
    user_context: fc.oneof(anyJson, hostileObject),
    extra: fc.dictionary(fc.string({ maxLength: 10 }), anyJson, { maxKeys: 3 }),
  })
  .map(({ question, schema_hints, user_context, extra }) => ({
    ...extra,
    task_id: 'fuzz',
    action: 'create_plan',
    parameters: { natural_language: question, execution_context: { ...anExecutionContext(), schema_hints, user_context } },
  }));

/** optimize_plan with random (often cyclic, dangling or duplicated) dependencies. */
const tangledOptimizePlan = fc
  .array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e'), fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'ghost'), { maxLength: 3 })), { minLength: 1, maxLength: 6 })
  .map((spec) => ({
    task_id: 'fuzz-opt',
    action: 'optimize_plan',
    parameters: {
      plan: aWorkflowPlan(spec.map(([id, deps]) => aStep(id, { depends_on: deps }))),
      feedback: { failed_steps: ['a'], unavailable_agents: ['kql_data'] },
      execution_context: anExecutionContext(),
    },
  }));

const rawBodies = fc.oneof(
  fc.string().map((raw) => ({ raw, contentType: 'application/json' })),
  fc.constantFrom('{', '{"task_id":', 'null', '[]', '"string"', '123', 'true', '{"task_id":"x",}', '\uFEFF{}').map((raw) => ({ raw, contentType: 'application/json' })),
  fc.tuple(fc.string(), fc.constantFrom('text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/octet-stream')).map(([raw, contentType]) => ({ raw, contentType })),
  deepJson.map((raw) => ({ raw, contentType: 'application/json' })),
);

/** Every kind of hostile or malformed request, weighted towards the ones that reach deep. */
export const fuzzRequests: fc.Arbitrary<FuzzRequest> = fc.oneof(
  { weight: 4, arbitrary: mutatedCreatePlan.map((body) => ({ body, contentType: 'application/json', kind: 'mutated create_plan' })) },
  { weight: 3, arbitrary: randomContextCreatePlan.map((body) => ({ body, contentType: 'application/json', kind: 'random context' })) },
  { weight: 2, arbitrary: tangledOptimizePlan.map((body) => ({ body, contentType: 'application/json', kind: 'tangled optimize_plan' })) },
  { weight: 2, arbitrary: rawBodies.map(({ raw, contentType }) => ({ body: undefined, raw, contentType, kind: 'raw body' })) },
  { weight: 1, arbitrary: fc.oneof(anyJson, hostileObject).map((body) => ({ body, contentType: 'application/json', kind: 'random json' })) },
);

/** Why an answer breaks the rules (a 5xx, a 4xx outside the error format, a 200 that is neither), or undefined. */
export function fuzzAnswerProblem(status: number, body: unknown): string | undefined {
  if (status >= 500) return `server error ${status}`;
  const record = body && typeof body === 'object' ? (body as Record<string, unknown>) : undefined;
  const error = record?.['error'] as Record<string, unknown> | undefined;
  if (status >= 400) {
    if (record?.['status'] !== 'failed' || typeof error?.['code'] !== 'string' || typeof error?.['message'] !== 'string') return `${status} outside the error format`;
    return undefined;
  }
  if (status === 200) {
    if (record?.['status'] === 'completed' && record['result'] && typeof record['result'] === 'object') return undefined;
    if (record?.['status'] === 'failed' && typeof error?.['code'] === 'string') return undefined;
    // A question with nothing to act on: a clarification, no plan.
    const result = record?.['result'] as Record<string, unknown> | undefined;
    if (record?.['status'] === 'input_required' && result?.['clarification'] && typeof result['clarification'] === 'object') return undefined;
    return '200 that is neither a plan, a clarification nor a planning failure';
  }
  return `unexpected status ${status}`;
}

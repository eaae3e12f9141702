/**
 * fast-check arbitraries of malformed and hostile A2A requests, for the fuzz suite and
 * `npm run bench:fuzz`. Import from `@mesh/a2a-contracts/fuzzing`; never re-exported from
 * the main entry (fast-check is a development dependency).
 */
import fc from 'fast-check';
import {
  aCreatePlanRequest,
  aDataAgent,
  aKnowledgeAgent,
  aStep,
  aWorkflowPlan,
  anExecutionContext,
  fullMeshAgents,
  someSchemaHints,
} from './testing';

/** A request as sent on the wire: a body (object or raw text) and a content type. */
export interface FuzzRequest {
  readonly body: unknown;
  /** When set, the body is sent as this raw text instead of JSON. */
  readonly raw?: string;
  readonly contentType: string;
  /** A `Content-Encoding` to send (with `rawHex`: bytes that may not decode). */
  readonly contentEncoding?: string;
  /** When set, the body is sent as these bytes (hex) instead. */
  readonly rawHex?: string;
  readonly kind: string;
}

const oddStrings = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\uFEFF',
    '\u202E evil',
    '🔥'.repeat(100),
    'a'.repeat(5000),
    '<script>',
    "'; DROP TABLE x; --",
    '${jndi:ldap://x}',
    '\ud800',
  ),
);

const anyJson = fc.jsonValue({ maxDepth: 6 });

const hostileKeys = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf');

/** An object with a hostile key somewhere. */
const hostileObject = fc
  .tuple(hostileKeys, anyJson)
  .map(
    ([key, value]) =>
      JSON.parse(`{${JSON.stringify(key)}: ${JSON.stringify(value ?? null)}}`) as Record<string, unknown>,
  );

/** Deep nesting, as raw JSON text (so a parser, not our code, builds it). */
const deepJson = fc
  .integer({ min: 10, max: 3000 })
  .map(
    (depth) =>
      '{"task_id":"deep","action":"create_plan","parameters":' + '{"a":'.repeat(depth) + '1' + '}'.repeat(depth) + '}',
  );

/** A valid create_plan with one field replaced by something of the wrong kind. */
const mutatedCreatePlan = fc
  .tuple(
    fc.constantFrom(
      'task_id',
      'action',
      'parameters',
      'natural_language',
      'execution_context',
      'available_agents',
      'data',
      'knowledge',
      'agent_id',
      'schema_hints',
      'user_context',
      'state_history_count',
    ),
    fc.oneof(anyJson, oddStrings, hostileObject, fc.constant(undefined)),
    fc.string({ maxLength: 200 }),
  )
  .map(([field, value, question]) => {
    const request = aCreatePlanRequest(question || 'q', { schema_hints: someSchemaHints() }) as unknown as Record<
      string,
      unknown
    >;
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
    parameters: {
      natural_language: question,
      execution_context: { ...anExecutionContext(), schema_hints, user_context },
    },
  }));

/** optimize_plan with random (often cyclic, dangling or duplicated) dependencies. */
const tangledOptimizePlan = fc
  .array(
    fc.tuple(
      fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'ghost'), { maxLength: 3 }),
    ),
    { minLength: 1, maxLength: 6 },
  )
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
  fc
    .constantFrom('{', '{"task_id":', 'null', '[]', '"string"', '123', 'true', '{"task_id":"x",}', '\uFEFF{}')
    .map((raw) => ({ raw, contentType: 'application/json' })),
  fc
    .tuple(
      fc.string(),
      fc.constantFrom(
        'text/plain',
        'application/xml',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/octet-stream',
      ),
    )
    .map(([raw, contentType]) => ({ raw, contentType })),
  deepJson.map((raw) => ({ raw, contentType: 'application/json' })),
);

/** A question with a token ending in an Object.prototype member (`evil.constructor`), the way file names are read. */
const prototypeTokenQuestion = fc
  .tuple(fc.string({ maxLength: 100 }), hostileKeys, fc.constantFrom('file', 'a', 'x.y', ''))
  .map(([text, member, stem]) => `${text} failed sign-ins from ${stem}.${member} ${text}`.trim() || 'q');

/** create_plan whose agents or question use Object.prototype member names as platforms, domains, tokens; flat schema_hints. */
const prototypeKeyCreatePlan = fc
  .record({
    question: prototypeTokenQuestion,
    platform: fc.oneof(hostileKeys, fc.constantFrom('kql', 'spl')),
    domain: fc.oneof(hostileKeys, fc.constantFrom('sop', 'wiki')),
    hints: fc.oneof(
      fc.constant(undefined),
      fc.array(
        fc.oneof(fc.constantFrom('SigninLogs', 'constructor', 'toString', '__proto__'), fc.string({ maxLength: 20 })),
        { maxLength: 5 },
      ),
      fc.constant(someSchemaHints()),
    ),
  })
  .map(({ question, platform, domain, hints }) => {
    const agents = fullMeshAgents();
    const available = {
      ...agents,
      data: [...agents.data!, aDataAgent(platform, { agent_id: 'odd_data' })],
      knowledge: [...agents.knowledge!, aKnowledgeAgent(domain, { agent_id: 'odd_knowledge' })],
    };
    return aCreatePlanRequest(question, {
      available_agents: available,
      ...(hints !== undefined ? { schema_hints: hints as never } : {}),
    });
  });

/** optimize_plan with a failed step whose platform/domain parameters are not strings, and huge observed durations. */
const oddParameterOptimizePlan = fc
  .record({
    platform: fc.oneof(fc.integer(), fc.constant(null), fc.constant({ a: 1 }), fc.constant(['kql']), hostileKeys),
    domain: fc.oneof(fc.integer(), fc.constant({ b: 2 }), fc.constant([]), hostileKeys),
    seconds: fc.oneof(
      fc.constant(1.7e308),
      fc.double({ min: 0, max: 1e308, noNaN: true }),
      fc.integer({ min: 0, max: 100 }),
    ),
  })
  .map(({ platform, domain, seconds }) => ({
    task_id: 'fuzz-opt-params',
    action: 'optimize_plan',
    parameters: {
      plan: aWorkflowPlan([
        aStep('knowledge_0', { parameters: { domain } }),
        aStep('data_kql', { depends_on: ['knowledge_0'], parameters: { platform } }),
      ]),
      feedback: {
        failed_steps: ['knowledge_0', 'data_kql'],
        step_durations_seconds: { knowledge_0: seconds, data_kql: seconds },
      },
      execution_context: anExecutionContext(),
    },
  }));

/** Bodies with a Content-Encoding that do not decode (a corrupt or truncated gzip, deflate that is not). */
export const corruptEncodedBodies = fc
  .tuple(
    fc.constantFrom('gzip', 'deflate', 'br'),
    fc.constantFrom('1f8b0800000000000003ffff', '1f8b08', '00', '789c', 'ffffffff', '7b7d'),
  )
  .map(([contentEncoding, rawHex]) => ({
    body: undefined,
    rawHex,
    contentEncoding,
    contentType: 'application/json',
    kind: 'corrupt encoding',
  }));

/** Every kind of hostile or malformed request, weighted towards the ones that reach deep. */
export const fuzzRequests: fc.Arbitrary<FuzzRequest> = fc.oneof(
  {
    weight: 4,
    arbitrary: mutatedCreatePlan.map((body) => ({
      body,
      contentType: 'application/json',
      kind: 'mutated create_plan',
    })),
  },
  {
    weight: 3,
    arbitrary: randomContextCreatePlan.map((body) => ({
      body,
      contentType: 'application/json',
      kind: 'random context',
    })),
  },
  {
    weight: 2,
    arbitrary: tangledOptimizePlan.map((body) => ({
      body,
      contentType: 'application/json',
      kind: 'tangled optimize_plan',
    })),
  },
  {
    weight: 2,
    arbitrary: rawBodies.map(({ raw, contentType }) => ({ body: undefined, raw, contentType, kind: 'raw body' })),
  },
  {
    weight: 1,
    arbitrary: fc
      .oneof(anyJson, hostileObject)
      .map((body) => ({ body, contentType: 'application/json', kind: 'random json' })),
  },
  {
    weight: 2,
    arbitrary: prototypeKeyCreatePlan.map((body) => ({
      body,
      contentType: 'application/json',
      kind: 'prototype keys',
    })),
  },
  {
    weight: 1,
    arbitrary: oddParameterOptimizePlan.map((body) => ({
      body,
      contentType: 'application/json',
      kind: 'odd optimize params',
    })),
  },
  { weight: 1, arbitrary: corruptEncodedBodies },
);

/** A `POST /journeys` body with hostile parts: odd questions (prototype-member tokens), user_context with hostile keys, wrong types. */
const hostileJourneyBodies = fc.oneof(
  fc.record({
    natural_language: fc.oneof(prototypeTokenQuestion, oddStrings),
    user_context: fc.oneof(fc.constant(undefined), anyJson, hostileObject),
  }),
  fc.oneof(anyJson, hostileObject),
  mutatedCreatePlan.map((request) => ({
    natural_language: (request['parameters'] as Record<string, unknown> | undefined)?.['natural_language'],
    extra: request,
  })),
);

/** Hostile requests for the orchestrator: journeys (sync and async), journey ids, raw and corrupt bodies. */
export const orchestratorFuzzRequests: fc.Arbitrary<
  FuzzRequest & { readonly method: 'GET' | 'POST'; readonly path: string }
> = fc.oneof(
  {
    weight: 5,
    arbitrary: hostileJourneyBodies.map((body) => ({
      method: 'POST' as const,
      path: '/journeys',
      body,
      contentType: 'application/json',
      kind: 'journey body',
    })),
  },
  {
    weight: 1,
    arbitrary: hostileJourneyBodies.map((body) => ({
      method: 'POST' as const,
      path: '/journeys?async=true',
      body,
      contentType: 'application/json',
      kind: 'async journey',
    })),
  },
  {
    weight: 2,
    arbitrary: fc
      .oneof(fc.string({ maxLength: 300 }), hostileKeys, fc.constantFrom('..', '%2e%2e', '%00', 'x'.repeat(5000)))
      .map((id) => ({
        method: 'GET' as const,
        // A bare `.` or `..` (even percent-encoded) is a dot segment that a WHATWG URL client resolves
        // away (`/journeys/..` is `/`), so no client can send it as an id: it is sent with a suffix.
        path: `/journeys/${encodeURIComponent(id).replace(/^\.{1,2}$/, (dots) => `${dots}x`) || 'x'}`,
        body: undefined,
        contentType: 'application/json',
        kind: 'journey id',
      })),
  },
  {
    weight: 2,
    arbitrary: rawBodies.map(({ raw, contentType }) => ({
      method: 'POST' as const,
      path: '/journeys',
      body: undefined,
      raw,
      contentType,
      kind: 'raw body',
    })),
  },
  {
    weight: 1,
    arbitrary: corruptEncodedBodies.map((request) => ({ ...request, method: 'POST' as const, path: '/journeys' })),
  },
);

/** Why an orchestrator answer breaks the rules (a 5xx, a 4xx outside the error format, a journey that is not one), or undefined. */
export function orchestratorFuzzAnswerProblem(status: number, body: unknown): string | undefined {
  if (status >= 500) return `server error ${status}`;
  const record = body && typeof body === 'object' ? (body as Record<string, unknown>) : undefined;
  if (status >= 400) return fuzzAnswerProblem(status, body);
  if (status === 200 || status === 201 || status === 202) {
    return typeof record?.['journey_id'] === 'string' && typeof record['status'] === 'string'
      ? undefined
      : `${status} that is not a journey`;
  }
  return `unexpected status ${status}`;
}

/** Why an answer breaks the rules (a 5xx, a 4xx outside the error format, a 200 that is neither), or undefined. */
export function fuzzAnswerProblem(status: number, body: unknown): string | undefined {
  if (status >= 500) return `server error ${status}`;
  const record = body && typeof body === 'object' ? (body as Record<string, unknown>) : undefined;
  const error = record?.['error'] as Record<string, unknown> | undefined;
  if (status >= 400) {
    if (
      record?.['status'] !== 'failed' ||
      typeof error?.['code'] !== 'string' ||
      typeof error?.['message'] !== 'string'
    )
      return `${status} outside the error format`;
    return undefined;
  }
  if (status === 200) {
    if (record?.['status'] === 'completed' && record['result'] && typeof record['result'] === 'object')
      return undefined;
    if (record?.['status'] === 'failed' && typeof error?.['code'] === 'string') return undefined;
    // A question with nothing to act on: a clarification, no plan.
    const result = record?.['result'] as Record<string, unknown> | undefined;
    if (
      record?.['status'] === 'input_required' &&
      result?.['clarification'] &&
      typeof result['clarification'] === 'object'
    )
      return undefined;
    return '200 that is neither a plan, a clarification nor a planning failure';
  }
  return `unexpected status ${status}`;
}

import fc from 'fast-check';
import { IsEmail, MaxLength } from 'class-validator';
import { AgentDescriptor } from './agents.dto';
import { GenerateQueryParameters, RetrieveContextParameters } from './agent-actions.dto';
import { QueryAnalysis } from './analysis.dto';
import { Clarification, QueryConstraints } from './constraints.dto';
import { compileValidator, compiledValidatorFor, isPlainData } from './compiled-validation';
import { CreateJourneyRequest } from './journey.dto';
import { PlanFeedback, WorkflowPlan } from './plan.dto';
import { CreatePlanParameters, OptimizePlanParameters } from './planner.dto';
import { A2ATaskRequest } from './task.dto';
import { aCreatePlanRequest, aDataAgent, aStep, aWorkflowPlan, anExecutionContext, someSchemaHints } from './testing';
import { validatePlain, validateWithClassValidator } from './validate';

type Json = Record<string, unknown>;

const clone = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

/** JSON with sorted keys: class-transformer writes a class's fields in declaration order, the fast path keeps the sender's. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, node: unknown) =>
    node !== null && typeof node === 'object' && !Array.isArray(node)
      ? Object.fromEntries(Object.entries(node).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : node,
  );

/** Valid examples of every class a service validates, to mutate. */
const samples: Array<{ type: new () => object; value: () => Json }> = [
  {
    type: A2ATaskRequest,
    value: () => aCreatePlanRequest('Show failed sign-ins', { schema_hints: someSchemaHints() }) as unknown as Json,
  },
  {
    type: CreatePlanParameters,
    value: () =>
      aCreatePlanRequest('Show failed sign-ins', { schema_hints: someSchemaHints(), user_context: { role: 'soc' } })
        .parameters as unknown as Json,
  },
  {
    type: OptimizePlanParameters,
    value: () =>
      ({
        plan: aWorkflowPlan([aStep('a'), aStep('b', { depends_on: ['a'] })]),
        feedback: { failed_steps: ['a'] },
        execution_context: anExecutionContext(),
      }) as unknown as Json,
  },
  { type: AgentDescriptor, value: () => aDataAgent('kql') as unknown as Json },
  { type: RetrieveContextParameters, value: () => ({ query: 'reset a password', top_k: 3, domain: 'sop' }) },
  {
    type: GenerateQueryParameters,
    value: () => ({
      platform: 'kql',
      query_analysis: { intent: 'investigate' },
      use_knowledge: true,
      knowledge: [{ id: 'p1', title: 't', source: 's', text: 'x', score: 0.5 }],
    }),
  },
  {
    type: CreateJourneyRequest,
    value: () => ({ natural_language: 'why do logins fail?', user_context: { role: 'sre' } }),
  },
  {
    type: QueryAnalysis,
    value: () =>
      ({
        intent: 'security',
        complexity: 'simple',
        required_platforms: ['kql'],
        confidence: 0.8,
        reasoning: 'r',
        entities: {
          tables: ['SigninLogs'],
          fields: [],
          time_range: 'last 24 hours',
          time_window: {
            expression: 'last 24 hours',
            start: '2026-01-01T00:00:00Z',
            end: '2026-01-02T00:00:00Z',
            duration_seconds: 86_400,
          },
        },
        knowledge_requirements: { requires_sop: false, requires_error_knowledge: false, requires_schema: true },
        query_characteristics: {
          is_aggregation: false,
          is_time_series: true,
          has_joins: false,
          complexity_factors: [],
        },
      }) as Json,
  },
];

/** Constraints with every field filled (a null optional field is left to class-validator by design). */
const fullConstraints = (): Json => ({
  filters: [
    { kind: 'ip', operator: 'eq', values: ['10.0.0.5'], field: 'IPAddress', currency: '', expression: 'from 10.0.0.5' },
    {
      kind: 'amount',
      operator: 'gt',
      values: ['500'],
      field: 'orders.total',
      currency: 'USD',
      expression: 'over $500',
    },
  ],
  measure: { kind: 'distinct_count', of: 'user', field: 'UserPrincipalName' },
  group_by: [{ kind: 'country', field: 'Location' }],
  having: { operator: 'gte', value: 10 },
  time_bucket: { unit: 'hour', size: 1, seconds: 3600 },
  order: { by: 'measure', direction: 'desc' },
  limit: 10,
  inactivity: { duration_seconds: 7_776_000, activity: 'sign-in', expression: 'not signed in for 90 days' },
});

samples.push(
  { type: QueryConstraints, value: fullConstraints },
  {
    type: Clarification,
    value: () => ({
      question: 'What should I look for?',
      missing: ['subject'],
      suggestions: ['Failed sign-ins today', 'Orders by country'],
    }),
  },
  {
    type: QueryAnalysis,
    value: () => {
      const analysis = samples.find((sample) => sample.type === QueryAnalysis)!.value();
      analysis['constraints'] = fullConstraints();
      return analysis;
    },
  },
);

const edgeValues = fc.constantFrom<unknown>(
  null,
  '',
  ' ',
  '\uFE0F',
  '\uFE0Fa',
  '🔥',
  'a'.repeat(64),
  'a'.repeat(65),
  'a'.repeat(128),
  'a'.repeat(129),
  'a'.repeat(256),
  'a'.repeat(257),
  '🔥'.repeat(256),
  '🔥'.repeat(257),
  '\uFE0F'.repeat(300),
  'a'.repeat(4000),
  'a'.repeat(4001),
  -1,
  0,
  0.5,
  1,
  1.5,
  50,
  51,
  86_400,
  86_401,
  1e308,
  true,
  false,
  [],
  [''],
  ['x'],
  [1],
  [null],
  {},
  { a: 1 },
  JSON.parse('{"__proto__": {"polluted": 1}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": 1}}}'),
  { prototype: 1 },
  JSON.parse('{"a":'.repeat(30) + '1' + '}'.repeat(30)),
  Array.from({ length: 201 }, () => ({ id: 'p', title: 't', source: 's', text: 'x', score: 1 })),
);

const mutationValue = fc.oneof(
  { weight: 3, arbitrary: edgeValues },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** Every container (object or array) in a value, with the keys it holds. */
function containers(value: unknown, out: Array<Json | unknown[]> = []): Array<Json | unknown[]> {
  if (value !== null && typeof value === 'object') {
    out.push(value as Json);
    for (const child of Object.values(value)) containers(child, out);
  }
  return out;
}

/** A sample with one to three random edits: a field replaced, removed or added (reserved names included). */
const mutatedSamples = fc
  .tuple(
    fc.integer({ min: 0, max: samples.length - 1 }),
    fc.array(
      fc.record({
        at: fc.nat(),
        kind: fc.constantFrom('replace', 'remove', 'add'),
        key: fc.constantFrom('extra', '__proto__', 'constructor', 'prototype', 'toString', 'agent_id', 'steps', 'x'),
        value: mutationValue,
      }),
      { minLength: 1, maxLength: 3 },
    ),
  )
  .map(([index, edits]) => {
    const { type, value } = samples[index]!;
    const body = value();
    for (const edit of edits) {
      const all = containers(body);
      const target = all[edit.at % all.length]!;
      if (Array.isArray(target)) {
        const at = edit.at % Math.max(1, target.length);
        if (edit.kind === 'remove') target.splice(at, 1);
        else if (edit.kind === 'replace' && target.length > 0) target[at] = clone(edit.value);
        else target.push(clone(edit.value));
        continue;
      }
      const keys = Object.keys(target);
      if (edit.kind === 'add' || keys.length === 0) {
        // Defined, not assigned, so "__proto__" becomes an own key as JSON.parse makes it.
        Object.defineProperty(target, edit.key, {
          value: clone(edit.value),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      } else if (edit.kind === 'remove') delete target[keys[edit.at % keys.length]!];
      else target[keys[edit.at % keys.length]!] = clone(edit.value);
    }
    return { type, body };
  });

describe('compiled validation', () => {
  it('compiles every class the mesh validates', () => {
    const notCompiled = samples
      .map(({ type }) => [type.name, compileValidator(type)] as const)
      .filter(([, outcome]) => 'notCompilable' in outcome);

    expect(notCompiled).toEqual([]);
  });

  it('accepts the contract examples without class-validator', () => {
    for (const { type, value } of samples) expect(compiledValidatorFor(type)?.(value())).toBe(true);
  });

  it('answers exactly as class-validator does, on valid, broken and hostile values alike', () => {
    let fast = 0;
    fc.assert(
      fc.property(mutatedSamples, ({ type, body }) => {
        // Bodies reach the validators from JSON.parse: each side gets its own parse of the same text.
        const text = JSON.stringify(body);
        const expected = validateWithClassValidator(type, JSON.parse(text) as object);
        if (compiledValidatorFor(type)?.(JSON.parse(text))) fast += 1;

        const actual = validatePlain(type, JSON.parse(text));

        expect(actual.ok).toBe(expected.ok);
        if (actual.ok && expected.ok) expect(canonical(actual.value)).toBe(canonical(expected.value));
        if (!actual.ok && !expected.ok) expect(actual.failures).toEqual(expected.failures);
      }),
      { numRuns: 3000 },
    );
    expect(fast).toBeGreaterThan(300);
  });

  it('accepts schema_hints as a flat list on the fast path', () => {
    const parameters = aCreatePlanRequest('q', { schema_hints: ['SigninLogs'] }).parameters;

    expect(compiledValidatorFor(CreatePlanParameters)?.(clone(parameters))).toBe(true);
  });

  it('leaves a null optional field to class-validator, which accepts it', () => {
    const body = { natural_language: 'q', user_context: null };

    expect(compiledValidatorFor(CreateJourneyRequest)?.(clone(body))).toBe(false);
    expect(validatePlain(CreateJourneyRequest, body).ok).toBe(true);
  });

  it('never accepts a reserved key, at any depth of an untyped object', () => {
    const request = aCreatePlanRequest('q') as unknown as Json;
    (request['parameters'] as Json)['deep'] = { list: [JSON.parse('{"constructor": 1}')] };

    expect(compiledValidatorFor(A2ATaskRequest)?.(request)).toBe(false);
  });

  it('leaves a body with fields the contract does not list to class-validator, which strips them', () => {
    const parameters = aCreatePlanRequest('q', { schema_hints: { kql: { tables: { T: ['a'] } }, extra: 1 } })
      .parameters as unknown as Json;
    (parameters['execution_context'] as Json)['future'] = true;

    const outcome = validatePlain(CreatePlanParameters, parameters);

    expect(compiledValidatorFor(CreatePlanParameters)?.(parameters)).toBe(false);
    expect(outcome.ok && (outcome.value.execution_context as unknown as Json)['future']).toBeUndefined();
    expect(outcome.ok && outcome.value.execution_context.schema_hints).toEqual({
      kql: { tables: { T: ['a'] } },
      extra: 1,
    });
  });

  it('never changes the value it validates', () => {
    const plan = aWorkflowPlan([aStep('a')]) as unknown as Json;
    plan['planner_extension'] = { kept: true };
    (plan['steps'] as Json[])[0]!['planner_note'] = 'kept';
    const before = JSON.stringify(plan);

    expect(validatePlain(WorkflowPlan, plan).ok).toBe(true);
    expect(JSON.stringify(plan)).toBe(before);
  });

  it('leaves a constraint JSON Schema cannot hold to class-validator', () => {
    class Fraction {
      @MaxLength(2.5)
      text!: string;
    }

    const outcome = compileValidator(Fraction);

    expect('notCompilable' in outcome && outcome.notCompilable).toMatch(/^ajv: /);
    expect(validatePlain(Fraction, { text: 'ab' }).ok).toBe(true);
    expect(validatePlain(Fraction, { text: 'abc' }).ok).toBe(false);
  });

  it('does not compile a class with a rule it has no exact form for, and validatePlain still checks it', () => {
    class Contact {
      @IsEmail()
      email!: string;
    }

    expect(compileValidator(Contact)).toEqual({ notCompilable: 'no compiled form for the "isEmail" rule' });
    expect(validatePlain(Contact, { email: 'not an address' }).ok).toBe(false);
    expect(validatePlain(Contact, { email: 'ops@example.com' }).ok).toBe(true);
  });

  it('follows nested classes and arrays of them', () => {
    const plan = aWorkflowPlan([aStep('a')]) as unknown as Json;
    (plan['steps'] as Json[])[0]!['agent_id'] = '';

    expect(compiledValidatorFor(WorkflowPlan)?.(plan)).toBe(false);
    expect(compiledValidatorFor(PlanFeedback)?.({ failed_steps: ['a'], unavailable_agents: [] })).toBe(true);
  });

  it('checks the items of an array once for all its `each` rules, not once per rule', () => {
    const dependsOn = Array.from({ length: 100 }, (_, i) => `s${i}`);
    let reads = 0;
    const counted = new Proxy(dependsOn, {
      get: (target, key, receiver) => {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });

    expect(compiledValidatorFor(PlanFeedback)?.({ failed_steps: counted, unavailable_agents: [] })).toBe(true);
    // One pass for the rules, one for the plain-data check.
    expect(reads).toBeLessThanOrEqual(2 * dependsOn.length);
  });

  it('walks arrays by index in the plain-data check (no string per index)', () => {
    const items = new Proxy(['a', ['b']], {
      ownKeys: () => {
        throw new Error('enumerated');
      },
    });

    expect(isPlainData({ items }, 64, 0)).toBe(true);
  });
});

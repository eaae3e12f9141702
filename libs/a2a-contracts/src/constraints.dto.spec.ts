import { QueryAnalysis } from './analysis.dto';
import { Clarification, QueryConstraints } from './constraints.dto';
import { validatePlain } from './validate';

const analysis = (constraints: unknown): Record<string, unknown> => ({
  intent: 'security',
  complexity: 'simple',
  required_platforms: ['kql'],
  confidence: 0.8,
  reasoning: 'r',
  entities: { tables: ['SigninLogs'], fields: [], time_range: null },
  knowledge_requirements: { requires_sop: false, requires_error_knowledge: false, requires_schema: true },
  query_characteristics: { is_aggregation: true, is_time_series: false, has_joins: false, complexity_factors: [] },
  ...(constraints === undefined ? {} : { constraints }),
});

const constraints = (): Record<string, unknown> => ({
  filters: [
    {
      kind: 'event_id',
      operator: 'in',
      values: ['4625', '4740'],
      field: 'EventID',
      currency: null,
      expression: 'events 4625 and 4740',
    },
  ],
  measure: { kind: 'count', of: null, field: null },
  group_by: [{ kind: 'user', field: null }],
  having: { operator: 'gt', value: 5 },
  time_bucket: null,
  order: { by: 'measure', direction: 'desc' },
  limit: 10,
  inactivity: null,
});

describe('QueryConstraints on the wire', () => {
  it('accepts an analysis with constraints whose absent parts are null', () => {
    const outcome = validatePlain(QueryAnalysis, analysis(constraints()));

    expect(outcome.ok).toBe(true);
    expect(outcome.ok && outcome.value.constraints?.filters[0]?.values).toEqual(['4625', '4740']);
  });

  it('accepts an analysis without constraints, as older planners send it', () => {
    expect(validatePlain(QueryAnalysis, analysis(undefined)).ok).toBe(true);
  });

  it('rejects an unknown filter operator', () => {
    const body = constraints();
    (body['filters'] as Array<Record<string, unknown>>)[0]!['operator'] = 'like';

    const outcome = validatePlain(QueryAnalysis, analysis(body));

    expect(outcome.ok).toBe(false);
  });

  it('rejects a filter without values', () => {
    const body = constraints();
    (body['filters'] as Array<Record<string, unknown>>)[0]!['values'] = [];

    expect(validatePlain(QueryConstraints, body).ok).toBe(false);
  });

  it('rejects more than 32 filters', () => {
    const body = constraints();
    body['filters'] = Array.from({ length: 33 }, () => (constraints()['filters'] as unknown[])[0]);

    expect(validatePlain(QueryConstraints, body).ok).toBe(false);
  });

  it('rejects a fractional time bucket size and a zero limit', () => {
    expect(
      validatePlain(QueryConstraints, { ...constraints(), time_bucket: { unit: 'minute', size: 2.5, seconds: 150 } })
        .ok,
    ).toBe(false);
    expect(validatePlain(QueryConstraints, { ...constraints(), limit: 0 }).ok).toBe(false);
  });

  it('accepts a dated inactivity, a ratio of two columns and a share of the total, and rejects a ratio without its whole', () => {
    const body = {
      ...constraints(),
      inactivity: {
        duration_seconds: 86_400,
        activity: 'login',
        expression: 'no login after 2025-03-01',
        before: '2025-03-01T00:00:00.000Z',
      },
      ratio: {
        part: 'used',
        whole: 'quota',
        part_field: 'used_gb',
        whole_field: 'quota_gb',
        expression: 'quota usage',
      },
      share_of_total: { expression: 'share of sales per region' },
    };

    expect(validatePlain(QueryConstraints, body).ok).toBe(true);
    expect(validatePlain(QueryConstraints, { ...body, ratio: { ...body.ratio, whole: undefined } }).ok).toBe(false);
  });

  it('accepts a change from the bucket before, and rejects one without its words', () => {
    const body = { ...constraints(), period_change: { expression: 'week-on-week growth' } };

    expect(validatePlain(QueryConstraints, body).ok).toBe(true);
    expect(validatePlain(QueryConstraints, { ...body, period_change: {} }).ok).toBe(false);
  });
});

describe('Clarification on the wire', () => {
  it('accepts at most three suggestions', () => {
    const clarification = { question: 'What should I look for?', missing: ['subject'], suggestions: ['a', 'b', 'c'] };

    expect(validatePlain(Clarification, clarification).ok).toBe(true);
    expect(validatePlain(Clarification, { ...clarification, suggestions: ['a', 'b', 'c', 'd'] }).ok).toBe(false);
  });
});

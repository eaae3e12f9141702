import { FILTER_KINDS, FILTER_OPERATORS } from '@mesh/a2a-contracts';
import { constraintsAnswerSchema, readModelConstraints } from './model-constraints';
import { hasUnsupportedKeywords } from './analysis-json-schema';

const PROMPT = 'Question: failed sign-ins for bob@contoso.com over $500, top 5 users';
const COLUMNS = new Map([['userprincipalname', 'UserPrincipalName']]);

const answer = (overrides: Record<string, unknown> = {}) => ({
  filters: [
    {
      kind: 'user',
      operator: 'eq',
      values: ['bob@contoso.com'],
      field: 'userprincipalname',
      currency: null,
      expression: 'for bob@contoso.com',
    },
  ],
  measure: { kind: 'count', of: null, field: null },
  group_by: [{ kind: 'user', field: 'UserPrincipalName' }],
  having: null,
  time_bucket: null,
  order: { by: 'measure', direction: 'desc' },
  limit: 5,
  inactivity: null,
  ...overrides,
});

describe('readModelConstraints', () => {
  it('keeps valid constraints, mapping fields to the columns as the hints spell them', () => {
    const { constraints, discarded } = readModelConstraints(answer(), PROMPT, COLUMNS);

    expect(discarded).toEqual([]);
    expect(constraints?.filters[0]).toMatchObject({
      kind: 'user',
      values: ['bob@contoso.com'],
      field: 'UserPrincipalName',
    });
    expect(constraints?.limit).toBe(5);
  });

  it('drops a filter whose value the question does not contain', () => {
    const filters = [
      { kind: 'ip', operator: 'eq', values: ['10.9.9.9'], field: null, currency: null, expression: 'an IP' },
    ];

    const { constraints, discarded } = readModelConstraints(answer({ filters }), PROMPT, COLUMNS);

    expect(constraints?.filters).toEqual([]);
    expect(discarded[0]).toMatch(/not in the question/);
  });

  it('keeps an amount comparison, whose number the model may have normalised', () => {
    const filters = [
      { kind: 'amount', operator: 'gt', values: ['500.00'], field: null, currency: 'USD', expression: 'over $500' },
    ];

    expect(readModelConstraints(answer({ filters }), PROMPT, COLUMNS).constraints?.filters[0]).toMatchObject({
      kind: 'amount',
      currency: 'USD',
    });
  });

  it('sets a field that is no column of the named tables to null', () => {
    const group = [{ kind: 'user', field: 'Invented' }];

    expect(readModelConstraints(answer({ group_by: group }), PROMPT, COLUMNS).constraints?.group_by).toEqual([
      { kind: 'user', field: null },
    ]);
  });

  it('answers none for invalid constraints, and for none at all', () => {
    expect(readModelConstraints(answer({ limit: -3 }), PROMPT, COLUMNS)).toMatchObject({
      constraints: null,
      discarded: [expect.stringContaining('limit')],
    });
    expect(readModelConstraints({ filters: 'everything' }, PROMPT, COLUMNS).constraints).toBeNull();
    expect(readModelConstraints(undefined, PROMPT, COLUMNS)).toEqual({ constraints: null, discarded: [] });
  });
});

describe('constraintsAnswerSchema', () => {
  it('carries no keyword Ollama rejects and requires every part', () => {
    const schema = constraintsAnswerSchema(FILTER_KINDS, FILTER_OPERATORS);

    expect(hasUnsupportedKeywords(schema)).toBe(false);
    expect(schema.required).toEqual([
      'filters',
      'measure',
      'group_by',
      'having',
      'time_bucket',
      'order',
      'limit',
      'inactivity',
    ]);
  });
});

import type { ConstraintFilter, QueryConstraints } from '@mesh/a2a-contracts';
import { mergeConstraints } from './merge-constraints';

const filter = (kind: ConstraintFilter['kind'], value: string): ConstraintFilter => ({
  kind,
  operator: 'eq',
  values: [value],
  field: null,
  currency: null,
  expression: value,
});

const none: QueryConstraints = {
  filters: [],
  measure: null,
  group_by: [],
  having: null,
  time_bucket: null,
  order: null,
  limit: null,
  inactivity: null,
};

describe('mergeConstraints', () => {
  it('keeps every heuristic filter and adds the model’s only of kinds the heuristics did not find', () => {
    const heuristic = { ...none, filters: [filter('ip', '10.0.0.5')] };
    const model = { ...none, filters: [filter('ip', '10.0.0.6'), filter('status', 'failed')] };

    expect(mergeConstraints(heuristic, model).filters).toEqual([filter('ip', '10.0.0.5'), filter('status', 'failed')]);
  });

  it('lets the model fill the shape the heuristics left empty, never replace it', () => {
    const heuristic: QueryConstraints = { ...none, limit: 10, order: { by: 'measure', direction: 'desc' } };
    const model: QueryConstraints = {
      ...none,
      limit: 5,
      measure: { kind: 'count', of: 'user', field: null },
      group_by: [{ kind: 'user', field: null }],
    };

    expect(mergeConstraints(heuristic, model)).toMatchObject({
      limit: 10,
      order: { by: 'measure', direction: 'desc' },
      measure: { kind: 'count' },
      group_by: [{ kind: 'user' }],
    });
  });

  it('carries a ratio of two columns and a share of the total the heuristics read', () => {
    const heuristic: QueryConstraints = {
      ...none,
      ratio: {
        part: 'used',
        whole: 'quota',
        part_field: 'used_gb',
        whole_field: 'quota_gb',
        expression: 'quota usage',
      },
      share_of_total: { expression: 'share of sales per region' },
    };

    expect(mergeConstraints(heuristic, { ...none, limit: 5 })).toMatchObject({
      ratio: { part_field: 'used_gb', whole_field: 'quota_gb' },
      share_of_total: { expression: 'share of sales per region' },
    });
  });

  it('carries the optional parts the heuristics read (extra measures, comparison, absence, shown columns)', () => {
    const heuristic: QueryConstraints = {
      ...none,
      measure: { kind: 'min', of: 'time', field: null },
      extra_measures: [{ kind: 'max', of: 'time', field: null }],
      absence: { of: 'order', subject: 'customer', expression: 'never ordered' },
      show: [{ kind: 'command_line', field: null }],
    };

    expect(mergeConstraints(heuristic, { ...none, limit: 5 })).toMatchObject({
      limit: 5,
      extra_measures: [{ kind: 'max', of: 'time' }],
      absence: { of: 'order' },
      show: [{ kind: 'command_line' }],
    });
  });

  it('keeps the heuristic constraints when the model has none, and answers empty constraints when neither has', () => {
    const heuristic = { ...none, filters: [filter('hash', 'd41d8cd98f00b204e9800998ecf8427e')] };

    expect(mergeConstraints(heuristic, null)).toBe(heuristic);
    expect(mergeConstraints(undefined, null)).toEqual(none);
  });
});

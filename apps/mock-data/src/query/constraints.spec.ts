import { readConstraints } from './constraints';
import { aConstraints, aFilter } from './testing/analysis-fixtures';

describe('readConstraints', () => {
  it('should read a full spec object', () => {
    const notes: string[] = [];
    const c = readConstraints(
      aConstraints({
        filters: [aFilter('event_id', ['4625', '4740'])],
        measure: { kind: 'distinct_count', of: 'user', field: 'UserPrincipalName' },
        group_by: [{ kind: 'Country', field: null }],
        having: { operator: 'gte', value: 10 },
        time_bucket: { unit: 'hour', size: 1, seconds: 3600 },
        order: { by: 'measure', direction: 'desc' },
        limit: 10,
        inactivity: { duration_seconds: 7_776_000, activity: 'login', expression: 'not logged in for 90 days' },
      }),
      notes,
    );
    expect(c).toEqual({
      filters: [
        {
          kind: 'event_id',
          operator: 'in',
          values: ['4625', '4740'],
          field: null,
          currency: null,
          expression: '4625 4740',
        },
      ],
      measure: { kind: 'distinct_count', of: 'user', field: 'UserPrincipalName', percentile: null },
      groupBy: [{ kind: 'country', field: null }],
      having: { operator: 'gte', value: 10 },
      timeBucket: { unit: 'hour', size: 1, seconds: 3600 },
      order: { by: 'measure', direction: 'desc' },
      limit: 10,
      inactivity: {
        durationSeconds: 7_776_000,
        activity: 'login',
        expression: 'not logged in for 90 days',
        before: null,
      },
      extraMeasures: [],
      comparison: null,
      difference: null,
      absence: null,
      share: null,
      ratio: null,
      shareOfTotal: null,
      periodChange: null,
      periodComparison: null,
      show: [],
    });
    expect(notes).toEqual([]);
  });

  it('should read the optional measures, comparison, absence and shown columns', () => {
    const notes: string[] = [];
    const c = readConstraints(
      {
        ...aConstraints({ measure: { kind: 'percentile', of: 'duration', field: null, percentile: 95 } }),
        extra_measures: [{ kind: 'median', of: 'duration', field: null }, { kind: 'mode' }],
        comparison: {
          left: 'spent',
          operator: 'gt',
          right: 'budget',
          left_field: 'spent',
          right_field: null,
          expression: 'overspent',
        },
        absence: { of: 'order', subject: 'customer', expression: 'never ordered' },
        show: [{ kind: 'command_line', field: 'CommandLine' }],
      },
      notes,
    );
    expect(c).toMatchObject({
      measure: { kind: 'percentile', percentile: 95 },
      extraMeasures: [{ kind: 'median', percentile: 50 }],
      comparison: { left: 'spent', operator: 'gt', right: 'budget', leftField: 'spent', rightField: null },
      absence: { of: 'order', subject: 'customer' },
      show: [{ kind: 'command_line', field: 'CommandLine' }],
    });
    expect(notes).toHaveLength(1);
  });

  it('should read a difference of two values, and skip one that lacks a side', () => {
    const notes: string[] = [];
    const read = (difference: unknown) => readConstraints({ ...aConstraints({}), difference }, notes)?.difference;
    expect(
      read({ left: 'quota', right: 'used', left_field: 'quota', right_field: null, expression: 'quota remaining' }),
    ).toEqual({ left: 'quota', right: 'used', leftField: 'quota', rightField: null, expression: 'quota remaining' });
    expect(read({ left: 'quota' })).toBeNull();
  });

  it('should read a ratio of two columns and a share of the total, and skip a ratio that lacks its whole', () => {
    const notes: string[] = [];
    const read = (extra: Record<string, unknown>) => readConstraints({ ...aConstraints({}), ...extra }, notes);
    expect(
      read({
        ratio: { part: 'used', whole: 'quota', part_field: 'used_gb', whole_field: null, expression: 'quota usage' },
        share_of_total: { expression: 'share of sales per region' },
        period_change: { expression: 'week-on-week growth' },
      }),
    ).toMatchObject({
      ratio: { part: 'used', whole: 'quota', partField: 'used_gb', wholeField: null, expression: 'quota usage' },
      shareOfTotal: { expression: 'share of sales per region' },
      periodChange: { expression: 'week-on-week growth' },
    });
    expect(read({ ratio: { part: 'used' } })?.ratio).toBeNull();
  });

  it('should read two compared periods, and skip them without a readable start', () => {
    const notes: string[] = [];
    const read = (period_comparison: unknown) =>
      readConstraints({ ...aConstraints({}), period_comparison }, notes)?.periodComparison;
    expect(
      read({
        expression: 'last week vs the week before',
        split_at: '2026-11-16T00:00:00Z',
        seconds: 604_800,
        calendar: 'week',
        offset: -1,
      }),
    ).toEqual({
      expression: 'last week vs the week before',
      splitAt: '2026-11-16T00:00:00.000Z',
      seconds: 604_800,
      calendar: 'week',
      offset: -1,
    });
    expect(read({ split_at: '2026-11-22T07:00:00Z', seconds: 604_800, calendar: 'fortnight' })).toMatchObject({
      calendar: null,
      offset: 0,
    });
    expect(read({ split_at: 'soon', seconds: 604_800 })).toBeNull();
    expect(notes).toHaveLength(1);
  });

  it('should read the date of an inactivity, and fall back on its duration when the date is not one', () => {
    const notes: string[] = [];
    const inactivity = (before: unknown) =>
      readConstraints(
        { ...aConstraints({}), inactivity: { duration_seconds: 600, activity: 'login', expression: 'x', before } },
        notes,
      )?.inactivity;
    expect(inactivity('2025-03-01T00:00:00Z')?.before).toBe('2025-03-01T00:00:00.000Z');
    expect(inactivity('the ides of March')).toMatchObject({ durationSeconds: 600, before: null });
    expect(notes).toHaveLength(1);
  });

  it('should skip a percentile without a rank', () => {
    const notes: string[] = [];
    const c = readConstraints(
      aConstraints({ measure: { kind: 'percentile', of: 'x', field: null, percentile: 140 } }),
      notes,
    );
    expect(c!.measure).toBeNull();
    expect(notes).toHaveLength(1);
  });

  it('should answer null when the analysis has no constraints (an older planner)', () => {
    expect(readConstraints(undefined, [])).toBeNull();
    expect(readConstraints('nope', [])).toBeNull();
  });

  it('should skip unknown kinds, operators and malformed parts with notes, never throw', () => {
    const notes: string[] = [];
    const c = readConstraints(
      {
        filters: [
          { kind: 'planet', operator: 'eq', values: ['mars'] },
          { kind: 'ip', operator: 'near', values: ['1.2.3.4'] },
          { kind: 'ip', operator: 'eq', values: [] },
          null,
          7,
        ],
        measure: { kind: 'mode' },
        group_by: [{ kind: '' }, 'x', { kind: 'constructor', field: 5 }],
        having: { operator: 'gt', value: 'lots' },
        time_bucket: { unit: 'fortnight' },
        limit: -3,
        inactivity: { duration_seconds: -1 },
      },
      notes,
    );
    expect(c).toMatchObject({
      filters: [],
      measure: null,
      groupBy: [{ kind: 'constructor', field: null }],
      having: null,
      timeBucket: null,
      limit: null,
      inactivity: null,
    });
    expect(notes.length).toBeGreaterThanOrEqual(6);
  });

  it('should bound the number of filters and values', () => {
    const many = Array.from({ length: 100 }, (_, i) => aFilter('port', [String(i)]));
    const c = readConstraints({ filters: many, group_by: [] }, []);
    expect(c!.filters).toHaveLength(32);
  });
});

import { NO_CONSTRAINTS, type QueryConstraints } from './constraints';
import { SQL_SCHEMA } from './testing/bundled-schemas';
import {
  exposedName,
  groupedPart,
  measuresApart,
  measuresNamedApart,
  selectItems,
  sideBySide,
} from './sql-measures-apart.util';

const TABLES = ['visits', 'bookings', 'guests'];
const base: QueryConstraints = {
  ...NO_CONSTRAINTS,
  measure: { kind: 'sum', of: 'visit fee', field: 'visits.fee', percentile: null },
  extraMeasures: [{ kind: 'sum', of: 'booking price', field: 'bookings.price', percentile: null }],
  groupBy: [{ kind: 'guest', field: 'visits.guest_id' }],
  filters: [
    { kind: 'status', operator: 'eq', values: ['void'], field: 'bookings.state', currency: null, expression: 'void' },
    { kind: 'country', operator: 'eq', values: ['Chile'], field: 'guests.country', currency: null, expression: 'x' },
  ],
  limit: 7,
};

describe('measuresApart', () => {
  it("splits measures of two tables, each with its own table's filters and the shared ones", () => {
    const [visits, bookings] = measuresApart(base, TABLES)!;
    expect(visits!.table).toBe('visits');
    expect(visits!.constraints.filters.map((f) => f.field)).toEqual(['guests.country']);
    expect(bookings!.constraints.filters.map((f) => f.field)).toEqual(['bookings.state', 'guests.country']);
    // A key of the other table is found again by its kind.
    expect(bookings!.constraints.groupBy).toEqual([{ kind: 'guest', field: null }]);
    expect(bookings!.constraints.limit).toBeNull();
  });

  it('keeps measures of one table, or a threshold, together', () => {
    expect(measuresApart({ ...base, extraMeasures: [] }, TABLES)).toBeNull();
    expect(measuresApart({ ...base, having: { operator: 'gt', value: 3 } }, TABLES)).toBeNull();
  });
});

describe('sideBySide', () => {
  it('joins two grouped queries on their keys, naming alike measures for their tables', () => {
    expect(selectItems("DATE_TRUNC('week', v.at) AS bucket, SUM(v.fee) AS total")).toHaveLength(2);
    expect(exposedName('g.name')).toBe('name');
    const a = groupedPart(
      'visits',
      'SELECT g.name, COUNT(*) AS count\nFROM visits v\nORDER BY count DESC\nLIMIT 9',
      1,
    )!;
    const b = groupedPart('bookings', 'SELECT g.name, COUNT(*) AS count\nFROM bookings b', 1)!;
    expect(a.lines).toEqual(['SELECT g.name, COUNT(*) AS count', 'FROM visits v']);
    const query = sideBySide(a, b, null)!;
    expect(query).toContain('SELECT name, a.count AS visits_count, b.count AS bookings_count');
    expect(query).toContain(') AS b USING (name)');
    expect(sideBySide(a, { ...b, keys: ['other'] }, null)).toBeNull();
  });
});

describe('measuresNamedApart', () => {
  const monthly: QueryConstraints = {
    ...NO_CONSTRAINTS,
    measure: { kind: 'sum', of: 'values', field: 'invoices.amount', percentile: null },
    timeBucket: { unit: 'week', size: 1, seconds: 604_800 },
  };

  it("reads two tables named with their money and set side by side as a sum of each one's money column", () => {
    const c = measuresNamedApart(monthly, SQL_SCHEMA, 'weekly value of orders versus the value of invoices')!;
    expect(c.measure).toMatchObject({ kind: 'sum', field: 'orders.total' });
    expect(c.extraMeasures).toEqual([expect.objectContaining({ kind: 'sum', field: 'invoices.amount' })]);
    expect(measuresNamedApart(monthly, SQL_SCHEMA, 'invoiced sums compared with order totals')?.measure?.field).toBe(
      'invoices.amount',
    );
  });

  it('keeps one table named, two tables not set side by side, and a threshold', () => {
    expect(measuresNamedApart(monthly, SQL_SCHEMA, 'weekly invoice amounts')).toBeNull();
    expect(measuresNamedApart(monthly, SQL_SCHEMA, 'order totals where the invoice amounts differ')).toBeNull();
    const held = { ...monthly, having: { operator: 'gt' as const, value: 9 } };
    expect(measuresNamedApart(held, SQL_SCHEMA, 'order totals vs invoice amounts')).toBeNull();
  });
});

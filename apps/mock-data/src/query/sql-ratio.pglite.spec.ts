import { aConstraints, aFilter } from './testing/analysis-fixtures';
import { seededPostgres } from './testing/seeded-postgres';
import type { SeedRows } from './testing/sql-seed';

/**
 * A used column as a percentage of its allotment, each group's part of the total, and inactivity said with
 * a date: answered on PGlite and checked against the same rows in JavaScript.
 */
const NOW = new Date();
const DAY_MS = 86_400_000;
const postgres = seededPostgres(NOW);
let rows: SeedRows;

beforeAll(() => {
  rows = postgres.rows();
});

const byKey = (result: { rows: Record<string, unknown>[] }, key: string, value: string) =>
  new Map(result.rows.map((r) => [String(r[key]).trim(), Number(r[value])]));

/** Each value within a rounding step of the one computed here. */
function expectClose(actual: Map<string, number>, expected: Map<string, number>): void {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [key, value] of expected) expect(Math.abs(actual.get(key)! - value)).toBeLessThanOrEqual(0.006);
}

describe('SQL ratios and shares of a total on PGlite', () => {
  it('should answer a used column as a percentage of its allotment per group', async () => {
    const result = await postgres.run({
      tables: ['budget'],
      question: 'funds consumed per department as a percent of the allotment',
      constraints: aConstraints({
        measure: { kind: 'sum', of: 'spent', field: 'spent' },
        extra_measures: [{ kind: 'sum', of: 'allotment', field: 'amount' }],
        group_by: [{ kind: 'department', field: 'department' }],
        ratio: { part: 'spent', whole: 'allotment', part_field: 'spent', whole_field: 'amount', expression: 'x' },
      }),
    });
    const sums = new Map<string, { spent: number; amount: number }>();
    for (const b of rows.budget) {
      const sum = sums.get(b.department) ?? { spent: 0, amount: 0 };
      sums.set(b.department, { spent: sum.spent + b.spent, amount: sum.amount + b.amount });
    }
    const expected = new Map([...sums].map(([d, s]) => [d, Math.round((10_000 * s.spent) / s.amount) / 100]));

    expect(result.query).toContain('ROUND(100.0 * SUM(b.spent) / NULLIF(SUM(b.amount), 0), 2) AS spent_pct_of_amount');
    expect(result.query).toContain('ORDER BY spent_pct_of_amount DESC');
    expectClose(byKey(result, 'department', 'spent_pct_of_amount'), expected);
  });

  it('should answer one summed column over another as a plain quotient when the ratio is said plain', async () => {
    const result = await postgres.run({
      tables: ['budget'],
      question: 'ratio of spent to allotment per department',
      constraints: aConstraints({
        measure: { kind: 'sum', of: 'spent', field: 'spent' },
        extra_measures: [{ kind: 'sum', of: 'allotment', field: 'amount' }],
        group_by: [{ kind: 'department', field: 'department' }],
        ratio: {
          part: 'spent',
          whole: 'allotment',
          part_field: 'spent',
          whole_field: 'amount',
          expression: 'x',
          plain: true,
        },
      }),
    });
    const sums = new Map<string, { spent: number; amount: number }>();
    for (const b of rows.budget) {
      const sum = sums.get(b.department) ?? { spent: 0, amount: 0 };
      sums.set(b.department, { spent: sum.spent + b.spent, amount: sum.amount + b.amount });
    }
    expect(result.query).toContain('AS spent_to_amount');
    expectClose(
      byKey(result, 'department', 'spent_to_amount'),
      new Map([...sums].map(([d, s]) => [d, Math.round((100 * s.spent) / s.amount) / 100])),
    );
  });

  it("should answer each group's count as a percentage of all rows, the total taken before the limit", async () => {
    const result = await postgres.run({
      tables: ['orders'],
      question: 'which currency brings the biggest share of all orders',
      constraints: aConstraints({
        measure: { kind: 'count', of: null, field: null },
        group_by: [{ kind: 'currency', field: 'currency' }],
        order: { by: 'measure', direction: 'desc' },
        limit: 1,
        share_of_total: { expression: 'share of all orders' },
      }),
    });
    const counts = new Map<string, number>();
    for (const o of rows.orders) counts.set(o.currency, (counts.get(o.currency) ?? 0) + 1);
    const [top, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;

    expect(result.query).toMatch(/100\.0 \* COUNT\(\*\) \/ NULLIF\(SUM\(COUNT\(\*\)\) OVER \(\), 0\)/);
    expectClose(
      byKey(result, 'currency', 'pct_of_total_count'),
      new Map([[top, Math.round((10_000 * count) / rows.orders.length) / 100]]),
    );
  });

  it("should answer each group's sum as a percentage of the sum over all groups", async () => {
    const result = await postgres.run({
      tables: ['orders'],
      question: 'what part of the order value does every status account for, in percent',
      constraints: aConstraints({
        measure: { kind: 'sum', of: 'order value', field: 'total' },
        group_by: [{ kind: 'status', field: 'status' }],
        share_of_total: { expression: 'part of the order value does every status' },
      }),
    });
    const sums = new Map<string, number>();
    for (const o of rows.orders) sums.set(o.status, (sums.get(o.status) ?? 0) + o.total);
    const all = [...sums.values()].reduce((a, b) => a + b, 0);

    expectClose(
      byKey(result, 'status', 'pct_of_total_sum_total'),
      new Map([...sums].map(([s, v]) => [s, Math.round((10_000 * v) / all) / 100])),
    );
    expect(result.rows.reduce((a, r) => a + Number(r['pct_of_total_sum_total']), 0)).toBeCloseTo(100, 1);
  });

  it('should keep only the groups whose share of the total passes a threshold said in percent', async () => {
    const result = await postgres.run({
      tables: ['orders'],
      question: 'which statuses made up more than 20% of the order value',
      constraints: aConstraints({
        measure: { kind: 'sum', of: 'order value', field: 'total' },
        group_by: [{ kind: 'status', field: 'status' }],
        having: { operator: 'gt', value: 20, percent: true },
        share_of_total: { expression: 'made up more than 20% of' },
      }),
    });
    const sums = new Map<string, number>();
    for (const o of rows.orders) sums.set(o.status, (sums.get(o.status) ?? 0) + o.total);
    const all = [...sums.values()].reduce((a, b) => a + b, 0);
    const shares = [...sums].map(([s, v]) => [s, Math.round((10_000 * v) / all) / 100] as const);

    expect(result.query).toContain('WHERE pct_of_total_sum_total > 20');
    expectClose(byKey(result, 'status', 'pct_of_total_sum_total'), new Map(shares.filter(([, p]) => p > 20)));
  });
});

describe('SQL change from the period before on PGlite', () => {
  it("should answer each day's count beside its change from the day before, in percent", async () => {
    const result = await postgres.run({
      tables: ['orders'],
      question: 'orders placed each day, day on day change',
      constraints: aConstraints({
        measure: { kind: 'count', of: null, field: null },
        time_bucket: { unit: 'day', size: 1, seconds: 86_400 },
        period_change: { expression: 'day on day change' },
      }),
    });
    const perDay = new Map<string, number>();
    for (const o of rows.orders) {
      const day = o.created_at.toISOString().slice(0, 10);
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }
    const days = [...perDay.keys()].sort();
    const counted = result.rows.map((r) => Number(r['count']));
    const changes = result.rows.map((r) => (r['pct_change_count'] === null ? null : Number(r['pct_change_count'])));

    expect(result.query).toContain('LAG(COUNT(*)) OVER (ORDER BY DATE_TRUNC(');
    expect(counted).toEqual(days.map((d) => perDay.get(d)));
    expect(changes[0]).toBeNull();
    for (let i = 1; i < days.length; i += 1) {
      const [was, now] = [perDay.get(days[i - 1]!)!, perDay.get(days[i]!)!];
      expect(Math.abs(changes[i]! - Math.round((10_000 * (now - was)) / was) / 100)).toBeLessThanOrEqual(0.006);
    }
  });
});

describe('SQL inactivity said with a date on PGlite', () => {
  /** Midnight (UTC) a number of days back. */
  const before = (days: number) =>
    new Date(Date.UTC(NOW.getUTCFullYear(), NOW.getUTCMonth(), NOW.getUTCDate()) - days * DAY_MS);

  it('should list the enabled accounts whose last login is before the date, or who never logged in', async () => {
    const date = before(40);
    const result = await postgres.run({
      tables: ['users'],
      question: 'enabled staff accounts with no login after that date',
      constraints: aConstraints({
        filters: [aFilter('status', ['active'])],
        inactivity: {
          duration_seconds: Math.round((NOW.getTime() - date.getTime()) / 1000),
          activity: 'login',
          expression: 'no login after that date',
          before: date.toISOString(),
        },
      }),
    });
    const expected = rows.users
      .filter((u) => u.active && (u.last_login_at === null || u.last_login_at.getTime() < date.getTime()))
      .map((u) => u.user_id)
      .sort((a, b) => a - b);

    expect(expected.length).toBeGreaterThan(0);
    expect(result.query).toContain(`u.last_login_at < CAST('${date.toISOString().slice(0, 10)} 00:00:00+00'`);
    expect(result.rows.map((r) => Number(r['user_id'])).sort((a, b) => a - b)).toEqual(expected);
  });

  it('should list the entities with no related row on or after the date when no last-activity column exists', async () => {
    const date = before(5);
    const result = await postgres.run({
      tables: ['customers', 'orders'],
      question: "buyers who haven't ordered since that date",
      constraints: aConstraints({
        inactivity: {
          duration_seconds: 1,
          activity: 'order',
          expression: "haven't ordered since that date",
          before: date.toISOString(),
        },
      }),
    });
    const recent = new Set(rows.orders.filter((o) => o.created_at >= date).map((o) => o.customer_id));
    const expected = rows.customers
      .filter((c) => !recent.has(c.customer_id))
      .map((c) => c.customer_id)
      .sort((a, b) => a - b);

    expect(expected.length).toBeGreaterThan(2);
    expect(expected.length).toBeLessThan(rows.customers.length);
    expect(result.rows.map((r) => Number(r['customer_id'])).sort((a, b) => a - b)).toEqual(expected);
  });
});

import { aConstraints, aFilter } from './testing/analysis-fixtures';
import { seededPostgres } from './testing/seeded-postgres';
import type { SeedRows } from './testing/sql-seed';

/**
 * Conditions between two moments of a row, shares whose part is an amount, distinct counts over a linking table,
 * the columns a list is asked to show and the rows a threshold counts: answered on PGlite and checked against
 * the same rows in JavaScript.
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

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

describe('SQL conditions, shares and links on PGlite', () => {
  it('should count the rows whose later moment is more than a duration after the earlier one', async () => {
    const result = await postgres.run({
      tables: ['invoices'],
      question: 'per currency, the number of bills paid more than 3 days after they were issued',
      constraints: aConstraints({
        measure: { kind: 'count', of: null, field: null },
        group_by: [{ kind: 'currency', field: 'currency' }],
      }),
    });
    const late = rows.invoices.filter((i) => i.paid_at && i.paid_at.getTime() - i.issued_at.getTime() > 3 * DAY_MS);

    expect(result.query).toContain("i.paid_at > i.issued_at + INTERVAL '3 days'");
    expect(late.length).toBeGreaterThan(0);
    expect(byKey(result, 'currency', 'count')).toEqual(countBy(late, (i) => i.currency));
  });

  it("should read the latest sign-in per group from the column that keeps each row's last sign-in", async () => {
    const result = await postgres.run({
      tables: ['users'],
      question: 'most recent logon for every role',
      constraints: aConstraints({
        measure: { kind: 'max', of: 'time', field: null },
        group_by: [{ kind: 'role', field: 'role' }],
      }),
    });
    const latest = new Map<string, number>();
    for (const u of rows.users)
      if (u.last_login_at) latest.set(u.role, Math.max(latest.get(u.role) ?? 0, u.last_login_at.getTime()));

    expect(result.query).toContain('MAX(u.last_login_at)');
    expect(new Map(result.rows.map((r) => [String(r['role']), new Date(r['last_seen'] as Date).getTime()]))).toEqual(
      latest,
    );
  });

  it('should read a word given as the value of a flag column as the flag set, and run', async () => {
    const result = await postgres.run({
      tables: ['users'],
      question: 'active night-shift users',
      constraints: aConstraints({
        filters: [aFilter('text', ['night-shift'], { field: 'active', expression: 'active night-shift' })],
      }),
    });

    expect(result.query).toContain('u.active IS TRUE');
    expect(result.query).not.toContain("'night-shift'");
    expect(result.rows.length).toBe(rows.users.filter((u) => u.active).length);
  });

  it('should find no rows when the later moment must come within a shorter duration', async () => {
    const result = await postgres.run({
      tables: ['invoices'],
      question: 'invoices that got paid within 2 days of being issued',
      constraints: aConstraints({}),
    });

    expect(result.query).toContain("i.paid_at <= i.issued_at + INTERVAL '2 days'");
    expect(result.rows).toEqual([]);
  });

  it('should take an amount said in the share clause as the part, its currency as the whole', async () => {
    const result = await postgres.run({
      tables: ['orders', 'customers'],
      question: 'in each segment, what share of EUR orders came to 700 or more',
      constraints: aConstraints({
        filters: [aFilter('amount', ['700'], { operator: 'gte', field: 'total', currency: 'EUR', expression: '700' })],
        group_by: [{ kind: 'segment', field: 'customers.segment' }],
        share: { expression: 'came to 700 or more' },
      }),
    });
    const segmentOf = new Map(rows.customers.map((c) => [c.customer_id, c.segment]));
    const euro = rows.orders.filter((o) => o.currency === 'EUR');
    const all = countBy(euro, (o) => segmentOf.get(o.customer_id)!);
    const big = countBy(
      euro.filter((o) => o.total >= 700),
      (o) => segmentOf.get(o.customer_id)!,
    );
    const expected = new Map([...all].map(([s, n]) => [s, Math.round((10_000 * (big.get(s) ?? 0)) / n) / 100]));

    expect(result.query).toContain('COUNT(*) FILTER (WHERE o.total >= 700)');
    expect(result.query).toMatch(/WHERE o\.currency = 'EUR'/);
    expect(byKey(result, 'segment', 'percent')).toEqual(expected);
  });

  it('should count distinct buyers per product category over the table that links both', async () => {
    const result = await postgres.run({
      tables: ['customers', 'products'],
      question: 'how many separate customers bought from each product category',
      constraints: aConstraints({
        measure: { kind: 'distinct_count', of: 'customer', field: 'customers.customer_id' },
        group_by: [{ kind: 'category', field: 'products.category' }],
      }),
    });
    const orderOf = new Map(rows.orders.map((o) => [o.order_id, o.customer_id]));
    const categoryOf = new Map(rows.products.map((p) => [p.product_id, p.category]));
    const buyers = new Map<string, Set<number>>();
    for (const item of rows.order_items) {
      const category = categoryOf.get(item.product_id)!;
      buyers.set(category, (buyers.get(category) ?? new Set()).add(orderOf.get(item.order_id)!));
    }

    expect(result.query).toMatch(/FROM order_items oi/);
    expect(byKey(result, 'category', 'distinct_customer_id')).toEqual(
      new Map([...buyers].map(([category, set]) => [category, set.size])),
    );
  });

  it('should count per time bucket and per what is asked of the rows counted', async () => {
    const result = await postgres.run({
      tables: ['events', 'users'],
      question: 'events per day + which roles they came from',
      constraints: aConstraints({
        time_bucket: { unit: 'day', size: 1, seconds: 86_400 },
        show: [{ kind: 'role', field: 'users.role' }],
      }),
    });

    expect(result.query).toMatch(/GROUP BY DATE_TRUNC\('day', e\.occurred_at\), u\.role/);
    expect(result.rows.reduce((sum, r) => sum + Number(r['count']), 0)).toBe(
      rows.events.filter((e) => rows.users.some((u) => u.user_id === e.user_id)).length,
    );
  });

  it('should give a share of idle accounts one row per group asked, not one row over all', async () => {
    const result = await postgres.run({
      tables: ['users'],
      question: 'per role, what share of the active users have not signed in for 45 days',
      constraints: aConstraints({
        filters: [aFilter('status', ['active'], { field: 'active', expression: 'active' })],
        group_by: [{ kind: 'role', field: 'role' }],
        inactivity: { duration_seconds: 3_888_000, activity: 'sign-in', expression: 'have not signed in for 45 days' },
        share: { expression: 'share of' },
      }),
    });

    expect(result.query).toMatch(/GROUP BY u\.role/);
    expect(new Set(result.rows.map((r) => r['role'])).size).toBe(result.rows.length);
  });

  it('should take a time between two moments as the part of a share, not a filter on all rows', async () => {
    const result = await postgres.run({
      tables: ['invoices'],
      question: 'per currency, what percentage of invoices got paid more than 3 days after being issued',
      constraints: aConstraints({
        group_by: [{ kind: 'currency', field: 'currency' }],
        share: { expression: 'got paid more than 3 days after being issued' },
      }),
    });
    const all = countBy(rows.invoices, (i) => i.currency);
    const late = countBy(
      rows.invoices.filter((i) => i.paid_at && i.paid_at.getTime() - i.issued_at.getTime() > 3 * DAY_MS),
      (i) => i.currency,
    );
    const expected = new Map([...all].map(([k, n]) => [k, Math.round((10_000 * (late.get(k) ?? 0)) / n) / 100]));

    expect(result.query).toContain("FILTER (WHERE i.paid_at > i.issued_at + INTERVAL '3 days')");
    expect(byKey(result, 'currency', 'percent')).toEqual(expected);
  });

  it('should count distinct buyers over the linking table when the fact is the grouped entity', async () => {
    const result = await postgres.run({
      tables: ['products'],
      question: 'separate buyers of each product',
      constraints: aConstraints({
        measure: { kind: 'distinct_count', of: 'customer', field: null },
        group_by: [{ kind: 'product', field: 'products.product_id' }],
      }),
    });
    const orderOf = new Map(rows.orders.map((o) => [o.order_id, o.customer_id]));
    const buyers = new Map<string, Set<number>>();
    for (const item of rows.order_items) {
      const key = String(item.product_id);
      buyers.set(key, (buyers.get(key) ?? new Set()).add(orderOf.get(item.order_id)!));
    }

    expect(result.query).toMatch(/FROM order_items oi/);
    expect(byKey(result, 'product_id', 'distinct_customer_id')).toEqual(
      new Map([...buyers].map(([product, set]) => [product, set.size])),
    );
  });

  it('should list the personal columns a list is asked to show', async () => {
    const result = await postgres.run({
      tables: ['users'],
      question: 'analysts: their email and display name',
      constraints: aConstraints({
        filters: [aFilter('text', ['analyst'], { field: 'users.role' })],
        show: [
          { kind: 'email', field: 'users.email' },
          { kind: 'display name', field: 'users.display_name' },
        ],
      }),
    });
    const analysts = rows.users.filter((u) => u.role === 'analyst');

    expect(result.query).toMatch(/SELECT [^\n]*u\.email[^\n]*u\.display_name/);
    expect(result.rows.map((r) => r['email']).sort()).toEqual(analysts.map((u) => u.email).sort());
  });

  it('should show the number of rows a row-count threshold keeps beside the summed measure', async () => {
    const result = await postgres.run({
      tables: ['invoices', 'customers'],
      question: 'customers holding 2 or more unpaid invoices, with the sum due',
      constraints: aConstraints({
        filters: [aFilter('status', ['unpaid'], { field: 'invoices.status' })],
        measure: { kind: 'sum', of: 'due', field: 'invoices.amount' },
        group_by: [{ kind: 'customer', field: 'invoices.customer_id' }],
        having: { operator: 'gte', value: 2, rows: true },
      }),
    });
    const counts = countBy(
      rows.invoices.filter((i) => i.status === 'unpaid'),
      (i) => String(i.customer_id),
    );
    const kept = new Map([...counts].filter(([, n]) => n >= 2));

    expect(result.query).toContain('COUNT(*) AS count');
    expect(result.query).toContain('HAVING COUNT(*) >= 2');
    expect(byKey(result, 'customer_id', 'count')).toEqual(kept);
  });

  it('should list the entities with no related rows since then, the rows dated by a parent of theirs', async () => {
    const result = await postgres.run({
      tables: ['products'],
      question: 'catalogue items nobody ordered in the past 5 days',
      constraints: aConstraints({
        inactivity: { duration_seconds: 5 * 86_400, activity: 'order', expression: 'no orders in the past 5 days' },
      }),
    });
    const since = NOW.getTime() - 5 * DAY_MS;
    const recent = new Set(rows.orders.filter((o) => o.created_at.getTime() >= since).map((o) => o.order_id));
    const ordered = new Set(rows.order_items.filter((i) => recent.has(i.order_id)).map((i) => i.product_id));
    const expected = rows.products.map((p) => p.product_id).filter((id) => !ordered.has(id));

    expect(result.query).toContain('NOT EXISTS (SELECT 1 FROM order_items x JOIN orders o ON o.order_id = x.order_id');
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(rows.products.length);
    expect(result.rows.map((r) => Number(r['product_id'])).sort((a, b) => a - b)).toEqual(
      expected.sort((a, b) => a - b),
    );
  });

  it('should list who did not do the activity, not its rows, when the activity table is chosen first', async () => {
    for (const tables of [
      ['orders', 'customers'],
      ['order_items', 'orders', 'products'],
    ]) {
      const result = await postgres.run({
        tables,
        question: 'shoppers and goods with nothing bought in 6 days',
        constraints: aConstraints({
          inactivity: { duration_seconds: 6 * 86_400, activity: 'order', expression: 'nothing bought in 6 days' },
        }),
      });

      expect(result.query).toMatch(tables.includes('customers') ? /FROM customers c\b/ : /FROM products p\b/);
      expect(result.query).toContain('NOT EXISTS (SELECT 1 FROM');
    }
    const since = NOW.getTime() - 6 * DAY_MS;
    const buyers = new Set(rows.orders.filter((o) => o.created_at.getTime() >= since).map((o) => o.customer_id));
    const expected = rows.customers.map((c) => c.customer_id).filter((id) => !buyers.has(id));
    const result = await postgres.run({
      tables: ['orders', 'customers'],
      question: 'shoppers with nothing bought in 6 days',
      constraints: aConstraints({
        inactivity: { duration_seconds: 6 * 86_400, activity: 'order', expression: 'nothing bought in 6 days' },
      }),
    });

    expect(expected.length).toBeGreaterThan(0);
    expect(result.rows.map((r) => Number(r['customer_id'])).sort((a, b) => a - b)).toEqual(
      expected.sort((a, b) => a - b),
    );
  });
});

describe('SQL hours of the day on PGlite', () => {
  it('should count the rows made outside business hours (UTC, Monday to Friday 9:00 to 17:00)', async () => {
    const result = await postgres.run({
      tables: ['orders'],
      question: 'how many orders were placed outside business hours',
      constraints: aConstraints({ measure: { kind: 'count', of: null, field: null } }),
    });
    const inside = (d: Date) =>
      d.getUTCDay() >= 1 && d.getUTCDay() <= 5 && d.getUTCHours() >= 9 && d.getUTCHours() < 17;
    const expected = rows.orders.filter((o) => !inside(o.created_at)).length;

    expect(result.query).toContain("NOT (EXTRACT(DOW FROM o.created_at AT TIME ZONE 'UTC') BETWEEN 1 AND 5");
    expect(expected).toBeGreaterThan(0);
    expect(Number(result.rows[0]!['count'])).toBe(expected);
  });
});

describe('SQL conditions a dimension does not keep, read from its dealings, on PGlite', () => {
  const utcDay = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());

  it('should list the still unpaid bills more than a duration past their due date, not the buyers', async () => {
    const result = await postgres.run({
      tables: ['customers', 'invoices'],
      question: 'buyers whose bills sit more than 5 days past due',
      constraints: aConstraints({}),
    });
    const today = utcDay(NOW);
    const expected = rows.invoices
      .filter((i) => i.paid_at === null && utcDay(i.due_date) < today - 5 * DAY_MS)
      .map((i) => i.invoice_id);

    expect(result.query).toMatch(/FROM invoices i\b/);
    expect(result.query).toContain("i.due_date < CURRENT_DATE - INTERVAL '5 days'");
    expect(result.query).toContain('i.paid_at IS NULL');
    expect(expected.length).toBeGreaterThan(0);
    expect(result.rows.map((r) => Number(r['invoice_id'])).sort((a, b) => a - b)).toEqual(
      expected.sort((a, b) => a - b).slice(0, 100),
    );
  });

  it('should list the bills due in a calendar period ahead, the whole period, with no window on their issue date', async () => {
    const start = Date.UTC(NOW.getUTCFullYear(), NOW.getUTCMonth(), 1);
    const end = Date.UTC(NOW.getUTCFullYear(), NOW.getUTCMonth() + 1, 1);
    const result = await postgres.run({
      tables: ['invoices'],
      question: 'bills falling due this month',
      // The planner reads "this month" as the month up to now.
      timeRange: 'this month',
      window: {
        start: new Date(start).toISOString(),
        end: NOW.toISOString(),
        duration_seconds: Math.round((NOW.getTime() - start) / 1000),
        expression: 'this month',
      },
      constraints: aConstraints({}),
    });
    const expected = rows.invoices
      .filter((i) => utcDay(i.due_date) >= start && utcDay(i.due_date) < end)
      .map((i) => i.invoice_id);

    expect(result.query).toContain("i.due_date < DATE_TRUNC('month', CURRENT_DATE) + INTERVAL '1 month'");
    expect(result.query).not.toContain('i.issued_at >=');
    expect(expected.length).toBeGreaterThan(0);
    expect(result.rows.map((r) => Number(r['invoice_id'])).sort((a, b) => a - b)).toEqual(
      expected.sort((a, b) => a - b).slice(0, 100),
    );
  });

  it('should read a status placed on the bills from the bills, never from the buyers', async () => {
    const result = await postgres.run({
      tables: ['customers', 'invoices'],
      question: 'buyers with bills still open',
      constraints: aConstraints({ filters: [aFilter('status', ['unpaid'], { field: 'invoices.status' })] }),
    });
    const expected = rows.invoices.filter((i) => i.status === 'unpaid').map((i) => i.invoice_id);

    expect(result.query).toContain("i.status = 'unpaid'");
    expect(result.query).not.toContain('c.status');
    expect(result.rows.map((r) => Number(r['invoice_id'])).sort((a, b) => a - b)).toEqual(
      expected.sort((a, b) => a - b).slice(0, 100),
    );
  });
});

describe('SQL dimensions listed by what was done to them in the window, on PGlite', () => {
  it('should list the flagged products that were sold in the window, dated by their orders', async () => {
    const days = 40;
    const since = NOW.getTime() - days * DAY_MS;
    for (const [value, flag] of [
      ['active', true],
      ['inactive', false],
    ] as const) {
      const result = await postgres.run({
        tables: ['products', 'order_items', 'orders'],
        question: `${value} products that were sold in the last ${days} days`,
        timeRange: `last ${days} days`,
        window: { start: new Date(since).toISOString(), end: NOW.toISOString(), duration_seconds: days * 86_400 },
        constraints: aConstraints({
          filters: [aFilter('status', [value], { field: 'products.active' })],
        }),
      });
      const recent = new Set(rows.orders.filter((o) => o.created_at.getTime() >= since).map((o) => o.order_id));
      const sold = new Set(rows.order_items.filter((i) => recent.has(i.order_id)).map((i) => i.product_id));
      const expected = rows.products
        .filter((p) => p.active === flag && sold.has(p.product_id))
        .map((p) => p.product_id);

      expect(result.query).toMatch(/EXISTS \(SELECT 1 FROM order_items x JOIN orders o ON o\.order_id = x\.order_id/);
      expect(result.rows.map((r) => Number(r['product_id'])).sort()).toEqual(expected.sort());
    }
  });
});

import { aConstraints, aFilter, DAY, type AnalysisFixture } from './testing/analysis-fixtures';
import { seededPostgres } from './testing/seeded-postgres';
import type { SeedRows } from './testing/sql-seed';

/**
 * Measures over dates, row-count thresholds beside another measure, windows on the due date and counts of
 * actors over what they did, answered on PGlite and checked against the same rows in JavaScript.
 */
const NOW = new Date();
const MS_PER_DAY = DAY * 1000;
const postgres = seededPostgres(NOW);
const run = (fixture: AnalysisFixture) => postgres.run(fixture);
let rows: SeedRows;

beforeAll(() => {
  rows = postgres.rows();
});

const round2 = (n: number) => Math.round(n * 100) / 100;
const startOfToday = () => new Date(Date.UTC(NOW.getUTCFullYear(), NOW.getUTCMonth(), NOW.getUTCDate()));

describe('SQL measures and thresholds on PGlite', () => {
  it("should average each order's summed quantity when the measure is summed per order first", async () => {
    const result = await run({
      tables: ['orders', 'order_items'],
      question: 'mean count of units held by one purchase',
      constraints: aConstraints({
        measure: {
          kind: 'avg',
          of: 'quantity',
          field: 'order_items.quantity',
          per: { kind: 'order', field: 'order_items.order_id' },
        },
      }),
    });
    const perOrder = new Map<string, number>();
    for (const item of rows.order_items)
      perOrder.set(String(item.order_id), (perOrder.get(String(item.order_id)) ?? 0) + item.quantity);
    const sums = [...perOrder.values()];
    expect(result.rows).toHaveLength(1);
    expect(round2(Number(Object.values(result.rows[0]!)[0]))).toBe(
      round2(sums.reduce((a, b) => a + b, 0) / sums.length),
    );
  });

  it('should keep a threshold that counts entities on the rows of each group while another value is averaged', async () => {
    const result = await run({
      tables: ['products'],
      question: 'mean list price per product category, only categories holding at least three products',
      constraints: aConstraints({
        measure: { kind: 'avg', of: 'list price', field: 'products.list_price' },
        group_by: [{ kind: 'category', field: 'products.category' }],
        having: { operator: 'gte', value: 3, rows: true },
      }),
    });
    const byCategory = new Map<string, number[]>();
    for (const p of rows.products) byCategory.set(p.category, [...(byCategory.get(p.category) ?? []), p.list_price]);
    const expected = new Map(
      [...byCategory]
        .filter(([, prices]) => prices.length >= 3)
        .map(([category, prices]) => [category, round2(prices.reduce((a, b) => a + b, 0) / prices.length)]),
    );
    expect(expected.size).toBe(1);
    expect(result.query).toContain('HAVING COUNT(*) >= 3');
    expect(new Map(result.rows.map((r) => [String(r['category']), round2(Number(r['avg_list_price']))]))).toEqual(
      expected,
    );
  });

  it('should compare an averaged threshold with the exact average, not the one rounded for display', async () => {
    const result = await run({
      tables: ['products'],
      question: 'mean list price per product category, keeping categories whose mean exceeds 20',
      constraints: aConstraints({
        measure: { kind: 'avg', of: 'list price', field: 'products.list_price' },
        group_by: [{ kind: 'category', field: 'products.category' }],
        having: { operator: 'gt', value: 20 },
      }),
    });
    const byCategory = new Map<string, number[]>();
    for (const p of rows.products) byCategory.set(p.category, [...(byCategory.get(p.category) ?? []), p.list_price]);
    const mean = (prices: number[]) => prices.reduce((a, b) => a + b, 0) / prices.length;
    const expected = [...byCategory].filter(([, prices]) => mean(prices) > 20).map(([category]) => category);
    expect(result.query).toMatch(/HAVING AVG\(\w+\.list_price\) > 20/);
    expect(result.rows.map((r) => String(r['category'])).sort()).toEqual(expected.sort());
  });

  it('should count distinct users per day and event type over the events they made, not over their own table', async () => {
    const result = await run({
      tables: ['users', 'events'],
      question: 'daily distinct users per kind of event over the past 30 days',
      timeRange: 'past 30 days',
      window: {
        start: new Date(NOW.getTime() - 30 * MS_PER_DAY).toISOString(),
        end: NOW.toISOString(),
        duration_seconds: 30 * DAY,
      },
      constraints: aConstraints({
        measure: { kind: 'distinct_count', of: 'user', field: 'users.user_id' },
        group_by: [{ kind: 'event type', field: 'events.event_type' }],
        time_bucket: { unit: 'day', size: 1, seconds: DAY },
      }),
    });
    const expected = new Map<string, Set<number>>();
    for (const e of rows.events) {
      if (e.occurred_at.getTime() < NOW.getTime() - 30 * MS_PER_DAY) continue;
      const key = `${e.occurred_at.toISOString().slice(0, 10)} ${e.event_type}`;
      expected.set(key, (expected.get(key) ?? new Set()).add(e.user_id));
    }
    expect(result.query).toMatch(/FROM events e/);
    const actual = new Map(
      result.rows.map((r) => [
        `${new Date(r['bucket'] as string).toISOString().slice(0, 10)} ${String(r['event_type'])}`,
        Number(r['distinct_user_id']),
      ]),
    );
    expect(actual).toEqual(new Map([...expected].map(([k, users]) => [k, users.size])));
  });

  it('should measure the whole and, beside it, the part in the state the question asks, over the same rows', async () => {
    const result = await run({
      tables: ['invoices'],
      question: 'what we billed overall, and how much of that has been settled',
      constraints: aConstraints({
        measure: { kind: 'sum', of: 'billed', field: 'invoices.amount' },
        filters: [aFilter('status', ['paid'], { field: 'invoices.status', expression: 'settled' })],
      }),
    });
    const total = rows.invoices.reduce((sum, i) => sum + i.amount, 0);
    const paid = rows.invoices.filter((i) => i.status === 'paid').reduce((sum, i) => sum + i.amount, 0);
    expect(result.query).not.toMatch(/^WHERE i\.status/m);
    expect(result.rows).toHaveLength(1);
    expect(round2(Number(result.rows[0]!['sum_amount']))).toBe(round2(total));
    expect(round2(Number(result.rows[0]!['settled_sum_amount']))).toBe(round2(paid));
  });

  it('should average the days between two moments of each row per group', async () => {
    const result = await run({
      tables: ['invoices'],
      question: 'mean number of days from issue to payment by currency',
      constraints: aConstraints({
        measure: { kind: 'avg', of: 'days from issue to payment', field: null },
        group_by: [{ kind: 'currency', field: 'invoices.currency' }],
      }),
    });
    const days = new Map<string, number[]>();
    for (const i of rows.invoices)
      if (i.paid_at)
        days.set(i.currency, [
          ...(days.get(i.currency) ?? []),
          (i.paid_at.getTime() - i.issued_at.getTime()) / MS_PER_DAY,
        ]);
    const expected = new Map([...days].map(([c, d]) => [c, round2(d.reduce((a, b) => a + b, 0) / d.length)]));
    expect(result.query).toMatch(/AVG\(EXTRACT\(EPOCH FROM \(i\.paid_at - i\.issued_at\)\) \/ 86400\)/);
    expect(result.query).not.toMatch(/GROUP BY[^\n]*invoice_id/);
    expect(new Map(result.rows.map((r) => [String(r['currency']).trim(), Number(r['avg_days'])]))).toEqual(expected);
  });

  it('should list unpaid rows due within a window ahead, soonest first', async () => {
    const result = await run({
      tables: ['invoices'],
      question: 'invoices due within the coming 20 days that are not settled',
      constraints: aConstraints({
        filters: [aFilter('status', ['paid'], { operator: 'neq', field: 'invoices.status' })],
      }),
    });
    const today = startOfToday().getTime();
    const expected = rows.invoices
      .filter((i) => {
        const due = Date.UTC(i.due_date.getUTCFullYear(), i.due_date.getUTCMonth(), i.due_date.getUTCDate());
        return i.status !== 'paid' && due >= today && due < today + 20 * MS_PER_DAY;
      })
      .map((i) => i.invoice_id)
      .sort((a, b) => a - b);
    expect(expected.length).toBeGreaterThan(0);
    expect(result.query).toMatch(/ORDER BY i\.due_date ASC/);
    expect(result.rows.map((r) => Number(r['invoice_id'])).sort((a, b) => a - b)).toEqual(expected);
  });

  it('should sum a quantity per product without also grouping by the quantity', async () => {
    const result = await run({
      tables: ['products', 'orders', 'order_items'],
      question: 'units sold per product, top 3 by quantity',
      constraints: aConstraints({
        measure: { kind: 'sum', of: 'quantity', field: 'order_items.quantity' },
        group_by: [
          { kind: 'product', field: 'products.product_id' },
          { kind: 'quantity', field: 'order_items.quantity' },
        ],
        order: { by: 'measure', direction: 'desc' },
        limit: 3,
      }),
    });
    const units = new Map<number, number>();
    for (const item of rows.order_items) units.set(item.product_id, (units.get(item.product_id) ?? 0) + item.quantity);
    const expected = [...units.values()].sort((a, b) => b - a).slice(0, 3);
    expect(result.query).not.toMatch(/GROUP BY[^\n]*quantity/);
    expect(result.rows.map((r) => Number(r['units']))).toEqual(expected);
  });

  it('should sum the units of the same line items beside the money they sold for', async () => {
    const result = await run({
      tables: ['products', 'orders', 'order_items'],
      question: 'turnover & pieces moved for each product',
      constraints: aConstraints({
        measure: { kind: 'sum', of: 'revenue', field: 'orders.total' },
        extra_measures: [{ kind: 'sum', of: 'quantity', field: 'order_items.quantity' }],
        group_by: [{ kind: 'product', field: 'products.product_id' }],
      }),
    });
    const units = new Map<number, number>();
    for (const item of rows.order_items) units.set(item.product_id, (units.get(item.product_id) ?? 0) + item.quantity);
    expect(result.query).toMatch(/SUM\(oi\.quantity\) AS units/);
    const got = new Map(result.rows.map((r) => [Number(r['product_id']), Number(r['units'])]));
    expect(got).toEqual(units);
  });

  it('should hold the rows of each group and a distinct count beside them each to its own threshold', async () => {
    const result = await run({
      tables: ['users', 'events'],
      question: 'people with 5 or more login events coming from at least 4 separate addresses',
      constraints: aConstraints({
        filters: [aFilter('text', ['login'], { field: 'events.event_type', expression: 'login events' })],
        measure: { kind: 'count', of: null, field: null },
        extra_measures: [
          {
            kind: 'distinct_count',
            of: 'ip',
            field: 'events.ip_address',
            threshold: { operator: 'gte', value: 4 },
          },
        ],
        group_by: [{ kind: 'user', field: 'events.user_id' }],
        having: { operator: 'gte', value: 5 },
      }),
    });
    const byUser = new Map<number, { rows: number; ips: Set<string> }>();
    for (const e of rows.events.filter((x) => x.event_type === 'login')) {
      const seen = byUser.get(e.user_id) ?? { rows: 0, ips: new Set<string>() };
      seen.rows += 1;
      seen.ips.add(e.ip_address);
      byUser.set(e.user_id, seen);
    }
    const counted = [...byUser].filter(([, seen]) => seen.rows >= 5);
    const expected = counted.filter(([, seen]) => seen.ips.size >= 4).map(([user]) => user);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(counted.length);
    expect(result.query).toMatch(/HAVING COUNT\(\*\) >= 5 AND COUNT\(DISTINCT e\.ip_address\) >= 4/);
    expect(result.rows.map((r) => Number(r['user_id'])).sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b));
  });

  it('should take the first and last time of the rows the question names per group, over their table', async () => {
    const result = await run({
      tables: ['customers', 'orders'],
      question: 'first and last order dates per customer of the smb segment',
      constraints: aConstraints({
        filters: [aFilter('text', ['smb'], { field: 'customers.segment', expression: 'smb segment' })],
        measure: { kind: 'min', of: 'time', field: null },
        extra_measures: [{ kind: 'max', of: 'time', field: null }],
        group_by: [{ kind: 'customer', field: 'customers.customer_id' }],
      }),
    });
    const smb = new Set(rows.customers.filter((c) => c.segment === 'smb').map((c) => c.customer_id));
    const expected = new Map<number, [number, number]>();
    for (const o of rows.orders) {
      if (!smb.has(o.customer_id)) continue;
      const [first, last] = expected.get(o.customer_id) ?? [Infinity, -Infinity];
      expected.set(o.customer_id, [Math.min(first, o.created_at.getTime()), Math.max(last, o.created_at.getTime())]);
    }
    expect(result.query).toMatch(/FROM orders o/);
    const actual = new Map(
      result.rows.map((r) => [
        Number(r['customer_id']),
        [new Date(r['first_seen'] as string).getTime(), new Date(r['last_seen'] as string).getTime()],
      ]),
    );
    expect(expected.size).toBeGreaterThan(0);
    expect(actual).toEqual(expected);
  });

  it('should read what the users did when a value is held only there, with the outcome in the event names', async () => {
    const result = await run({
      tables: ['users'],
      question: 'failed sign-ins from 198.51.100.23 in the app database',
      constraints: aConstraints({
        filters: [aFilter('status', ['failed']), aFilter('ip', ['198.51.100.23'])],
      }),
    });
    const expected = rows.events
      .filter((e) => e.ip_address === '198.51.100.23' && e.event_type.includes('fail'))
      .map((e) => e.event_id)
      .sort((a, b) => a - b);
    expect(expected.length).toBeGreaterThan(0);
    expect(result.query).toMatch(/FROM events e/);
    expect(result.rows.map((r) => Number(r['event_id'])).sort((a, b) => a - b)).toEqual(expected);
  });

  it('should count each user once over what they did when the filter is on that table', async () => {
    const result = await run({
      tables: ['users', 'events'],
      question: "how many users had a 'download' event",
      constraints: aConstraints({
        filters: [aFilter('text', ['download'], { field: 'events.event_type', expression: "'download' event" })],
        measure: { kind: 'count', of: 'user', field: 'events.user_id' },
      }),
    });
    const expected = new Set(rows.events.filter((e) => e.event_type === 'download').map((e) => e.user_id)).size;
    expect(result.query).toMatch(/COUNT\(DISTINCT e\.user_id\)/);
    expect(result.rows.map((r) => Number(r['distinct_user_id']))).toEqual([expected]);
  });

  it('should count daily distinct users over their one table of activity when only their own table is named', async () => {
    const result = await run({
      tables: ['users'],
      question: 'daily distinct users over the past 10 days',
      timeRange: 'past 10 days',
      window: {
        start: new Date(NOW.getTime() - 10 * MS_PER_DAY).toISOString(),
        end: NOW.toISOString(),
        duration_seconds: 10 * DAY,
      },
      constraints: aConstraints({
        measure: { kind: 'distinct_count', of: 'user', field: 'user_id' },
        time_bucket: { unit: 'day', size: 1, seconds: DAY },
      }),
    });
    const expected = new Map<string, Set<number>>();
    for (const e of rows.events)
      if (e.occurred_at.getTime() >= NOW.getTime() - 10 * MS_PER_DAY) {
        const day = e.occurred_at.toISOString().slice(0, 10);
        expected.set(day, (expected.get(day) ?? new Set()).add(e.user_id));
      }
    expect(result.query).toMatch(/FROM events e/);
    expect(
      new Map(
        result.rows.map((r) => [
          new Date(r['bucket'] as string).toISOString().slice(0, 10),
          Number(r['distinct_user_id']),
        ]),
      ),
    ).toEqual(new Map([...expected].map(([day, users]) => [day, users.size])));
  });

  it('should show the name of the referenced entity a list question names beside each row', async () => {
    const result = await run({
      tables: ['invoices'],
      question: 'unpaid invoices with their customer',
      constraints: aConstraints({ filters: [aFilter('status', ['unpaid'], { field: 'invoices.status' })] }),
    });
    const names = new Map(rows.customers.map((c) => [c.customer_id, c.name]));
    const expected = rows.invoices
      .filter((i) => i.status === 'unpaid')
      .map((i) => `${i.invoice_id} ${names.get(i.customer_id)}`)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(result.rows.map((r) => `${Number(r['invoice_id'])} ${String(r['name'])}`).sort()).toEqual(expected);
  });

  it('should order the groups by the measure beside the first when the ordering names it', async () => {
    const result = await run({
      tables: ['budget'],
      question: 'allotted against used per division, heaviest users on top',
      constraints: aConstraints({
        measure: { kind: 'sum', of: 'budget', field: 'budget.amount' },
        extra_measures: [{ kind: 'sum', of: 'spent', field: 'budget.spent' }],
        group_by: [{ kind: 'department', field: 'budget.department' }],
        order: { by: 'budget.spent', direction: 'desc' },
      }),
    });
    const spent = new Map<string, number>();
    for (const b of rows.budget) spent.set(b.department, (spent.get(b.department) ?? 0) + b.spent);
    const expected = [...spent].sort((a, b) => b[1] - a[1]).map(([department]) => department);
    expect(result.query).toMatch(/ORDER BY sum_spent DESC/);
    expect(result.rows.map((r) => String(r['department']))).toEqual(expected);
  });
});

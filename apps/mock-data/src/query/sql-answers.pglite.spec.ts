import { aConstraints, aFilter, DAY, type AnalysisFixture } from './testing/analysis-fixtures';
import { seededPostgres } from './testing/seeded-postgres';
import type { SeedRows } from './testing/sql-seed';

/**
 * Business questions answered on a real PostgreSQL engine (PGlite, in-process) over seeded rows;
 * each expected answer is computed independently in JavaScript from the same rows.
 */
const NOW = new Date();
const postgres = seededPostgres(NOW);
const run = (fixture: AnalysisFixture) => postgres.run(fixture);
let rows: SeedRows;

beforeAll(() => {
  rows = postgres.rows();
});

const MS_PER_DAY = DAY * 1000;
const within = (date: Date, days: number) => date.getTime() >= NOW.getTime() - days * MS_PER_DAY;
const rolling = (days: number) => ({
  timeRange: `last ${days} days`,
  window: {
    start: new Date(NOW.getTime() - days * MS_PER_DAY).toISOString(),
    end: NOW.toISOString(),
    duration_seconds: days * DAY,
  },
});
const startOf = (unit: 'month' | 'year') =>
  new Date(Date.UTC(NOW.getUTCFullYear(), unit === 'month' ? NOW.getUTCMonth() : 0, 1));
const round2 = (n: number) => Math.round(n * 100) / 100;
const byCustomer = () => new Map(rows.customers.map((c) => [c.customer_id, c]));

describe('SQL answers on PGlite', () => {
  it('should list customers with more than 5 orders in the last 90 days (HAVING)', async () => {
    const result = await run({
      tables: ['customers', 'orders'],
      ...rolling(90),
      constraints: aConstraints({
        measure: { kind: 'count', of: 'order', field: null },
        group_by: [{ kind: 'customer', field: null }],
        having: { operator: 'gt', value: 5 },
      }),
    });
    const counts = new Map<number, number>();
    for (const o of rows.orders)
      if (within(o.created_at, 90)) counts.set(o.customer_id, (counts.get(o.customer_id) ?? 0) + 1);
    const expected = [...counts]
      .filter(([, n]) => n > 5)
      .map(([id]) => id)
      .sort((a, b) => a - b);
    expect(expected.length).toBeGreaterThan(0);
    expect(result.query).toContain('HAVING COUNT(*) > 5');
    expect(result.rows.map((r) => Number(r['customer_id'])).sort((a, b) => a - b)).toEqual(expected);
  });

  it('should group by a column asked for of the entity grouped by its key (one value per group), beside the count', async () => {
    const result = await run({
      tables: ['customers', 'invoices'],
      constraints: {
        ...aConstraints({
          measure: { kind: 'count', of: 'invoice', field: null },
          group_by: [{ kind: 'customer', field: 'customers.customer_id' }],
          having: { operator: 'gt', value: 2 },
        }),
        show: [{ kind: 'country', field: 'customers.country' }],
      },
    });
    const customers = byCustomer();
    const counts = new Map<number, number>();
    for (const i of rows.invoices) counts.set(i.customer_id, (counts.get(i.customer_id) ?? 0) + 1);
    const expected = [...counts]
      .filter(([, n]) => n > 2)
      .map(([id]) => `${id} ${customers.get(id)!.country}`)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(result.query).toMatch(/GROUP BY i\.customer_id, c\.name, c\.country\b/);
    expect(result.rows.map((r) => `${String(r['customer_id'])} ${String(r['country'])}`).sort()).toEqual(expected);
  });

  it('should rank customers by the sum of their orders when the analysis names an unrelated table with an amount', async () => {
    const result = await run({
      tables: ['customers', 'budget'],
      ...rolling(365),
      constraints: aConstraints({
        measure: { kind: 'sum', of: 'revenue', field: 'budget.amount' },
        group_by: [{ kind: 'customer', field: 'customers.customer_id' }],
        order: { by: 'measure', direction: 'desc' },
        limit: 3,
      }),
    });
    const totals = new Map<number, number>();
    for (const o of rows.orders)
      if (within(o.created_at, 365)) totals.set(o.customer_id, round2((totals.get(o.customer_id) ?? 0) + o.total));
    const expected = [...totals.values()].sort((a, b) => b - a).slice(0, 3);
    expect(result.query).toMatch(/SUM\(o\.total\)/);
    expect(result.rows.map((r) => round2(Number(r['sum_total'])))).toEqual(expected);
  });

  it('should sum revenue by country without join fan-out even when order_items is named', async () => {
    const result = await run({
      tables: ['customers', 'orders', 'order_items'],
      ...rolling(30),
      constraints: aConstraints({
        measure: { kind: 'sum', of: 'revenue', field: null },
        group_by: [{ kind: 'country', field: null }],
      }),
    });
    const customers = byCustomer();
    const expected = new Map<string, number>();
    for (const o of rows.orders)
      if (within(o.created_at, 30))
        expected.set(
          customers.get(o.customer_id)!.country,
          round2((expected.get(customers.get(o.customer_id)!.country) ?? 0) + o.total),
        );
    const actual = new Map(result.rows.map((r) => [String(r['country']), round2(Number(r['sum_total']))]));
    expect(actual).toEqual(expected);
    expect(result.query).not.toContain('order_items');
  });

  it('should average order value by segment this year', async () => {
    const result = await run({
      tables: ['orders', 'customers'],
      timeRange: 'this year',
      window: {
        start: startOf('year').toISOString(),
        end: NOW.toISOString(),
        duration_seconds: (NOW.getTime() - startOf('year').getTime()) / 1000,
      },
      constraints: aConstraints({
        measure: { kind: 'avg', of: 'order value', field: null },
        group_by: [{ kind: 'segment', field: null }],
      }),
    });
    const customers = byCustomer();
    const sums = new Map<string, { total: number; n: number }>();
    for (const o of rows.orders) {
      if (o.created_at < startOf('year')) continue;
      const segment = customers.get(o.customer_id)!.segment;
      const s = sums.get(segment) ?? { total: 0, n: 0 };
      sums.set(segment, { total: s.total + o.total, n: s.n + 1 });
    }
    const expected = new Map([...sums].map(([k, s]) => [k, round2(s.total / s.n)]));
    expect(result.query).toContain("DATE_TRUNC('year', NOW())");
    expect(new Map(result.rows.map((r) => [String(r['segment']), round2(Number(r['avg_total']))]))).toEqual(expected);
  });

  it('should count cancelled orders this month on the order date', async () => {
    const result = await run({
      tables: ['orders'],
      timeRange: 'this month',
      window: { start: startOf('month').toISOString(), end: NOW.toISOString(), duration_seconds: 1 },
      constraints: aConstraints({
        filters: [aFilter('status', ['cancelled'])],
        measure: { kind: 'count', of: 'order', field: null },
      }),
    });
    const expected = rows.orders.filter((o) => o.status === 'cancelled' && o.created_at >= startOf('month')).length;
    expect(result.query).toContain("o.status = 'cancelled'");
    expect(Number(result.rows[0]!['count'])).toBe(expected);
  });

  it('should list unpaid invoices over 1000 USD', async () => {
    const result = await run({
      tables: ['invoices'],
      constraints: aConstraints({
        filters: [aFilter('status', ['unpaid']), aFilter('amount', ['1000'], { operator: 'gt', currency: 'USD' })],
      }),
    });
    const expected = rows.invoices
      .filter((i) => i.status === 'unpaid' && i.amount > 1000 && i.currency === 'USD')
      .map((i) => i.invoice_id)
      .sort((a, b) => a - b);
    expect(result.rows.map((r) => Number(r['invoice_id'])).sort((a, b) => a - b)).toEqual(expected);
  });

  it('should find users who have not logged in for 90 days (a condition, not a window)', async () => {
    const result = await run({
      tables: ['users'],
      constraints: aConstraints({
        inactivity: { duration_seconds: 90 * DAY, activity: 'login', expression: 'not logged in for 90 days' },
      }),
    });
    const expected = rows.users
      .filter((u) => u.last_login_at === null || !within(u.last_login_at, 90))
      .map((u) => u.user_id)
      .sort((a, b) => a - b);
    expect(expected.length).toBeGreaterThan(0);
    expect(result.rows.map((r) => Number(r['user_id'])).sort((a, b) => a - b)).toEqual(expected);
  });

  it('should read an inactivity of a subject no table is named for over the table that keeps when it last happened', async () => {
    const result = await run({
      tables: ['orders', 'users'],
      question: 'staff logins: members that have not logged in for 90 days',
      constraints: aConstraints({
        inactivity: { duration_seconds: 90 * DAY, activity: 'login', expression: 'not logged in for 90 days' },
      }),
    });
    expect(result.query).toContain('FROM users u');
    expect(result.rows.map((r) => Number(r['user_id'])).sort((a, b) => a - b)).toEqual(
      rows.users
        .filter((u) => u.last_login_at === null || !within(u.last_login_at, 90))
        .map((u) => u.user_id)
        .sort((a, b) => a - b),
    );
  });

  it('should read a status that names a boolean column as that flag ("inactive" users → active IS NOT TRUE)', async () => {
    const result = await run({
      tables: ['users'],
      constraints: aConstraints({ filters: [aFilter('status', ['inactive'])] }),
    });
    expect(result.query).toContain('u.active IS NOT TRUE');
    const expected = rows.users
      .filter((u) => !u.active)
      .map((u) => u.user_id)
      .sort((a, b) => a - b);
    expect(expected.length).toBeGreaterThan(0);
    expect(result.rows.map((r) => Number(r['user_id'])).sort((a, b) => a - b)).toEqual(expected);
  });

  it('should compare a logon name without a domain with the local part of an email, its wildcards as written', async () => {
    const result = await run({
      tables: ['users'],
      constraints: aConstraints({ filters: [aFilter('user', ['user3'])] }),
    });
    expect(result.query).toContain("LOWER(u.email) LIKE 'user3@%'");
    expect(result.rows.map((r) => Number(r['user_id']))).toEqual(
      rows.users.filter((u) => u.email.startsWith('user3@')).map((u) => u.user_id),
    );
    const underscored = await run({
      tables: ['users'],
      constraints: aConstraints({ filters: [aFilter('user', ['svc_sync'])] }),
    });
    expect(underscored.query).toContain("LIKE 'svc\\_sync@%'");
  });

  it("should find a thing called by its quoted name on the nearest referenced table's name column", async () => {
    const result = await run({
      tables: ['order_items'],
      question: "units of the 'Dock' sold",
      constraints: aConstraints({
        filters: [aFilter('text', ['Dock'], { operator: 'contains', expression: "'Dock'" })],
        measure: { kind: 'sum', of: 'quantity', field: 'order_items.quantity' },
      }),
    });
    const dock = rows.products.find((p) => p.name === 'Dock')!.product_id;
    expect(result.query).toContain("p.name::text ILIKE '%Dock%'");
    expect(Number(result.rows[0]!['sum_quantity'])).toBe(
      rows.order_items.filter((i) => i.product_id === dock).reduce((sum, i) => sum + i.quantity, 0),
    );
  });

  it('should read a state of rows out of use ("retired") as their flag negated, and one in use ("live") as the flag', async () => {
    const retired = await run({
      tables: ['products'],
      constraints: aConstraints({ filters: [aFilter('status', ['retired'])] }),
    });
    expect(retired.query).toContain('p.active IS NOT TRUE');
    expect(retired.rows.map((r) => Number(r['product_id'])).sort((a, b) => a - b)).toEqual(
      rows.products
        .filter((p) => !p.active)
        .map((p) => p.product_id)
        .sort((a, b) => a - b),
    );
    const live = await run({
      tables: ['products'],
      constraints: aConstraints({ filters: [aFilter('status', ['live'])] }),
    });
    expect(live.query).toContain('p.active IS TRUE');
  });

  it('should read "suspended" members that signed in within a window as the active flag negated and their last sign-in', async () => {
    const result = await run({
      tables: ['users'],
      question: 'suspended members who signed in over the last 45 days',
      ...rolling(45),
      constraints: aConstraints({ filters: [aFilter('status', ['suspended'])] }),
    });
    expect(result.query).toContain('u.active IS NOT TRUE');
    expect(result.query).toContain("u.last_login_at >= NOW() - INTERVAL '45 days'");
    expect(result.rows.map((r) => Number(r['user_id'])).sort((a, b) => a - b)).toEqual(
      rows.users
        .filter((u) => !u.active && u.last_login_at !== null && within(u.last_login_at, 45))
        .map((u) => u.user_id)
        .sort((a, b) => a - b),
    );
  });

  it('should find customers with no order in the last 60 days with NOT EXISTS', async () => {
    const result = await run({
      tables: ['customers', 'orders'],
      constraints: aConstraints({
        inactivity: { duration_seconds: 60 * DAY, activity: 'order', expression: 'no orders in 60 days' },
      }),
    });
    const active = new Set(rows.orders.filter((o) => within(o.created_at, 60)).map((o) => o.customer_id));
    const expected = rows.customers
      .filter((c) => !active.has(c.customer_id))
      .map((c) => c.customer_id)
      .sort((a, b) => a - b);
    expect(result.query).toContain('NOT EXISTS');
    expect(result.rows.map((r) => Number(r['customer_id'])).sort((a, b) => a - b)).toEqual(expected);
  });

  it('should read inactivity of the rows whose own values are filtered, when the tables chosen lead with their items', async () => {
    const result = await run({
      tables: ['order_items', 'orders', 'customers'],
      question: 'patrons of the smb tier with no purchase in 60 days',
      constraints: aConstraints({
        filters: [aFilter('text', ['smb'], { field: 'customers.segment' })],
        inactivity: { duration_seconds: 60 * DAY, activity: 'order', expression: 'no purchase in 60 days' },
      }),
    });
    const active = new Set(rows.orders.filter((o) => within(o.created_at, 60)).map((o) => o.customer_id));
    expect(result.query).toContain('FROM customers c');
    expect(result.query).toContain('NOT EXISTS');
    expect(result.rows.map((r) => Number(r['customer_id'])).sort((a, b) => a - b)).toEqual(
      rows.customers
        .filter((c) => c.segment === 'smb' && !active.has(c.customer_id))
        .map((c) => c.customer_id)
        .sort((a, b) => a - b),
    );
  });

  it('should rank the top 3 customers by revenue in the last 60 days', async () => {
    const result = await run({
      tables: ['customers', 'orders'],
      ...rolling(60),
      constraints: aConstraints({
        measure: { kind: 'sum', of: 'revenue', field: null },
        group_by: [{ kind: 'customer', field: null }],
        order: { by: 'measure', direction: 'desc' },
        limit: 3,
      }),
    });
    const sums = new Map<number, number>();
    for (const o of rows.orders)
      if (within(o.created_at, 60)) sums.set(o.customer_id, (sums.get(o.customer_id) ?? 0) + o.total);
    const expected = [...sums]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([id]) => id);
    expect(result.query).toMatch(/ORDER BY sum_total DESC\nLIMIT 3/);
    expect(result.rows.map((r) => Number(r['customer_id']))).toEqual(expected);
  });

  it('should count orders per day over the last 7 days', async () => {
    const result = await run({
      tables: ['orders'],
      ...rolling(7),
      constraints: aConstraints({
        measure: { kind: 'count', of: 'order', field: null },
        time_bucket: { unit: 'day', size: 1, seconds: DAY },
      }),
    });
    const expected = new Map<string, number>();
    for (const o of rows.orders) {
      if (!within(o.created_at, 7)) continue;
      const day = o.created_at.toISOString().slice(0, 10);
      expected.set(day, (expected.get(day) ?? 0) + 1);
    }
    const actual = new Map(
      result.rows.map((r) => [(r['bucket'] as Date).toISOString().slice(0, 10), Number(r['count'])]),
    );
    expect(actual).toEqual(expected);
  });

  it('should count distinct users with a login event in the last 30 days', async () => {
    const result = await run({
      tables: ['events'],
      ...rolling(30),
      constraints: aConstraints({
        filters: [aFilter('action', ['login'])],
        measure: { kind: 'distinct_count', of: 'user', field: null },
      }),
    });
    const expected = new Set(
      rows.events.filter((e) => e.event_type === 'login' && within(e.occurred_at, 30)).map((e) => e.user_id),
    ).size;
    expect(result.query).toContain('COUNT(DISTINCT e.user_id)');
    expect(Number(Object.values(result.rows[0]!)[0])).toBe(expected);
  });

  it('should match events from a private range and for one user by email', async () => {
    const result = await run({
      tables: ['events'],
      constraints: aConstraints({ filters: [aFilter('cidr', ['10.0.0.0/8']), aFilter('email', ['Bob@contoso.com'])] }),
    });
    const expected = rows.events
      .filter((e) => e.ip_address.startsWith('10.') && e.user_id === 1)
      .map((e) => e.event_id)
      .sort((a, b) => a - b);
    expect(result.query).toContain('JOIN users u ON u.user_id = e.user_id');
    expect(result.rows.map((r) => Number(r['event_id'])).sort((a, b) => a - b)).toEqual(expected.slice(0, 100));
  });

  it.each(['10.0.0.0/16', '10.0.0.0/12', '192.168.0.0/20'])(
    'should match the events of %s, a range on whole octets or not',
    async (cidr) => {
      const toNumber = (ip: string) => ip.split('.').reduce((n, octet) => n * 256 + Number(octet), 0);
      const [network = '', bits = '32'] = cidr.split('/');
      const size = 2 ** (32 - Number(bits));
      const start = Math.floor(toNumber(network) / size) * size;
      const result = await run({
        tables: ['events'],
        constraints: aConstraints({ filters: [aFilter('cidr', [cidr])] }),
      });
      const expected = rows.events
        .filter((e) => toNumber(e.ip_address) >= start && toNumber(e.ip_address) < start + size)
        .map((e) => e.event_id)
        .sort((a, b) => a - b);
      expect(expected.length).toBeGreaterThan(0);
      expect(result.query).toMatch(cidr.endsWith('/16') ? /host\(e\.ip_address\) LIKE '10\.0\.%'/ : /BETWEEN/);
      expect(result.rows.map((r) => Number(r['event_id'])).sort((a, b) => a - b)).toEqual(expected.slice(0, 100));
    },
  );

  it('should count orders by status for EUR orders over 500', async () => {
    const result = await run({
      tables: ['orders'],
      constraints: aConstraints({
        filters: [aFilter('amount', ['500'], { operator: 'gt', currency: 'EUR' })],
        measure: { kind: 'count', of: null, field: null },
        group_by: [{ kind: 'status', field: null }],
      }),
    });
    const expected = new Map<string, number>();
    for (const o of rows.orders)
      if (o.total > 500 && o.currency === 'EUR') expected.set(o.status, (expected.get(o.status) ?? 0) + 1);
    expect(new Map(result.rows.map((r) => [String(r['status']), Number(r['count'])]))).toEqual(expected);
  });
});

describe('SQL answers on PGlite: a threshold on the entity itself', () => {
  it("should count each user's events when the question asks for users with more than N events", async () => {
    const result = await run({
      tables: ['users'],
      ...rolling(30),
      question: 'Which users had more than 5 events in the last 30 days?',
      constraints: aConstraints({
        measure: { kind: 'count', of: null, field: null },
        having: { operator: 'gt', value: 5 },
      }),
    });
    const counts = new Map<number, number>();
    for (const e of rows.events) if (within(e.occurred_at, 30)) counts.set(e.user_id, (counts.get(e.user_id) ?? 0) + 1);
    const expected = [...counts]
      .filter(([, n]) => n > 5)
      .map(([id]) => id)
      .sort((a, b) => a - b);
    expect(expected.length).toBeGreaterThan(0);
    expect(result.query).toContain('FROM events e');
    expect(result.rows.map((r) => Number(r['user_id'])).sort((a, b) => a - b)).toEqual(expected);
  });

  it('should rank products by revenue over the order lines (quantity × unit price) of orders in the window', async () => {
    const result = await run({
      tables: ['products'],
      ...rolling(365),
      constraints: aConstraints({
        measure: { kind: 'sum', of: 'sales revenue', field: 'list_price' },
        group_by: [{ kind: 'product', field: 'product_id' }],
        order: { by: 'measure', direction: 'desc' },
        limit: 3,
      }),
    });
    const orderDates = new Map(rows.orders.map((o) => [o.order_id, o.created_at]));
    const revenue = new Map<number, number>();
    for (const item of rows.order_items)
      if (within(orderDates.get(item.order_id)!, 365))
        revenue.set(item.product_id, (revenue.get(item.product_id) ?? 0) + item.quantity * item.unit_price);
    const expected = [...revenue.values()]
      .sort((a, b) => b - a)
      .slice(0, 3)
      .map(round2);
    expect(result.query).toContain('FROM order_items oi');
    expect(result.rows.map((r) => round2(Number(r['revenue'])))).toEqual(expected);
  });

  it('should list overdue unpaid invoices by their due date, and filter a role named before "users"', async () => {
    const overdue = await run({
      tables: ['invoices'],
      question: 'unpaid invoices past their due date',
      constraints: aConstraints({ filters: [aFilter('status', ['unpaid'], { field: 'invoices.status' })] }),
    });
    const today = new Date(Date.UTC(NOW.getUTCFullYear(), NOW.getUTCMonth(), NOW.getUTCDate()));
    const expected = rows.invoices.filter((i) => i.status === 'unpaid' && i.due_date < today).length;
    expect(overdue.query).toContain('i.due_date < CURRENT_DATE');
    expect(overdue.rows).toHaveLength(expected);
  });

  it('should read a status the analysis put on a table that references the one chosen over that table', async () => {
    const result = await run({
      tables: ['customers', 'invoices'],
      question: 'clients whose invoices are unpaid',
      constraints: aConstraints({ filters: [aFilter('status', ['unpaid'], { field: 'invoices.status' })] }),
    });
    expect(result.query).toContain('FROM invoices i');
    expect(result.query).toContain("i.status = 'unpaid'");
    expect(result.rows).toHaveLength(rows.invoices.filter((i) => i.status === 'unpaid').length);
  });

  it('should read "due before <date>" as a bound on the due date, not a day of issue', async () => {
    const day = new Date(Date.UTC(NOW.getUTCFullYear(), NOW.getUTCMonth(), NOW.getUTCDate()) - 10 * MS_PER_DAY);
    const label = day.toISOString().slice(0, 10);
    const result = await run({
      tables: ['invoices'],
      question: `unpaid invoices that were due before ${label}`,
      timeRange: label,
      window: {
        start: day.toISOString(),
        end: new Date(day.getTime() + MS_PER_DAY).toISOString(),
        duration_seconds: DAY,
      },
      constraints: aConstraints({ filters: [aFilter('status', ['unpaid'], { field: 'invoices.status' })] }),
    });
    expect(result.query).toContain('i.due_date < ');
    expect(result.query).not.toContain('issued_at >=');
    expect(result.rows).toHaveLength(rows.invoices.filter((i) => i.status === 'unpaid' && i.due_date < day).length);
  });

  it('should not apply a sign-in window to the creation date of the users table', async () => {
    const result = await run({
      tables: ['users'],
      question: 'Correlate admin users with their sign-in logs over the last 7 days',
      ...rolling(7),
      constraints: aConstraints({ filters: [aFilter('text', ['admin'], { field: 'role', expression: 'admin' })] }),
    });
    expect(result.query).toContain("u.role = 'admin'");
    expect(result.query).not.toContain('created_at >=');
    expect(result.rows).toHaveLength(rows.users.filter((u) => u.role === 'admin').length);
  });

  it('should read "last month" as the previous calendar month', async () => {
    const start = new Date(Date.UTC(NOW.getUTCFullYear(), NOW.getUTCMonth() - 1, 1));
    const end = startOf('month');
    const result = await run({
      tables: ['orders'],
      timeRange: 'last month',
      window: {
        start: start.toISOString(),
        end: end.toISOString(),
        duration_seconds: (end.getTime() - start.getTime()) / 1000,
      },
      constraints: aConstraints({ measure: { kind: 'count', of: 'order', field: null } }),
    });
    expect(result.query).toContain("o.created_at >= DATE_TRUNC('month', NOW()) - INTERVAL '1 month'");
    expect(Number(result.rows[0]!['count'])).toBe(
      rows.orders.filter((o) => o.created_at >= start && o.created_at < end).length,
    );
  });

  it('should read "last quarter" rolling back from now in the plan ("over the last quarter") as that span', async () => {
    const start = new Date(NOW.getTime() - 91 * MS_PER_DAY);
    const result = await run({
      tables: ['orders'],
      timeRange: 'last quarter',
      window: { start: start.toISOString(), end: NOW.toISOString(), duration_seconds: 91 * DAY },
      constraints: aConstraints({ measure: { kind: 'count', of: 'order', field: null } }),
    });
    expect(result.query).toContain("o.created_at >= NOW() - INTERVAL '91 days'");
    expect(result.query).not.toContain('DATE_TRUNC');
    expect(Number(result.rows[0]!['count'])).toBe(rows.orders.filter((o) => o.created_at >= start).length);
  });

  it('should read a window inside one year as the year column of a table without timestamps (fiscal_year)', async () => {
    const result = await run({
      tables: ['budget'],
      timeRange: 'this fiscal year',
      window: {
        start: startOf('year').toISOString(),
        end: NOW.toISOString(),
        duration_seconds: (NOW.getTime() - startOf('year').getTime()) / 1000,
      },
      constraints: aConstraints({
        filters: [{ ...aFilter('text', ['it']), field: 'department' }],
        measure: { kind: 'sum', of: 'spent', field: null },
      }),
    });
    expect(result.query).toContain(`b.fiscal_year = ${NOW.getUTCFullYear()}`);
    const expected = round2(
      rows.budget
        .filter((b) => b.department === 'it' && b.fiscal_year === NOW.getUTCFullYear())
        .reduce((sum, b) => sum + b.spent, 0),
    );
    expect(expected).toBeGreaterThan(0);
    expect(round2(Number(result.rows[0]!['sum_spent']))).toBe(expected);
  });

  it('should keep a budget amount on the budget table for a window inside one year, not a dated table holding an amount', async () => {
    const result = await run({
      tables: ['budget'],
      timeRange: 'this fiscal year',
      window: {
        start: startOf('year').toISOString(),
        end: NOW.toISOString(),
        duration_seconds: (NOW.getTime() - startOf('year').getTime()) / 1000,
      },
      constraints: aConstraints({
        measure: { kind: 'sum', of: 'budget', field: 'amount' },
        group_by: [{ kind: 'department', field: 'department' }],
      }),
    });
    expect(result.query).toContain('FROM budget b');
    expect(result.query).toContain(`b.fiscal_year = ${NOW.getUTCFullYear()}`);
    expect(result.rows.length).toBeGreaterThan(0);
    for (const row of result.rows) {
      const expected = rows.budget
        .filter((b) => b.department === row['department'] && b.fiscal_year === NOW.getUTCFullYear())
        .reduce((sum, b) => sum + b.amount, 0);
      expect(round2(Number(row['sum_amount']))).toBe(round2(expected));
    }
  });

  it('should sum revenue over a dated table when the analysis names an undated one (budget)', async () => {
    const result = await run({
      tables: ['budget'],
      ...rolling(365),
      constraints: aConstraints({
        filters: [aFilter('currency', ['USD'])],
        measure: { kind: 'sum', of: 'revenue', field: 'budget.amount' },
      }),
    });
    const expected = round2(
      rows.orders.filter((o) => o.currency === 'USD' && within(o.created_at, 365)).reduce((sum, o) => sum + o.total, 0),
    );
    expect(result.query).toContain('FROM orders o');
    expect(round2(Number(result.rows[0]!['sum_total']))).toBe(expected);
  });
});

describe('SQL answers on PGlite: medians, comparisons, absences', () => {
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = (sorted.length - 1) / 2;
    return (sorted[Math.floor(mid)]! + sorted[Math.ceil(mid)]!) / 2;
  };

  it('should compute a median order total with PERCENTILE_CONT', async () => {
    const result = await run({
      tables: ['orders'],
      constraints: aConstraints({
        filters: [aFilter('currency', ['EUR'])],
        measure: { kind: 'median', of: 'order total', field: 'orders.total' },
      }),
    });
    expect(result.query).toContain('PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY o.total)');
    const expected = median(rows.orders.filter((o) => o.currency === 'EUR').map((o) => o.total));
    expect(round2(Number(result.rows[0]!['median_total']))).toBe(round2(expected));
  });

  it('should compute a 90th percentile per status', async () => {
    const result = await run({
      tables: ['orders'],
      constraints: aConstraints({
        measure: { kind: 'percentile', of: 'total', field: 'total', percentile: 90 },
        group_by: [{ kind: 'status', field: 'status' }],
      }),
    });
    expect(result.query).toContain('PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY o.total) AS p90_total');
    expect(result.rows.length).toBe(new Set(rows.orders.map((o) => o.status)).size);
  });

  it('should list the departments and months that spent more than their budget (summed per group)', async () => {
    const result = await run({
      tables: ['budget'],
      constraints: aConstraints({
        measure: { kind: 'sum', of: 'budget', field: 'amount' },
        extra_measures: [{ kind: 'sum', of: 'spent', field: 'spent' }],
        comparison: {
          left: 'spent',
          operator: 'gt',
          right: 'budget',
          left_field: 'spent',
          right_field: 'amount',
          expression: 'overspent',
        },
        group_by: [{ kind: 'department', field: 'department' }],
        time_bucket: { unit: 'month', size: 1, seconds: 2_592_000 },
      }),
    });
    expect(result.query).toContain('GROUP BY b.department, b.fiscal_month');
    expect(result.query).toContain('HAVING SUM(b.spent) > SUM(b.amount)');
    const totals = new Map<string, number>();
    for (const b of rows.budget) {
      const key = `${b.department}/${b.fiscal_month}`;
      totals.set(key, (totals.get(key) ?? 0) + b.spent - b.amount);
    }
    const expected = [...totals]
      .filter(([, d]) => d > 0)
      .map(([k]) => k)
      .sort();
    expect(result.rows.map((r) => `${String(r['department'])}/${String(r['fiscal_month'])}`).sort()).toEqual(expected);
  });

  it('should give each customer the earliest and the latest order time over all their orders', async () => {
    const result = await run({
      tables: ['orders', 'customers'],
      question: 'first purchase date and last purchase date of every buyer',
      constraints: aConstraints({
        measure: { kind: 'min', of: 'time', field: null },
        extra_measures: [{ kind: 'max', of: 'time', field: null }],
        group_by: [{ kind: 'customer', field: 'orders.customer_id' }],
      }),
    });
    expect(result.query).not.toContain('NOT EXISTS');
    const spans = new Map<number, [number, number]>();
    for (const o of rows.orders) {
      const [low, high] = spans.get(o.customer_id) ?? [Infinity, -Infinity];
      spans.set(o.customer_id, [Math.min(low, o.created_at.getTime()), Math.max(high, o.created_at.getTime())]);
    }
    expect([...spans.values()].some(([low, high]) => low < high)).toBe(true);
    for (const r of result.rows) {
      const [low, high] = spans.get(Number(r['customer_id']))!;
      expect([new Date(r['first_seen'] as Date).getTime(), new Date(r['last_seen'] as Date).getTime()]).toEqual([
        low,
        high,
      ]);
    }
  });

  it('ranks groups by the comparison itself when the question ranks "by" it, not by the measure beside it', async () => {
    const result = await run({
      tables: ['budget'],
      question: 'order the units by their spending overrun, worst 2',
      constraints: aConstraints({
        measure: { kind: 'sum', of: 'budget', field: 'amount' },
        extra_measures: [{ kind: 'sum', of: 'spent', field: 'spent' }],
        comparison: {
          left: 'spent',
          operator: 'gt',
          right: 'budget',
          left_field: 'spent',
          right_field: 'amount',
          expression: 'spending overrun',
        },
        group_by: [{ kind: 'department', field: 'department' }],
        order: { by: 'measure', direction: 'desc' },
        limit: 2,
      }),
    });
    expect(result.query).toContain('ORDER BY spent_minus_amount DESC');
    const over = new Map<string, number>();
    for (const b of rows.budget) over.set(b.department, (over.get(b.department) ?? 0) + b.spent - b.amount);
    const expected = [...over]
      .filter(([, d]) => d > 0)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 2)
      .map(([department]) => department);
    expect(result.rows.map((r) => String(r['department']))).toEqual(expected);
  });

  it('should list customers who never ordered with NOT EXISTS, and with no order in the window when one is given', async () => {
    const never = await run({
      tables: ['orders', 'customers'],
      question: 'customers who have never placed an order',
      constraints: aConstraints({ absence: { of: 'order', subject: 'customer', expression: 'never placed an order' } }),
    });
    const ordered = new Set(rows.orders.map((o) => o.customer_id));
    const ids = (r: Array<Record<string, unknown>>) => r.map((x) => Number(x['customer_id'])).sort((a, b) => a - b);
    expect(never.query).toContain('FROM customers c');
    expect(ids(never.rows)).toEqual(
      rows.customers
        .filter((c) => !ordered.has(c.customer_id))
        .map((c) => c.customer_id)
        .sort((a, b) => a - b),
    );

    const recent = await run({
      tables: ['customers', 'orders'],
      ...rolling(10),
      constraints: aConstraints({ absence: { of: 'order', subject: 'customer', expression: 'no orders' } }),
    });
    const active = new Set(rows.orders.filter((o) => within(o.created_at, 10)).map((o) => o.customer_id));
    expect(ids(recent.rows)).toEqual(
      rows.customers
        .filter((c) => !active.has(c.customer_id))
        .map((c) => c.customer_id)
        .sort((a, b) => a - b),
    );
  });

  it('should list the goods with no sale in the window over their line items, dated by the order each belongs to', async () => {
    const result = await run({
      tables: ['products', 'orders'],
      question: 'which kit has not sold in the last 10 days',
      ...rolling(10),
      constraints: aConstraints({ absence: { of: 'sale', subject: 'product', expression: 'has not sold' } }),
    });
    expect(result.query).toContain('FROM products p');
    expect(result.query).toMatch(/NOT EXISTS \(SELECT 1 FROM order_items x JOIN orders o ON o\.order_id = x\.order_id/);
    const recent = new Set(rows.orders.filter((o) => within(o.created_at, 10)).map((o) => o.order_id));
    const sold = new Set(rows.order_items.filter((i) => recent.has(i.order_id)).map((i) => i.product_id));
    expect(sold.size).toBeGreaterThan(0);
    expect(sold.size).toBeLessThan(rows.products.length);
    expect(result.rows.map((r) => Number(r['product_id'])).sort((a, b) => a - b)).toEqual(
      rows.products
        .filter((x) => !sold.has(x.product_id))
        .map((x) => x.product_id)
        .sort((a, b) => a - b),
    );
  });

  it('should date the customers, not their orders, when the window says when they signed up', async () => {
    const result = await run({
      tables: ['customers', 'orders'],
      question: 'customers who signed up last 400 days but have no orders',
      ...rolling(400),
      constraints: aConstraints({ absence: { of: 'order', subject: 'customer', expression: 'have no orders' } }),
    });
    const ordered = new Set(rows.orders.map((o) => o.customer_id));
    expect(result.query).toMatch(/NOT EXISTS \(SELECT 1 FROM orders x WHERE x\.customer_id = c\.customer_id\)/);
    expect(result.rows.length).toBeGreaterThan(0);
    expect(result.rows.map((x) => Number(x['customer_id'])).sort((a, b) => a - b)).toEqual(
      rows.customers
        .filter((c) => !ordered.has(c.customer_id) && within(c.created_at, 400))
        .map((c) => c.customer_id)
        .sort((a, b) => a - b),
    );
  });

  it('should date the customers when a preposition stands between their sign-up and the window', async () => {
    const result = await run({
      tables: ['customers', 'orders'],
      question: 'customers that registered within last 400 days yet have no orders',
      ...rolling(400),
      constraints: aConstraints({ absence: { of: 'order', subject: 'customer', expression: 'have no orders' } }),
    });
    expect(result.query).toMatch(/c\.created_at >= /);
    expect(result.query).not.toMatch(/x\.created_at/);
  });

  it('should date the customers when "the" stands between the preposition and the window', async () => {
    const result = await run({
      tables: ['customers', 'orders'],
      question: 'customers that onboarded during the last 400 days, none of them buying so far, with no orders',
      ...rolling(400),
      constraints: aConstraints({ absence: { of: 'order', subject: 'customer', expression: 'with no orders' } }),
    });
    expect(result.query).toMatch(/c\.created_at >= /);
    expect(result.query).not.toMatch(/x\.created_at/);
  });

  it('should list the smallest invoices by their amount when the measure is the least of the rows themselves', async () => {
    const result = await run({
      tables: ['invoices'],
      question: 'the 3 smallest invoices',
      constraints: aConstraints({
        measure: { kind: 'min', of: 'invoices', field: null },
        order: { by: 'measure', direction: 'asc' },
        limit: 3,
      }),
    });
    expect(result.query).toMatch(/ORDER BY i\.amount ASC/);
    expect(result.rows.map((r) => Number(r['amount']))).toEqual(
      rows.invoices
        .map((i) => Number(i.amount))
        .sort((a, b) => a - b)
        .slice(0, 3),
    );
  });

  it('should count distinct customers over the orders they placed, not over the customers table', async () => {
    const result = await run({
      tables: ['customers', 'orders'],
      question: 'active customers per week (distinct customers with a refunded order), last 90 days',
      ...rolling(90),
      constraints: aConstraints({
        filters: [
          aFilter('status', ['active'], { expression: 'active' }),
          aFilter('status', ['refunded'], { field: 'orders.status', expression: 'refunded' }),
        ],
        measure: { kind: 'distinct_count', of: 'customer', field: 'customers.customer_id' },
        time_bucket: { unit: 'week', size: 1, seconds: 7 * DAY },
      }),
    });
    expect(result.query).toMatch(/FROM orders o/);
    expect(result.query).toMatch(/COUNT\(DISTINCT o\.customer_id\)/);
    expect(result.query).not.toMatch(/\bactive\b IS TRUE|c\.status = 'active'/);
    const expected = new Set(
      rows.orders.filter((o) => o.status === 'refunded' && within(o.created_at, 90)).map((o) => o.customer_id),
    );
    expect(expected.size).toBeGreaterThan(0);
    const perWeek = result.rows.reduce((sum, r) => sum + Number(r['distinct_customer_id']), 0);
    expect(perWeek).toBeGreaterThanOrEqual(expected.size);
  });

  it('should answer a rate as the status rows in percent of all rows per group, the status kept out of WHERE', async () => {
    const result = await run({
      tables: ['orders'],
      question: 'refund rate by currency',
      constraints: aConstraints({
        filters: [aFilter('status', ['refunded'], { field: 'orders.status', expression: 'refunded' })],
        group_by: [{ kind: 'currency', field: 'orders.currency' }],
        share: { expression: 'refund rate' },
      }),
    });
    expect(result.query).not.toMatch(/^WHERE o\.status/m);
    const expected = new Map<string, number>();
    for (const currency of new Set(rows.orders.map((o) => o.currency))) {
      const all = rows.orders.filter((o) => o.currency === currency);
      expected.set(currency, round2((100 * all.filter((o) => o.status === 'refunded').length) / all.length));
    }
    expect(new Map(result.rows.map((r) => [String(r['currency']), Number(r['percent'])]))).toEqual(expected);
  });

  it('should count invoices paid after their due date by comparing the two dates', async () => {
    const result = await run({
      tables: ['invoices'],
      question: 'how many invoices were paid after their due date',
      constraints: aConstraints({ measure: { kind: 'count', of: 'invoice', field: null } }),
    });
    expect(result.query).toContain('i.paid_at > i.due_date');
    expect(Number(result.rows[0]!['count'])).toBe(
      rows.invoices.filter((i) => i.paid_at !== null && i.paid_at > new Date(`${String(i.due_date)}`)).length,
    );
  });

  it('should list inactive users of one department, one row each (no count per user)', async () => {
    const result = await run({
      tables: ['users'],
      constraints: aConstraints({
        filters: [aFilter('text', ['finance'], { field: 'department', expression: 'finance department' })],
        group_by: [{ kind: 'user', field: 'user_id' }],
        inactivity: { duration_seconds: 30 * DAY, activity: 'login', expression: 'not logged in for 30 days' },
      }),
    });
    expect(result.query).not.toContain('COUNT(');
    const expected = rows.users
      .filter((u) => u.department === 'finance' && (u.last_login_at === null || !within(u.last_login_at, 30)))
      .map((u) => u.user_id)
      .sort((a, b) => a - b);
    expect(result.rows.map((r) => Number(r['user_id'])).sort((a, b) => a - b)).toEqual(expected);
  });
});

describe('SQL answers on PGlite: a list ordered by a column', () => {
  it('should list unpaid invoices biggest amount first (no MAX, one row per invoice)', async () => {
    const result = await run({
      tables: ['invoices'],
      constraints: aConstraints({
        filters: [aFilter('status', ['unpaid'])],
        order: { by: 'invoices.amount', direction: 'desc' },
      }),
    });
    expect(result.query).toContain('ORDER BY i.amount DESC');
    const expected = rows.invoices
      .filter((i) => i.status === 'unpaid')
      .map((i) => i.amount)
      .sort((a, b) => b - a);
    expect(result.rows.map((r) => Number(r['amount']))).toEqual(expected.slice(0, 100));
  });
});

describe('SQL answers on PGlite: rows bounded through a join or by their age', () => {
  it('should count the orders per day of customers in one country, on the orders, through the join', async () => {
    const result = await run({
      tables: ['customers', 'orders'],
      question: 'daily order volume for clients based in France, past month',
      ...rolling(30),
      constraints: aConstraints({
        filters: [aFilter('country', ['France', 'FR'], { field: 'customers.country', operator: 'in' })],
        time_bucket: { unit: 'day', size: 1, seconds: DAY },
      }),
    });
    const customers = byCustomer();
    const expected = rows.orders.filter(
      (o) => within(o.created_at, 30) && customers.get(o.customer_id)!.country === 'France',
    ).length;
    expect(expected).toBeGreaterThan(0);
    expect(result.query).toMatch(/^FROM orders o$/m);
    expect(result.rows.reduce((sum, r) => sum + Number(r['count']), 0)).toBe(expected);
  });

  it('should list pending orders older than a number of days, on the order time, not a window up to now', async () => {
    const result = await run({
      tables: ['orders'],
      question: 'pending orders older than 45 days',
      constraints: aConstraints({ filters: [aFilter('status', ['pending'], { field: 'orders.status' })] }),
    });
    const expected = rows.orders
      .filter((o) => o.status === 'pending' && !within(o.created_at, 45))
      .map((o) => o.order_id)
      .sort((a, b) => a - b);
    expect(expected.length).toBeGreaterThan(0);
    expect(result.query).toContain("o.created_at < NOW() - INTERVAL '45 days'");
    expect(result.rows.map((r) => Number(r['order_id'])).sort((a, b) => a - b)).toEqual(expected);
  });

  it('should sum the orders of customers in one country when the analysis names no orders table', async () => {
    const result = await run({
      tables: ['customers', 'budget'],
      question: 'revenue from Japanese clients over the past year',
      ...rolling(365),
      constraints: aConstraints({
        filters: [aFilter('country', ['Japan', 'JP'], { field: 'customers.country', operator: 'in' })],
        measure: { kind: 'sum', of: 'revenue', field: null },
      }),
    });
    const customers = byCustomer();
    const expected = round2(
      rows.orders
        .filter((o) => within(o.created_at, 365) && customers.get(o.customer_id)!.country === 'Japan')
        .reduce((sum, o) => sum + o.total, 0),
    );
    expect(expected).toBeGreaterThan(0);
    expect(result.query).toMatch(/SUM\(o\.total\)/);
    expect(round2(Number(result.rows[0]!['sum_total']))).toBe(expected);
  });

  it('should list the customers whose orders add up to more than an amount, summed per customer', async () => {
    const result = await run({
      tables: ['customers', 'budget'],
      question: 'which clients spent more than 4000 over the past year',
      ...rolling(365),
      constraints: aConstraints({
        measure: { kind: 'sum', of: 'spend', field: 'budget.amount' },
        having: { operator: 'gt', value: 4000 },
      }),
    });
    const totals = new Map<number, number>();
    for (const o of rows.orders)
      if (within(o.created_at, 365)) totals.set(o.customer_id, (totals.get(o.customer_id) ?? 0) + o.total);
    const expected = [...totals]
      .filter(([, total]) => total > 4000)
      .map(([id]) => id)
      .sort((a, b) => a - b);
    expect(expected.length).toBeGreaterThan(0);
    expect(result.query).toContain('HAVING SUM(o.total) > 4000');
    expect(result.rows.map((r) => Number(r['customer_id'])).sort((a, b) => a - b)).toEqual(expected);
  });

  it('should filter line items on their own column and date them through their order', async () => {
    const result = await run({
      tables: ['order_items', 'orders'],
      question: 'line items with a quantity of at least 3 over the past 60 days',
      ...rolling(60),
      constraints: aConstraints({
        filters: [
          aFilter('text', ['3'], {
            field: 'order_items.quantity',
            operator: 'gte',
            expression: 'quantity of at least 3',
          }),
        ],
      }),
    });
    const recent = new Set(rows.orders.filter((o) => within(o.created_at, 60)).map((o) => o.order_id));
    const expected = rows.order_items
      .filter((i) => i.quantity >= 3 && recent.has(i.order_id))
      .map((i) => i.order_item_id)
      .sort((a, b) => a - b);
    expect(expected.length).toBeGreaterThan(0);
    expect(result.query).toMatch(/^FROM order_items oi$/m);
    expect(result.rows.map((r) => Number(r['order_item_id'])).sort((a, b) => a - b)).toEqual(expected.slice(0, 100));
  });
  it('should read an outcome with no status column as part of the event name, counted per address', async () => {
    const result = await run({
      tables: ['events'],
      question: 'unsuccessful-looking failed login rows by address, past month',
      ...rolling(30),
      constraints: aConstraints({
        filters: [
          aFilter('status', ['failed']),
          aFilter('text', ['login'], { field: 'events.event_type', expression: 'login rows' }),
        ],
        measure: { kind: 'count', of: null, field: null },
        group_by: [{ kind: 'ip', field: 'events.ip_address' }],
      }),
    });
    const expected = new Map<string, number>();
    for (const e of rows.events)
      if (e.event_type === 'failed_login' && within(e.occurred_at, 30))
        expected.set(e.ip_address, (expected.get(e.ip_address) ?? 0) + 1);
    expect(expected.size).toBeGreaterThan(0);
    expect(result.query).toMatch(/event_type ILIKE '%fail%'/);
    expect(new Map(result.rows.map((r) => [String(r['ip_address']), Number(r['count'])]))).toEqual(expected);
  });
  it('should compute what is left of an allotment per group as the sum allotted less the sum spent', async () => {
    const result = await run({
      tables: ['budget'],
      question: 'funds remaining for the sales department per category',
      constraints: aConstraints({
        filters: [aFilter('text', ['sales'], { field: 'department', expression: 'sales department' })],
        measure: { kind: 'sum', of: 'budget', field: 'amount' },
        extra_measures: [{ kind: 'sum', of: 'spent', field: 'spent' }],
        group_by: [{ kind: 'category', field: 'category' }],
        difference: {
          left: 'budget',
          right: 'spent',
          left_field: 'amount',
          right_field: 'spent',
          expression: 'funds remaining',
        },
      }),
    });
    const expected = new Map<string, number>();
    for (const b of rows.budget)
      if (b.department === 'sales') expected.set(b.category, (expected.get(b.category) ?? 0) + b.amount - b.spent);
    expect(expected.size).toBe(2);
    expect(result.query).toContain('SUM(b.amount) - SUM(b.spent)');
    expect(new Map(result.rows.map((r) => [String(r['category']), round2(Number(r['amount_left']))]))).toEqual(
      new Map([...expected].map(([k, v]) => [k, round2(v)])),
    );
  });

  it('should order the groups by what is left when the question ranks by its measure', async () => {
    const result = await run({
      tables: ['budget'],
      question: 'allowance minus spending per category, smallest first',
      constraints: aConstraints({
        measure: { kind: 'sum', of: 'budget', field: 'amount' },
        extra_measures: [{ kind: 'sum', of: 'spent', field: 'spent' }],
        group_by: [{ kind: 'category', field: 'category' }],
        order: { by: 'measure', direction: 'asc' },
        difference: {
          left: 'budget',
          right: 'spent',
          left_field: 'amount',
          right_field: 'spent',
          expression: 'allowance minus spending',
        },
      }),
    });
    expect(result.query).toMatch(/ORDER BY amount_left ASC/);
    const left = result.rows.map((r) => Number(r['amount_left']));
    expect(left.length).toBeGreaterThan(1);
    expect(left).toEqual([...left].sort((a, b) => a - b));
  });

  it('should sum order totals per calendar quarter (DATE_TRUNC quarter, not month)', async () => {
    const result = await run({
      tables: ['orders'],
      ...rolling(400),
      constraints: aConstraints({
        measure: { kind: 'sum', of: 'total', field: 'total' },
        time_bucket: { unit: 'month', size: 3, seconds: 3 * 2_592_000 },
      }),
    });
    expect(result.query).toContain("DATE_TRUNC('quarter', o.created_at)");
    const sums = new Map<number, number>();
    for (const o of rows.orders.filter((order) => within(order.created_at, 400))) {
      const quarter = Date.UTC(o.created_at.getUTCFullYear(), Math.floor(o.created_at.getUTCMonth() / 3) * 3, 1);
      sums.set(quarter, (sums.get(quarter) ?? 0) + o.total);
    }
    const got = new Map(
      result.rows.map((r) => [new Date(String(r['bucket'])).getTime(), round2(Number(r['sum_total']))]),
    );
    expect(got).toEqual(new Map([...sums].map(([k, v]) => [k, round2(v)])));
  });

  it('should count the orders per product over the line items that link them, each order once', async () => {
    const result = await run({
      tables: ['orders', 'order_items', 'products'],
      question: 'how many orders took each product',
      constraints: aConstraints({
        measure: { kind: 'count', of: 'order', field: 'order_items.order_id' },
        group_by: [{ kind: 'product', field: 'order_items.product_id' }],
      }),
    });
    const orders = new Map<number, Set<number>>();
    for (const item of rows.order_items)
      orders.set(item.product_id, (orders.get(item.product_id) ?? new Set()).add(item.order_id));
    expect(result.query).toContain('COUNT(DISTINCT');
    expect(result.query).toContain('FROM order_items oi');
    const counted = new Map(result.rows.map((r) => [Number(r['product_id']), Number(r['distinct_order_id'])]));
    expect(counted).toEqual(new Map([...orders].map(([product, ids]) => [product, ids.size])));
  });

  it('should read "locked" people on a table with an active flag and no status as the flag negated', async () => {
    const result = await run({
      tables: ['users'],
      question: 'locked members of the sales team',
      constraints: aConstraints({ filters: [aFilter('status', ['locked'])] }),
    });
    expect(result.query).toContain('u.active IS NOT TRUE');
    expect(result.rows.map((r) => Number(r['user_id'])).sort((a, b) => a - b)).toEqual(
      rows.users
        .filter((u) => !u.active)
        .map((u) => u.user_id)
        .sort((a, b) => a - b),
    );
  });

  it('should sum what was spent per category this month on the table holding both, in its year and month columns', async () => {
    const result = await run({
      tables: [],
      question: 'spend per category this month',
      timeRange: 'this month',
      window: {
        start: startOf('month').toISOString(),
        end: NOW.toISOString(),
        duration_seconds: (NOW.getTime() - startOf('month').getTime()) / 1000,
      },
      constraints: aConstraints({
        measure: { kind: 'sum', of: 'spend', field: null },
        group_by: [{ kind: 'category', field: null }],
      }),
    });
    const month = NOW.getUTCMonth() + 1;
    expect(result.query).toContain('FROM budget b');
    expect(result.query).toContain(`b.fiscal_month = ${month}`);
    expect(result.rows.length).toBeGreaterThan(0);
    for (const row of result.rows) {
      const expected = rows.budget
        .filter((b) => b.category === row['category'] && b.fiscal_month === month)
        .reduce((sum, b) => sum + b.spent, 0);
      expect(round2(Number(row['sum_spent']))).toBe(round2(expected));
    }
  });

  it('should read people who never signed in as an empty last sign-in', async () => {
    const result = await run({
      tables: ['users'],
      question: 'staff in every team who have never logged on',
      constraints: aConstraints({}),
    });
    expect(result.query).toContain('u.last_login_at IS NULL');
    expect(result.rows.map((r) => Number(r['user_id'])).sort((a, b) => a - b)).toEqual(
      rows.users
        .filter((u) => u.last_login_at === null)
        .map((u) => u.user_id)
        .sort((a, b) => a - b),
    );
  });

  it('should sum the spent column for "spending" said as a noun', async () => {
    const result = await run({
      tables: ['budget'],
      question: 'spending per category',
      constraints: aConstraints({
        measure: { kind: 'sum', of: 'spending', field: null },
        group_by: [{ kind: 'category', field: 'category' }],
      }),
    });
    expect(result.query).toContain('SUM(b.spent)');
  });

  it('should sum a spend per a group of another table over a table that reaches it, not one that cannot', async () => {
    const result = await run({
      tables: ['budget', 'customers'],
      question: 'spend of each country',
      constraints: aConstraints({
        measure: { kind: 'sum', of: 'spend', field: 'budget.spent' },
        group_by: [{ kind: 'country', field: 'customers.country' }],
      }),
    });
    expect(result.query).toContain('FROM orders o');
    const country = new Map(rows.customers.map((c) => [c.customer_id, c.country]));
    const sums = new Map<string, number>();
    for (const o of rows.orders) {
      const key = country.get(o.customer_id)!;
      sums.set(key, (sums.get(key) ?? 0) + o.total);
    }
    for (const row of result.rows)
      expect(round2(Number(row['sum_total']))).toBe(round2(sums.get(String(row['country']))!));
  });

  it('should count distinct addresses per person over what they did when only that table keeps an address', async () => {
    const result = await run({
      tables: ['users'],
      question: 'different addresses each member came from',
      constraints: aConstraints({
        measure: { kind: 'distinct_count', of: 'ip', field: null },
        group_by: [{ kind: 'user', field: 'user_id' }],
      }),
    });
    expect(result.query).toContain('FROM events e');
    const ips = new Map<number, Set<string>>();
    for (const e of rows.events) ips.set(e.user_id, (ips.get(e.user_id) ?? new Set()).add(e.ip_address));
    const counted = new Map(result.rows.map((r) => [Number(r['user_id']), Number(r['distinct_ip_address'])]));
    expect(counted).toEqual(new Map([...ips].map(([user, set]) => [user, set.size])));
  });

  it('should count rows per a key placed on a table of records over that table, a filter on the people joined', async () => {
    const result = await run({
      tables: ['users', 'events'],
      question: 'members of sales with more than 1 download',
      constraints: aConstraints({
        filters: [
          { ...aFilter('text', ['sales']), field: 'users.department' },
          { ...aFilter('text', ['download']), field: 'events.event_type' },
        ],
        measure: { kind: 'count', of: null, field: null },
        group_by: [{ kind: 'user', field: 'events.user_id' }],
        having: { operator: 'gt', value: 1 },
      }),
    });
    expect(result.query).toContain('FROM events e');
    const department = new Map(rows.users.map((u) => [u.user_id, u.department]));
    const counts = new Map<number, number>();
    for (const e of rows.events)
      if (e.event_type === 'download' && department.get(e.user_id) === 'sales')
        counts.set(e.user_id, (counts.get(e.user_id) ?? 0) + 1);
    const expected = [...counts].filter(([, n]) => n > 1).map(([id]) => id);
    expect(result.rows.map((r) => Number(r['user_id'])).sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b));
  });

  it('should read an inactivity of sign-ins over the table that keeps the last one when the analysis named none', async () => {
    const result = await run({
      tables: [],
      question: 'staff not logged in for 30 days',
      constraints: aConstraints({
        inactivity: { duration_seconds: 30 * DAY, activity: 'login', expression: 'not logged in for 30 days' },
      }),
    });
    expect(result.query).toContain('FROM users u');
    expect(result.rows.map((r) => Number(r['user_id'])).sort((a, b) => a - b)).toEqual(
      rows.users
        .filter((u) => u.last_login_at === null || !within(u.last_login_at, 30))
        .map((u) => u.user_id)
        .sort((a, b) => a - b),
    );
  });
});

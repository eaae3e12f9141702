import { DAY, type AnalysisFixture } from './testing/analysis-fixtures';
import { seededPostgres } from './testing/seeded-postgres';
import { sqlConstraints } from './testing/sql-constraints';
import type { SeedRows } from './testing/sql-seed';

/**
 * Questions read by the planner's constraint extractor and answered by the SQL agent on PGlite, the rows
 * checked against the same seeded rows in JavaScript: elapsed times asked as "how many hours does it take",
 * units with their money, groups named after "which", thresholds on a share of an allotment, top-N row lists.
 */
const NOW = new Date();
const MS_PER_DAY = DAY * 1000;
const postgres = seededPostgres(NOW);
let rows: SeedRows;

beforeAll(() => {
  rows = postgres.rows();
});

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The fixture a planner sends for a question over these tables, its constraints read by the extractor. */
function planned(question: string, tables: string[], windowDays?: number): AnalysisFixture {
  const constraints = sqlConstraints(question, tables);
  const window =
    windowDays === undefined
      ? null
      : {
          start: new Date(NOW.getTime() - windowDays * MS_PER_DAY).toISOString(),
          end: NOW.toISOString(),
          duration_seconds: windowDays * DAY,
        };
  return {
    tables,
    question,
    constraints,
    timeRange: window ? `last ${windowDays} days` : null,
    window,
    aggregation: true,
  };
}

const since = (days: number) => NOW.getTime() - days * MS_PER_DAY;

describe('SQL answers to questions read by the extractor, on PGlite', () => {
  it('should count the customers of each e-mail domain, the part of the address after its "@"', async () => {
    const result = await postgres.run(
      planned('the number of customers per e-mail domain, for the ten most common domains', ['customers']),
    );
    const counts = new Map<string, number>();
    for (const c of rows.customers) {
      const domain = c.email.split('@')[1]!;
      counts.set(domain, (counts.get(domain) ?? 0) + 1);
    }
    expect(result.query).toMatch(/split_part\(c\.email, '@', 2\) AS email_domain/);
    expect(result.rows.length).toBe(Math.min(10, counts.size));
    for (const row of result.rows) expect(Number(row['count'])).toBe(counts.get(String(row['email_domain'])));
  });

  it('should average the hours between issue and payment when asked how many hours it takes to get paid', async () => {
    const result = await postgres.run(
      planned('Typically, how many hours does it take for invoices to get paid, split by currency?', ['invoices']),
    );
    const hours = new Map<string, number[]>();
    for (const i of rows.invoices)
      if (i.paid_at)
        hours.set(i.currency, [
          ...(hours.get(i.currency) ?? []),
          (i.paid_at.getTime() - i.issued_at.getTime()) / 3.6e6,
        ]);
    const expected = new Map([...hours].map(([c, h]) => [c, round2(h.reduce((a, b) => a + b, 0) / h.length)]));
    expect(expected.size).toBeGreaterThan(0);
    expect(result.query).toMatch(/AVG\(EXTRACT\(EPOCH FROM \(i\.paid_at - i\.issued_at\)\)/);
    expect(new Map(result.rows.map((r) => [String(r['currency']), round2(Number(r['avg_hours']))]))).toEqual(expected);
  });

  it('should sum the units and what they sold for, per category, over the line items', async () => {
    const result = await postgres.run(
      planned(
        'By category: how many units went out over the last 60 days, and for how much?',
        ['order_items', 'orders', 'products'],
        60,
      ),
    );
    const recent = new Set(rows.orders.filter((o) => o.created_at.getTime() >= since(60)).map((o) => o.order_id));
    const category = new Map(rows.products.map((p) => [p.product_id, p.category]));
    const expected = new Map<string, { units: number; revenue: number }>();
    for (const item of rows.order_items) {
      if (!recent.has(item.order_id)) continue;
      const key = category.get(item.product_id)!;
      const sums = expected.get(key) ?? { units: 0, revenue: 0 };
      expected.set(key, {
        units: sums.units + item.quantity,
        revenue: round2(sums.revenue + item.quantity * item.unit_price),
      });
    }
    expect(expected.size).toBe(2);
    expect(
      new Map(
        result.rows.map((r) => [
          String(r['category']),
          { units: Number(r['units']), revenue: round2(Number(r['revenue'])) },
        ]),
      ),
    ).toEqual(expected);
  });

  it('should group a spending threshold by the column named after "which", not by the row’s entity', async () => {
    const result = await postgres.run(
      planned(
        'Which client segments have brought in more than $9,000 in USD orders over the last 120 days?',
        ['orders', 'customers'],
        120,
      ),
    );
    const segment = new Map(rows.customers.map((c) => [c.customer_id, c.segment]));
    const sums = new Map<string, number>();
    for (const o of rows.orders)
      if (o.currency === 'USD' && o.created_at.getTime() >= since(120))
        sums.set(segment.get(o.customer_id)!, (sums.get(segment.get(o.customer_id)!) ?? 0) + o.total);
    const expected = new Map([...sums].filter(([, total]) => total > 9000).map(([s, total]) => [s, round2(total)]));
    expect(expected.size).toBeGreaterThan(0);
    expect(result.query).toMatch(/GROUP BY c\.segment\n/);
    expect(new Map(result.rows.map((r) => [String(r['segment']), round2(Number(r['sum_total']))]))).toEqual(expected);
  });

  it('should count per user when "which" names users behind a department, keeping only those over the threshold', async () => {
    const result = await postgres.run(
      planned(
        'which finance department users had more than 2 login events in the last 45 days?',
        ['events', 'users'],
        45,
      ),
    );
    const finance = new Set(rows.users.filter((u) => u.department === 'finance').map((u) => u.user_id));
    const counts = new Map<number, number>();
    for (const e of rows.events)
      if (finance.has(e.user_id) && e.event_type === 'login' && e.occurred_at.getTime() >= since(45))
        counts.set(e.user_id, (counts.get(e.user_id) ?? 0) + 1);
    const expected = new Map([...counts].filter(([, n]) => n > 2));
    expect(expected.size).toBeGreaterThan(0);
    expect(new Map(result.rows.map((r) => [Number(r['user_id']), Number(r['count'])]))).toEqual(expected);
  });

  it('should average per segment for two segments set against each other, and only those two', async () => {
    const result = await postgres.run(
      planned('mean order total, smb versus consumer clients, past 100 days', ['orders', 'customers'], 100),
    );
    const segment = new Map(rows.customers.map((c) => [c.customer_id, c.segment]));
    const totals = new Map<string, number[]>();
    for (const o of rows.orders) {
      const s = segment.get(o.customer_id)!;
      if (o.created_at.getTime() >= since(100) && (s === 'smb' || s === 'consumer'))
        totals.set(s, [...(totals.get(s) ?? []), o.total]);
    }
    const expected = new Map([...totals].map(([s, t]) => [s, round2(t.reduce((a, b) => a + b, 0) / t.length)]));
    expect(expected.size).toBe(2);
    expect(new Map(result.rows.map((r) => [String(r['segment']), round2(Number(r['avg_total']))]))).toEqual(expected);
  });

  it('should count per customer when the customers are placed in a country before the threshold', async () => {
    const result = await postgres.run(
      planned('buyers from Brazil with over 3 orders in the last 150 days', ['orders', 'customers'], 150),
    );
    const brazil = new Set(rows.customers.filter((c) => c.country === 'Brazil').map((c) => c.customer_id));
    const counts = new Map<number, number>();
    for (const o of rows.orders)
      if (brazil.has(o.customer_id) && o.created_at.getTime() >= since(150))
        counts.set(o.customer_id, (counts.get(o.customer_id) ?? 0) + 1);
    const expected = new Map([...counts].filter(([, n]) => n > 3));
    expect(expected.size).toBeGreaterThan(0);
    expect(new Map(result.rows.map((r) => [Number(r['customer_id']), Number(r['count'])]))).toEqual(expected);
  });

  it('should keep the groups that spent more than a share of their budget, with the share reached', async () => {
    const result = await postgres.run(
      planned('Which departments have consumed more than 55 percent of their annual budget?', ['budget']),
    );
    const byDepartment = new Map<string, { spent: number; amount: number }>();
    for (const b of rows.budget) {
      const sums = byDepartment.get(b.department) ?? { spent: 0, amount: 0 };
      byDepartment.set(b.department, { spent: sums.spent + b.spent, amount: sums.amount + b.amount });
    }
    const expected = new Map(
      [...byDepartment]
        .filter(([, s]) => s.spent > 0.55 * s.amount)
        .map(([d, s]) => [d, round2((100 * s.spent) / s.amount)]),
    );
    expect(expected.size).toBeGreaterThan(0);
    expect(expected.size).toBeLessThan(byDepartment.size + 1);
    expect(result.query).toContain('HAVING SUM(b.spent) > 0.55 * SUM(b.amount)');
    expect(
      new Map(result.rows.map((r) => [String(r['department']), round2(Number(r['spent_pct_of_amount']))])),
    ).toEqual(expected);
  });

  it('should list the N largest rows by amount, a currency said in words, with the customer’s name', async () => {
    const result = await postgres.run(
      planned('List our 4 largest unpaid invoices in US dollars, with the name of the customer and the due date', [
        'invoices',
        'customers',
      ]),
    );
    const name = new Map(rows.customers.map((c) => [c.customer_id, c.name]));
    const expected = rows.invoices
      .filter((i) => i.status === 'unpaid' && i.currency === 'USD')
      .sort((a, b) => b.amount - a.amount)
      .slice(0, 4)
      .map((i) => [i.invoice_id, name.get(i.customer_id)]);
    expect(expected).toHaveLength(4);
    expect(result.query).toMatch(/ORDER BY i\.amount DESC\nLIMIT 4$/);
    expect(result.query).toContain('due_date');
    expect(result.rows.map((r) => [Number(r['invoice_id']), r['name']])).toEqual(expected);
  });

  it('should count the dated rows that reference each person, not the people, for a ranking of people by them', async () => {
    for (const question of [
      'the 3 technicians with the most failed_login events over the past 50 days',
      'top 3 users by number of events over the past 50 days',
    ]) {
      const result = await postgres.run(planned(question, ['users', 'events'], 50));
      const counts = new Map<number, number>();
      for (const e of rows.events)
        if (!question.includes('failed_login') || e.event_type === 'failed_login')
          counts.set(e.user_id, (counts.get(e.user_id) ?? 0) + 1);
      const top = [...counts.values()].sort((a, b) => b - a).slice(0, 3);

      expect(result.query).toMatch(/FROM events e\b/);
      expect(result.query).toMatch(/GROUP BY e\.user_id/);
      expect(result.query).toMatch(/LIMIT 3$/);
      expect(result.rows.map((r) => Number(r['count']))).toEqual(top);
    }
  });

  it('should count each buyer once per group over their bills still owed past the due date', async () => {
    const result = await postgres.run(
      planned('number of customers with invoices past due, by currency', ['customers', 'invoices']),
    );
    const today = Date.UTC(NOW.getUTCFullYear(), NOW.getUTCMonth(), NOW.getUTCDate());
    const owing = new Map<string, Set<number>>();
    for (const i of rows.invoices) {
      const due = Date.UTC(i.due_date.getUTCFullYear(), i.due_date.getUTCMonth(), i.due_date.getUTCDate());
      if (i.paid_at === null && due < today)
        owing.set(i.currency, (owing.get(i.currency) ?? new Set()).add(i.customer_id));
    }

    expect(result.query).toContain('COUNT(DISTINCT i.customer_id)');
    expect(owing.size).toBeGreaterThan(0);
    expect(new Map(result.rows.map((r) => [String(r['currency']).trim(), Number(r['distinct_customer_id'])]))).toEqual(
      new Map([...owing].map(([currency, ids]) => [currency, ids.size])),
    );
  });
});

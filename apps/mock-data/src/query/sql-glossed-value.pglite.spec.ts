import { DAY, type AnalysisFixture } from './testing/analysis-fixtures';
import { seededPostgres } from './testing/seeded-postgres';
import { sqlConstraints } from './testing/sql-constraints';

/** A value of a column of a table the planner did not choose, said in brackets, answered on PGlite through the joins. */
const NOW = new Date();
const postgres = seededPostgres(NOW);
const WINDOW_DAYS = 120;

function planned(question: string, tables: string[]): AnalysisFixture {
  const constraints = sqlConstraints(question, tables);
  return {
    tables,
    question,
    constraints,
    timeRange: `last ${WINDOW_DAYS} days`,
    window: {
      start: new Date(NOW.getTime() - WINDOW_DAYS * DAY * 1000).toISOString(),
      end: NOW.toISOString(),
      duration_seconds: WINDOW_DAYS * DAY,
    },
    aggregation: true,
  };
}

describe('SQL: a bracketed value of another table’s column, on PGlite', () => {
  it('should count the distinct buyers per country over the items of that category, not filter the buyers', async () => {
    const rows = postgres.rows();
    const result = await postgres.run(
      planned("how many distinct clients purchased tools (category 'hardware') lately, per country?", [
        'customers',
        'users',
      ]),
    );
    const since = NOW.getTime() - WINDOW_DAYS * DAY * 1000;
    const hardware = new Set(rows.products.filter((p) => p.category === 'hardware').map((p) => p.product_id));
    const recent = new Map(
      rows.orders.filter((o) => o.created_at.getTime() >= since).map((o) => [o.order_id, o.customer_id]),
    );
    const country = new Map(rows.customers.map((c) => [c.customer_id, c.country]));
    const buyers = new Map<string, Set<number>>();
    for (const item of rows.order_items) {
      const customer = recent.get(item.order_id);
      if (customer === undefined || !hardware.has(item.product_id)) continue;
      const key = country.get(customer)!;
      buyers.set(key, (buyers.get(key) ?? new Set()).add(customer));
    }
    expect(buyers.size).toBeGreaterThan(0);
    expect(result.query).toMatch(/p\.category = 'hardware'/);
    expect(new Map(result.rows.map((r) => [String(r['country']), Number(r['distinct_customer_id'])]))).toEqual(
      new Map([...buyers].map(([k, set]) => [k, set.size])),
    );
  });
});

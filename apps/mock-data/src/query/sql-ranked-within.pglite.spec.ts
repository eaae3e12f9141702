import type { AnalysisFixture } from './testing/analysis-fixtures';
import { seededPostgres } from './testing/seeded-postgres';
import { sqlConstraints } from './testing/sql-constraints';

/** The first N of each group, ranked within it, answered on PGlite. */
const NOW = new Date();
const postgres = seededPostgres(NOW);

function planned(question: string, tables: string[]): AnalysisFixture {
  const constraints = sqlConstraints(question, tables);
  return { tables, question, constraints, timeRange: null, window: null, aggregation: true };
}

describe('SQL: the first N within each group, on PGlite', () => {
  it('should keep the two biggest-spending clients of every country, each country ranked on its own', async () => {
    const rows = postgres.rows();
    const result = await postgres.run(planned('top 2 clients by spend for each country', ['orders', 'customers']));
    const country = new Map(rows.customers.map((c) => [c.customer_id, c.country]));
    const spent = new Map<number, number>();
    for (const o of rows.orders) spent.set(o.customer_id, (spent.get(o.customer_id) ?? 0) + o.total);
    const byCountry = new Map<string, Array<[number, number]>>();
    for (const [id, total] of spent)
      byCountry.set(country.get(id)!, [...(byCountry.get(country.get(id)!) ?? []), [id, total]]);
    const expected = new Set(
      [...byCountry.values()].flatMap((list) =>
        list
          .sort((a, b) => b[1] - a[1])
          .slice(0, 2)
          .map(([id]) => id),
      ),
    );
    expect(byCountry.size).toBeGreaterThan(1);
    expect(result.query).toMatch(/ROW_NUMBER\(\) OVER \(PARTITION BY c\.country ORDER BY SUM\(o\.total\) DESC\)/);
    expect(new Set(result.rows.map((r) => Number(r['customer_id'])))).toEqual(expected);
  });
});

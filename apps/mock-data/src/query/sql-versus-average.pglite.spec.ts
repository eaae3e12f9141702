import type { AnalysisFixture } from './testing/analysis-fixtures';
import { seededPostgres } from './testing/seeded-postgres';
import { sqlConstraints } from './testing/sql-constraints';

/** Each one's measure held to the average of them all, answered on PGlite. */
const NOW = new Date();
const postgres = seededPostgres(NOW);

function planned(question: string, tables: string[]): AnalysisFixture {
  const constraints = sqlConstraints(question, tables);
  return { tables, question, constraints, timeRange: null, window: null, aggregation: true };
}

describe('SQL: groups above or below the average of them all, on PGlite', () => {
  it.each([
    ['clients whose total spend is over the mean', '>'],
    ['clients whose total spend is under the average', '<'],
  ])('should keep the clients of "%s"', async (question, op) => {
    const rows = postgres.rows();
    const result = await postgres.run(planned(question, ['customers', 'orders']));
    const spent = new Map<number, number>();
    for (const o of rows.orders) spent.set(o.customer_id, (spent.get(o.customer_id) ?? 0) + o.total);
    const mean = [...spent.values()].reduce((a, b) => a + b, 0) / spent.size;
    const expected = new Set([...spent].filter(([, v]) => (op === '>' ? v > mean : v < mean)).map(([id]) => id));
    expect(expected.size).toBeGreaterThan(0);
    expect(result.query).toContain(`SUM(o.total) ${op} (SELECT AVG(v) FROM (SELECT SUM(o.total) AS v`);
    expect(new Set(result.rows.map((r) => Number(r['customer_id'])))).toEqual(expected);
  });
});

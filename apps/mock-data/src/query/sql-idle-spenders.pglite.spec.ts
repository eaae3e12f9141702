import { DAY, type AnalysisFixture } from './testing/analysis-fixtures';
import { seededPostgres } from './testing/seeded-postgres';
import { sqlConstraints } from './testing/sql-constraints';

/** Parties idle for a while whose earlier doings add up to more than an amount, answered on PGlite. */
const NOW = new Date();
const postgres = seededPostgres(NOW);

function planned(question: string, tables: string[]): AnalysisFixture {
  const constraints = sqlConstraints(question, tables);
  return { tables, question, constraints, timeRange: null, window: null, aggregation: true };
}

describe('SQL: idle parties over a sum of their earlier money, on PGlite', () => {
  it.each([
    [
      'clients who have not ordered in the last 20 days but spent more than 300 before',
      ['customers', 'orders'],
      20,
      300,
    ],
    ['which buyers that placed no order in 12 days spent over 150 in all?', ['customers', 'budget'], 12, 150],
  ])('should sum each one’s orders past the threshold, none recent: %s', async (question, tables, days, floor) => {
    const rows = postgres.rows();
    const result = await postgres.run(planned(question, tables));
    const since = NOW.getTime() - days * DAY * 1000;
    const recent = new Set(rows.orders.filter((o) => o.created_at.getTime() >= since).map((o) => o.customer_id));
    const sums = new Map<number, number>();
    for (const o of rows.orders)
      if (!recent.has(o.customer_id)) sums.set(o.customer_id, (sums.get(o.customer_id) ?? 0) + o.total);
    const expected = new Map([...sums].filter(([, sum]) => sum > floor).map(([id, sum]) => [id, Math.round(sum)]));
    expect(expected.size).toBeGreaterThan(0);
    expect(result.query).toMatch(/HAVING SUM\(o\.total\) > /);
    expect(new Map(result.rows.map((r) => [Number(r['customer_id']), Math.round(Number(r['sum_total']))]))).toEqual(
      expected,
    );
  });
});

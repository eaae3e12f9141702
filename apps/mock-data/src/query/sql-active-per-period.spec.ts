import { aConstraints, anInput, lastSeconds, DAY } from './testing/analysis-fixtures';
import { buildSqlQuery } from './sql-query.builder';
import { SQL_SCHEMA } from './testing/bundled-schemas';

describe('buildSqlQuery, parties active in each period', () => {
  it('should count each client once per period over the rows of activity the other activity tables reference', () => {
    const sql = buildSqlQuery(
      anInput({
        tables: ['customers'],
        question: 'clients active per fortnight lately',
        ...lastSeconds(40 * DAY, 'last 40 days'),
        constraints: aConstraints({
          measure: { kind: 'distinct_count', of: 'customer', field: 'customer_id' },
          time_bucket: { unit: 'week', size: 1, seconds: 7 * DAY },
        }),
      }),
      SQL_SCHEMA,
    ).query;
    expect(sql).toMatch(/COUNT\(DISTINCT o\.customer_id\)/);
    expect(sql).toMatch(/FROM orders o/);
    expect(sql).toMatch(/GROUP BY DATE_TRUNC\('week', o\.created_at\)/);
  });
});

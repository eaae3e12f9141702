import { aConstraints, anInput, lastSeconds } from './testing/analysis-fixtures';
import { buildSqlQuery } from './sql-query.builder';
import { asksFirstTime, firstTimeClause } from './sql-first-time.util';
import { SQL_SCHEMA } from './testing/bundled-schemas';

describe('asksFirstTime', () => {
  it('reads first-time buyers, a first (ever) order or purchase, and ordering for the first time', () => {
    expect(asksFirstTime('first time shoppers per region')).toBe(true);
    expect(asksFirstTime('clients whose very first purchase came in June')).toBe(true);
    expect(asksFirstTime('accounts that bought from us for the first time in Q2')).toBe(true);
    expect(asksFirstTime('the first 20 orders of the day')).toBe(false);
    expect(asksFirstTime('orders in the first week of May')).toBe(false);
  });
});

describe('firstTimeClause and buildSqlQuery, each one first row', () => {
  it('should keep rows with no earlier row of the same dimension', () => {
    expect(firstTimeClause('orders', 'o', SQL_SCHEMA, ['customers'])).toBe(
      'NOT EXISTS (SELECT 1 FROM orders x WHERE x.customer_id = o.customer_id AND x.created_at < o.created_at)',
    );
    expect(firstTimeClause('customers', 'c', SQL_SCHEMA, [])).toBeNull();
  });

  it('should read the orders, windowed, when clients are counted by when they first purchased', () => {
    const sql = buildSqlQuery(
      anInput({
        tables: ['customers', 'orders'],
        question: 'clients per tier whose very first purchase fell in the past 3 weeks',
        ...lastSeconds(21 * 86_400, 'past 3 weeks'),
        constraints: aConstraints({
          measure: { kind: 'count', of: null, field: null },
          group_by: [{ kind: 'segment', field: 'customers.segment' }],
        }),
      }),
      SQL_SCHEMA,
    ).query;
    expect(sql).toMatch(/FROM orders o\s+JOIN customers c/);
    expect(sql).toContain('o.created_at >=');
    expect(sql).toContain('NOT EXISTS (SELECT 1 FROM orders x WHERE x.customer_id = o.customer_id');
  });
});

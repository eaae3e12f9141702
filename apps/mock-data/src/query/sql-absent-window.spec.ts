import { aConstraints, anInput, lastSeconds, DAY } from './testing/analysis-fixtures';
import { buildSqlQuery } from './sql-query.builder';
import { SQL_SCHEMA } from './testing/bundled-schemas';

describe('buildSqlQuery, rows lacking a related row within a window', () => {
  const query = (question: string, subject: string, of: string, tables: string[]) =>
    buildSqlQuery(
      anInput({
        tables,
        question,
        ...lastSeconds(20 * DAY, 'last 20 days'),
        constraints: aConstraints({ absence: { of, subject, expression: question } }),
      }),
      SQL_SCHEMA,
    ).query;

  it('should date the records listed (their own time), not the related rows they lack', () => {
    const sql = query('sales orders of the last 20 days lacking a bill', 'order', 'invoice', ['orders', 'invoices']);
    expect(sql).toMatch(/NOT EXISTS \(SELECT 1 FROM invoices x WHERE x\.order_id = o\.order_id\)/);
    expect(sql).toMatch(/AND o\.created_at >= /);
  });

  it('should keep the window on what a party or a thing did not do', () => {
    const sql = query('clients with no orders in the last 20 days', 'customer', 'order', ['customers', 'orders']);
    expect(sql).toMatch(
      /NOT EXISTS \(SELECT 1 FROM orders x WHERE x\.customer_id = c\.customer_id AND x\.created_at >= /,
    );
  });
});

import { aConstraints, aFilter, anInput } from './testing/analysis-fixtures';
import { buildSqlQuery } from './sql-query.builder';
import { SQL_SCHEMA } from './testing/bundled-schemas';

describe('buildSqlQuery, a status said of a referenced table by name', () => {
  const query = (question: string, field: string) =>
    buildSqlQuery(
      anInput({
        tables: ['orders', 'customers'],
        question,
        constraints: aConstraints({
          filters: [
            aFilter('status', ['shipped'], { field: 'orders.status', expression: 'shipped' }),
            aFilter('status', ['churned'], { field, expression: 'churned' }),
          ],
        }),
      }),
      SQL_SCHEMA,
    ).query;

  it("should read a state said right before the referenced table's noun on that table's status", () => {
    const sql = query('shipped orders placed by churned customers', 'customers.status');
    expect(sql).toContain("o.status = 'shipped'");
    expect(sql).toContain("c.status = 'churned'");
  });

  it("should keep a state on the fact's status when the question does not say it of the referenced table", () => {
    const sql = query('shipped orders that churned last spring', 'customers.status');
    expect(sql).not.toContain('c.status');
    expect(sql).toContain("o.status = 'churned'");
  });
});

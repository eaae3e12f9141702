import { aConstraints, anInput } from './testing/analysis-fixtures';
import { buildSqlQuery } from './sql-query.builder';
import { SQL_SCHEMA } from './testing/bundled-schemas';

describe('buildSqlQuery, sales a row never had', () => {
  const query = (question: string, subject: string, tables: string[]) =>
    buildSqlQuery(
      anInput({
        tables,
        question,
        constraints: aConstraints({ absence: { of: 'sale', subject, expression: question } }),
      }),
      SQL_SCHEMA,
    ).query;

  it("should read a buyer's missing sales as no order of theirs (the records whose lines hold the quantities)", () => {
    const sql = query('which customers have never bought anything', 'customer', ['customers']);
    expect(sql).toMatch(/NOT EXISTS \(SELECT 1 FROM orders x WHERE x\.customer_id = c\.customer_id\)/);
  });

  it("should read a product's missing sales as no line item that sells it", () => {
    const sql = query('products nobody has bought', 'product', ['products']);
    expect(sql).toMatch(/NOT EXISTS \(SELECT 1 FROM order_items x WHERE x\.product_id = p\.product_id\)/);
  });
});

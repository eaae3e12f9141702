import { aConstraints, anInput, lastSeconds } from './testing/analysis-fixtures';
import { buildSqlQuery } from './sql-query.builder';
import { SQL_SCHEMA } from './testing/bundled-schemas';

describe('buildSqlQuery, a dimension counted by how often something was done to it', () => {
  const query = (question: string, tables: string[], groupField: string, value: number) =>
    buildSqlQuery(
      anInput({
        tables,
        question,
        ...lastSeconds(45 * 86_400, 'last 45 days'),
        constraints: aConstraints({
          measure: { kind: 'count', of: null, field: null },
          group_by: [{ kind: groupField.split('.')[0]!, field: groupField }],
          having: { operator: 'gt', value },
        }),
      }),
      SQL_SCHEMA,
    ).query;

  it('should count the order rows per client, windowed on their time, when clients ordered more than N times', () => {
    const sql = query(
      'clients that ordered over 7 times in the last 45 days',
      ['customers', 'orders'],
      'customers.customer_id',
      7,
    );
    expect(sql).toMatch(/FROM orders o\s+JOIN customers c/);
    expect(sql).toContain('o.created_at >=');
    expect(sql).toContain('HAVING COUNT(*) > 7');
    expect(sql).not.toContain('EXISTS');
  });

  it('should count the sold lines per item, dated by their order, when items were bought more than N times', () => {
    const sql = query(
      'goods bought more than 12 times in the last 45 days',
      ['products', 'order_items'],
      'order_items.product_id',
      12,
    );
    expect(sql).toMatch(/FROM order_items oi/);
    expect(sql).toContain('HAVING COUNT(*) > 12');
  });

  it('should keep the dimension when nothing was done to it', () => {
    const sql = query(
      'clients that never ordered over 7 times in the last 45 days',
      ['customers', 'orders'],
      'customers.customer_id',
      7,
    );
    expect(sql).not.toMatch(/FROM orders o\s+JOIN customers c/);
  });
});

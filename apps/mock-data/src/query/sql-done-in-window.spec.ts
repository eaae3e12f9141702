import { aConstraints, aFilter, anInput, DAY, lastSeconds } from './testing/analysis-fixtures';
import { buildSqlQuery } from './sql-query.builder';
import { SQL_SCHEMA } from './testing/bundled-schemas';

describe('buildSqlQuery, a dimension listed by what was done to it in the window', () => {
  it('should read "appeared on orders" as being on an order in the window', () => {
    const { query, tables } = buildSqlQuery(
      anInput({
        tables: ['order_items', 'products', 'orders'],
        question: 'which inactive products still appeared on orders placed in the last 30 days?',
        ...lastSeconds(30 * DAY, 'last 30 days'),
        constraints: aConstraints({
          filters: [aFilter('status', ['inactive'], { field: 'products.active', expression: 'inactive' })],
        }),
      }),
      SQL_SCHEMA,
    );
    expect(query).toMatch(/FROM products p/);
    expect(query).toMatch(
      /EXISTS \(SELECT 1 FROM order_items x JOIN orders o .* o\.created_at >= NOW\(\) - INTERVAL '30 days'\)/,
    );
    expect(tables).toContain('order_items');
  });

  it('should leave the window off products that only "appear" in a catalogue', () => {
    const { query } = buildSqlQuery(
      anInput({
        tables: ['products'],
        question: 'which products appear in the catalogue since last month?',
        ...lastSeconds(30 * DAY, 'last 30 days'),
        constraints: aConstraints(),
      }),
      SQL_SCHEMA,
    );
    expect(query).not.toMatch(/EXISTS/);
  });
});

describe('buildSqlQuery, an inactivity counted in months', () => {
  it('should write twelve months as calendar months', () => {
    const { query } = buildSqlQuery(
      anInput({
        tables: ['customers'],
        question: 'DE customers w/o any booking in the last 12 months',
        constraints: aConstraints({
          inactivity: {
            duration_seconds: 12 * 30 * DAY,
            activity: 'order',
            expression: 'w/o any booking in the last 12 months',
          },
        }),
      }),
      SQL_SCHEMA,
    );
    expect(query).toContain("x.created_at >= NOW() - INTERVAL '12 months'");
  });
});

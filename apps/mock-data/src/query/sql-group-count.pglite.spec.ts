import { aConstraints } from './testing/analysis-fixtures';
import { seededPostgres } from './testing/seeded-postgres';
import type { SeedRows } from './testing/sql-seed';

/** Counts of the entities that meet a condition of each one's own, answered on PGlite and checked in JavaScript. */
const postgres = seededPostgres(new Date());
let rows: SeedRows;

beforeAll(() => {
  rows = postgres.rows();
});

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

describe('SQL counts of qualifying groups on PGlite', () => {
  it('should count the buyers holding more than one bill, not list them', async () => {
    const result = await postgres.run({
      tables: ['invoices', 'customers'],
      question: 'what number of buyers hold more than 1 bill',
      constraints: aConstraints({
        measure: { kind: 'count', of: 'customer', field: 'invoices.customer_id' },
        group_by: [{ kind: 'customer', field: 'invoices.customer_id' }],
        having: { operator: 'gt', value: 1 },
      }),
    });
    const expected = [...countBy(rows.invoices, (i) => String(i.customer_id)).values()].filter((n) => n > 1).length;
    expect(result.query).toMatch(/FROM \(/);
    expect(result.rows).toEqual([{ customer_count: expected }]);
  });

  it('should count the kinds of goods with at least two items listed', async () => {
    const result = await postgres.run({
      tables: ['products'],
      question: 'count of categories having 2 or more items',
      constraints: aConstraints({
        measure: { kind: 'count', of: 'product', field: 'products.product_id' },
        group_by: [{ kind: 'category', field: 'products.category' }],
        having: { operator: 'gte', value: 2, rows: true },
      }),
    });
    const expected = [...countBy(rows.products, (p) => p.category).values()].filter((n) => n >= 2).length;
    expect(result.rows).toEqual([{ category_count: expected }]);
  });

  it('should still list the groups when the question asks which ones', async () => {
    const result = await postgres.run({
      tables: ['invoices', 'customers'],
      question: 'which buyers hold more than 1 bill',
      constraints: aConstraints({
        measure: { kind: 'count', of: null, field: null },
        group_by: [{ kind: 'customer', field: 'invoices.customer_id' }],
        having: { operator: 'gt', value: 1 },
      }),
    });
    expect(result.query).not.toMatch(/FROM \(/);
    expect(result.rows.length).toBe(
      [...countBy(rows.invoices, (i) => String(i.customer_id)).values()].filter((n) => n > 1).length,
    );
  });
});

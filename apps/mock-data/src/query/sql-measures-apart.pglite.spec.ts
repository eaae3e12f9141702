import { aConstraints } from './testing/analysis-fixtures';
import { seededPostgres } from './testing/seeded-postgres';
import type { SeedRows } from './testing/sql-seed';

/** Measures of two tables set side by side per key, answered on PGlite and checked against the rows in JavaScript. */
const postgres = seededPostgres(new Date());
let rows: SeedRows;

beforeAll(() => {
  rows = postgres.rows();
});

const round2 = (n: number) => Math.round(n * 100) / 100;

function sumBy<T>(items: readonly T[], key: (item: T) => string, value: (item: T) => number): Map<string, number> {
  const sums = new Map<string, number>();
  for (const item of items) sums.set(key(item), round2((sums.get(key(item)) ?? 0) + value(item)));
  return sums;
}

describe('SQL measures of two tables on PGlite', () => {
  it("should sum each buyer's billed amount and sale totals apart, with no row repeated by a join", async () => {
    const result = await postgres.run({
      tables: ['invoices', 'orders', 'customers'],
      question: 'billed amount beside sale totals for every buyer',
      constraints: aConstraints({
        measure: { kind: 'sum', of: 'invoice amount', field: 'invoices.amount' },
        extra_measures: [{ kind: 'sum', of: 'order total', field: 'orders.total' }],
        group_by: [{ kind: 'customer', field: 'invoices.customer_id' }],
      }),
    });
    const billed = sumBy(
      rows.invoices,
      (i) => String(i.customer_id),
      (i) => i.amount,
    );
    const sold = sumBy(
      rows.orders,
      (o) => String(o.customer_id),
      (o) => o.total,
    );
    expect(result.rows.length).toBe(new Set([...billed.keys(), ...sold.keys()]).size);
    for (const row of result.rows) {
      const id = String(row['customer_id']);
      expect(row['sum_amount'] === null ? undefined : round2(Number(row['sum_amount']))).toBe(billed.get(id));
      expect(row['sum_total'] === null ? undefined : round2(Number(row['sum_total']))).toBe(sold.get(id));
    }
  });

  it('should sum the money of two tables the question names side by side per month, each over its own rows', async () => {
    const result = await postgres.run({
      tables: ['invoices'],
      question: 'totals of orders against invoiced amounts, month by month',
      constraints: aConstraints({
        measure: { kind: 'sum', of: 'totals', field: 'invoices.amount' },
        time_bucket: { unit: 'month', size: 1, seconds: 2_592_000 },
      }),
    });
    const month = (d: Date) => `${d.getUTCFullYear()}-${d.getUTCMonth()}`;
    const sold = sumBy(
      rows.orders,
      (o) => month(o.created_at),
      (o) => o.total,
    );
    const billed = sumBy(
      rows.invoices,
      (i) => month(i.issued_at),
      (i) => i.amount,
    );
    expect(result.query).toContain('FULL JOIN (');
    expect(result.rows.length).toBe(new Set([...sold.keys(), ...billed.keys()]).size);
    for (const row of result.rows) {
      const key = month(new Date(String(row['bucket'])));
      expect(row['sum_total'] === null ? undefined : round2(Number(row['sum_total']))).toBe(sold.get(key));
      expect(row['sum_amount'] === null ? undefined : round2(Number(row['sum_amount']))).toBe(billed.get(key));
    }
  });

  it("should average a table's rows per key it references as its rows counted over the keys", async () => {
    const result = await postgres.run({
      tables: ['invoices'],
      question: 'typical count of bills for each buyer',
      constraints: aConstraints({
        measure: {
          kind: 'avg',
          of: 'invoice',
          field: 'invoices.invoice_id',
          per: { kind: 'customer', field: 'invoices.customer_id' },
        },
      }),
    });
    const buyers = new Set(rows.invoices.map((i) => i.customer_id)).size;
    expect(round2(Number(Object.values(result.rows[0]!)[0]))).toBe(round2(rows.invoices.length / buyers));
  });

  it('should count the rows of two tables with no key as one row of two counts', async () => {
    const result = await postgres.run({
      tables: ['orders', 'invoices'],
      question: 'sale count and bill count overall',
      constraints: aConstraints({
        measure: { kind: 'count', of: 'order', field: 'orders.order_id' },
        extra_measures: [{ kind: 'count', of: 'invoice', field: 'invoices.invoice_id' }],
      }),
    });
    expect(result.rows).toEqual([{ orders_count: rows.orders.length, invoices_count: rows.invoices.length }]);
  });
});

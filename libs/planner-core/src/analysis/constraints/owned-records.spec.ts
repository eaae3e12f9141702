import type { TableColumns } from './column-mapper';
import { readOwnedRecords } from './owned-records';
import { SpanSet } from './value-hit';

const shop: TableColumns[] = [
  { table: 'orders', columns: ['order_id', 'customer_id', 'status', 'total', 'created_at'] },
  { table: 'customers', columns: ['customer_id', 'name', 'segment', 'country'] },
];
const read = (text: string, tables: TableColumns[] = shop) =>
  readOwnedRecords(text, tables, new SpanSet()).map((hit) => [hit.value, hit.hint, hit.operator]);

describe('readOwnedRecords', () => {
  it("reads a capitalised party's records in the possessive as the customer of that name", () => {
    expect(read("from the orders database, Ferrocast's orders over the same period")).toEqual([
      ['Ferrocast', 'customers.name', 'contains'],
    ]);
    expect(read("show me Acme Corp's unpaid invoices from this month")).toEqual([
      ['Acme Corp', 'customers.name', 'contains'],
    ]);
  });

  it('reads no name from a time, a role or a lower-case word in the possessive', () => {
    expect(read("Today's orders per customer")).toEqual([]);
    expect(read("Last month's invoices by status")).toEqual([]);
    expect(read("the customer's orders this week")).toEqual([]);
    expect(read("Our Customer's orders")).toEqual([]);
  });

  it('reads nothing when no table of customers with a name is chosen', () => {
    expect(read("Ferrocast's orders", [shop[0]!])).toEqual([]);
  });
});

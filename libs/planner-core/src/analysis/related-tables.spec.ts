import type { SchemaEntry } from '../context/schema-catalog';
import { referencedTables } from './related-tables';

const table = (name: string, columns: string[] = []): SchemaEntry => ({ name, kind: 'table', platform: 'sql', columns });

describe('referencedTables', () => {
  it('follows a foreign-key column to the table it names', () => {
    const orders = table('orders', ['order_id', 'customer_id']);
    const entries = [orders, table('customers'), table('customer'), table('products')];

    const result = referencedTables([orders], entries);

    expect(result).toEqual(['customer']);
  });

  it('follows a link column with a prefix', () => {
    const visit = table('visit', ['visit_id', 'link_to_patient']);
    const entries = [visit, table('patient'), table('ward')];

    const result = referencedTables([visit], entries);

    expect(result).toEqual(['patient']);
  });

  it('does not take a one-word column for a reference', () => {
    const shop = table('shop', ['city', 'name']);
    const entries = [shop, table('city')];

    const result = referencedTables([shop], entries);

    expect(result).toEqual([]);
  });

  it('returns nothing for no tables', () => {
    const entries = [table('a')];

    const result = referencedTables([], entries);

    expect(result).toEqual([]);
  });
});

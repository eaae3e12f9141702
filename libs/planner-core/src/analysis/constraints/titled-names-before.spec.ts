import type { TableColumns } from './column-mapper';
import { readTitledNamesBefore } from './titled-names-before';
import { SpanSet } from './value-hit';

const clients: TableColumns = { table: 'clients', columns: ['client_id', 'name', 'region', 'tier', 'joined_at'] };
const items: TableColumns = { table: 'items', columns: ['item_id', 'title', 'item_category', 'price'] };
const read = (text: string, tables: readonly TableColumns[] = [clients, items], taken = new SpanSet()) =>
  readTitledNamesBefore(text, tables, taken).map((h) => [h.value, h.hint]);

describe('readTitledNamesBefore', () => {
  it("reads capitalised names listed before a table's noun as values of the column that sorts its rows", () => {
    expect(read('which Gold or Platinum clients ordered twice?')).toEqual([
      ['Gold', 'clients.tier'],
      ['Platinum', 'clients.tier'],
    ]);
    expect(read('sales of Garden, Home Office and Toys items last week')).toEqual([
      ['Garden', 'items.item_category'],
      ['Home Office', 'items.item_category'],
      ['Toys', 'items.item_category'],
    ]);
  });

  it('reads names listed before the noun of such a column itself', () => {
    const goods: TableColumns = { table: 'goods', columns: ['good_id', 'name', 'category'] };
    expect(read('goods in the Garden or Outdoor categories', [clients, goods])).toEqual([
      ['Garden', 'goods.category'],
      ['Outdoor', 'goods.category'],
    ]);
  });

  it('reads no lone name, which may open the sentence', () => {
    expect(read('Gold clients with two orders')).toEqual([]);
  });

  it('reads no names of a time, no function words and nothing before a noun without such a column', () => {
    expect(read('clients who joined between March and April clients')).toEqual([]);
    expect(read('Show And Tell clients')).toEqual([]);
    expect(read('orders of our German and French clients this week')).toEqual([]);
    expect(read('Alpha or Beta clients', [{ table: 'clients', columns: ['client_id', 'name'] }])).toEqual([]);
  });

  it('reads nothing already read as another value', () => {
    const taken = new SpanSet();
    taken.add(0, 6);
    expect(read('France or Spain clients', [clients], taken)).toEqual([]);
  });
});

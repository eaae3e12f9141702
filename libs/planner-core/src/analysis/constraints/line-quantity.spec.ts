import { readLineQuantity } from './line-quantity';
import type { TableColumns } from './column-mapper';

const lines: TableColumns = { table: 'basket_rows', columns: ['row_id', 'basket_id', 'sku', 'qty', 'price_each'] };
const baskets: TableColumns = { table: 'baskets', columns: ['basket_id', 'shopper_id', 'placed_at'] };

describe('readLineQuantity', () => {
  it.each([
    ['Lanterns taken 35 or more at once last spring', '35'],
    ['at least 9 in a single order line, with basket id', '9'],
    ['anyone buying 120+ in one purchase?', '120'],
  ])('reads "%s" as at least that many units on one row', (text, value) => {
    expect(readLineQuantity(text, [baskets, lines])).toMatchObject({
      operator: 'gte',
      values: [value],
      field: 'basket_rows.qty',
    });
  });

  it('reads nothing without a quantity column or without "at once"', () => {
    expect(readLineQuantity('35 or more at once', [baskets])).toBeNull();
    expect(readLineQuantity('shoppers with 35 or more baskets', [baskets, lines])).toBeNull();
  });
});

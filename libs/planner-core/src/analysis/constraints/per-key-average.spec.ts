import { readPerKeyAverage } from './per-key-average';

const TABLES = [
  { table: 'orders', columns: ['order_id', 'customer_id', 'total', 'currency', 'created_at'] },
  { table: 'order_items', columns: ['order_item_id', 'order_id', 'product_id', 'quantity', 'unit_price'] },
];
const PER_ORDER = { kind: 'order', field: 'order_items.order_id' };

describe('readPerKeyAverage', () => {
  it("reads the mean number of a table's rows per key it references as its key counted per that key", () => {
    const visits = [{ table: 'visits', columns: ['visit_id', 'patient_id', 'clinic', 'seen_at'] }];
    expect(readPerKeyAverage('mean count of visits for each patient since May', visits)).toEqual({
      kind: 'avg',
      of: 'visit',
      field: 'visits.visit_id',
      per: { kind: 'patient', field: 'visits.patient_id' },
    });
    expect(readPerKeyAverage('average number of visits per week', visits)).toBeNull();
  });

  it("reads the mean of each order's summed quantity, however the basket is said", () => {
    for (const text of [
      'typical cart size in Q2',
      'how many products are in each basket on average',
      'mean number of pieces per purchase for wholesale buyers',
    ])
      expect(readPerKeyAverage(text, TABLES)).toEqual({
        kind: 'avg',
        of: 'quantity',
        field: 'order_items.quantity',
        per: PER_ORDER,
      });
  });

  it('reads nothing without a mean, or without a table holding quantity and order key', () => {
    expect(readPerKeyAverage('products per order last week', TABLES)).toBeNull();
    expect(readPerKeyAverage('mean cart size', [TABLES[0]!])).toBeNull();
  });
});

import { NO_CONSTRAINTS, type QueryConstraints } from './constraints';
import { withUnitsPerLine } from './sql-line-rows.util';

const summed: QueryConstraints = {
  ...NO_CONSTRAINTS,
  measure: { kind: 'sum', of: 'units', field: 'basket_lines.quantity', percentile: null },
  having: { operator: 'gte', value: 8 },
};

describe('withUnitsPerLine', () => {
  it('should read units said of listed lines as a filter on each line, not a threshold on their sum', () => {
    const c = withUnitsPerLine(summed, 'sales lines of 8 units or more since Easter');
    expect(c.measure).toBeNull();
    expect(c.having).toBeNull();
    expect(c.filters).toEqual([
      expect.objectContaining({ operator: 'gte', values: ['8'], field: 'basket_lines.quantity' }),
    ]);
    const keyed = { ...summed, groupBy: [{ kind: 'line', field: null }] };
    expect(withUnitsPerLine(keyed, 'line items holding 8 units or more').groupBy).toEqual([]);
  });

  it('should keep a sum per key, a threshold on rows counted, and questions that list no lines', () => {
    const perShop = { ...summed, groupBy: [{ kind: 'shop', field: 'basket_lines.shop_id' }] };
    expect(withUnitsPerLine(perShop, 'order lines per shop over 8 units')).toBe(perShop);
    const rows = { ...summed, having: { operator: 'gte' as const, value: 8, rows: true } };
    expect(withUnitsPerLine(rows, 'order lines, 8 or more of them')).toBe(rows);
    expect(withUnitsPerLine(summed, 'shops that moved 8 units or more')).toBe(summed);
  });
});

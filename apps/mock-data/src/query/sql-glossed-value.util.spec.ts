import { NO_CONSTRAINTS, type ConstraintFilter } from './constraints';
import { SQL_SCHEMA } from './testing/bundled-schemas';
import { withGlossedValues } from './sql-glossed-value.util';

describe('withGlossedValues', () => {
  const unplaced = (value: string): ConstraintFilter => ({
    kind: 'text',
    operator: 'contains',
    values: [value],
    field: null,
    currency: null,
    expression: `'${value}'`,
  });
  const filtersOf = (question: string, value: string) =>
    withGlossedValues({ ...NO_CONSTRAINTS, filters: [unplaced(value)] }, SQL_SCHEMA, question).filters;

  it('should place a quoted value said after a column word on the joined table that has that column', () => {
    expect(filtersOf("shoppers who got patio sets (category 'Outdoor') this week by segment", 'Outdoor')).toEqual([
      expect.objectContaining({ operator: 'eq', values: ['Outdoor'], field: 'products.category' }),
    ]);
    expect(filtersOf('buyers with category = "Toys" last quarter', 'Toys')).toEqual([
      expect.objectContaining({ field: 'products.category' }),
    ]);
  });

  it('should keep a value no column word stands before, or whose word names no column', () => {
    expect(filtersOf("orders mentioning 'Outdoor' this week", 'Outdoor')).toEqual([unplaced('Outdoor')]);
    expect(filtersOf("buyers of flavour 'Mint' this week", 'Mint')).toEqual([unplaced('Mint')]);
  });
});

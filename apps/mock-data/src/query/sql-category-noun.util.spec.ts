import { NO_CONSTRAINTS } from './constraints';
import { SQL_SCHEMA } from './testing/bundled-schemas';
import { withCategoryNoun } from './sql-category-noun.util';

describe('withCategoryNoun', () => {
  const ranked = (kind: string) => ({
    ...NO_CONSTRAINTS,
    measure: { kind: 'sum' as const, of: 'revenue', field: null, percentile: null },
    groupBy: [{ kind, field: null }],
    limit: 3,
  });

  it('should read a ranked noun no table holds as a product category, ranked per product', () => {
    const c = withCategoryNoun(ranked('tablet'), SQL_SCHEMA, 'top 3 tablets by revenue');
    expect(c.groupBy).toEqual([{ kind: 'product', field: 'products.product_id' }]);
    expect(c.filters).toEqual([
      expect.objectContaining({ operator: 'in', values: ['tablets', 'tablet'], field: 'products.category' }),
    ]);
  });

  it('should keep a key a column holds, a generic noun, and a kind the question does not say', () => {
    expect(withCategoryNoun(ranked('country'), SQL_SCHEMA, 'top 3 countries by revenue').groupBy).toEqual([
      { kind: 'country', field: null },
    ]);
    expect(withCategoryNoun(ranked('item'), SQL_SCHEMA, 'top 3 items by revenue').filters).toEqual([]);
    expect(withCategoryNoun(ranked('host'), SQL_SCHEMA, 'top 3 laptops by revenue').filters).toEqual([]);
    const several = {
      ...ranked('combination'),
      groupBy: [
        { kind: 'department', field: null },
        { kind: 'combination', field: null },
      ],
    };
    expect(withCategoryNoun(several, SQL_SCHEMA, 'per department, combinations with fewer than 5').filters).toEqual([]);
  });
});

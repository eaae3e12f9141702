import { NO_CONSTRAINTS } from './constraints';
import { SQL_SCHEMA } from './testing/bundled-schemas';
import { withCategoryAdjective, withCategoryNoun } from './sql-category-noun.util';

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

describe('withCategoryAdjective', () => {
  const filtersOf = (question: string) => withCategoryAdjective(NO_CONSTRAINTS, SQL_SCHEMA, question).filters;

  it('should read a word just before the catalogued things as their category, as said and capitalised', () => {
    expect(filtersOf('plumbing products cheaper than 12')).toEqual([
      expect.objectContaining({ operator: 'in', values: ['plumbing', 'Plumbing'], field: 'products.category' }),
    ]);
    expect(filtersOf('every Lighting product we stock')).toEqual([
      expect.objectContaining({ values: ['lighting', 'Lighting'], field: 'products.category' }),
    ]);
  });

  it('should keep words of state, rank, price or kind of record, words tables hold, and a category read already', () => {
    expect(filtersOf('our cheapest products')).toEqual([]);
    expect(filtersOf('discontinued products and best-selling products')).toEqual([]);
    expect(filtersOf('catalogue products nobody wanted')).toEqual([]);
    // A verb that opens the question is no category ("rank products by …", "sort items by …").
    expect(filtersOf('rank products by returns')).toEqual([]);
    expect(filtersOf('sort items by shelf life')).toEqual([]);
    expect(filtersOf('cart items left behind')).toEqual([]);
    expect(filtersOf('camping items over 40')).toEqual([expect.objectContaining({ values: ['camping', 'Camping'] })]);
    expect(filtersOf('customer products')).toEqual([]);
    const read = {
      ...NO_CONSTRAINTS,
      filters: [
        {
          kind: 'text' as const,
          operator: 'eq' as const,
          values: ['Tools'],
          field: 'products.category',
          currency: null,
          expression: 'Tools',
        },
      ],
    };
    expect(withCategoryAdjective(read, SQL_SCHEMA, 'plumbing products in Tools').filters).toHaveLength(1);
  });
});

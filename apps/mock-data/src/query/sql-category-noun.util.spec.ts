import { NO_CONSTRAINTS } from './constraints';
import { SQL_SCHEMA } from './testing/bundled-schemas';
import { withCategoryAdjective, withCategoryNoun, withQuotedCategory } from './sql-category-noun.util';

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

describe('withQuotedCategory', () => {
  const searched = (...values: string[]) => ({
    ...NO_CONSTRAINTS,
    filters: [
      {
        kind: 'text' as const,
        operator: 'contains' as const,
        values,
        field: null,
        currency: null,
        expression: values.map((v) => `'${v}'`).join(' and '),
      },
    ],
  });

  it('should read quoted names the question calls categories as category values, whole', () => {
    expect(
      withQuotedCategory(searched('Board Games'), SQL_SCHEMA, 'revenue of the "Board Games" category').filters,
    ).toEqual([expect.objectContaining({ operator: 'eq', values: ['Board Games'], field: 'products.category' })]);
    const two = withQuotedCategory(
      searched('Toys', 'Crafts'),
      SQL_SCHEMA,
      "units sold in the 'Toys' and 'Crafts' categories",
    );
    expect(two.filters).toEqual([
      expect.objectContaining({ operator: 'in', values: ['Toys', 'Crafts'], field: 'products.category' }),
    ]);
    expect(
      withQuotedCategory(searched('Garden'), SQL_SCHEMA, "best sellers from category 'Garden' last week").filters,
    ).toEqual([expect.objectContaining({ operator: 'eq', field: 'products.category' })]);
  });

  it('should keep quoted names no word calls a category, and filters placed in a column already', () => {
    expect(withQuotedCategory(searched('Acme'), SQL_SCHEMA, "orders from 'Acme' this month").filters).toEqual([
      expect.objectContaining({ operator: 'contains', field: null }),
    ]);
    const placed = {
      ...NO_CONSTRAINTS,
      filters: [{ ...searched('Acme').filters[0]!, field: 'customers.name' }],
    };
    expect(withQuotedCategory(placed, SQL_SCHEMA, "customer 'Acme' in the 'Acme' category")).toBe(placed);
  });
});

describe('withCategoryNoun beside a given category', () => {
  it('should rank the things of a category given already without reading the noun as another', () => {
    const c = withCategoryNoun(
      {
        ...NO_CONSTRAINTS,
        measure: { kind: 'sum' as const, of: 'revenue', field: null, percentile: null },
        groupBy: [{ kind: 'package', field: null }],
        limit: 5,
        filters: [
          {
            kind: 'text',
            operator: 'eq',
            values: ['City Breaks'],
            field: 'products.category',
            currency: null,
            expression: "'City Breaks'",
          },
        ],
      },
      SQL_SCHEMA,
      "top 5 packages in the 'City Breaks' category by revenue",
    );
    expect(c.groupBy).toEqual([{ kind: 'product', field: 'products.product_id' }]);
    expect(c.filters).toEqual([expect.objectContaining({ values: ['City Breaks'] })]);
  });
});

import { categoryNounKeys } from './category-noun';
import { extractConstraints } from './extract-constraints';

const items = { table: 'items', columns: ['item_id', 'title', 'category', 'price'] };
const lines = { table: 'sale_lines', columns: ['line_id', 'item_id', 'qty', 'sold_at'] };

describe('categoryNounKeys', () => {
  it('should read a key no column holds as a category value, ranked per thing of the table', () => {
    expect(categoryNounKeys('top 3 kayaks by qty', [{ kind: 'kayak', field: null }], [items, lines])).toEqual({
      groupBy: [{ kind: 'item', field: 'items.item_id' }],
      filters: [
        {
          kind: 'text',
          operator: 'in',
          values: ['kayaks', 'kayak'],
          field: 'items.category',
          currency: null,
          expression: 'kayaks',
        },
      ],
    });
  });

  it('should keep a category said as a title whole, as said, past a leading function word', () => {
    const read = (text: string) => categoryNounKeys(text, [{ kind: 'lamp', field: null }], [items, lines])?.filters;
    expect(read('Desk Lamps sold by the 10 last week')).toEqual([
      expect.objectContaining({ values: ['Desk Lamps', 'desk lamps'], expression: 'Desk Lamps' }),
    ]);
    expect(read('Which Lamps sold best')).toEqual([expect.objectContaining({ values: ['lamps', 'lamp'] })]);
  });

  it('should keep generic nouns, keys a column holds, and tables without a category', () => {
    expect(categoryNounKeys('top 3 items', [{ kind: 'item', field: null }], [items])).toBeNull();
    expect(categoryNounKeys('which tier sold most', [{ kind: 'tier', field: null }], [items, lines])).toBeNull();
    expect(categoryNounKeys('top 3 by category', [{ kind: 'category', field: 'category' }], [items])).toBeNull();
    expect(categoryNounKeys('top 3 kayaks', [{ kind: 'kayak', field: null }], [lines])).toBeNull();
    const keys = [
      { kind: 'team', field: null },
      { kind: 'kayak', field: null },
    ];
    expect(categoryNounKeys('per team and kayak', keys, [items, lines])).toBeNull();
  });

  it('should carry through the extraction of a "top N <kind>" question', () => {
    const read = extractConstraints({ text: 'top 3 kayaks by quantity sold this month', tables: [items, lines] });
    expect(read.filters).toContainEqual(
      expect.objectContaining({ field: 'items.category', values: ['kayaks', 'kayak'] }),
    );
    expect(read.group_by).toEqual([{ kind: 'item', field: 'items.item_id' }]);
  });
});

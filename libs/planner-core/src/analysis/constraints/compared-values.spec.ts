import type { TableColumns } from './column-mapper';
import { readComparedValues } from './compared-values';
import { SpanSet } from './value-hit';

const members: TableColumns = { table: 'members', columns: ['member_id', 'name', 'region', 'tier', 'joined_at'] };
const items: TableColumns = { table: 'items', columns: ['item_id', 'title', 'category', 'price'] };

describe('readComparedValues', () => {
  const read = (text: string) =>
    readComparedValues(text, [members, items], new SpanSet()).map((h) => [h.value, h.hint, h.start]);

  it('reads two names set against each other before a table noun as values of its kind column', () => {
    expect(read('median spend, kiosk vs web members')).toEqual([
      ['kiosk', 'members.tier', 14],
      ['web', 'members.tier', 23],
    ]);
  });

  it('reads them as values of a kind column named after them', () => {
    expect(read('mean price for garden versus kitchen category')).toEqual([
      ['garden', 'items.category', 15],
      ['kitchen', 'items.category', 29],
    ]);
  });

  it('reads no describing or counting words, and no noun that names neither a kind column nor a table', () => {
    expect(read('new vs old members')).toEqual([]);
    expect(read('kiosk vs web sales')).toEqual([]);
    expect(read('price vs title length')).toEqual([]);
  });
});

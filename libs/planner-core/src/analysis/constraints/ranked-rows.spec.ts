import { readRankedRows } from './ranked-rows';

const tables = new Set(['shipment', 'refund']);
const isRows = (noun: string) => tables.has(noun.replace(/s$/, ''));

describe('readRankedRows', () => {
  it('reads N rows ranked by amount, with words between the ranking and the rows', () => {
    expect(readRankedRows('list our 7 largest overdue express shipments please', isRows)).toEqual({
      limit: 7,
      direction: 'desc',
      rows: 'shipments',
    });
    expect(readRankedRows('the three smallest refunds last week', isRows)).toEqual({
      limit: 3,
      direction: 'asc',
      rows: 'refunds',
    });
  });

  it('should read nothing when the noun is no table or no number is said', () => {
    expect(readRankedRows('the 4 biggest problems we have', isRows)).toBeNull();
    expect(readRankedRows('largest shipments by weight', isRows)).toBeNull();
  });
});

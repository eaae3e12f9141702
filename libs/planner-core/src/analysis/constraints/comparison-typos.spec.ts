import { fixComparisonTypos } from './comparison-typos';

describe('fixComparisonTypos', () => {
  it.each([
    ['hosts with more then 25 alerts', 'hosts with more than 25 alerts'],
    ['accounts with fewer then three logons', 'accounts with fewer than three logons'],
    ['files bigger then 5 MB', 'files bigger than 5 MB'],
  ])('reads "then" after a comparative and before an amount as "than": %s', (text, fixed) => {
    expect(fixComparisonTypos(text)).toBe(fixed);
  });

  it.each([['count them once more then sort by host'], ['list the users, then group by more then the host']])(
    'leaves "then" that is no comparison: %s',
    (text) => {
      expect(fixComparisonTypos(text)).toBe(text);
    },
  );

  it.each([
    ['printers with more as 12 jams', 'printers with over    12 jams'],
    ['vans that did less as four trips', 'vans that did under   four trips'],
    ['tills with MORE AS 7 voids', 'tills with over    7 voids'],
  ])('reads a comparative with "as" before an amount as "over"/"under", same length: %s', (text, fixed) => {
    expect(fixComparisonTypos(text)).toBe(fixed);
    expect(fixComparisonTypos(text)).toHaveLength(text.length);
  });

  it('leaves "as" after a comparative that no amount follows', () => {
    expect(fixComparisonTypos('rank them more as a list')).toBe('rank them more as a list');
  });
});

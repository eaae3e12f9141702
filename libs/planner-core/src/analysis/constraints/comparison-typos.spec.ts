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
});

import { saysRankedByCount } from './ranked-count';

describe('saysRankedByCount', () => {
  it('reads a ranking by the number of rows, not by another measure', () => {
    expect(saysRankedByCount('the top 3 printers by count')).toBe(true);
    expect(saysRankedByCount('sites ranked by number of events')).toBe(true);
    expect(saysRankedByCount('top 3 printers by distinct users')).toBe(false);
    expect(saysRankedByCount('printers by count of pages')).toBe(false);
  });
});

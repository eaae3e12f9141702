import { countedSeconds } from './duration.util';

describe('countedSeconds', () => {
  it.each([
    [4, 'hrs', 4 * 3600],
    [2, 'wks', 14 * 86_400],
    [7, 'months', 7 * 30 * 86_400],
    [36, 'mos', 3 * 365 * 86_400],
    [12, 'month', 365 * 86_400],
  ])('reads %i %s as %i seconds', (amount, unit, seconds) => {
    expect(countedSeconds(amount, unit)).toBe(seconds);
  });

  it('knows no seconds of an unknown unit', () => {
    expect(countedSeconds(3, 'parsecs')).toBeNull();
  });
});

import { sqlLookback } from './time-range.util';

const MONTH = 2_592_000;
const YEAR = 31_536_000;

describe('sqlLookback', () => {
  it('writes a window counted in months as calendar months', () => {
    expect(sqlLookback({ description: 'over the last 6 months', durationSeconds: 6 * MONTH })).toBe('6 months');
    expect(sqlLookback({ description: 'the past three months', durationSeconds: 3 * MONTH })).toBe('3 months');
    expect(sqlLookback({ description: 'last 1 month', durationSeconds: MONTH })).toBe('1 month');
  });

  it('writes a window counted in years, or in whole years of months, in its own words', () => {
    expect(sqlLookback({ description: 'in the last 2 years', durationSeconds: 2 * YEAR })).toBe('2 years');
    expect(sqlLookback({ description: 'last 12 months', durationSeconds: YEAR })).toBe('12 months');
  });

  it('falls back to days or hours when the words name no months or disagree with the length', () => {
    expect(sqlLookback({ description: 'last 90 days', durationSeconds: 90 * 86_400 })).toBe('90 days');
    expect(sqlLookback({ description: 'last 24 hours', durationSeconds: 86_400 })).toBe('24 hours');
    expect(sqlLookback({ description: 'last 6 months', durationSeconds: 7 * 86_400 })).toBe('7 days');
    expect(sqlLookback({ description: null, durationSeconds: 14 * 86_400 })).toBe('14 days');
  });
});

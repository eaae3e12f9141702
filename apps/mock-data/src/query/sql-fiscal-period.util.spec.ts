import type { TimeFilter } from './query-input';
import { partOfYearMonths, periodMonths, previousPeriodUnit } from './sql-fiscal-period.util';

const NOW = new Date('2031-05-14T09:30:00Z');
const said = (description: string, extra: Partial<TimeFilter> = {}): TimeFilter => ({
  description,
  durationSeconds: null,
  start: null,
  end: null,
  relative: true,
  ...extra,
});

describe('previousPeriodUnit', () => {
  it('should read the unit of the period before this one, short spellings too', () => {
    expect(previousPeriodUnit(said('prev qtr'))).toBe('quarter');
    expect(previousPeriodUnit(said('last yr'))).toBe('year');
    expect(previousPeriodUnit(said('previous mth'))).toBe('month');
    expect(previousPeriodUnit(said('last wk'))).toBe('week');
  });

  it('should read no unit from a window that rolls back from now, whatever its words ("over the last quarter")', () => {
    const rolling = said('last quarter', { start: '2031-02-12T09:30:00Z', end: '2031-05-14T09:30:00Z' });
    expect(previousPeriodUnit(rolling)).toBeNull();
    expect(previousPeriodUnit({ ...rolling, start: '2031-01-01T00:00:00Z', relative: false })).toBe('quarter');
  });

  it('should read no unit from a counted span or no window', () => {
    expect(previousPeriodUnit(said('last 45 days'))).toBeNull();
    expect(previousPeriodUnit(null)).toBeNull();
  });
});

describe('periodMonths', () => {
  it('should give the months of the calendar period before this one', () => {
    expect(periodMonths(said('last month'), NOW)).toEqual({ year: 2031, from: 4, to: 4 });
    expect(periodMonths(said('last qtr'), NOW)).toEqual({ year: 2031, from: 1, to: 3 });
    expect(periodMonths(said('last year'), NOW)).toEqual({ year: 2030, from: 1, to: 12 });
  });

  it('should step back across a year for the month before January', () => {
    expect(periodMonths(said('prior month'), new Date('2032-01-20T00:00:00Z'))).toEqual({
      year: 2031,
      from: 12,
      to: 12,
    });
  });

  it('should give the months of this period and of fixed dates from one month start to another', () => {
    expect(periodMonths(said('this quarter', { relative: false }), NOW)).toEqual({ year: 2031, from: 4, to: 6 });
    expect(
      periodMonths(
        said('Q3 2029', { start: '2029-07-01T00:00:00.000Z', end: '2029-10-01T00:00:00.000Z', relative: false }),
        NOW,
      ),
    ).toEqual({ year: 2029, from: 7, to: 9 });
  });

  it('should give none for a week, a rolling span or dates across two years', () => {
    expect(periodMonths(said('last week'), NOW)).toBeNull();
    expect(
      periodMonths(said('last 20 days', { start: '2031-04-24T09:30:00.000Z', end: NOW.toISOString() }), NOW),
    ).toBeNull();
    expect(
      periodMonths(
        said('from Nov 2030', { start: '2030-11-01T00:00:00.000Z', end: '2031-02-01T00:00:00.000Z', relative: false }),
        NOW,
      ),
    ).toBeNull();
  });
});

describe('partOfYearMonths', () => {
  it('should read the months counted from either end of a year, in digits or words', () => {
    expect(partOfYearMonths('spend in the first six months of this fiscal year')).toEqual({ from: 1, to: 6 });
    expect(partOfYearMonths('the first 4 months of the year')).toEqual({ from: 1, to: 4 });
    expect(partOfYearMonths('the last three months of last fiscal year')).toEqual({ from: 10, to: 12 });
  });

  it('should read a half of the year, said in words or as H1/H2', () => {
    expect(partOfYearMonths('the first half of the financial year')).toEqual({ from: 1, to: 6 });
    expect(partOfYearMonths('the second half of this year')).toEqual({ from: 7, to: 12 });
    expect(partOfYearMonths('budget vs actual for H2')).toEqual({ from: 7, to: 12 });
  });

  it('should read no part from months not said of a year, nor from a name with h1 inside it', () => {
    expect(partOfYearMonths('the first six months of service')).toBeNull();
    expect(partOfYearMonths('the last 3 months')).toBeNull();
    expect(partOfYearMonths('errors on host web-h1-prod')).toBeNull();
    expect(partOfYearMonths('the first 13 months of the year')).toBeNull();
  });
});

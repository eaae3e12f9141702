import { calendarPeriod, sinceCalendarPeriod } from './calendar-period.util';

const period = (description: string) =>
  calendarPeriod({ description, durationSeconds: null, start: null, end: null, relative: false });

describe('calendarPeriod', () => {
  it('reads the calendar period a description names', () => {
    expect(period('this week')).toBe('week');
    expect(period('yesterday')).toBe('yesterday');
    expect(period('month to date')).toBe('month');
  });

  it('should read "since yesterday" as no period (a window up to now)', () => {
    expect(period('since yesterday')).toBeNull();
    expect(period('last 7 days')).toBeNull();
  });

  it('should read "the day before yesterday" as no period (a day of its own, from the instants)', () => {
    expect(period('the day before yesterday')).toBeNull();
  });

  it('should read the period an open window starts at ("since yesterday", "since this week")', () => {
    const since = (description: string) =>
      sinceCalendarPeriod({ description, durationSeconds: null, start: null, end: null, relative: false });
    expect(since('since yesterday')).toBe('yesterday');
    expect(since('since this week')).toBe('week');
    expect(since('yesterday')).toBeNull();
    expect(since('since 2026-03-01')).toBeNull();
  });
});

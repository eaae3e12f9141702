import { calendarPeriod } from './calendar-period.util';

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
});

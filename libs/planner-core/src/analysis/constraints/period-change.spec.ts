import { readPeriodChange } from './period-change';

describe('readPeriodChange', () => {
  it('reads a period over the same period, its shorthand, and a change from the previous one', () => {
    expect(readPeriodChange('signups per week with the week-on-week change')).toEqual(
      expect.objectContaining({ unit: 'week', expression: 'week-on-week' }),
    );
    expect(readPeriodChange('bookings by day, DoD delta')).toEqual(expect.objectContaining({ unit: 'day' }));
    expect(readPeriodChange('refund totals per month and the growth vs the prior month')).toEqual(
      expect.objectContaining({ unit: 'month', seconds: 2_592_000 }),
    );
  });

  it('reads nothing from two different periods or a plain word', () => {
    expect(readPeriodChange('day over month')).toBeNull();
    expect(readPeriodChange('wow, sales were high last week')).toBeNull();
  });
});

import { hoursOfDaySaid, kqlHoursCondition, splHoursCommands, sqlHoursCondition } from './hours-of-day.util';

describe('hoursOfDaySaid', () => {
  it('should read working hours, inside and outside, in the ways people say them', () => {
    for (const q of ['sign-ins during business hours', 'logons within office hours', 'changes in working hours'])
      expect(hoursOfDaySaid(q)).toMatchObject({ days: [1, 5], hours: [9, 17], outside: false });
    for (const q of [
      'sign-ins outside business hours',
      'logons outside of normal working hours',
      'console logins after hours',
      'who logged on out of hours',
      'off-hours admin activity',
      'non-business hours downloads',
    ])
      expect(hoursOfDaySaid(q)).toMatchObject({ days: [1, 5], hours: [9, 17], outside: true });
  });

  it('should read weekends as the days outside Monday to Friday, and weekdays as those days', () => {
    for (const q of ['logons on weekends', 'downloads on Saturdays and Sundays', 'admin logons on Saturday or Sunday'])
      expect(hoursOfDaySaid(q)).toMatchObject({ days: [1, 5], hours: null, outside: true });
    expect(hoursOfDaySaid('azure activity on weekdays only')).toMatchObject({
      days: [1, 5],
      hours: null,
      outside: false,
    });
  });

  it('should read weekends set aside as the days Monday to Friday, not as the weekends', () => {
    for (const q of [
      'avg orders per day over the last 30 days, weekends excluded',
      'orders per day last month, excluding weekends',
      'sign-ins per day this month, not counting the weekend',
      'daily refunds, skip weekends',
    ])
      expect(hoursOfDaySaid(q)).toMatchObject({ days: [1, 5], hours: null, outside: false });
  });

  it('should read the night as the hours from 22:00 to 6:00', () => {
    expect(hoursOfDaySaid('process creations during the night')).toMatchObject({ days: null, hours: [22, 6] });
    expect(hoursOfDaySaid('sign-ins at night last week')).toMatchObject({ hours: [22, 6], outside: false });
  });

  it('should leave windows that name a weekend, a night or business days alone', () => {
    for (const q of [
      'failed sign-ins over the weekend',
      'logons last weekend',
      'sign-ins last night',
      'sign-ins in the last 5 business days',
      'failed sign-ins in the last 24 hours',
    ])
      expect(hoursOfDaySaid(q)).toBeNull();
  });
});

describe('conditions on the hours said', () => {
  const outside = hoursOfDaySaid('after hours')!;
  const night = hoursOfDaySaid('at night')!;

  it('should write KQL with dayofweek() and hourofday()', () => {
    expect(kqlHoursCondition(outside, 'TimeGenerated')).toBe(
      'not(dayofweek(TimeGenerated) between (1d .. 5d) and hourofday(TimeGenerated) between (9 .. 16))',
    );
    expect(kqlHoursCondition(night, 'Timestamp')).toBe('(hourofday(Timestamp) >= 22 or hourofday(Timestamp) < 6)');
  });

  it('should write SPL that evaluates the hour and weekday of _time before testing them', () => {
    expect(splHoursCommands(outside)).toEqual([
      'eval hour=tonumber(strftime(_time, "%H")), wday=tonumber(strftime(_time, "%w"))',
      'where NOT (wday>=1 AND wday<=5 AND hour>=9 AND hour<17)',
    ]);
    expect(splHoursCommands(night)).toEqual([
      'eval hour=tonumber(strftime(_time, "%H"))',
      'where (hour>=22 OR hour<6)',
    ]);
  });

  it('should write PostgreSQL with EXTRACT in UTC', () => {
    expect(sqlHoursCondition(hoursOfDaySaid('on weekends')!, 'o.created_at')).toBe(
      "NOT (EXTRACT(DOW FROM o.created_at AT TIME ZONE 'UTC') BETWEEN 1 AND 5)",
    );
  });
});

import { calendarStart, readComparedPeriods, withComparedPeriods } from './compared-periods';

// A Sunday morning: this week began on Monday 23 November, this month on 1 November.
const NOW = new Date('2026-11-29T07:30:00Z');

describe('readComparedPeriods', () => {
  it('reads this period against the last, in either order and whatever stands between them', () => {
    const week = readComparedPeriods('failed sign-ins this week with the number for last week, please compare', NOW);
    expect(week?.comparison).toEqual({
      expression: 'this week with the number for last week',
      split_at: '2026-11-23T00:00:00.000Z',
      seconds: 604_800,
      calendar: 'week',
      offset: 0,
    });
    expect(week?.window).toMatchObject({ start: '2026-11-16T00:00:00.000Z', end: NOW.toISOString() });
    const month = readComparedPeriods('compare last month with this month so far for each category', NOW);
    expect(month?.comparison).toMatchObject({ calendar: 'month', offset: 0, split_at: '2026-11-01T00:00:00.000Z' });
    expect(month?.window.start).toBe('2026-10-01T00:00:00.000Z');
  });

  it('reads the last period against the one before it', () => {
    const days = readComparedPeriods('alerts per severity yesterday versus the day before', NOW);
    expect(days?.comparison).toMatchObject({ calendar: 'day', offset: -1, split_at: '2026-11-28T00:00:00.000Z' });
    expect(days?.window).toMatchObject({ start: '2026-11-27T00:00:00.000Z', end: '2026-11-29T00:00:00.000Z' });
    expect(
      readComparedPeriods('how do refunds last week compare with the previous week?', NOW)?.comparison,
    ).toMatchObject({ calendar: 'week', offset: -1 });
  });

  it('reads a span back from now against the same span before it', () => {
    const span = readComparedPeriods('downloads in the last 7 days, compared with the 7 days before that', NOW);
    expect(span?.comparison).toEqual({
      expression: 'last 7 days, compared with the 7 days before that',
      split_at: '2026-11-22T07:30:00.000Z',
      seconds: 604_800,
    });
    expect(span?.window.duration_seconds).toBe(14 * 86_400);
    expect(
      readComparedPeriods('risky sign-ins in the past thirty days versus the previous thirty days', NOW)?.comparison
        .seconds,
    ).toBe(30 * 86_400);
    expect(readComparedPeriods('revenue per category: last 30 days vs prior 30 days', NOW)?.comparison.seconds).toBe(
      30 * 86_400,
    );
  });

  it('reads nothing from periods of different lengths, periods not joined, or a question that compares nothing', () => {
    expect(readComparedPeriods('compare the last 7 days with the 30 days before that', NOW)).toBeNull();
    expect(readComparedPeriods('compare this week with last month', NOW)).toBeNull();
    expect(readComparedPeriods('orders this week. Invoices last week.', NOW)).toBeNull();
    expect(readComparedPeriods('users created last week who signed in this week', NOW)).toBeNull();
    expect(readComparedPeriods('sign-ins in the last 24 hours', NOW)).toBeNull();
    expect(readComparedPeriods('orders this year versus the same time last year', NOW)).toBeNull();
  });

  it("reads chat's shorthand for periods and spans", () => {
    expect(readComparedPeriods('deletes per user this mnth vs last mnth', NOW)?.comparison).toMatchObject({
      calendar: 'month',
      offset: 0,
    });
    expect(readComparedPeriods('signups this wk vs last wk', NOW)?.comparison.split_at).toBe(
      '2026-11-23T00:00:00.000Z',
    );
    expect(readComparedPeriods('errors per app tdy vs yday', NOW)?.comparison).toMatchObject({ calendar: 'day' });
    expect(readComparedPeriods('refunds this qtr against prev qtr', NOW)?.comparison.calendar).toBe('quarter');
    const hours = readComparedPeriods('lookups per host, last 12h vs the 12h before', NOW);
    expect(hours?.comparison).toEqual({
      expression: 'last 12h vs the 12h before',
      split_at: '2026-11-28T19:30:00.000Z',
      seconds: 43_200,
    });
    expect(readComparedPeriods('logons lst 24 hrs compared with the prior 24 hrs', NOW)?.comparison.seconds).toBe(
      86_400,
    );
    expect(readComparedPeriods('copies over the last 7d versus the previous 7d', NOW)?.comparison.seconds).toBe(
      7 * 86_400,
    );
    // Different lengths still read nothing, and a count of hosts is no span.
    expect(readComparedPeriods('last 12h vs the 24h before', NOW)).toBeNull();
    expect(readComparedPeriods('compare the last 3 hosts with the 3 hosts before', NOW)).toBeNull();
  });

  it('reads a bare "X vs Y" as a comparison by itself', () => {
    expect(readComparedPeriods('orders per country: this month vs last month', NOW)?.comparison.calendar).toBe('month');
  });
});

describe('calendarStart', () => {
  it('starts weeks on Monday and counts quarters and years back whole', () => {
    expect(calendarStart('week', NOW, 0).toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(calendarStart('quarter', NOW, -1).toISOString()).toBe('2026-07-01T00:00:00.000Z');
    expect(calendarStart('year', NOW, -1).toISOString()).toBe('2025-01-01T00:00:00.000Z');
    expect(calendarStart('month', new Date('2026-01-15T00:00:00Z'), -1).toISOString()).toBe('2025-12-01T00:00:00.000Z');
  });
});

describe('withComparedPeriods', () => {
  it('widens the window to both periods, describes it by words that name neither alone, and adds the comparison', () => {
    const range = {
      description: 'this month',
      window: { expression: 'this month', start: '', end: '', duration_seconds: 1 },
    };
    const out = withComparedPeriods(
      'GBP invoiced so far this month compared with the whole of last month',
      NOW,
      range,
      {
        filters: [],
      },
    );
    expect(out.range?.description).toBe('this calendar month and the one before');
    expect(out.range?.window.start).toBe('2026-10-01T00:00:00.000Z');
    expect(out.constraints).toMatchObject({ filters: [], period_comparison: { calendar: 'month', offset: 0 } });
    const span = withComparedPeriods('lockouts over the last 7 days compare with the 7 days before', NOW, null, {});
    expect(span.range?.description).toBe('last 14 days');
  });

  it('leaves the window and constraints as they were when no periods are compared', () => {
    const constraints = { filters: [] };
    const out = withComparedPeriods('sign-ins this week', NOW, null, constraints);
    expect(out).toEqual({ range: null, constraints });
  });
});

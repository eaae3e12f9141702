import * as chrono from 'chrono-node';
import { daysOfMonthSaid, mayNameTime, resolveTimeRange } from './time-range.util';

const now = new Date('2026-11-24T10:00:00Z'); // a Tuesday

const window = (text: string): [string, string] | null => {
  const range = resolveTimeRange(text, now);
  return range ? [range.window.start, range.window.end] : null;
};

describe('resolveTimeRange: a range of weekdays, a date "onwards", the start of a period', () => {
  // now: Tuesday 2026-11-24 10:00 UTC
  it.each([
    ['badge swipes between Monday and Tuesday', '2026-11-23T00:00:00.000Z', '2026-11-24T10:00:00.000Z'],
    ['print jobs wed thru fri last week', '2026-11-18T00:00:00.000Z', '2026-11-21T00:00:00.000Z'],
    ['door alarms from thursday to saturday', '2026-11-19T00:00:00.000Z', '2026-11-22T00:00:00.000Z'],
    ['refunds from 9 Oct onwards', '2026-10-09T00:00:00.000Z', '2026-11-24T10:00:00.000Z'],
    ['vpn logins since start of month', '2026-11-01T00:00:00.000Z', '2026-11-24T10:00:00.000Z'],
  ])('reads "%s"', (text, start, end) => {
    expect(window(text)).toEqual([start, end]);
  });
});

describe('resolveTimeRange: a part of a period said by its place in it', () => {
  it.each([
    ['badge swipes in the opening week of August', '2026-08-01T00:00:00.000Z', '2026-08-08T00:00:00.000Z'],
    ['payouts in the final 3 days of October', '2026-10-29T00:00:00.000Z', '2026-11-01T00:00:00.000Z'],
    ['claims in the first half of last year', '2025-01-01T00:00:00.000Z', '2025-07-01T00:00:00.000Z'],
    ['tickets in the fourth quarter of 2025', '2025-10-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'],
    ['spend in the second quarter', '2026-04-01T00:00:00.000Z', '2026-07-01T00:00:00.000Z'],
    ['vpn drops in the first 2 weeks of last month', '2026-10-01T00:00:00.000Z', '2026-10-15T00:00:00.000Z'],
    ['returns over the previous 2 full months', '2026-09-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z'],
    ['shipments in the last 2 complete weeks', '2026-11-09T00:00:00.000Z', '2026-11-23T00:00:00.000Z'],
  ])('reads "%s" as its dates', (text, start, end) => {
    const range = resolveTimeRange(text, now)!;
    expect([range.window.start, range.window.end]).toEqual([start, end]);
    // Described by its dates, so no agent reads "last" or "year" in it as a span back from now.
    expect(range.description).toMatch(/^between \d{4}-\d\d-\d\d and \d{4}-\d\d-\d\d$/);
  });

  it('leaves "the last quarter" and "the last 2 months", spans back from now, to the other readers', () => {
    expect(resolveTimeRange('spend in the last quarter', now)!.description).not.toMatch(/^between/);
    expect(resolveTimeRange('spend in the last 2 months', now)!.description).not.toMatch(/^between/);
  });
});

describe('resolveTimeRange', () => {
  it('reads "quarter" written with one letter wrong, missing or extra, and no other q-word', () => {
    expect(window('refunds in the previous quater')).toEqual(window('refunds in the previous quarter'));
    expect(window('sign-ups this quartr')).toEqual(window('sign-ups this quarter'));
    expect(window('the quota of seats')).toBeNull();
  });

  it('reads a time word with one slip in it (a wrong, missing, extra or swapped letter) as the word', () => {
    expect(window('printer jobs yesteday, per queue')).toEqual(window('printer jobs yesterday, per queue'));
    expect(window('badge swipes yesetrday at the depot')).toEqual(window('badge swipes yesterday at the depot'));
    expect(window('lockouts todya so far')).toEqual(window('lockouts today so far'));
    expect(window('cron failures in the past 6 huors')).toEqual(window('cron failures in the past 6 hours'));
    expect(window('scans over the last 2 weeeks')).toEqual(window('scans over the last 2 weeks'));
    expect(window('payouts this monht')).toEqual(window('payouts this month'));
    expect(window('restarts since thrusday')).toEqual(window('restarts since thursday'));
  });

  it('leaves real words near a time word, and time words with an ending, unread as a time', () => {
    expect(window('weeds near the mouth of the river')).toBeNull();
    expect(window('the weekly digest of fortnightly jobs')).toBeNull();
    expect(window('vpn drops from todays.example.net')).toBeNull();
  });

  it('keeps a dated start said first over a period said later in passing ("since 9 Oct. He moved teams last month")', () => {
    expect(window('mailbox rules made by the intern since 9 Oct. He moved teams last month')).toEqual([
      '2026-10-09T00:00:00.000Z',
      now.toISOString(),
    ]);
    expect(window('vpn logons since October 15th; the laptop was reimaged last week')).toEqual([
      '2026-10-15T00:00:00.000Z',
      now.toISOString(),
    ]);
    expect(window('printer errors last week, the fleet has run since 2 Oct')).toEqual(
      window('printer errors last week'),
    );
  });

  it('reads no clock time from numbered months or periods ("months 3 to 5")', () => {
    expect(resolveTimeRange('spend for fiscal year 2031, months 3 to 5 only', now)).toBeNull();
    expect(resolveTimeRange('ledger totals, periods 7-9', now)).toBeNull();
  });

  it('reads a weekday\'s short name after a word that takes a day ("since mon"), not alone', () => {
    expect(resolveTimeRange('failed logons since mon in sentinel', now)?.window.start).toBe('2026-11-23T00:00:00.000Z');
    expect(resolveTimeRange('anything run since tue?', now)?.window.start).toBe(
      resolveTimeRange('anything run since tuesday?', now)?.window.start,
    );
    expect(resolveTimeRange('the rota for mon', now)).toBeNull();
  });

  it('starts the window at a time of day said after "since" or "from", until now', () => {
    const from = (text: string) => resolveTimeRange(text, now)?.window;
    expect(from('door alarms since 7am today')).toMatchObject({
      start: '2026-11-24T07:00:00.000Z',
      end: now.toISOString(),
    });
    expect(from('vpn drops since 08:15')).toMatchObject({ start: '2026-11-24T08:15:00.000Z' });
    expect(from('printer jams from 9 this morning')).toMatchObject({ start: '2026-11-24T09:00:00.000Z' });
    expect(from('badge denials since yesterday 7pm')).toMatchObject({ start: '2026-11-23T19:00:00.000Z' });
    expect(from('vpn drops from yesterday at 21:45')).toMatchObject({ start: '2026-11-23T21:45:00.000Z' });
    expect(from('since yesterday 4 kiosks rebooted')).toMatchObject({ start: '2026-11-23T00:00:00.000Z' });
    expect(from('badge errors since 6pm yesterday')).toMatchObject({ start: '2026-11-23T18:00:00.000Z' });
    // The zone said between the time and its day: yesterday's still, times being UTC.
    expect(from('4625s against the DC since 06:00 UTC yesterday')).toMatchObject({ start: '2026-11-23T06:00:00.000Z' });
    expect(from('vpn drops since 7am GMT today')).toMatchObject({ start: '2026-11-24T07:00:00.000Z' });
    // Still ahead of now with no day said: yesterday's.
    expect(from('backup failures since 11pm')).toMatchObject({ start: '2026-11-23T23:00:00.000Z' });
    // Said as an instant: no calendar word is left in the description for an agent to snap to the day.
    expect(resolveTimeRange('door alarms since 7am today', now)!.description).not.toMatch(/today/);
  });

  it('reads a day of the month said without its month ("since the 1st") as this month\'s, or last month\'s if ahead', () => {
    expect(window('badge errors since the 1st?')).toEqual(['2026-11-01T00:00:00.000Z', now.toISOString()]);
    expect(window('kiosk reboots from the 9th on')).toEqual(['2026-11-09T00:00:00.000Z', now.toISOString()]);
    expect(window('refund requests starting the 3rd of this month')).toEqual([
      '2026-11-03T00:00:00.000Z',
      now.toISOString(),
    ]);
    // Still ahead this month: last month's.
    expect(window('printer jams since the 27th')).toEqual(['2026-10-27T00:00:00.000Z', now.toISOString()]);
    expect(window('vpn drops since the first.')).toEqual(['2026-11-01T00:00:00.000Z', now.toISOString()]);
    // A month named after the day, or a range of days, is read with its month: from the day's start.
    expect(window('vpn drops since the 2nd of May')).toEqual(['2026-05-02T00:00:00.000Z', now.toISOString()]);
    expect(window('since the first failed login')).toBeNull();
  });

  it('reads two times of one day as the window between them, on the day said (today by default)', () => {
    const between = (text: string) => resolveTimeRange(text, now)?.window;
    expect(between('badge swipes between 6 and 8am')).toMatchObject({
      start: '2026-11-24T06:00:00.000Z',
      end: '2026-11-24T08:00:00.000Z',
    });
    expect(between('yesterday, kiosk reboots from 13:30 to 14:10')).toMatchObject({
      start: '2026-11-23T13:30:00.000Z',
      end: '2026-11-23T14:10:00.000Z',
    });
    expect(between('pager alerts from 11pm to 1am last night')).toMatchObject({
      start: '2026-11-23T23:00:00.000Z',
      end: '2026-11-24T01:00:00.000Z',
    });
    // A night's small hours are today's date; its evening is yesterday's.
    expect(between('vpn drops between 1am and 3am last night')).toMatchObject({
      start: '2026-11-24T01:00:00.000Z',
      end: '2026-11-24T03:00:00.000Z',
    });
    expect(window('door alarms since 3am last night')).toEqual([
      '2026-11-24T03:00:00.000Z',
      '2026-11-24T10:00:00.000Z',
    ]);
    expect(window('door alarms since 10pm last night')).toEqual([
      '2026-11-23T22:00:00.000Z',
      '2026-11-24T10:00:00.000Z',
    ]);
    // Hours still ahead of now with no day said: yesterday's.
    expect(between('printer queue between 3pm and 5pm')).toMatchObject({ start: '2026-11-23T15:00:00.000Z' });
    // Not clock times: a range of counts leaves the day as said.
    expect(between('tills with between 4 and 9 voids today')).toMatchObject({ start: '2026-11-24T00:00:00.000Z' });
    expect(resolveTimeRange('badge swipes between 6 and 8am yesterday', now)!.description).not.toMatch(/yesterday/);
    // Hours of a date said are that date's.
    expect(between('badge swipes on 2026-11-20 from 14:00 to 15:00')).toMatchObject({
      start: '2026-11-20T14:00:00.000Z',
      end: '2026-11-20T15:00:00.000Z',
    });
    expect(between('badge swipes friday from 2pm to 3pm')).toMatchObject({ end: '2026-11-20T15:00:00.000Z' });
  });

  it('takes two instants written out in full as the window, whatever part of the day is named elsewhere', () => {
    expect(
      resolveTimeRange('late shift review: alerts between 2026-10-02 23:30 and 2026-10-03 05:00 UTC', now)?.window,
    ).toMatchObject({
      start: '2026-10-02T23:30:00.000Z',
      end: '2026-10-03T05:00:00.000Z',
    });
    expect(resolveTimeRange('alerts from 2026-10-02 08:00 to 2026-10-02 09:15', now)?.window).toMatchObject({
      start: '2026-10-02T08:00:00.000Z',
      end: '2026-10-02T09:15:00.000Z',
    });
  });

  it('takes the hours of one day written with its month, whichever is said first', () => {
    const between = (text: string) => resolveTimeRange(text, now)?.window;
    expect(between('from 7am till 11am on Thursday 19 Nov, door denials')).toMatchObject({
      start: '2026-11-19T07:00:00.000Z',
      end: '2026-11-19T11:00:00.000Z',
    });
    expect(between('door denials on the 3rd of June between 1pm and 4pm')).toMatchObject({
      start: '2026-06-03T13:00:00.000Z',
      end: '2026-06-03T16:00:00.000Z',
    });
    // A day still ahead this year is last year's.
    expect(between('door denials Dec 30 from 22:00 to 23:30')).toMatchObject({ start: '2025-12-30T22:00:00.000Z' });
  });

  it('opens the window from a date said earlier when "since then" or "after that date" points back at it', () => {
    expect(resolveTimeRange('the contractor left on 3 Nov 2026. any VPN use since then?', now)).toMatchObject({
      description: expect.stringMatching(/^since /),
      window: { start: '2026-11-03T00:00:00.000Z', end: now.toISOString() },
    });
    expect(resolveTimeRange('card blocked on 2026-11-10; payments after that date?', now)!.window).toMatchObject({
      start: '2026-11-10T00:00:00.000Z',
      end: now.toISOString(),
    });
    // A day said on its own stays that day.
    expect(resolveTimeRange('the contractor left on 3 Nov 2026', now)!.window.end).toBe('2026-11-04T00:00:00.000Z');
  });

  it('opens the window from a day of the month said without its month that a later "since then" points back at', () => {
    expect(resolveTimeRange('the badge was revoked on the 11th - door opens since then?', now)).toMatchObject({
      description: expect.stringMatching(/^since /),
      window: { expression: 'on the 11th', start: '2026-11-11T00:00:00.000Z', end: now.toISOString() },
    });
    // Still ahead this month: last month's.
    expect(window('kiosk moved on the 29th; any faults after that?')).toEqual([
      '2026-10-29T00:00:00.000Z',
      now.toISOString(),
    ]);
    expect(window('token rotated on the 2nd, any api calls since that day?')).toEqual([
      '2026-11-02T00:00:00.000Z',
      now.toISOString(),
    ]);
    // A "since" that ends its clause points back too.
    expect(window('relay swapped on the 6th. paging errors since?')).toEqual([
      '2026-11-06T00:00:00.000Z',
      now.toISOString(),
    ]);
    expect(window('relay swapped Oct 30 - paging errors since, by host')).toEqual([
      '2026-10-30T00:00:00.000Z',
      now.toISOString(),
    ]);
    // An ordinal that names no day, or a day with nothing pointing back at it, opens no window.
    expect(window('the 4th printer jammed; any faults since then?')).toBeNull();
    expect(window('door opens on the 11th')).toBeNull();
  });

  it('reads someone\'s "last day" as their own day, not a span, and the date it was said to be as the window\'s start', () => {
    expect(window("the temp's last day was Oct 31 - vpn logins since?")).toEqual([
      '2026-10-31T00:00:00.000Z',
      now.toISOString(),
    ]);
    expect(window('his last day was the 16th; badge use since then')).toEqual([
      '2026-11-16T00:00:00.000Z',
      now.toISOString(),
    ]);
    expect(window('vpn logins in the last day')).toEqual(['2026-11-23T10:00:00.000Z', now.toISOString()]);
  });

  it('reads a weekday that a later "after that" points back at from that day\'s start until now', () => {
    expect(window('key disabled last Friday - any logins after that?')).toEqual([
      '2026-11-20T00:00:00.000Z',
      now.toISOString(),
    ]);
  });

  it("reads 'the day before yesterday' as that whole day, and chat's '2day' as today", () => {
    expect(window('cloudtrail AccessDenied errors the day before yesterday - count by user')).toEqual([
      '2026-11-22T00:00:00.000Z',
      '2026-11-23T00:00:00.000Z',
    ]);
    expect(window('azure ops that failed 2day - top 5')).toEqual(['2026-11-24T00:00:00.000Z', now.toISOString()]);
    expect(window('failed logons per user tdy in sentinel')).toEqual(['2026-11-24T00:00:00.000Z', now.toISOString()]);
  });

  it('reads days of this month said without the month, before a dash that sets the rest apart', () => {
    expect(window('buyers who spent over 20,000 CHF between the 3rd and the 10th - name, email and total')).toEqual([
      '2026-11-03T00:00:00.000Z',
      '2026-11-11T00:00:00.000Z',
    ]);
  });

  it.each(['errors yday', 'errors yest', 'errors ystd', 'errors ystrday', 'errors yestrday'])(
    'reads "%s" as yesterday',
    (text) => {
      expect(window(text)).toEqual(['2026-11-23T00:00:00.000Z', '2026-11-24T00:00:00.000Z']);
    },
  );

  it.each([
    ['downloads between 1 and 15 March 2026', '2026-03-01T00:00:00.000Z', '2026-03-16T00:00:00.000Z'],
    ['downloads 1-15 March 2026', '2026-03-01T00:00:00.000Z', '2026-03-16T00:00:00.000Z'],
    ['downloads from 3 to 9 Feb 2026', '2026-02-03T00:00:00.000Z', '2026-02-10T00:00:00.000Z'],
    ['uploads between the 4th and 7th of August 2026', '2026-08-04T00:00:00.000Z', '2026-08-08T00:00:00.000Z'],
    ['uploads from the 12th to the 19th of April 2026', '2026-04-12T00:00:00.000Z', '2026-04-20T00:00:00.000Z'],
  ])('reads the days of one month in "%s" as one range', (text, start, end) => {
    expect(window(text)).toEqual([start, end]);
  });

  it('reads "from <day> <month> to <day> <month>" as those whole days, not "from <hour>"', () => {
    const range = resolveTimeRange('refunds issued from 4 Feb to 9 Mar', now);
    expect(range?.window.start).toBe('2026-02-04T00:00:00.000Z');
    expect(range?.window.end).toBe('2026-03-10T00:00:00.000Z');
  });

  it('reads "last 24 hours" as the day up to now', () => {
    expect(resolveTimeRange('Show all error logs from last 24 hours', now)).toEqual({
      description: 'last 24 hours',
      window: {
        expression: 'last 24 hours',
        start: '2026-11-23T10:00:00.000Z',
        end: '2026-11-24T10:00:00.000Z',
        duration_seconds: 86_400,
      },
    });
  });

  it.each([
    ['sign-ins this week', '2026-11-23T00:00:00.000Z'],
    ['orders this month', '2026-11-01T00:00:00.000Z'],
    ['revenue this quarter', '2026-10-01T00:00:00.000Z'],
    ['revenue this year', '2026-01-01T00:00:00.000Z'],
    ['spend this fiscal year', '2026-01-01T00:00:00.000Z'],
    ['tickets this yr', '2026-01-01T00:00:00.000Z'],
    ['grants paid out in the current FY', '2026-01-01T00:00:00.000Z'],
    ['badge swipes this wk', '2026-11-23T00:00:00.000Z'],
    ['printer jobs this mth', '2026-11-01T00:00:00.000Z'],
    ['refund totals this qtr', '2026-10-01T00:00:00.000Z'],
    ['sales year to date', '2026-01-01T00:00:00.000Z'],
    ['errors today', '2026-11-24T00:00:00.000Z'],
  ])('reads "%s" as the calendar period up to now', (text, start) => {
    expect(window(text)).toEqual([start, now.toISOString()]);
  });

  it('describes a short period name by its full name ("this wk" as "this week")', () => {
    expect(resolveTimeRange('new vendors this qtr', now)?.window.expression).toBe('this quarter');
  });

  it.each([
    ['lst 24 hrs', '2026-11-23T10:00:00.000Z'],
    ['failures in the past 7d', '2026-11-17T10:00:00.000Z'],
    ['last 2 wks', '2026-11-10T10:00:00.000Z'],
    ['in the previous three days', '2026-11-21T10:00:00.000Z'],
    ['over the past hour', '2026-11-24T09:00:00.000Z'],
    ['over the last week', '2026-11-17T10:00:00.000Z'],
    ['in the last year', '2025-11-24T10:00:00.000Z'],
  ])('reads "%s" (abbreviated, misspelt, rolling) as a span up to now', (text, start) => {
    expect(window(text)).toEqual([start, now.toISOString()]);
  });

  it.each([
    ['hosts that talked to the proxy since two days', '2026-11-22T10:00:00.000Z'],
    ['errors since 6 hours', '2026-11-24T04:00:00.000Z'],
  ])('reads "%s" (a count after "since") as a span up to now', (text, start) => {
    expect(window(text)).toEqual([start, now.toISOString()]);
  });

  it.each([
    ['logons last weekend', now],
    ['logons over the previous weekend', new Date('2026-11-29T15:00:00Z')], // on a Sunday: the weekend before
  ])('reads "%s" as Saturday 00:00 to Monday 00:00 of the weekend before this week', (text, at) => {
    const range = resolveTimeRange(text, at)!;
    expect([range.window.start, range.window.end]).toEqual(['2026-11-21T00:00:00.000Z', '2026-11-23T00:00:00.000Z']);
  });

  it.each(['vpn drops over the weekend', 'badge swipes during the weekend'])(
    'reads "%s" as the weekend before this week',
    (text) => {
      const range = resolveTimeRange(text, now)!;
      expect([range.window.start, range.window.end]).toEqual(['2026-11-21T00:00:00.000Z', '2026-11-23T00:00:00.000Z']);
    },
  );

  it.each([
    ['hosts that talked to it over the weekend of 14 and 15 November 2026', '2026-11-14', '2026-11-16'],
    ['vpn drops over the weekend of Nov 7th and 8th', '2026-11-07', '2026-11-09'],
    ['logons during the weekend of the 1st of November', '2026-10-31', '2026-11-02'], // a Sunday: its Saturday too
    ['logons on the weekend of 31 October', '2026-10-31', '2026-11-02'], // a Saturday: its Sunday too
  ])('reads "%s" as the days of the weekend its dates say', (text, start, end) => {
    const range = resolveTimeRange(text, now)!;
    expect([range.window.start, range.window.end]).toEqual([`${start}T00:00:00.000Z`, `${end}T00:00:00.000Z`]);
  });

  it.each([
    ['vpn drops over the weekend', '2026-11-29T15:00:00Z', '2026-11-28T00:00:00.000Z'], // a Sunday
    ['badge swipes this weekend', '2026-11-28T09:00:00Z', '2026-11-28T00:00:00.000Z'], // a Saturday
  ])('reads "%s" said during a weekend as that weekend up to now', (text, at, start) => {
    const range = resolveTimeRange(text, new Date(at))!;
    expect([range.window.start, range.window.end]).toEqual([start, new Date(at).toISOString()]);
  });

  it('reads "this morning" as today from midnight until noon, or until now before noon', () => {
    const late = resolveTimeRange('kiosk reboots this morning', new Date('2026-11-24T16:30:00Z'))!;
    expect([late.window.start, late.window.end]).toEqual(['2026-11-24T00:00:00.000Z', '2026-11-24T12:00:00.000Z']);
    const early = resolveTimeRange('kiosk reboots earlier this morning', new Date('2026-11-24T03:00:00Z'))!;
    expect([early.window.start, early.window.end]).toEqual(['2026-11-24T00:00:00.000Z', '2026-11-24T03:00:00.000Z']);
    // A span said outright is the window; the morning only says when something was noticed.
    const said = resolveTimeRange('noticed a spike this morning, show errors for the last 8 hours', now)!;
    expect(said.window.duration_seconds).toBe(8 * 3600);
  });

  it('reads a part of a day said with the day ("yesterday afternoon", "last night", "overnight")', () => {
    const at = new Date('2026-11-24T15:00:00Z');
    const span = (text: string) => {
      const w = resolveTimeRange(text, at)!.window;
      return [w.start, w.end];
    };
    expect(span('kiosk reboots yesterday afternoon')).toEqual(['2026-11-23T12:00:00.000Z', '2026-11-23T18:00:00.000Z']);
    expect(span('kiosk reboots last night')).toEqual(['2026-11-23T18:00:00.000Z', '2026-11-24T06:00:00.000Z']);
    expect(span('what rebooted overnight')).toEqual(['2026-11-23T18:00:00.000Z', '2026-11-24T06:00:00.000Z']);
    expect(span('kiosk reboots this afternoon')).toEqual(['2026-11-24T12:00:00.000Z', at.toISOString()]);
    // Early in the day, the night is not over yet: up to now.
    const early = resolveTimeRange('kiosk reboots last night', new Date('2026-11-24T02:00:00Z'))!.window;
    expect([early.start, early.end]).toEqual(['2026-11-23T18:00:00.000Z', '2026-11-24T02:00:00.000Z']);
  });

  it('reads a weekday with a part of the day as those hours of the latest such weekday', () => {
    const range = resolveTimeRange('kiosk reboots last sunday evening', now)!.window;
    expect([range.start, range.end]).toEqual(['2026-11-22T18:00:00.000Z', '2026-11-23T00:00:00.000Z']);
  });

  it('reads "since the start of last week" from the Monday before this week\'s, up to now', () => {
    const range = resolveTimeRange('kiosk reboots since the start of last week', now)!.window;
    expect([range.start, range.end]).toEqual(['2026-11-16T00:00:00.000Z', now.toISOString()]);
  });

  it('reads noon, midday and midnight as the ends of a range of hours', () => {
    const at = new Date('2026-11-24T20:00:00Z');
    const range = resolveTimeRange('badge swipes yesterday between 8am and noon', at)!.window;
    expect([range.start, range.end, range.expression]).toEqual([
      '2026-11-23T08:00:00.000Z',
      '2026-11-23T12:00:00.000Z',
      'between 8am and noon',
    ]);
    const late = resolveTimeRange('badge swipes from 9pm to midnight yesterday', at)!.window;
    expect([late.start, late.end]).toEqual(['2026-11-23T21:00:00.000Z', '2026-11-24T00:00:00.000Z']);
  });

  it('reads "the week before last" as the whole calendar week two weeks back (Monday first)', () => {
    const range = resolveTimeRange('printer jobs the week before last', now)!;
    expect([range.window.start, range.window.end]).toEqual(['2026-11-09T00:00:00.000Z', '2026-11-16T00:00:00.000Z']);
    expect(range.window.expression).toBe('the week before last');
  });

  it('reads a weekday said through "last" as that whole day, and from its start up to now after "since"', () => {
    const day = resolveTimeRange('kiosk reboots last sunday', now)!;
    expect([day.window.start, day.window.end]).toEqual(['2026-11-22T00:00:00.000Z', '2026-11-23T00:00:00.000Z']);
    const since = resolveTimeRange('kiosk reboots since last saturday', now)!;
    expect([since.window.start, since.window.end]).toEqual(['2026-11-21T00:00:00.000Z', now.toISOString()]);
  });

  it('reads a span said alone at the start or the end of the question as a window up to now', () => {
    const seconds = (text: string) => resolveTimeRange(text, now)?.window.duration_seconds ?? null;
    expect(seconds('mshta launches grouped by machine and account, 72h')).toBe(72 * 3600);
    expect(seconds('36 hrs - quarantined mails per recipient')).toBe(36 * 3600);
    expect(seconds('5d: vpn drops by gateway')).toBe(5 * 86_400);
    expect(seconds('12h denied requests by client ip')).toBe(12 * 3600);
    expect(seconds('share access per file server 45 mins (kql)')).toBe(45 * 60);
    expect(seconds('cert errors by site 3d splunk')).toBe(3 * 86_400);
  });

  it('reads a compact span set off by commas inside the question as a window up to now', () => {
    const seconds = (text: string) => resolveTimeRange(text, now)?.window.duration_seconds ?? null;
    expect(seconds('certutil on LAB-* boxes, 96h, top 5 parents')).toBe(96 * 3600);
    expect(seconds('rclone launches 14d, edr and sysmon both')).toBe(14 * 86_400);
    expect(seconds('vpn drops per gateway, 6 hours, worst first')).toBe(6 * 3600);
    expect(resolveTimeRange('kiosks quiet 14d, by site', now)).toBeNull();
    expect(resolveTimeRange('gift cards over 50, by store', now)).toBeNull();
  });

  it('reads no window from a span at an edge that is a threshold, a size or a name', () => {
    for (const text of [
      'service accounts dormant for 72h',
      'rdp sessions longer than 6h',
      'tokens that expire in 14 days',
      'batch jobs running 5 hours',
      'failed logins bucketed by 4h',
      'logons on node ap-72h',
      'queries > 3h',
      'print jobs stuck for 3h',
      'kiosks with no checkin 14d',
    ])
      expect(resolveTimeRange(text, now)).toBeNull();
  });

  it('reads "since Monday" from the start of Monday until now', () => {
    const range = resolveTimeRange('failed sign-ins since Monday', now)!;

    expect(range.description).toBe('since Monday');
    expect(range.window.start).toBe('2026-11-23T00:00:00.000Z');
    expect(range.window.end).toBe(now.toISOString());
  });

  it('reads "since <date>" and a date without a year as the last such date', () => {
    expect(window('orders since 2024-03-01')).toEqual(['2024-03-01T00:00:00.000Z', now.toISOString()]);
    expect(window('orders since March 1')).toEqual(['2026-03-01T00:00:00.000Z', now.toISOString()]);
  });

  it.each([
    ['lockouts since midnight', '2026-11-24T00:00:00.000Z'],
    ['logons since 9pm', '2026-11-23T21:00:00.000Z'],
    ['logons since 8am', '2026-11-24T08:00:00.000Z'],
  ])('reads a time of day in "%s" as the last one, not a year back', (text, start) => {
    expect(window(text)).toEqual([start, now.toISOString()]);
  });

  it('reads "yesterday" as the whole of yesterday', () => {
    expect(resolveTimeRange('errors yesterday', now)!.window).toMatchObject({
      start: '2026-11-23T00:00:00.000Z',
      end: '2026-11-24T00:00:00.000Z',
      duration_seconds: 86_400,
    });
  });

  it('reads a date as its day, a month as the month, a datetime as from then until now', () => {
    expect(window('logons on 2024-03-01')).toEqual(['2024-03-01T00:00:00.000Z', '2024-03-02T00:00:00.000Z']);
    expect(window('logons in March')).toEqual(['2026-03-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z']);
    expect(window('logons after 2024-03-01 14:30')).toEqual(['2024-03-01T14:30:00.000Z', now.toISOString()]);
  });

  it('reads two dates as a range from the first to the end of the second', () => {
    expect(window('logons between 2024-01-01 and 2024-01-31')).toEqual([
      '2024-01-01T00:00:00.000Z',
      '2024-02-01T00:00:00.000Z',
    ]);
  });

  it('reads no window from an inactivity condition', () => {
    expect(resolveTimeRange('Users who have not logged in for 90 days', now)).toBeNull();
    expect(resolveTimeRange('accounts inactive for 3 months', now)).toBeNull();
  });

  it('keeps the window of a question that also names inactivity', () => {
    expect(window('accounts created this month that have not signed in for 30 days')).toEqual([
      '2026-11-01T00:00:00.000Z',
      now.toISOString(),
    ]);
  });

  it('reads no time from IPs, event ids, "may" or "now"', () => {
    expect(resolveTimeRange('logons from 10.0.0.5 with event 4625 that may matter now', now)).toBeNull();
  });

  it('is null when the question names no time', () => {
    expect(resolveTimeRange('Show failed login attempts', now)).toBeNull();
  });

  it('never answers a window with start >= end or an end after now', () => {
    const questions = [
      'from tomorrow back to last week',
      'next week',
      'at 10:00 today',
      `${'Explain the detection logic for suspicious sign-ins in detail. '.repeat(40)}now`,
      'errors at midnight',
      'in 2030',
    ];
    for (const question of questions) {
      const range = resolveTimeRange(question, now);
      if (range === null) continue;
      expect(Date.parse(range.window.start)).toBeLessThan(Date.parse(range.window.end));
      expect(Date.parse(range.window.end)).toBeLessThanOrEqual(now.getTime());
    }
  });
});

describe('mayNameTime', () => {
  const timed = [
    'in the past 7 days',
    'last month',
    'an hour ago',
    'on 2024-03-01',
    'since Friday',
    'at noon',
    'this week',
    'in March',
    'today',
    'Dec 3',
    'lst wk',
  ];

  it.each(timed)('lets "%s" through to the parsers', (text) => {
    expect(mayNameTime(text)).toBe(true);
  });

  it('skips nothing chrono would find, over a corpus of questions', () => {
    const questions = [
      'Detect suspicious PowerShell process creation on endpoints',
      'Which customers placed the most orders?',
      'Compare database user table with Azure AD signin logs',
      'Identify Temporary Access Pass creations in Entra ID',
      'Count devices by DNS suffix',
      'Show firewall rule changes using the netsh utility',
      ...timed,
    ];
    for (const question of questions) {
      if (!mayNameTime(question)) expect(chrono.parse(question, now)).toEqual([]);
    }
  });
});

describe('resolveTimeRange (years and "since yesterday")', () => {
  const now = new Date('2026-11-26T15:00:00Z');

  it('reads "in 2025" as that calendar year and "in 2026" as the year up to now', () => {
    expect(resolveTimeRange('top customers by spend in 2025', now)?.window).toMatchObject({
      start: '2025-01-01T00:00:00.000Z',
      end: '2026-01-01T00:00:00.000Z',
    });
    expect(resolveTimeRange('orders during 2026', now)?.window.end).toBe(now.toISOString());
  });

  it.each([
    ['parcel returns for calendar year 2024', '2024'],
    ['ticket volume per week, CY2023', '2023'],
    ['greenhouse sales by month across the whole of 2025', '2025'],
    ['seed orders for the full year 2024', '2024'],
  ])('reads the calendar year said in "%s"', (text, year) => {
    expect(resolveTimeRange(text, now)?.window).toMatchObject({
      start: `${year}-01-01T00:00:00.000Z`,
      end: `${Number(year) + 1}-01-01T00:00:00.000Z`,
    });
  });

  it.each([
    ['ferry tickets sold in both March and April 2025', '2025-03-01', '2025-05-01'],
    ['returns from February to May', '2026-02-01', '2026-06-01'],
    ['claims in Aug and Sep 2024', '2024-08-01', '2024-10-01'],
  ])('reads the months of "%s" as whole months, the year said once for both', (text, start, end) => {
    expect(resolveTimeRange(text, now)?.window).toMatchObject({
      start: `${start}T00:00:00.000Z`,
      end: `${end}T00:00:00.000Z`,
    });
  });

  it('should not read a fiscal year or a year ahead as a window', () => {
    expect(resolveTimeRange('budget for fiscal year 2026', now)).toBeNull();
    expect(resolveTimeRange('plans for 2027', now)).toBeNull();
  });

  it('reads "since yesterday" from the start of yesterday until now', () => {
    expect(resolveTimeRange('AWS errors since yesterday', now)).toMatchObject({
      description: 'since yesterday',
      window: { start: '2026-11-25T00:00:00.000Z', end: now.toISOString() },
    });
  });

  it.each([
    ['badge swipes since the 1st of the month', '2026-11-01T00:00:00.000Z'],
    ['kiosk reboots from the start of the year', '2026-01-01T00:00:00.000Z'],
    ['printer jams since the beginning of this week', '2026-11-23T00:00:00.000Z'],
    ['kiosk reboots since the start of the wk', '2026-11-23T00:00:00.000Z'],
  ])('reads the start of a period said after since/from ("%s") as that period until now', (question, start) => {
    expect(resolveTimeRange(question, now)?.window).toMatchObject({ start, end: now.toISOString() });
  });

  it('reads the whole calendar period before this one when the question says so, "the last week" as 7 days', () => {
    // now: Thursday 2026-11-26 15:00 UTC
    expect(resolveTimeRange('kiosk faults last week (mon-sun)', now)?.window).toMatchObject({
      start: '2026-11-16T00:00:00.000Z',
      end: '2026-11-23T00:00:00.000Z',
    });
    expect(resolveTimeRange('badge swipes in the previous calendar month', now)?.window).toMatchObject({
      start: '2026-10-01T00:00:00.000Z',
      end: '2026-11-01T00:00:00.000Z',
    });
    expect(resolveTimeRange('door alarms over the last week', now)?.window).toMatchObject({
      start: '2026-11-19T15:00:00.000Z',
      end: now.toISOString(),
    });
  });

  it.each([
    ['door alarms last week', '2026-11-16T00:00:00.000Z', '2026-11-23T00:00:00.000Z'],
    ['refund total for last quarter', '2026-07-01T00:00:00.000Z', '2026-10-01T00:00:00.000Z'],
    ['headcount by department, prior year', '2025-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'],
    ['invoices issued during the previous quarter', '2026-07-01T00:00:00.000Z', '2026-10-01T00:00:00.000Z'],
    ["last week's kiosk faults per site", '2026-11-16T00:00:00.000Z', '2026-11-23T00:00:00.000Z'],
  ])('reads "%s" (a period said alone after "last") as the calendar period before this one', (text, start, end) => {
    expect(window(text)).toEqual([start, end]);
  });

  it('should read "last month" alone as the previous calendar month, "the last 2 months" as a span', () => {
    // now: Thursday 2026-11-26 15:00 UTC
    expect(resolveTimeRange('kiosk reboots last month', now)?.window).toMatchObject({
      start: '2026-10-01T00:00:00.000Z',
      end: '2026-11-01T00:00:00.000Z',
    });
    expect(resolveTimeRange('kiosk reboots in the last 2 months', now)?.window?.end).toBe(now.toISOString());
  });

  it('reads "last week, Monday to Sunday" and "last quarter as a whole" as the calendar period before this one', () => {
    expect(resolveTimeRange('turnstile errors last week, Monday to Sunday, per gate', now)?.window).toMatchObject({
      start: '2026-11-16T00:00:00.000Z',
      end: '2026-11-23T00:00:00.000Z',
    });
    expect(resolveTimeRange('looking at last quarter as a whole: kiosk faults', now)?.window).toMatchObject({
      start: '2026-07-01T00:00:00.000Z',
      end: '2026-10-01T00:00:00.000Z',
    });
  });

  it('reads a fortnight as 14 days', () => {
    expect(resolveTimeRange('kiosk reboots over the past fortnight', now)?.window?.duration_seconds).toBe(14 * 86_400);
  });

  it('does not read "the first of the month" as a window without since/from', () => {
    expect(resolveTimeRange('invoices due on the first of the month', now)).toBeNull();
  });
});

describe('resolveTimeRange (half years)', () => {
  const now = new Date('2026-11-26T15:00:00Z');

  it('reads "H1 2025", "h2 2024", "in H2" and "the first half of 2025" as that half year, up to now', () => {
    const window = (text: string) => resolveTimeRange(text, now)?.window;
    expect(window('refunds in H1 2025 by region')).toMatchObject({
      start: '2025-01-01T00:00:00.000Z',
      end: '2025-07-01T00:00:00.000Z',
    });
    expect(window('tickets closed h2 2024')).toMatchObject({
      start: '2024-07-01T00:00:00.000Z',
      end: '2025-01-01T00:00:00.000Z',
    });
    expect(window('signups during H2, per week')).toMatchObject({
      start: '2026-07-01T00:00:00.000Z',
      end: now.toISOString(),
    });
    expect(window('shipments in the first half of 2025')).toMatchObject({
      start: '2025-01-01T00:00:00.000Z',
      end: '2025-07-01T00:00:00.000Z',
    });
    expect(window('leads from the second half of the year')).toMatchObject({
      start: '2026-07-01T00:00:00.000Z',
      end: now.toISOString(),
    });
  });

  it('reads no half year from a bare "H1" or one still to come', () => {
    expect(resolveTimeRange('logons on host H1', now)).toBeNull();
    expect(resolveTimeRange('the H2 heading of the report', now)).toBeNull();
    expect(resolveTimeRange('budget for H1 2027', now)).toBeNull();
  });
});

describe('resolveTimeRange (quarters)', () => {
  const now = new Date('2026-11-26T15:00:00Z');

  it('reads "Q3 2026" as that quarter and "Q4" as this year\'s, up to now', () => {
    expect(resolveTimeRange('invoices issued in Q3 2026', now)?.window).toMatchObject({
      start: '2026-07-01T00:00:00.000Z',
      end: '2026-10-01T00:00:00.000Z',
    });
    expect(resolveTimeRange('orders in Q4', now)?.window).toMatchObject({
      start: '2026-10-01T00:00:00.000Z',
      end: now.toISOString(),
    });
  });

  it('reads a lower-case quarter with its year ("q2 2024"), and none without a year', () => {
    expect(resolveTimeRange('parcels shipped during q2 2024', now)?.window).toMatchObject({
      start: '2024-04-01T00:00:00.000Z',
      end: '2024-07-01T00:00:00.000Z',
    });
    expect(resolveTimeRange('the q2 planning sheet', now)).toBeNull();
  });
});

describe('resolveTimeRange (a counted span said without "last")', () => {
  const seconds = (text: string) => resolveTimeRange(text, now)?.window.duration_seconds ?? null;

  it.each([
    ['badge denials over 36h', 36 * 3600],
    ['kiosk reboots over 9 days', 9 * 86_400],
    ['printer jams within 12h', 12 * 3600],
    ['vpn drops in 30 hrs', 30 * 3600],
    ['door alarms during 3 weeks', 21 * 86_400],
  ])('reads "%s" as a span up to now', (text, expected) => {
    expect(seconds(text)).toBe(expected);
    expect(resolveTimeRange(text, now)!.description).toMatch(/^last /);
  });

  it.each([
    'parcels over 36 hours old',
    'refunds more than 9 days overdue',
    'tills with over 4 voids',
    'lockers not opened over 60 days',
    'kiosk sessions over 3 hours',
    'service passwords over 120 days',
    'signing certificates over 2 years',
    'orders open over 5 days',
    'badges that expire in 12 days',
    'sales over 5m',
    'resets within 2 hours of a lockout',
    'renewals in 3 weeks time',
  ])('reads no window from a threshold, an age or an inactivity in "%s"', (text) => {
    expect(resolveTimeRange(text, now)).toBeNull();
  });

  it('keeps the span said first when another is said later', () => {
    expect(seconds('tills with over 4 voids in 20h')).toBe(20 * 3600);
  });
});

describe('resolveTimeRange (a bucket size is no span)', () => {
  it('reads the window said after a bucket size, not the size', () => {
    expect(
      resolveTimeRange('badge denials in 10 minute slices over the past 6 hours', now)?.window.duration_seconds,
    ).toBe(6 * 3600);
    expect(resolveTimeRange('kiosk faults in 30m buckets', now)).toBeNull();
  });
});

describe('daysOfMonthSaid', () => {
  const said = (text: string): string[] => daysOfMonthSaid(text).map(([start, end]) => text.slice(start, end));

  it('finds days said with a month name, alone or as a range, in either order', () => {
    expect(said('badge swipes on gate 7 between 6 and 21 October 2025')).toEqual(['6 and 21 October 2025']);
    expect(said('badge swipes from Sep 8-14 and on the 2nd of Jan')).toEqual(['Sep 8-14', 'the 2nd of Jan']);
  });

  it('takes no number before a word that only starts like a month', () => {
    expect(said('top 5 decisions, 3 marches, 2 junk rows')).toEqual([]);
  });
});

describe('resolveTimeRange (hours of a day said)', () => {
  it("reads a weekday with a range of hours as that weekday's hours", () => {
    expect(window('badge errors on thursday between 2 and 4pm')).toEqual([
      '2026-11-19T14:00:00.000Z',
      '2026-11-19T16:00:00.000Z',
    ]);
    expect(window('wed from 08:30 to 10am, vpn drops')).toEqual([
      '2026-11-18T08:30:00.000Z',
      '2026-11-18T10:00:00.000Z',
    ]);
  });

  it("reads today's weekday with hours still ahead as last week's", () => {
    expect(window('tuesday 1pm-2pm printer jobs')).toEqual(['2026-11-17T13:00:00.000Z', '2026-11-17T14:00:00.000Z']);
    expect(window('tuesday 6-8am printer jobs')).toEqual(['2026-11-24T06:00:00.000Z', '2026-11-24T08:00:00.000Z']);
  });

  it("reads today with hours still ahead as today's hours, not yesterday's", () => {
    expect(window('today from 1 to 3pm, share access')).toEqual([
      '2026-11-24T13:00:00.000Z',
      '2026-11-24T15:00:00.000Z',
    ]);
    expect(window('share access between 1pm and 3pm today')).toEqual([
      '2026-11-24T13:00:00.000Z',
      '2026-11-24T15:00:00.000Z',
    ]);
  });

  it('reads bare hours said as a range of a part of the day as that half of the day', () => {
    expect(window('between 7 and 9 this morning, door alarms')).toEqual([
      '2026-11-24T07:00:00.000Z',
      '2026-11-24T09:00:00.000Z',
    ]);
    expect(window('friday afternoon from 2 to 5, vpn drops')).toEqual([
      '2026-11-20T14:00:00.000Z',
      '2026-11-20T17:00:00.000Z',
    ]);
    // A count after the part of the day is no range of hours.
    expect(window('morning jobs 4 to 6 servers ran')?.[0]).not.toBe('2026-11-24T04:00:00.000Z');
  });

  it("reads a day of the month said by its ordinal with hours as that day's hours, last month's when still ahead", () => {
    expect(window('on the 21st between 10am and noon')).toEqual([
      '2026-11-21T10:00:00.000Z',
      '2026-11-21T12:00:00.000Z',
    ]);
    expect(window('the 28th from 1pm to 2pm')).toEqual(['2026-10-28T13:00:00.000Z', '2026-10-28T14:00:00.000Z']);
  });

  it('leaves hours said with a range of weekdays to the days, whole', () => {
    expect(window('from monday to thursday between 8am and 6pm')?.[0]).toBe('2026-11-23T00:00:00.000Z');
  });
});

describe('resolveTimeRange: days of one month, a month named after "last", the start of the previous period', () => {
  // now: Tuesday 2026-11-24 10:00 UTC
  it.each([
    ['badge swipes Mar 4–9', '2026-03-04T00:00:00.000Z', '2026-03-10T00:00:00.000Z'],
    ['payouts between Feb 2 and 6', '2026-02-02T00:00:00.000Z', '2026-02-07T00:00:00.000Z'],
    ['print jobs Aug 10 — 12, 2025', '2025-08-10T00:00:00.000Z', '2025-08-13T00:00:00.000Z'],
    ['refunds from the 3rd to the 5th', '2026-11-03T00:00:00.000Z', '2026-11-06T00:00:00.000Z'],
    ['refunds between the 20th and 27th', '2026-11-20T00:00:00.000Z', '2026-11-24T10:00:00.000Z'],
    ['refunds from the 26th through the 29th', '2026-10-26T00:00:00.000Z', '2026-10-30T00:00:00.000Z'],
    ['payouts last February', '2026-02-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z'],
    ['payouts in previous November', '2025-11-01T00:00:00.000Z', '2025-12-01T00:00:00.000Z'],
    ['payouts since last July', '2026-07-01T00:00:00.000Z', '2026-11-24T10:00:00.000Z'],
    ['vpn logins since last month', '2026-10-01T00:00:00.000Z', '2026-11-24T10:00:00.000Z'],
    ['vpn logins since last week', '2026-11-16T00:00:00.000Z', '2026-11-24T10:00:00.000Z'],
    ['vpn logins since the previous quarter', '2026-07-01T00:00:00.000Z', '2026-11-24T10:00:00.000Z'],
    ['backups over the past 24 months', '2024-11-24T10:00:00.000Z', '2026-11-24T10:00:00.000Z'],
  ])('reads "%s"', (text, start, end) => {
    expect(window(text)).toEqual([start, end]);
  });

  it('describes a start said through "since last …" by its first day, not as a span back from now', () => {
    expect(resolveTimeRange('vpn logins since last month', now)?.description).toBe('since 2026-10-01');
  });

  it('leaves a day range whose second day has its own month, or a clock, to the other readers', () => {
    expect(window('badge swipes Sep 28 - Oct 3')).toEqual(['2026-09-28T00:00:00.000Z', '2026-10-04T00:00:00.000Z']);
    expect(window('badge swipes Nov 3 - 5pm')).toEqual(['2026-11-03T15:00:00.000Z', '2026-11-03T17:00:00.000Z']);
  });
});

describe('resolveTimeRange: a period before last, clocks on two days, dates with slashes day first, a weekday of a week', () => {
  // now: Tuesday 2026-11-24 10:00 UTC
  it.each([
    ['payroll runs in the quarter before last', '2026-04-01T00:00:00.000Z', '2026-07-01T00:00:00.000Z'],
    ['payroll runs the mth before last', '2026-09-01T00:00:00.000Z', '2026-10-01T00:00:00.000Z'],
    ['payroll runs the year before last', '2024-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'],
    ['payroll runs the wk before last', '2026-11-09T00:00:00.000Z', '2026-11-16T00:00:00.000Z'],
    ['badge swipes between 23:15 yesterday and 04:45 today', '2026-11-23T23:15:00.000Z', '2026-11-24T04:45:00.000Z'],
    ['badge swipes from yesterday at 8pm till today 1am', '2026-11-23T20:00:00.000Z', '2026-11-24T01:00:00.000Z'],
    ['cash drops 19/09 to 04/10', '2026-09-19T00:00:00.000Z', '2026-10-05T00:00:00.000Z'],
    ['cash drops between 09/04/2025 and 30/04/2025', '2025-04-09T00:00:00.000Z', '2025-05-01T00:00:00.000Z'],
    ['cash drops from 09/19 to 10/04', '2026-09-19T00:00:00.000Z', '2026-10-05T00:00:00.000Z'],
    ['kiosk reboots on Thursday last week', '2026-11-19T00:00:00.000Z', '2026-11-20T00:00:00.000Z'],
    ['kiosk reboots mon of the previous week', '2026-11-16T00:00:00.000Z', '2026-11-17T00:00:00.000Z'],
    ["kiosk reboots last week's Saturday", '2026-11-21T00:00:00.000Z', '2026-11-22T00:00:00.000Z'],
    ["kiosk reboots this week's Monday", '2026-11-23T00:00:00.000Z', '2026-11-24T00:00:00.000Z'],
    ['grant spend in the prior fiscal year', '2025-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'],
    ['grant spend in the last fiscal quarter', '2026-07-01T00:00:00.000Z', '2026-10-01T00:00:00.000Z'],
  ])('reads "%s"', (text, start, end) => {
    expect(window(text)).toEqual([start, end]);
  });
});

import { findInactivity, inactivityWordSpans } from './inactivity';

describe('findInactivity', () => {
  it.each([
    ['Users who have not logged in for 90 days', 7_776_000, 'login'],
    ['accounts with no sign-in in the last 30 days', 2_592_000, 'sign-in'],
    ["customers who haven't ordered in six months", 15_552_000, 'order'],
    ['customers with no purchases in the past year', 31_536_000, 'purchase'],
    ['inactive accounts for 3 months', 7_776_000, null],
    ['dormant users over 60d', 5_184_000, null],
    // A state said of the subject takes its number with no word between.
    ['which kiosks have been idle 12 days', 1_036_800, null],
    ['the interns that were dormant 2 months', 5_184_000, null],
    ['contractors who have not signed in for 45+ days', 3_888_000, 'sign-in'],
    ['accounts that have not signed in to the VPN portal for 45 days', 3_888_000, 'sign-in'],
    ["tellers who haven't signed into the kiosk for 3 weeks", 1_814_400, 'sign-in'],
    ['servers that have not sent any logs in 3 days', 259_200, null],
    ['users whose last login is older than 45 days', 3_888_000, 'login'],
    ['devices last seen more than 2 weeks ago', 1_209_600, null],
    ["service principals whose password hasn't been rotated in 1 year", 31_536_000, 'password change'],
    ['kiosk logins that have not had an interactive logon (4778) for 20 days', 1_728_000, 'login'],
    // "since" before a counted span, as many non-native speakers say "for".
    ['which clerks still enabled but not login since 12 day', 1_036_800, 'login'],
    ['buyers who has no order since 8 weeks', 4_838_400, 'order'],
    // "w/o" is "without"; a sale said as what was booked is an order.
    ['NL clients w/o any purchase in the past year', 31_536_000, 'purchase'],
    ['guests without any bookings in the last 6 weeks', 3_628_800, 'order'],
    // "nobody" / "no one" as the subject that did not do it.
    ['kiosks that are enabled but nobody has signed in to them for 21 days', 1_814_400, 'sign-in'],
    ['mailboxes where no one logged on in 2 months', 5_184_000, 'login'],
    ['vouchers no-one has ordered with for 10 weeks', 6_048_000, 'order'],
  ])('reads "%s"', (text, seconds, activity) => {
    const found = findInactivity(text);

    expect(found).toMatchObject({ duration_seconds: seconds, activity });
    expect(text.slice(found!.start, found!.end)).toBe(found!.expression);
  });

  it.each([
    'failed sign-ins not from the US in the last 7 days',
    'Show logins in the last 90 days',
    'no more than 5 failures in 10 minutes',
    'not logged in',
  ])('finds none in "%s"', (text) => {
    expect(findInactivity(text)).toBeNull();
  });

  it.each([
    ['contractors who have not signed in since 3 March 2025', 'sign-in', '3 March 2025'],
    ['mailboxes with no login after 2025-02-14', 'login', '2025-02-14'],
    ["shoppers who haven't ordered since the 1st of May", 'order', 'the 1st of May'],
    ['kiosks whose last logon was before March 9, 2025', 'login', 'March 9, 2025'],
    ['operators inactive since Tuesday', null, 'Tuesday'],
    ['tablets that stopped checking in since Thursday', null, 'Thursday'],
    ['gateways offline since the 12th', null, 'the 12th'],
    ["vendors who haven't logged on since the 4th by region", 'login', 'the 4th'],
  ])('reads the date of "%s" as the moment the last activity is before', (text, activity, since) => {
    const found = findInactivity(text);

    expect(found).toMatchObject({ activity, since, duration_seconds: 0 });
    expect(text.slice(found!.start, found!.end)).toBe(found!.expression);
  });

  it.each([
    'no failed logins since Tuesday',
    'sign-ins not from Canada since 3 March 2025',
    'orders since May',
    'no logins since the 5th gate opened',
  ])('reads no dated inactivity in "%s"', (text) => {
    expect(findInactivity(text)).toBeNull();
  });

  it('leaves a code in brackets out of the words of the inactivity, so it is read as a value of its own', () => {
    const text = 'accounts without a logon (event 4778) for 20 days';
    const found = findInactivity(text)!;
    const words = inactivityWordSpans(text, found).map(([start, end]) => text.slice(start, end));

    expect(words).toEqual(['without a logon ', ' for 20 days']);
    expect(inactivityWordSpans('not logged in for 9 days', findInactivity('not logged in for 9 days')!)).toEqual([
      [0, 24],
    ]);
  });
});

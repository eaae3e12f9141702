import { readAgeBound, readDueAhead, readDuePeriod } from './sql-age.util';

describe('readAgeBound', () => {
  it('reads a minimum age of the rows, said with "older than", "old" or "ago"', () => {
    expect(readAgeBound('tickets older than 10 days still open')).toEqual({
      seconds: 10 * 86_400,
      due: false,
      expression: 'older than 10 days',
    });
    expect(readAgeBound('carts over 3 weeks old')).toMatchObject({ seconds: 3 * 604_800, due: false });
    expect(readAgeBound('refunds requested more than 48 hours ago')).toMatchObject({ seconds: 48 * 3600 });
  });

  it('reads how long a row has been in its state as its age ("stuck in X for more than …")', () => {
    expect(readAgeBound("tickets stuck in 'new' for over 3 days")).toMatchObject({ seconds: 3 * 86_400, due: false });
    expect(readAgeBound('shipments waiting for more than 36 hours')).toMatchObject({ seconds: 36 * 3600 });
    expect(readAgeBound('invoices unpaid for longer than two weeks')).toMatchObject({ seconds: 2 * 604_800 });
    expect(readAgeBound('users logged in for more than 8 hours')).toBeNull();
    expect(readAgeBound('returns open for more than a week')).toMatchObject({ seconds: 604_800 });
    expect(readAgeBound('carts abandoned over an hour ago')).toMatchObject({ seconds: 3600 });
    // Short units after digits, as chat writes them.
    expect(readAgeBound('orders stuck in pending for more than 48h, oldest first')).toMatchObject({
      seconds: 48 * 3600,
    });
    expect(readAgeBound('tickets open for over 3d')).toMatchObject({ seconds: 3 * 86_400 });
    expect(readAgeBound('orders stuck in pending for more than 48 hrs')).toMatchObject({ seconds: 48 * 3600 });
  });

  it('reads how long past the due date, before or after the due words', () => {
    expect(readAgeBound('bills late by more than 15 days')).toMatchObject({ seconds: 15 * 86_400, due: true });
    expect(readAgeBound('accounts with 90+ days overdue balances')).toMatchObject({ seconds: 90 * 86_400, due: true });
  });

  it('should read no age from a window, a count or an amount', () => {
    expect(readAgeBound('orders in the last 30 days')).toBeNull();
    expect(readAgeBound('customers with more than 5 orders')).toBeNull();
    expect(readAgeBound('payments over 200 days')).toBeNull();
  });
});

describe('readAgeBound and readDueAhead (words after the due date, numbers in words, windows ahead)', () => {
  it('reads "more than forty-five days after their due date" as an age past the due date', () => {
    expect(readAgeBound('rent bills still open more than forty-five days after their due date')).toMatchObject({
      seconds: 45 * 86_400,
      due: true,
    });
    expect(readAgeBound('fees over twelve days beyond the due date')).toMatchObject({
      seconds: 12 * 86_400,
      due: true,
    });
  });

  it('reads "due within the coming two weeks" as a window ahead on the due date, and nothing from a past window', () => {
    expect(readDueAhead('subscriptions due within the coming two weeks')).toEqual({
      seconds: 14 * 86_400,
      expression: 'due within the coming two weeks',
    });
    expect(readDueAhead('leases due in the next 3 days')).toMatchObject({ seconds: 3 * 86_400 });
    expect(readDueAhead('leases due in the nxt 3 days')).toMatchObject({ seconds: 3 * 86_400 });
    expect(readDueAhead('bills issued in the last 3 days')).toBeNull();
  });
});

describe('readDuePeriod', () => {
  it.each([
    [
      'leases due next week',
      "DATE_TRUNC('week', CURRENT_DATE) + INTERVAL '1 week'",
      "DATE_TRUNC('week', CURRENT_DATE) + INTERVAL '2 weeks'",
    ],
    [
      'rent due this month',
      "DATE_TRUNC('month', CURRENT_DATE)",
      "DATE_TRUNC('month', CURRENT_DATE) + INTERVAL '1 month'",
    ],
    [
      'fees due by the end of this quarter',
      'CURRENT_DATE',
      "DATE_TRUNC('quarter', CURRENT_DATE) + INTERVAL '3 months'",
    ],
    [
      'tuition due in the coming year',
      "DATE_TRUNC('year', CURRENT_DATE) + INTERVAL '1 year'",
      "DATE_TRUNC('year', CURRENT_DATE) + INTERVAL '2 years'",
    ],
    ['what falls due tomorrow', 'CURRENT_DATE + 1', 'CURRENT_DATE + 2'],
  ])('reads "%s" as the whole calendar period ahead on the due date', (text, start, end) => {
    expect(readDuePeriod(text)).toMatchObject({ start, end });
  });

  it('reads no period ahead from a window said of another moment', () => {
    expect(readDuePeriod('leases signed next week')).toBeNull();
    expect(readDuePeriod('rent paid this month')).toBeNull();
  });
});

describe('readAgeBound counted from a named event', () => {
  it('reads "still <state> N days after <event>" and "more than N days since <event>" as an age from that event', () => {
    expect(readAgeBound('quotes still unanswered 12+ days after we mailed them')).toMatchObject({
      seconds: 12 * 86_400,
      due: false,
      since: 'mailed',
    });
    expect(readAgeBound('parcels more than 3 weeks since they were dispatched')).toMatchObject({
      seconds: 3 * 604_800,
      since: 'dispatched',
    });
    expect(readAgeBound('claims not settled over 20 days after being filed')).toMatchObject({ since: 'filed' });
  });

  it('should leave a gap between two moments of the row and a bare count to the other readers', () => {
    expect(readAgeBound('claims settled more than 20 days after they were filed')).toBeNull();
    expect(readAgeBound('members with 4 visits since January')).toBeNull();
    expect(readAgeBound('sign-ups in the 9 days since the launch went live')).toBeNull();
    expect(readAgeBound("it's been 9 days since we dispatched them")).toMatchObject({ since: 'dispatched' });
  });
});

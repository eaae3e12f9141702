import {
  activityLogEntry,
  saysAppEventName,
  saysAppEventsByName,
  saysAppRecorded,
  saysDoings,
} from './activity-log.util';

describe('saysDoings', () => {
  it('reads what a person did, asked as such', () => {
    expect(saysDoings('and anything she has done in the portal since')).toBe(true);
    expect(saysDoings('plus all that ann@bakery.test did there')).toBe(true);
    expect(saysDoings('show their actions over the week')).toBe(true);
    expect(saysDoings('and what her account did in our app database')).toBe(true);
    expect(saysDoings('what did the user account do there yesterday')).toBe(true);
    expect(saysDoings('is her account still active')).toBe(false);
    expect(saysDoings('and whatever he did on the booking system')).toBe(true);
  });

  it('reads what a person did, asked as a question ("what did she do")', () => {
    expect(saysDoings('and what did he do in the portal afterwards?')).toBe(true);
    expect(saysDoings('what has ann@bakery.test done there since')).toBe(true);
    expect(saysDoings('and their app actions per day')).toBe(true);
  });

  it('does not read what happened to things', () => {
    expect(saysDoings('loaves baked since Monday')).toBe(false);
    expect(saysDoings('what did the oven log')).toBe(false);
  });
});

describe('saysAppEventName', () => {
  it('reads a snake_case name that ends on what happened', () => {
    expect(saysAppEventName('loyalty_points_redeemed per hour since noon')).toBe(true);
    expect(saysAppEventName('how often was gift_wrap_chosen, by store')).toBe(false);
    expect(saysAppEventName('any receipt_sent twice to one buyer?')).toBe(true);
  });

  it('does not read flags, moments, traffic counters or paths', () => {
    expect(saysAppEventName('rows where is_archived holds')).toBe(false);
    expect(saysAppEventName('sort by last_modified')).toBe(false);
    expect(saysAppEventName('sum of bytes_transferred per host')).toBe(false);
    expect(saysAppEventName('reads of /srv/data/batch_loaded today')).toBe(false);
  });
});

describe('saysAppEventsByName', () => {
  it('reads a snake_case event name said as events', () => {
    expect(saysAppEventsByName('coupon_redeemed events from 10.1.0.0/16 this week')).toBe(true);
    expect(saysAppEventsByName('were there any ticket_closed event yesterday?')).toBe(true);
  });

  it('does not read a name said as anything else, or a flag', () => {
    expect(saysAppEventsByName('how often was coupon_redeemed per store')).toBe(false);
    expect(saysAppEventsByName('rows where is_archived events')).toBe(false);
  });
});

describe('saysAppRecorded', () => {
  it('reads what the app is said to record', () => {
    expect(saysAppRecorded('every status change recorded by our application since May')).toBe(true);
    expect(saysAppRecorded('password changes captured in our booking app')).toBe(true);
    expect(saysAppRecorded("anything from that range in our app's event log")).toBe(true);
    expect(saysAppRecorded('kiosk events from that range in the app db')).toBe(true);
  });

  it('does not read a sign-in to the app, a product named before it or an identity object', () => {
    expect(saysAppRecorded('users who logged in to the app yesterday')).toBe(false);
    expect(saysAppRecorded('sign-ins recorded by the Teams app')).toBe(false);
    expect(saysAppRecorded('consents recorded in the app registrations')).toBe(false);
    expect(saysAppRecorded('orders recorded in our shop db')).toBe(false);
  });
});

describe('activityLogEntry', () => {
  it('finds the entry with who, what kind and when', () => {
    const entries = [
      { name: 'bakers', columns: ['baker_id', 'email', 'created_at'] },
      { name: 'baker_actions', columns: ['action_id', 'member_id', 'action_type', 'occurred_at'] },
    ];

    expect(activityLogEntry(entries)?.name).toBe('baker_actions');
  });

  it('finds none without a kind of action', () => {
    expect(activityLogEntry([{ name: 'orders', columns: ['customer_id', 'total', 'created_at'] }])).toBeUndefined();
  });
});

import { activityLogEntry, saysAppEventName, saysDoings } from './activity-log.util';

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

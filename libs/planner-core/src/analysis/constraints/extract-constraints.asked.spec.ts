import { extractConstraints } from './extract-constraints';
import type { TableColumns } from './column-mapper';

/** Questions read as asked: no value invented from ordinary words, thresholds and rankings where they belong. */
const staff: TableColumns = {
  table: 'staff',
  columns: ['staff_id', 'email', 'role', 'team', 'enabled', 'last_login_at'],
};
const sales: TableColumns = { table: 'sales', columns: ['sale_id', 'region', 'amount', 'currency', 'sold_at'] };
const winEvents: TableColumns = {
  table: 'SecurityEvent',
  columns: ['TimeGenerated', 'EventID', 'Account', 'Computer', 'IpAddress', 'TargetUserName'],
};

const read = (text: string, tables: TableColumns[]) => extractConstraints({ text, tables });

describe('extractConstraints: words that are no values', () => {
  it('reads no user from an adverb between "has" and the verb ("has never logged on", "had already signed in")', () => {
    for (const text of [
      'staff on the night team, counting those who has never logged on too',
      'which staff had already signed in twice today',
    ])
      expect(read(text, [staff]).filters.filter((f) => f.kind === 'user')).toEqual([]);
  });

  it('reads the role said beside the word "role" as a value of the role column', () => {
    for (const [text, role] of [
      ['staff having the role reviewer on the night team', 'reviewer'],
      ['staff whose role is auditor', 'auditor'],
      ['count staff with the dispatcher role per team', 'dispatcher'],
    ] as const)
      expect(read(text, [staff]).filters).toContainEqual(
        expect.objectContaining({ values: [role], field: 'role', operator: 'eq' }),
      );
    expect(read('staff with the role assigned last week', [staff]).filters).toEqual([]);
  });

  it('does not filter on a state the question asks about ("is he still enabled?"), but does on one it asks for', () => {
    const stateFilter = (text: string) => read(text, [staff]).filters.filter((f) => f.kind === 'status');
    expect(stateFilter('Look up tom.keller@example.org in staff - is he still enabled?')).toEqual([]);
    expect(stateFilter('check whether the account of tom.keller@example.org is disabled in staff')).toEqual([]);
    expect(stateFilter('which staff on the night team are enabled?')).toHaveLength(1);
    expect(stateFilter('list the disabled staff')).toHaveLength(1);
  });
});

describe('extractConstraints: thresholds and rankings', () => {
  it('reads a threshold on the average of each group as HAVING, not as a filter on the rows', () => {
    const c = read('mean sale amount in GBP by region, keeping only regions whose average exceeds 75', [sales]);
    expect(c.having).toEqual({ operator: 'gt', value: 75 });
    expect(c.filters.filter((f) => f.kind === 'amount')).toEqual([]);
    const bare = read('total sale amount by region, only regions where the total is at least 900', [sales]);
    expect(bare.having).toEqual({ operator: 'gte', value: 900 });
  });

  it('keeps a ranking to the number said apart from what is ranked ("… over 40 times? Just the worst 15.")', () => {
    const c = read('Which IP addresses failed to log on more than 40 times today? Just the worst 15.', [winEvents]);
    expect(c.having).toEqual(expect.objectContaining({ operator: 'gt', value: 40 }));
    expect(c.limit).toBe(15);
    expect(c.order).toEqual({ by: 'measure', direction: 'desc' });
  });

  it('ranks by the count when the question says so, with a distinct count beside it', () => {
    const c = read(
      'logon failures this week: the top 5 target users by count, plus how many distinct source addresses each had',
      [winEvents],
    );
    expect(c.measure).toEqual({ kind: 'count', of: null, field: null });
    expect(c.extra_measures).toEqual([expect.objectContaining({ kind: 'distinct_count', field: 'IpAddress' })]);
    expect(c.limit).toBe(5);
  });
});

describe('extractConstraints: inactivity and lists of events', () => {
  it('reads "silent / quiet / offline / stopped sending for N" as an inactivity condition', () => {
    for (const [text, days] of [
      ['computers that have gone silent for the last 4 days', 4],
      ['hosts quiet for 2 days', 2],
      ['agents that stopped sending heartbeats for over 6 days', 6],
    ] as const)
      expect(read(text, [winEvents]).inactivity).toEqual(expect.objectContaining({ duration_seconds: days * 86_400 }));
  });

  it('lists the events with the entity on each when the question asks for the time of each', () => {
    const c = read(
      'Which accounts wiped the audit log last week? Give me the account, the machine and the timestamp.',
      [winEvents],
    );
    expect(c.group_by).toEqual([]);
    expect(c.measure).toBeNull();
    expect(c.show).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'user' })]));
    expect(read('Which accounts wiped the audit log last week?', [winEvents]).group_by).not.toEqual([]);
  });
});

describe('extractConstraints: columns asked for in brackets', () => {
  const actions: TableColumns = {
    table: 'actions',
    columns: ['action_id', 'staff_id', 'action_type', 'ip_address', 'done_at', 'payload'],
  };

  it('shows the columns a bracketed list names, by their plural or short names', () => {
    const shown = read('what did staff 19 do in the ops db this week (action types, ips)', [actions]).show;
    expect(shown?.map((key) => key.field)).toEqual(['action_type', 'ip_address']);
  });
});

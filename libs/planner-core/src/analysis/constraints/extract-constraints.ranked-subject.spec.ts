import { extractConstraints } from './extract-constraints';
import type { TableColumns } from './column-mapper';

const vendors: TableColumns = { table: 'vendors', columns: ['vendor_id', 'name', 'email', 'region'] };
const shipments: TableColumns = { table: 'shipments', columns: ['shipment_id', 'vendor_id', 'state', 'sent_at'] };

describe('extractConstraints: a count ranked by itself groups by the subject asked about', () => {
  it('should group "which vendors …, most first" by the vendor', () => {
    const read = extractConstraints({
      text: 'which vendors in Spain had shipments returned this quarter? name and number of returns, most returns first',
      tables: [vendors, shipments],
    });
    expect(read.group_by).toEqual([{ kind: 'vendor', field: 'vendors.vendor_id' }]);
    expect(read.order).toEqual({ by: 'measure', direction: 'desc' });
  });

  it('should group "<plural noun> where X is higher than Y" by that noun', () => {
    const plans: TableColumns = { table: 'plans', columns: ['plan_id', 'team', 'planned', 'actual', 'year'] };
    const read = extractConstraints({ text: 'teams where actual is higher than planned in 2026', tables: [plans] });
    expect(read.group_by).toEqual([{ kind: 'team', field: 'team' }]);
    expect(read.comparison).toMatchObject({ left: 'actual', operator: 'gt', right: 'planned' });
  });

  it('should group a comparison by the noun after a qualifier that names no column ("which store regions …")', () => {
    const budgets: TableColumns = {
      table: 'budgets',
      columns: ['budget_id', 'unit', 'region', 'year', 'amount', 'spent'],
    };
    for (const text of ['which store regions went over budget in 2031', 'what store regions overspent in 2031']) {
      const read = extractConstraints({ text, tables: [budgets] });
      expect(read.group_by).toEqual([{ kind: 'region', field: 'region' }]);
      expect(read.comparison).toMatchObject({ left_field: 'spent', right_field: 'amount' });
    }
  });
});

describe('extractConstraints: a difference listed beside its key', () => {
  it('should sum the budget and the spending of a variance, not group by them', () => {
    const plan: TableColumns = {
      table: 'plan',
      columns: ['plan_id', 'office', 'fiscal_year', 'fiscal_month', 'amount', 'spent'],
    };
    const read = extractConstraints({
      text: 'for every office, the budget, the money spent and the variance in fiscal year 2031',
      tables: [plan],
    });
    expect(read.group_by).toEqual([{ kind: 'office', field: 'office' }]);
    expect(read.difference).toMatchObject({ left_field: 'amount', right_field: 'spent' });
  });

  it('should rank the difference itself when a superlative names what is left', () => {
    const plan: TableColumns = { table: 'plan', columns: ['plan_id', 'office', 'amount', 'spent'] };
    const read = extractConstraints({
      text: 'office allowance less the amount spent, per office, largest leftover first',
      tables: [plan],
    });
    expect(read.measure).toMatchObject({ kind: 'sum', field: 'amount' });
    expect(read.difference).toMatchObject({ left_field: 'amount', right_field: 'spent' });
    expect(read.order).toEqual({ by: 'measure', direction: 'desc' });
  });
});

describe('extractConstraints: accounts ranked by money where the only accounts are customers', () => {
  const clients: TableColumns = { table: 'clients', columns: ['client_id', 'name', 'email', 'tier', 'segment'] };
  const sales: TableColumns = { table: 'sales', columns: ['sale_id', 'client_id', 'amount', 'booked_at'] };

  it('should group "top N <segment> accounts/accts by <money>" by the client, the segment a filter', () => {
    for (const text of [
      'top 4 Wholesale accts in Peru by total sale amount',
      'top 12 wholesale accounts by amount, largest first',
    ]) {
      const read = extractConstraints({ text, tables: [sales, clients] });
      expect(read.group_by).toEqual([{ kind: 'client', field: 'sales.client_id' }]);
      expect(read.filters).toEqual(
        expect.arrayContaining([expect.objectContaining({ values: ['wholesale'], field: 'clients.segment' })]),
      );
    }
  });

  it('should keep accounts as users where a users table holds them', () => {
    const staff: TableColumns = { table: 'users', columns: ['user_id', 'email', 'team'] };
    const logins: TableColumns = { table: 'logins', columns: ['login_id', 'user_id', 'at'] };
    const read = extractConstraints({ text: 'top 6 accounts by logins this week', tables: [logins, staff] });
    expect(read.group_by[0]?.kind).toBe('user');
  });
});

describe('extractConstraints: "by which <noun>" beside a count per key', () => {
  const events: TableColumns = {
    table: 'WinAudit',
    columns: ['TimeGenerated', 'Computer', 'EventID', 'TargetUserName', 'SubjectUserName'],
  };

  it('should add the acting account as a second key when the rows record something done', () => {
    const read = extractConstraints({
      text: 'services installed (7045) on kiosk boxes this week, how many per machine and by which user',
      tables: [events],
    });
    expect(read.group_by.map((key) => key.field)).toEqual(['Computer', 'SubjectUserName']);
  });

  it('should add the account itself as the key when nothing is said to be done to the rows', () => {
    const read = extractConstraints({
      text: 'denied logons per machine and by which account, past day',
      tables: [events],
    });
    expect(read.group_by.map((key) => key.field)).toContain('TargetUserName');
  });
});

describe('extractConstraints: what is absent is no measure', () => {
  it('should list the subject with no measure when the money word names what is absent', () => {
    const items: TableColumns = { table: 'items', columns: ['item_id', 'name', 'category'] };
    const lines: TableColumns = { table: 'sale_lines', columns: ['line_id', 'item_id', 'quantity', 'price'] };
    const read = extractConstraints({ text: 'which items had zero sales last spring', tables: [items, lines] });
    expect(read.absence).toMatchObject({ subject: 'item', of: 'sale' });
    expect(read.measure).toBeNull();
  });
});

describe('extractConstraints: a number of times held by each of the subject listed', () => {
  it('should key the count by the subject a question opens with when it says how many times', () => {
    const events: TableColumns = {
      table: 'WinAudit',
      columns: ['TimeGenerated', 'Computer', 'EventID', 'TargetUserName', 'SubjectUserName'],
    };
    const read = extractConstraints({ text: 'accounts disabled more than 2 times this month', tables: [events] });
    expect(read.group_by[0]).toMatchObject({ kind: 'user', field: 'TargetUserName' });
    expect(read.having).toEqual({ operator: 'gt', value: 2 });
  });
});

describe('extractConstraints: a rule stated before what is looked for', () => {
  it('should keep the value a rule forbids ("should never …") as the one to look for', () => {
    const events: TableColumns = { table: 'WinAudit', columns: ['TimeGenerated', 'Computer', 'EventID', 'LogonType'] };
    const read = extractConstraints({
      text: 'the kiosk account must never log on with type 10; any such logons (4624) this week?',
      tables: [events],
    });
    expect(read.filters.every((filter) => filter.operator !== 'neq')).toBe(true);
  });
});

describe('extractConstraints: a gloss in brackets inside a list of keys', () => {
  it('should read the keys on both sides of a bracketed restatement', () => {
    const calls: TableColumns = {
      table: 'cloud_calls',
      columns: ['eventTime', 'eventName', 'userIdentity.arn', 'region'],
    };
    const read = extractConstraints({
      text: 'denied calls this week, grouped by arn (caller) and api call',
      tables: [calls],
    });
    expect(read.group_by.map((key) => key.field)).toEqual(['userIdentity.arn', 'eventName']);
  });
});

describe('extractConstraints: a distinct count asked of each of the subject listed', () => {
  it('should key the distinct count by the subject and hold it to "only those with more than N"', () => {
    const logins: TableColumns = { table: 'VpnLogins', columns: ['TimeGenerated', 'UserPrincipalName', 'IPAddress'] };
    const read = extractConstraints({
      text: 'vpn report: users whose logins came from abroad, how many distinct addresses each, only those with more than 5',
      tables: [logins],
    });
    expect(read.group_by[0]).toMatchObject({ field: 'UserPrincipalName' });
    expect(read.having).toEqual({ operator: 'gt', value: 5 });
  });
});

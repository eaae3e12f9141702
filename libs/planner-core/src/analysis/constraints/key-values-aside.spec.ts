import { extractConstraints } from './extract-constraints';
import type { TableColumns } from './column-mapper';

const signins: TableColumns = {
  table: 'SigninLogs',
  columns: ['TimeGenerated', 'UserPrincipalName', 'AppDisplayName', 'ResultType', 'IPAddress'],
};
const securityEvent: TableColumns = {
  table: 'SecurityEvent',
  columns: ['TimeGenerated', 'EventID', 'Computer', 'Account', 'TargetUserName'],
};
const products: TableColumns = { table: 'products', columns: ['product_id', 'name', 'category', 'price'] };
const budget: TableColumns = { table: 'budget', columns: ['department', 'fiscal_year', 'amount', 'spent'] };

const asides = (text: string, tables: TableColumns[]) =>
  extractConstraints({ text, tables })
    .filters.filter((f) => f.operator === 'neq' || f.operator === 'not_in')
    .map((f) => [f.values, f.field]);

describe('readKeyValuesAside: a name set aside in a question grouped by a key', () => {
  it('leaves the name out of the key the rows are grouped by, in a sentence of its own or after a comma', () => {
    expect(asides('sign-ins per app over the last 30 days. Leave out Microsoft Teams.', [signins])).toEqual([
      [['Microsoft Teams'], 'AppDisplayName'],
    ]);
    expect(asides('failed sign-ins for each application this week, excl Azure Portal', [signins])).toEqual([
      [['Azure Portal'], 'AppDisplayName'],
    ]);
    expect(asides('logons per computer today except SRV-BUILD-07', [securityEvent])).toEqual([
      [['SRV-BUILD-07'], 'Computer'],
    ]);
    expect(asides('spend per department this year, leaving out Facilities Management', [budget])).toEqual([
      [['Facilities Management'], 'department'],
    ]);
  });

  it('reads a lone lower-case name that ends the clause, when it is no word', () => {
    const trail: TableColumns = { table: 'aws', columns: ['eventSource', 'eventName', 'errorCode'] };
    expect(asides('api calls per eventSource in the last day, skip iam', [trail])).toEqual([]);
    expect(asides('api calls per eventSource in the last day, skip kms', [trail])).toEqual([[['kms'], 'eventSource']]);
  });

  it('puts the name on the column of the noun said with it', () => {
    expect(asides('units sold per product over 90 days, leaving out the Clearance category', [products])).toEqual([
      [['Clearance'], 'category'],
    ]);
    expect(asides('sign-ins per user yesterday excluding the application legacy-portal', [signins])).toEqual([
      [['legacy-portal'], 'AppDisplayName'],
    ]);
  });

  it('reads no name where no key or noun says what it is, nor a word of time or a common word', () => {
    expect(asides('how many sign-ins yesterday? Leave out Microsoft Teams.', [signins])).toEqual([]);
    expect(asides('sign-ins per app, excluding weekends', [signins])).toEqual([]);
    expect(asides('sign-ins per app, excluding the ones from today', [signins])).toEqual([]);
  });
});

describe('extractConstraints: the records of a named value set aside', () => {
  it('sets aside the account, host or range the records are of, to or from', () => {
    const lockouts: TableColumns = { table: 'SecurityEvent', columns: ['EventID', 'Computer', 'TargetUserName'] };
    expect(
      asides('lockouts (event 4740) per computer this week, excluding lockouts of the account kiosk', [lockouts]),
    ).toEqual([[['kiosk'], 'TargetUserName']]);
    expect(asides('failed logons yesterday, ignoring attempts against the host DC-LAB-01', [lockouts])).toEqual([
      [['DC-LAB-01'], 'Computer'],
    ]);
  });
});

describe('extractConstraints: an amount compared and set aside', () => {
  const orders: TableColumns = { table: 'orders', columns: ['order_id', 'status', 'total', 'created_at'] };
  const amounts = (text: string) =>
    extractConstraints({ text, tables: [orders] })
      .filters.filter((f) => f.kind === 'amount')
      .map((f) => [f.operator, f.values[0]]);

  it('keeps the rows on the other side of the comparison', () => {
    expect(amounts('share of cancelled orders this month, not counting orders under 20')).toEqual([['gte', '20']]);
    expect(amounts('orders this week, excluding orders over $500')).toEqual([['lte', '500']]);
  });

  it('keeps a comparison with no negation as it is', () => {
    expect(amounts('orders this week over $500')).toEqual([['gt', '500']]);
  });
});

import { readShare, readShareOfTotal } from './share-words';

describe('readShare', () => {
  it.each([
    'return rate by store this quarter',
    'what percentage of shipments were lost',
    '% of tickets reopened',
    'lost parcels % this week',
    'reopened tickets pct per queue',
    'how many sign-ins to Sage 200 in each hour today, and how many of those failed?',
    'how many logins this week, and how many of them were blocked',
    'warehouse: % damaged parcels per carrier, worst first',
    'pct refused calls by agent today',
  ])('reads a part of all rows: "%s"', (text) => {
    expect(readShare(text)).not.toBeNull();
  });

  it.each([
    'exchange rate of EUR to USD',
    'hourly rate per contractor',
    'tickets reopened this week',
    'discounts above 15%',
    'how many of those failed logins came from Brazil',
    'carriers where over 20% failed',
    'stores where 5 percent returned',
  ])('reads no share where a rate is a price or nothing is a part: "%s"', (text) => {
    expect(readShare(text)).toBeNull();
  });
});

describe('readShareOfTotal', () => {
  it.each([
    ['what % of sales came from every warehouse', '% of sales came from every warehouse'],
    ['share of units shipped per carrier last month', 'share of units shipped per carrier'],
    ['percentage of total spend by supplier', 'percentage of total spend by supplier'],
  ])('reads the groups a share is taken over: "%s"', (text, expression) => {
    expect(readShareOfTotal(text)).toEqual({ expression });
  });

  it.each(['what percentage of shipments were lost', 'sales per warehouse', 'exchange rate by currency'])(
    'reads no share of a total without share words and groups: "%s"',
    (text) => {
      expect(readShareOfTotal(text)).toBeNull();
    },
  );
});

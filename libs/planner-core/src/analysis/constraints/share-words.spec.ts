import { readHeldShareOfTotal, readShare, readShareOfTotal, readShareThreshold } from './share-words';

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

describe('readShareThreshold', () => {
  it.each([
    ['list those whose failure rate exceeds 20 percent', 'gt', 20],
    ['refund rate per category, only those under 2.5%', 'lt', 2.5],
    ['% blocked per src, srcs at least 40 pct', 'gte', 40],
    ['error share per service >= 5%', 'gte', 5],
    ['which categories made up more than 15% of units sold', 'gt', 15],
  ])('reads %p as a threshold on the share', (text, operator, value) => {
    expect(readShareThreshold(text)).toEqual({ operator, value, percent: true });
  });

  it.each(['failure rate per app, apps with more than 20 sign-ins', 'share of orders over 500 per country'])(
    'reads no threshold in percent from %p',
    (text) => {
      expect(readShareThreshold(text)).toBeNull();
    },
  );
});

describe('readHeldShareOfTotal', () => {
  it.each([
    ['Which product categories made up more than 15% of units sold?', 'made up more than 15% of'],
    ['which countries accounted for at least 5 percent of revenue', 'accounted for at least 5 percent of'],
  ])('reads %p as a share of the total held to a threshold', (text, expression) => {
    expect(readHeldShareOfTotal(text)).toEqual({ expression });
  });

  it('reads nothing from a share said without a threshold or a threshold on no share', () => {
    expect(readHeldShareOfTotal('what % of revenue came from each category')).toBeNull();
    expect(readHeldShareOfTotal('customers who spent more than 15% of their budget')).toBeNull();
  });
});

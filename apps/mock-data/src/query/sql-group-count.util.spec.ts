import { countedGroupKey, countOfGroups } from './sql-group-count.util';

const TABLES = ['orders', 'customers', 'products', 'invoices'];
const customer = { kind: 'customer', field: 'orders.customer_id' };

describe('countedGroupKey', () => {
  it('reads the grouped entity counted right after the cue, a synonym of it, or after one qualifier', () => {
    expect(countedGroupKey('how many buyers bought 4 times or more', [customer], TABLES, null)).toBe(customer);
    expect(countedGroupKey('how many clients bought 4 times or more', [customer], TABLES, null)).toBe(customer);
    expect(countedGroupKey('the number of retail customers over 9 orders', [customer], TABLES, null)).toBe(customer);
    expect(countedGroupKey('count accounts holding over 2 bills', [customer], TABLES, 'customer')).toBe(customer);
    expect(countedGroupKey('how many of our buyers paid twice', [customer], TABLES, null)).toBe(customer);
  });

  it('reads nothing when the count is of the rows, or the grouping has another key', () => {
    expect(countedGroupKey('how many orders did clients above 6 orders make', [customer], TABLES, 'order')).toBeNull();
    expect(countedGroupKey('clients with over 6 orders', [customer], TABLES, null)).toBeNull();
    const country = { kind: 'country', field: 'customers.country' };
    expect(countedGroupKey('how many clients per country bought twice', [customer, country], TABLES, null)).toBeNull();
  });
});

describe('countOfGroups', () => {
  it('counts the rows of the grouped query, per bucket when it has one', () => {
    expect(countOfGroups(['SELECT a', 'FROM t'], ['a'], 'a_count')).toEqual([
      'SELECT COUNT(*) AS a_count',
      'FROM (',
      '  SELECT a',
      '  FROM t',
      ') AS qualifying',
    ]);
    expect(countOfGroups(['SELECT b'], ["DATE_TRUNC('day', t.at) AS bucket", 'a'], 'a_count')[0]).toBe(
      'SELECT bucket, COUNT(*) AS a_count',
    );
  });
});

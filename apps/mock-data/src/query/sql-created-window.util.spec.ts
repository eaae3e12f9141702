import { aConstraints, anInput, lastSeconds } from './testing/analysis-fixtures';
import { buildSqlQuery } from './sql-query.builder';
import { tableCreatedInWindow } from './sql-created-window.util';
import { SQL_SCHEMA } from './testing/bundled-schemas';

describe('tableCreatedInWindow', () => {
  it('finds the table whose rows the window dates by their creation', () => {
    const tables = ['orders', 'customers'];
    expect(
      tableCreatedInWindow('invoices of clients that registered this week', 'this week', ['invoices', 'clients']),
    ).toBe('clients');
    expect(tableCreatedInWindow('refunds for customers who joined in the past 2 weeks', 'past 2 weeks', tables)).toBe(
      'customers',
    );
  });

  it('finds the table when a place or a group is said between the noun and "who signed up"', () => {
    expect(
      tableCreatedInWindow(
        'List the customers from Switzerland or Austria who signed up in the last 90 days, and what they spent',
        'last 90 days',
        ['orders', 'customers'],
      ),
    ).toBe('customers');
  });

  it('finds the table when the window is said with its preposition ("since …", "after …")', () => {
    const tables = ['invoices', 'clients'];
    expect(tableCreatedInWindow('invoices of clients onboarded since April', 'since April', tables)).toBe('clients');
    expect(tableCreatedInWindow('clients registered after 3 May, their invoices', 'after 3 May,', tables)).toBe(
      'clients',
    );
  });

  it('finds the table whose rows are said new just before the window', () => {
    const tables = ['invoices', 'clients'];
    expect(tableCreatedInWindow('invoices above 900 of new clients this quarter', 'this quarter', tables)).toBe(
      'clients',
    );
    expect(tableCreatedInWindow('newly added clients in the past 3 weeks', 'past 3 weeks', tables)).toBe('clients');
    expect(tableCreatedInWindow('invoices this week from new clients', 'this week', tables)).toBeUndefined();
  });

  it('should find none when the window is not said of a creation, or names no table', () => {
    const tables = ['orders', 'customers'];
    expect(tableCreatedInWindow('orders over 200 in the last 30 days', 'last 30 days', tables)).toBeUndefined();
    expect(tableCreatedInWindow('tickets opened by people who signed up today', 'today', tables)).toBeUndefined();
    expect(tableCreatedInWindow('customers who signed up in May, orders today', 'today', tables)).toBeUndefined();
  });
});

describe('buildSqlQuery, a window said of a related row’s creation', () => {
  it('should date the related rows by their creation, not the rows listed', () => {
    const { query } = buildSqlQuery(
      anInput({
        tables: ['orders', 'customers'],
        question: 'orders from customers who registered in the last 14 days',
        ...lastSeconds(14 * 86_400, 'last 14 days'),
        constraints: aConstraints(),
      }),
      SQL_SCHEMA,
    );
    expect(query).toContain("c.created_at >= NOW() - INTERVAL '14 days'");
    expect(query).not.toContain('o.created_at >=');
    // The orders are still ordered by their own time.
    expect(query).toContain('ORDER BY o.created_at DESC');
  });
});

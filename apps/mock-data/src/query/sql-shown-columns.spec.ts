import { aConstraints, anInput } from './testing/analysis-fixtures';
import { buildSqlQuery } from './sql-query.builder';
import { SQL_SCHEMA } from './testing/bundled-schemas';

describe('buildSqlQuery, columns asked for', () => {
  it('should group by a period the fact keeps as a column when it is shown beside the groups ("… the month")', () => {
    const { query } = buildSqlQuery(
      anInput({
        tables: ['budget'],
        question: 'which departments went over budget in a month? Show the department, the month and what was spent',
        constraints: {
          ...aConstraints({
            measure: { kind: 'sum', of: 'budget', field: 'amount' },
            group_by: [{ kind: 'department', field: 'department' }],
          }),
          show: [{ kind: 'month', field: 'fiscal_month' }],
        },
      }),
      SQL_SCHEMA,
    );
    expect(query).toMatch(/GROUP BY b\.department, b\.fiscal_month/);
  });

  it('should show a personal column the question asks for on a list of entities without activity', () => {
    const { query } = buildSqlQuery(
      anInput({
        tables: ['customers', 'orders'],
        question: 'clients with no purchase for a year: their email please',
        constraints: {
          ...aConstraints({
            inactivity: { duration_seconds: 365 * 86_400, activity: 'order', expression: 'no purchase for a year' },
          }),
          show: [{ kind: 'email', field: 'customers.email' }],
        },
      }),
      SQL_SCHEMA,
    );
    expect(query).toMatch(/^SELECT [^\n]*\bc\.email\b/);
    expect(query).not.toMatch(/^SELECT [^\n]*\bc\.name\b/);
  });

  it('should list the rows of the table a filter and the columns asked for share, not the things they point at', () => {
    const { query } = buildSqlQuery(
      anInput({
        tables: ['products', 'order_items'],
        question: 'Tea Sets lines holding 14 units or more, with the price each',
        constraints: {
          ...aConstraints({
            measure: null,
            filters: [
              {
                kind: 'text',
                operator: 'eq',
                values: ['Tea Sets'],
                field: 'products.category',
                currency: null,
                expression: 'Tea Sets',
              },
              {
                kind: 'text',
                operator: 'gte',
                values: ['14'],
                field: 'order_items.quantity',
                currency: null,
                expression: '14 units or more',
              },
            ],
          }),
          show: [{ kind: 'unit price', field: 'order_items.unit_price' }],
        },
      }),
      SQL_SCHEMA,
    );
    expect(query).toMatch(/FROM order_items oi/);
    expect(query).toContain('oi.quantity >= 14');
    expect(query).not.toContain('GROUP BY');
  });

  it('should show the name of an entity two references away that the question names, one row per line', () => {
    const { query } = buildSqlQuery(
      anInput({
        tables: ['order_items'],
        question: 'lines of 9 units or more: order number, unit price and the customer name',
        constraints: {
          ...aConstraints({
            measure: null,
            filters: [
              {
                kind: 'text',
                operator: 'gte',
                values: ['9'],
                field: 'order_items.quantity',
                currency: null,
                expression: '9 units or more',
              },
            ],
          }),
          show: [{ kind: 'unit price', field: 'order_items.unit_price' }],
        },
      }),
      SQL_SCHEMA,
    );
    expect(query).toMatch(/^SELECT [^\n]*\bc\.name\b/);
    expect(query).toContain('JOIN orders o ON o.order_id = oi.order_id');
    expect(query).toContain('JOIN customers c ON c.customer_id = o.customer_id');
    expect(query).not.toContain('GROUP BY');
    expect(query).not.toContain('JOIN invoices');
  });

  it('should sum the sales of a filtered kind of thing over the line items that reference it', () => {
    const { query } = buildSqlQuery(
      anInput({
        tables: ['orders'],
        question: 'revenue from plumbing products',
        constraints: aConstraints({
          measure: { kind: 'sum', of: 'revenue', field: null },
          filters: [
            {
              kind: 'text',
              operator: 'eq',
              values: ['plumbing'],
              field: 'products.category',
              currency: null,
              expression: 'plumbing',
            },
          ],
        }),
      }),
      SQL_SCHEMA,
    );
    expect(query).toMatch(/^SELECT SUM\(oi\.quantity \* oi\.unit_price\) AS revenue\nFROM order_items oi/);
    expect(query).toContain("p.category = 'plumbing'");
  });

  it('should sum the money of the whole and of the part beside it when the question asks amounts, not rows', () => {
    const build = (question: string) =>
      buildSqlQuery(
        anInput({
          tables: ['orders'],
          question,
          constraints: aConstraints({
            measure: null,
            filters: [
              {
                kind: 'status',
                operator: 'eq',
                values: ['refunded'],
                field: 'orders.status',
                currency: null,
                expression: 'refunded',
              },
            ],
          }),
        }),
        SQL_SCHEMA,
      ).query;
    expect(build('the value of sales in spring and the amount refunded')).toMatch(
      /^SELECT SUM\(o\.total\) AS sum_total, SUM\(o\.total\) FILTER \(WHERE o\.status = 'refunded'\) AS refunded_sum_total\n/,
    );
    expect(build('sales in spring and how many of them got refunded')).toMatch(
      /^SELECT COUNT\(\*\) AS count, COUNT\(\*\) FILTER \(WHERE o\.status = 'refunded'\) AS refunded_count\n/,
    );
  });

  it("should list a thing's name, and keep a person's or a party's name out unless asked", () => {
    const list = (tables: string[], question: string) =>
      buildSqlQuery(anInput({ tables, question, constraints: aConstraints() }), SQL_SCHEMA).query;
    expect(list(['products'], 'every item of the catalogue')).toMatch(/^SELECT [^\n]*\bp\.name\b/);
    expect(list(['customers'], 'every buyer on file')).not.toMatch(/^SELECT [^\n]*\bc\.name\b/);
  });

  it('should date a sum of rows named by one of their moments by that moment, other sums by the rows own time', () => {
    const weekly = (of: string) =>
      buildSqlQuery(
        anInput({
          tables: ['invoices'],
          question: `${of} week by week`,
          constraints: aConstraints({
            measure: { kind: 'sum', of, field: 'invoices.amount' },
            time_bucket: { unit: 'week', size: 1, seconds: 604_800 },
          }),
        }),
        SQL_SCHEMA,
      ).query;
    expect(weekly('payments')).toContain("DATE_TRUNC('week', i.paid_at)");
    expect(weekly('amount')).toContain("DATE_TRUNC('week', i.issued_at)");
    // "how much of what we billed is settled by now": the state names no rows; the bills keep their own time.
    expect(weekly('paid')).toContain("DATE_TRUNC('week', i.issued_at)");
  });

  it('should count the buyers who spent in the window by their orders in it, not by when they joined', () => {
    const { query } = buildSqlQuery(
      anInput({
        tables: ['customers', 'orders'],
        question: 'what number of buyers spent anything this week',
        timeRange: 'this week',
        window: { start: '2030-05-06T00:00:00Z', end: '2030-05-13T00:00:00Z', duration_seconds: 604_800 },
        constraints: aConstraints({ measure: { kind: 'count', of: 'customer', field: 'customers.customer_id' } }),
      }),
      SQL_SCHEMA,
    );
    expect(query).toContain(
      'WHERE EXISTS (SELECT 1 FROM orders x WHERE x.customer_id = c.customer_id AND x.created_at',
    );
    expect(query).not.toMatch(/c\.created_at >=/);
  });

  it('should show the rows a threshold counts beside the sum that is measured', () => {
    const { query } = buildSqlQuery(
      anInput({
        tables: ['orders', 'customers'],
        question: 'buyers with at least 3 orders and what they spent',
        constraints: aConstraints({
          measure: { kind: 'sum', of: 'spent', field: 'orders.total' },
          group_by: [{ kind: 'customer', field: 'orders.customer_id' }],
          having: { operator: 'gte', value: 3, rows: true },
        }),
      }),
      SQL_SCHEMA,
    );
    expect(query).toMatch(/^SELECT [^\n]*SUM\(o\.total\)[^\n]*, COUNT\(\*\) AS count\n/);
    expect(query).toContain('HAVING COUNT(*) >= 3');
  });
});

describe('buildSqlQuery, how overdue each row is', () => {
  it('shows the days past the due date beside each listed row', () => {
    const { query } = buildSqlQuery(
      anInput({
        tables: ['invoices'],
        question: 'overdue invoices with the number of days past the due date',
        constraints: {
          ...aConstraints({ measure: null }),
          show: [{ kind: 'days_overdue', field: 'invoices.due_date' }],
        },
      }),
      SQL_SCHEMA,
    );
    expect(query).toMatch(/^SELECT [^\n]*CURRENT_DATE - i\.due_date AS days_overdue/);
    expect(query).not.toMatch(/COUNT\(/);
  });
});

describe('buildSqlQuery, a part counted beside the whole and an order by a key', () => {
  it('should count the rows holding a named value beside all of them, in the order of the key asked', () => {
    const { query } = buildSqlQuery(
      anInput({
        tables: ['users'],
        question:
          "the number of active users in each department, together with how many of them hold the 'manager' role, ordered by department",
        constraints: aConstraints({
          filters: [
            {
              kind: 'status',
              operator: 'eq',
              values: ['active'],
              field: 'users.active',
              currency: null,
              expression: 'active',
            },
            {
              kind: 'text',
              operator: 'eq',
              values: ['manager'],
              field: 'users.role',
              currency: null,
              expression: "'manager'",
            },
          ],
          measure: { kind: 'count', of: null, field: null },
          group_by: [{ kind: 'department', field: 'users.department' }],
          order: { by: 'users.department', direction: 'asc' },
        }),
      }),
      SQL_SCHEMA,
    );
    expect(query).toMatch(/COUNT\(\*\) FILTER \(WHERE u\.role = 'manager'\)/);
    expect(query).not.toMatch(/WHERE[^\n]*\n?[^\n]*AND u\.role = 'manager'/);
    expect(query).toMatch(/ORDER BY u\.department ASC/);
  });
});

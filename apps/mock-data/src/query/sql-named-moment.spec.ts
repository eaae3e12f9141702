import { aConstraints, anInput, DAY, lastSeconds } from './testing/analysis-fixtures';
import { buildSqlQuery } from './sql-query.builder';
import { SQL_SCHEMA } from './testing/bundled-schemas';

describe('buildSqlQuery, the moment named before the window', () => {
  it('should window and bucket on the payment time when the bucket and the table name stand between', () => {
    const { query } = buildSqlQuery(
      anInput({
        tables: ['invoices'],
        question: 'how many different clients paid their invoices, by day, within the past 3 weeks',
        ...lastSeconds(21 * DAY, 'past 3 weeks'),
        constraints: aConstraints({
          measure: { kind: 'distinct_count', of: 'customer', field: 'invoices.customer_id' },
          time_bucket: { unit: 'day', size: 1, seconds: DAY },
        }),
      }),
      SQL_SCHEMA,
    );
    expect(query).toContain("DATE_TRUNC('day', i.paid_at)");
    expect(query).toContain("i.paid_at >= NOW() - INTERVAL '21 days'");
  });

  it('should window on the payment time when the moment is said as payments or as settled', () => {
    const query = (question: string) =>
      buildSqlQuery(
        anInput({
          tables: ['invoices'],
          question,
          ...lastSeconds(14 * DAY, 'past 2 weeks'),
          constraints: aConstraints({ measure: { kind: 'sum', of: 'amount', field: 'invoices.amount' } }),
        }),
        SQL_SCHEMA,
      ).query;
    expect(query('sum of the payments we got in CAD over the past 2 weeks')).toContain(
      "i.paid_at >= NOW() - INTERVAL '14 days'",
    );
    expect(query('value of bills settled in the past 2 weeks')).toContain("i.paid_at >= NOW() - INTERVAL '14 days'");
    expect(query('what the resellers paid us in the past 2 weeks')).toContain(
      "i.paid_at >= NOW() - INTERVAL '14 days'",
    );
    expect(query('how much did the resellers pay in the past 2 weeks')).toContain(
      "i.paid_at >= NOW() - INTERVAL '14 days'",
    );
    expect(query('CAD we received in the past 2 weeks')).toContain("i.paid_at >= NOW() - INTERVAL '14 days'");
    expect(query('how much cash came in over the past 2 weeks')).toContain("i.paid_at >= NOW() - INTERVAL '14 days'");
  });

  it('should window on the moment of the bucket said just before the window, past an earlier moment word', () => {
    const { query } = buildSqlQuery(
      anInput({
        tables: ['invoices'],
        question: 'mean wait to payment, by week of issue, past 5 weeks',
        ...lastSeconds(35 * DAY, 'past 5 weeks'),
        constraints: aConstraints({ time_bucket: { unit: 'week', size: 1, seconds: 7 * DAY } }),
      }),
      SQL_SCHEMA,
    );
    expect(query).toContain("DATE_TRUNC('week', i.issued_at)");
    expect(query).toContain("i.issued_at >= NOW() - INTERVAL '35 days'");
    expect(query).not.toContain('i.paid_at >=');
  });

  it('should keep the issue time when no moment is named before the window', () => {
    const { query } = buildSqlQuery(
      anInput({
        tables: ['invoices'],
        question: 'invoices per day within the past 3 weeks',
        ...lastSeconds(21 * DAY, 'past 3 weeks'),
        constraints: aConstraints({ time_bucket: { unit: 'day', size: 1, seconds: DAY } }),
      }),
      SQL_SCHEMA,
    );
    expect(query).toContain("i.issued_at >= NOW() - INTERVAL '21 days'");
  });
});

describe('buildSqlQuery, a day said as a bound', () => {
  const day = { start: '2025-04-15T00:00:00.000Z', end: '2025-04-16T00:00:00.000Z', duration_seconds: DAY };

  it('should take the day in for "on or after" and "on or before", and leave it out for "after"', () => {
    const query = (question: string) =>
      buildSqlQuery(
        anInput({ tables: ['orders'], question, timeRange: '15 April 2025', window: day, constraints: aConstraints() }),
        SQL_SCHEMA,
      ).query;
    expect(query('orders placed on or after 15 April 2025')).toContain(
      "o.created_at >= CAST('2025-04-15 00:00:00+00' AS TIMESTAMPTZ)",
    );
    expect(query('orders placed on or before 15 April 2025')).toContain(
      "o.created_at < CAST('2025-04-16 00:00:00+00' AS TIMESTAMPTZ)",
    );
    expect(query('orders placed 15 April 2025 onwards')).not.toContain('o.created_at <');
    expect(query('orders placed after 15 April 2025')).toContain(
      "o.created_at >= CAST('2025-04-16 00:00:00+00' AS TIMESTAMPTZ)",
    );
  });
});

describe('buildSqlQuery, a dimension listed by what was done to it', () => {
  const week = lastSeconds(7 * DAY, 'past week');
  const query = (question: string) =>
    buildSqlQuery(
      anInput({ tables: ['customers', 'orders'], question, ...week, constraints: aConstraints() }),
      SQL_SCHEMA,
    ).query;

  it('should keep the rows that had it done in the window', () => {
    expect(query('clients that purchased in the past week')).toMatch(
      /WHERE EXISTS \(SELECT 1 FROM orders x WHERE x\.customer_id = c\.customer_id AND x\.created_at >= /,
    );
  });

  it('should not read a negated doing as a presence', () => {
    expect(query('clients that purchased nothing in the past week')).not.toContain('EXISTS');
  });

  it('should date the rows by the moment said with "by … date" after the window', () => {
    const query = (question: string) =>
      buildSqlQuery(
        anInput({
          tables: ['invoices'],
          question,
          ...lastSeconds(30 * DAY, 'past 30 days'),
          constraints: aConstraints({
            measure: { kind: 'sum', of: 'amount', field: 'invoices.amount' },
            time_bucket: { unit: 'day', size: 1, seconds: DAY },
          }),
        }),
        SQL_SCHEMA,
      ).query;
    const paid = query('SEK billed over the past 30 days, daily, going by the payment date');
    expect(paid).toContain("DATE_TRUNC('day', i.paid_at)");
    expect(paid).toContain("i.paid_at >= NOW() - INTERVAL '30 days'");
    expect(query('daily amounts for the past 30 days based on due date')).toContain("DATE_TRUNC('day', i.due_date)");
  });
});

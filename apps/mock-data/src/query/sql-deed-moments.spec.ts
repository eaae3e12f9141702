import { aConstraints, aFilter, anInput } from './testing/analysis-fixtures';
import { buildSqlQuery } from './sql-query.builder';
import { SQL_SCHEMA } from './testing/bundled-schemas';

const startOfYear = () => new Date(Date.UTC(new Date().getUTCFullYear(), 0, 1));
const thisYear = (words: string) => ({
  timeRange: words,
  window: {
    start: startOfYear().toISOString(),
    end: new Date().toISOString(),
    duration_seconds: Math.round((Date.now() - startOfYear().getTime()) / 1000),
  },
});

describe('buildSqlQuery, rows dated by a deed said as a clause', () => {
  const paidMonthly = (question: string) =>
    buildSqlQuery(
      anInput({
        tables: ['invoices'],
        question,
        ...thisYear('this year'),
        constraints: aConstraints({
          filters: [aFilter('status', ['paid'], { field: 'invoices.status', expression: 'paid' })],
          measure: { kind: 'sum', of: 'amount', field: 'invoices.amount' },
          time_bucket: { unit: 'month', size: 1, seconds: 2_592_000 },
        }),
      }),
      SQL_SCHEMA,
    ).query;

  it('should bucket and window on the moment of the deed each row is put in ("in the month it was paid")', () => {
    for (const question of [
      'invoice totals each month this year, paid ones only, put each one in the month it was paid',
      'sum of paid invoices per month this year, by when they were paid',
      'paid invoice amounts per month this year, each counted in the month they were paid',
    ]) {
      const sql = paidMonthly(question);
      expect(sql).toContain("DATE_TRUNC('month', i.paid_at)");
      expect(sql).toContain("i.paid_at >= DATE_TRUNC('year', NOW())");
      expect(sql).not.toContain('issued_at');
    }
  });

  it("should keep the table's own time when no deed dates the rows", () => {
    const sql = paidMonthly('invoice amounts per month this year, the ones in status done');
    expect(sql).toContain("DATE_TRUNC('month', i.issued_at)");
  });
});

describe('buildSqlQuery, a part of a year on a table of year and month numbers', () => {
  const budget = (question: string) =>
    buildSqlQuery(
      anInput({
        tables: ['budget'],
        question,
        ...thisYear('this fiscal year'),
        constraints: aConstraints({
          measure: { kind: 'sum', of: 'spent', field: 'spent' },
          group_by: [{ kind: 'department', field: 'department' }],
        }),
      }),
      SQL_SCHEMA,
    ).query;
  const year = new Date().getUTCFullYear();

  it('should keep the months of the part said ("the first six months", "the last 3 months", "the first half")', () => {
    expect(budget('spend per department in the first six months of this fiscal year')).toContain(
      'b.fiscal_month BETWEEN 1 AND 6',
    );
    expect(budget('spend per department over the last 3 months of the fiscal year')).toContain(
      'b.fiscal_month BETWEEN 10 AND 12',
    );
    expect(budget('spend per department in the first half of this fiscal year')).toContain(
      'b.fiscal_month BETWEEN 1 AND 6',
    );
    expect(budget('spend per department in the first half of this fiscal year')).toContain(`b.fiscal_year = ${year}`);
  });

  it('should keep the whole year when no part of it is said', () => {
    const sql = budget('spend per department this fiscal year');
    expect(sql).toContain(`b.fiscal_year = ${year}`);
    expect(sql).not.toContain('fiscal_month');
  });
});

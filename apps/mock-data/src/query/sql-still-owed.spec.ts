import { aConstraints, aFilter, anInput } from './testing/analysis-fixtures';
import { buildSqlQuery } from './sql-query.builder';
import { SQL_SCHEMA } from './testing/bundled-schemas';

describe('buildSqlQuery, money still owed', () => {
  const query = (question: string, of: string, filters: Record<string, unknown>[] = []) =>
    buildSqlQuery(
      anInput({
        tables: ['invoices', 'customers'],
        question,
        constraints: aConstraints({
          filters,
          measure: { kind: 'sum', of, field: 'invoices.amount' },
          group_by: [{ kind: 'segment', field: 'customers.segment' }],
        }),
      }),
      SQL_SCHEMA,
    ).query;

  it('should sum only the rows not paid yet when what is still owed is summed', () => {
    const sql = query('unsettled balance for each segment', 'outstanding');
    expect(sql).toContain('SUM(i.amount)');
    expect(sql).toContain('i.paid_at IS NULL');
  });

  it('should leave the rows to a status the question gives, and add nothing to other sums', () => {
    const withStatus = query('owed amounts of disputed bills per segment', 'owed', [
      aFilter('status', ['disputed'], { field: 'invoices.status', expression: 'disputed' }),
    ]);
    expect(withStatus).not.toContain('paid_at IS NULL');
    expect(query('billed amount per segment', 'amount')).not.toContain('paid_at IS NULL');
  });
});

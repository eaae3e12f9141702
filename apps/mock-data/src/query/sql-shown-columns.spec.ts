import { aConstraints, anInput } from './testing/analysis-fixtures';
import { buildSqlQuery } from './sql-query.builder';
import { SQL_SCHEMA } from './testing/bundled-schemas';

describe('buildSqlQuery, columns asked for', () => {
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
});

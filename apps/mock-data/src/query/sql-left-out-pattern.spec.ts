import { aConstraints, aFilter, anInput } from './testing/analysis-fixtures';
import { buildSqlQuery } from './sql-query.builder';
import { SQL_SCHEMA } from './testing/bundled-schemas';

describe('buildSqlQuery, names left out by a pattern', () => {
  const query = (values: string[]) =>
    buildSqlQuery(
      anInput({
        tables: ['customers'],
        question: 'customers per segment, not the test ones',
        constraints: aConstraints({
          filters: [
            aFilter('text', values, {
              field: 'customers.segment',
              operator: values.length > 1 ? 'not_in' : 'neq',
              expression: values.join(', '),
            }),
          ],
        }),
      }),
      SQL_SCHEMA,
    ).query;

  it('should leave out every value a name written with a wildcard matches, not the wildcard text', () => {
    const sql = query(['Test*']);
    expect(sql).toMatch(/c\.segment::text NOT ILIKE 'Test%'/);
    expect(sql).not.toContain("<> 'Test*'");
  });

  it('should leave out a part anywhere, and a whole name beside it as before', () => {
    const sql = query(['*demo*', 'Internal']);
    expect(sql).toMatch(/NOT ILIKE '%demo%'/);
    expect(sql).toMatch(/c\.segment <> 'Internal'/);
  });
});

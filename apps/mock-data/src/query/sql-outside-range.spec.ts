import { aConstraints, aFilter, anInput } from './testing/analysis-fixtures';
import { buildSqlQuery } from './sql-query.builder';
import { SQL_SCHEMA } from './testing/bundled-schemas';

describe('buildSqlQuery, an address kept out of a range', () => {
  const query = (operator: 'neq' | 'not_in', values: string[]) =>
    buildSqlQuery(
      anInput({
        tables: ['events'],
        question: 'events from addresses outside the range',
        constraints: aConstraints({
          filters: [aFilter('cidr', values, { field: 'events.ip_address', operator, expression: values.join(', ') })],
        }),
      }),
      SQL_SCHEMA,
    ).query;

  it('should keep addresses whose text does not begin with the fixed octets of a range on whole octets', () => {
    const sql = query('neq', ['10.0.0.0/8']);
    expect(sql).toMatch(/host\(e\.ip_address\) NOT LIKE '10\.%'/);
    expect(sql).not.toContain("<> '10.0.0.0/8'");
  });

  it('should keep addresses outside every range of a list, and outside the span of a range on part of an octet', () => {
    const sql = query('not_in', ['192.168.0.0/16', '172.16.0.0/12']);
    expect(sql).toMatch(/host\(e\.ip_address\) NOT LIKE '192\.168\.%'/);
    expect(sql).toMatch(/e\.ip_address NOT BETWEEN '172\.16\.0\.0' AND '172\.31\.255\.255'/);
    expect(sql).not.toContain('NOT IN');
  });

  it('should keep addresses outside an IPv6 range with the function form of the containment operator', () => {
    const sql = query('neq', ['2001:db8::/32']);
    expect(sql).toMatch(/NOT network_subeq\(e\.ip_address::inet, '2001:db8::\/32'::inet\)/);
  });
});

import { kqlFilterClauses, type KqlTable } from './kql-constraints.util';
import { readConstraints } from './constraints';
import { aConstraints, aFilter } from './testing/analysis-fixtures';

const types: Record<string, string> = { TimeGenerated: 'datetime', scStatus: 'string', ResultCode: 'int' };
const web: KqlTable = { name: 'KioskWebLog', columns: Object.keys(types), type: (column) => types[column] };

function clauses(field: string, values: string[]): string[] {
  const constraints = readConstraints(aConstraints({ filters: [aFilter('text', values, { field })] }), [])!;
  return kqlFilterClauses(web, constraints, []);
}

describe('kqlFilterClauses: a class of HTTP status codes', () => {
  it('matches every code of the class, on a string or a number column', () => {
    expect(clauses('scStatus', ['5xx'])).toEqual(['tostring(scStatus) startswith "5"']);
    expect(clauses('ResultCode', ['4xx', '5xx'])).toEqual([
      '(ResultCode between (400 .. 499) or ResultCode between (500 .. 599))',
    ]);
  });

  it('compares a single code as before', () => {
    expect(clauses('ResultCode', ['503'])).toEqual(['ResultCode == 503']);
  });
});

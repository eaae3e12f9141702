import { columnFor, namedColumn } from './column-kinds';

describe('namedColumn', () => {
  it('maps codes said as "error"/"errors" to the table’s result column', () => {
    const columns = ['TimeGenerated', 'UserPrincipalName', 'ResultType'];
    expect(namedColumn(columns, { field: null, expression: 'errors 70043 or 50158', values: ['70043', '50158'] })).toBe(
      'ResultType',
    );
    expect(namedColumn(['eventName', 'errorCode'], { field: null, expression: 'error 403', values: ['403'] })).toBe(
      'errorCode',
    );
  });
});

describe('columnFor (parent process)', () => {
  it("takes each source's column for the process that started the row", () => {
    expect(columnFor(['FileName', 'InitiatingProcessFileName'], 'parent_process', null)).toBe(
      'InitiatingProcessFileName',
    );
    expect(columnFor(['Image', 'ParentImage', 'CommandLine'], 'parent_process', null)).toBe('ParentImage');
    expect(columnFor(['EventCode', 'user'], 'parent_process', null)).toBeUndefined();
  });
});

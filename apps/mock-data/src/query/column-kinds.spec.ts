import { namedColumn } from './column-kinds';

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

import { namedKqlTable } from './kql-named-table.util';

const catalog = {
  SigninLogs: ['TimeGenerated', 'UserPrincipalName'],
  AuditLogs: ['TimeGenerated', 'OperationName'],
  Event: ['TimeGenerated', 'EventID'],
};

describe('namedKqlTable', () => {
  it('should find a table of the schema the question names, in any case', () => {
    expect(namedKqlTable('risky rows from signinlogs this week', catalog)).toMatchObject({
      table: 'SigninLogs',
      listed: true,
    });
  });

  it('should find a well-known table the schema leaves out, marked as not listed and with no columns', () => {
    expect(namedKqlTable('StopLogging calls in AWSCloudTrail since friday', catalog)).toEqual({
      table: 'AWSCloudTrail',
      columns: [],
      listed: false,
    });
  });

  it("should read a product's trail placed in Sentinel as its Sentinel table", () => {
    expect(namedKqlTable('in log analytics, cloud trail bucket deletions', catalog)?.table).toBe('AWSCloudTrail');
    expect(namedKqlTable('cloudtrail bucket deletions', catalog)).toBeNull();
  });

  it('should name no table for a one-word name said as a word, nor for two tables named', () => {
    expect(namedKqlTable('every event of the night shift', catalog)).toBeNull();
    expect(namedKqlTable('SigninLogs joined with AuditLogs', catalog)).toBeNull();
  });
});

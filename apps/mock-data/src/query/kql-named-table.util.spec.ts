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

  it("should find a well-known table the schema leaves out, with that table's usual columns", () => {
    const named = namedKqlTable('StopLogging calls in AWSCloudTrail since friday', catalog);
    expect(named).toMatchObject({ table: 'AWSCloudTrail', listed: false });
    expect(named?.columns).toEqual(expect.arrayContaining(['EventName', 'SourceIpAddress', 'UserIdentityArn']));
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

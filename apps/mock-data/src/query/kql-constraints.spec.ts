import { buildKqlQuery } from './kql-query.builder';
import { aConstraints, aFilter, anInput, DAY, lastSeconds, type AnalysisFixture } from './testing/analysis-fixtures';
import { KQL_SCHEMA } from './testing/bundled-schemas';
import { kustoChecker } from './testing/kusto-checker';

const WEEK = {
  timeRange: 'this week',
  window: { start: '2024-05-06T00:00:00Z', end: '2024-05-08T12:00:00Z', duration_seconds: 216_000 },
};

let analyse: ReturnType<typeof kustoChecker>;
beforeAll(() => {
  analyse = kustoChecker(KQL_SCHEMA);
}, 120_000);

function kql(fixture: AnalysisFixture) {
  const result = buildKqlQuery(anInput(fixture), KQL_SCHEMA);
  expect({ query: result.query, errors: analyse(result.query) }).toEqual({ query: result.query, errors: [] });
  return result;
}

describe('kustoChecker', () => {
  it('should report an unknown column and a sum over a string column', () => {
    expect(analyse('SigninLogs | where Nope == 1')).toHaveLength(1);
    expect(analyse('SigninLogs | summarize sum(UserPrincipalName)').length).toBeGreaterThan(0);
    expect(analyse('SecurityEvent | where EventID == 4625 | summarize count() by TargetUserName')).toEqual([]);
  });
});

describe('buildKqlQuery with constraints (every query analysed by Kusto.Language against the typed schema)', () => {
  it('should exclude a program named without its extension as no part of the file name ("leave out svchost")', () => {
    const { query } = kql({
      tables: ['DeviceProcessEvents'],
      constraints: aConstraints({
        filters: [aFilter('process', ['svchost'], { field: 'FileName', operator: 'neq' })],
      }),
    });
    expect(query).toContain('FileName !contains "svchost"');
  });

  it('should read a logon of no outcome from the Security log as the successful logon event', () => {
    const printer = aFilter('host', ['PRN-07']);
    const { query } = kql({
      tables: ['SecurityEvent'],
      question: 'log-ons to PRN-07 since noon',
      ...lastSeconds(DAY, 'last 24 hours'),
      constraints: aConstraints({ filters: [printer] }),
    });
    expect(query).toContain('| where EventID == 4624');
    const { query: denied } = kql({
      tables: ['SecurityEvent'],
      question: 'log-ons to PRN-07 that were denied since noon',
      ...lastSeconds(DAY, 'last 24 hours'),
      constraints: aConstraints({ filters: [printer] }),
    });
    expect(denied).not.toContain('4624');
    const { query: blocked } = kql({
      tables: ['SecurityEvent'],
      question: 'blocked log-ons to PRN-07 since noon',
      ...lastSeconds(DAY, 'last 24 hours'),
      constraints: aConstraints({ filters: [printer] }),
    });
    expect(blocked).not.toContain('4624');
  });

  it("should filter a user and an IP on the table's own columns", () => {
    const { query } = kql({
      tables: ['SigninLogs'],
      ...lastSeconds(DAY, 'last 24 hours'),
      constraints: aConstraints({ filters: [aFilter('user', ['bob@contoso.com']), aFilter('ip', ['203.0.113.7'])] }),
    });
    expect(query).toContain('| where UserPrincipalName =~ "bob@contoso.com"');
    expect(query).toContain('| where IPAddress == "203.0.113.7"');
    expect(query).toContain('TimeGenerated > ago(24h)');
  });

  it('should count each outcome apart, with no failure filter, when the outcome is a key', () => {
    const { query } = kql({
      tables: ['SigninLogs'],
      question: 'sign-ins per app today, the failed and successful ones counted separately',
      constraints: aConstraints({
        measure: { kind: 'count', of: null, field: null },
        group_by: [
          { kind: 'app', field: 'AppDisplayName' },
          { kind: 'status', field: null },
        ],
      }),
    });
    expect(query).toMatch(/summarize count\(\) by AppDisplayName, ResultType/);
    expect(query).not.toContain('ResultType != "0"');
  });

  it('should write event ids as numbers on the int EventID column', () => {
    const { query } = kql({
      tables: ['SecurityEvent'],
      constraints: aConstraints({ filters: [aFilter('event_id', ['4625', '4740'])] }),
    });
    expect(query).toContain('| where EventID in (4625, 4740)');
  });

  it('should count per user with a HAVING threshold', () => {
    const { query } = kql({
      tables: ['SecurityEvent'],
      ...lastSeconds(DAY, 'last 24 hours'),
      constraints: aConstraints({
        filters: [aFilter('event_id', ['4625'])],
        measure: { kind: 'count', of: null, field: null },
        group_by: [{ kind: 'user', field: null }],
        having: { operator: 'gt', value: 5 },
      }),
    });
    expect(query).toContain('| summarize count() by TargetUserName');
    expect(query).toContain('| where count_ > 5');
  });

  it('should take the top 10 by the measure', () => {
    const { query } = kql({
      tables: ['SigninLogs'],
      constraints: aConstraints({
        measure: { kind: 'count', of: null, field: null },
        group_by: [{ kind: 'ip', field: null }],
        limit: 10,
        order: { by: 'measure', direction: 'desc' },
      }),
    });
    expect(query).toContain('| summarize count() by IPAddress');
    expect(query).toContain('| top 10 by count_ desc');
  });

  it('should bin hourly', () => {
    const { query } = kql({
      tables: ['SigninLogs'],
      ...lastSeconds(7 * DAY, 'last 7 days'),
      constraints: aConstraints({
        measure: { kind: 'count', of: null, field: null },
        time_bucket: { unit: 'hour', size: 1, seconds: 3600 },
      }),
    });
    expect(query).toContain('| summarize count() by bin(TimeGenerated, 1h)');
    expect(query).toContain('ago(7d)');
  });

  it('should bucket calendar months with startofmonth(), not bin(…, 30d)', () => {
    const { query } = kql({
      tables: ['SigninLogs'],
      ...lastSeconds(365 * DAY, 'last 365 days'),
      constraints: aConstraints({
        measure: { kind: 'count', of: null, field: null },
        time_bucket: { unit: 'month', size: 1, seconds: 2_592_000 },
      }),
    });
    expect(query).toContain('| summarize count() by TimeGenerated = startofmonth(TimeGenerated)');
  });

  it('should bucket calendar quarters and years from their first month, not bin(…, 90d)', () => {
    const quarterly = kql({
      tables: ['SigninLogs'],
      ...lastSeconds(365 * DAY, 'last 365 days'),
      constraints: aConstraints({
        measure: { kind: 'count', of: null, field: null },
        time_bucket: { unit: 'month', size: 3, seconds: 7_776_000 },
      }),
    });
    expect(quarterly.query).toContain(
      "by TimeGenerated = datetime_add('month', -((getmonth(TimeGenerated) - 1) % 3), startofmonth(TimeGenerated))",
    );
    const yearly = kql({
      tables: ['SigninLogs'],
      ...lastSeconds(730 * DAY, 'last 730 days'),
      constraints: aConstraints({
        measure: { kind: 'count', of: null, field: null },
        time_bucket: { unit: 'month', size: 12, seconds: 31_104_000 },
      }),
    });
    expect(yearly.query).toContain('by TimeGenerated = startofyear(TimeGenerated)');
  });

  it('should count distinct users per app', () => {
    const { query } = kql({
      tables: ['SigninLogs'],
      constraints: aConstraints({
        measure: { kind: 'distinct_count', of: 'user', field: null },
        group_by: [{ kind: 'app', field: null }],
      }),
    });
    expect(query).toContain('| summarize dcount(UserPrincipalName) by AppDisplayName');
  });

  it('should search two programs, each with its own arguments, as alternatives', () => {
    const { query } = kql({
      tables: ['DeviceProcessEvents'],
      constraints: aConstraints({
        filters: [
          aFilter('process', ['tool-a.exe'], { field: 'FileName' }),
          aFilter('command_line', ['purge all'], { operator: 'contains' }),
          aFilter('process', ['tool-b.exe'], { field: 'FileName' }),
          aFilter('command_line', ['reset y'], { operator: 'contains' }),
        ],
      }),
    });
    expect(query).toMatch(
      /\| where \(FileName =~ "tool-a\.exe" and ProcessCommandLine contains "purge all"\) or \(FileName =~ "tool-b\.exe"/,
    );
  });

  it('should show the values asked of each group beside its count', () => {
    const { query } = kql({
      tables: ['DeviceNetworkEvents'],
      constraints: aConstraints({
        measure: { kind: 'count', of: null, field: null },
        group_by: [{ kind: 'host', field: null }],
        show: [{ kind: 'url', field: 'RemoteUrl' }],
      }),
    });
    expect(query).toContain('| summarize count(), RemoteUrl=make_set(RemoteUrl, 100) by DeviceName');
  });

  it('should show the values asked of each group beside its first time seen', () => {
    const { query } = kql({
      tables: ['DeviceProcessEvents'],
      constraints: aConstraints({
        measure: { kind: 'min', of: 'time', field: null },
        group_by: [{ kind: 'host', field: null }],
        show: [{ kind: 'user', field: 'AccountName' }],
      }),
    });
    expect(query).toMatch(
      /\| summarize FirstSeen=min\(TimeGenerated\), AccountName=make_set\(AccountName, 100\) by DeviceName/,
    );
  });

  it('should count only the activity that succeeded when the inactivity says so', () => {
    const query = (expression: string) =>
      kql({
        tables: ['SigninLogs'],
        constraints: aConstraints({
          inactivity: { duration_seconds: 40 * DAY, activity: 'sign-in', expression },
        }),
      }).query;
    expect(query('without a successful sign-in in 40 days')).toContain(
      '| where ResultType == "0"\n| summarize LastSeen',
    );
    expect(query('not signed in for 40 days')).not.toContain('ResultType');
  });

  it('should write inactivity as a condition on the last sign-in, not as a window', () => {
    const { query, notes } = kql({
      tables: ['SigninLogs'],
      constraints: aConstraints({
        inactivity: { duration_seconds: 90 * DAY, activity: 'sign-in', expression: 'not signed in for 90 days' },
      }),
    });
    expect(query).toContain('| summarize LastSeen=max(TimeGenerated) by UserPrincipalName');
    expect(query).toContain('| where LastSeen < ago(90d)');
    expect(query).not.toMatch(/TimeGenerated > ago/);
    expect(notes.join('\n')).toContain('inactivity');
  });

  it('should bound an inactivity said with a date by that date, not by the seconds since it', () => {
    const { query, notes } = kql({
      tables: ['SigninLogs'],
      constraints: aConstraints({
        inactivity: {
          duration_seconds: 77 * DAY,
          activity: 'sign-in',
          expression: 'no sign-ins after 9 Oct',
          before: '2025-10-09T00:00:00.000Z',
        },
      }),
    });
    expect(query).toContain('| where LastSeen < datetime(2025-10-09T00:00:00.000Z)');
    expect(query).not.toContain('ago(');
    expect(notes.join('\n')).toContain('before 2025-10-09');
  });

  it('should keep a longer window the entity was seen in beside its inactivity, and no window as long as it', () => {
    const seen = kql({
      tables: ['DeviceNetworkEvents'],
      ...lastSeconds(14 * DAY, 'last 14 days'),
      constraints: aConstraints({
        group_by: [{ kind: 'host', field: null }],
        inactivity: { duration_seconds: 2 * DAY, activity: null, expression: 'quiet for 2 days' },
      }),
    }).query;
    expect(seen).toContain('| where TimeGenerated > ago(14d)');
    expect(seen).toContain('| summarize LastSeen=max(TimeGenerated) by DeviceName');
    expect(seen).toContain('| where LastSeen < ago(2d)');
    const same = kql({
      tables: ['DeviceNetworkEvents'],
      ...lastSeconds(2 * DAY, 'last 2 days'),
      constraints: aConstraints({
        group_by: [{ kind: 'host', field: null }],
        inactivity: { duration_seconds: 2 * DAY, activity: null, expression: 'quiet for 2 days' },
      }),
    }).query;
    expect(same).not.toMatch(/TimeGenerated > ago/);
  });

  it('should read a port on DeviceNetworkEvents even when the analysis picked another table', () => {
    const { query, tables, notes } = kql({
      tables: ['SigninLogs'],
      constraints: aConstraints({ filters: [aFilter('port', ['4444'])] }),
    });
    expect(tables).toEqual(['DeviceNetworkEvents']);
    expect(query).toContain('| where RemotePort == 4444');
    expect(notes.join('\n')).toContain('DeviceNetworkEvents instead');
  });

  it('should filter a process and a hash on DeviceProcessEvents', () => {
    const { query } = kql({
      tables: ['DeviceProcessEvents'],
      constraints: aConstraints({
        filters: [aFilter('process', ['powershell.exe']), aFilter('hash', ['a'.repeat(64)])],
      }),
    });
    expect(query).toContain('| where FileName =~ "powershell.exe"');
    expect(query).toContain(`| where SHA256 =~ "${'a'.repeat(64)}"`);
  });

  it('should write "this week" with startofweek()', () => {
    const { query } = kql({ tables: ['SigninLogs'], ...WEEK });
    expect(query).toContain('| where TimeGenerated >= startofweek(now())');
  });

  it('should start "this quarter" at the date the analysis worked out, as KQL has no startofquarter()', () => {
    const { query } = kql({
      tables: ['OfficeActivity'],
      timeRange: 'this quarter',
      window: { start: '2024-04-01T00:00:00Z', end: '2024-05-08T12:00:00Z', duration_seconds: 3_326_400 },
    });
    expect(query).toContain('| where TimeGenerated >= datetime(2024-04-01T00:00:00.000Z)');
  });

  it('should start "this quarter" with a Kusto expression when the window came without its start', () => {
    const { query } = kql({
      tables: ['OfficeActivity'],
      timeRange: 'this quarter',
      window: { start: 'unknown', end: 'unknown', duration_seconds: 3_326_400 },
    });
    expect(query).toContain("datetime_add('month', -((getmonth(now()) - 1) % 3), startofmonth(now()))");
  });

  it('should say in the notes when a filter has no column on the table', () => {
    const { query, notes } = kql({
      tables: ['AuditLogs'],
      constraints: aConstraints({ filters: [aFilter('country', ['FR'])] }),
    });
    expect(query).not.toContain('FR');
    expect(notes.join('\n')).toContain('AuditLogs has no column for the country');
  });

  it('should not say again the outcome an operation named carries, where the table holds the operation', () => {
    const filters = [aFilter('status', ['failed']), aFilter('action', ['PortalLogonFailed'])];
    const office = kql({ tables: ['OfficeActivity'], constraints: aConstraints({ filters }) });
    expect(office.query).toContain('| where Operation =~ "PortalLogonFailed"');
    expect(office.query).not.toContain('where ResultStatus');
    const signins = kql({ tables: ['SigninLogs'], constraints: aConstraints({ filters }) });
    expect(signins.query).toContain('| where ResultType != "0"');
  });

  it('should look for an account named on an audit log in both of its bags of accounts', () => {
    const { query, notes } = kql({
      tables: ['AuditLogs'],
      constraints: aConstraints({ filters: [aFilter('user', ['m.okafor@example.net'])] }),
    });
    expect(query).toContain(
      '| where (InitiatedBy has "m.okafor@example.net" or TargetResources has "m.okafor@example.net")',
    );
    expect(notes.join('\n')).toContain('AuditLogs keeps accounts in InitiatedBy and TargetResources');
  });

  it('should read the audit log the planner names first for an account it keeps in its bags, not a table with an account column', () => {
    const { query } = kql({
      tables: ['AuditLogs', 'DeviceProcessEvents'],
      constraints: aConstraints({ filters: [aFilter('user', ['r.osei@example.org'])] }),
    });
    expect(query.split('\n')[0]).toBe('AuditLogs');
    expect(query).toContain('InitiatedBy has "r.osei@example.org"');
  });

  it('should skip unknown filter kinds with a note instead of failing', () => {
    const { notes } = kql({
      tables: ['SigninLogs'],
      constraints: aConstraints({ filters: [{ kind: 'planet', operator: 'eq', values: ['mars'] }, 'junk'] }),
    });
    expect(notes.join('\n')).toContain('skipped a filter');
  });

  it('should never apply Sysmon event ids to the Security log', () => {
    const { query, notes } = kql({
      tables: ['SecurityEvent'],
      constraints: aConstraints({ filters: [aFilter('event_id', ['1', '4688'])] }),
    });
    expect(query).toContain('| where EventID == 4688');
    expect(notes.join('\n')).toContain('event id 1 belongs to another log');
  });

  it('should search every column for free text', () => {
    const { query } = kql({
      tables: ['AuditLogs'],
      constraints: aConstraints({ filters: [aFilter('text', ['Reset password'])] }),
    });
    expect(query).toContain('| where * has "Reset password"');
  });

  it("should match a failure status to the table's failure condition", () => {
    const { query } = kql({
      tables: ['SigninLogs'],
      constraints: aConstraints({ filters: [aFilter('status', ['failed'])] }),
    });
    expect(query).toContain('| where ResultType != "0"');
  });

  it('should keep the outcome of a status list that mixes it with another status, and leave the other word out of a code column', () => {
    const { query, notes } = kql({
      tables: ['SigninLogs'],
      constraints: aConstraints({ filters: [aFilter('status', ['denied', 'revoked'])] }),
    });
    expect(query).toContain('| where ResultType != "0"');
    expect(query).not.toContain('revoked"');
    expect(notes.join(' ')).toContain('holds result codes');
  });

  it('should compare a code, but no status word, with a column of result codes', () => {
    const coded = kql({
      tables: ['SecurityEvent'],
      constraints: aConstraints({ filters: [aFilter('status', ['0xc0000234'])] }),
    });
    const worded = kql({
      tables: ['SecurityEvent'],
      constraints: aConstraints({ filters: [aFilter('status', ['disabled'])] }),
    });
    expect(coded.query).toContain('Status == "0xc0000234"');
    expect(worded.query).not.toContain('Status ==');
  });

  it('should compare a CIDR range with ipv4_is_in_range', () => {
    const { query } = kql({
      tables: ['SigninLogs'],
      constraints: aConstraints({ filters: [aFilter('cidr', ['10.0.0.0/8'])] }),
    });
    expect(query).toContain('ipv4_is_in_range(IPAddress, "10.0.0.0/8")');
  });

  it('should keep addresses out of every range with one not(), and match a domain suffix at the end', () => {
    const { query } = kql({
      tables: ['DeviceNetworkEvents'],
      constraints: aConstraints({
        filters: [
          aFilter('cidr', ['10.0.0.0/8', '192.168.0.0/16'], { operator: 'not_in' }),
          aFilter('domain', ['.example.org'], { operator: 'contains' }),
        ],
      }),
    });
    expect(query).toContain(
      'not(ipv4_is_in_range(RemoteIP, "10.0.0.0/8") or ipv4_is_in_range(RemoteIP, "192.168.0.0/16"))',
    );
    expect(query).toContain('RemoteUrl endswith ".example.org"');
  });

  it('should list the 20 most recent events when the question asks for no measure', () => {
    const { query } = kql({
      tables: ['OfficeActivity'],
      constraints: aConstraints({ filters: [aFilter('user', ['eve@contoso.com'])], limit: 20 }),
    });
    expect(query).toContain('| where UserId =~ "eve@contoso.com"');
    expect(query).toContain('| take 20');
  });

  it('should read the one named table that holds the filters, not a union', () => {
    const { query, tables, notes } = kql({
      tables: ['AuditLogs', 'SigninLogs'],
      constraints: aConstraints({ filters: [aFilter('user', ['bob@contoso.com']), aFilter('app', ['Azure Portal'])] }),
    });
    expect(tables).toEqual(['SigninLogs']);
    expect(query.startsWith('SigninLogs\n')).toBe(true);
    expect(notes.join('\n')).toContain('AuditLogs left out');
  });

  it('should join two tables on their shared key when a join is asked for', () => {
    const { query } = kql({
      tables: ['DeviceProcessEvents', 'DeviceNetworkEvents'],
      joins: true,
      constraints: aConstraints({ filters: [aFilter('process', ['powershell.exe'])] }),
    });
    expect(query).toContain('| join kind=inner (DeviceNetworkEvents');
    expect(query).toContain('on DeviceId');
  });
});

describe('buildKqlQuery with hostile constraints', () => {
  it('should not read prototype keys as kinds or columns', () => {
    const { query } = kql({
      tables: ['SigninLogs'],
      constraints: aConstraints({
        filters: [aFilter('text', ['constructor'])],
        measure: { kind: 'sum', of: 'constructor', field: '__proto__' },
        group_by: [
          { kind: 'constructor', field: null },
          { kind: 'toString', field: 'hasOwnProperty' },
        ],
      }),
    });
    expect(query).toContain('| summarize count()');
  });
});

describe('buildKqlQuery: codes, verbs and sources the question implies (analysed by Kusto.Language)', () => {
  it('applies a code on the column its name says, as a number on an int column, on the table that has it', () => {
    const { query, tables } = kql({
      tables: ['SigninLogs'],
      question: 'RDP logons (logon type 10) in the past 2 days',
      ...lastSeconds(2 * DAY, 'past 2 days'),
      constraints: aConstraints({ filters: [aFilter('text', ['10'], { expression: 'logon type 10' })] }),
    });
    expect(tables).toEqual(['SecurityEvent']);
    expect(query).toContain('| where LogonType == 10');
  });

  it("should not search every column for a code whose column the table lacks, nor for another store's column", () => {
    const { query } = kql({
      tables: ['SigninLogs'],
      question: 'admin users sign-ins',
      constraints: aConstraints({
        filters: [aFilter('text', ['admin'], { field: 'users.role', expression: 'admin' })],
      }),
    });
    expect(query).not.toContain('* has');
  });

  it('turns a Microsoft 365 verb into an Operation filter and picks OfficeActivity when no table is named', () => {
    const { query, tables } = kql({
      tables: [],
      question: 'Files downloaded from SharePoint by carol@contoso.com yesterday',
      constraints: aConstraints({ filters: [aFilter('user', ['carol@contoso.com'])] }),
    });
    expect(tables).toEqual(['OfficeActivity']);
    expect(query).toContain('| where Operation == "FileDownloaded"');
  });

  it('joins two tables only when the question asks to combine them', () => {
    const fixture = {
      tables: ['DeviceProcessEvents', 'DeviceNetworkEvents'],
      joins: true,
      constraints: aConstraints({ filters: [aFilter('process', ['cmd.exe'])] }),
    };
    expect(kql({ ...fixture, question: 'Processes started by cmd.exe on host WKS-042' }).query).not.toContain('join');
    expect(kql({ ...fixture, question: 'Correlate cmd.exe processes with their network connections' }).query).toContain(
      'join kind=inner',
    );
  });

  it('reads an inactivity from the table of that activity (sign-ins → SigninLogs)', () => {
    const { tables } = kql({
      tables: ['AzureActivity', 'SigninLogs'],
      constraints: aConstraints({
        inactivity: { duration_seconds: 60 * DAY, activity: 'sign-in', expression: 'not signed in for 60 days' },
      }),
    });
    expect(tables).toEqual(['SigninLogs']);
  });

  it('reads an inactivity from the table that holds the code of that activity (a logon event id → SecurityEvent)', () => {
    const { tables, query } = kql({
      tables: ['SigninLogs'],
      constraints: aConstraints({
        filters: [aFilter('event_id', ['4778'])],
        group_by: [{ kind: 'user', field: null }],
        inactivity: { duration_seconds: 20 * DAY, activity: 'login', expression: 'no logon (4778) for 20 days' },
      }),
    });
    expect(tables).toEqual(['SecurityEvent']);
    expect(query).toContain('| where EventID == 4778');
    expect(query).toContain('max(TimeGenerated)');
  });

  it('writes a window that runs up to now ("since …") with its start only', () => {
    const { query } = kql({
      tables: ['SecurityEvent'],
      timeRange: 'since 2026-11-01',
      window: { start: '2026-11-01T00:00:00Z', end: '2026-11-26T12:00:00Z', duration_seconds: 2_203_200 },
      constraints: aConstraints({ filters: [aFilter('event_id', ['4720'])] }),
    });
    expect(query).toContain('TimeGenerated >= datetime(2026-11-01T00:00:00.000Z)');
    expect(query).not.toContain('between');
  });
});

describe('buildKqlQuery: the source the question is about', () => {
  it('reads the table whose topic the question names when the chosen one has none of its words', () => {
    const { tables, query } = kql({
      tables: ['DeviceProcessEvents'],
      question: 'How many account lockouts (4740) happened on DC01 in the last 7 days?',
      constraints: aConstraints({ filters: [aFilter('event_id', ['4740']), aFilter('host', ['DC01'])] }),
    });
    expect(tables).toEqual(['SecurityEvent']);
    expect(query).toContain('EventID == 4740');
  });

  it('keeps a chosen table that the question speaks of', () => {
    const { tables } = kql({
      tables: ['SigninLogs'],
      question: 'failed sign-ins from Germany',
      constraints: aConstraints({ filters: [aFilter('country', ['Germany', 'DE'])] }),
    });
    expect(tables).toEqual(['SigninLogs']);
  });

  it('filters Azure deletions on the operation and groups by a column named after a bare "by"', () => {
    const { query } = kql({
      tables: ['AzureActivity'],
      question: 'Count of Azure resource deletions by caller this week',
      constraints: aConstraints({
        measure: { kind: 'count', of: null, field: null },
        group_by: [{ kind: 'caller', field: 'Caller' }],
      }),
    });
    expect(query).toContain('| where OperationNameValue contains "/delete"');
    expect(query).toContain('summarize count() by Caller');
  });
});

describe('buildKqlQuery: a hex code on a number column', () => {
  it('compares it as the number it writes', () => {
    const { query } = kql({
      tables: ['SecurityEvent'],
      constraints: aConstraints({ filters: [aFilter('text', ['0x2'], { expression: 'logon type 0x2' })] }),
    });
    expect(query).toContain('| where LogonType == 2');
  });
});

describe('buildKqlQuery: a value on a dynamic column', () => {
  it('looks for it as a term in the bag', () => {
    const { query } = kql({
      tables: ['SigninLogs'],
      constraints: aConstraints({
        filters: [aFilter('text', ['Windows'], { field: 'DeviceDetail', expression: 'device detail Windows' })],
      }),
    });
    expect(query).toContain('| where tostring(DeviceDetail) has "Windows"');
  });
});

describe('buildKqlQuery with the optional measures (analysed by Kusto.Language)', () => {
  it('should summarise first and last seen as the min and max of the time column', () => {
    const { query } = kql({
      tables: ['DeviceNetworkEvents'],
      ...lastSeconds(30 * DAY, 'last 30 days'),
      constraints: {
        ...aConstraints({ filters: [aFilter('ip', ['192.0.2.9'])], measure: { kind: 'min', of: 'time', field: null } }),
        extra_measures: [{ kind: 'max', of: 'time', field: null }],
      },
    });
    expect(query).toContain('| summarize FirstSeen=min(TimeGenerated), LastSeen=max(TimeGenerated)');
  });

  it('should hold a distinct count beside the count to a threshold of its own', () => {
    const { query } = kql({
      tables: ['SigninLogs'],
      ...lastSeconds(DAY, 'last 24 hours'),
      constraints: {
        ...aConstraints({
          measure: { kind: 'count', of: null, field: null },
          group_by: [{ kind: 'user', field: 'UserPrincipalName' }],
          having: { operator: 'gte', value: 40 },
        }),
        extra_measures: [
          { kind: 'distinct_count', of: 'ip', field: 'IPAddress', threshold: { operator: 'gt', value: 6 } },
        ],
      },
    });
    expect(query).toContain('| summarize count(), dcount(IPAddress) by UserPrincipalName');
    expect(query).toContain('| where count_ >= 40\n| where dcount_IPAddress > 6');
  });

  it('should write a percentile and a median with percentile()', () => {
    const { query } = kql({
      tables: ['DeviceNetworkEvents'],
      constraints: {
        ...aConstraints({
          measure: { kind: 'percentile', of: 'port', field: 'RemotePort', percentile: 95 },
          group_by: [{ kind: 'host', field: null }],
        }),
        extra_measures: [{ kind: 'median', of: 'port', field: 'RemotePort' }],
      },
    });
    expect(query).toContain(
      '| summarize p95_RemotePort=percentile(RemotePort, 95), p50_RemotePort=percentile(RemotePort, 50) by DeviceName',
    );
  });

  it('should project the columns a list asks to see first', () => {
    const { query } = kql({
      tables: ['DeviceProcessEvents'],
      constraints: {
        ...aConstraints({ filters: [aFilter('process', ['certutil.exe'])] }),
        show: [{ kind: 'command_line', field: null }],
      },
    });
    expect(query).toMatch(/\| project TimeGenerated, ProcessCommandLine/);
  });
});

describe('buildKqlQuery: an outcome word beside event ids', () => {
  it('should let the event ids say what happened, not a word on the Status code column', () => {
    const { query, notes } = kql({
      tables: ['SecurityEvent'],
      constraints: aConstraints({
        filters: [aFilter('status', ['disabled']), aFilter('event_id', ['4725'])],
      }),
    });
    expect(query).toContain('EventID == 4725');
    expect(query).not.toContain('Status');
    expect(notes.join(' ')).toMatch(/event ids say what "/);
  });
});

describe('buildKqlQuery: event ids from knowledge', () => {
  const runbook = {
    id: 'badge-reader-lockouts',
    title: 'Badge reader lockouts',
    text: 'Check event 4740 first, then the 4625 failures before it.',
    score: 9,
    domain: 'sop',
  };
  const withKnowledge = (fixture: AnalysisFixture) => ({
    ...anInput(fixture),
    useKnowledge: true,
    knowledge: [runbook],
  });

  it('stand in when the question says nothing of what it wants', () => {
    const { query } = buildKqlQuery(
      withKnowledge({
        tables: ['SecurityEvent'],
        question: 'what happened on the kiosks',
        constraints: aConstraints(),
      }),
      KQL_SCHEMA,
    );
    expect(query).toContain('| where EventID in (4740, 4625)');
  });

  it('do not narrow a question that filters on something of its own (a host)', () => {
    const { query } = buildKqlQuery(
      withKnowledge({
        tables: ['SecurityEvent'],
        question: 'what happened on KIOSK-07',
        constraints: aConstraints({ filters: [aFilter('host', ['KIOSK-07'])] }),
      }),
      KQL_SCHEMA,
    );
    expect(query).toContain('KIOSK-07');
    expect(query).not.toContain('4740');
  });
});

describe('buildKqlQuery: what to see of each group', () => {
  it('lists each group’s values of the columns the question asks to see', () => {
    const { query } = kql({
      tables: ['DeviceProcessEvents'],
      question: 'kiosk binaries launched today, show the command line per device',
      constraints: aConstraints({
        group_by: [{ kind: 'host', field: 'DeviceName' }],
        show: [{ kind: 'command_line', field: 'ProcessCommandLine' }],
      }),
    });
    expect(query).toMatch(/summarize count\(\), ProcessCommandLine=make_set\(ProcessCommandLine, 100\) by DeviceName/);
  });
});

describe('buildKqlQuery: an average of rows per time bucket', () => {
  it('divides the rows of each group by the buckets of a window of whole buckets', () => {
    const { query } = kql({
      tables: ['SecurityEvent'],
      question: 'average number of failed logons per day for each server over the last 14 days',
      ...lastSeconds(14 * DAY, 'last 14 days'),
      constraints: aConstraints({
        filters: [aFilter('event_id', ['4625'])],
        measure: { kind: 'avg', of: 'number', field: null },
        group_by: [{ kind: 'host', field: 'Computer' }],
        time_bucket: { unit: 'day', size: 1, seconds: DAY },
      }),
    });
    expect(query).toContain('| summarize Total=count() by Computer\n| extend AvgPerDay=round(Total / 14.0, 2)');
    expect(query).toMatch(/\| order by AvgPerDay desc$/);
  });

  it('averages the counts of the buckets when the window is no whole number of them, and holds a threshold to it', () => {
    const { query } = kql({
      tables: ['SigninLogs'],
      question: 'users averaging more than 20 sign-ins per day',
      constraints: aConstraints({
        measure: { kind: 'avg', of: 'sign-ins', field: null },
        group_by: [{ kind: 'user', field: 'UserPrincipalName' }],
        time_bucket: { unit: 'day', size: 1, seconds: DAY },
        having: { operator: 'gt', value: 20 },
      }),
    });
    expect(query).toContain('| summarize Count=count() by bin(TimeGenerated, 1d), UserPrincipalName');
    expect(query).toContain('| summarize AvgPerDay=round(avg(Count), 2) by UserPrincipalName');
    expect(query).toContain('| where AvgPerDay > 20');
  });
});

describe('buildKqlQuery: a rate', () => {
  it('counts the rows the status filter matches as a percentage of all rows, per group', () => {
    const { query } = kql({
      tables: ['SigninLogs'],
      question: 'what share of kiosk sign-ins failed, per app',
      constraints: aConstraints({
        filters: [aFilter('status', ['failed'])],
        group_by: [{ kind: 'app', field: 'AppDisplayName' }],
        share: { expression: 'share of' },
      }),
    });
    expect(query).toContain('| summarize Total=count(), Matching=countif(ResultType != "0") by AppDisplayName');
    expect(query).toContain('| extend Percent=round(100.0 * Matching / Total, 2)');
    expect(query).not.toMatch(/\| where ResultType/);
  });

  it('holds the share itself to a threshold said in percent, the count of all rows otherwise', () => {
    const constraints = (percent: boolean) =>
      aConstraints({
        filters: [aFilter('status', ['failed'])],
        group_by: [{ kind: 'app', field: 'AppDisplayName' }],
        having: { operator: 'gt', value: 20, ...(percent ? { percent: true } : {}) },
        share: { expression: 'failure rate' },
      });
    const held = kql({
      tables: ['SigninLogs'],
      question: 'failure rate per app over 20%',
      constraints: constraints(true),
    });
    expect(held.query).toContain('| where Percent > 20');
    const rows = kql({
      tables: ['SigninLogs'],
      question: 'failure rate per app, apps with over 20 sign-ins',
      constraints: constraints(false),
    });
    expect(rows.query).toContain('| where Total > 20');
  });

  it('counts all rows and the part per time bucket asked, oldest first', () => {
    const { query } = kql({
      tables: ['SigninLogs'],
      question: 'how many sign-ins in each hour today, and how many of those failed?',
      constraints: aConstraints({
        filters: [aFilter('status', ['failed'])],
        time_bucket: { unit: 'hour', size: 1, seconds: 3600 },
        share: { expression: 'how many of those failed' },
      }),
    });
    expect(query).toContain('Matching=countif(ResultType != "0") by bin(TimeGenerated, 1h)');
    expect(query).toContain('| order by TimeGenerated asc');
  });

  it('holds a count threshold beside a rate to all the rows of each group, not to the part', () => {
    const { query } = kql({
      tables: ['AzureActivity'],
      question: '% failed operations per caller, only callers with more than 20 operations',
      constraints: aConstraints({
        filters: [aFilter('status', ['failed'])],
        measure: { kind: 'count', of: null, field: null },
        group_by: [{ kind: 'caller', field: 'Caller' }],
        having: { operator: 'gt', value: 20 },
        share: { expression: '% failed' },
      }),
    });
    expect(query).toContain('Matching=countif(ActivityStatusValue == "Failure") by Caller');
    expect(query).toContain('| where Total > 20');
    expect(query).not.toMatch(/where count_/);
  });

  it("counts the rows of the filter the share's words name when no status filter says the part", () => {
    const { query } = kql({
      tables: ['SigninLogs'],
      question: 'what proportion of kiosk sign-ins were multi-factor, per country',
      constraints: aConstraints({
        filters: [
          {
            kind: 'text',
            operator: 'eq',
            values: ['multiFactorAuthentication'],
            field: 'AuthenticationRequirement',
            currency: null,
            expression: 'multi-factor',
          },
        ],
        group_by: [{ kind: 'country', field: 'Location' }],
        share: { expression: 'were multi-factor' },
      }),
    });
    expect(query).toContain('Matching=countif(AuthenticationRequirement == "multiFactorAuthentication") by Location');
    expect(query).not.toMatch(/\| where AuthenticationRequirement/);
  });
});

describe('buildKqlQuery: accounts, resource groups and thresholds on a measure the table cannot sum', () => {
  it("should filter the user of account events on the account they happened to, whatever table the analysis's field came from", () => {
    const { query } = kql({
      tables: ['SecurityEvent'],
      constraints: aConstraints({
        filters: [
          aFilter('event_id', ['4740']),
          aFilter('user', ['ops.kiosk'], { field: 'DeviceProcessEvents.AccountName' }),
        ],
      }),
    });
    expect(query).toContain('| where TargetUserName =~ "ops.kiosk"');
    expect(query).not.toMatch(/\bAccount =~/);
  });

  it('should keep a process account on the subject when the events are process creations', () => {
    const { query } = kql({
      tables: ['SecurityEvent'],
      constraints: aConstraints({
        filters: [
          aFilter('event_id', ['4688']),
          aFilter('user', ['ops.kiosk'], { field: 'DeviceProcessEvents.AccountName' }),
        ],
      }),
    });
    expect(query).not.toContain('TargetUserName =~');
  });

  it('should split DOMAIN\\name over the bare-name column and the domain column beside it', () => {
    const { query } = kql({
      tables: ['SecurityEvent'],
      constraints: aConstraints({ filters: [aFilter('event_id', ['4625']), aFilter('user', ['LAB\\kiosk_svc'])] }),
    });
    expect(query).toContain('| where (TargetUserName =~ "kiosk_svc" and TargetDomainName =~ "LAB")');
  });

  it('should look for a user principal name by its logon name too on the bare-name column of Windows events', () => {
    const { query } = kql({
      tables: ['SecurityEvent'],
      constraints: aConstraints({
        filters: [aFilter('event_id', ['4725']), aFilter('user', ['p.quill@harbour.example'])],
      }),
    });
    expect(query).toContain('| where TargetUserName in~ ("p.quill", "p.quill@harbour.example")');
  });

  it('should keep a user principal name whole on a column of principal names', () => {
    const { query } = kql({
      tables: ['SigninLogs'],
      constraints: aConstraints({ filters: [aFilter('user', ['p.quill@harbour.example'])] }),
    });
    expect(query).toContain('UserPrincipalName =~ "p.quill@harbour.example"');
    expect(query).not.toContain('"p.quill",');
  });

  it('should compare a resource group without regard to case', () => {
    const { query } = kql({
      tables: ['AzureActivity'],
      constraints: aConstraints({
        filters: [aFilter('text', ['rg-kiosk-lab'], { field: 'AzureActivity.ResourceGroup' })],
      }),
    });
    expect(query).toContain('| where ResourceGroup =~ "rg-kiosk-lab"');
  });

  it('should not hold a size threshold against the count a table without the summed column falls back to', () => {
    const { query, notes } = kql({
      tables: ['DeviceNetworkEvents'],
      constraints: aConstraints({
        measure: { kind: 'sum', of: 'bytes sent', field: null },
        group_by: [{ kind: 'dest_ip', field: null }],
        having: { operator: 'gt', value: 1024 ** 3 },
      }),
    });
    expect(query).toContain('| summarize count() by RemoteIP');
    expect(query).not.toMatch(/where count_ >/);
    expect(notes.join(' ')).toContain('the threshold on "bytes sent" is not applied');
  });

  it('should read, of two tables that hold the filters alike, the one that can group by the key asked for', () => {
    const { query } = kql({
      tables: ['AzureActivity', 'SigninLogs'],
      constraints: aConstraints({
        filters: [aFilter('ip', ['198.51.100.23'])],
        group_by: [{ kind: 'country', field: null }],
      }),
    });
    expect(query.split('\n')[0]).toBe('SigninLogs');
    expect(query).toContain('by Location');
  });

  it('should show a column named only to filter on beside the usual columns, and a column asked for instead of them', () => {
    const filtered = kql({
      tables: ['SigninLogs'],
      fields: ['ConditionalAccessStatus'],
      constraints: aConstraints({
        filters: [aFilter('text', ['notApplied'], { field: 'SigninLogs.ConditionalAccessStatus' })],
      }),
    });
    expect(filtered.query).toMatch(/\| project TimeGenerated, UserPrincipalName, .*, ConditionalAccessStatus$/m);
    const asked = kql({ tables: ['SigninLogs'], fields: ['ClientAppUsed'], constraints: aConstraints({}) });
    expect(asked.query).toContain('| project TimeGenerated, ClientAppUsed');
  });
});

describe('buildKqlQuery: a directory activity written out in quotes', () => {
  it('filters the operation on the quoted activity and searches no column for it again', () => {
    const { query } = kql({
      tables: ['AuditLogs'],
      question: "directory audit: who ran 'Restore user' since monday?",
      constraints: aConstraints({ filters: [aFilter('text', ['Restore user'])] }),
    });
    expect(query).toContain('| where OperationName contains "Restore user"');
    expect(query).not.toContain('* has');
  });
});

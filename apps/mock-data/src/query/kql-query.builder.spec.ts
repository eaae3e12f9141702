import { buildKqlQuery } from './kql-query.builder';
import { aQueryInput } from './query-input';
import { FIXED_DAY, KQL_SCHEMA, LAST_24_HOURS } from './testing/bundled-schemas';

describe('buildKqlQuery', () => {
  it('should filter on TimeGenerated with ago() from the duration', () => {
    const { query } = buildKqlQuery(aQueryInput({ tables: ['SigninLogs'], time: LAST_24_HOURS }), KQL_SCHEMA);
    expect(query.split('\n').slice(0, 2)).toEqual(['SigninLogs', '| where TimeGenerated > ago(24h)']);
  });

  it('should bound the window on one side when the question puts a date before or after it', () => {
    const day = { ...FIXED_DAY, description: '1 May' };
    const before = buildKqlQuery(
      aQueryInput({ tables: ['SigninLogs'], time: day, naturalLanguage: 'sign-ins before 1 May' }),
      KQL_SCHEMA,
    ).query;
    expect(before).toContain('| where TimeGenerated < datetime(2024-05-01T00:00:00.000Z)');
    const after = buildKqlQuery(
      aQueryInput({ tables: ['SigninLogs'], time: day, naturalLanguage: 'sign-ins after 1 May' }),
      KQL_SCHEMA,
    ).query;
    expect(after).toContain('| where TimeGenerated >= datetime(2024-05-02T00:00:00.000Z)');
  });

  it('should keep rows to the hours and weekdays the question names, beside the window', () => {
    const { query } = buildKqlQuery(
      aQueryInput({
        tables: ['SigninLogs'],
        time: LAST_24_HOURS,
        naturalLanguage: 'sign-ins outside business hours in the last 24 hours',
      }),
      KQL_SCHEMA,
    );
    expect(query.split('\n').slice(1, 3)).toEqual([
      '| where TimeGenerated > ago(24h)',
      '| where not(dayofweek(TimeGenerated) between (1d .. 5d) and hourofday(TimeGenerated) between (9 .. 16))',
    ]);
  });

  it('should write an absolute window with between() when the range is fixed dates', () => {
    const { query } = buildKqlQuery(aQueryInput({ tables: ['AuditLogs'], time: FIXED_DAY }), KQL_SCHEMA);
    expect(query).toContain(
      '| where TimeGenerated between (datetime(2024-05-01T00:00:00.000Z) .. datetime(2024-05-02T00:00:00.000Z))',
    );
  });

  it('should summarize count() by a sensible field for failed sign-ins', () => {
    const { query } = buildKqlQuery(
      aQueryInput({
        tables: ['SigninLogs'],
        time: LAST_24_HOURS,
        isAggregation: true,
        naturalLanguage: 'How many failed sign-ins per user in the last 24 hours?',
      }),
      KQL_SCHEMA,
    );
    expect(query).toBe(
      [
        'SigninLogs',
        '| where TimeGenerated > ago(24h)',
        '| where ResultType != "0"',
        '| summarize count() by UserPrincipalName',
        '| order by count_ desc',
      ].join('\n'),
    );
  });

  it('should group by the column the question names', () => {
    const { query } = buildKqlQuery(
      aQueryInput({ tables: ['SigninLogs'], isAggregation: true, naturalLanguage: 'sign-ins by IP address' }),
      KQL_SCHEMA,
    );
    expect(query).toContain('| summarize count() by IPAddress');
  });

  it('should bin TimeGenerated for a time series', () => {
    const { query } = buildKqlQuery(
      aQueryInput({ tables: ['SecurityEvent'], time: LAST_24_HOURS, isTimeSeries: true }),
      KQL_SCHEMA,
    );
    expect(query).toContain('| summarize count() by bin(TimeGenerated, 1h)');
  });

  it('should filter on the event ids the question names', () => {
    const { query } = buildKqlQuery(
      aQueryInput({ tables: ['SecurityEvent'], naturalLanguage: 'lockouts (4740) today' }),
      KQL_SCHEMA,
    );
    expect(query).toContain('| where EventID == 4740');
  });

  it('should take event ids from the best knowledge passage and say so', () => {
    const result = buildKqlQuery(
      aQueryInput({
        tables: ['SecurityEvent'],
        naturalLanguage: 'who keeps getting locked out',
        useKnowledge: true,
        knowledge: [
          {
            id: 'account-lockout-response',
            title: 'Account lockouts',
            text: 'Read event 4740, then 4625 failures.',
            score: 9,
            domain: 'sop',
          },
        ],
      }),
      KQL_SCHEMA,
    );
    expect(result.query).toContain('| where EventID in (4740, 4625)');
    expect(result.notes.join('\n')).toContain('sop/account-lockout-response');
  });

  it('should join two tables on a shared column when the analysis asks for joins', () => {
    const result = buildKqlQuery(
      aQueryInput({ tables: ['DeviceProcessEvents', 'DeviceNetworkEvents'], time: LAST_24_HOURS, hasJoins: true }),
      KQL_SCHEMA,
    );
    expect(result.query).toContain(
      '| join kind=inner (DeviceNetworkEvents | where TimeGenerated > ago(24h)) on DeviceId',
    );
    expect(result.tables).toEqual(['DeviceProcessEvents', 'DeviceNetworkEvents']);
  });

  it('should union tables when no join is asked for', () => {
    const { query } = buildKqlQuery(
      aQueryInput({ tables: ['SigninLogs', 'AuditLogs'], isAggregation: true }),
      KQL_SCHEMA,
    );
    expect(query).toContain('union withsource=SourceTable SigninLogs, AuditLogs');
    expect(query).toContain('| summarize count() by SourceTable');
  });

  it('should use an unknown table as written and say so in the notes', () => {
    const result = buildKqlQuery(aQueryInput({ tables: ['FooLogs'], time: LAST_24_HOURS }), KQL_SCHEMA);
    expect(result.query.startsWith('FooLogs\n| where TimeGenerated > ago(24h)')).toBe(true);
    expect(result.notes).toContain('table FooLogs is not in the kql schema; the query uses it as written');
  });

  it('should quote a table name that is not an identifier', () => {
    expect(buildKqlQuery(aQueryInput({ tables: ["my table's"] }), KQL_SCHEMA).query.split('\n')[0]).toBe(
      "['my table\\'s']",
    );
  });

  it('should pick a table by word overlap when the analysis names none', () => {
    const result = buildKqlQuery(
      aQueryInput({ naturalLanguage: 'processes started on devices with encoded command lines' }),
      KQL_SCHEMA,
    );
    expect(result.tables).toEqual(['DeviceProcessEvents']);
    expect(result.notes.join('\n')).toMatch(/names no table; picked DeviceProcessEvents/);
  });

  it('should canonicalise the case of a known table', () => {
    expect(buildKqlQuery(aQueryInput({ tables: ['signinlogs'] }), KQL_SCHEMA).tables).toEqual(['SigninLogs']);
  });

  it('should note a missing time range', () => {
    expect(buildKqlQuery(aQueryInput({ tables: ['SigninLogs'] }), KQL_SCHEMA).notes.join('\n')).toContain(
      'no time range was given',
    );
  });
});

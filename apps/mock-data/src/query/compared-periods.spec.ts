import { buildKqlQuery } from './kql-query.builder';
import { buildSplQuery } from './spl-query.builder';
import { aConstraints, aFilter, anInput, DAY, lastSeconds, type AnalysisFixture } from './testing/analysis-fixtures';
import { KQL_SCHEMA, SPL_SCHEMA } from './testing/bundled-schemas';
import { kustoChecker } from './testing/kusto-checker';
import { seededPostgres } from './testing/seeded-postgres';
import { checkSpl } from './testing/spl-checker';
import type { SeedRows } from './testing/sql-seed';

/** Two periods compared: the window covers both, and each row's period is a key of its own. */
const WEEKS = {
  expression: 'this week compared with last week',
  split_at: '2024-05-06T00:00:00Z',
  seconds: 604_800,
  calendar: 'week',
  offset: 0,
};
const WEEKS_WINDOW = {
  timeRange: 'this calendar week and the one before',
  window: { start: '2024-04-29T00:00:00Z', end: '2024-05-08T12:00:00Z', duration_seconds: 820_800 },
};
const SEVEN_DAYS = {
  expression: 'last 7 days vs the 7 days before',
  split_at: '2024-05-01T12:00:00Z',
  seconds: 604_800,
};

let analyse: ReturnType<typeof kustoChecker>;
beforeAll(() => {
  analyse = kustoChecker(KQL_SCHEMA);
}, 120_000);

function kql(fixture: AnalysisFixture): string {
  const { query } = buildKqlQuery(anInput(fixture), KQL_SCHEMA);
  expect({ query, errors: analyse(query) }).toEqual({ query, errors: [] });
  return query;
}

function spl(fixture: AnalysisFixture): string {
  const { query } = buildSplQuery(anInput(fixture), SPL_SCHEMA);
  expect({ query, problems: checkSpl(query, SPL_SCHEMA) }).toEqual({ query, problems: [] });
  return query;
}

describe('two compared periods in KQL', () => {
  it('should cover both calendar weeks and count each per account and per week', () => {
    const query = kql({
      tables: ['SigninLogs'],
      ...WEEKS_WINDOW,
      constraints: aConstraints({
        filters: [aFilter('user', ['a@contoso.com', 'b@contoso.com'])],
        measure: { kind: 'count', of: null, field: null },
        group_by: [{ kind: 'user', field: 'UserPrincipalName' }],
        period_comparison: WEEKS,
      }),
    });
    expect(query).toContain('| where TimeGenerated >= startofweek(now(), -1)');
    expect(query).toContain(
      '| summarize count() by UserPrincipalName, Period = iff(TimeGenerated >= startofweek(now()), "this week", "last week")',
    );
  });

  it('should cover twice a span back from now and split it where the later span starts, with no measure said', () => {
    const query = kql({
      tables: ['OfficeActivity'],
      ...lastSeconds(14 * DAY, 'last 14 days'),
      constraints: aConstraints({ period_comparison: SEVEN_DAYS }),
    });
    expect(query).toContain('| where TimeGenerated > ago(14d)');
    expect(query).toContain(
      '| summarize count() by Period = iff(TimeGenerated >= ago(7d), "last 7 days", "previous 7 days")',
    );
  });

  it('should end the window where this period starts when the later one is the last', () => {
    const query = kql({
      tables: ['SigninLogs'],
      ...WEEKS_WINDOW,
      constraints: aConstraints({ period_comparison: { ...WEEKS, calendar: 'day', offset: -1 } }),
    });
    expect(query).toContain('TimeGenerated >= startofday(now(), -2) and TimeGenerated < startofday(now())');
    expect(query).toContain('"yesterday", "day before yesterday"');
  });
});

describe('two compared periods in SPL', () => {
  it('should search both spans and name each event its period before counting per host', () => {
    const query = spl({
      tables: ['wineventlog'],
      ...lastSeconds(14 * DAY, 'last 14 days'),
      constraints: aConstraints({
        filters: [aFilter('event_id', ['4740'])],
        group_by: [{ kind: 'host', field: 'host' }],
        period_comparison: SEVEN_DAYS,
      }),
    });
    expect(query).toContain('earliest=-14d');
    expect(query).toContain('| eval period=if(_time>=relative_time(now(), "-7d"), "last 7 days", "previous 7 days")');
    expect(query).toContain('| stats count by host period');
  });

  it('should snap calendar periods and add a data model’s counts up per period', () => {
    const query = spl({
      tables: ['Network_Traffic'],
      ...WEEKS_WINDOW,
      constraints: aConstraints({
        filters: [aFilter('action', ['blocked'])],
        group_by: [{ kind: 'ip', field: 'src_ip' }],
        period_comparison: WEEKS,
      }),
    });
    expect(query).toContain('earliest=-1w@w1');
    expect(query).toContain('_time span=1d');
    expect(query).toContain('| stats sum(count) as count by src_ip period');
  });
});

describe('two compared periods in SQL, answered on PGlite', () => {
  const NOW = new Date();
  const postgres = seededPostgres(NOW);
  let rows: SeedRows;
  beforeAll(() => {
    rows = postgres.rows();
  });

  it('should count the orders of the last 30 days and of the 30 before, apart', async () => {
    const result = await postgres.run({
      tables: ['orders'],
      timeRange: 'last 60 days',
      window: {
        start: new Date(NOW.getTime() - 60 * DAY * 1000).toISOString(),
        end: NOW.toISOString(),
        duration_seconds: 60 * DAY,
      },
      constraints: aConstraints({
        measure: { kind: 'count', of: null, field: null },
        period_comparison: {
          expression: 'last 30 days against the previous 30 days',
          split_at: new Date(NOW.getTime() - 30 * DAY * 1000).toISOString(),
          seconds: 30 * DAY,
        },
      }),
    });
    const age = (o: { created_at: Date }) => (NOW.getTime() - o.created_at.getTime()) / (DAY * 1000);
    const expected = new Map([
      ['last 30 days', rows.orders.filter((o) => age(o) <= 30).length],
      ['previous 30 days', rows.orders.filter((o) => age(o) > 30 && age(o) <= 60).length],
    ]);
    expect(result.query).toContain("o.created_at >= NOW() - INTERVAL '60 days'");
    expect(result.query).toContain(
      "CASE WHEN o.created_at >= NOW() - INTERVAL '30 days' THEN 'last 30 days' ELSE 'previous 30 days' END AS period",
    );
    const counted = new Map(result.rows.map((r) => [String(r['period']), Number(r['count'])]));
    for (const [period, count] of expected) expect(counted.get(period) ?? 0).toBe(count);
  });
});

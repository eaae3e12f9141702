import type { JourneyCase } from './journey-cases';
import {
  QUARTER_START,
  kqlLast,
  TODAY_KQL,
  THIS_WEEK_KQL,
  COUNT_KQL,
  splLast,
  TODAY_SPL,
  YESTERDAY_END_SPL,
  sqlDayOf,
  topSql,
  kqlShows,
  splShows,
  kqlAbove,
  splAbove,
  NOT_CUSTOMER_DATE_SQL,
} from './journey-patterns';
import {
  DAY_MS,
  LAST_MONTH_START,
  MONDAY,
  MONTH_START,
  SUNDAY,
  TODAY,
  YEAR,
  YEAR_START,
  YESTERDAY,
  iso,
  kqlDate,
  splDate,
  sqlLiteral,
} from './journey-dates';

/**
 * The "blind41" journey-quality set, written blind on 2026-11-28 (01:40–02:35 UTC). I did not read the
 * query builders (apps/mock-data/src/query/**), the constraint extractor or routing code (libs/planner-core),
 * planner-llm, the planner app, the git history of any of them, any failure list, or another blind author's
 * work in progress, and I did not run the planner on any question: by the lead's instruction the first run is
 * the lead's. I read: issue 11, the `JourneyCase` / `QueryCheck` types in journey-cases.ts, journey-dates.ts,
 * journey-checkers.ts, journey-runner.ts, run-journeys.ts (to register the set), the mesh's schemas
 * (kql/spl/sql.json), blind40's file as the format example (its window and shape helpers are reused here; its
 * questions, values and personas are not), and only the question lines of the other sets.
 * Aim: resemble the held-back set of issue 11, with shapes the earlier sets asked less often: per-entity
 * counts ("how often each"), counts of entities meeting a condition ("how many customers spent more than…"),
 * two measures in one answer, top N by money with a grouping, relative dates ("since last Friday", "the week
 * before last"), negations and inactivity conditions.
 * Personas (none used by an earlier set):
 * - the IT security lead of a New Zealand law firm (htlegal.co.nz): Entra sign-ins, NetDocuments, Office
 *   activity, Defender, Splunk's azure and o365 indexes (aroha.ngata@, tama.rewiti@, m.whaanga@, error
 *   50055, MoveToDeletedItems, robocopy.exe, 7z.exe -p, port 51820, laptops HTL-PL-*);
 * - a Windows sysadmin at a borough council (Kettleby, hosts KBC-*): Windows security events in Sentinel and
 *   Splunk, sysmon, firewall, the Authentication data model (4741/4743, 4624 for svc_ accounts, 4625 on
 *   KBC-SQL01, 1100, certreq.exe / finger.exe, 10.142.0.0/16 to 5432, temp.contractor on KBC-FS03);
 * - the owner of a Czech craft brewery's web shop (Pivovar Kamenec) who writes non-native English: orders,
 *   customers, products, order lines and invoices in CZK (horeca segment, Stout category, 20 000 CZK);
 * - a devops engineer at a game studio (ninefold.gg), casual and with typos: CloudTrail in Splunk, Azure
 *   activity, web logs, Entra sign-ins from a CIDR, the app's users table (UpdateAssumeRolePolicy,
 *   ModifySnapshotAttribute outside eu-north-1, 504s on /api/matchmaking, /leaderboard, 100.64.12.0/22,
 *   185.107.47.171, svc-deployer@ninefold.gg, Microsoft.Storage).
 * No question names a query language; some name a product (Entra, Defender, Sentinel, Splunk, sysmon,
 * CloudTrail, azure, o365), most name the data.
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform, 2 clarification cases (38).
 * Shapes: counts per entity, distinct counts, count and distinct count together, sums, sum and paid part
 * together, count and sum per day, count of customers meeting a HAVING, top 5 / top 10 by money or count with a
 * grouping, thresholds after aggregation (10+, more than 20), hourly and daily buckets, by X and Y, columns to
 * show, ordering, negations (not MFA, outside New Zealand, not Azure DevOps, except eu-north-1, without
 * cancelled and refunded orders).
 * Windows: last N minutes/hours/days (30m, 2h, 12h, 36h, 48h, 72h, 3d, 14d), today, yesterday (both ends),
 * since yesterday, since last Friday (the Friday just past or the one before it, both readings accepted), the
 * week before last (both ends, Monday- or Sunday-based weeks), this week, this month, last month (both ends),
 * this quarter, this year, since 1 September, October 2026 (both ends), and conditions that are not windows
 * ("no successful logon for 45 days or more", "didn't order in 8 weeks", "never logged in").
 * Calendar windows are computed from the run's clock (UTC).
 * Checks accept every spelling I could think of for the same condition (==, =~, in, has; ago(3d) or ago(72h);
 * raw SPL or the matching data model; SQL literals, date_trunc, intervals) and reject only queries that do not
 * answer the question.
 * Before committing I checked every case's checks against a query I wrote by hand for it (scratch script, not
 * committed, calling the real checkers from journey-checkers.ts: every `has` matched, no `not` did, and the
 * Kusto analyser, the SPL check and PostgreSQL reported no problem), and against deliberately wrong queries (a
 * window of 7 days for "since last Friday", last week for "the week before last", a yesterday with no end, the
 * inactivity turned into a window, one row per customer instead of a count of customers, the negation turned
 * round, a Windows event ID on sysmon, a filter on the customer's creation date), which they reject: 52 hand
 * queries (one per platform of each case, 11 more in other spellings) accepted, 14 wrong queries rejected.
 * Not run on the planner by me: the lead does the first run.
 * First run (the lead, 2026-11-28 01:50 UTC, on main c6dd03f plus this set): 12/38 passed (31.6 %); both
 * clarification cases answered `input_required`; platforms right on 35/38. This set was steered: the lead's
 * prompt named the shapes the planner was known to miss (per-entity counts, counts of entities over a HAVING,
 * relative weekdays, "the week before last"), so its first run is a stress figure, not an estimate of the
 * held-back set.
 * Second commit (lead's fairness review, same day): the two-platform logon case on KBC-FS03 accepts the
 * Authentication data model as well as the raw wineventlog index. It fails on other checks either way, so the
 * first-run figure stands at 12/38. Every other failure was read and is a query that does not answer the
 * question.
 */

/** `now()` and its SQL spellings. */
const sqlNow = '(now\\(\\)|CURRENT_DATE|current_timestamp|localtimestamp)';
/** The start of today in SQL: `CURRENT_DATE`, `date_trunc('day', now())`, `now()::date`. */
const sqlToday = `(${sqlNow}(\\s*::\\s*date)?|date_trunc\\(\\s*'day'\\s*,\\s*${sqlNow}\\s*\\))`;

/** A day `days` before today. */
const daysAgo = (days: number): Date => new Date(TODAY.getTime() - days * DAY_MS);
/** Days from the most recent Friday before today (a week on a Friday) back to today. */
const FRIDAY_GAP = (TODAY.getUTCDay() + 2) % 7 || 7;
/** "Last Friday": the Friday just past, or (the other reading) the one a week before it. */
const LAST_FRIDAY = daysAgo(FRIDAY_GAP);
const FRIDAY_BEFORE = daysAgo(FRIDAY_GAP + 7);
/** "The week before last": its first day for Monday- and Sunday-based weeks, and the next week's first day. */
const WBL_MONDAY = new Date(MONDAY.getTime() - 14 * DAY_MS);
const WBL_SUNDAY = new Date(SUNDAY.getTime() - 14 * DAY_MS);
const LW_MONDAY = new Date(MONDAY.getTime() - 7 * DAY_MS);
const LW_SUNDAY = new Date(SUNDAY.getTime() - 7 * DAY_MS);

// KQL windows
const THIS_MONTH_KQL = new RegExp(`startofmonth\\(\\s*now\\(\\)\\s*(,\\s*0\\s*)?\\)|${kqlDate(MONTH_START)}`);
/** The start of yesterday (KQL). */
const YESTERDAY_START_KQL = new RegExp(
  `startofday\\(\\s*(ago\\(\\s*(1d|24h)\\s*\\)|now\\(\\)\\s*-\\s*(1d|24h)|now\\(\\)\\s*,\\s*-1)\\s*\\)|startofday\\(\\s*now\\(\\)\\s*\\)\\s*-\\s*(1d|24h)|${kqlDate(YESTERDAY)}`,
);
/** The end of yesterday (KQL): a bound at the start of today, or yesterday's end. */
const YESTERDAY_END_KQL = new RegExp(
  `(<=?|\\.\\.)\\s*\\(?\\s*(startofday\\(\\s*now\\(\\)\\s*\\)(?!\\s*-)|endofday\\(\\s*(ago\\(\\s*(1d|24h)\\s*\\)|now\\(\\)\\s*-\\s*(1d|24h)|now\\(\\)\\s*,\\s*-1)\\s*\\)|${kqlDate(TODAY)}|datetime\\(\\s*["']?${iso(YESTERDAY)}[ T]23:59)`,
);
/** Since the start of last Friday (KQL), either reading. */
const SINCE_FRIDAY_KQL = new RegExp(
  `(TimeGenerated|Timestamp)\\s*(>=?|between\\s*\\()\\s*\\(?\\s*(${kqlDate(LAST_FRIDAY)}|${kqlDate(FRIDAY_BEFORE)}|startofday\\(\\s*ago\\(\\s*(${FRIDAY_GAP}|${FRIDAY_GAP + 7})d\\s*\\)\\s*\\)|startofday\\(\\s*now\\(\\)\\s*,\\s*-(${FRIDAY_GAP}|${FRIDAY_GAP + 7})\\s*\\)|startofweek\\(\\s*now\\(\\)\\s*\\)\\s*-\\s*2d)`,
);
/** The week before last (KQL), its start… */
const WBL_START_KQL = new RegExp(
  `startofweek\\(\\s*now\\(\\)\\s*,\\s*-2\\s*\\)|startofweek\\(\\s*(ago\\(\\s*(14d|2w|336h)\\s*\\)|now\\(\\)\\s*-\\s*(14d|2w|336h))\\s*\\)|startofweek\\(\\s*now\\(\\)\\s*\\)\\s*-\\s*(14d|2w|336h)|${kqlDate(WBL_MONDAY)}|${kqlDate(WBL_SUNDAY)}`,
);
/** …and its end. */
const WBL_END_KQL = new RegExp(
  `startofweek\\(\\s*now\\(\\)\\s*,\\s*-1\\s*\\)|startofweek\\(\\s*(ago\\(\\s*(7d|1w|168h)\\s*\\)|now\\(\\)\\s*-\\s*(7d|1w|168h))\\s*\\)|startofweek\\(\\s*now\\(\\)\\s*\\)\\s*-\\s*(7d|1w|168h)|endofweek\\(\\s*(now\\(\\)\\s*,\\s*-2|ago\\(\\s*(14d|2w|336h)\\s*\\))\\s*\\)|${kqlDate(LW_MONDAY)}|${kqlDate(LW_SUNDAY)}|${kqlDate(new Date(LW_MONDAY.getTime() - DAY_MS))}|${kqlDate(new Date(LW_SUNDAY.getTime() - DAY_MS))}`,
);

// SPL windows
const THIS_WEEK_SPL = new RegExp(`earliest\\s*=\\s*"?(@w[01]|-0w@w[01]|${splDate(SUNDAY)}|${splDate(MONDAY)})`);
const THIS_MONTH_SPL = new RegExp(`earliest\\s*=\\s*"?(@mon|-0mon@mon|${splDate(MONTH_START)})`);
const YESTERDAY_START_SPL = new RegExp(`earliest\\s*=\\s*"?(-1d@d|${splDate(YESTERDAY)})`);
/** Since the start of last Friday (SPL), either reading: `@w5`, `-1d@d`, a date. */
const SINCE_FRIDAY_SPL = new RegExp(
  `earliest\\s*=\\s*"?(-?\\d*w?@w5|-(${FRIDAY_GAP}|${FRIDAY_GAP + 7})d@d|${splDate(LAST_FRIDAY)}|${splDate(FRIDAY_BEFORE)})`,
);
/** The week before last (SPL), its start and its end. */
const WBL_START_SPL = new RegExp(
  `earliest\\s*=\\s*"?(-2w@w[01]?|-14d@w[01]?|${splDate(WBL_MONDAY)}|${splDate(WBL_SUNDAY)})`,
);
const WBL_END_SPL = new RegExp(`latest\\s*=\\s*"?(-1w@w[01]?|-7d@w[01]?|${splDate(LW_MONDAY)}|${splDate(LW_SUNDAY)})`);
/** An hourly bucket (SPL): `span=1h`, `bin _time span=1h`… */
const HOURLY_SPL = /span\s*=\s*"?(1h|60m|3600s?)\b/;

// SQL windows
/** Since the start of this <unit> on a column (SQL): date_trunc of now, or the literal first day. */
const sqlThis = (column: string, unit: string, ...starts: Date[]) =>
  new RegExp(
    `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*(date_trunc\\(\\s*'${unit}'\\s*,\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?\\)|${sqlLiteral}(${starts.map(iso).join('|')}))|date_trunc\\(\\s*'${unit}'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=\\s*date_trunc\\(\\s*'${unit}'\\s*,\\s*${sqlNow}`,
    'i',
  );
/** A per-day bucket on a timestamp column (SQL). */
const sqlPerDay = (column: string) =>
  new RegExp(`${sqlDayOf(column)}|to_char\\(\\s*(\\w+\\.)?${column}\\s*,\\s*'(YYYY-MM-DD|DD|Dy|Day)`, 'i');
/** `interval '1 day'`, `'1 day'::interval` or a bare day count, for any of the given day counts. */
const sqlDays = (...days: number[]) =>
  `(interval\\s*'(${days.join('|')}) days?'|'(${days.join('|')}) days?'\\s*::\\s*interval|(${days.join('|')})\\b)`;
/** Yesterday (SQL), its start… */
const sqlYesterdayStart = (column: string) =>
  new RegExp(
    [
      `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*${sqlToday}\\s*-\\s*(${sqlDays(1)}|interval\\s*'24 hours?')`,
      `${column}\\s*(>=|BETWEEN)\\s*${sqlLiteral}(${iso(YESTERDAY)}|yesterday)`,
      `${sqlDayOf(column)}\\s*=\\s*\\(?\\s*(${sqlToday}\\s*-\\s*${sqlDays(1)}|${sqlLiteral}(${iso(YESTERDAY)}|yesterday))`,
    ].join('|'),
    'i',
  );
/** …and its end. */
const sqlYesterdayEnd = (column: string) =>
  new RegExp(
    [
      `${column}\\s*<\\s*\\(?\\s*(${sqlToday}(?!\\s*-)|${sqlLiteral}(${iso(TODAY)}|today))`,
      `BETWEEN[^;]*AND\\s*\\(?\\s*(${sqlToday}(?!\\s*-)|${sqlLiteral}(${iso(TODAY)}|today))`,
      `${sqlDayOf(column)}\\s*=\\s*\\(?\\s*(${sqlToday}\\s*-\\s*${sqlDays(1)}|${sqlLiteral}(${iso(YESTERDAY)}|yesterday))`,
    ].join('|'),
    'i',
  );
/** Since the start of last Friday on a column (SQL), either reading. */
const sqlSinceFriday = (column: string) =>
  new RegExp(
    `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*(${sqlLiteral}(${iso(LAST_FRIDAY)}|${iso(FRIDAY_BEFORE)})|${sqlToday}\\s*-\\s*${sqlDays(FRIDAY_GAP, FRIDAY_GAP + 7)}|date_trunc\\(\\s*'week'\\s*,\\s*${sqlNow}\\s*\\)\\s*-\\s*${sqlDays(3)})`,
    'i',
  );
/** The first day of the week `weeks` back (SQL): `date_trunc('week', now()) - interval '14 days'` and its kin. */
const sqlWeeksBack = (weeks: number) => {
  const span = `(interval\\s*'(${weeks * 7} days?|${weeks} weeks?)'|'(${weeks * 7} days?|${weeks} weeks?)'\\s*::\\s*interval|${weeks * 7}\\b)`;
  return `(date_trunc\\(\\s*'week'\\s*,\\s*${sqlNow}\\s*\\)\\s*-\\s*${span}|date_trunc\\(\\s*'week'\\s*,\\s*${sqlNow}\\s*-\\s*${span}\\s*\\))`;
};
/** The week before last on a column (SQL), its start… */
const sqlWblStart = (column: string) =>
  new RegExp(
    [
      `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*(${sqlWeeksBack(2)}|${sqlLiteral}(${iso(WBL_MONDAY)}|${iso(WBL_SUNDAY)}))`,
      `date_trunc\\(\\s*'week'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=\\s*\\(?\\s*(${sqlWeeksBack(2)}|${sqlLiteral}${iso(WBL_MONDAY)})`,
    ].join('|'),
    'i',
  );
/** …and its end. */
const sqlWblEnd = (column: string) =>
  new RegExp(
    [
      `${column}\\s*<\\s*\\(?\\s*(${sqlWeeksBack(1)}|${sqlLiteral}(${iso(LW_MONDAY)}|${iso(LW_SUNDAY)}))`,
      `${column}\\s*<=\\s*${sqlLiteral}(${iso(new Date(LW_MONDAY.getTime() - DAY_MS))}|${iso(new Date(LW_SUNDAY.getTime() - DAY_MS))})`,
      `BETWEEN[^;]*AND\\s*\\(?\\s*(${sqlWeeksBack(1)}|${sqlLiteral}(${iso(LW_MONDAY)}|${iso(LW_SUNDAY)}|${iso(new Date(LW_MONDAY.getTime() - DAY_MS))}|${iso(new Date(LW_SUNDAY.getTime() - DAY_MS))}))`,
      `date_trunc\\(\\s*'week'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=\\s*\\(?\\s*(${sqlWeeksBack(2)}|${sqlLiteral}${iso(WBL_MONDAY)})`,
    ].join('|'),
    'i',
  );
/** Last calendar month on a column (SQL), its start… */
const sqlLastMonthStart = (column: string) =>
  new RegExp(
    [
      `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*date_trunc\\(\\s*'month'\\s*,\\s*(${sqlNow}\\s*-\\s*(interval\\s*'1 mons?(th)?'|'1 mons?(th)?'\\s*::\\s*interval)\\s*\\)|${sqlNow}\\s*\\)\\s*-\\s*(interval\\s*'1 mons?(th)?'|'1 mons?(th)?'\\s*::\\s*interval))`,
      `${column}\\s*(>=|BETWEEN)\\s*${sqlLiteral}${iso(LAST_MONTH_START)}`,
      `date_trunc\\(\\s*'month'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=\\s*(date_trunc\\(\\s*'month'\\s*,\\s*${sqlNow}\\s*\\)\\s*-|date_trunc\\(\\s*'month'\\s*,\\s*${sqlNow}\\s*-|${sqlLiteral}${iso(LAST_MONTH_START)})`,
    ].join('|'),
    'i',
  );
/** …and its end. */
const sqlLastMonthEnd = (column: string) =>
  new RegExp(
    [
      `${column}\\s*<\\s*\\(?\\s*(date_trunc\\(\\s*'month'\\s*,\\s*${sqlNow}\\s*\\)|${sqlLiteral}${iso(MONTH_START)})`,
      `BETWEEN[^;]*AND\\s*\\(?\\s*(date_trunc\\(\\s*'month'\\s*,\\s*${sqlNow}\\s*\\)|${sqlLiteral}${iso(MONTH_START)}|${sqlLiteral}${iso(new Date(MONTH_START.getTime() - DAY_MS))})`,
      `date_trunc\\(\\s*'month'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=`,
    ].join('|'),
    'i',
  );

/** `EventID == 4741` or 4741 anywhere in an `in (…)` list (KQL). */
const kqlEvent = (id: number) => new RegExp(`EventID\\s*(==\\s*|in\\s*\\([^)]*?\\b)${id}\\b`);
/** `EventCode=1100` or 1100 anywhere in an `IN (…)` list (SPL). */
const splEvent = (id: number) => new RegExp(`EventCode\\s*(=\\s*"?|IN\\s*\\([^)]*?\\b)${id}\\b`, 'i');
/** Windows Security event IDs, which must never be applied to sysmon (SPL). */
const WINDOWS_SECURITY_IDS_SPL = /EventCode\s*=\s*"?(1100|4624|4625|4688|4698|4720|4740|4741|4743|4771|7045)\b/;
/** `top 10 by`, `take 10`, `limit 10` (KQL). */
const topKql = (n: number) => new RegExp(`top\\s+${n}\\s+by|take\\s+${n}\\b|limit\\s+${n}\\b`);
/** A failed Entra sign-in: a non-zero ResultType, however spelled (KQL). */
const FAILED_SIGNIN_KQL =
  /ResultType\s*\)?\s*(!=|!~|<>)\s*["']?0\b|ResultType\s*!in~?\s*\(\s*["']?0\b|ResultType\s*(in~?\s*\(|==|=~)\s*["']?[1-9]/;
/** A successful Entra sign-in (KQL). */
const SUCCESS_SIGNIN_KQL = /ResultType\s*(==|=~|in~?\s*\()\s*["']?0\b/;
/** A value compared to a KQL column: `==`, `=~`, `has`, `contains`, or anywhere in an `in` / `has_any` list. */
const kqlIs = (column: string, value: string) =>
  new RegExp(`${column}\\s*(==|=~|has|contains|(in~?|has_any)\\s*\\([^)]*?)\\s*["']${value}["']`, 'i');
/** `by` a column, anywhere in the by-list (KQL `summarize … by`, SPL `stats … by`). */
const byCol = (columns: string) => new RegExp(`\\bby\\s+[^|]*\\b(${columns})\\b`);
/** Sorted biggest first (KQL `sort by … desc` / `top N by`, SPL `sort -x`, `top`). */
const MOST_FIRST_KQL = /(sort|order)\s+by\s+[^|]*desc|top\s+\d+\s+by|(sort|order)\s+by\s+\w+\s*(\||$)/;
/** A sysmon search or the Endpoint data model (SPL). */
/** Windows logons in Splunk: the raw Windows event index or the CIM Authentication data model. */
const WINEVENT_OR_AUTH_SPL = /index\s*=\s*"?wineventlog|datamodel\s*=\s*"?Authentication/;
const SYSMON_OR_ENDPOINT_SPL = /index\s*=\s*"?sysmon|datamodel\s*=\s*"?Endpoint|Endpoint\.Processes/;
/** A CZK amount (SQL). */
const CZK_SQL = /currency\s*(=|IN\s*\()\s*'CZK'/i;
/** A literal `'2026-10-01'` as SQL may type it. */
const sqlDay = (day: string) => `${sqlLiteral}${day}`;

/** The lead's users, hosts and values. */
const AROHA = 'aroha.ngata@htlegal.co.nz';
const TAMA = 'tama.rewiti@htlegal.co.nz';
const BUILD_FARM = '100.64.12.0/22';
const STUDIO_IP = '185.107.47.171';

export const BLIND41_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: law firm IT security lead (Entra sign-ins, Office activity, Defender)
  {
    id: 'b41-kql-law-failed-per-account-since-friday',
    question:
      'hey quick one - how many failed sign-ins has each htlegal.co.nz account had since last friday? most first',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          FAILED_SIGNIN_KQL,
          /htlegal\.co\.nz/i,
          COUNT_KQL,
          byCol('UserPrincipalName|UserId'),
          MOST_FIRST_KQL,
          SINCE_FRIDAY_KQL,
        ],
      },
    },
  },
  {
    id: 'b41-kql-law-netdocuments-count-and-users-wbl',
    question: 'NetDocuments the week before last: total number of sign-ins and how many different people, please',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /AppDisplayName\s*(==|=~|has|contains|startswith|in~?\s*\()[^|]*NetDocuments/i,
          /\bcount\(\s*\)/,
          /dcount\(\s*(UserPrincipalName|UserId)\s*\)|count_distinct\(\s*(UserPrincipalName|UserId)\s*\)/,
          WBL_START_KQL,
          WBL_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b41-kql-law-leaver-downloads-14d',
    question:
      `One of our senior associates, ${AROHA}, handed in her notice this morning and is joining a competitor ` +
      'next month. HR asked IT to check quietly whether she has been taking documents with her. Could you show me ' +
      'every file she downloaded from SharePoint or OneDrive over the last 14 days, with the file name, the site ' +
      'and the IP address it came from?',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [
          /aroha\.ngata@htlegal\.co\.nz/i,
          /FileDownloaded/,
          kqlShows('SourceFileName|OfficeObjectId'),
          kqlShows('Site_Url|OfficeObjectId'),
          kqlShows('ClientIP'),
          kqlLast('14d|336h|2w'),
        ],
      },
    },
  },
  {
    id: 'b41-kql-law-robocopy-per-laptop-3d',
    question:
      'defender - robocopy.exe on the paralegal laptops (names start with HTL-PL-) past 3 days, how many per device?',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/robocopy/i, /HTL-PL-/i, COUNT_KQL, byCol('DeviceName'), kqlLast('3d|72h')],
      },
    },
  },
  {
    id: 'b41-kql-law-no-mfa-outside-nz-48h',
    question:
      'succesful entra logins in the last 48hrs that were NOT mfa and came from outside new zealand. user, app, country',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          SUCCESS_SIGNIN_KQL,
          /AuthenticationRequirement\s*(==|=~|has|contains)\s*["']single|AuthenticationRequirement\s*(!=|!~|!has|!contains)\s*["']multi/i,
          /Location\s*(!=|!~|<>|!has|!startswith|!in~?\s*\()[^|]*["'](NZ|New Zealand)["']|not\s*\(\s*Location\s*(==|=~|has|in~?\s*\()[^|]*(NZ|New Zealand)/i,
          kqlShows('UserPrincipalName|UserDisplayName'),
          kqlShows('AppDisplayName'),
          kqlShows('Location'),
          kqlLast('48h|2d|2880m'),
        ],
      },
    },
  },
  {
    id: 'b41-kql-law-wireguard-51820-today',
    question:
      'any of our laptops making wireguard connections (remote port 51820) today? count per device and remote ip',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /RemotePort\s*(==\s*|in\s*\([^)]*?\b)51820\b/,
          COUNT_KQL,
          byCol('DeviceName'),
          byCol('RemoteIP'),
          TODAY_KQL,
        ],
      },
    },
  },

  // KQL: borough council Windows sysadmin (Windows security events in Sentinel)
  {
    id: 'b41-kql-council-computer-accounts-4741-4743-month',
    question:
      'Computer accounts created (4741) or deleted (4743) on our domain controllers this month - how many of each, per DC?',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4741), kqlEvent(4743), COUNT_KQL, byCol('EventID|Activity'), byCol('Computer'), THIS_MONTH_KQL],
      },
    },
  },
  {
    id: 'b41-kql-council-svc-no-logon-45d',
    question:
      'Kettleby council IT: which svc_ accounts have not had a successful logon (4624) for 45 days or more? with the last time we saw each one',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4624),
          /svc_/i,
          // A condition on each account's last logon, not a window of the last 45 days.
          /(max\(\s*TimeGenerated\s*\)|arg_max\(\s*TimeGenerated)[\s\S]*(<=?\s*\(?\s*(ago\(\s*(45d|1080h)\s*\)|now\(\)\s*-\s*(45d|1080h))|datetime_diff\(\s*["']day["'][^|]*(>=?\s*4[45]\b)|now\(\)\s*-\s*\w+\s*(>=\s*(45d|1080h)|>\s*(44d|45d)))/,
          byCol('TargetUserName|Account'),
        ],
        not: [
          /\|\s*where\s+TimeGenerated\s*>=?\s*ago\(\s*(45d|1080h)\s*\)\s*(\||$)[\s\S]*summarize(?![\s\S]*max\(\s*TimeGenerated)/,
        ],
      },
    },
  },
  {
    id: 'b41-kql-council-kbc-sql01-4625-yesterday',
    question:
      'failed logons on KBC-SQL01 yesterday (4625), grouped by source IP and target account - only the combinations with 10 or more',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4625),
          /KBC-SQL01/i,
          COUNT_KQL,
          byCol('IpAddress'),
          byCol('TargetUserName|Account'),
          kqlAbove(9),
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },

  // KQL: game studio devops (Azure activity, Entra sign-ins)
  {
    id: 'b41-kql-studio-top5-callers-storage-72h',
    question: 'which 5 callers did the most Microsoft.Storage operations in azure over the past 72h?',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [/Microsoft\.Storage/i, COUNT_KQL, byCol('Caller'), topKql(5), kqlLast('72h|3d|4320m')],
      },
    },
  },
  {
    id: 'b41-kql-studio-build-farm-not-devops-12h',
    question: `sign ins coming from our build farm ${BUILD_FARM} in last 12 hour but NOT to azure devops.. which app and wich user?`,
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /ipv4_is_in_range\(\s*IPAddress\s*,\s*["']100\.64\.12\.0\/22["']\s*\)|ipv4_is_in_any_range\(\s*IPAddress\s*,[^)]*100\.64\.12\.0\/22|ipv4_is_match\(\s*IPAddress\s*,\s*["']100\.64\.12\.0["']\s*,\s*22\s*\)/,
          /AppDisplayName\s*(!=|!~|<>|!has|!contains|!in~?\s*\()[^|]*Azure DevOps|not\s*\(\s*AppDisplayName[^|]*Azure DevOps/i,
          kqlShows('AppDisplayName'),
          kqlShows('UserPrincipalName|UserDisplayName'),
          kqlLast('12h|720m'),
        ],
      },
    },
  },

  // SPL: borough council sysadmin (firewall, Windows event logs, sysmon, Authentication data model)
  {
    id: 'b41-spl-council-fw-5432-blocked-since-friday',
    question: 'firewall: blocked traffic from 10.142.0.0/16 to port 5432 since last Friday - count per source ip',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /10\.142\.0\.0\/16|10\.142\.\*/,
          /(All_Traffic\.)?dest_port\s*(=|IN\s*\()\s*"?5432\b/,
          /(All_Traffic\.)?action\s*(=|IN\s*\()\s*"?(block|blocked|deny|denied|drop|dropped|reject)|action\s*!=\s*"?allow/i,
          /count/,
          byCol('(All_Traffic\\.)?src(_ip)?'),
          SINCE_FRIDAY_SPL,
        ],
      },
    },
  },
  {
    id: 'b41-spl-council-1100-logging-stopped-month',
    question:
      'windows logs in splunk: event 1100 (event logging service shut down) on any KBC- server this month - which hosts and when',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [splEvent(1100), /KBC-/i, splShows('host|dest|Computer(Name)?'), splShows('_time'), THIS_MONTH_SPL],
      },
    },
  },
  {
    id: 'b41-spl-council-sysmon-certreq-finger-today',
    question: 'sysmon: certreq.exe or finger.exe launched on any KBC box today? count by host and image',
    expect: {
      spl: {
        has: [
          SYSMON_OR_ENDPOINT_SPL,
          /certreq/i,
          /finger\.exe|finger\b/i,
          /count/,
          byCol('host|dest'),
          byCol('Image|process_name|process'),
          TODAY_SPL,
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b41-spl-council-auth-kbc-fs03-over-20-2h',
    question:
      'auth datamodel - who is failing logins against KBC-FS03 in the last 2 hrs? by src and user, only more than 20 fails',
    expect: {
      spl: {
        table: 'Authentication',
        has: [
          /KBC-FS03/i,
          /action\s*(=|IN\s*\()\s*"?fail/i,
          /count/,
          byCol('(Authentication\\.)?src'),
          byCol('(Authentication\\.)?user'),
          splAbove(20),
          splLast('2h|120m|7200s?'),
        ],
      },
    },
  },

  // SPL: game studio devops (CloudTrail, web logs)
  {
    id: 'b41-spl-studio-update-assume-role-14d',
    question:
      'cloudtrail - who changed role trust policies (UpdateAssumeRolePolicy) in the last 2 weeks? arn + source ip',
    expect: {
      spl: {
        table: 'aws',
        has: [
          /UpdateAssumeRolePolicy/,
          splShows('userIdentity.arn'),
          splShows('sourceIPAddress'),
          splLast('14d|2w|336h'),
        ],
      },
    },
  },
  {
    id: 'b41-spl-studio-snapshot-share-not-eu-north-1-yday',
    question:
      'snapshots being shared?? count ModifySnapshotAttribute calls per aws region yesterday, leave out eu-north-1 (thats prod)',
    expect: {
      spl: {
        table: 'aws',
        has: [
          /ModifySnapshotAttribute/,
          /awsRegion\s*(!=|NOT\s+IN\s*\()\s*"?eu-north-1|NOT\s*\(?\s*awsRegion\s*(=|IN\s*\()\s*"?eu-north-1/i,
          /count/,
          byCol('awsRegion'),
          YESTERDAY_START_SPL,
          YESTERDAY_END_SPL,
        ],
      },
    },
  },
  {
    id: 'b41-spl-studio-matchmaking-504-hourly-today',
    question: 'matchmaking is falling over - 504s on /api/matchmaking per hour since midnight',
    expect: {
      spl: {
        table: 'Web',
        has: [/(Web\.)?status\s*(=|IN\s*\()\s*"?504\b/, /\/api\/matchmaking/, /count/, HOURLY_SPL, TODAY_SPL],
      },
    },
  },
  {
    id: 'b41-spl-studio-leaderboard-distinct-ips-30m',
    question: 'how many unique client ips did GET on /leaderboard in the last 30 min',
    expect: {
      spl: {
        table: 'Web',
        has: [
          /\/leaderboard/,
          /(Web\.)?http_method\s*(=|IN\s*\()\s*"?GET/i,
          /(dc|distinct_count)\(\s*"?(Web\.)?src"?\s*\)/,
          splLast('30m|30min|1800s?'),
        ],
      },
    },
  },

  // SPL: law firm IT security lead (o365 and azure indexes)
  {
    id: 'b41-spl-law-o365-move-to-deleted-wbl',
    question: 'o365 index: MoveToDeletedItems per user for the week before last, biggest first',
    expect: {
      spl: {
        table: 'o365',
        has: [
          /MoveToDeletedItems/,
          /count/,
          byCol('UserId'),
          /sort\s+(limit\s*=\s*\d+\s+)?-|\|\s*top\b|sort\b[^|]*desc/,
          WBL_START_SPL,
          WBL_END_SPL,
        ],
      },
    },
  },
  {
    id: 'b41-spl-law-azure-50055-user-36h',
    question:
      "in splunk's azure sign-in logs, did m.whaanga@htlegal.co.nz hit error 50055 (password expired) in the past 36 hours? which ips and apps",
    expect: {
      spl: {
        table: 'azure',
        has: [
          /m\.whaanga@htlegal\.co\.nz/i,
          /50055/,
          splShows('properties.ipAddress'),
          splShows('properties.appDisplayName'),
          splLast('36h|2160m'),
        ],
      },
    },
  },

  // SQL: Czech craft brewery web shop (orders, customers, products, order lines, invoices), non-native English
  {
    id: 'b41-sql-brewery-orders-per-customer-since-friday',
    question: 'how often each customer ordered since last friday? name and number of orders pls',
    expect: {
      sql: {
        table: 'orders',
        has: [/COUNT\(/i, /GROUP BY[^;]*(name|customer_id)/i, /\bname\b/, sqlSinceFriday('created_at')],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b41-sql-brewery-count-customers-over-20000-czk-quarter',
    question: 'how many customers spent more than 20 000 CZK together this quarter?',
    expect: {
      sql: {
        table: 'orders',
        has: [
          CZK_SQL,
          /(HAVING\s+[^;]*SUM\(\s*(\w+\.)?total\s*\)\s*|SUM\(\s*(\w+\.)?total\s*\)[^;]*?\)\s*)(>\s*20000(\.0+)?\b|>=\s*20000\.01\b)/i,
          // A count of the customers, not one row per customer.
          /SELECT\s+COUNT\([^;]*FROM\s*\(\s*SELECT[\s\S]*HAVING|WITH\s+\w+\s+AS\s*\([\s\S]*HAVING[\s\S]*\)\s*SELECT\s+COUNT\(|SELECT\s+COUNT\([^;]*\bIN\s*\(\s*SELECT[\s\S]*HAVING|SELECT\s+COUNT\([^;]*WHERE\s*\(\s*SELECT\s+(COALESCE\(\s*)?SUM\(/i,
          sqlThis('created_at', 'quarter', QUARTER_START),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b41-sql-brewery-top10-customers-czk-year',
    question: 'top 10 customers by money spend this year (CZK), with the country of them',
    expect: {
      sql: {
        table: 'orders',
        has: [
          CZK_SQL,
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          /GROUP BY/i,
          /country/,
          /ORDER BY[^;]*DESC/i,
          topSql(10),
          sqlThis('created_at', 'year', YEAR_START),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b41-sql-brewery-top5-categories-revenue-last-month',
    question:
      'which 5 beer categories made the most money last month? count it from the order lines (quantity x price)',
    expect: {
      sql: {
        table: 'order_items',
        has: [
          /SUM\([^;]*quantity\s*\*\s*[^;]*unit_price|SUM\([^;]*unit_price\s*\*\s*[^;]*quantity/i,
          /GROUP BY[^;]*category/i,
          /ORDER BY[^;]*DESC/i,
          topSql(5),
          sqlLastMonthStart('created_at'),
          sqlLastMonthEnd('created_at'),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b41-sql-brewery-orders-and-revenue-per-day-wbl',
    question: 'number of orders and the revenue for every day of the week before last',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /COUNT\(/i,
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          sqlPerDay('created_at'),
          /GROUP BY/i,
          sqlWblStart('created_at'),
          sqlWblEnd('created_at'),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b41-sql-brewery-horeca-no-order-8-weeks',
    question: "which of our pub and restaurant customers (segment 'horeca') didn't order nothing in 8 weeks?",
    expect: {
      sql: {
        has: [
          /segment\s*(=|IN\s*\(|I?LIKE)\s*'%?horeca/i,
          /NOT\s+EXISTS|NOT\s+IN\s*\(|LEFT\s+(OUTER\s+)?JOIN[\s\S]*IS\s+NULL|HAVING\s+[^;]*MAX\(|EXCEPT/i,
          new RegExp(
            `created_at\\s*\\)?\\s*(>=?|<=?)\\s*\\(?\\s*${sqlNow}\\s*-\\s*(interval\\s*'(56 days?|8 weeks?)'|'(56 days?|8 weeks?)'\\s*::\\s*interval|56\\b)`,
            'i',
          ),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b41-sql-brewery-yday-without-cancelled-refunded-per-currency',
    question: 'yesterday orders without the cancelled and refunded ones - total per currency',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /(status\s*(<>|!=)\s*|NOT\s+IN\s*\([^)]*)'cancell?ed'/i,
          /(status\s*(<>|!=)\s*|NOT\s+IN\s*\([^)]*)'refunded'/i,
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          /GROUP BY[^;]*currency/i,
          sqlYesterdayStart('created_at'),
          sqlYesterdayEnd('created_at'),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b41-sql-brewery-invoiced-and-paid-czk-oct-2026',
    question: 'in october 2026 how much we invoiced in CZK and how much from it is already paid?',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          CZK_SQL,
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          /SUM\([^;]*(paid_at\s+IS\s+NOT\s+NULL|status\s*=\s*'paid')|FILTER\s*\(\s*WHERE[^)]*(paid_at\s+IS\s+NOT\s+NULL|status\s*=\s*'paid')/i,
          new RegExp(
            `issued_at\\s*(>=|BETWEEN)\\s*${sqlDay('2026-10-01')}|date_trunc\\(\\s*'month'\\s*,\\s*(\\w+\\.)?issued_at\\s*\\)\\s*=\\s*${sqlDay('2026-10-01')}|EXTRACT\\(\\s*MONTH\\s+FROM\\s+(\\w+\\.)?issued_at\\s*\\)\\s*=\\s*10\\b|to_char\\(\\s*(\\w+\\.)?issued_at\\s*,\\s*'YYYY-MM'\\s*\\)\\s*=\\s*'2026-10'`,
            'i',
          ),
          new RegExp(
            `issued_at\\s*<\\s*${sqlDay('2026-11-01')}|issued_at\\s*<=\\s*${sqlDay('2026-10-31')}|BETWEEN\\s*${sqlDay('2026-10-01')}[^;]*AND\\s*${sqlDay('2026-1(0-31|1-01)')}|date_trunc\\(\\s*'month'\\s*,\\s*(\\w+\\.)?issued_at\\s*\\)\\s*=\\s*${sqlDay('2026-10-01')}|EXTRACT\\(\\s*YEAR\\s+FROM\\s+(\\w+\\.)?issued_at\\s*\\)\\s*=\\s*2026|to_char\\(\\s*(\\w+\\.)?issued_at\\s*,\\s*'YYYY-MM'\\s*\\)\\s*=\\s*'2026-10'`,
            'i',
          ),
        ],
      },
    },
  },
  {
    id: 'b41-sql-brewery-stout-units-since-sept-1',
    question: "how many bottles we sold of every product in the 'Stout' category since 1 september?",
    expect: {
      sql: {
        table: 'order_items',
        has: [
          /SUM\(\s*(\w+\.)?quantity\s*\)/i,
          /category\s*(=|IN\s*\(|I?LIKE)\s*'%?stout/i,
          /GROUP BY[^;]*(name|product_id)/i,
          new RegExp(`created_at\\s*(>=|BETWEEN)\\s*${sqlLiteral}(${YEAR}|${YEAR - 1})-09-01`, 'i'),
        ],
        not: [/\b(p|pr|prod|products)\.created_at\s*(>|>=|<|BETWEEN)/i],
      },
    },
  },

  // SQL: game studio devops (the app's users table)
  {
    id: 'b41-sql-studio-active-never-logged-in-per-dept',
    question: 'how many active staff accounts in each department never logged in at all?',
    expect: {
      sql: {
        table: 'users',
        has: [
          /\bactive\s*(=\s*(true|'t'|'true'|1)\b|IS\s+TRUE)|WHERE\s+(\w+\.)?active\b|AND\s+(\w+\.)?active\b/i,
          /last_login_at\s+IS\s+NULL/i,
          /COUNT\(/i,
          /GROUP BY[^;]*department/i,
        ],
      },
    },
  },

  // Two platforms
  {
    id: 'b41-multi-law-stolen-phone-entra-o365-since-yday',
    question: `${TAMA} says his phone got stolen at the airport yesterday. his entra sign-ins since yesterday and his o365 activity in splunk for the same time`,
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /tama\.rewiti@htlegal\.co\.nz/i,
          new RegExp(`TimeGenerated\\s*(>=?|between\\s*\\()\\s*\\(?\\s*(${YESTERDAY_START_KQL.source})`),
        ],
      },
      spl: { table: 'o365', has: [/tama\.rewiti@htlegal\.co\.nz/i, YESTERDAY_START_SPL] },
    },
  },
  {
    id: 'b41-multi-council-temp-contractor-kbc-fs03-3d',
    question: 'KBC-FS03: any logons by temp.contractor in the last 3 days? check sentinel and splunk',
    expect: {
      kql: { table: 'SecurityEvent', has: [/temp\.contractor/i, /KBC-FS03/i, kqlLast('3d|72h')] },
      // Second commit (lead's fairness review): the Authentication data model is as good an answer as the raw
      // wineventlog index for "any logons" (the brief accepts raw SPL or the matching data model).
      spl: { has: [WINEVENT_OR_AUTH_SPL, /temp\.contractor/i, /KBC-FS03/i, splLast('3d|72h')] },
    },
  },
  {
    id: 'b41-multi-studio-ip-web-azure-2w',
    question: `${STUDIO_IP} - did it hit our web servers, and did it make any azure control plane calls? past 2 weeks`,
    expect: {
      kql: { table: 'AzureActivity', has: [kqlIs('CallerIpAddress', '185\\.107\\.47\\.171'), kqlLast('14d|2w|336h')] },
      spl: { table: 'Web', has: [/185\.107\.47\.171/, splLast('14d|2w|336h')] },
    },
  },
  {
    id: 'b41-multi-studio-svc-deployer-aws-appdb',
    question:
      'svc-deployer@ninefold.gg - what it did in cloudtrail today, and in our app db which role it has and when it last logged in?',
    expect: {
      spl: { table: 'aws', has: [/svc-deployer/i, TODAY_SPL] },
      sql: { table: 'users', has: [/'svc-deployer@ninefold\.gg'/i, /\brole\b/, /last_login_at/] },
    },
  },
  {
    id: 'b41-multi-law-7z-password-defender-sysmon-week',
    question:
      '7z.exe with a password switch (-p) on any machine this week?? check defender and sysmon, device + full cmdline',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/7z/i, /-p/, kqlShows('DeviceName'), kqlShows('ProcessCommandLine'), THIS_WEEK_KQL],
      },
      spl: {
        has: [
          SYSMON_OR_ENDPOINT_SPL,
          /7z/i,
          /-p/,
          splShows('host|dest'),
          splShows('CommandLine|process'),
          THIS_WEEK_SPL,
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },

  // Clarification: nothing to act on
  { id: 'b41-clarify-ok-go', question: 'ok go', clarification: true },
  { id: 'b41-clarify-and-what-about-them', question: 'hmm, and what about them?', clarification: true },
];

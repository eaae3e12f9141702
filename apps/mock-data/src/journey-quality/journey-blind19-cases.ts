import type { JourneyCase } from './journey-cases';
import { THIS_MONTH_KQL, kqlEvent, TODAY_SPL, splEvent, sqlShows } from './journey-patterns';
import {
  DAY_MS,
  LAST_MONTH_START,
  MONDAY,
  MONTH_START,
  SUNDAY,
  TODAY,
  YEAR_START,
  YESTERDAY,
  dayBefore,
  iso,
  kqlDate,
  splDate,
  sqlLiteral,
} from './journey-dates';

/**
 * The "blind19" journey-quality set, written blind on 2026-11-27 (09:30–10:05 UTC). I did not read the
 * query builders (apps/mock-data/src/query/**), the constraint extractor or routing code (libs/planner-core),
 * planner-llm, the planner app, or the git history of any of them. I read: issue 11, a skim of the wire
 * contract, the `JourneyCase` / `QueryCheck` types in journey-cases.ts, journey-dates.ts,
 * journey-checkers.ts, run-journeys.ts (to register the set), the mesh's schemas (kql/spl/sql.json),
 * blind14's list (for the file format and its window regex helpers; its questions and values were not
 * reused), and the question lines of the other sets (to avoid repeating them).
 * Personas: a detection engineer (precise, long questions with several conditions), a network /
 * firewall admin, a customer-support lead and an e-commerce manager (the business database), and a
 * non-native English speaker (simple grammar, odd word order). No question names a query language; some
 * name a product (Entra, Defender, Splunk, CloudTrail, the orders database), most name none.
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform, 2 clarification cases (38).
 * Values: UPNs, an IP, a CIDR (outside 10.0.0.0/8), ports (22, 3389), Windows event IDs (1102, 4625,
 * 4771), status codes (0x18, 0xC0000064, HTTP 401 and 500), Entra risk level and authentication
 * requirement, process names (sqlservr.exe, conhost.exe, sqlceip.exe, services.exe, whoami/net/nltest),
 * a path (C:\Windows\), command-line fragments (Invoke-Mimikatz, regsvr32), Office / AWS / Azure
 * operations (MailItemsAccessed, FileDownloaded, UnauthorizedOperation, DeleteDBInstance, NSG rule
 * writes, SQL database deletes), a service account, an app name, a URL path, an HTTP method, order /
 * customer statuses (refunded, pending, churned), currencies (CAD, USD), countries, a category, a
 * department, a role, an event type, amounts. Shapes: counts, distinct counts, sums, averages (of a
 * total and of a date difference), thresholds after aggregation (> 3, > 10, > 15, > 20, > 30, > 100,
 * >= 3, AVG > 250), top N (5, 10, 20), ratios/shares, first/last seen, 30-minute / hourly / daily
 * buckets, by X and Y, negations (except, other than, not under, outside a range), columns to show,
 * ordering (oldest first, most first). Windows: last N minutes/hours/days (15m, 1h, 6h, 8h, 24h, 36h,
 * 2d, 3d, 5d, 7d, 10d, 14d, 30d, 60d), today, yesterday (both ends), since yesterday, since monday,
 * this week, before this week, this month, last month (both ends, on a payment date), last week
 * Monday–Sunday (both ends), this year, a calendar year as a condition on sign-up date, between two
 * explicit dates, a fiscal year, and inactivity conditions ("silent for 3 days", "not logged in for 21
 * days") as conditions, not windows. Calendar windows are computed from the run's clock (UTC).
 * Checks accept every spelling I could think of for the same condition (==, =~, in, has; ago(7d) or
 * ago(168h) or now() - 7d; raw SPL or the matching data model field; SQL literals, date_trunc, EXTRACT)
 * and reject only queries that do not answer the question.
 * Before running it I checked every case's checks against a query I wrote by hand for it (each passed).
 * First run (09:33 UTC, set committed as 528322c, `npm run eval:journeys -- --sets blind19 --verbose`, in
 * process): 16/38 passed (42.1 %); platforms right on 35/38 (an extra SQL step on two SPL/KQL cases, the
 * KQL half of one two-platform case missing); both clarification cases answered input_required.
 * Second commit (after reviewing every FAIL, and the PASSes, for fairness; each change is marked
 * "Second commit" at its case):
 * - b19-multi-kql-spl-invoke-mimikatz-cmdline-10d: the SPL half now accepts the Endpoint.Processes data
 *   model as well as index=sysmon ("the sysmon data"; the CIM model is how Splunk normalises sysmon
 *   process creation) — the first run rejected a correct data-model search (the case still fails on its
 *   missing KQL half).
 * - Four checks that let wrong queries pass were tightened: b19-kql-1102-log-cleared-nov1-to-nov15 (a
 *   summary per account that drops the time the question asks for); b19-kql-nsg-rule-writes-this-week
 *   (an invented `Caller == "IP"` filter); b19-kql-4771-0x18-top10-accounts-distinct-ips-24h (top 10 by
 *   distinct IPs with no count, where the question ranks by count); b19-multi-kql-sql-anna-locked-out-
 *   since-yesterday (a filter on active users where the question asks whether she is active).
 * No other FAIL rejected a query that answers its question, and no question was ambiguous about its
 * platform (the two cases given an extra SQL step name Splunk's o365 logs, and CloudTrail plus Azure
 * activity).
 * Second run (09:42 UTC, commit 54e17c7): 12/38 passed (31.6 %); platforms right on 35/38; both
 * clarifications input_required. The same queries as the first run: the four tightened cases now fail,
 * the mimikatz case still fails on its missing KQL half.
 */

/** Last calendar week, Monday to Sunday. */
const LAST_MONDAY = new Date(MONDAY.getTime() - 7 * DAY_MS);
const LAST_WEEK_SUNDAY = dayBefore(MONDAY);

/** `now()` and its SQL spellings. */
const sqlNow = '(now\\(\\)|CURRENT_DATE|current_timestamp|localtimestamp)';

/** `Field op "value"` in KQL however spelled (==, =~, in, has, contains, startswith, endswith, has_any). */
const kqlIsSource = (field: string, value: string) =>
  `\\b${field}\\b\\s*(==|=~|in~?\\s*\\([^)]*?|has_any\\s*\\([^)]*?|has_all\\s*\\([^)]*?|has(_cs)?|contains(_cs)?|startswith|endswith)\\s*@?["']${value}`;
const kqlIs = (field: string, value: string) => new RegExp(kqlIsSource(field, value), 'i');

/** A relative KQL window: `ago(36h)`, `ago(1.5d)`, `now() - 36h`, however the span is spelled. */
const kqlAgo = (...spans: string[]) => {
  const alt = spans.map((span) => span.replace('.', '\\.')).join('|');
  return new RegExp(`ago\\(\\s*(${alt})\\s*\\)|now\\(\\)\\s*-\\s*(${alt})\\b`);
};
/** A relative SPL window: `earliest=-8h`, `earliest="-480m"`. */
const splAgo = (...spans: string[]) => new RegExp(`earliest\\s*=\\s*"?-(${spans.join('|')})\\b`);
/** A SQL window reaching back N days: `now() - interval '60 days'`, `CURRENT_DATE - 60`, `interval '2 months'`. */
const sqlBack = (column: string, days: number, ...more: string[]) =>
  new RegExp(
    `${column}\\s*(>=?|BETWEEN)[^;]*(${[`${days} days?`, `'${days}'`, `-\\s*${days}\\b`, `${days}\\s*\\*\\s*interval`, ...more].join('|')})`,
    'i',
  );

// KQL windows
const DAY1_KQL = kqlAgo('24h', '1d', '1440m');
const TODAY_START_KQL = `startofday\\(\\s*now\\(\\)\\s*\\)|${kqlDate(TODAY)}`;
const YESTERDAY_START_KQL = new RegExp(
  [
    `startofday\\(\\s*(ago\\(\\s*(1d|24h)\\s*\\)|now\\(\\)\\s*-\\s*(1d|24h)|now\\(\\)\\s*,\\s*-1)\\s*\\)`,
    `startofday\\(\\s*now\\(\\)\\s*\\)\\s*-\\s*(1d|24h)`,
    kqlDate(YESTERDAY),
  ].join('|'),
);
const YESTERDAY_END_KQL = new RegExp(
  [
    `(<|\\.\\.)\\s*(${TODAY_START_KQL})`,
    `endofday\\(\\s*(ago\\(\\s*(1d|24h)\\s*\\)|now\\(\\)\\s*-\\s*(1d|24h)|now\\(\\)\\s*,\\s*-1)\\s*\\)`,
    `(<=|\\.\\.)\\s*${kqlDate(YESTERDAY)}[T ]23:59`,
    `==\\s*startofday\\(\\s*(ago\\(|now\\(\\)\\s*(-|,))|==\\s*${kqlDate(YESTERDAY)}`,
  ].join('|'),
);
/** "this week": the start of this (Sunday- or Monday-based) week, not the last seven days. */
const THIS_WEEK_KQL = new RegExp(
  `startofweek\\(\\s*now\\(\\)\\s*(,\\s*[01]\\s*)?\\)|${kqlDate(MONDAY)}|${kqlDate(SUNDAY)}`,
);
/** A day bucket (KQL). */
const BIN_1D_KQL =
  /bin\(\s*(TimeGenerated|Timestamp)\s*,\s*(1d|24h)\s*\)|startofday\(\s*(TimeGenerated|Timestamp)\s*\)/;
/** A failed Entra sign-in: a non-zero ResultType, however spelled (KQL). */
const FAILED_SIGNIN_KQL =
  /ResultType\s*\)?\s*(!=|!~|<>)\s*["']?0\b|ResultType\s*!in~?\s*\(\s*["']?0\b|ResultType\s*(in~?\s*\(|==|=~)\s*["']?[1-9]/;
/** A threshold after aggregation (KQL `where`, SPL `where`/`search`): more than n. */
const moreThan = (n: number) => new RegExp(`(where|search)\\s+[^|]*(>\\s*${n}|>=\\s*${n + 1})\\b`);
/** A column the answer shows (KQL): named, or every column kept (no project / summarize / distinct / count). */
const kqlShows = (column: string) =>
  new RegExp(`\\b${column}\\b|^(?![\\s\\S]*\\|\\s*(project|summarize|distinct|count)\\b)`);
/** Top N in KQL: `top 10 by`, or a sort followed by `take`/`limit`. */
const topKql = (n: number) => new RegExp(`top\\s+${n}\\s+by|(sort|order)\\s+by[^|]*\\|\\s*(take|limit)\\s+${n}\\b`);

// SPL windows
const DAY1_SPL = splAgo('24h', '1d', '1440m');
const SINCE_MONDAY_SPL = new RegExp(`earliest\\s*=\\s*"?(@w1|-0d@w1|-\\d+d@w1|${splDate(MONDAY)})`);
/** Windows Security event IDs, which must never be applied to sysmon (SPL). */
const WINDOWS_SECURITY_IDS_SPL = /EventCode\s*=\s*"?(4624|4625|4688|4720|4740)\b/;
/** `top 5 …`, `top limit=5 …`, `head 5`, `sort 5 …` (SPL). */
const topSpl = (n: number) =>
  new RegExp(`top\\s+(limit\\s*=\\s*)?${n}\\b|head\\s+(limit\\s*=\\s*)?${n}\\b|sort\\s+(limit\\s*=\\s*)?${n}\\b`);
/** A column the answer shows (SPL): named, or a raw search keeping every field (no table / fields / stats …). */
const splShows = (column: string) =>
  new RegExp(
    `\\b${column}\\b|^(?![\\s\\S]*(\\|\\s*(table|fields|stats|chart|timechart|top|rare|dedup)\\b|\\btstats\\b))`,
  );
/** A one-hour bucket (SPL). */
const SPAN_1H_SPL = /span\s*=\s*"?(1h|60m|60min)\b/;

// SQL windows
/** The start of today on a column (SQL). */
const todaySql = (column: string) =>
  new RegExp(
    [
      `${column}\\s*(>=|>)\\s*\\(?\\s*(CURRENT_DATE\\b(?!\\s*-)|date_trunc\\(\\s*'day'\\s*,\\s*${sqlNow}\\s*\\)(?!\\s*-)|now\\(\\)\\s*::\\s*date(?!\\s*-)|${sqlLiteral}${iso(TODAY)})`,
      `${column}\\s*\\)?\\s*::\\s*date\\s*=\\s*(CURRENT_DATE\\b(?!\\s*-)|now\\(\\)\\s*::\\s*date(?!\\s*-)|${sqlLiteral}${iso(TODAY)})`,
      `(DATE|date_trunc)\\(\\s*('day'\\s*,\\s*)?(\\w+\\.)?${column}\\s*\\)\\s*=\\s*(CURRENT_DATE\\b(?!\\s*-)|date_trunc\\(\\s*'day'\\s*,\\s*${sqlNow}\\s*\\)(?!\\s*-)|${sqlLiteral}${iso(TODAY)})`,
    ].join('|'),
    'i',
  );
/** Yesterday's start, as an expression (SQL). */
const SQL_YESTERDAY = [
  `CURRENT_DATE\\s*-\\s*(1\\b|interval\\s*'1 day')`,
  `date_trunc\\(\\s*'day'\\s*,\\s*${sqlNow}\\s*\\)\\s*-\\s*interval\\s*'(1 day|24 hours?)'`,
  `date_trunc\\(\\s*'day'\\s*,\\s*\\(?\\s*${sqlNow}\\s*-\\s*interval\\s*'(1 day|24 hours?)'`,
  `(now\\(\\)|current_timestamp)\\s*::\\s*date\\s*-\\s*1\\b`,
  `${sqlLiteral}${iso(YESTERDAY)}`,
].join('|');
/** Yesterday on `occurred_at` as a whole day (SQL): an equality on the date. */
const YESTERDAY_EQ_OCCURRED_SQL = `occurred_at\\s*\\)?\\s*::\\s*date\\s*=\\s*\\(?\\s*(${SQL_YESTERDAY})|(DATE|date_trunc)\\(\\s*('day'\\s*,\\s*)?(\\w+\\.)?occurred_at\\s*\\)\\s*=\\s*\\(?\\s*(${SQL_YESTERDAY})`;
const YESTERDAY_START_OCCURRED_SQL = new RegExp(
  `occurred_at\\s*(>=|BETWEEN)\\s*\\(?\\s*(${SQL_YESTERDAY})|${YESTERDAY_EQ_OCCURRED_SQL}`,
  'i',
);
const YESTERDAY_END_OCCURRED_SQL = new RegExp(
  [
    `occurred_at\\s*<\\s*\\(?\\s*(CURRENT_DATE\\b(?!\\s*-)|date_trunc\\(\\s*'day'\\s*,\\s*${sqlNow}\\s*\\)(?!\\s*-)|now\\(\\)\\s*::\\s*date(?!\\s*-)|${sqlLiteral}${iso(TODAY)})`,
    `BETWEEN[^;]*AND\\s*${sqlLiteral}${iso(YESTERDAY)}[T ]23:59`,
    YESTERDAY_EQ_OCCURRED_SQL,
  ].join('|'),
  'i',
);
const LAST_MONTH_START_SQL = new RegExp(
  [
    iso(LAST_MONTH_START),
    `date_trunc\\(\\s*'month'\\s*,\\s*${sqlNow}\\s*\\)\\s*-\\s*interval\\s*'1 mon(th)?s?'`,
    `date_trunc\\(\\s*'month'\\s*,\\s*\\(?\\s*${sqlNow}\\s*-\\s*interval\\s*'1 mon(th)?s?'`,
  ].join('|'),
  'i',
);
const LAST_MONTH_END_SQL = new RegExp(
  [
    `<\\s*${sqlLiteral}${iso(MONTH_START)}`,
    `<\\s*\\(?\\s*date_trunc\\(\\s*'month'\\s*,\\s*${sqlNow}\\s*\\)(?!\\s*-)`,
    `BETWEEN[^;]*AND\\s*${sqlLiteral}(${iso(MONTH_START)}|${iso(dayBefore(MONTH_START))})`,
    `date_trunc\\(\\s*'month'\\s*,\\s*(\\w+\\.)?paid_at\\s*\\)\\s*=`,
  ].join('|'),
  'i',
);
/** Last week, Monday to Sunday (PostgreSQL weeks start on Monday). */
const LAST_WEEK_START_SQL = new RegExp(
  [
    iso(LAST_MONDAY),
    `date_trunc\\(\\s*'week'\\s*,\\s*${sqlNow}\\s*\\)\\s*-\\s*interval\\s*'(1 week|7 days?)'`,
    `date_trunc\\(\\s*'week'\\s*,\\s*\\(?\\s*${sqlNow}\\s*-\\s*interval\\s*'(1 week|7 days?)'`,
  ].join('|'),
  'i',
);
const LAST_WEEK_END_SQL = new RegExp(
  [
    `<\\s*${sqlLiteral}${iso(MONDAY)}`,
    `<\\s*\\(?\\s*date_trunc\\(\\s*'week'\\s*,\\s*${sqlNow}\\s*\\)(?!\\s*-)`,
    `BETWEEN[^;]*AND\\s*${sqlLiteral}(${iso(MONDAY)}|${iso(LAST_WEEK_SUNDAY)})`,
    `date_trunc\\(\\s*'week'\\s*,\\s*(\\w+\\.)?created_at\\s*\\)\\s*=`,
  ].join('|'),
  'i',
);
const THIS_YEAR_SQL = new RegExp(
  `date_trunc\\(\\s*'year'|${iso(YEAR_START)}|EXTRACT\\(\\s*YEAR|date_part\\(\\s*'year'`,
  'i',
);
/** A filter on customers' sign-up date where the question is about orders (SQL). */
const CUSTOMER_CREATED_SQL = /\b(c|cu|cust|customers)\.created_at\s*(>|>=|<|BETWEEN)/i;
/** A text column compared with a value, however spelled (=, ILIKE, LIKE, IN, lower()). */
const sqlIs = (column: string, value: string) =>
  new RegExp(
    `${column}\\s*(=|ILIKE|LIKE|IN\\s*\\()\\s*'%?(${value})%?'|lower\\(\\s*(\\w+\\.)?${column}\\s*\\)\\s*(=|LIKE|IN\\s*\\()\\s*'%?(${value})%?'`,
    'i',
  );

export const BLIND19_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: Entra sign-ins and audit, Windows security events, Defender, Office, Azure activity
  {
    id: 'b19-kql-success-singlefactor-highrisk-36h',
    question:
      "For a detection I'm tuning: successful Entra ID sign-ins in the last 36 hours that only needed single-factor authentication and where the risk level during sign-in was high. For each one show the user, the app, the IP address and the location.",
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /ResultType\s*(==|=~|in~?\s*\(\s*)\s*["']?0\b/,
          new RegExp(
            `${kqlIsSource('AuthenticationRequirement', 'single')}|AuthenticationRequirement\\s*(!=|!~)\\s*["']multi`,
            'i',
          ),
          kqlIs('RiskLevelDuringSignIn', 'high'),
          kqlShows('Location'),
          kqlAgo('36h', '1.5d', '2160m'),
        ],
      },
    },
  },
  {
    id: 'b19-kql-1102-log-cleared-nov1-to-nov15',
    question:
      'Which accounts cleared the Windows Security event log (event 1102) on any server between 1 November and 15 November 2026? Show the computer, the account and the time.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(1102),
          /datetime\(\s*["']?2026-11-01/,
          /datetime\(\s*["']?2026-11-1[56]/,
          kqlShows('Computer'),
          // Second commit: "show … the time" — a summary per account without any time let the first check pass.
          /\|\s*project\b[^|]*\bTimeGenerated\b|\b(min|max|arg_min|arg_max|make_set|make_list)\(\s*TimeGenerated\b|by\s+[^|]*\bTimeGenerated\b|^(?![\s\S]*\|\s*(project|summarize|distinct|count)\b)/,
        ],
      },
    },
  },
  {
    id: 'b19-kql-rdp-ssh-outside-10-8-distinct-ips-per-device-2d',
    question:
      'Firewall review: which devices made outbound connections on port 3389 or 22 to addresses outside 10.0.0.0/8 in the past 2 days? I need the number of different remote IPs per device, and only devices with more than 10.',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /RemotePort\b[^|]*\b3389\b/,
          /RemotePort\b[^|]*\b22\b/,
          /not\s*\(\s*ipv4_is_in_(any_)?range\(\s*RemoteIP\s*,[^)]*10\.0\.0\.0\/8|!\s*ipv4_is_in_(any_)?range\(\s*RemoteIP|ipv4_is_in_range\(\s*RemoteIP\s*,\s*["']10\.0\.0\.0\/8["']\s*\)\s*==\s*false|RemoteIP\s*!startswith\s*["']10\./,
          /(dcount|count_distinct)\(\s*RemoteIP\s*\)[^|]*by\s+[^|]*\b(DeviceName|DeviceId)\b/,
          moreThan(10),
          kqlAgo('2d', '48h'),
        ],
      },
    },
  },
  {
    id: 'b19-kql-nonnative-svc-backup-processes-count-5d',
    question:
      'in defender, which process are running with the account svc_backup in last 5 day? how many time for each process please',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /(AccountName|InitiatingProcessAccountName)\b[^|]*svc_backup/i,
          /by\s+[^|]*\b(FileName|FolderPath|ProcessCommandLine)\b/,
          /count\(\)|summarize\s+\w*\s*=?\s*count|\|\s*count\b/,
          kqlAgo('5d', '120h'),
        ],
      },
    },
  },
  {
    id: 'b19-kql-sqlservr-children-except-conhost-sqlceip-7d',
    question:
      'Possible xp_cmdshell abuse: list every process whose parent is sqlservr.exe on our endpoints in the last 7 days, except conhost.exe and sqlceip.exe children. Include the device, the account and the full command line.',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          kqlIs('InitiatingProcessFileName', 'sqlservr'),
          /\bFileName\s*(!in~?\s*\([^)]*|!=\s*|!~\s*|!has\s*|!contains\s*)["']conhost\.exe|not\s*\(\s*FileName\s*in~?\s*\([^)]*conhost\.exe/i,
          /\bFileName\s*(!in~?\s*\([^)]*|!=\s*|!~\s*|!has\s*|!contains\s*)["']sqlceip\.exe|not\s*\(\s*FileName\s*in~?\s*\([^)]*sqlceip\.exe/i,
          kqlShows('ProcessCommandLine'),
          kqlAgo('7d', '168h'),
        ],
      },
    },
  },
  {
    id: 'b19-kql-audit-ca-policy-changes-per-initiator-14d',
    question:
      'Who has been changing conditional access policies in Entra over the past fortnight? Count the audit entries per person who made the change.',
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [/conditional access/i, /InitiatedBy/, /summarize[^|]*count[^|]*\bby\b/, kqlAgo('14d', '2w', '336h')],
      },
    },
  },
  {
    id: 'b19-kql-nsg-rule-writes-this-week',
    question:
      'As the network admin I want to know who created or changed NSG security rules in Azure this week: caller, caller IP and resource group for each change.',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          /securityRules|networkSecurityGroups/i,
          kqlShows('Caller'),
          kqlShows('CallerIpAddress'),
          kqlShows('ResourceGroup'),
          THIS_WEEK_KQL,
        ],
        // Second commit: the question names no caller; a filter on one (e.g. `Caller == "IP"`, taken from
        // "caller IP") empties the answer, and the first checks let it pass.
        not: [/\bCaller\s*(==|=~|in~?\s*\(|has|contains|startswith)\s*["']/],
      },
    },
  },
  {
    id: 'b19-kql-mailitemsaccessed-over-3-ips-yesterday',
    question:
      'MailItemsAccessed in Exchange Online yesterday: which users accessed mail from more than 3 different client IPs?',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [
          /MailItemsAccessed/,
          /(dcount|count_distinct)\(\s*ClientIP\s*\)[^|]*by\s+[^|]*\bUserId\b/,
          moreThan(3),
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b19-kql-nonnative-pedro-failed-per-day-this-month',
    question:
      'how much sign-in is failing for pedro.alves@contoso.com every day in this month? i want the number for each day',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: ['pedro.alves@contoso.com', FAILED_SIGNIN_KQL, BIN_1D_KQL, THIS_MONTH_KQL],
      },
    },
  },
  {
    id: 'b19-kql-4771-0x18-top10-accounts-distinct-ips-24h',
    question:
      'Kerberos pre-authentication failures (event 4771) with failure code 0x18, i.e. bad password, over the last 24 hours: the top 10 target accounts by count, with how many different source IPs each one came from.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4771),
          /Status\b[^|]*0x18\b/i,
          /(dcount|count_distinct)\(\s*IpAddress\s*\)[^|]*by\s+[^|]*\b(TargetUserName|Account)\b/,
          topKql(10),
          DAY1_KQL,
          // Second commit: "top 10 target accounts by count" needs the count; a top 10 by distinct IPs
          // alone (no count) answers another question and the first checks let it pass.
          /\bcount\(\s*\)/,
        ],
        not: [/top\s+10\s+by\s+dcount_|(sort|order)\s+by\s+dcount_\w*[^|]*\|\s*(take|limit)\s+10\b/],
      },
    },
  },
  {
    id: 'b19-kql-devices-silent-3d-seen-in-30d',
    question:
      'Which devices sent network events to Defender at some point in the last 30 days but have been silent for the last 3 days? Show each device with the last time it was seen.',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /max\(\s*(TimeGenerated|Timestamp)\s*\)/,
          /<=?\s*ago\(\s*(3d|72h)\s*\)|<=?\s*now\(\)\s*-\s*(3d|72h)|leftanti[\s\S]*ago\(\s*(3d|72h)\s*\)/,
          kqlAgo('30d', '720h'),
        ],
        not: [/\|\s*where\s+(TimeGenerated|Timestamp)\s*>=?\s*ago\(\s*(3d|72h)\s*\)\s*\|\s*summarize/],
      },
    },
  },
  // SPL: the network traffic, web, endpoint and authentication data models, windows logs, sysmon, o365, cloudtrail, azure
  {
    id: 'b19-spl-fw-blocked-sources-over-100-top20-1h',
    question:
      'Which source IPs got blocked by the firewall more than 100 times in the last hour? Give me the worst 20.',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /action\s*(=|IN\s*\()\s*"?(block|blocked|deny|denied|drop|dropped)\b/i,
          /by\s+[^|]*(All_Traffic\.)?src(_ip)?\b/,
          moreThan(100),
          topSpl(20),
          splAgo('1h', '60m', '60min', '3600s'),
        ],
      },
    },
  },
  {
    id: 'b19-spl-fw-bytes-to-172-20-5-10-by-transport-30m-8h',
    question:
      'Bytes in and bytes out for traffic going to server 172.20.5.10, split by transport (tcp/udp), in 30-minute steps over the last 8 hours.',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /dest(_ip)?\s*(=|IN\s*\()\s*"?172\.20\.5\.10\b/,
          /sum\(\s*(All_Traffic\.)?bytes_in\s*\)/,
          /sum\(\s*(All_Traffic\.)?bytes_out\s*\)/,
          /by\s+[^|]*(All_Traffic\.)?transport\b/,
          /span\s*=\s*"?(30m|30min|1800s)\b/,
          splAgo('8h', '480m'),
        ],
      },
    },
  },
  {
    id: 'b19-spl-sysmon-services-children-outside-windows-3d',
    question:
      'Sysmon process creation (event 1) where the parent is services.exe but the image is NOT under C:\\Windows\\ - last 3 days, with host, image, command line and hashes.',
    expect: {
      spl: {
        table: 'sysmon',
        has: [
          /EventCode\s*(=|IN\s*\()\s*"?1\b/,
          /ParentImage\b[^|]*services\.exe/i,
          /(NOT\s+\(?\s*Image\s*=|Image\s*!=)\s*"?[^"\s]*Windows|NOT\s+Image\s+IN\s*\([^)]*Windows|NOT\s+(match|like|searchmatch)\(\s*"?Image[^)]*Windows|!\s*(match|like)\(\s*Image[^)]*Windows/i,
          splShows('Hashes'),
          splAgo('3d', '72h'),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b19-spl-4625-c0000064-distinct-users-per-src-over-15-24h',
    question:
      'In the Windows event logs in Splunk: failed logons (4625) with sub status 0xC0000064, the username does not exist, over the past 24 hours. For each source, how many distinct usernames were tried? Only sources with more than 15.',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [
          splEvent(4625),
          /Sub_Status\s*(=|IN\s*\()\s*"?0xc0000064/i,
          /(dc|distinct_count|estdc)\(\s*user\s*\)[^|]*by\s+[^|]*\bsrc(_ip)?\b/,
          moreThan(15),
          DAY1_SPL,
        ],
      },
    },
  },
  {
    id: 'b19-spl-nonnative-o365-sharepoint-downloads-top5-since-monday',
    question:
      'from the o365 logs in splunk, which users are making most FileDownloaded on SharePoint since monday? top 5 only',
    expect: {
      spl: {
        table: 'o365',
        has: [
          /FileDownloaded/,
          /Workload\s*(=|IN\s*\()\s*"?SharePoint/i,
          /by\s+[^|]*\bUserId\b|top\s+(limit\s*=\s*\d+\s+)?UserId\b/,
          topSpl(5),
          SINCE_MONDAY_SPL,
        ],
      },
    },
  },
  {
    id: 'b19-spl-cloudtrail-unauthorizedoperation-by-source-and-arn-2d',
    question:
      "CloudTrail calls that failed with UnauthorizedOperation in the last 2 days, counted by event source and by the calling identity's ARN.",
    expect: {
      spl: {
        table: 'aws',
        has: [
          /UnauthorizedOperation/,
          /by\s+[^|]*\beventSource\b/,
          /by\s+[^|]*userIdentity\.arn\b/,
          splAgo('2d', '48h'),
        ],
      },
    },
  },
  {
    id: 'b19-spl-azure-index-cli-failed-signins-hourly-today',
    question: "Failed sign-ins to the Microsoft Azure CLI app in Splunk's azure index today, per hour.",
    expect: {
      spl: {
        table: 'azure',
        has: [
          /Microsoft Azure CLI/,
          /errorCode"?\s*(!=|>|<>)\s*"?0\b|NOT\s+"?properties\.status\.errorCode"?\s*=\s*"?0\b|errorCode"?\s*(=|IN\s*\()\s*"?[1-9]/,
          SPAN_1H_SPL,
          TODAY_SPL,
        ],
      },
    },
  },
  {
    id: 'b19-spl-web-post-api-login-401-over-30-per-src-15m',
    question:
      'Brute force against our login API? POST requests to /api/login that got a 401 on the web servers in the last 15 minutes, per client IP, only IPs with more than 30.',
    expect: {
      spl: {
        table: 'Web',
        has: [
          /http_method\s*(=|IN\s*\()\s*"?POST/i,
          /\/api\/login/,
          /status\s*(=|IN\s*\()\s*"?401\b/,
          /by\s+[^|]*(Web\.)?src\b/,
          moreThan(30),
          splAgo('15m', '15min', '900s'),
        ],
      },
    },
  },
  {
    id: 'b19-spl-endpoint-recon-tools-users-over-3-hosts-today',
    question:
      "Recon check in Splunk's endpoint process data model: which users ran whoami.exe, net.exe or nltest.exe on more than 3 different hosts today?",
    expect: {
      spl: {
        table: 'Endpoint.Processes',
        has: [
          /whoami\.exe/i,
          /\bnet\.exe/i,
          /nltest\.exe/i,
          /(dc|distinct_count|estdc)\(\s*(Processes\.)?dest\s*\)[^|]*by\s+[^|]*(Processes\.)?user\b/,
          moreThan(3),
          TODAY_SPL,
        ],
      },
    },
  },
  {
    id: 'b19-spl-registry-regsvr32-value-data-by-host-path-10d',
    question:
      'Registry changes in the endpoint registry data model over the last 10 days where the value data mentions regsvr32, broken down by host and registry path.',
    expect: {
      spl: {
        table: 'Endpoint.Registry',
        has: [
          /registry_value_data[^|]*regsvr32/i,
          /by\s+[^|]*(Registry\.)?dest\b/,
          /by\s+[^|]*(Registry\.)?registry_path\b/,
          splAgo('10d', '240h'),
        ],
      },
    },
  },
  // SQL: the business database
  {
    id: 'b19-sql-aov-cad-by-segment-aug-oct-over-250',
    question:
      'E-commerce review: average order value in CAD per customer segment for orders placed from 1 August to 31 October 2026, only segments where the average is above 250.',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /'CAD'/,
          /GROUP BY[^;]*segment/i,
          /HAVING\s+AVG\(\s*(\w+\.)?total\s*\)\s*(>\s*250|>=\s*250\.01)\b/i,
          new RegExp(`created_at\\s*(>=|BETWEEN)\\s*${sqlLiteral}2026-08-01`, 'i'),
          /2026-(11-01|10-31)/,
        ],
        not: [CUSTOMER_CREATED_SQL],
      },
    },
  },
  {
    id: 'b19-sql-italy-refunded-customers-60d-most-first',
    question:
      'Support lead here: which customers in Italy had orders refunded in the last 60 days? Name, email and number of refunds, most refunds first.',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /status\s*(=|ILIKE|IN\s*\()\s*'refunded'/i,
          sqlIs('country', 'Italy|IT|Italia'),
          /COUNT\(/i,
          /ORDER BY[^;]*DESC/i,
          sqlShows('email'),
          sqlBack('(\\w+\\.)?created_at', 60, '2 months?'),
        ],
        not: [CUSTOMER_CREATED_SQL],
      },
    },
  },
  {
    id: 'b19-sql-category-revenue-share-this-year',
    question:
      "What share of this year's revenue came from each product category? Work it out from the order lines (quantity times unit price).",
    expect: {
      sql: {
        table: 'order_items',
        has: [
          /SUM\(\s*(\w+\.)?quantity\s*\*\s*(\w+\.)?unit_price\s*\)|SUM\(\s*(\w+\.)?unit_price\s*\*\s*(\w+\.)?quantity\s*\)/i,
          /GROUP BY[^;]*category/i,
          /100(\.0)?\s*\*|\*\s*100(\.0)?\b|SUM\([^;]*\)\s*OVER\s*\(|\/\s*\(\s*SELECT\s+SUM/i,
          /created_at/,
          THIS_YEAR_SQL,
        ],
        not: [/\b(p|pr|prod|products)\.created_at\s*(>|>=|<|BETWEEN)/i],
      },
    },
  },
  {
    id: 'b19-sql-late-paid-invoices-last-month-per-currency-avg-days',
    question:
      'Invoices that were paid last month but after their due date: how many per currency, and how many days late on average?',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /paid_at\s*\)?\s*(::\s*date\s*)?>\s*(\w+\.)?due_date|due_date\s*<\s*(DATE\(\s*|CAST\(\s*)?(\w+\.)?paid_at/i,
          /GROUP BY[^;]*currency/i,
          /AVG\([^;]*paid_at[^;]*due_date|AVG\([^;]*due_date[^;]*paid_at/i,
          /paid_at\s*(>=|BETWEEN)|date_trunc\(\s*'month'\s*,\s*(\w+\.)?paid_at\s*\)\s*=/i,
          LAST_MONTH_START_SQL,
          LAST_MONTH_END_SQL,
        ],
        not: [/(issued_at|due_date)\s*(>=|BETWEEN)\s*[^;]*(date_trunc\(\s*'month'|\d{4}-\d{2}-01)/i],
      },
    },
  },
  {
    id: 'b19-sql-nonnative-churned-created-2025-per-country-over-20',
    question:
      'customers with status churned and they was created in 2025, how many is in each country? show only the country with more than 20',
    expect: {
      sql: {
        table: 'customers',
        has: [
          /status\s*(=|ILIKE|IN\s*\()\s*'churned'/i,
          /created_at\s*(>=|BETWEEN)\s*[^;]*2025-01-01|(EXTRACT\(\s*YEAR\s+FROM|date_part\(\s*'year'\s*,)\s*(\w+\.)?created_at\s*\)\s*=\s*2025|date_trunc\(\s*'year'\s*,\s*(\w+\.)?created_at\s*\)\s*=[^;]*2025/i,
          /2026-01-01|2025-12-31|=\s*2025\b/i,
          /GROUP BY[^;]*country/i,
          /HAVING\s+COUNT\([^)]*\)\s*(>\s*20|>=\s*21)\b/i,
        ],
      },
    },
  },
  {
    id: 'b19-sql-top5-headphones-units-last-week-active-only',
    question:
      'Top 5 headphones by units sold last week (Monday to Sunday), active products only: product name and units.',
    expect: {
      sql: {
        table: 'order_items',
        has: [
          sqlIs('category', 'headphones?'),
          /(\w+\.)?active\s*(=\s*(true|'t'|1)|IS\s+TRUE)|(WHERE|AND)\s+(\w+\.)?active\s*($|AND|GROUP|ORDER|\))/i,
          /SUM\(\s*(\w+\.)?quantity\s*\)/i,
          /LIMIT\s+5\b|FETCH FIRST 5/i,
          LAST_WEEK_START_SQL,
          LAST_WEEK_END_SQL,
        ],
        not: [/\b(p|pr|prod|products)\.created_at\s*(>|>=|<|BETWEEN)/i],
      },
    },
  },
  {
    id: 'b19-sql-support-agents-inactive-21d-or-never',
    question:
      "Support lead: list users in the Support department with the role agent who haven't logged in for 21 days or more, including anyone who has never logged in. Show email and last login.",
    expect: {
      sql: {
        table: 'users',
        has: [
          sqlIs('department', 'support'),
          sqlIs('role', 'agent'),
          /last_login_at\s*(<|<=)\s*[^;]*(21 days?|'21'|-\s*21\b|3 weeks?)/i,
          /last_login_at\s+IS\s+NULL|COALESCE\(\s*(\w+\.)?last_login_at/i,
        ],
        not: [/last_login_at\s*>=?\s*\(?\s*(now|CURRENT)/i],
      },
    },
  },
  {
    id: 'b19-sql-password-reset-3plus-yesterday-with-email',
    question:
      'Which of our app users triggered a password_reset 3 or more times yesterday? I need their email and the count.',
    expect: {
      sql: {
        table: 'events',
        has: [
          /event_type\s*(=|IN\s*\(|ILIKE|LIKE)\s*'password_reset'/i,
          /HAVING\s+COUNT\([^)]*\)\s*(>=\s*3|>\s*2)\b/i,
          sqlShows('email'),
          YESTERDAY_START_OCCURRED_SQL,
          YESTERDAY_END_OCCURRED_SQL,
        ],
      },
    },
  },
  {
    id: 'b19-sql-nonnative-hr-budget-overspent-months-fy2026',
    question:
      'for HR department in fiscal year 2026, which months the spent is more big than the budget amount? show me month, amount and spent',
    expect: {
      sql: {
        table: 'budget',
        has: [
          sqlIs('department', 'HR|Human Resources'),
          /fiscal_year\s*(=\s*2026|IN\s*\(\s*2026)\b/i,
          /spent\s*\)?\s*>\s*(SUM\(\s*)?(\w+\.)?amount|amount\s*\)?\s*<\s*(SUM\(\s*)?(\w+\.)?spent/i,
          sqlShows('fiscal_month'),
        ],
      },
    },
  },
  {
    id: 'b19-sql-pending-usd-100-to-500-before-this-week-oldest-first',
    question:
      'Pending orders in USD worth between 100 and 500 dollars that were placed before this week, oldest first. I want to chase them.',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /status\s*(=|ILIKE|IN\s*\()\s*'pending'/i,
          /'USD'/,
          /total\s*BETWEEN\s*100(\.0+)?\s*AND\s*500\b|total\s*>=?\s*100(\.0+)?\b[^;]*total\s*<=?\s*500\b/i,
          new RegExp(
            `created_at\\s*<\\s*\\(?\\s*(date_trunc\\(\\s*'week'\\s*,\\s*${sqlNow}|${sqlLiteral}${iso(MONDAY)})`,
            'i',
          ),
          /ORDER BY\s+(\w+\.)?created_at\b/i,
        ],
        not: [/ORDER BY\s+(\w+\.)?created_at\s+DESC/i, /created_at\s*>=?\s*\(?\s*date_trunc\(\s*'week'/i],
      },
    },
  },
  // two platforms
  {
    id: 'b19-multi-kql-spl-invoke-mimikatz-cmdline-10d',
    question:
      "Detection check across both tools: any process command line containing Invoke-Mimikatz in the last 10 days, in Defender's process events and in the sysmon data. Show host, account and command line.",
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/(ProcessCommandLine|InitiatingProcessCommandLine)\b[^|]*Invoke-Mimikatz/i, kqlAgo('10d', '240h')],
      },
      // Second commit: the CIM Endpoint.Processes data model is how Splunk normalises sysmon process
      // creation; "the sysmon data" is answered by the raw index or by that data model, so the table
      // check became a check on either source (the first run rejected a correct data-model search).
      spl: {
        has: [
          /index\s*=\s*"?sysmon\b|datamodel\s*=\s*"?Endpoint(\.Processes)?\b/,
          /Invoke-Mimikatz/i,
          splAgo('10d', '240h'),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b19-multi-kql-sql-anna-locked-out-since-yesterday',
    question:
      "Support ticket: anna.schmidt@contoso.com says she is locked out. Show her failed Entra sign-ins since yesterday with the error code, and whether her account is active in our app's users table and when she last logged in.",
    expect: {
      kql: {
        table: 'SigninLogs',
        has: ['anna.schmidt@contoso.com', FAILED_SIGNIN_KQL, kqlShows('ResultType'), YESTERDAY_START_KQL],
      },
      sql: {
        table: 'users',
        has: ['anna.schmidt@contoso.com', sqlShows('active'), sqlShows('last_login_at')],
        // Second commit: "whether her account is active" — a filter on active accounts hides the answer
        // when she is not active (and her last login with it); the first checks let it pass.
        not: [
          /\bactive\s*(IS\s+TRUE|=\s*(true|'t'|1)\b)|(WHERE|AND)\s+(\w+\.)?active\s*($|AND\b|ORDER\b|GROUP\b|LIMIT\b|\))/i,
        ],
      },
    },
  },
  {
    id: 'b19-multi-spl-sql-checkout-500s-and-orders-hourly-today',
    question:
      'Checkout looked broken this morning. Per hour today: how many HTTP 500 errors did /checkout return on our web servers, and how many orders were created in the orders database?',
    expect: {
      spl: {
        table: 'Web',
        has: [/\/checkout/, /status\s*(=|IN\s*\()\s*"?500\b/, SPAN_1H_SPL, TODAY_SPL],
      },
      sql: {
        table: 'orders',
        has: [
          /date_trunc\(\s*'hour'\s*,\s*(\w+\.)?created_at|EXTRACT\(\s*HOUR\s+FROM\s+(\w+\.)?created_at|date_part\(\s*'hour'\s*,\s*(\w+\.)?created_at/i,
          /COUNT\(/i,
          todaySql('(\\w+\\.)?created_at'),
        ],
      },
    },
  },
  {
    id: 'b19-multi-kql-spl-ssh-to-185-199-110-153-6h',
    question:
      'Network admin: was there any SSH (port 22) traffic to 185.199.110.153 in the last 6 hours? Check the Defender network events and the firewall traffic in Splunk.',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [kqlIs('RemoteIP', '185\\.199\\.110\\.153'), /RemotePort\s*(==|in\s*\()\s*22\b/, kqlAgo('6h', '360m')],
      },
      spl: {
        table: 'Network_Traffic',
        has: [
          /dest(_ip)?\s*(=|IN\s*\()\s*"?185\.199\.110\.153\b/,
          /dest_port\s*(=|IN\s*\()\s*"?22\b/,
          splAgo('6h', '360m'),
        ],
      },
    },
  },
  {
    id: 'b19-multi-spl-kql-nonnative-database-deletes-30d',
    question:
      'who delete the databases in cloud in last 30 day? look the DeleteDBInstance in aws cloudtrail and the sql database delete in azure activity, i need who and when',
    expect: {
      spl: {
        table: 'aws',
        has: [/DeleteDBInstance/, splShows('userIdentity\\.arn'), splAgo('30d', '720h', '1mon')],
      },
      kql: {
        table: 'AzureActivity',
        has: [
          /Microsoft\.Sql\/servers\/databases\/delete|OperationNameValue\b[^|]*(Sql|databases)[^|]*delete|OperationNameValue\b[^|]*delete[^|]*(Sql|databases)/i,
          kqlShows('Caller'),
          kqlAgo('30d', '720h'),
        ],
      },
    },
  },
  // clarification
  {
    id: 'b19-clarify-nonnative-check-it-urgent',
    question: 'you can check it for me please? is urgent',
    clarification: true,
  },
  { id: 'b19-clarify-why-so-low', question: 'why is it so low this time?', clarification: true },
];

import type { JourneyCase } from './journey-cases';
import {
  kqlLast,
  TODAY_KQL,
  THIS_WEEK_KQL,
  THIS_MONTH_KQL,
  LAST_MONTH_END,
  COUNT_KQL,
  kqlEvent,
  kqlAbove,
  kqlShows,
  splLast,
  DAY1_SPL,
  YESTERDAY_START_SPL,
  splEvent,
  WINDOWS_SECURITY_IDS_SPL,
  splAbove,
  splShows,
  COUNT_SPL,
  sqlInterval,
  sqlLast,
  sqlDayOf,
  sqlPrevMonthStart,
  topSql,
  sqlCountAbove,
  sqlIs,
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
  usDate,
} from './journey-dates';

/**
 * The "blind42" journey-quality set, written blind on 2026-11-28 (01:40–01:50 UTC). I did not read the
 * query builders (apps/mock-data/src/query/**), the constraint extractor or routing code (libs/planner-core),
 * planner-llm, the planner app, the git history of any of them, any failure list, or another blind author's
 * work in progress (blind41 was being written at the same time; I did not open it), and I did not run the
 * planner on any question: by the lead's instruction the first run is the lead's, on the final code.
 * I read: issue 11, the `JourneyCase` / `QueryCheck` types in journey-cases.ts, journey-dates.ts,
 * journey-checkers.ts, journey-runner.ts, run-journeys.ts (to register the set), the mesh's schemas
 * (kql/spl/sql.json), blind39's file as the format example (its window and shape helpers, which came from
 * blind22, blind27 and blind37, are reused here; its questions and values are not), and the question lines
 * of the other sets (to avoid their personas, questions and, where I could, their values).
 * Aim: resemble the held-back set of issue 11 (questions a new user types on a normal day).
 * Personas (chosen away from the other sets'; only the university SOC is a kind of organisation another set
 * used, with different questions and values):
 * - a hospital's IT on-call engineer (St Brannoc's): NTLM validation failures (4776) on a ward workstation
 *   (WARD7-NS-03), the PACS server (10.40.12.8, DICOM port 104), an EHR app ("Epic Hyperspace") used from
 *   outside the UK, Outlook spawning shells, RDP brute force (4625, logon type 10) on radiology PCs, a
 *   Defender alert pasted as is (WinSCP.exe on PHARM-WS-12);
 * - a retailer's loss-prevention analyst (Pennyworth Stores): refunds over a threshold, bulk gift-card
 *   orders in the Black Friday week, several EUR orders over 500 by one customer, POS service accounts'
 *   high-risk sign-ins, a pricing SharePoint site synced to laptops, a leaver's mailbox deletions, gift-card
 *   balance probing on the web shop, a store manager under investigation;
 * - a game studio's build and infrastructure engineer (Hollowpine Games): 7z with a password on build
 *   machines, deleted storage accounts, Perforce (1666) leaving the private range, game-server traffic
 *   (udp 27015), AccessDenied on secrets in ap-southeast-2, a cosmetics store in BRL, account-recovery spam,
 *   an unknown IP (94.131.98.40);
 * - a logistics company's IT admin writing in non-native English (Kargoline): drivers' failed sign-ins,
 *   Entra lockouts (50053), renamed accounts (4781) last week, inactive Dispatch users, the Fleet fuel budget,
 *   a universal group change (4756) on a depot server;
 * - a SaaS company's billing team (Ledgerbird): overdue invoices by currency, days to pay, AUD invoices paid
 *   late last month, a billing API's secrets changed, Run keys on finance laptops, KMS and Key Vault deletions;
 * - a university SOC analyst: one service installed (4697) on many servers, password spraying (distinct
 *   users per source).
 * No question names a query language; some name a product (Entra, Defender, Sentinel, Splunk, sysmon,
 * CloudTrail, SharePoint, "our db"), most name the data. Phrasing: terse tickets, long stories, a pasted
 * alert, non-native English, typos and abbreviations, formal requests.
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform, 2 clarification cases (38).
 * Values: UPNs and domains, IPs and CIDRs (10.0.0.0/8), ports (104, 1666, 27015), hosts and host patterns,
 * event IDs (4625, 4697, 4756, 4776, 4781), Entra error codes (50053), process and file names, quoted
 * operation names, statuses (refunded, paid), amounts with currency (EUR 500, BRL, AUD), regions, app names,
 * registry paths, URL paths, HTTP statuses, fiscal years, departments and categories.
 * Shapes: counts, distinct counts with a threshold (> 3 servers, > 25 users), sums (revenue, bytes, amounts),
 * an average of a difference (days to pay), thresholds after aggregation (> 3, > 8, > 10, > 20), a comparison
 * of two columns (spent > budget, paid after due), top N (5, 10, 20), hourly buckets, monthly buckets, by X
 * and Y, columns to show, ordering, negations (outside the UK, outside 10.0.0.0/8, not paid).
 * Windows: last N minutes/hours/days (45m, 4h, 6h, 12h, 24h, 48h, 72h, 2d, 3d, 7d, 30d), today, yesterday
 * (both ends), this week, this month, this quarter, this year, the previous calendar week and month (both
 * ends), since an explicit date, an explicit range (2026-11-20 to 2026-11-27), two questions without a window
 * (overdue now; a fiscal year), and an inactivity condition ("not login since 30 day", not a window).
 * Calendar windows are computed from the run's clock (UTC).
 * Checks accept every spelling I could think of for the same condition (==, =~, in, has; ago(7d) or
 * ago(168h); raw SPL or the matching data model where the question does not name the source; SQL literals,
 * date_trunc, EXTRACT, intervals) and reject only queries that do not answer the question.
 * Before committing I checked every case's checks against a query I wrote by hand for it (scratch script,
 * not committed, calling the real checkers from journey-checkers.ts; 48 hand queries, two or three spellings
 * for some cases): every `has` matched, no `not` did, and the Kusto analyser, the SPL check and PostgreSQL
 * reported no problem. Ten wrong queries written on purpose (e.g. a window on last_login_at, Location == "GB"
 * for "outside the UK", `ago(1d)` for yesterday, the last 7 days for "this week", 4688 on sysmon) were all
 * rejected.
 * Platforms: 11 KQL, 10 SPL, 10 SQL; two-platform: 4 KQL + SPL, 1 KQL + SQL.
 * Not run on the planner by me: the lead does the first run on the final code.
 * First run (the lead, 2026-11-28 03:18 UTC, on main 6f0cf40: every fix branch of the round merged, this set given
 * to no one before): 20/38 passed (52.6 %); platforms right on 35/38; both clarification cases answered
 * `input_required`.
 * Second commit (lead's fairness review, same day): the sysmon case on Outlook spawning a shell accepts wildcards on
 * the program names (`ParentImage=*outlook*`, `Image=*cmd*`), which find the same processes: 21/38 (55.3 %). Every
 * other failure was read and is a query that does not answer the question (a value, a threshold or a group key
 * dropped, a window on the wrong date column, the wrong table) or a Windows event question naming no store that
 * the author expected in Splunk (two cases; the planner keeps such questions on Sentinel).
 */

/** `now()` and its SQL spellings. */
const sqlNow = '(now\\(\\)|CURRENT_DATE|current_timestamp|localtimestamp)';

// KQL windows
/** Yesterday's start (KQL). */
const YESTERDAY_START_KQL = new RegExp(
  [
    `startofday\\(\\s*(ago\\(\\s*(1d|24h)\\s*\\)|now\\(\\)\\s*-\\s*(1d|24h))\\s*\\)`,
    `startofday\\(\\s*now\\(\\)\\s*,\\s*-1\\s*\\)`,
    `startofday\\(\\s*now\\(\\)\\s*\\)\\s*-\\s*(1d|24h)`,
    kqlDate(YESTERDAY),
  ].join('|'),
);
/** …and its end: before today's start, or `endofday` of yesterday. */
const YESTERDAY_END_KQL = new RegExp(
  [
    `(<|\\.\\.)\\s*startofday\\(\\s*now\\(\\)\\s*\\)`,
    `endofday\\(\\s*(ago\\(\\s*(1d|24h)\\s*\\)|now\\(\\)\\s*,\\s*-1|now\\(\\)\\s*-\\s*(1d|24h))\\s*\\)`,
    `(<|\\.\\.)\\s*${kqlDate(TODAY)}`,
    `(<=?|\\.\\.)\\s*datetime\\(\\s*["']?${iso(YESTERDAY)}[T ]23`,
    `startofday\\(\\s*TimeGenerated\\s*\\)\\s*==\\s*startofday\\(\\s*(ago\\(\\s*(1d|24h)\\s*\\)|now\\(\\)\\s*,\\s*-1)`,
  ].join('|'),
);
/** The previous calendar month's start (KQL)… */
const PREV_MONTH_START_KQL = new RegExp(
  [
    `startofmonth\\(\\s*now\\(\\)\\s*,\\s*-1\\s*\\)`,
    `startofmonth\\(\\s*(ago\\(\\s*\\d+d\\s*\\)|startofmonth\\(\\s*now\\(\\)\\s*\\)\\s*-\\s*1d)\\s*\\)`,
    `datetime_add\\(\\s*["']month["']\\s*,\\s*-1\\s*,\\s*startofmonth\\(\\s*now\\(\\)\\s*\\)\\s*\\)`,
    kqlDate(LAST_MONTH_START),
  ].join('|'),
);
/** …and its end: before this month's start, or `endofmonth` of the previous month. */
const PREV_MONTH_END_KQL = new RegExp(
  [
    `(<|\\.\\.)\\s*startofmonth\\(\\s*now\\(\\)\\s*\\)`,
    `endofmonth\\(\\s*now\\(\\)\\s*,\\s*-1\\s*\\)`,
    `endofmonth\\(\\s*startofmonth\\(\\s*now\\(\\)\\s*,\\s*-1\\s*\\)\\s*\\)`,
    `(<|\\.\\.)\\s*${kqlDate(MONTH_START)}`,
    `(<=?|\\.\\.)\\s*datetime\\(\\s*["']?${iso(LAST_MONTH_END)}[T ]23`,
  ].join('|'),
);
/** An hourly bucket on the time column (KQL). */
const HOURLY_KQL =
  /bin\(\s*(TimeGenerated|Timestamp)\s*,\s*(1h|60m)\s*\)|startofhour\(\s*(TimeGenerated|Timestamp)\s*\)/;
/** Top N (KQL). */
const kqlTop = (n: number) => new RegExp(`top\\s+${n}\\s+by|take\\s+${n}\\b|limit\\s+${n}\\b`);
/**
 * A value compared to a KQL column: `==`, `=~`, `has`, `contains`, or anywhere in an `in` / `has_any` list
 * (the value need not come first in the list).
 */
const kqlIs = (column: string, value: string) =>
  new RegExp(`${column}\\s*(==|=~|has|contains|startswith|(in~?|has_any)\\s*\\([^)]*?)\\s*["']${value}["']`, 'i');
/** A failed Entra sign-in (KQL): ResultType other than 0. */
const FAILED_SIGNIN_KQL =
  /ResultType\s*(!=|!~|<>)\s*["']?0["']?(?!\d)|ResultType\s*!in~?\s*\([^)]*["']?0["']?\s*[,)]|toint\(\s*ResultType\s*\)\s*(!=\s*0|>\s*0)\b/;

// SPL windows
const THIS_WEEK_SPL = new RegExp(`earliest\\s*=\\s*"?(@w[01]?|-0w@w[01]?|${splDate(SUNDAY)}|${splDate(MONDAY)})`);
const THIS_MONTH_SPL = new RegExp(`earliest\\s*=\\s*"?(@mon|-0mon@mon|${splDate(MONTH_START)})`);
const YESTERDAY_END_SPL = new RegExp(
  `latest\\s*=\\s*"?(@d|-0d@d|${splDate(TODAY)}|${usDate(YESTERDAY)}:23:59|${iso(YESTERDAY)}T23:59)`,
);
/** The Monday of the previous calendar week, and the Sunday before it. */
const PREV_MONDAY = new Date(MONDAY.getTime() - 7 * DAY_MS);
const PREV_SUNDAY = new Date(SUNDAY.getTime() - 7 * DAY_MS);
/** The previous calendar week's start (SPL): `-1w@w1`, `-7d@w1`, or the day itself. */
const PREV_WEEK_START_SPL = new RegExp(
  `earliest\\s*=\\s*"?(-(1w|7d)@w[01]?|${splDate(PREV_MONDAY)}|${splDate(PREV_SUNDAY)})`,
);
/** …and its end: this week's start. */
const PREV_WEEK_END_SPL = new RegExp(
  `latest\\s*=\\s*"?(@w[01]?|-0w@w[01]?|${splDate(MONDAY)}|${splDate(SUNDAY)}|${usDate(new Date(MONDAY.getTime() - DAY_MS))}:23:59|${iso(new Date(MONDAY.getTime() - DAY_MS))}T23:59)`,
);
/** An hourly bucket (SPL). */
const HOURLY_SPL = /span\s*=\s*"?(1h|60m|1hr|3600s?)\b/;
/** A sysmon search or the Endpoint data model (SPL). */
const SYSMON_OR_ENDPOINT_SPL = /index\s*=\s*"?sysmon|datamodel\s*=\s*"?Endpoint|Endpoint\.Processes/;

// SQL windows and shapes
/** Since the start of this <unit> on a column (SQL): date_trunc of now, or the literal first day. */
const sqlThis = (column: string, unit: string, ...starts: readonly Date[]) =>
  new RegExp(
    `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*(date_trunc\\(\\s*'${unit}'\\s*,\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?\\)|${sqlLiteral}(${starts.map(iso).join('|')}))|date_trunc\\(\\s*'${unit}'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=\\s*date_trunc\\(\\s*'${unit}'\\s*,\\s*${sqlNow}`,
    'i',
  );
/** "older than N" on a column (SQL): a condition, not a window. */
const sqlOlderThan = (column: string, spellings: string, days: number) =>
  new RegExp(
    [
      `${column}\\s*(,[^)]*\\))?\\s*<=?\\s*\\(?\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?-\\s*${sqlInterval(spellings, days)}`,
      `age\\(\\s*(\\w+\\.)?${column}\\s*\\)\\s*>=?\\s*${sqlInterval(spellings, days)}`,
      `${sqlNow}\\s*(::\\s*\\w+\\s*)?-\\s*(\\w+\\.)?${column}\\s*(::\\s*\\w+\\s*)?\\)?\\s*(>=?)\\s*${sqlInterval(spellings, days)}`,
    ].join('|'),
    'i',
  );
/** A window start on a column (SQL): `>=` now minus something, or a literal date. */
const sqlWindowOn = (column: string) =>
  new RegExp(`${column}\\s*(>=?|BETWEEN)\\s*\\(?\\s*(${sqlNow}|date_trunc|${sqlLiteral})`, 'i');
/** Yesterday's start on a column (SQL), or the day compared as a whole. */
const sqlYesterdayStart = (column: string) =>
  new RegExp(
    [
      `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*(CURRENT_DATE|now\\(\\)\\s*::\\s*date|date_trunc\\(\\s*'day'\\s*,\\s*${sqlNow}\\s*\\))\\s*-\\s*(interval\\s*'(1 day|24 hours?)'|'1 day'\\s*::\\s*interval|1\\b)`,
      `${column}\\s*(>=|BETWEEN)\\s*${sqlLiteral}${iso(YESTERDAY)}`,
      `${sqlDayOf(column)}\\s*=\\s*\\(?\\s*(CURRENT_DATE\\s*-\\s*(1\\b|interval\\s*'1 day')|${sqlLiteral}${iso(YESTERDAY)})`,
    ].join('|'),
    'i',
  );
/** …and its end: before today's start (not needed when the day is compared as a whole). */
const sqlYesterdayEnd = (column: string) =>
  new RegExp(
    [
      `${column}\\s*<\\s*\\(?\\s*(CURRENT_DATE|now\\(\\)\\s*::\\s*date|date_trunc\\(\\s*'day'\\s*,\\s*${sqlNow}\\s*\\)|${sqlLiteral}${iso(TODAY)})`,
      `(BETWEEN|<=)\\s*[^;]*${iso(YESTERDAY)}[T ]23:59`,
      `${sqlDayOf(column)}\\s*=`,
    ].join('|'),
    'i',
  );
/** …and its end: before this month's start. */
const sqlPrevMonthEnd = (column: string) =>
  new RegExp(
    [
      `${column}\\s*<\\s*\\(?\\s*(date_trunc\\(\\s*'month'\\s*,\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?\\)|${sqlLiteral}${iso(MONTH_START)})`,
      `(BETWEEN|<=)\\s*[^;]*${iso(LAST_MONTH_END)}`,
      `date_trunc\\(\\s*'month'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=`,
    ].join('|'),
    'i',
  );
/** The first day of this calendar quarter (UTC). */
const QUARTER_START = new Date(Date.UTC(TODAY.getUTCFullYear(), Math.floor(TODAY.getUTCMonth() / 3) * 3, 1));
/** Revenue of order lines (SQL): `SUM(quantity * unit_price)` in either order. */
const LINE_REVENUE_SQL =
  /SUM\(\s*(\w+\.)?(quantity\s*\*\s*(\w+\.)?unit_price|unit_price\s*\*\s*(\w+\.)?quantity)\s*\)/i;
/** A true boolean column (SQL): `= true`, `IS TRUE`, or the bare column. */
const sqlTrue = (column: string) =>
  new RegExp(
    `${column}\\s*(=\\s*(true|'t'|'true'|1)\\b|IS\\s+TRUE)|(WHERE|AND)\\s+(\\w+\\.)?${column}\\b(?!\\s*(=|<>|!=|IS\\s+(NOT|FALSE)))`,
    'i',
  );

export const BLIND42_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: hospital IT on-call (Windows security events, Defender, Entra)
  {
    id: 'b42-kql-hosp-4776-ward7-per-account-4h',
    question:
      'nurses on ward 7 cant get into the EHR since this morning. 4776 failures from workstation WARD7-NS-03 in the last 4 hrs, per account pls',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4776),
          /WARD7-NS-03/i,
          /Status\s*(!=|!~|<>|!in~?\s*\()\s*["']?0x0\b|Status\s*(==|=~|in~?\s*\(|has|startswith)[^|]*0xc0000/i,
          COUNT_KQL,
          /by\s+[^|]*(TargetUserName|TargetAccount|Account)\b/,
          kqlLast('4h|240m'),
        ],
      },
    },
  },
  {
    id: 'b42-kql-hosp-pacs-104-today',
    question:
      'Defender: which devices connected to the PACS server 10.40.12.8 on port 104 today, and how many connections from each?',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          kqlIs('RemoteIP', '10\\.40\\.12\\.8'),
          /RemotePort\s*(==|in\s*\()\s*104\b/,
          COUNT_KQL,
          /by\s+[^|]*(DeviceName|DeviceId)/,
          TODAY_KQL,
        ],
      },
    },
  },
  {
    id: 'b42-kql-hosp-hyperspace-outside-uk-week',
    question:
      'Sign-ins to "Epic Hyperspace" from outside the UK this week? Broken down by user and country please - IG are asking.',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('AppDisplayName', 'Epic Hyperspace'),
          /Location\s*(!=|!~|!in~?\s*\(|!has|!contains)[^|]*["'](GB|UK|United Kingdom)["']|not\s*\(\s*Location\s*(==|=~|in~?|has)[^)]*["'](GB|UK|United Kingdom)["']/i,
          /by\s+[^|]*(UserPrincipalName|UserDisplayName|UserId)[^|]*Location|by\s+[^|]*Location[^|]*(UserPrincipalName|UserDisplayName|UserId)/,
          THIS_WEEK_KQL,
        ],
      },
    },
  },

  // KQL: game studio build and infrastructure engineer
  {
    id: 'b42-kql-game-7z-password-build-3d',
    question:
      'defender — 7z.exe run with a password switch (-p) on any of the build machines in the past 3 days? need device, user and the full cmdline',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /7z/i,
          /-p/,
          kqlShows('DeviceName'),
          kqlShows('AccountName'),
          kqlShows('ProcessCommandLine'),
          kqlLast('3d|72h|4320m'),
        ],
      },
    },
  },
  {
    id: 'b42-kql-game-storage-accounts-deleted-since-oct15',
    question:
      'Who has deleted storage accounts (Microsoft.Storage/storageAccounts/delete) in Azure since 2026-10-15? caller, resource group and whether it succeeded',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          /Microsoft\.Storage\/storageAccounts\/delete/i,
          kqlShows('Caller'),
          kqlShows('ResourceGroup'),
          kqlShows('ActivityStatusValue'),
          new RegExp(`(>=?|between\\s*\\()\\s*datetime\\(\\s*["']?2026-10-15`),
        ],
      },
    },
  },
  {
    id: 'b42-kql-game-perforce-1666-outside-private-6h',
    question:
      'p4 traffic (port 1666) going to anything outside 10.0.0.0/8 in the last 6 hours - by initiating process and remote ip',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /RemotePort\s*(==|in\s*\()\s*1666\b/,
          /(not\s*\(\s*|!)ipv4_is_in_range\(\s*RemoteIP\s*,\s*["']10\.0\.0\.0\/8["']|ipv4_is_in_range\(\s*RemoteIP\s*,\s*["']10\.0\.0\.0\/8["']\s*\)\s*==\s*false|RemoteIP\s*!startswith\s*["']10\.|not\s*\(\s*RemoteIP\s*startswith\s*["']10\./,
          /by\s+[^|]*InitiatingProcessFileName/,
          /by\s+[^|]*RemoteIP/,
          kqlLast('6h|360m'),
        ],
      },
    },
  },

  // KQL: retailer's loss-prevention analyst
  {
    id: 'b42-kql-lp-pricing-site-sync-top5-7d',
    question:
      'top 5 users by number of FileSyncDownloadedFull events on the /sites/pricing SharePoint site over the past week (7 days)',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [
          kqlIs('Operation', 'FileSyncDownloadedFull'),
          /sites\/pricing/i,
          COUNT_KQL,
          /by\s+[^|]*UserId/,
          kqlTop(5),
          kqlLast('7d|168h|1w'),
        ],
      },
    },
  },
  {
    id: 'b42-kql-lp-svc-pos-high-risk-yday',
    question: 'Entra: any high-risk sign-ins yesterday for the POS service accounts (svc-pos-*)? ip + app + location',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /svc-pos/i,
          /RiskLevelDuringSignIn\s*(==|=~|in~?\s*\(|has)[^|]*high/i,
          kqlShows('IPAddress'),
          kqlShows('AppDisplayName'),
          kqlShows('Location'),
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },

  // KQL: logistics IT admin (non-native English)
  {
    id: 'b42-kql-logi-drivers-failed-hourly-by-code-2d',
    question:
      'hello, please i need the failed sign in of our drivers accounts (@drivers.kargoline.eu) for last 2 day, count by hour and by error code',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /drivers\.kargoline\.eu/i,
          FAILED_SIGNIN_KQL,
          COUNT_KQL,
          HOURLY_KQL,
          /by\s+[^|]*ResultType/,
          kqlLast('2d|48h'),
        ],
      },
    },
  },

  // KQL: SaaS billing team
  {
    id: 'b42-kql-billing-api-secrets-changed-prev-month',
    question:
      'Could you list every "Update application – Certificates and secrets management" change made to the ledgerbird-billing-api app registration during last calendar month, with who did it?',
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [
          /Certificates and secrets management/i,
          /ledgerbird-billing-api/i,
          kqlShows('InitiatedBy'),
          PREV_MONTH_START_KQL,
          PREV_MONTH_END_KQL,
        ],
      },
    },
  },

  // KQL: university SOC analyst
  {
    id: 'b42-kql-uni-4697-service-on-over-3-servers-7d',
    question:
      'lateral movement hunt: 4697 service installs in the last 7 days — any service name that got installed on more than 3 distinct servers?',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4697),
          /dcount\(\s*Computer\s*\)|count_distinct\(\s*Computer\s*\)/,
          /by\s+[^|]*ServiceName/,
          kqlAbove(3),
          kqlLast('7d|168h|1w'),
        ],
      },
    },
  },

  // SPL: hospital IT on-call
  {
    id: 'b42-spl-hosp-outlook-spawns-shell-24h',
    question: 'sysmon: outlook spawning cmd or powershell in the last 24h — count per host',
    expect: {
      spl: {
        has: [
          SYSMON_OR_ENDPOINT_SPL,
          // Second commit (lead's fairness review): a wildcard on the program's name ("*outlook*", "*cmd*") finds
          // the same processes as the full file name.
          /OUTLOOK\.EXE|\*outlook\*/i,
          /cmd\.exe|\*cmd\*/i,
          /powershell\.exe|\*powershell\*/i,
          COUNT_SPL,
          /by\s+[^|]*\b(host|dest|Processes\.dest)\b/,
          DAY1_SPL,
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b42-spl-hosp-rdp-4625-rad-ws-over-20-week',
    question:
      'RDP brute force on the radiology PCs? 4625 logon type 10 on RAD-WS-* this week, src ips with more than 20 fails',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [
          splEvent(4625),
          /Logon_Type\s*(=|IN\s*\()\s*"?10\b/,
          /RAD-WS-/i,
          /by\s+[^|]*\bsrc\b/,
          splAbove(20),
          THIS_WEEK_SPL,
        ],
      },
    },
  },

  // SPL: retailer's loss-prevention analyst
  {
    id: 'b42-spl-lp-okafor-mailbox-deletions-30d',
    question:
      'o365 data in splunk: MoveToDeletedItems and SoftDelete done by j.okafor@pennyworth-stores.co.uk in the last 30 days (she left on friday). count per operation',
    expect: {
      spl: {
        table: 'o365',
        has: [
          /MoveToDeletedItems/,
          /SoftDelete/,
          /j\.okafor@pennyworth-stores\.co\.uk/i,
          COUNT_SPL,
          /by\s+[^|]*\bOperation\b/,
          splLast('30d|720h|1mon'),
        ],
      },
    },
  },
  {
    id: 'b42-spl-lp-giftcard-balance-403-429-top20-12h',
    question: 'web logs: POST /api/giftcard/balance returning 403 or 429 in the last 12 hours - top 20 source IPs',
    expect: {
      spl: {
        table: 'Web',
        has: [
          /\/api\/giftcard\/balance/,
          /POST/,
          /403/,
          /429/,
          /\b(Web\.)?src\b/,
          /\|\s*(top\s+[^|]*\blimit\s*=\s*20\b|top\s+20\b|head\s+20\b)/,
          splLast('12h|720m'),
        ],
      },
    },
  },

  // SPL: game studio build and infrastructure engineer
  {
    id: 'b42-spl-game-getsecretvalue-denied-per-arn-7d',
    question: 'cloudtrail — AccessDenied on GetSecretValue in ap-southeast-2 over the last 7d, count per role arn',
    expect: {
      spl: {
        table: 'aws',
        has: [
          /GetSecretValue/,
          /AccessDenied/,
          /ap-southeast-2/,
          COUNT_SPL,
          /by\s+[^|]*userIdentity\.arn/,
          splLast('7d|168h|1w'),
        ],
      },
    },
  },
  {
    id: 'b42-spl-game-27015-bytes-out-hourly-24h',
    question: 'net traffic: total bytes out to udp 27015 per dest ip, hourly, last 24h',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /dest_port\s*(=|IN\s*\()\s*"?27015\b/,
          /udp/i,
          /sum\(\s*"?(All_Traffic\.)?bytes_out/,
          /by\s+[^|]*\b(All_Traffic\.)?dest_ip\b/,
          HOURLY_SPL,
          DAY1_SPL,
        ],
      },
    },
  },

  // SPL: logistics IT admin (non-native English)
  {
    id: 'b42-spl-logi-aad-50053-over-10-yday',
    question: 'pls from splunk azure signin: which user get error 50053 (account lock) more as 10 time yesterday',
    expect: {
      spl: {
        table: 'azure',
        has: [/50053/, /by\s+[^|]*properties\.userPrincipalName/, splAbove(10), YESTERDAY_START_SPL, YESTERDAY_END_SPL],
      },
    },
  },
  {
    id: 'b42-spl-logi-4781-renamed-prev-week',
    question: 'account renamed event 4781 in last week (monday to sunday), show user, host and time',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [
          splEvent(4781),
          splShows('user'),
          splShows('host|dest'),
          splShows('_time'),
          PREV_WEEK_START_SPL,
          PREV_WEEK_END_SPL,
        ],
      },
    },
  },

  // SPL: university SOC analyst
  {
    id: 'b42-spl-uni-spray-over-25-users-45m',
    question:
      'auth datamodel: any source with failed logins against more than 25 distinct users in the last 45 minutes? (spraying)',
    expect: {
      spl: {
        table: 'Authentication',
        has: [
          /action\s*(=|IN\s*\()\s*"?fail/i,
          /\b(dc|distinct_count|estdc)\(\s*"?(Authentication\.)?user\b/,
          /by\s+[^|]*\b(Authentication\.)?src\b/,
          splAbove(25),
          splLast('45m|2700s'),
        ],
      },
    },
  },

  // SPL: SaaS billing team
  {
    id: 'b42-spl-billing-run-keys-fin-lt-month',
    question:
      'registry: new Run key values on the finance laptops (FIN-LT-*) this month - value name, data and machine',
    expect: {
      spl: {
        table: 'Endpoint.Registry',
        has: [
          /registry_(path|key_name)\s*(=|IN\s*\(|LIKE\s*\(?)[^|]*Run/i,
          /FIN-LT-/i,
          splShows('registry_value_name'),
          splShows('registry_value_data'),
          splShows('dest'),
          THIS_MONTH_SPL,
        ],
      },
    },
  },

  // SQL: retailer's loss-prevention analyst
  {
    id: 'b42-sql-lp-refunds-over-3-quarter',
    question: 'LP review: customers with more than 3 refunded orders this quarter — name, email and how many refunds',
    expect: {
      sql: {
        table: 'orders',
        has: [
          sqlIs('status', 'refunded'),
          sqlCountAbove(3),
          /email/,
          /\bname\b/,
          sqlThis('created_at', 'quarter', QUARTER_START),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b42-sql-lp-bulk-gift-cards-black-friday-week',
    question:
      'Gift Cards bought 20 or more at once (one order line) between 2026-11-20 and 2026-11-27 — order id, customer name, qty and unit price',
    expect: {
      sql: {
        table: 'order_items',
        has: [
          sqlIs('category', 'Gift Cards'),
          /quantity\s*(>=\s*20|>\s*19)\b/i,
          /created_at\s*(::\s*date\s*)?(>=|BETWEEN)\s*(TIMESTAMPTZ\s*|DATE\s*|TIMESTAMP\s*|CAST\(\s*)?'2026-11-20/i,
          /created_at\s*<\s*(TIMESTAMPTZ\s*|DATE\s*|TIMESTAMP\s*|CAST\(\s*)?'2026-11-28|created_at\s*::\s*date\s*(<=\s*|BETWEEN\s*[^;]*?AND\s*)(DATE\s*)?'2026-11-27'|created_at\s*<=\s*(TIMESTAMPTZ\s*|DATE\s*|TIMESTAMP\s*|CAST\(\s*)?'2026-11-27[T ]23:59|AND\s*(TIMESTAMPTZ\s*|DATE\s*|TIMESTAMP\s*|CAST\(\s*)?'2026-11-(27[T ]23:59|28)/i,
          /order_id/,
          /\bname\b/,
          /unit_price/,
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b42-sql-lp-eur-over-500-more-than-3-yday',
    question: 'did anyone place more than 3 orders over €500 yesterday? customer id, name, count',
    expect: {
      sql: {
        table: 'orders',
        has: [
          sqlIs('currency', 'EUR'),
          /total\s*(>\s*500|>=\s*500\.01)\b/i,
          sqlCountAbove(3),
          /customer_id/,
          /\bname\b/,
          sqlYesterdayStart('created_at'),
          sqlYesterdayEnd('created_at'),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },

  // SQL: SaaS billing team
  {
    id: 'b42-sql-billing-overdue-by-currency',
    question: 'Total outstanding on overdue invoices per currency (due date passed, not paid yet).',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          /GROUP BY[^;]*currency/i,
          /due_date\s*<\s*\(?\s*(CURRENT_DATE|now\(\)|current_timestamp|localtimestamp)/i,
          /paid_at\s+IS\s+NULL|status\s*(<>|!=|NOT\s+IN\s*\()[^;]*'paid'|status\s*(=|IN\s*\()[^;]*'(unpaid|overdue|open|outstanding)'/i,
        ],
        not: [/issued_at\s*(>=?|BETWEEN)/i],
      },
    },
  },
  {
    id: 'b42-sql-billing-avg-days-to-pay-monthly-ytd',
    question:
      'average number of days between invoice issue and payment, per month of issue, this year — paid invoices only',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /AVG\([^;]*paid_at[^;]*issued_at/i,
          /date_trunc\(\s*'month'\s*,\s*(\w+\.)?issued_at|EXTRACT\(\s*MONTH\s+FROM\s+(\w+\.)?issued_at|to_char\(\s*(\w+\.)?issued_at\s*,\s*'(YYYY-)?MM/i,
          new RegExp(
            `${sqlThis('issued_at', 'year', YEAR_START).source}|EXTRACT\\(\\s*YEAR\\s+FROM\\s+(\\w+\\.)?issued_at\\s*\\)\\s*=\\s*(${YEAR}\\b|EXTRACT\\(\\s*YEAR\\s+FROM\\s+${sqlNow})`,
            'i',
          ),
          /paid_at\s+IS\s+NOT\s+NULL|status\s*(=|IN\s*\()\s*'paid'/i,
        ],
      },
    },
  },
  {
    id: 'b42-sql-billing-aud-paid-late-prev-month',
    question: 'How many AUD invoices issued last month were paid after their due date, and what do they add up to?',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          sqlIs('currency', 'AUD'),
          /paid_at\s*(::\s*date\s*)?>\s*(\w+\.)?due_date|due_date\s*<\s*(\w+\.)?paid_at|date\(\s*(\w+\.)?paid_at\s*\)\s*>\s*(\w+\.)?due_date/i,
          /COUNT\(/i,
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          sqlPrevMonthStart('issued_at'),
          sqlPrevMonthEnd('issued_at'),
        ],
      },
    },
  },

  // SQL: logistics IT admin (non-native English)
  {
    id: 'b42-sql-logi-dispatch-inactive-30d',
    question: 'how many user of the Dispatch department are still active but not login since 30 day?',
    expect: {
      sql: {
        table: 'users',
        has: [
          sqlIs('department', 'Dispatch'),
          sqlTrue('active'),
          // "Not login since 30 day" is a condition on last_login_at, not the query's window.
          sqlOlderThan('last_login_at', '30 days?|720 hours?|1 months?', 30),
          /COUNT\(/i,
        ],
        not: [sqlWindowOn('last_login_at')],
      },
    },
  },
  {
    id: 'b42-sql-logi-fleet-fuel-over-budget-fy2026',
    question:
      'for Fleet department, category Fuel, fiscal year 2026: which months the spent was bigger than the budget? show both amount',
    expect: {
      sql: {
        table: 'budget',
        has: [
          sqlIs('department', 'Fleet'),
          sqlIs('category', 'Fuel'),
          /fiscal_year\s*(=|IN\s*\()\s*2026\b/i,
          /spent\s*\)?\s*>\s*(SUM\(\s*)?(\w+\.)?amount|amount\s*\)?\s*<\s*(SUM\(\s*)?(\w+\.)?spent/i,
          /fiscal_month/,
          /\bspent\b[\s\S]*\bamount\b|\bamount\b[\s\S]*\bspent\b/,
        ],
      },
    },
  },

  // SQL: game studio (in-game store, app events)
  {
    id: 'b42-sql-game-top10-cosmetics-brl-week',
    question: 'store: top 10 Cosmetics items by BRL revenue this week, with units sold',
    expect: {
      sql: {
        table: 'order_items',
        has: [
          sqlIs('category', 'Cosmetics'),
          sqlIs('currency', 'BRL'),
          LINE_REVENUE_SQL,
          /SUM\(\s*(\w+\.)?quantity\s*\)/i,
          /ORDER BY[^;]*DESC/i,
          topSql(10),
          sqlThis('created_at', 'week', MONDAY, SUNDAY),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b42-sql-game-account-recovery-per-ip-over-8-6h',
    question: 'account_recovery_started spam? per ip address, only the ones with more than 8 in the last 6h',
    expect: {
      sql: {
        table: 'events',
        has: [
          sqlIs('event_type', 'account_recovery_started'),
          /GROUP BY[^;]*ip_address/i,
          sqlCountAbove(8),
          sqlLast('occurred_at', '6 hours?|360 minutes?'),
        ],
      },
    },
  },

  // Two platforms
  {
    id: 'b42-multi-hosp-winscp-pharm-ws-12-48h',
    question:
      "[Defender for Endpoint] Medium severity alert: 'WinSCP.exe' executed on PHARM-WS-12 by PHARMACY\\dlowe. Status: New. <- got this overnight. can you check defender and sysmon for the last 48h, with command lines",
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/WinSCP/i, /PHARM-WS-12/i, kqlShows('ProcessCommandLine'), kqlLast('48h|2d|2880m')],
      },
      spl: {
        has: [
          SYSMON_OR_ENDPOINT_SPL,
          /WinSCP/i,
          /PHARM-WS-12/i,
          splShows('CommandLine|process|Processes.process'),
          splLast('48h|2d|2880m'),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b42-multi-lp-haddad-signins-appdb-week',
    question:
      'store manager m.haddad@pennyworth-stores.co.uk is under investigation (till voids). need her Entra sign-ins this week and whatever she did in our db this week',
    expect: {
      kql: { table: 'SigninLogs', has: [/m\.haddad@pennyworth-stores\.co\.uk/i, THIS_WEEK_KQL] },
      sql: {
        table: 'events',
        has: [/'m\.haddad@pennyworth-stores\.co\.uk'/i, sqlThis('occurred_at', 'week', MONDAY, SUNDAY)],
      },
    },
  },
  {
    id: 'b42-multi-game-94-131-98-40-72h',
    question: 'which of our machines talked to 94.131.98.40 in the last 72h? defender + the firewall data in splunk',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [kqlIs('RemoteIP', '94\\.131\\.98\\.40'), kqlShows('DeviceName'), kqlLast('72h|3d')],
      },
      spl: {
        table: 'Network_Traffic',
        has: [/dest_ip\s*(=|IN\s*\()\s*"?94\.131\.98\.40/, splShows('src_ip|src'), splLast('72h|3d')],
      },
    },
  },
  {
    id: 'b42-multi-logi-4756-depot-srv-02-month',
    question: 'event 4756 on DEPOT-SRV-02 this month, in sentinel and splunk both please',
    expect: {
      kql: { table: 'SecurityEvent', has: [kqlEvent(4756), /DEPOT-SRV-02/i, THIS_MONTH_KQL] },
      spl: { table: 'wineventlog', has: [splEvent(4756), /DEPOT-SRV-02/i, THIS_MONTH_SPL] },
    },
  },
  {
    id: 'b42-multi-billing-kms-keyvault-deletions-7d',
    question:
      'Is anyone disabling our keys? DisableKey / ScheduleKeyDeletion in CloudTrail and Key Vault deletes (Microsoft.KeyVault/vaults/delete) in Azure activity, last 7 days, and who did it',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [/Microsoft\.KeyVault\/vaults\/delete/i, kqlShows('Caller'), kqlLast('7d|168h|1w')],
      },
      spl: {
        table: 'aws',
        has: [/DisableKey/, /ScheduleKeyDeletion/, splShows('userIdentity.arn'), splLast('7d|168h|1w')],
      },
    },
  },

  // Clarification: nothing to act on
  {
    id: 'b42-clarify-other-warehouse',
    question: "same as yesterday's one but for the other warehouse pls",
    clarification: true,
  },
  { id: 'b42-clarify-portuguese-greeting', question: 'Olá, alguém pode me ajudar?', clarification: true },
];

import type { JourneyCase } from './journey-cases';
import {
  kqlLast,
  kqlSince,
  TODAY_KQL,
  THIS_WEEK_KQL,
  THIS_MONTH_KQL,
  COUNT_KQL,
  kqlEvent,
  kqlAbove,
  kqlShows,
  splLast,
  DAY1_SPL,
  YESTERDAY_START_SPL,
  splEvent,
  splShows,
  COUNT_SPL,
  splTop,
  splAbove,
  sqlInterval,
  sqlLast,
  sqlDayOf,
  topSql,
  sqlCountAbove,
  sqlIs,
  sqlShows,
  NOT_CUSTOMER_DATE_SQL,
} from './journey-patterns';
import {
  MONDAY,
  MONTH_START,
  SUNDAY,
  TODAY,
  YESTERDAY,
  iso,
  kqlDate,
  splDate,
  sqlLiteral,
  usDate,
} from './journey-dates';

/**
 * The "blind46" journey-quality set, written blind on 2026-11-28 (08:38–08:46 UTC). I did not read the
 * query builders (apps/mock-data/src/query/**), the constraint extractor or routing code (libs/planner-core),
 * planner-llm, the planner app, the git history of any of them, any failure list, or another author's work in
 * progress, and I did not run the planner on any question: the lead does the first run.
 * I read: issue 11, the house style, the `JourneyCase` / `QueryCheck` types in journey-cases.ts,
 * journey-dates.ts, journey-checkers.ts, run-journeys.ts (to register the set), the mesh's schemas
 * (kql/spl/sql.json), blind44's file as the format example (its window and shape helpers are reused here; its
 * questions and values are not), and only the question lines of the other sets (to avoid their questions and,
 * where I could, their values).
 * Aim: resemble the held-back set of issue 11 (questions a new user types on a normal day).
 * Personas (five organisations, five people):
 * - a bank's fraud-operations lead (Harbourline Bank): a treasury portal used from outside the UK, high-risk
 *   sign-ins, an IOC SHA1 on endpoints, Entra lockouts (50053) of one customer-facing account, registry
 *   changes on teller workstations, refunded-order abuse, large EUR orders from Cyprus, mfa_disabled events
 *   from one IP, a vendor-flagged IP in Entra and the online-banking db;
 * - a game studio's live-ops engineer (terse, shorthand): game-server port 7777, bitsadmin on the build
 *   farm, CloudTrail UnauthorizedOperation in one region, 503s on one API path in 5-minute buckets,
 *   TeamViewer-port bytes out, dynamic-DNS lookups, top Battle Pass products, AnyDesk and IRC-over-TLS in
 *   Defender and Splunk;
 * - a law firm's IT manager (Vellacourt LLP, formal, longer sentences): a departing associate's downloads,
 *   Entra password resets yesterday, storage-account deletions in one resource group since a date, Microsoft
 *   365 hard deletes with a threshold, distinct RDP users on one file server, overspent budget months, new AD
 *   accounts and db users this week;
 * - a city council's service-desk technician (Northvale Council, chatty, typos): lockouts since Monday, RDP
 *   failures per source IP with a threshold, hourly conditional-access failures, lockouts yesterday, cscript
 *   from Word, stale Housing Services accounts, one account locked out in Sentinel and Splunk;
 * - a SaaS company's subscription-revenue analyst: outstanding past-due invoices per currency, USD invoice
 *   revenue per month in calendar 2025, churned Startup customers per country, average EUR paid invoice per
 *   segment this quarter.
 * No question names a query language. Where the data lives in more than one store (Windows events, sign-ins,
 * process and network events), the question names the product (Sentinel, Defender, Entra, Splunk, sysmon,
 * "our db"); the others name only the data (CloudTrail, web logs, firewall, Azure activity, Entra audit,
 * invoices, orders, budget). Phrasing: terse shorthand, long requests with a story, abbreviations (acct, pls,
 * hrs, dept, avg, FY, db), a few typos (lockuots, intrested, wich), a greeting and a referent to nothing.
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform (3 KQL + SPL, 2 KQL + SQL), 2 clarification cases (38).
 * Values: UPNs (two domains), an AD account name, IPs (41.203.72.19, 194.26.29.113), ports (7777, 5938,
 * 6697), a SHA1, host names and prefixes (VC-FS01, HB-TLR-*, BLD-*), event IDs (4624, 4625, 4720, 4740),
 * logon type 10, Entra codes (50053), a risk level, a conditional-access status, process and file names
 * (bitsadmin.exe, cscript.exe, winword.exe, AnyDesk), Office operations (FileDownloaded, HardDelete), an AWS
 * error code and region, a URL path and HTTP status, a resource group, a registry key, a DNS suffix, statuses
 * (refunded, churned), amounts with currency (EUR 10,000), currencies (USD, EUR), countries (UK, Cyprus),
 * departments, segments, categories, fiscal years, event types, app names.
 * Shapes: counts, distinct counts (users), sums (outstanding amount, revenue, bytes out), averages (invoice
 * amount), thresholds after aggregation (> 3, > 15, > 50), a comparison of two columns (spent > budget), top N
 * (5, 10), 5-minute, hourly and monthly buckets, by X and Y, columns to show, ordering (largest first),
 * negations (not from the UK).
 * Windows: last N hours/days (3h, 6h, 8h, 12h, 24h, 48h, 2d, 3d, 4d, 5d, 7d, 14d, 30d, 72h), today,
 * yesterday (both ends), since Monday / this week, this month, this quarter, since an explicit date
 * (1 September, 1 November), an explicit year range (calendar 2025, both ends), questions without a window
 * (churned customers, a fiscal year), and an inactivity condition ("nobody has logged in for 60 days": a
 * condition, not a window).
 * Calendar windows are computed from the run's clock (UTC); explicit dates are fixed.
 * Checks accept every spelling I could think of for the same condition (==, =~, in, has; ago(7d) or
 * ago(168h); raw SPL or the matching data model where the question does not name the source; SQL literals,
 * date_trunc, EXTRACT, intervals) and reject only queries that do not answer the question.
 * Before committing I checked every case's checks against 44 queries I wrote by hand (one or two per platform
 * of each case; a scratch script, not committed, calling the real checkers from journey-checkers.ts): every
 * `has` matched, no `not` did, and the Kusto analyser, the SPL check and PostgreSQL reported no problem.
 * Ten wrong queries written on purpose were all rejected: Location == "GB" for "outside the UK", ago(1d) for
 * yesterday, a window on last_login_at, issued_at for "by date paid", the last 7 days for "this week", a
 * rolling day for yesterday's orders, `BETWEEN '2025-01-01' AND '2025-12-31'` on a timestamp (drops 31 Dec),
 * a Windows Security ID on sysmon, a count without the "more than 15" threshold, and the customers'
 * creation date as the orders' window.
 * Not run on the planner by me: the lead does the first run.
 */

/** `now()` and its SQL spellings. */
const sqlNow = '(now\\(\\)|CURRENT_DATE|current_timestamp|localtimestamp)';

/** Explicit dates the questions name. */
const SEP_1 = new Date(Date.UTC(2026, 8, 1));
const NOV_1 = new Date(Date.UTC(2026, 10, 1));
/** The first day of this calendar quarter (UTC). */
const QUARTER_START = new Date(Date.UTC(TODAY.getUTCFullYear(), Math.floor(TODAY.getUTCMonth() / 3) * 3, 1));

/** The IOC hash of the fraud lead's question. */
const SHA1_IOC = '72d5d7d6df1c9e0dfb2e0d7cbf488aa61c6a26fb';

// KQL windows and shapes
/** One day back from now (KQL). */
const KQL_DAY_BACK = 'ago\\(\\s*(1d|24h)\\s*\\)|now\\(\\)\\s*-\\s*(1d|24h)';
/** Yesterday's start (KQL). */
const YESTERDAY_START_KQL = new RegExp(`startofday\\(\\s*(${KQL_DAY_BACK})\\s*\\)|${kqlDate(YESTERDAY)}`);
/** …and its end: before today's start, or the end of yesterday. */
const YESTERDAY_END_KQL = new RegExp(
  [
    `(<|\\.\\.)\\s*(startofday\\(\\s*now\\(\\)\\s*\\)|${kqlDate(TODAY)})`,
    `endofday\\(\\s*(${KQL_DAY_BACK}|${kqlDate(YESTERDAY)})`,
    `(<=?|\\.\\.)\\s*datetime\\(\\s*["']?${iso(YESTERDAY)}[T ]23`,
  ].join('|'),
);
/** An hourly bucket on the time column (KQL). */
const HOURLY_KQL =
  /bin\(\s*(TimeGenerated|Timestamp)\s*,\s*(1h|60m)\s*\)|bin_at\(\s*(TimeGenerated|Timestamp)\s*,\s*(1h|60m)\s*,/;
/** Top N (KQL). */
const kqlTop = (n: number) => new RegExp(`top\\s+${n}\\s+by|take\\s+${n}\\b|limit\\s+${n}\\b`);
/** A value compared to a KQL column: `==`, `=~`, `has`, `contains`, or anywhere in an `in` / `has_any` list. */
const kqlIs = (column: string, value: string) =>
  new RegExp(
    `${column}\\s*(==|=~|has|contains|startswith|endswith|(in~?|has_any)\\s*\\([^)]*?)\\s*@?["']${value}["']`,
    'i',
  );
/** A port compared to a KQL column. */
const kqlPort = (column: string, port: number) => new RegExp(`${column}\\s*(==|in\\s*\\([^)]*?)\\s*${port}\\b`);

// SPL windows and shapes
const THIS_WEEK_SPL = new RegExp(`earliest\\s*=\\s*"?(@w[01]?|-0w@w[01]?|${splDate(SUNDAY)}|${splDate(MONDAY)})`);
const THIS_MONTH_SPL = new RegExp(`earliest\\s*=\\s*"?(@mon|-0mon@mon|${splDate(MONTH_START)})`);
const YESTERDAY_END_SPL = new RegExp(
  `latest\\s*=\\s*"?(@d|-0d@d|${splDate(TODAY)}|${usDate(YESTERDAY)}:23:59|${iso(YESTERDAY)}T23:59)`,
);
/** Windows Security event IDs, which must never be applied to sysmon (SPL). */
const WINDOWS_SECURITY_IDS_SPL = /EventCode\s*=\s*"?(4624|4625|4648|4688|4698|4720|4740|4771)\b/;
/** A sysmon search or the Endpoint data model (SPL). */
const SYSMON_OR_ENDPOINT_SPL = /index\s*=\s*"?sysmon|datamodel\s*=\s*"?Endpoint|Endpoint\.Processes/;
/** A port compared to an SPL field. */
const splPort = (field: string, port: number) =>
  new RegExp(`${field.replace(/\./g, '\\.')}\\s*(=|IN\\s*\\([^)]*?)\\s*"?${port}\\b`, 'i');

// SQL windows and shapes
/** Since the start of this <unit> on a column (SQL): date_trunc of now, or the literal first day. */
const sqlThis = (column: string, unit: string, ...starts: readonly Date[]) =>
  new RegExp(
    `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*(date_trunc\\(\\s*'${unit}'\\s*,\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?\\)|${sqlLiteral}(${starts.map(iso).join('|')}))|date_trunc\\(\\s*'${unit}'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=\\s*date_trunc\\(\\s*'${unit}'\\s*,\\s*${sqlNow}`,
    'i',
  );
/** A window start on an explicit day on a column (SQL). */
const sqlSince = (column: string, date: Date) =>
  new RegExp(`${column}\\s*(::\\s*date\\s*)?(>=?|BETWEEN)\\s*\\(?\\s*${sqlLiteral}${iso(date)}`, 'i');
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
/** Today's start as SQL may spell it. */
const SQL_TODAY_START = `(CURRENT_DATE|now\\(\\)\\s*::\\s*date|date_trunc\\(\\s*'day'\\s*,\\s*${sqlNow}\\s*\\))`;
/** One day back as SQL may spell it. */
const SQL_ONE_DAY = "(1\\b|interval\\s*'(1 days?|24 hours?)'|'(1 days?|24 hours?)'\\s*::\\s*interval)";
/** Yesterday's start on a column (SQL). */
const sqlYesterdayStart = (column: string) =>
  new RegExp(
    [
      `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*${SQL_TODAY_START}\\s*-\\s*${SQL_ONE_DAY}`,
      `${column}\\s*(>=|BETWEEN)\\s*${sqlLiteral}${iso(YESTERDAY)}`,
      `${sqlDayOf(column)}\\s*=\\s*\\(?\\s*(${SQL_TODAY_START}\\s*-\\s*${SQL_ONE_DAY}|${sqlLiteral}${iso(YESTERDAY)})`,
    ].join('|'),
    'i',
  );
/** …and its end: before today's start, or the day compared as a whole. */
const sqlYesterdayEnd = (column: string) =>
  new RegExp(
    [
      `${column}\\s*<\\s*\\(?\\s*(${SQL_TODAY_START}|${sqlLiteral}${iso(TODAY)})`,
      `BETWEEN\\s*[^;]*?AND\\s*(${SQL_TODAY_START}|${sqlLiteral}${iso(TODAY)}|${sqlLiteral}${iso(YESTERDAY)}[T ]23:59)`,
      `${sqlDayOf(column)}\\s*=`,
    ].join('|'),
    'i',
  );
/** A calendar month bucket on a column (SQL). */
const sqlMonthly = (column: string) =>
  new RegExp(
    `date_trunc\\(\\s*'month'\\s*,\\s*(\\w+\\.)?${column}|EXTRACT\\(\\s*MONTH\\s+FROM\\s+(\\w+\\.)?${column}|date_part\\(\\s*'month'\\s*,\\s*(\\w+\\.)?${column}|to_char\\(\\s*(\\w+\\.)?${column}\\s*,\\s*'(YYYY-)?MM`,
    'i',
  );
/** The whole of calendar year 2025 on a column, taken as a year (SQL). */
const sqlYear2025 = (column: string) =>
  `EXTRACT\\(\\s*YEAR\\s+FROM\\s+(\\w+\\.)?${column}\\s*\\)\\s*=\\s*2025\\b|date_part\\(\\s*'year'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=\\s*2025\\b|date_trunc\\(\\s*'year'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=\\s*${sqlLiteral}2025-01-01`;
/** An address compared to the events' inet column (SQL): equality, its text, or an `IN` list. */
const sqlIp = (address: string) => {
  const value = address.replace(/\./g, '\\.');
  return new RegExp(
    `ip_address\\s*(::\\s*(text|varchar)\\s*)?(=|IN\\s*\\([^)]*?)\\s*(inet\\s*)?'${value}(\\/32)?'|(host|text)\\(\\s*(\\w+\\.)?ip_address\\s*\\)\\s*=\\s*'${value}'|(inet\\s*)?'${value}'\\s*(::\\s*inet\\s*)?=\\s*(\\w+\\.)?ip_address`,
    'i',
  );
};
/** Revenue of order lines (SQL): `SUM(quantity * unit_price)` in either order. */
const LINE_REVENUE_SQL =
  /SUM\(\s*(\w+\.)?(quantity\s*\*\s*(\w+\.)?unit_price|unit_price\s*\*\s*(\w+\.)?quantity)\s*\)/i;
/** A true boolean column (SQL): `= true`, `IS TRUE`, or the bare column. */
const sqlTrue = (column: string) =>
  new RegExp(
    `${column}\\s*(=\\s*(true|'t'|'true'|1)\\b|IS\\s+TRUE)|(WHERE|AND)\\s+(\\w+\\.)?${column}\\b(?!\\s*(=|<>|!=|IS\\s+(NOT|FALSE)))`,
    'i',
  );
/** "Since 1 Nov" on a column (SQL): the literal day, or this month's start while the run is in November 2026. */
const sqlSinceNov1 = (column: string) =>
  new RegExp(
    [
      sqlSince(column, NOV_1).source,
      ...(iso(MONTH_START) === iso(NOV_1) ? [sqlThis(column, 'month', NOV_1).source] : []),
    ].join('|'),
    'i',
  );

export const BLIND46_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: law firm IT manager
  {
    id: 'b46-kql-law-achterberg-downloads-3d',
    question:
      'One of our associates, r.achterberg@vellacourt-law.com, has handed in her notice and a partner is worried about client files walking out the door. Could you list every file she downloaded from SharePoint or OneDrive in the past 3 days?',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [/r\.achterberg@vellacourt-law\.com/i, /FileDownloaded|FileSyncDownloaded/i, kqlLast('3d|72h')],
      },
    },
  },
  {
    id: 'b46-kql-law-password-resets-yesterday',
    question: 'entra audit log — who reset user passwords yesterday? need who did it and whose password',
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [
          /reset (user )?password/i,
          kqlShows('InitiatedBy'),
          kqlShows('TargetResources'),
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b46-kql-law-storage-delete-since-sep1',
    question:
      'Has anyone deleted a storage account in the RG-VC-EDISCOVERY resource group since 1 September? Please include the caller from the Azure activity log.',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          /RG-VC-EDISCOVERY/i,
          /storageAccounts\/delete|storage[^|]*delete|delete[^|]*storage/i,
          kqlShows('Caller'),
          kqlSince(SEP_1),
        ],
      },
    },
  },

  // KQL: city council service-desk technician
  {
    id: 'b46-kql-council-lockouts-since-monday',
    question: 'acct lockuots (4740) since monday in sentinel, how many per account pls',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4740), COUNT_KQL, /by\s+[^|]*(TargetUserName|Account)\b/, THIS_WEEK_KQL],
      },
    },
  },
  {
    id: 'b46-kql-council-rdp-fail-ip-over-15-2d',
    question:
      'RDP logon failures in sentinel (4625 with logon type 10) over the last 2 days — wich source IPs have more than 15?',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4625),
          /LogonType\s*(==|in\s*\([^)]*?)\s*10\b/,
          /by\s+[^|]*IpAddress/,
          kqlAbove(15),
          kqlLast('2d|48h'),
        ],
      },
    },
  },
  {
    id: 'b46-kql-council-ca-failures-hourly-today',
    question: 'hourly count of Entra sign-ins that failed conditional access today',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [/ConditionalAccessStatus\s*(==|=~|in~?\s*\(|has)\s*["']failure["']/i, HOURLY_KQL, COUNT_KQL, TODAY_KQL],
      },
    },
  },

  // KQL: bank fraud-operations lead
  {
    id: 'b46-kql-fraud-treasury-outside-uk-12h',
    question:
      'sign-ins to the Treasury Payments Portal from outside the UK in the last 12 hours. user, IP and country please',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /Treasury Payments Portal/i,
          /Location\s*(!=|!~|!has|!contains|!in~?\s*\([^)]*?)\s*["'](GB|UK|United Kingdom)["']/i,
          kqlShows('UserPrincipalName|UserDisplayName'),
          kqlShows('IPAddress'),
          kqlShows('Location'),
          kqlLast('12h|720m'),
        ],
      },
    },
  },
  {
    id: 'b46-kql-fraud-high-risk-distinct-month',
    question: 'How many distinct users had a high-risk sign-in in Entra this month?',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /RiskLevelDuringSignIn\s*(==|=~|has|in~?\s*\([^)]*?)\s*["']high["']/i,
          /dcount\(\s*(UserPrincipalName|UserId|UserDisplayName)\s*\)|count_distinct\(\s*(UserPrincipalName|UserId|UserDisplayName)|distinct\s+(UserPrincipalName|UserId|UserDisplayName)\b[\s\S]*count/,
          THIS_MONTH_KQL,
        ],
      },
    },
  },
  {
    id: 'b46-kql-fraud-sha1-devices-30d',
    question: `which devices ran the file with SHA1 ${SHA1_IOC} in the last 30 days? defender`,
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          new RegExp(`SHA1\\s*(==|=~|has|in~?\\s*\\([^)]*?)\\s*["']${SHA1_IOC}["']`, 'i'),
          kqlShows('DeviceName'),
          kqlLast('30d|720h'),
        ],
      },
    },
  },

  // KQL: game studio live-ops engineer
  {
    id: 'b46-kql-liveops-port-7777-top10-6h',
    question: 'top 10 devices by connections to remote port 7777 last 6h (defender)',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          kqlPort('RemotePort', 7777),
          /by\s+[^|]*(DeviceName|DeviceId)\b/,
          COUNT_KQL,
          kqlTop(10),
          kqlLast('6h|360m'),
        ],
      },
    },
  },
  {
    id: 'b46-kql-liveops-bitsadmin-bld-14d',
    question:
      'bitsadmin.exe run on any of the BLD-* build boxes in the last 14 days? show device, parent process and cmdline',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /bitsadmin/i,
          /BLD-/i,
          kqlShows('DeviceName'),
          kqlShows('InitiatingProcessFileName'),
          kqlShows('ProcessCommandLine'),
          kqlLast('14d|336h|2w'),
        ],
      },
    },
  },

  // SPL: game studio live-ops engineer
  {
    id: 'b46-spl-liveops-unauthorized-apse2-top5-week',
    question: 'cloudtrail: UnauthorizedOperation errors in ap-southeast-2 this week, top 5 API calls',
    expect: {
      spl: {
        table: 'aws',
        has: [/UnauthorizedOperation/, /ap-southeast-2/, /eventName/, splTop(5), THIS_WEEK_SPL],
      },
    },
  },
  {
    id: 'b46-spl-liveops-503-leaderboard-5m-3h',
    question: 'web logs: HTTP 503s on /v2/leaderboard in 5 min buckets for the last 3 hrs',
    expect: {
      spl: {
        has: [/\b503\b/, /\/v2\/leaderboard/, /span\s*=\s*"?(5m|5min|300s)\b/, splLast('3h|180m')],
      },
    },
  },
  {
    id: 'b46-spl-liveops-5938-bytes-out-top10-7d',
    question:
      "firewall — who's pushing the most data out on port 5938 (teamviewer)? top 10 source IPs by bytes out, last 7 days",
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          splPort('dest_port', 5938),
          /sum\(\s*"?(All_Traffic\.)?bytes_out"?\s*\)/,
          /by\s+[^|]*src(_ip)?\b/,
          splTop(10),
          splLast('7d|168h|1w'),
        ],
      },
    },
  },
  {
    id: 'b46-spl-liveops-dns-ddns-5d',
    question: 'sysmon dns: anything resolving *.ddns.net in the last 5 days? count per host',
    expect: {
      spl: {
        table: 'sysmon',
        has: [/ddns\.net/i, /QueryName/, COUNT_SPL, /by\s+[^|]*host/, splLast('5d|120h')],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },

  // SPL: city council service-desk technician
  {
    id: 'b46-spl-council-lockouts-yesterday',
    question:
      'morning! can you get me all the account lockouts from yesterday out of the windows logs in splunk, broken down by user and the calling computer? the phones have been mad',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [
          /EventCode\s*(=|IN\s*\()\s*"?4740\b|locked out/i,
          /by\s+[^|]*\buser\b/,
          /by\s+[^|]*Caller_Computer_Name/,
          YESTERDAY_START_SPL,
          YESTERDAY_END_SPL,
        ],
      },
    },
  },
  {
    id: 'b46-spl-council-cscript-winword-48h',
    question: 'sysmon — cscript.exe launched by winword.exe on any council PC in the last 48 hours?',
    expect: {
      spl: {
        has: [SYSMON_OR_ENDPOINT_SPL, /cscript\.exe/i, /winword\.exe/i, splLast('48h|2d')],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },

  // SPL: law firm IT manager
  {
    id: 'b46-spl-law-harddelete-over-50-8h',
    question:
      'In the Microsoft 365 audit data in Splunk, which users performed more than 50 HardDelete operations in the last 8 hours?',
    expect: {
      spl: {
        table: 'o365',
        has: [/HardDelete/, COUNT_SPL, /by\s+[^|]*UserId/, splAbove(50), splLast('8h|480m')],
      },
    },
  },
  {
    id: 'b46-spl-law-rdp-users-vcfs01-month',
    question:
      'How many different people have logged on to VC-FS01 over RDP this month? (Windows logs in Splunk, 4624 logon type 10)',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [
          splEvent(4624),
          /Logon_Type\s*(=|IN\s*\([^)]*?)\s*"?10\b/i,
          /VC-FS01/i,
          /\b(dc|distinct_count|estdc)\(\s*"?user/,
          THIS_MONTH_SPL,
        ],
      },
    },
  },

  // SPL: bank fraud-operations lead
  {
    id: 'b46-spl-fraud-50053-oyelaran-4d',
    question: 'entra logs in splunk: error 50053 for m.oyelaran@harbourline.co.uk over the last 4 days, grouped by ip',
    expect: {
      spl: {
        table: 'azure',
        has: [/50053/, /m\.oyelaran@harbourline\.co\.uk/i, /by\s+[^|]*properties\.ipAddress/, splLast('4d|96h')],
      },
    },
  },
  {
    id: 'b46-spl-fraud-winlogon-tellers-72h',
    question: 'any registry changes under Winlogon on the teller workstations (HB-TLR-*) in the past 72 hours?',
    expect: {
      spl: {
        has: [/Endpoint\.Registry|datamodel\s*=\s*"?Endpoint/, /Winlogon/i, /HB-TLR-/i, splLast('72h|3d|4320m')],
      },
    },
  },

  // SQL: SaaS subscription-revenue analyst
  {
    id: 'b46-sql-revenue-past-due-outstanding-currency',
    question: "what's the total still outstanding on invoices that are past their due date and not paid, per currency?",
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          /due_date\s*<=?\s*\(?\s*(CURRENT_DATE|now\(\)|current_timestamp|localtimestamp)/i,
          /paid_at\s+IS\s+NULL|status\s*(<>|!=)\s*'paid'|status\s+NOT\s+IN\s*\([^)]*'paid'|status\s*(=|IN\s*\()[^)]*'(unpaid|overdue|open|outstanding|past_due)'/i,
          /GROUP BY[^;]*currency/i,
        ],
      },
    },
  },
  {
    id: 'b46-sql-revenue-usd-monthly-2025',
    question: 'USD invoice revenue per month for calendar year 2025 (jan to dec), going by issue date',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          sqlIs('currency', 'USD'),
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          sqlMonthly('issued_at'),
          new RegExp(
            `issued_at\\s*(::\\s*date\\s*)?(>=|BETWEEN)\\s*\\(?\\s*${sqlLiteral}2025-01-01|${sqlYear2025('issued_at')}`,
            'i',
          ),
          new RegExp(
            [
              `issued_at\\s*<\\s*${sqlLiteral}2026-01-01`,
              `(BETWEEN|<=)\\s*[^;]*2025-12-31[T ]23:59`,
              `${sqlDayOf('issued_at')}\\s*(<=\\s*|BETWEEN\\s*[^;]*?AND\\s*)${sqlLiteral}2025-12-31'`,
              sqlYear2025('issued_at'),
            ].join('|'),
            'i',
          ),
        ],
      },
    },
  },
  {
    id: 'b46-sql-revenue-churned-startup-top5-country',
    question: 'churned customers in the Startup segment — how many per country? just the top 5 countries',
    expect: {
      sql: {
        table: 'customers',
        has: [
          sqlIs('status', 'churned'),
          sqlIs('segment', 'Startup'),
          /COUNT\(/i,
          /GROUP BY[^;]*country/i,
          /ORDER BY[^;]*DESC/i,
          topSql(5),
        ],
      },
    },
  },
  {
    id: 'b46-sql-revenue-avg-eur-paid-segment-quarter',
    question: 'avg paid invoice amount by customer segment this quarter (by date paid), EUR only',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /currency\s*(=|IN\s*\([^)]*?)\s*'EUR'/i,
          /AVG\(\s*(\w+\.)?amount\s*\)/i,
          /GROUP BY[^;]*segment/i,
          sqlThis('paid_at', 'quarter', QUARTER_START),
        ],
        // "By date paid": the window is on paid_at, not on the issue date.
        not: [/issued_at\s*(>=?|<|BETWEEN)/i],
      },
    },
  },

  // SQL: bank fraud-operations lead
  {
    id: 'b46-sql-fraud-refunded-over-3-30d',
    question: 'customers with more than 3 refunded orders in the last 30 days — id, name and how many',
    expect: {
      sql: {
        table: 'orders',
        has: [
          sqlIs('status', 'refunded'),
          sqlCountAbove(3),
          /customer_id/,
          /\bname\b/,
          sqlLast('created_at', '30 days?|720 hours?|1 months?', 30),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b46-sql-fraud-eur-10k-cyprus-yesterday',
    question: "yesterday's orders above €10k from customers based in Cyprus, largest first",
    expect: {
      sql: {
        table: 'orders',
        has: [
          sqlIs('currency', 'EUR'),
          /total\s*(>\s*10000(\.0+)?|>=\s*10000\.01)\b/i,
          sqlIs('country', '(CY|Cyprus)'),
          /ORDER BY[^;]*total\s+DESC/i,
          sqlYesterdayStart('created_at'),
          sqlYesterdayEnd('created_at'),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b46-sql-fraud-mfa-disabled-ip-since-nov1',
    question: 'how many different users had an mfa_disabled event from 194.26.29.113 since Nov 1st?',
    expect: {
      sql: {
        table: 'events',
        has: [
          sqlIs('event_type', 'mfa_disabled'),
          sqlIp('194.26.29.113'),
          /COUNT\(\s*DISTINCT\s+(\w+\.)?user_id\s*\)/i,
          sqlSinceNov1('occurred_at'),
        ],
      },
    },
  },

  // SQL: city council service-desk technician
  {
    id: 'b46-sql-council-housing-stale-60d',
    question:
      'im tidying up accounts for Housing Services, can u find the ones that are still active but nobody has logged in to them for 60 days',
    expect: {
      sql: {
        table: 'users',
        has: [
          sqlIs('department', 'Housing Services'),
          sqlTrue('active'),
          // "Nobody has logged in for 60 days" is a condition on last_login_at, not the query's window.
          sqlOlderThan('last_login_at', '60 days?|1440 hours?|2 months?', 60),
        ],
        not: [sqlWindowOn('last_login_at')],
      },
    },
  },

  // SQL: game studio live-ops engineer
  {
    id: 'b46-sql-liveops-battle-pass-top10-7d',
    question: 'Battle Pass category: top 10 products by revenue over the last 7 days',
    expect: {
      sql: {
        table: 'order_items',
        has: [
          sqlIs('category', 'Battle Pass'),
          LINE_REVENUE_SQL,
          /ORDER BY[^;]*DESC/i,
          topSql(10),
          sqlLast('created_at', '7 days?|168 hours?|1 weeks?', 7),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },

  // SQL: law firm IT manager
  {
    id: 'b46-sql-law-it-overspent-fy2026',
    question:
      'For the IT department budget in FY2026, in which months did we spend more than was budgeted? Please show the month, the budget and the amount spent.',
    expect: {
      sql: {
        table: 'budget',
        has: [
          sqlIs('department', 'IT'),
          /fiscal_year\s*(=|IN\s*\()\s*2026\b/i,
          /spent\s*\)?\s*>\s*(SUM\(\s*)?(\w+\.)?amount|amount\s*\)?\s*<\s*(SUM\(\s*)?(\w+\.)?spent|spent\s*\)?\s*-\s*(SUM\(\s*)?(\w+\.)?amount\s*\)?\s*>\s*0/i,
          sqlShows('fiscal_month'),
          sqlShows('amount'),
          sqlShows('spent'),
        ],
      },
    },
  },

  // Two platforms
  {
    id: 'b46-multi-fraud-41-203-72-19-5d',
    question:
      'our card-fraud vendor flagged 41.203.72.19. any entra sign-ins from it, and any events from that address in the online-banking db? last 5 days',
    expect: {
      kql: { table: 'SigninLogs', has: [kqlIs('IPAddress', '41\\.203\\.72\\.19'), kqlLast('5d|120h')] },
      sql: { table: 'events', has: [sqlIp('41.203.72.19'), sqlLast('occurred_at', '5 days?|120 hours?', 5)] },
    },
  },
  {
    id: 'b46-multi-council-kosullivan-4740-24h',
    question:
      'AD account KOSULLIVAN keeps getting locked out, sorry to be a pain — can you check both sentinel and splunk for 4740s on that account in the last 24 hrs? intrested in which machine its coming from',
    expect: {
      kql: { table: 'SecurityEvent', has: [kqlEvent(4740), /KOSULLIVAN/i, kqlLast('24h|1d|1440m')] },
      spl: { table: 'wineventlog', has: [splEvent(4740), /KOSULLIVAN/i, splShows('Caller_Computer_Name'), DAY1_SPL] },
    },
  },
  {
    id: 'b46-multi-liveops-anydesk-4d',
    question: 'AnyDesk on any of our machines in the last 4 days? defender + sysmon, need host and user',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /anydesk/i,
          kqlShows('DeviceName'),
          kqlShows('AccountName|InitiatingProcessAccountName'),
          kqlLast('4d|96h'),
        ],
      },
      spl: {
        has: [
          SYSMON_OR_ENDPOINT_SPL,
          /anydesk/i,
          splShows('host|dest|Processes.dest'),
          splShows('User|user|Processes.user'),
          splLast('4d|96h'),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b46-multi-liveops-port-6697-24h',
    question: 'game servers talking IRC over 6697 in the last 24h? check defender network events and the firewall',
    expect: {
      kql: { table: 'DeviceNetworkEvents', has: [kqlPort('RemotePort', 6697), kqlLast('24h|1d|1440m')] },
      spl: { table: 'Network_Traffic', has: [splPort('dest_port', 6697), DAY1_SPL] },
    },
  },
  {
    id: 'b46-multi-law-new-accounts-week',
    question:
      'To reconcile against the HR starters list: which AD accounts were created this week (event 4720 in Sentinel), and which user records were created in our db this week?',
    expect: {
      kql: { table: 'SecurityEvent', has: [kqlEvent(4720), THIS_WEEK_KQL] },
      sql: { table: 'users', has: [sqlThis('created_at', 'week', MONDAY)] },
    },
  },

  // Clarification: nothing to act on
  { id: 'b46-clarify-greeting', question: 'hiya, u working today?', clarification: true },
  { id: 'b46-clarify-other-branch', question: 'do the same for the other branch pls', clarification: true },
];

import type { JourneyCase } from './journey-cases';
import {
  kqlLast,
  kqlSince,
  THIS_WEEK_KQL,
  THIS_MONTH_KQL,
  COUNT_KQL,
  kqlEvent,
  kqlAbove,
  kqlShows,
  splLast,
  splSince,
  DAY1_SPL,
  TODAY_SPL,
  THIS_MONTH_SPL,
  YESTERDAY_START_SPL,
  PREV_MONTH_END_SPL,
  splEvent,
  splShows,
  COUNT_SPL,
  sqlInterval,
  sqlLast,
  sqlThis,
  sqlDayOf,
  sqlPrevMonthStart,
  sqlPrevMonthEnd,
  topSql,
  sqlCountAbove,
  sqlIs,
  NOT_CUSTOMER_DATE_SQL,
} from './journey-patterns';
import {
  LAST_MONTH_START,
  MONTH_START,
  TODAY,
  YEAR_START,
  YESTERDAY,
  iso,
  kqlDate,
  splDate,
  sqlLiteral,
  usDate,
} from './journey-dates';

/**
 * The "blind45" journey-quality set, written blind on 2026-11-28 (08:20–08:40 UTC). I did not read the
 * query builders (apps/mock-data/src/query/**), the constraint extractor or routing code (libs/planner-core),
 * planner-llm, the planner app, the git history of any of them, any failure list, or another author's work in
 * progress, and I did not run the planner on any question: the first run is the lead's.
 * I read: issue 11, the wire contract, the house style, the `JourneyCase` / `QueryCheck` types in
 * journey-cases.ts, journey-dates.ts, journey-checkers.ts, journey-runner.ts, run-journeys.ts (to register the
 * set), the mesh's schemas (kql/spl/sql.json), blind44's file as the format example (its window and shape
 * helpers are reused here; its questions and values are not), and only the question lines of the other sets
 * (to avoid their questions; where a value recurred there, I chose another).
 * Personas (five organisations, each its own domain):
 * - a hospital IT security officer (St Brigid's, stbrigids-health.org): PowerChart sign-in failures from
 *   outside the UK, 4625 on the ward workstations, a SHA1 IOC from the health CERT, startup-folder drops in
 *   sysmon, account deletions (4726), a PACS service account doing RDP, a patient-portal event trail by IP;
 * - a logistics company's warehouse-systems admin (Hollin Freight): Modbus (502) from the WMS devices, deletes
 *   in a resource group, label printers (9100) blocked at the firewall, CloudTrail AccessDenied in one region,
 *   stale operator accounts, a night shift's failed logins, an odd IP in the firewall and the app db;
 * - a university SOC student analyst (Kestrel University, kestrel.ac.uk): risky sign-ins with many IPs,
 *   `net user /add`, a student's SharePoint downloads, failed authentications from a /24, DNS lookups of
 *   pages.dev, a 404 scan on the web servers, mshta started by Word;
 * - an e-commerce finance controller (Shopvane, shopvane.com): NetSuite daily users, a close workbook opened,
 *   completed orders by currency, overdue EUR invoices, days to pay by segment, top CAD customers, refunds
 *   by country, Marketing overspend, Garden units sold, a leaver's sign-ins and back-office account;
 * - a cloud platform engineer (Nimbusgrid, nimbusgrid.io): role removals in Entra audit, Authenticated SMTP and
 *   ActiveSync sign-ins, S3 bucket-policy changes, conditional-access blocks per app, a leaver's Azure and AWS
 *   activity.
 * No question names a query language; some name a product (Entra, Defender, Sentinel, Splunk, sysmon,
 * CloudTrail, SharePoint, NetSuite, "our db"), most name only the data. Phrasing: terse shorthand, formal
 * requests, a story before the ask, abbreviations (pls, fw, hrs, u, avg, dept, db, FY), a few typos.
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform (3 KQL + SPL, 1 KQL + SQL, 1 SPL + SQL), 2 clarification (38).
 * Values: UPNs, a user name, IPs (203.0.113.77, 198.18.44.12), a CIDR (45.155.205.0/24), ports (502, 9100),
 * a SHA1, host patterns (WARD-*, WMS-*), event IDs (4624, 4625, 4688, 4726, sysmon 11 and 22, logon type 10),
 * Entra error 53003, process and file names (mshta.exe, winword.exe, Q3-Close-FY26.xlsx), quoted operation
 * names, a resource group, an AWS region and error code, API names, statuses (completed, refunded, login_failed),
 * an amount with currency (EUR 10,000), currencies (EUR, CAD), a country (UK, as a negation), departments,
 * roles, a category, a fiscal year, app names (PowerChart, NetSuite), a domain suffix, client apps.
 * Shapes: counts, distinct counts (IPs per user, users per day, hosts per domain), sums (order totals, quantity),
 * an average (days to pay), thresholds after aggregation (> 3, > 20, > 50), top 10, hourly and daily buckets,
 * by X and Y, columns to show, ordering (most first, oldest first), negations (not from the UK, not paid),
 * a comparison of two columns (spent > budgeted).
 * Windows: last N hours/days (1h, 4h, 6h, 12h, 72h, 2d, 3d, 5d, 7d, 14d, 24h, 30d), today, yesterday (both
 * ends), since Monday / this week, this month, this quarter, this year, the previous calendar month (both ends),
 * since an explicit date (1 Jul, 1 Nov, 20 Nov), an explicit range with times (20 Nov 22:00 – 21 Nov 06:00),
 * since yesterday 00:00, questions without a window (a fiscal year, a user record), and an inactivity
 * condition ("haven't logged in for 45 days": a condition, not a window).
 * Calendar windows are computed from the run's clock (UTC); explicit dates are fixed.
 * Checks accept every spelling I could think of for the same condition and reject only queries that do not
 * answer the question. Before committing I checked every case's checks against queries I wrote by hand (a
 * scratch script, not committed, calling the real checkers from journey-checkers.ts), and a few wrong queries
 * written on purpose (see the report).
 * Not run on the planner by me: the lead does the first run.
 */

/** `now()` and its SQL spellings. */
const sqlNow = '(now\\(\\)|CURRENT_DATE|current_timestamp|localtimestamp)';

/** Explicit dates the questions name. */
const JUL_1 = new Date(Date.UTC(2026, 6, 1));
const NOV_1 = new Date(Date.UTC(2026, 10, 1));
const NOV_20 = new Date(Date.UTC(2026, 10, 20));
/** The first day of this calendar quarter (UTC). */
const QUARTER_START = new Date(Date.UTC(TODAY.getUTCFullYear(), Math.floor(TODAY.getUTCMonth() / 3) * 3, 1));

/** The SHA1 of the hospital officer's IOC. */
const SHA1_IOC = 'e1d4b7a09c2f3b6d58a0c7e9f1b2d3c4a5e6f708';

// KQL windows and shapes
/** One day back from now, as KQL may spell it. */
const KQL_DAY_BACK = '(ago\\(\\s*(1d|24h)\\s*\\)|now\\(\\)\\s*-\\s*(1d|24h))';
/** Yesterday's start (KQL). */
const YESTERDAY_START_KQL = new RegExp(
  [
    `startofday\\(\\s*${KQL_DAY_BACK}\\s*\\)`,
    `startofday\\(\\s*now\\(\\)\\s*(,\\s*-1\\s*)?\\)\\s*-\\s*(1d|24h)`,
    `startofday\\(\\s*now\\(\\)\\s*,\\s*-1\\s*\\)`,
    kqlDate(YESTERDAY),
  ].join('|'),
);
/** …and its end: before today's start, or the end of yesterday. */
const YESTERDAY_END_KQL = new RegExp(
  [
    `(<|\\.\\.)\\s*(startofday\\(\\s*now\\(\\)\\s*\\)|${kqlDate(TODAY)})`,
    `endofday\\(\\s*${KQL_DAY_BACK}\\s*\\)`,
    `endofday\\(\\s*now\\(\\)\\s*,\\s*-1\\s*\\)`,
    `(<=?|\\.\\.)\\s*datetime\\(\\s*["']?${iso(YESTERDAY)}[T ]23`,
    `startofday\\(\\s*TimeGenerated\\s*\\)\\s*==\\s*startofday\\(\\s*${KQL_DAY_BACK}\\s*\\)`,
  ].join('|'),
);
/** A daily bucket on the time column (KQL). */
const DAILY_KQL =
  /bin\(\s*TimeGenerated\s*,\s*(1d|24h)\s*\)|bin_at\(\s*TimeGenerated\s*,\s*(1d|24h)\s*,|startofday\(\s*TimeGenerated\s*\)/;
/** Top N (KQL). */
const kqlTop = (n: number) => new RegExp(`top\\s+${n}\\s+by|take\\s+${n}\\b|limit\\s+${n}\\b`);
/**
 * A value compared to a KQL column: `==`, `=~`, `has`, `contains`, or anywhere in an `in` / `has_any` list.
 */
const kqlIs = (column: string, value: string) =>
  new RegExp(`${column}\\s*(==|=~|has|contains|startswith|(in~?|has_any)\\s*\\([^)]*?)\\s*["']${value}["']`, 'i');
/** A column compared to a prefix (KQL): `startswith`, `has_prefix`, `matches regex "^…"`, `like`. */
const kqlPrefix = (column: string, prefix: string) =>
  new RegExp(
    `${column}\\s*(startswith|has_prefix|hasprefix|has|contains|matches\\s+regex|like)\\s*@?["']\\^?${prefix}`,
    'i',
  );
/** Grouped by a user column (KQL). */
const BY_USER_KQL = /by\s+[^|]*\b(UserPrincipalName|UserDisplayName|UserId)\b/;
/** A failed Entra sign-in (KQL): ResultType other than 0. */
const FAILED_SIGNIN_KQL =
  /ResultType\s*(!=|!~|<>)\s*["']?0["']?(?!\d)|ResultType\s*!in~?\s*\([^)]*["']?0["']?\s*[,)]|toint\(\s*ResultType\s*\)\s*(!=\s*0|>\s*0)\b/;
/** A successful Entra sign-in (KQL): ResultType 0. */
const SUCCESS_SIGNIN_KQL = /ResultType\s*(==|=~|in~?\s*\(\s*)\s*["']?0["']?(?!\d)|toint\(\s*ResultType\s*\)\s*==\s*0\b/;
/** Not from the United Kingdom (KQL): the Location excluded as its code or its name. */
const NOT_UK_KQL =
  /Location\s*(!=|!~|!has|!contains|!startswith)\s*["'](GB|UK|United Kingdom)["']|Location\s*!in~?\s*\([^)]*["'](GB|UK|United Kingdom)["']|not\s*\(\s*Location\s*(==|=~|has|in~?\s*\()[^)]*["'](GB|UK|United Kingdom)["']/i;

// SPL windows and shapes
/** "Since 1 Nov" (SPL): the literal day, or this month's start while the run is in November 2026. */
const SINCE_NOV_1_SPL = new RegExp(
  [splSince(NOV_1).source, ...(iso(MONTH_START) === iso(NOV_1) ? ['earliest\\s*=\\s*"?(@mon|-0mon@mon)'] : [])].join(
    '|',
  ),
);
const YESTERDAY_END_SPL = new RegExp(
  `latest\\s*=\\s*"?(@d|-0d@d|${splDate(TODAY)}|${usDate(YESTERDAY)}:23:59|${iso(YESTERDAY)}T23:59)`,
);
/** The previous calendar month's start (SPL), and its end. */
const PREV_MONTH_START_SPL = new RegExp(`earliest\\s*=\\s*"?(-1mon@mon|-1month@month|${splDate(LAST_MONTH_START)})`);
/** An hourly bucket (SPL). */
const HOURLY_SPL = /(timechart|bin|bucket)\s+[^|]*span\s*=\s*"?(1h|60m|3600s?)\b/;
/** Windows Security event IDs, which must never be applied to sysmon (SPL). */
const WINDOWS_SECURITY_IDS_SPL = /EventCode\s*=\s*"?(4624|4625|4648|4663|4688|4698|4720|4738)\b/;
/** The sysmon index or sourcetype (SPL). */
const SYSMON_SPL = /index\s*=\s*"?sysmon|sourcetype\s*=\s*"?XmlWinEventLog:Microsoft-Windows-Sysmon/;
/** A sysmon search or the Endpoint data model (SPL). */
const SYSMON_OR_ENDPOINT_SPL = /index\s*=\s*"?sysmon|datamodel\s*=\s*"?Endpoint|Endpoint\.Processes/;
/** Most first (SPL): a descending sort, or `top`. */
const MOST_FIRST_SPL = /\|\s*sort\s+[^|]*-\s*\w|\|\s*top\b|\|\s*sort\s+[^|]*\bdesc\b/i;

// SQL windows and shapes
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
/** Yesterday's start, as Postgres may spell it. */
const SQL_YESTERDAY = `(CURRENT_DATE\\s*-\\s*(1\\b|${sqlInterval('1 days?|24 hours?')})|(now\\(\\)|current_timestamp)\\s*::\\s*date\\s*-\\s*(1\\b|${sqlInterval('1 days?')})|date_trunc\\(\\s*'day'\\s*,\\s*${sqlNow}\\s*\\)\\s*-\\s*${sqlInterval('1 days?|24 hours?')}|date_trunc\\(\\s*'day'\\s*,\\s*\\(?\\s*${sqlNow}\\s*-\\s*${sqlInterval('1 days?|24 hours?')}\\s*\\)?\\s*\\)|${sqlLiteral}${iso(YESTERDAY)})`;
/** Today's start, as Postgres may spell it. */
const SQL_TODAY = `(CURRENT_DATE\\b(?!\\s*-)|(now\\(\\)|current_timestamp)\\s*::\\s*date\\b(?!\\s*-)|date_trunc\\(\\s*'day'\\s*,\\s*${sqlNow}\\s*\\)(?!\\s*-)|${sqlLiteral}${iso(TODAY)})`;
/** Yesterday's start on a column (SQL), or the day compared as a whole. */
const sqlYesterdayStart = (column: string) =>
  new RegExp(
    `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*${SQL_YESTERDAY}|${sqlDayOf(column)}\\s*(=|>=|BETWEEN)\\s*\\(?\\s*${SQL_YESTERDAY}`,
    'i',
  );
/** …and its end: before today's start, or the day compared as a whole. */
const sqlYesterdayEnd = (column: string) =>
  new RegExp(
    [
      `${column}\\s*<\\s*\\(?\\s*${SQL_TODAY}`,
      `${column}\\s*BETWEEN\\s*[^;]*?AND\\s*\\(?\\s*${SQL_TODAY}`,
      `${sqlDayOf(column)}\\s*=\\s*\\(?\\s*${SQL_YESTERDAY}`,
      `(BETWEEN|<=)\\s*[^;]*${iso(YESTERDAY)}[T ]23:59`,
    ].join('|'),
    'i',
  );
/** A column the answer shows (SQL): named, or every column. */
const sqlShows = (column: string) => new RegExp(`\\b(${column})\\b|SELECT\\s+(\\w+\\.)?\\*`, 'i');
/** A true boolean column (SQL): `= true`, `IS TRUE`, or the bare column. */
const sqlTrue = (column: string) =>
  new RegExp(
    `${column}\\s*(=\\s*(true|'t'|'true'|1)\\b|IS\\s+TRUE)|(WHERE|AND)\\s+(\\w+\\.)?${column}\\b(?!\\s*(=|<>|!=|IS\\s+(NOT|FALSE)))`,
    'i',
  );
/** A descending order (SQL). */
const DESC_SQL = /ORDER BY[^;]*DESC/i;
/** A sum of order totals (SQL). */
const SUM_TOTAL_SQL = /SUM\(\s*(\w+\.)?total\s*\)/i;
/** One address on an inet column (SQL): equality, its text, or its host. */
const sqlAddress = (address: string) => {
  const a = address.replace(/\./g, '\\.');
  return new RegExp(
    `ip_address\\s*(=|<<=)\\s*(inet\\s*)?'${a}(\\/32)?'|ip_address\\s*::\\s*(text|varchar)\\s*(=|LIKE)\\s*'${a}(\\/32)?'|(host|text|abbrev)\\(\\s*(\\w+\\.)?ip_address\\s*\\)\\s*=\\s*'${a}(\\/32)?'`,
    'i',
  );
};

export const BLIND45_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: hospital IT security officer
  {
    id: 'b45-kql-hosp-powerchart-failed-not-uk-yesterday',
    question: 'PowerChart logins that failed yesterday from outside the UK — entra, grouped by user pls',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('AppDisplayName', '(Cerner )?PowerChart'),
          FAILED_SIGNIN_KQL,
          NOT_UK_KQL,
          BY_USER_KQL,
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b45-kql-hosp-4625-ward-top10-12h',
    question: 'Top 10 accounts with failed logons (4625) on the WARD-* workstations over the last 12 hours.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4625),
          kqlPrefix('Computer', 'WARD-'),
          kqlTop(10),
          /by\s+[^|]*\b(TargetUserName|Account)\b/,
          kqlLast('12h|720m'),
        ],
      },
    },
  },
  {
    id: 'b45-kql-hosp-sha1-ioc-30d',
    question: `got an IOC from the regional health CERT, sha1 ${SHA1_IOC} — seen in defender on any device in the past 30 days? which machines, the path and who ran it`,
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          new RegExp(`SHA1\\s*(==|=~|in~?\\s*\\(|has)\\s*["']${SHA1_IOC}["']`, 'i'),
          kqlShows('DeviceName'),
          kqlShows('FolderPath'),
          kqlShows('AccountName'),
          kqlLast('30d|720h'),
        ],
      },
    },
  },

  // KQL: warehouse-systems admin
  {
    id: 'b45-kql-wms-modbus-502-this-week',
    question:
      'Which of our WMS-* devices opened connections on port 502 (modbus) this week? device name + remote IP with a count',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /RemotePort\s*(==|in\s*\()\s*502\b/,
          kqlPrefix('DeviceName', 'WMS-'),
          COUNT_KQL,
          /by\s+[^|]*\bDeviceName\b/,
          /by\s+[^|]*\bRemoteIP\b/,
          THIS_WEEK_KQL,
        ],
      },
    },
  },
  {
    id: 'b45-kql-wms-rg-deletes-this-month',
    question:
      'has anything been deleted in resource group rg-wms-prod this month? i want each caller and how many delete operations they did',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          kqlIs('ResourceGroup', 'rg-wms-prod'),
          /OperationNameValue\s*(has|contains|endswith|has_cs|contains_cs|matches\s+regex)\s*@?["'][^"']*delete/i,
          COUNT_KQL,
          /by\s+[^|]*\bCaller\b/,
          THIS_MONTH_KQL,
        ],
      },
    },
  },

  // KQL: university SOC student analyst
  {
    id: 'b45-kql-soc-high-risk-dcount-ip-3d',
    question:
      'for my shift report: users whose sign-ins were flagged high risk in the last 3 days, how many distinct IPs each, only those with more than 3',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('RiskLevelDuringSignIn', 'high'),
          /dcount\(\s*IPAddress\s*\)|count_distinct\(\s*IPAddress\s*\)/,
          BY_USER_KQL,
          kqlAbove(3),
          kqlLast('3d|72h'),
        ],
      },
    },
  },
  {
    id: 'b45-kql-soc-net-user-add-6h',
    question:
      "did anyone run 'net user ... /add' on the lab servers in the past 6h? process creation (4688) in sentinel — computer, account and the full cmd line",
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4688),
          /CommandLine\s*(has|contains|has_all|matches\s+regex|has_any)[^|]*\/add/i,
          /\bnet1?(\.exe)?\b/i,
          /\buser\b/i,
          kqlShows('Computer'),
          kqlShows('Account|SubjectUserName'),
          kqlShows('CommandLine'),
          kqlLast('6h|360m'),
        ],
      },
    },
  },
  {
    id: 'b45-kql-soc-student-downloads-since-monday',
    question: 'how many files did t.nakamura@student.kestrel.ac.uk download from sharepoint / onedrive since monday?',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [
          kqlIs('UserId', 't\\.nakamura@student\\.kestrel\\.ac\\.uk'),
          kqlIs('Operation', 'FileDownloaded'),
          COUNT_KQL,
          THIS_WEEK_KQL,
        ],
      },
    },
  },

  // KQL: cloud platform engineer
  {
    id: 'b45-kql-cloud-remove-member-role-14d',
    question:
      "Entra audit log: list every 'Remove member from role' in the last 14 days, with who initiated it and the target",
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [
          kqlIs('(OperationName|ActivityDisplayName)', 'Remove member from role'),
          kqlShows('InitiatedBy'),
          kqlShows('TargetResources'),
          kqlLast('14d|336h|2w'),
        ],
      },
    },
  },
  {
    id: 'b45-kql-cloud-smtp-activesync-7d',
    question:
      'still got clients on Authenticated SMTP or Exchange ActiveSync? sign-in count per user and client app for the past 7 days',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('ClientAppUsed', 'Authenticated SMTP'),
          kqlIs('ClientAppUsed', 'Exchange ActiveSync'),
          COUNT_KQL,
          BY_USER_KQL,
          /by\s+[^|]*\bClientAppUsed\b/,
          kqlLast('7d|168h|1w'),
        ],
      },
    },
  },

  // KQL: e-commerce finance controller
  {
    id: 'b45-kql-fin-netsuite-daily-users-month',
    question: 'How many different people logged into NetSuite each day this month? Successful sign-ins only.',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('AppDisplayName', '(Oracle )?NetSuite'),
          SUCCESS_SIGNIN_KQL,
          /dcount\(\s*(UserPrincipalName|UserId|UserDisplayName)\s*\)|count_distinct\(\s*(UserPrincipalName|UserId|UserDisplayName)\s*\)/,
          DAILY_KQL,
          THIS_MONTH_KQL,
        ],
      },
    },
  },

  // SPL: hospital IT security officer
  {
    id: 'b45-spl-hosp-4726-last-month',
    question:
      'Splunk please: user accounts deleted on the domain controllers last month (event 4726). I need who deleted which account and when.',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [splEvent(4726), splShows('user'), splShows('_time'), PREV_MONTH_START_SPL, PREV_MONTH_END_SPL],
      },
    },
  },
  {
    id: 'b45-spl-hosp-sysmon-startup-folder-24h',
    question:
      'sysmon - anything dropped into a Startup folder (file create, event 11) on the clinical PCs in the last 24h? host, image and target file',
    expect: {
      spl: {
        has: [
          SYSMON_SPL,
          /EventCode\s*(=|IN\s*\()\s*"?11\b/,
          /Startup/i,
          splShows('host'),
          splShows('Image'),
          splShows('TargetFilename'),
          DAY1_SPL,
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },

  // SPL: warehouse-systems admin
  {
    id: 'b45-spl-wms-9100-blocked-4h',
    question: 'fw blocks towards the label printers on tcp 9100 in the last 4 hrs - count by source ip, most first',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /dest_port\s*(=|IN\s*\()\s*"?9100\b/,
          /action\s*(=|IN\s*\()\s*"?(blocked|denied|deny|block|dropped|drop)\b/i,
          COUNT_SPL,
          /by\s+[^|]*\bsrc(_ip)?\b/,
          MOST_FIRST_SPL,
          splLast('4h|240m'),
        ],
      },
    },
  },
  {
    id: 'b45-spl-wms-cloudtrail-accessdenied-euw1-today',
    question: 'CloudTrail: AccessDenied errors in eu-west-1 today, grouped by IAM identity (arn) and API call',
    expect: {
      spl: {
        table: 'aws',
        has: [
          /errorCode\s*(=|IN\s*\()\s*"?\*?AccessDenied/i,
          /awsRegion\s*(=|IN\s*\()\s*"?eu-west-1\b/,
          /by\s+[^|]*userIdentity\.arn/,
          /by\s+[^|]*\beventName\b/,
          TODAY_SPL,
        ],
      },
    },
  },

  // SPL: university SOC student analyst
  {
    id: 'b45-spl-soc-45-155-205-failures-2d',
    question:
      'helpdesk ticket: failed authentications coming from 45.155.205.0/24 over the past 2 days, per target user',
    expect: {
      spl: {
        has: [
          /45\.155\.205\.(0\/24|\*)/,
          /action\s*(=|IN\s*\()\s*"?fail(ure|ed)?\b|EventCode\s*(=|IN\s*\()\s*"?4625\b/i,
          COUNT_SPL,
          /by\s+[^|]*\buser\b/,
          splLast('2d|48h|2880m'),
        ],
      },
    },
  },
  {
    id: 'b45-spl-soc-pages-dev-dns-3d',
    question:
      'sysmon dns (22): how many distinct hosts looked up anything ending in pages.dev in the past 3 days? per domain queried',
    expect: {
      spl: {
        has: [
          SYSMON_SPL,
          /EventCode\s*(=|IN\s*\()\s*"?22\b/,
          /pages\.dev/,
          /(dc|distinct_count|estdc)\(\s*host\s*\)/,
          /by\s+[^|]*\bQueryName\b/,
          splLast('3d|72h'),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b45-spl-soc-web-404-over-50-1h',
    question: 'someone scanning the course portal?? web logs: src IPs with more than 50 404s in the last hour',
    expect: {
      spl: {
        table: 'Web',
        has: [
          /status\s*(=|IN\s*\()\s*"?404\b/,
          COUNT_SPL,
          /by\s+[^|]*\bsrc\b/,
          /\|\s*(where|search)\s+[^|]*(>\s*50|>=\s*51)\b/,
          splLast('1h|60m'),
        ],
      },
    },
  },

  // SPL: cloud platform engineer
  {
    id: 'b45-spl-cloud-bucket-policy-since-nov1',
    question:
      'who changed or deleted S3 bucket policies (PutBucketPolicy / DeleteBucketPolicy) since Nov 1? arn, source ip and region',
    expect: {
      spl: {
        table: 'aws',
        has: [
          /PutBucketPolicy/,
          /DeleteBucketPolicy/,
          splShows('userIdentity.arn'),
          splShows('sourceIPAddress'),
          splShows('awsRegion'),
          SINCE_NOV_1_SPL,
        ],
      },
    },
  },
  {
    id: 'b45-spl-cloud-53003-hourly-12h',
    question: 'azure signin logs in splunk: conditional access blocks (error 53003) per hour per app over the last 12h',
    expect: {
      spl: {
        table: 'azure',
        has: [
          /errorCode\s*(=|IN\s*\()\s*"?53003\b/,
          COUNT_SPL,
          HOURLY_SPL,
          /by\s+[^|]*appDisplayName/,
          splLast('12h|720m'),
        ],
      },
    },
  },

  // SPL: e-commerce finance controller
  {
    id: 'b45-spl-fin-o365-close-workbook-month',
    question: 'Who has opened Q3-Close-FY26.xlsx this month? Our o365 logs in Splunk, user and client IP please.',
    expect: {
      spl: {
        table: 'o365',
        has: [/Q3-Close-FY26\.xlsx/i, splShows('UserId'), splShows('ClientIP'), THIS_MONTH_SPL],
      },
    },
  },

  // SQL: e-commerce finance controller
  {
    id: 'b45-sql-fin-completed-by-currency-prev-month',
    question: 'Month-end check: total value of completed orders last month, broken down by currency.',
    expect: {
      sql: {
        table: 'orders',
        has: [
          sqlIs('status', 'completed'),
          SUM_TOTAL_SQL,
          /GROUP BY[^;]*currency/i,
          sqlPrevMonthStart('created_at'),
          sqlPrevMonthEnd('created_at'),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b45-sql-fin-overdue-eur-over-10k',
    question:
      "overdue invoices over €10,000 that still aren't paid — customer, amount, due date, oldest due date first",
    expect: {
      sql: {
        table: 'invoices',
        has: [
          sqlIs('currency', 'EUR'),
          /amount\s*(>|>=)\s*10000(\.0+)?\b/i,
          /due_date\s*<\s*\(?\s*(CURRENT_DATE|now\(\)|current_timestamp|localtimestamp)/i,
          /paid_at\s+IS\s+NULL|status\s*(<>|!=)\s*'paid'|status\s+NOT\s+IN\s*\([^)]*'paid'|status\s*(=|IN\s*\([^)]*?)\s*'(unpaid|overdue|open)'/i,
          sqlShows('customer_id|name'),
          /ORDER BY[^;]*due_date/i,
        ],
        not: [/due_date\s+DESC/i],
      },
    },
  },
  {
    id: 'b45-sql-fin-avg-days-to-pay-segment-ytd',
    question:
      'avg number of days between invoice issue and payment, per customer segment, for invoices issued this year',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /AVG\([\s\S]*?(paid_at[\s\S]*?issued_at|issued_at[\s\S]*?paid_at)/i,
          /\bcustomers\b/i,
          /GROUP BY[^;]*segment/i,
          sqlThis('issued_at', 'year', YEAR_START),
        ],
      },
    },
  },
  {
    id: 'b45-sql-fin-top10-cad-since-jul1',
    question: 'top 10 customers by CAD spend since July 1st 2026 (name, email, total)',
    expect: {
      sql: {
        table: 'orders',
        has: [
          sqlIs('currency', 'CAD'),
          SUM_TOTAL_SQL,
          DESC_SQL,
          topSql(10),
          sqlShows('name'),
          sqlShows('email'),
          sqlSince('created_at', JUL_1),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b45-sql-fin-refunds-per-country-quarter',
    question: 'refunded orders this quarter per customer country — only the countries with more than 20',
    expect: {
      sql: {
        table: 'orders',
        has: [
          sqlIs('status', 'refunded'),
          /GROUP BY[^;]*country/i,
          sqlCountAbove(20),
          sqlThis('created_at', 'quarter', QUARTER_START),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b45-sql-fin-marketing-overspent-fy2026',
    question:
      'From the budget table: which Marketing categories spent more than was budgeted in FY2026? Show category, budget, spent and the overrun.',
    expect: {
      sql: {
        table: 'budget',
        has: [
          sqlIs('department', 'Marketing'),
          /fiscal_year\s*(=|IN\s*\()\s*'?2026\b/i,
          /spent\s*\)?\s*>\s*(SUM\(\s*)?(\w+\.)?amount\b|amount\s*\)?\s*<\s*(SUM\(\s*)?(\w+\.)?spent\b|spent\s*\)?\s*-\s*(SUM\(\s*)?(\w+\.)?amount\s*\)?\s*>\s*0\b/i,
          sqlShows('category'),
        ],
      },
    },
  },
  {
    id: 'b45-sql-fin-garden-units-yesterday',
    question: 'units sold per product in the Garden category yesterday (by order date), most units first',
    expect: {
      sql: {
        table: 'order_items',
        has: [
          sqlIs('category', 'Garden'),
          /SUM\(\s*(\w+\.)?quantity\s*\)/i,
          /GROUP BY[^;]*\b(name|product_id)\b/i,
          DESC_SQL,
          sqlYesterdayStart('created_at'),
          sqlYesterdayEnd('created_at'),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },

  // SQL: warehouse-systems admin
  {
    id: 'b45-sql-wms-distribution-operators-stale-45d',
    question:
      "Distribution dept operators (role 'operator') whose accounts are still active but who haven't logged in for 45 days — email and last login",
    expect: {
      sql: {
        table: 'users',
        has: [
          sqlIs('department', 'Distribution'),
          sqlIs('role', 'operator'),
          sqlTrue('active'),
          // "Not logged in for 45 days" is a condition on last_login_at, not the query's window.
          sqlOlderThan('last_login_at', '45 days?|1080 hours?', 45),
          sqlShows('email'),
          sqlShows('last_login_at'),
        ],
        not: [sqlWindowOn('last_login_at')],
      },
    },
  },
  {
    id: 'b45-sql-wms-night-shift-login-failed',
    question:
      'night shift check: login_failed events between 2026-11-20 22:00 and 2026-11-21 06:00 UTC, count per user_id, most first',
    expect: {
      sql: {
        table: 'events',
        has: [
          sqlIs('event_type', 'login_failed'),
          new RegExp(`occurred_at\\s*(>=?|BETWEEN)\\s*\\(?\\s*${sqlLiteral}2026-11-20[ T]22:00`, 'i'),
          new RegExp(`(occurred_at\\s*<=?|AND)\\s*\\(?\\s*${sqlLiteral}2026-11-21[ T]0?6:00`, 'i'),
          /COUNT\(/i,
          /GROUP BY[^;]*user_id/i,
          DESC_SQL,
        ],
      },
    },
  },

  // SQL: hospital IT security officer
  {
    id: 'b45-sql-hosp-portal-events-ip-72h',
    question:
      "patient portal db: every event from 203.0.113.77 in the last 72 hours, with the user's email and the event type",
    expect: {
      sql: {
        table: 'events',
        has: [
          sqlAddress('203.0.113.77'),
          /\busers\b/i,
          /email/i,
          sqlShows('event_type'),
          sqlLast('occurred_at', '72 hours?|3 days?|4320 minutes?', 3),
        ],
      },
    },
  },

  // Two platforms
  {
    id: 'b45-multi-hosp-svc-pacs-rdp-7d',
    question:
      'the PACS service account svc_pacs should never RDP anywhere. any type 10 logons (4624) for it in the last 7 days? check sentinel and splunk — which hosts and from which IPs',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4624),
          /LogonType\s*(==|in\s*\()\s*10\b/,
          /svc_pacs/i,
          kqlShows('Computer'),
          kqlShows('IpAddress'),
          kqlLast('7d|168h|1w'),
        ],
      },
      spl: {
        table: 'wineventlog',
        has: [
          splEvent(4624),
          /Logon_Type\s*(=|IN\s*\()\s*"?10\b/,
          /svc_pacs/i,
          splShows('host|dest'),
          splShows('src|src_ip'),
          splLast('7d|168h|1w'),
        ],
      },
    },
  },
  {
    id: 'b45-multi-soc-mshta-from-winword-5d',
    question:
      'mshta.exe started by winword.exe — anything in defender or sysmon over the last 5 days? device, user, command line',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /mshta/i,
          /InitiatingProcessFileName\s*(==|=~|has|contains|startswith|in~?\s*\()[^|]*winword/i,
          kqlShows('DeviceName'),
          kqlShows('AccountName'),
          kqlShows('ProcessCommandLine'),
          kqlLast('5d|120h'),
        ],
      },
      spl: {
        has: [
          SYSMON_OR_ENDPOINT_SPL,
          /mshta/i,
          /(ParentImage|parent_process_name|parent_process)\s*(=|IN\s*\(|LIKE)[^|]*winword/i,
          splShows('host|dest|Processes.dest'),
          splShows('User|user|Processes.user'),
          splShows('CommandLine|process|Processes.process'),
          splLast('5d|120h'),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b45-multi-cloud-jkowalski-yesterday',
    question:
      'offboarding review for jkowalski: what did he do yesterday in Azure (caller jkowalski@nimbusgrid.io in the activity log) and in AWS CloudTrail (IAM user jkowalski)? operations with counts',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          kqlIs('Caller', 'jkowalski@nimbusgrid\\.io'),
          COUNT_KQL,
          /by\s+[^|]*\bOperationNameValue\b/,
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
      spl: {
        table: 'aws',
        has: [/jkowalski/, COUNT_SPL, /by\s+[^|]*\beventName\b/, YESTERDAY_START_SPL, YESTERDAY_END_SPL],
      },
    },
  },
  {
    id: 'b45-multi-fin-lindqvist-since-nov20',
    question:
      'A. Lindqvist (a.lindqvist@shopvane.com) left finance on 20 Nov 2026. Any successful Entra sign-ins by her since then, and is her account in our back-office db still active?',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [kqlIs('UserPrincipalName', 'a\\.lindqvist@shopvane\\.com'), SUCCESS_SIGNIN_KQL, kqlSince(NOV_20)],
      },
      sql: {
        table: 'users',
        has: [/'a\.lindqvist@shopvane\.com'/i, sqlShows('active')],
      },
    },
  },
  {
    id: 'b45-multi-wms-198-18-44-12-since-yesterday',
    question:
      '198.18.44.12 looks odd. firewall traffic from it (splunk) and any events in the warehouse app db with that ip, since yesterday 00:00',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [/src(_ip)?\s*(=|IN\s*\()\s*"?198\.18\.44\.12\b/, YESTERDAY_START_SPL],
      },
      sql: {
        table: 'events',
        has: [sqlAddress('198.18.44.12'), sqlYesterdayStart('occurred_at')],
      },
    },
  },

  // Clarification: nothing to act on
  { id: 'b45-clarify-other-warehouse', question: 'can u redo that one for the other warehouse', clarification: true },
  { id: 'b45-clarify-greeting', question: 'morning all! hope the weekend was quiet', clarification: true },
];

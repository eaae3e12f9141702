import type { JourneyCase } from './journey-cases';
import {
  kqlLast,
  DAY1_KQL,
  TODAY_KQL,
  THIS_WEEK_KQL,
  COUNT_KQL,
  splLast,
  TODAY_SPL,
  YESTERDAY_START_SPL,
  kqlEvent,
  splEvent,
  topSql,
  kqlShows,
  splShows,
  splAbove,
  sqlCountAbove,
  NOT_CUSTOMER_DATE_SQL,
} from './journey-patterns';
import {
  DAY_MS,
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
 * The "blind30" journey-quality set, written blind on 2026-11-27 (18:24–18:40 UTC). I did not read the
 * query builders (apps/mock-data/src/query/**), the constraint extractor or routing code (libs/planner-core),
 * planner-llm, the planner app, the git history of any of them, any failure list, or another blind author's
 * work in progress (blind31 was written at the same time and not read). I read: issue 11, the `JourneyCase` /
 * `QueryCheck` types in journey-cases.ts, journey-dates.ts, journey-checkers.ts and journey-runner.ts (how a
 * check is applied), run-journeys.ts (to register the set), the mesh's schemas (kql/spl/sql.json), blind27's
 * file as the format example (its window and shape helpers, which came from blind22, are reused here; its
 * questions and values are not), and the question lines of the other sets (to avoid repeating them).
 * Aim: resemble the held-back set of issue 11 (questions a new user types on a normal day): mostly short
 * one-liners in plain words, a few medium ones, some typos and abbreviations ("hrs", "avg", "cant", "havent",
 * "ips", "+"), a few naming a product, most naming only the data.
 * Personas, at a courier company (swiftparcel.co.uk) with a parcel-booking web app: a SOC analyst on the early
 * shift (failed sign-ins since midnight, TGT requests from a subnet, mstsc, a MySQL-port IOC, SMTP AUTH
 * sign-ins, hh.exe children, time changes, TeamViewer traffic, a scraper on the bookings export, failed logons
 * on a DC, a TI-feed SHA256, forfiles, an IP in Entra and the app's login events), an IT service-desk agent
 * (a user's AD lockouts, Azure DevOps users, SharePoint uploads, deleted Entra users, o365 failed logins,
 * deactivated app users, a user who cannot log in), a DevOps / cloud engineer on Azure and AWS (storage
 * listKeys, failed operations in a resource group, KMS ScheduleKeyDeletion and Decrypt, Winlogon registry
 * changes, azure sign-ins from an IP, an IP touching Azure and AWS) and a finance controller (void invoices
 * by currency, DKK invoiced last quarter, Norwegian customers with more than 10 orders, lost parcels per week,
 * average paid ZAR invoice by segment, top Packaging products, budget vs spend per department, new customers
 * with no order, processing orders over 12,000 NOK).
 * No question names a query language; some name a product (entra, azure, Azure DevOps, sharepoint, sysmon,
 * defender, cloudtrail, o365, splunk, "AD", "the booking app", "our db"), most name the data.
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform, 2 clarification cases (38).
 * Values: UPNs (d.achterberg@, f.ndlovu@, r.haldane@, a.kowalewska@swiftparcel.co.uk), a sam account name
 * (h.mwangi), IPs (94.102.61.27, 176.111.174.90, 212.70.149.5, 37.120.210.14, 91.92.240.118), a CIDR
 * (10.66.12.0/24), ports (3306, 5938), a SHA256, event IDs (4768, 4740 implied by "locked out in AD", 4616),
 * process names (mstsc.exe, hh.exe, forfiles.exe), hosts (SWP-DC01, SWP-LT-0412), a resource group
 * (rg-swp-booking-prod), an Azure operation (listKeys), an Entra audit operation (Delete user), an Office
 * operation (FileUploaded), a client app (Authenticated SMTP), an app (Azure DevOps), AWS calls and region
 * (ScheduleKeyDeletion, Decrypt, eu-west-2), a URL path (/api/v2/bookings/export), a registry key (Winlogon),
 * statuses (void, lost, paid, processing, deactivated), currencies (DKK, ZAR, NOK), a country (Norway), a
 * category (Packaging), a department (Depot Ops), a fiscal year (FY2026), an amount (12,000 NOK).
 * Shapes: counts, distinct counts, sums, averages, two sums side by side, thresholds after aggregation (> 10,
 * > 500), an amount threshold, top N (5, 10, "top destination IPs"), daily and weekly buckets, by X, columns to
 * show, ordering, a negation (new customers with no order). Windows: last N hours/days (6h, 24h, 48h, 3d, 7d,
 * 12h, 30d), "last 6 months", since midnight, today, yesterday (both ends), this week, since monday, this
 * month, this quarter, the previous calendar quarter (both ends), this year, a fiscal year, since a date
 * (1 Oct). Calendar windows are computed from the run's clock (UTC).
 * Checks accept every spelling I could think of for the same condition (==, =~, in, has; ago(7d) or
 * ago(168h); raw SPL or the matching data model; SQL literals, date_trunc, EXTRACT, intervals) and reject
 * only queries that do not answer the question.
 * Before running it I checked every case's checks against a query I wrote by hand for it, and a few against
 * other spellings (scratch scripts, not committed): every `has` matched, no `not` did, and the real checkers
 * (Kusto analyser, SPL check, PGlite) reported nothing on the hand queries; the table checks were not run on them.
 * First run (18:37 UTC, set committed as 9b022a8, `npm run eval:journeys -- --sets blind30 --verbose`, in
 * process): 25/38 passed (65.8 %); platforms right on 32/38 (30/36 real cases: SQL instead of KQL for the AD
 * lockouts of h.mwangi, SPL (the azure index) instead of KQL for the SMTP AUTH sign-ins, KQL instead of SPL for
 * 4616, SQL instead of SPL for the KMS Decrypt arns, only SPL for the IP in azure + aws, only KQL for the IP in
 * Entra + the app's login events; 2/2 clarifications). The other failures: listKeys dropped, Winlogon dropped,
 * void invoices (status dropped, a count instead of the sum), lost parcels (status dropped), budget vs spend
 * ordered by the budget instead of the spend, Depot Ops deactivated users (both filters dropped), processing
 * NOK orders (status dropped).
 * Second commit (fairness review of the first run's queries; each change marked "Second commit" below): no
 * failing query answered its question, so no check was loosened; two checks had accepted queries that do not:
 * - tightened b30-sql-fin-norway-customers-over-10-orders-year: the run's query had no GROUP BY, so its HAVING
 *   tested one count of all Norwegian orders, not each customer's.
 * - tightened b30-sql-fin-new-customers-no-orders-30d: the run's query put the 30 days on the orders inside the
 *   NOT EXISTS and none on the customers' sign-up date (all customers with no order in 30 days).
 * After the second commit (18:39 UTC, same command): 23/38 passed (60.5 %); platforms right on 32/38 (30/36
 * real cases, 2/2 clarifications); the thirteen first-run failures and these two fail.
 * Not changed, though debatable: b30-spl-soc-4616-time-change-month says "windows boxes" without naming a
 * store; the run answered it from SecurityEvent (4616 this month, SubjectUserName and Computer), which would
 * also answer it. b30-kql-soc-smtp-auth-signins-48h names no store either; the run searched the Splunk azure
 * sign-in index for the words "Authenticated SMTP" (that index has no client-app field, so it is a text match),
 * with users and IPs. A platform choice is not a spelling, so both keep their expectation (as blind26/27 did).
 */

/** `now()` and its SQL spellings. */
const sqlNow = '(now\\(\\)|CURRENT_DATE|current_timestamp|localtimestamp)';

// KQL windows
const THIS_MONTH_KQL = new RegExp(`startofmonth\\(\\s*now\\(\\)\\s*(,\\s*0\\s*)?\\)|${kqlDate(MONTH_START)}`);
/** Yesterday's start (KQL). */
const YESTERDAY_START_KQL = new RegExp(
  [
    `startofday\\(\\s*(ago\\(\\s*(1d|24h)\\s*\\)|now\\(\\)\\s*-\\s*(1d|24h))\\s*\\)`,
    `startofday\\(\\s*now\\(\\)\\s*,\\s*-1\\s*\\)`,
    `startofday\\(\\s*now\\(\\)\\s*\\)\\s*-\\s*(1d|24h)`,
    kqlDate(YESTERDAY),
  ].join('|'),
);
/** …and its end: before today's start, `endofday` of yesterday, or the day compared as a whole. */
const YESTERDAY_END_KQL = new RegExp(
  [
    `(<|\\.\\.)\\s*startofday\\(\\s*now\\(\\)\\s*\\)`,
    `endofday\\(\\s*(ago\\(\\s*(1d|24h)\\s*\\)|now\\(\\)\\s*,\\s*-1|now\\(\\)\\s*-\\s*(1d|24h))\\s*\\)`,
    `(<|\\.\\.)\\s*${kqlDate(TODAY)}`,
    `(<=?|\\.\\.)\\s*datetime\\(\\s*["']?${iso(YESTERDAY)}[T ]23`,
    `startofday\\(\\s*(TimeGenerated|Timestamp)\\s*\\)\\s*==`,
  ].join('|'),
);
/** A daily bucket on the time column (KQL). */
const DAILY_KQL = /bin\(\s*(TimeGenerated|Timestamp)\s*,\s*(1d|24h)\s*\)|startofday\(\s*(TimeGenerated|Timestamp)\s*\)/;

// SPL windows
const THIS_WEEK_SPL = new RegExp(`earliest\\s*=\\s*"?(@w[01]|-0w@w[01]|${splDate(SUNDAY)}|${splDate(MONDAY)})`);
const THIS_MONTH_SPL = new RegExp(`earliest\\s*=\\s*"?(@mon|-0mon@mon|${splDate(MONTH_START)})`);
const YESTERDAY_END_SPL = new RegExp(
  `latest\\s*=\\s*"?(@d|-0d@d|${splDate(TODAY)}|${usDate(YESTERDAY)}:23:59|${iso(YESTERDAY)}T23:59)`,
);

// SQL windows
/** "in the last N <unit>" on a column (SQL): an interval (any of the spellings), or a day count. */
const sqlLast = (column: string, spellings: string, days: number) =>
  new RegExp(
    `${column}\\s*(>=?|BETWEEN)\\s*\\(?\\s*${sqlNow}\\s*-\\s*(interval\\s*'(${spellings})'|'(${spellings})'\\s*::\\s*interval|${days}\\b|make_interval\\(\\s*days\\s*=>\\s*${days}\\))|${column}\\s*(>=?|BETWEEN)\\s*${sqlLiteral}(${iso(new Date(TODAY.getTime() - days * DAY_MS))}|${iso(new Date(TODAY.getTime() - (days - 1) * DAY_MS))})`,
    'i',
  );
/** Since the start of this <unit> on a column (SQL): date_trunc of now, or the literal first day. */
const sqlThis = (column: string, unit: string, start: Date) =>
  new RegExp(
    `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*(date_trunc\\(\\s*'${unit}'\\s*,\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?\\)|${sqlLiteral}${iso(start)})|date_trunc\\(\\s*'${unit}'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=\\s*date_trunc\\(\\s*'${unit}'\\s*,\\s*${sqlNow}`,
    'i',
  );

/** Windows Security event IDs, which must never be applied to sysmon (SPL). */
const WINDOWS_SECURITY_IDS_SPL = /EventCode\s*=\s*"?(4624|4625|4688|4720|4725|4740)\b/;
/** `top 10 …`, `top limit=10 …`, `head 10`, `sort 10` (SPL). */
const topSpl = (n: number) =>
  new RegExp(`top\\s+(limit\\s*=\\s*)?${n}\\b|head\\s+(limit\\s*=\\s*)?${n}\\b|sort\\s+(limit\\s*=\\s*)?${n}\\b`);
/** A failed Entra sign-in: a non-zero ResultType, however spelled (KQL). */
const FAILED_SIGNIN_KQL =
  /ResultType\s*\)?\s*(!=|!~|<>)\s*["']?0\b|ResultType\s*!in~?\s*\(\s*["']?0\b|ResultType\s*(in~?\s*\(|==|=~)\s*["']?[1-9]/;
/**
 * A value compared to a KQL column: `==`, `=~`, `has`, `contains`, or anywhere in an `in` / `has_any` list
 * (the value need not come first in the list).
 */
const kqlIs = (column: string, value: string) =>
  new RegExp(`${column}\\s*(==|=~|has|contains|(in~?|has_any)\\s*\\([^)]*?)\\s*["']${value}["']`, 'i');

/** The first day of this calendar quarter (UTC). */
const QUARTER_START = new Date(Date.UTC(TODAY.getUTCFullYear(), Math.floor(TODAY.getUTCMonth() / 3) * 3, 1));

/** A SHA256 from a threat-intel feed (made up). */
const SHA256_IOC = 'c4e81a0d3f6b29571e8d0a4c7b2f96e15d3a8c0b47e2f19d6a5c3b8e0f7d1294';
/** The first day of the previous calendar quarter (UTC). */
const LAST_QUARTER_START = new Date(Date.UTC(QUARTER_START.getUTCFullYear(), QUARTER_START.getUTCMonth() - 3, 1));
/** The previous quarter's number (1–4) and year, as `EXTRACT(QUARTER …)` / `EXTRACT(YEAR …)` compare them. */
const LAST_QUARTER_NO = Math.floor(LAST_QUARTER_START.getUTCMonth() / 3) + 1;
const LAST_QUARTER_YEAR = LAST_QUARTER_START.getUTCFullYear();
/** The most recent 1 October on or before today ("since 1 Oct"). */
const OCT_1 = new Date(Date.UTC(TODAY.getUTCMonth() >= 9 ? YEAR : YEAR - 1, 9, 1));
/** Six calendar months before today, and the first of the month six months back. */
const SIX_MONTHS_AGO = new Date(Date.UTC(TODAY.getUTCFullYear(), TODAY.getUTCMonth() - 6, TODAY.getUTCDate()));
const SIX_MONTHS_AGO_MONTH = new Date(Date.UTC(TODAY.getUTCFullYear(), TODAY.getUTCMonth() - 6, 1));

/** `'1 quarter'` / `'3 months'` as an interval (SQL). */
const QUARTER_INTERVAL =
  "(interval\\s*'(3 mons?|3 months?|1 quarters?)'|'(3 mons?|3 months?|1 quarters?)'\\s*::\\s*interval)";
/** The previous calendar quarter on a column (SQL), its start… */
const sqlLastQuarterStart = (column: string) =>
  new RegExp(
    [
      `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*(date_trunc\\(\\s*'quarter'\\s*,\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?\\)\\s*-\\s*${QUARTER_INTERVAL}|date_trunc\\(\\s*'quarter'\\s*,\\s*${sqlNow}\\s*-\\s*${QUARTER_INTERVAL}\\s*\\))`,
      `${column}\\s*(>=|BETWEEN)\\s*${sqlLiteral}${iso(LAST_QUARTER_START)}`,
      `date_trunc\\(\\s*'quarter'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=\\s*(date_trunc\\(\\s*'quarter'\\s*,\\s*${sqlNow}\\s*-\\s*${QUARTER_INTERVAL}|${sqlLiteral}${iso(LAST_QUARTER_START)})`,
      `EXTRACT\\(\\s*QUARTER\\s+FROM\\s+(\\w+\\.)?${column}\\s*\\)\\s*=\\s*${LAST_QUARTER_NO}\\b[^;]*EXTRACT\\(\\s*YEAR\\s+FROM\\s+(\\w+\\.)?${column}\\s*\\)\\s*=\\s*${LAST_QUARTER_YEAR}`,
      `EXTRACT\\(\\s*YEAR\\s+FROM\\s+(\\w+\\.)?${column}\\s*\\)\\s*=\\s*${LAST_QUARTER_YEAR}\\b[^;]*EXTRACT\\(\\s*QUARTER\\s+FROM\\s+(\\w+\\.)?${column}\\s*\\)\\s*=\\s*${LAST_QUARTER_NO}`,
    ].join('|'),
    'i',
  );
/** …and its end. */
const sqlLastQuarterEnd = (column: string) =>
  new RegExp(
    [
      `${column}\\s*<\\s*\\(?\\s*(date_trunc\\(\\s*'quarter'\\s*,\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?\\)|${sqlLiteral}${iso(QUARTER_START)})`,
      `BETWEEN[^;]*AND\\s*\\(?\\s*(date_trunc\\(\\s*'quarter'\\s*,\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?\\)|${sqlLiteral}${iso(QUARTER_START)}|${sqlLiteral}${iso(new Date(QUARTER_START.getTime() - DAY_MS))})`,
      `date_trunc\\(\\s*'quarter'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=`,
      `EXTRACT\\(\\s*QUARTER\\s+FROM\\s+(\\w+\\.)?${column}\\s*\\)\\s*=\\s*${LAST_QUARTER_NO}\\b`,
    ].join('|'),
    'i',
  );
/** "the last 6 months" on an invoice date (SQL): an interval, the literal day, or six calendar months back. */
const SQL_INVOICE_LAST_6_MONTHS = new RegExp(
  [
    `(issued_at|paid_at)\\s*(>=?|BETWEEN)\\s*\\(?\\s*(date_trunc\\(\\s*'(day|month)'\\s*,\\s*)?${sqlNow}\\s*\\)?\\s*-\\s*(interval\\s*'(6 mons?|6 months?|180 days?|181 days?|182 days?|183 days?|26 weeks?)'|'(6 mons?|6 months?|180 days?|182 days?|183 days?)'\\s*::\\s*interval|make_interval\\(\\s*months\\s*=>\\s*6\\s*\\))`,
    `(issued_at|paid_at)\\s*(>=?|BETWEEN)\\s*${sqlLiteral}(${iso(SIX_MONTHS_AGO)}|${iso(SIX_MONTHS_AGO_MONTH)}|${iso(new Date(TODAY.getTime() - 180 * DAY_MS))}|${iso(new Date(TODAY.getTime() - 182 * DAY_MS))}|${iso(new Date(TODAY.getTime() - 183 * DAY_MS))})`,
  ].join('|'),
  'i',
);
/** "since monday" (KQL): this week's Monday, as a date or as the Sunday-based week start plus a day. */
const SINCE_MONDAY_KQL = new RegExp(
  `${kqlDate(MONDAY)}|startofweek\\(\\s*now\\(\\)\\s*\\)\\s*\\+\\s*(1d|24h)|startofweek\\(\\s*now\\(\\)\\s*,\\s*0\\s*\\)\\s*\\+\\s*(1d|24h)`,
);
/** "since monday" on a column (SQL): Postgres' ISO week start (a Monday) or the literal day. */
const sqlSinceMonday = (column: string) =>
  new RegExp(
    `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*(date_trunc\\(\\s*'week'\\s*,\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?\\)|${sqlLiteral}${iso(MONDAY)})`,
    'i',
  );
/** Inside a CIDR (KQL): `ipv4_is_in_range`, `ipv4_is_in_any_range`, `ipv4_is_match`, or a prefix match. */
const kqlInCidr = (column: string, cidr: string, prefix: string) =>
  new RegExp(
    `ipv4_is_(in_range|in_any_range|match)\\(\\s*${column}\\s*,[^)]*["']${cidr.replace(/[./]/g, (c) => `\\${c}`)}|${column}\\s*(startswith|has_any|has|contains|matches regex)\\s*\\(?\\s*["']\\^?${prefix.replace(/\./g, '\\\\*\\.')}`,
  );

export const BLIND30_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: Entra sign-ins and audit, Windows security events, Defender device tables, Azure and Office activity
  {
    id: 'b30-kql-soc-achterberg-failed-since-midnight',
    question: 'failed sign ins for d.achterberg@swiftparcel.co.uk since midnight',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [/d\.achterberg@swiftparcel\.co\.uk/i, FAILED_SIGNIN_KQL, TODAY_KQL],
      },
    },
  },
  {
    id: 'b30-kql-soc-4768-tgt-subnet-6h',
    question: 'TGT requests (4768) from 10.66.12.0/24 in the last 6 hrs',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4768), kqlInCidr('IpAddress', '10.66.12.0/24', '10.66.12.'), kqlLast('6h|360m')],
      },
    },
  },
  {
    id: 'b30-kql-itsd-mwangi-ad-lockouts-week',
    question: 'how many times has h.mwangi been locked out in AD this week?',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [/mwangi/i, kqlEvent(4740), COUNT_KQL, THIS_WEEK_KQL],
      },
    },
  },
  {
    id: 'b30-kql-cloud-storage-listkeys-yday',
    question: 'who ran listKeys on our storage accounts yesterday? (azure)',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [/listKeys/i, kqlShows('Caller'), YESTERDAY_START_KQL, YESTERDAY_END_KQL],
      },
    },
  },
  {
    id: 'b30-kql-cloud-failed-ops-rg-booking-prod-24h',
    question: 'failed operations in rg-swp-booking-prod over the last 24h, grouped by operation',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          kqlIs('(ResourceGroup|_ResourceId)', 'rg-swp-booking-prod'),
          /ActivityStatusValue\s*(==|=~|in~?\s*\(|has|contains|startswith)\s*["']Fail/i,
          /by\s+[^|]*OperationNameValue/,
          DAY1_KQL,
        ],
      },
    },
  },
  {
    id: 'b30-kql-soc-mstsc-endpoints-today',
    question: 'mstsc.exe launches on endpoints today - which user and which device?',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/mstsc/i, kqlShows('AccountName|InitiatingProcessAccountName'), kqlShows('DeviceName'), TODAY_KQL],
      },
    },
  },
  {
    id: 'b30-kql-soc-94-102-port-3306-3d',
    question: 'any devices connecting to 94.102.61.27 on 3306 in the past 3 days?',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          kqlIs('RemoteIP', '94\\.102\\.61\\.27'),
          /RemotePort\s*(==|in\s*\()\s*3306\b/,
          kqlShows('DeviceName'),
          kqlLast('3d|72h'),
        ],
      },
    },
  },
  {
    id: 'b30-kql-itsd-azure-devops-distinct-users-daily-month',
    question: 'distinct users signing in to Azure DevOps per day this month',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /(AppDisplayName\b|\*\s*(has|contains))[^|]*Azure DevOps/i,
          /dcount\(\s*(UserPrincipalName|UserId)\s*\)|count_distinct\(\s*(UserPrincipalName|UserId)\s*\)/,
          DAILY_KQL,
          THIS_MONTH_KQL,
        ],
      },
    },
  },
  {
    id: 'b30-kql-soc-smtp-auth-signins-48h',
    question: "who's still signing in with Authenticated SMTP? last 48 hrs, users + ips",
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('ClientAppUsed', 'Authenticated SMTP'),
          kqlShows('UserPrincipalName'),
          kqlShows('IPAddress'),
          kqlLast('48h|2d|2880m'),
        ],
      },
    },
  },
  {
    id: 'b30-kql-itsd-ndlovu-sharepoint-uploads-7d',
    question: 'what did f.ndlovu@swiftparcel.co.uk upload to sharepoint in the past 7 days',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [
          /f\.ndlovu@swiftparcel\.co\.uk/i,
          /FileUploaded/i,
          kqlShows('SourceFileName|OfficeObjectId'),
          kqlLast('7d|168h|1w'),
        ],
      },
    },
  },
  {
    id: 'b30-kql-itsd-entra-deleted-users-month',
    question: 'who deleted user accounts in entra this month?',
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [
          /(OperationName|ActivityDisplayName)\s*(==|=~|in~?\s*\(|has|contains|startswith)\s*["']Delete user/i,
          kqlShows('InitiatedBy'),
          THIS_MONTH_KQL,
        ],
      },
    },
  },

  // SPL: sysmon, windows logs, cloudtrail, the firewall, web and auth data models, o365, the azure index, registry
  {
    id: 'b30-spl-soc-sysmon-hh-children-7d',
    question: 'sysmon: anything spawned by hh.exe in the last 7 days?',
    expect: {
      spl: {
        has: [
          /index\s*=\s*"?sysmon|datamodel\s*=\s*"?Endpoint|Endpoint\.Processes/,
          /(ParentImage|parent_process_name|parent_process)\s*(=|IN\s*\()\s*"?[^|\s]*hh\.exe|like\(\s*(ParentImage|[\w.]*parent_process\w*)\s*,\s*"[^"]*hh\.exe/i,
          splLast('7d|168h|1w'),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b30-spl-soc-4616-time-change-month',
    question: 'who changed the system time on windows boxes this month? (4616)',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [splEvent(4616), splShows('user'), splShows('host|dest'), THIS_MONTH_SPL],
      },
    },
  },
  {
    id: 'b30-spl-cloud-schedulekeydeletion-euw2-week',
    question: 'cloudtrail - ScheduleKeyDeletion in eu-west-2 this week, who did it?',
    expect: {
      spl: {
        table: 'aws',
        has: [/ScheduleKeyDeletion/, /eu-west-2/, splShows('userIdentity.arn'), THIS_WEEK_SPL],
      },
    },
  },
  {
    id: 'b30-spl-cloud-kms-decrypt-over-500-today',
    question: 'which arns called kms Decrypt more than 500 times today',
    expect: {
      spl: {
        table: 'aws',
        has: [/eventName\s*(=|IN\s*\()\s*"?Decrypt\b/, /by\s+[^|]*userIdentity\.arn/, splAbove(500), TODAY_SPL],
      },
    },
  },
  {
    id: 'b30-spl-net-5938-teamviewer-dest-48h',
    question: 'firewall: outbound traffic on port 5938 (teamviewer) in the last 48h, top destination IPs',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /dest_port\s*(=|IN\s*\()\s*"?5938\b/,
          /(by|top|rare)\s+[^|]*\b(All_Traffic\.)?dest_ip\b/,
          splLast('48h|2d|2880m'),
        ],
      },
    },
  },
  {
    id: 'b30-spl-web-bookings-export-176-yday',
    question: 'web logs: hits on /api/v2/bookings/export from 176.111.174.90 yesterday',
    expect: {
      spl: {
        table: 'Web',
        has: [
          /bookings\/export/,
          /\bsrc\s*(=|IN\s*\()\s*"?176\.111\.174\.90\b/,
          YESTERDAY_START_SPL,
          YESTERDAY_END_SPL,
        ],
      },
    },
  },
  {
    id: 'b30-spl-o365-haldane-failed-logins-3d',
    question: 'o365 failed logins for r.haldane@swiftparcel.co.uk in the last 3 days, from which IPs?',
    expect: {
      spl: {
        table: 'o365',
        has: [
          /r\.haldane@swiftparcel\.co\.uk/i,
          /UserLoginFailed|ResultStatus\s*(=|IN\s*\()\s*"?fail/i,
          splShows('ClientIP'),
          splLast('3d|72h'),
        ],
      },
    },
  },
  {
    id: 'b30-spl-auth-dc01-top10-src-12h',
    question: 'auth data model: top 10 sources with failed logins against SWP-DC01, last 12 hrs',
    expect: {
      spl: {
        table: 'Authentication',
        has: [
          /action\s*(=|IN\s*\()\s*"?fail/i,
          /\bdest\s*(=|IN\s*\()\s*"?SWP-DC01/i,
          /(by|top)\s+[^|]*\b(Authentication\.)?src\b/,
          topSpl(10),
          splLast('12h|720m'),
        ],
      },
    },
  },
  {
    id: 'b30-spl-azure-212-70-signins-week',
    question: 'splunk azure sign-in logs: anything from 212.70.149.5 this week? user + app',
    expect: {
      spl: {
        table: 'azure',
        has: [
          /properties\.ipAddress\s*(=|IN\s*\()\s*"?212\.70\.149\.5\b/,
          splShows('properties.userPrincipalName'),
          splShows('properties.appDisplayName'),
          THIS_WEEK_SPL,
        ],
      },
    },
  },
  {
    id: 'b30-spl-registry-winlogon-lt0412-7d',
    question: 'registry changes under Winlogon on SWP-LT-0412 in the last 7 days',
    expect: {
      spl: {
        has: [
          /datamodel\s*=\s*"?Endpoint|Endpoint\.Registry/,
          /Winlogon/i,
          /\bdest\s*(=|IN\s*\()\s*"?SWP-LT-0412/i,
          splLast('7d|168h|1w'),
        ],
      },
    },
  },

  // SQL: the booking app's database (customers, orders, invoices, products, budget, users)
  {
    id: 'b30-sql-fin-void-invoices-by-currency-year',
    question: 'total of void invoices by currency this year',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /status\s*(=|IN\s*\(|ILIKE|LIKE)\s*'void(ed)?'/i,
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          /GROUP BY[^;]*currency/i,
          sqlThis('issued_at', 'year', YEAR_START),
        ],
      },
    },
  },
  {
    id: 'b30-sql-fin-dkk-invoiced-last-quarter',
    question: 'how much did we invoice in DKK last quarter?',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /currency\s*(=|IN\s*\()\s*'DKK'/i,
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          sqlLastQuarterStart('issued_at'),
          sqlLastQuarterEnd('issued_at'),
        ],
      },
    },
  },
  {
    id: 'b30-sql-fin-norway-customers-over-10-orders-year',
    question: 'customers in Norway with more than 10 orders this year',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /'(Norway|NO)'/i,
          // Second commit: without a grouping per customer the HAVING tests one total, not each customer's orders.
          /GROUP BY[^;]*(customer_id|\bname\b|email)/i,
          sqlCountAbove(10),
          sqlThis('created_at', 'year', YEAR_START),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b30-sql-ops-lost-parcels-weekly-since-oct1',
    question: 'lost parcels per week since 1 Oct (orders with status lost)',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /status\s*(=|IN\s*\(|ILIKE|LIKE)\s*'lost'/i,
          /COUNT\(/i,
          /date_trunc\(\s*'week'\s*,\s*(\w+\.)?created_at|EXTRACT\(\s*WEEK\s+FROM\s+(\w+\.)?created_at|to_char\(\s*(\w+\.)?created_at\s*,\s*'[^']*(IW|WW)/i,
          new RegExp(`created_at\\s*(>=|BETWEEN)\\s*${sqlLiteral}${iso(OCT_1)}`, 'i'),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b30-sql-fin-avg-paid-zar-by-segment-6m',
    question: 'avg paid invoice amount in ZAR by customer segment, last 6 months',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /currency\s*(=|IN\s*\()\s*'ZAR'/i,
          /status\s*(=|IN\s*\()\s*'paid'|paid_at\s+IS\s+NOT\s+NULL/i,
          /AVG\(\s*(\w+\.)?amount\s*\)/i,
          /GROUP BY[^;]*segment/i,
          SQL_INVOICE_LAST_6_MONTHS,
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b30-sql-sales-top5-packaging-revenue-quarter',
    question: 'top 5 Packaging products by revenue this quarter',
    expect: {
      sql: {
        table: 'order_items',
        has: [
          /category\s*(=|ILIKE|LIKE|IN\s*\()\s*'%?Packaging%?'/i,
          /SUM\(\s*(\w+\.)?quantity\s*\*\s*(\w+\.)?unit_price\s*\)|SUM\(\s*(\w+\.)?unit_price\s*\*\s*(\w+\.)?quantity\s*\)/i,
          topSql(5),
          /ORDER BY[^;]*DESC/i,
          sqlThis('created_at', 'quarter', QUARTER_START),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b30-sql-fin-budget-vs-spend-by-dept-fy2026',
    question: 'budget vs spend per department for FY2026, biggest spenders first',
    expect: {
      sql: {
        table: 'budget',
        has: [
          /fiscal_year\s*(=\s*2026|IN\s*\(\s*2026)\b/i,
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          /SUM\(\s*(\w+\.)?spent\s*\)/i,
          /GROUP BY[^;]*department/i,
          /ORDER BY\s+[^;]*(spen|\b3\b)[^;]*DESC/i,
        ],
      },
    },
  },
  {
    id: 'b30-sql-itsd-depot-ops-deactivated-users',
    question: 'which Depot Ops users are deactivated in the booking app?',
    expect: {
      sql: {
        table: 'users',
        has: [
          /department\s*(=|ILIKE|LIKE|IN\s*\()\s*'%?Depot[ _-]?Op/i,
          /active\s*(=\s*(false|'f'|'false'|0)|IS\s+(NOT\s+TRUE|FALSE))|NOT\s+(\w+\.)?active\b/i,
        ],
      },
    },
  },
  {
    id: 'b30-sql-fin-new-customers-no-orders-30d',
    question: 'customers who signed up in the last 30 days but havent ordered anything yet',
    expect: {
      sql: {
        table: 'customers',
        has: [
          // Second commit: the 30 days are the customer's sign-up (customers.created_at, bare or with a customer
          // alias), not the orders' date; a window on another alias's created_at does not count.
          sqlLast('(?<![\\w.])((c|cu|cust|customers)\\.)?created_at', '30 days?|1 mons?|1 months?|720 hours?', 30),
          /NOT\s+EXISTS|NOT\s+IN\s*\(|LEFT\s+(OUTER\s+)?JOIN[^;]*IS\s+NULL|EXCEPT|COUNT\([^)]*\)\s*=\s*0/i,
        ],
        not: [/\b(o|ord|orders)\.created_at\s*(>|>=|<|BETWEEN)/i],
      },
    },
  },
  {
    id: 'b30-sql-ops-processing-orders-over-12000-nok',
    question: 'orders still processing over 12,000 NOK',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /status\s*(=|IN\s*\(|ILIKE|LIKE)\s*'processing'/i,
          /currency\s*(=|IN\s*\()\s*'NOK'/i,
          /total\s*(>|>=)\s*12000(\.0+)?\b/i,
        ],
      },
    },
  },

  // two platforms
  {
    id: 'b30-multi-soc-sha256-defender-sysmon-30d',
    question: `TI feed sha256 ${SHA256_IOC} - any executions in defender or sysmon in the last 30 days?`,
    expect: {
      kql: { table: 'DeviceProcessEvents', has: [new RegExp(SHA256_IOC, 'i'), kqlLast('30d|720h')] },
      spl: {
        has: [
          /index\s*=\s*"?sysmon|datamodel\s*=\s*"?Endpoint|Endpoint\.Processes/,
          new RegExp(SHA256_IOC, 'i'),
          splLast('30d|720h|1mon'),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b30-multi-itsd-kowalewska-entra-today-appdb',
    question:
      'a.kowalewska@swiftparcel.co.uk cant log into the booking app - her entra sign-ins today + her user record in our db',
    expect: {
      kql: { table: 'SigninLogs', has: [/a\.kowalewska@swiftparcel\.co\.uk/i, TODAY_KQL] },
      sql: { table: 'users', has: [/'[^']*kowalewska[^']*'/i] },
    },
  },
  {
    id: 'b30-multi-cloud-37-120-azure-aws-7d',
    question: 'did 37.120.210.14 touch azure or aws in the last 7 days?',
    expect: {
      kql: { table: 'AzureActivity', has: [kqlIs('CallerIpAddress', '37\\.120\\.210\\.14'), kqlLast('7d|168h|1w')] },
      spl: { table: 'aws', has: [/sourceIPAddress\s*(=|IN\s*\()\s*"?37\.120\.210\.14\b/, splLast('7d|168h|1w')] },
    },
  },
  {
    id: 'b30-multi-soc-forfiles-defender-sysmon-week',
    question: 'forfiles.exe on any host this week? defender + sysmon',
    expect: {
      kql: { table: 'DeviceProcessEvents', has: [/forfiles/i, THIS_WEEK_KQL] },
      spl: {
        has: [/index\s*=\s*"?sysmon|datamodel\s*=\s*"?Endpoint|Endpoint\.Processes/, /forfiles/i, THIS_WEEK_SPL],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b30-multi-soc-91-92-entra-appdb-since-monday',
    question: "check 91.92.240.118 in entra sign-ins and the booking app's login events since monday",
    expect: {
      kql: { table: 'SigninLogs', has: [kqlIs('IPAddress', '91\\.92\\.240\\.118'), SINCE_MONDAY_KQL] },
      sql: {
        table: 'events',
        has: [/ip_address\s*(=|<<=?|IN\s*\()\s*'91\.92\.240\.118/i, /log_?in|sign_?in/i, sqlSinceMonday('occurred_at')],
      },
    },
  },

  // clarification
  { id: 'b30-clarify-morning-you-about', question: 'morning, you about?', clarification: true },
  { id: 'b30-clarify-did-that-fix-it', question: 'did that fix it?', clarification: true },
];

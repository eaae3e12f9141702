import type { JourneyCase } from './journey-cases';
import {
  kqlLast,
  TODAY_KQL,
  THIS_WEEK_KQL,
  THIS_MONTH_KQL,
  COUNT_KQL,
  kqlEvent,
  kqlAbove,
  kqlShows,
  splLast,
  DAY1_SPL,
  TODAY_SPL,
  YESTERDAY_START_SPL,
  splEvent,
  WINDOWS_SECURITY_IDS_SPL,
  splAbove,
  splShows,
  COUNT_SPL,
  sqlInterval,
  sqlLast,
  sqlDayOf,
  topSql,
  sqlCountAbove,
  sqlIs,
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
 * The "blind43" journey-quality set, written blind on 2026-11-28 (04:30–04:45 UTC). I did not read the
 * query builders (apps/mock-data/src/query/**), the constraint extractor or routing code (libs/planner-core),
 * planner-llm, the planner app, the git history of any of them, any failure list, or another blind author's
 * work in progress, and I did not run the planner on any question: by the lead's instruction the first run is
 * the lead's, on the final code.
 * I read: issue 11, the `JourneyCase` / `QueryCheck` types in journey-cases.ts, journey-dates.ts,
 * journey-checkers.ts, journey-runner.ts (how a check is applied), run-journeys.ts (to register the set), the
 * mesh's schemas (kql/spl/sql.json), blind42's file as the format example (some of its window and shape helpers,
 * which came from earlier sets, are reused here; its questions and values are not), and the question lines of
 * the other sets (to avoid their personas, questions and, where I could, their values).
 * Aim: resemble the held-back set of issue 11 (questions a new user types on a normal day).
 * Personas (chosen away from the other sets'):
 * - a science museum's IT team (Halvorsen Museum): account lockouts (4740) today, 'Add member to role' in
 *   Entra this month, rundll32 network connections in sysmon, a global-group change (4728) yesterday in both
 *   stores, collections-app admins not logged in for 45 days;
 * - a regional newsroom's sysadmin (Ashdown Courier, Ireland): freelance contributors signing in from outside
 *   Ireland, VM deletions this quarter, inbox rules the previous calendar week, users logging in from many
 *   sources, password resets in an explicit range, a journalist who thinks her account was used;
 * - a ferry operator's IT ops engineer (Northsound Ferries, NOK): certutil -urlcache, kerberoasting (4769 with
 *   RC4), new accounts (4720), blocked SSH to the ticketing gateway, cancelled bookings and average order value
 *   in NOK, one order's lines, hourly orders yesterday;
 * - a dental clinic chain's practice systems lead (BrightArc Dental): SMB leaving the LAN, an IP since a date
 *   (hourly, by result code), WordPress login POSTs, overdue and paid invoices of patients (GBP), a leaver in
 *   both the db and Entra;
 * - a solar installer's IT and finance people (Sunmere Solar): single-factor sign-ins to a field app, S3 bucket
 *   policy changes since Monday, IFEO debugger values, departments over budget in FY2025;
 * - a charity's volunteer IT helper (supporters, donors' SharePoint site): mass deletions, Salesforce bad
 *   passwords (50126) in Splunk, distinct supporters by country, binaries run from C:\Users\Public;
 * - an MSSP escalation pasted as is (a SHA256), procdump on lsass, DameWare (6129) in two stores.
 * No question names a query language; some name a product (Entra, Defender, Sentinel, Splunk, sysmon,
 * CloudTrail, SharePoint, o365, "our db"), most name the data. Phrasing: terse one-liners, a pasted escalation,
 * formal requests, typos and abbreviations ("w/", "hrs", "havent", "??").
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform (4 KQL + SPL, 1 KQL + SQL), 2 clarification cases (38).
 * Values: UPNs and domains, IPs and CIDRs (192.168.0.0/16), ports (22, 445, 6129), a SHA256, hosts, event IDs
 * (3, 4720, 4728, 4740, 4769), an encryption type (0x17), Entra error codes (50126), process and file names,
 * quoted operation names, a folder path, statuses (cancelled, completed, unpaid), amounts with currency
 * (NOK 1 500), currencies (NOK, GBP), countries, an order id, app names, roles, URL paths, event types,
 * fiscal years, registry paths and value names.
 * Shapes: counts, distinct counts (users per day, services per account, sources per user, customers per
 * country), sums and averages, thresholds after aggregation (> 3, > 5, > 10, > 20, > 50, SUM(spent) > SUM(amount)),
 * a difference of two sums, top N (5, 10), hourly and daily buckets, by X and Y, columns to show, ordering
 * (worst first, largest first), negations (outside Ireland, outside 192.168.0.0/16, not cancelled, unpaid), a
 * NULL test (never logged in).
 * Windows: last N hours/days (8h, 12h, 24h, 36h, 3d, 5d, 7d, 10d, 14d, 30d, 90d), today, yesterday (both ends),
 * this week, since Monday, this month, this quarter, the previous calendar quarter and week (both ends), this
 * year, since an explicit date (2026-11-15, 2026-11-20), an explicit range (1–15 November 2026), three questions
 * without a window (overdue now, a fiscal year, one order), and an inactivity condition ("havent logged in for
 * 45 days", not a window). Calendar windows are computed from the run's clock (UTC).
 * Checks accept every spelling I could think of for the same condition (==, =~, in, has; ago(7d) or ago(168h);
 * raw SPL or the matching data model where the question does not name the source; SQL literals, date_trunc,
 * EXTRACT, intervals) and reject only queries that do not answer the question.
 * Before committing I checked every case's checks against a query I wrote by hand for it (scratch script, not
 * committed, calling the real checkers from journey-checkers.ts; 43 hand queries, two spellings for seven cases):
 * every `has` matched, no `not` did, and the
 * Kusto analyser, the SPL check and PostgreSQL reported no problem; wrong queries written on purpose (a window
 * on last_login_at, `ago(1d)` for yesterday, the last 7 days for "this week", a customers.created_at window on
 * orders, BETWEEN '2026-11-01' AND '2026-11-15' on a timestamp) were rejected.
 * Not run on the planner by me: the lead does the first run on the final code.
 * First run (the lead, 2026-11-28 04:40 UTC, on main 33ac245, the start-of-round code, before any fix of this
 * round): 25/38 passed (65.8 %); platforms right on 34/38 (three Windows/endpoint questions naming no store that
 * the author expected in Splunk, one app-admin inactivity question that went to Sentinel instead of the app's
 * database); both clarification cases answered `input_required`. The lead's fairness review read every failing
 * query and changed no check: each is a query that does not answer the question (an operation, a method, an
 * app, a direction or a distinct count dropped; "someone else has been using her account" read as a negation;
 * an order's lines read from the orders table; a show-list name dropped). Its failures then went to fixers.
 */

/** `now()` and its SQL spellings. */
const sqlNow = '(now\\(\\)|CURRENT_DATE|current_timestamp|localtimestamp)';

// KQL windows
/** The first day of this calendar quarter (UTC), and how many months ago it began. */
const QUARTER_START = new Date(Date.UTC(TODAY.getUTCFullYear(), Math.floor(TODAY.getUTCMonth() / 3) * 3, 1));
const MONTHS_INTO_QUARTER = TODAY.getUTCMonth() % 3;
/** This quarter's start (KQL, which has no `startofquarter`): the literal day, or a month start counted back. */
const THIS_QUARTER_KQL = new RegExp(
  [
    kqlDate(QUARTER_START),
    `startofmonth\\(\\s*now\\(\\)\\s*,\\s*-${MONTHS_INTO_QUARTER}\\s*\\)`,
    ...(MONTHS_INTO_QUARTER === 0 ? ['startofmonth\\(\\s*now\\(\\)\\s*\\)'] : []),
    `datetime_part\\(\\s*["']quarter["']\\s*,\\s*TimeGenerated\\s*\\)\\s*==\\s*datetime_part\\(\\s*["']quarter["']\\s*,\\s*now\\(\\)`,
  ].join('|'),
);
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
/** A window from an explicit day on (KQL). */
const kqlSince = (day: string) => new RegExp(`(>=?|between\\s*\\()\\s*datetime\\(\\s*["']?${day}`);
/** An hourly bucket on the time column (KQL). */
const HOURLY_KQL =
  /bin\(\s*(TimeGenerated|Timestamp)\s*,\s*(1h|60m)\s*\)|startofhour\(\s*(TimeGenerated|Timestamp)\s*\)/;
/** A daily bucket on the time column (KQL). */
const DAILY_KQL = /bin\(\s*(TimeGenerated|Timestamp)\s*,\s*(1d|24h)\s*\)|startofday\(\s*(TimeGenerated|Timestamp)\s*\)/;
/**
 * A value compared to a KQL column: `==`, `=~`, `has`, `contains`, or anywhere in an `in` / `has_any` list
 * (the value need not come first in the list).
 */
const kqlIs = (column: string, value: string) =>
  new RegExp(`${column}\\s*(==|=~|has|contains|startswith|(in~?|has_any)\\s*\\([^)]*?)\\s*["']${value}["']`, 'i');
/** A KQL sort that puts the largest first (`sort by` is descending unless `asc`), or `top N by`. */
const DESC_KQL = /(sort|order)\s+by\s+(?![^|]*\basc\b)|top\s+\d+\s+by/;
/** A folder under C:\Users\Public, with single or doubled backslashes. */
const USERS_PUBLIC = /Users\\{1,2}Public/i;

// SPL windows
const THIS_MONTH_SPL = new RegExp(`earliest\\s*=\\s*"?(@mon|-0mon@mon|${splDate(MONTH_START)})`);
/** Since this week's Monday (SPL). */
const SINCE_MONDAY_SPL = new RegExp(`earliest\\s*=\\s*"?(@w1|-0w@w1|${splDate(MONDAY)})`);
const YESTERDAY_END_SPL = new RegExp(
  `latest\\s*=\\s*"?(@d|-0d@d|${splDate(TODAY)}|${usDate(YESTERDAY)}:23:59|${iso(YESTERDAY)}T23:59)`,
);
/** The Monday of the previous calendar week, the Sunday before it, and the last day of that week. */
const PREV_MONDAY = new Date(MONDAY.getTime() - 7 * DAY_MS);
const PREV_SUNDAY = new Date(SUNDAY.getTime() - 7 * DAY_MS);
const PREV_WEEK_LAST_DAY = new Date(MONDAY.getTime() - DAY_MS);
/** The previous calendar week's start (SPL): `-1w@w1`, `-7d@w1`, or the day itself. */
const PREV_WEEK_START_SPL = new RegExp(
  `earliest\\s*=\\s*"?(-(1w|7d)@w[01]?|${splDate(PREV_MONDAY)}|${splDate(PREV_SUNDAY)})`,
);
/** …and its end: this week's start. */
const PREV_WEEK_END_SPL = new RegExp(
  `latest\\s*=\\s*"?(@w[01]?|-0w@w[01]?|${splDate(MONDAY)}|${splDate(SUNDAY)}|${usDate(PREV_WEEK_LAST_DAY)}:23:59|${iso(PREV_WEEK_LAST_DAY)}T23:59)`,
);
/** An hourly bucket (SPL). */
const HOURLY_SPL = /span\s*=\s*"?(1h|60m|1hr|3600s?)\b/;
/** A sysmon search or the Endpoint data model (SPL). */
const SYSMON_OR_ENDPOINT_SPL = /index\s*=\s*"?sysmon|datamodel\s*=\s*"?Endpoint|Endpoint\.Processes/;
/** Top 10 (SPL): `top` without another limit (its default is 10), `limit=10`, or `head 10`. */
const TOP10_SPL = /\|\s*(top\s+(?![^|]*\blimit\s*=\s*(?!10\b)\d)[^|]*|head\s+10\b)/;

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
/** The previous calendar quarter's first day, and its last. */
const LAST_QUARTER_START = new Date(Date.UTC(QUARTER_START.getUTCFullYear(), QUARTER_START.getUTCMonth() - 3, 1));
const LAST_QUARTER_END = new Date(QUARTER_START.getTime() - DAY_MS);
/** Three months back, as an SQL interval. */
const THREE_MONTHS_SQL = `(interval\\s*'(3 months?|1 quarter)'|'(3 months?|1 quarter)'\\s*::\\s*interval)`;
/** The previous calendar quarter's start on a column (SQL). */
const sqlPrevQuarterStart = (column: string) =>
  new RegExp(
    [
      `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*date_trunc\\(\\s*'quarter'\\s*,\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?\\)\\s*-\\s*${THREE_MONTHS_SQL}`,
      `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*date_trunc\\(\\s*'quarter'\\s*,\\s*\\(?\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?-\\s*${THREE_MONTHS_SQL}`,
      `${column}\\s*(>=|BETWEEN)\\s*${sqlLiteral}${iso(LAST_QUARTER_START)}`,
      `date_trunc\\(\\s*'quarter'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=\\s*(date_trunc\\(\\s*'quarter'\\s*,\\s*\\(?\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?-\\s*${THREE_MONTHS_SQL}|${sqlLiteral}${iso(LAST_QUARTER_START)})`,
    ].join('|'),
    'i',
  );
/** …and its end: before this quarter's start. */
const sqlPrevQuarterEnd = (column: string) =>
  new RegExp(
    [
      `${column}\\s*<\\s*\\(?\\s*(date_trunc\\(\\s*'quarter'\\s*,\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?\\)|${sqlLiteral}${iso(QUARTER_START)})`,
      `(BETWEEN|<=)\\s*[^;]*${iso(LAST_QUARTER_END)}[T ]23:59`,
      `${sqlDayOf(column)}\\s*(BETWEEN|<=)\\s*[^;]*${iso(LAST_QUARTER_END)}'`,
      `date_trunc\\(\\s*'quarter'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=`,
    ].join('|'),
    'i',
  );
/** A true boolean column (SQL): `= true`, `IS TRUE`, or the bare column. */
const sqlTrue = (column: string) =>
  new RegExp(
    `${column}\\s*(=\\s*(true|'t'|'true'|1)\\b|IS\\s+TRUE)|(WHERE|AND)\\s+(\\w+\\.)?${column}\\b(?!\\s*(=|<>|!=|IS\\s+(NOT|FALSE)))`,
    'i',
  );
/** An invoice not paid yet (SQL). */
const UNPAID_SQL =
  /paid_at\s+IS\s+NULL|status\s*(<>|!=|NOT\s+IN\s*\()[^;]*'paid'|status\s*(=|IN\s*\()[^;]*'(unpaid|overdue|open|outstanding)'/i;
/** The indicator of compromise from the MSSP's escalation. */
const SHA256_IOC = '2b5b490435bfe5bb6234593880d7aeeab3910363cc59a2c14213ac9652ceeafe';

export const BLIND43_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: science museum IT
  {
    id: 'b43-kql-museum-4740-lockouts-today',
    question: 'how many account lockouts (4740) have we had today? per locked account, worst first',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4740), COUNT_KQL, /by\s+[^|]*(TargetUserName|TargetAccount|Account)\b/, DESC_KQL, TODAY_KQL],
      },
    },
  },
  {
    id: 'b43-kql-museum-add-member-to-role-month',
    question: "Entra audit log: every 'Add member to role' this month — who did it and to whom",
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [/Add member to role/i, kqlShows('InitiatedBy'), kqlShows('TargetResources'), THIS_MONTH_KQL],
      },
    },
  },

  // KQL: regional newsroom sysadmin
  {
    id: 'b43-kql-news-contrib-outside-ie-14d',
    question:
      'Are any of our freelance contributors (@contrib.ashdowncourier.ie) signing in from outside Ireland? Past 14 days, show user, country and app.',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /contrib\.ashdowncourier\.ie/i,
          /Location\s*(!=|!~|!in~?\s*\(|!has|!contains)[^|]*["'](IE|Ireland)["']|not\s*\(\s*Location\s*(==|=~|in~?|has)[^)]*["'](IE|Ireland)["']/i,
          kqlShows('UserPrincipalName|UserDisplayName'),
          kqlShows('Location'),
          kqlShows('AppDisplayName'),
          kqlLast('14d|336h|2w'),
        ],
      },
    },
  },
  {
    id: 'b43-kql-news-vm-deletes-per-caller-quarter',
    question:
      'How many virtual machines has each person deleted in Azure this quarter (Microsoft.Compute/virtualMachines/delete)?',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [/Microsoft\.Compute\/virtualMachines\/delete/i, COUNT_KQL, /by\s+[^|]*Caller\b/, THIS_QUARTER_KQL],
      },
    },
  },

  // KQL: ferry operator IT ops
  {
    id: 'b43-kql-ferry-certutil-urlcache-week',
    question: 'defender: certutil -urlcache on any machine this week?? need device, who ran it, full command line',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /certutil/i,
          /urlcache/i,
          kqlShows('DeviceName'),
          kqlShows('AccountName'),
          kqlShows('ProcessCommandLine'),
          THIS_WEEK_KQL,
        ],
      },
    },
  },
  {
    id: 'b43-kql-ferry-kerberoast-rc4-over-10-8h',
    question: 'kerberoasting? 4769 w/ RC4 (0x17) last 8h, accounts asking tickets for >10 different services',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4769),
          /TicketEncryptionType\s*(==|=~|in~?\s*\(|has|contains)[^|]*0x17/i,
          /dcount\(\s*ServiceName\s*\)|count_distinct\(\s*ServiceName\s*\)/,
          /by\s+[^|]*(TargetUserName|SubjectUserName|Account)\b/,
          kqlAbove(10),
          kqlLast('8h|480m'),
        ],
      },
    },
  },

  // KQL: dental clinic chain's practice systems lead
  {
    id: 'b43-kql-dental-smb-outside-lan-yday',
    question:
      'Which devices made outbound SMB connections (445) to addresses outside 192.168.0.0/16 yesterday? Number of connections per device please.',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /RemotePort\s*(==|in\s*\()\s*445\b/,
          /(not\s*\(\s*|!)ipv4_is_in_range\(\s*RemoteIP\s*,\s*["']192\.168\.0\.0\/16["']|ipv4_is_in_range\(\s*RemoteIP\s*,\s*["']192\.168\.0\.0\/16["']\s*\)\s*==\s*false|RemoteIP\s*!startswith\s*["']192\.168\.|not\s*\(\s*RemoteIP\s*startswith\s*["']192\.168\./,
          COUNT_KQL,
          /by\s+[^|]*(DeviceName|DeviceId)/,
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b43-kql-dental-ip-since-nov20-hourly-by-result',
    question: 'every sign in from 185.193.127.66 since 2026-11-20, hourly counts split by result code',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('IPAddress', '185\\.193\\.127\\.66'),
          COUNT_KQL,
          HOURLY_KQL,
          /by\s+[^|]*ResultType/,
          kqlSince('2026-11-20'),
        ],
      },
    },
  },

  // KQL: solar installer
  {
    id: 'b43-kql-solar-single-factor-field-app-daily-30d',
    question: 'single factor sign-ins to Sunmere Field App over the last 30 days - distinct users per day',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('AppDisplayName', 'Sunmere Field App'),
          /AuthenticationRequirement\s*(==|=~|has|contains|startswith|in~?\s*\()[^|]*single/i,
          /(dcount|count_distinct)\(\s*(UserPrincipalName|UserId|UserDisplayName)\s*\)/,
          DAILY_KQL,
          kqlLast('30d|720h'),
        ],
      },
    },
  },

  // KQL: charity volunteer IT helper
  {
    id: 'b43-kql-charity-donors-site-deletes-over-50-24h',
    question: 'sharepoint: who deleted more than 50 files from the donors site (/sites/donors) in the last 24 hrs',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [
          kqlIs('Operation', 'FileDeleted'),
          /sites\/donors/i,
          /by\s+[^|]*UserId/,
          kqlAbove(50),
          kqlLast('24h|1d|1440m'),
        ],
      },
    },
  },

  // KQL: MSSP escalation
  {
    id: 'b43-kql-mssp-sha256-10d',
    question: `ESCALATION (MSSP, sev 2): SHA256 ${SHA256_IOC} observed at another client in your sector. Please confirm whether it has executed on any of your endpoints in the last 10 days and provide device, account and folder path.`,
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          new RegExp(SHA256_IOC, 'i'),
          kqlShows('DeviceName'),
          kqlShows('AccountName'),
          kqlShows('FolderPath'),
          kqlLast('10d|240h'),
        ],
      },
    },
  },

  // SPL: science museum IT
  {
    id: 'b43-spl-museum-sysmon-rundll32-net-24h',
    question: 'sysmon event 3 from rundll32.exe over the last 24 hours, which dest IPs and ports?',
    expect: {
      spl: {
        table: 'sysmon',
        has: [splEvent(3), /rundll32/i, splShows('DestinationIp'), splShows('DestinationPort'), DAY1_SPL],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },

  // SPL: ferry operator IT ops
  {
    id: 'b43-spl-ferry-4720-created-month',
    question: 'user accounts created on the domain controllers this month (event 4720) - account, DC, time',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [splEvent(4720), splShows('user'), splShows('host|dest'), splShows('_time'), THIS_MONTH_SPL],
      },
    },
  },
  {
    id: 'b43-spl-ferry-blocked-ssh-gateway-hourly-12h',
    question: 'firewall data: blocked ssh (22) towards the ticketing gateway 10.12.4.20, per hour, last 12 hours',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /dest_ip\s*(=|IN\s*\()\s*"?10\.12\.4\.20\b/,
          /dest_port\s*(=|IN\s*\()\s*"?22\b/,
          /action\s*(=|IN\s*\()\s*"?(blocked|block|deny|denied|dropped|drop)/i,
          COUNT_SPL,
          HOURLY_SPL,
          splLast('12h|720m'),
        ],
      },
    },
  },

  // SPL: regional newsroom sysadmin
  {
    id: 'b43-spl-news-inbox-rules-prev-week',
    question:
      'In the o365 audit data, who created or changed inbox rules (New-InboxRule, Set-InboxRule) during the previous calendar week? Count per user.',
    expect: {
      spl: {
        table: 'o365',
        has: [
          /New-InboxRule/,
          /Set-InboxRule/,
          COUNT_SPL,
          /by\s+[^|]*\bUserId\b/,
          PREV_WEEK_START_SPL,
          PREV_WEEK_END_SPL,
        ],
      },
    },
  },
  {
    id: 'b43-spl-news-users-over-3-src-yday',
    question:
      'Authentication data model: users who logged in successfully from more than 3 different source IPs yesterday',
    expect: {
      spl: {
        table: 'Authentication',
        has: [
          /action\s*(=|IN\s*\()\s*"?success/i,
          /\b(dc|distinct_count|estdc)\(\s*"?(Authentication\.)?src\b/,
          /by\s+[^|]*\b(Authentication\.)?user\b/,
          splAbove(3),
          YESTERDAY_START_SPL,
          YESTERDAY_END_SPL,
        ],
      },
    },
  },

  // SPL: solar installer
  {
    id: 'b43-spl-solar-s3-policy-since-monday',
    question:
      'CloudTrail: DeleteBucket or PutBucketPolicy calls in eu-central-1 since Monday — who (arn) and from which IP',
    expect: {
      spl: {
        table: 'aws',
        has: [
          /DeleteBucket/,
          /PutBucketPolicy/,
          /eu-central-1/,
          splShows('userIdentity.arn'),
          splShows('sourceIPAddress'),
          SINCE_MONDAY_SPL,
        ],
      },
    },
  },
  {
    id: 'b43-spl-solar-ifeo-debugger-90d',
    question:
      'any Debugger values set under Image File Execution Options in the past 90 days? machine, key path and the value data',
    expect: {
      spl: {
        table: 'Endpoint.Registry',
        has: [
          /Image File Execution Options/i,
          /Debugger/,
          splShows('dest'),
          splShows('registry_path|registry_key_name'),
          splShows('registry_value_data'),
          splLast('90d|2160h|3mon'),
        ],
      },
    },
  },

  // SPL: charity volunteer IT helper
  {
    id: 'b43-spl-charity-salesforce-50126-over-5-3d',
    question: 'splunk aad signins — users with more than 5 bad password errors (50126) on Salesforce in last 3 days',
    expect: {
      spl: {
        table: 'azure',
        has: [/50126/, /Salesforce/i, /by\s+[^|]*properties\.userPrincipalName/, splAbove(5), splLast('3d|72h')],
      },
    },
  },

  // SPL: dental clinic chain
  {
    id: 'b43-spl-dental-wp-login-top10-today',
    question: 'web traffic: top 10 source addresses POSTing to /wp-login.php on the booking site today',
    expect: {
      spl: {
        table: 'Web',
        has: [/\/wp-login\.php/, /POST/, /\b(Web\.)?src\b/, TOP10_SPL, TODAY_SPL],
      },
    },
  },

  // SPL: MSSP escalation
  {
    id: 'b43-spl-mssp-procdump-lsass-30d',
    question: 'procdump used against lsass anywhere in the last 30 days? endpoint processes: host, user, full command',
    expect: {
      spl: {
        has: [
          SYSMON_OR_ENDPOINT_SPL,
          /procdump/i,
          /lsass/i,
          splShows('dest|host|Processes\\.dest'),
          splShows('user|User|Processes\\.user'),
          splShows('process|CommandLine|Processes\\.process'),
          splLast('30d|720h|1mon'),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },

  // SQL: ferry operator (bookings are orders, in NOK)
  {
    id: 'b43-sql-ferry-cancelled-nok-over-1500-by-country-month',
    question: 'cancelled bookings over 1 500 NOK this month, how many per customer country?',
    expect: {
      sql: {
        table: 'orders',
        has: [
          sqlIs('status', 'cancelled'),
          sqlIs('currency', 'NOK'),
          /total\s*(>\s*1500|>=\s*1500\.01)\b/i,
          /COUNT\(/i,
          /GROUP BY[^;]*country/i,
          sqlThis('created_at', 'month', MONTH_START),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b43-sql-ferry-avg-order-nok-segment-prev-quarter',
    question: 'Average order value in NOK by customer segment for last quarter (completed orders only).',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /AVG\(\s*(\w+\.)?total\s*\)/i,
          sqlIs('currency', 'NOK'),
          sqlIs('status', 'completed'),
          /GROUP BY[^;]*segment/i,
          sqlPrevQuarterStart('created_at'),
          sqlPrevQuarterEnd('created_at'),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b43-sql-ferry-order-47719-lines',
    question: 'what was on order #47719? product names, quantity and unit price',
    expect: {
      sql: {
        table: 'order_items',
        has: [/order_id\s*(=|IN\s*\()\s*47719\b/i, /\bname\b/, /quantity/, /unit_price/],
      },
    },
  },
  {
    id: 'b43-sql-ferry-orders-hourly-yday-not-cancelled',
    question: 'orders and revenue per hour for yesterday, leave out cancelled ones',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /status\s*\)?\s*(<>|!=|NOT\s+IN\s*\()\s*[^;]*'cancelled'|NOT\s*\(?\s*(\w+\.)?status\s*(=|IN\s*\()\s*[^;]*'cancelled'/i,
          /date_trunc\(\s*'hour'\s*,\s*(\w+\.)?created_at|EXTRACT\(\s*HOUR\s+FROM\s+(\w+\.)?created_at|date_part\(\s*'hour'\s*,\s*(\w+\.)?created_at/i,
          /COUNT\(/i,
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          sqlYesterdayStart('created_at'),
          sqlYesterdayEnd('created_at'),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },

  // SQL: dental clinic chain (patients are customers)
  {
    id: 'b43-sql-dental-unpaid-over-60-days-past-due',
    question:
      'list unpaid invoices that are more than 60 days past due: patient name, email, amount and currency, largest first',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          new RegExp(
            `${sqlOlderThan('due_date', '60 days?|1440 hours?', 60).source}|due_date\\s*\\+\\s*${sqlInterval('60 days?', 60)}\\s*<=?\\s*${sqlNow}`,
            'i',
          ),
          UNPAID_SQL,
          /\bname\b/,
          /email/,
          /currency/,
          /ORDER BY[^;]*amount\s+DESC/i,
        ],
        not: [/issued_at\s*(>=?|BETWEEN)/i],
      },
    },
  },
  {
    id: 'b43-sql-dental-top5-patients-gbp-paid-year',
    question: 'top 5 patients by how much they paid us in GBP this year',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          sqlIs('currency', 'GBP'),
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          /ORDER BY[^;]*DESC/i,
          topSql(5),
          new RegExp(
            `${sqlThis('paid_at', 'year', YEAR_START).source}|EXTRACT\\(\\s*YEAR\\s+FROM\\s+(\\w+\\.)?paid_at\\s*\\)\\s*=\\s*(${YEAR}\\b|EXTRACT\\(\\s*YEAR\\s+FROM\\s+${sqlNow})`,
            'i',
          ),
        ],
      },
    },
  },

  // SQL: solar installer
  {
    id: 'b43-sql-solar-depts-overspent-fy2025',
    question: 'FY2025: which departments spent more than their budget overall, and by how much?',
    expect: {
      sql: {
        table: 'budget',
        has: [
          /fiscal_year\s*(=|IN\s*\()\s*2025\b/i,
          /GROUP BY[^;]*department/i,
          /SUM\(\s*(\w+\.)?spent\s*\)\s*(>\s*SUM\(\s*(\w+\.)?amount\s*\)|-\s*SUM\(\s*(\w+\.)?amount\s*\)\s*>\s*0)|SUM\(\s*(\w+\.)?amount\s*\)\s*<\s*SUM\(\s*(\w+\.)?spent\s*\)|\w*spent\w*\s*>\s*\w*(budget|amount)\w*/i,
          /spent\w*\s*\)?\s*-\s*(SUM\(\s*)?(\w+\.)?\w*(amount|budget)/i,
        ],
      },
    },
  },

  // SQL: science museum (collections app users)
  {
    id: 'b43-sql-museum-admins-inactive-45d-or-never',
    question:
      'admins in the collections app who havent logged in for 45 days (or never logged in at all) - still active accounts only',
    expect: {
      sql: {
        table: 'users',
        has: [
          sqlIs('role', 'admin'),
          sqlTrue('active'),
          // "Havent logged in for 45 days" is a condition on last_login_at, not the query's window.
          sqlOlderThan('last_login_at', '45 days?|1080 hours?', 45),
          /last_login_at\s+IS\s+NULL|COALESCE\(\s*(\w+\.)?last_login_at/i,
        ],
        not: [sqlWindowOn('last_login_at')],
      },
    },
  },

  // SQL: regional newsroom (CMS events)
  {
    id: 'b43-sql-news-password-resets-daily-nov1-15',
    question: 'number of password_reset events per day from 1 to 15 November 2026',
    expect: {
      sql: {
        table: 'events',
        has: [
          sqlIs('event_type', 'password_reset'),
          /COUNT\(/i,
          /date_trunc\(\s*'day'\s*,\s*(\w+\.)?occurred_at|(\w+\.)?occurred_at\s*::\s*date|date\(\s*(\w+\.)?occurred_at\s*\)|CAST\(\s*(\w+\.)?occurred_at\s+AS\s+DATE/i,
          /occurred_at\s*(::\s*date\s*)?(>=|BETWEEN)\s*(TIMESTAMPTZ\s*|DATE\s*|TIMESTAMP\s*|CAST\(\s*)?'2026-11-01/i,
          /occurred_at\s*<\s*(TIMESTAMPTZ\s*|DATE\s*|TIMESTAMP\s*|CAST\(\s*)?'2026-11-16|occurred_at\s*::\s*date\s*(<=\s*|BETWEEN\s*[^;]*?AND\s*)(DATE\s*)?'2026-11-15'|occurred_at\s*<=\s*(TIMESTAMPTZ\s*|DATE\s*|TIMESTAMP\s*|CAST\(\s*)?'2026-11-15[T ]23:59|AND\s*(TIMESTAMPTZ\s*|DATE\s*|TIMESTAMP\s*|CAST\(\s*)?'2026-11-(15[T ]23:59|16)/i,
        ],
      },
    },
  },

  // SQL: charity (supporters are customers, donations are orders)
  {
    id: 'b43-sql-charity-distinct-supporters-by-country-90d',
    question:
      'how many different supporters placed an order in the last 90 days, per country? only countries with more than 20 pls',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /COUNT\(\s*DISTINCT\s+(\w+\.)?customer_id\s*\)/i,
          /GROUP BY[^;]*country/i,
          sqlCountAbove(20),
          sqlLast('created_at', '90 days?|2160 hours?|3 months?', 90),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },

  // Two platforms
  {
    id: 'b43-multi-charity-users-public-5d',
    question: 'anything executed out of C:\\Users\\Public in the past 5 days? check defender and sysmon',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [USERS_PUBLIC, kqlShows('DeviceName'), kqlLast('5d|120h')],
      },
      spl: {
        has: [SYSMON_OR_ENDPOINT_SPL, USERS_PUBLIC, splShows('host|dest|Processes\\.dest'), splLast('5d|120h')],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b43-multi-news-oyelaran-36h',
    question:
      't.oyelaran@ashdowncourier.ie thinks someone else has been using her account. Her Entra sign-ins and her o365 activity in Splunk, last 36 hours.',
    expect: {
      kql: { table: 'SigninLogs', has: [/t\.oyelaran@ashdowncourier\.ie/i, kqlLast('36h|2160m')] },
      spl: { table: 'o365', has: [/t\.oyelaran@ashdowncourier\.ie/i, splLast('36h|2160m')] },
    },
  },
  {
    id: 'b43-multi-dental-brennan-db-and-signins',
    question:
      'J.Brennan@brightarcdental.ie left on the 14th. Is her account still active in our db, and has she signed in anywhere (Entra) since 2026-11-15?',
    expect: {
      kql: { table: 'SigninLogs', has: [/j\.brennan@brightarcdental\.ie/i, kqlSince('2026-11-15')] },
      sql: { table: 'users', has: [/'j\.brennan@brightarcdental\.ie'/i, /\bactive\b|SELECT\s+\*/i] },
    },
  },
  {
    id: 'b43-multi-mssp-dameware-6129-7d',
    question:
      'DameWare (tcp 6129) connections in the last 7 days from our side: defender network events and the firewall datamodel in splunk, by device / source',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [/RemotePort\s*(==|in\s*\()\s*6129\b/, /by\s+[^|]*(DeviceName|DeviceId)/, kqlLast('7d|168h|1w')],
      },
      spl: {
        table: 'Network_Traffic',
        has: [
          /dest_port\s*(=|IN\s*\()\s*"?6129\b/,
          /by\s+[^|]*\b(All_Traffic\.)?(src_ip|src)\b/,
          splLast('7d|168h|1w'),
        ],
      },
    },
  },
  {
    id: 'b43-multi-museum-4728-yday',
    question:
      'did someone get added to a security-enabled global group yesterday (4728)? check both sentinel and splunk',
    expect: {
      kql: { table: 'SecurityEvent', has: [kqlEvent(4728), YESTERDAY_START_KQL, YESTERDAY_END_KQL] },
      spl: { table: 'wineventlog', has: [splEvent(4728), YESTERDAY_START_SPL, YESTERDAY_END_SPL] },
    },
  },

  // Clarification: nothing to act on
  { id: 'b43-clarify-night-shift', question: 'same thing as before but for the night shift', clarification: true },
  { id: 'b43-clarify-german-greeting', question: 'Hallo zusammen, kann mir jemand helfen?', clarification: true },
];

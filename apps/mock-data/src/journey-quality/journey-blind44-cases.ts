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
  splSince,
  DAY1_SPL,
  TODAY_SPL,
  YESTERDAY_START_SPL,
  splEvent,
  WINDOWS_SECURITY_IDS_SPL,
  splShows,
  COUNT_SPL,
  splTop,
  sqlInterval,
  sqlLast,
  sqlDayOf,
  sqlPrevMonthStart,
  sqlPrevMonthEnd,
  topSql,
  sqlCountAbove,
  sqlIs,
  sqlShows,
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
 * The "blind44" journey-quality set, written blind on 2026-11-28 (04:30–05:35 UTC). I did not read the
 * query builders (apps/mock-data/src/query/**), the constraint extractor or routing code (libs/planner-core),
 * planner-llm, the planner app, the git history of any of them, any failure list, or another blind author's
 * work in progress (blind43 was being written at the same time; I did not open it), and I did not run the
 * planner on any question: by the lead's instruction the first run is the lead's, on the final code.
 * I read: issue 11, the wire contract, the house style, the `JourneyCase` / `QueryCheck` types in
 * journey-cases.ts, journey-dates.ts, journey-checkers.ts, journey-runner.ts, run-journeys.ts (to register the
 * set), the mesh's schemas (kql/spl/sql.json), blind42's file as the format example (its window and shape
 * helpers are reused here; its questions and values are not), and only the question lines and persona lines
 * of the other sets (to avoid their personas, questions and, where I could, their values).
 * Aim: resemble the held-back set of issue 11 (questions a new user types on a normal day).
 * Personas, all at an event-ticketing platform (Tessellate, tessellate.events: a checkout web app on Azure
 * and AWS, a payouts console for promoters, box-office kiosks, a back-office app database):
 * - the on-call SRE (terse, night-shift shorthand): failed VM restarts in a resource group, scheduled tasks on
 *   the app servers, 5xx on the checkout API in 10-minute buckets, AWS request throttling, traffic reaching
 *   the Elasticsearch nodes from outside the private range;
 * - the service-desk team lead (users ringing in): MFA failures (500121) with a threshold, Kerberos
 *   pre-auth failures (4771) from an office subnet, RDP logons on the kiosks, a shared team's stale
 *   accounts, Microsoft 365 login failures not from the office IP, a locked-out user in Entra and the app db;
 * - a payments fraud investigator: a payouts-reconciliation spreadsheet downloaded, payouts-console sign-ins
 *   from three countries, error 50105 on that console, card testing (payment_failed orders), payout details
 *   changed from several IPs, large USD orders from two countries, a /24 seen in Entra and the app's events;
 * - an IT auditor (formal, complete sentences): "Add member to role" in an explicit month, SQL firewall-rule
 *   changes this quarter, global-group additions (4728) in the previous calendar week, admins per
 *   department, domain policy changes (4739) in Sentinel and Splunk;
 * - a finance analyst: GBP net sales per month without refunded / cancelled orders, average order value per
 *   segment in the previous quarter, CHF payments per week last month (by payment date), remaining budget per
 *   category, the top products of one category since a date;
 * - a contracted incident responder (DFIR): a SHA256 and an MD5 IOC, rclone and cloudflared, DNS lookups
 *   of a tunnelling domain, backup-catalog and recovery tampering, an IOC IP in Defender and the firewall.
 * No question names a query language. Where the data a question names lives in more than one store (Windows
 * events, Microsoft 365, Entra sign-ins, process and network events), it names the product or store (Sentinel,
 * Defender, Entra, Splunk, sysmon, "our db"); the others name only the data (web logs, firewall, CloudTrail,
 * the Azure activity and Entra audit logs, orders, invoices, budget). Phrasing: terse shorthand, long formal
 * requests, pasted IOCs, a story before the ask, abbreviations (hrs, dept, fw, pls, avg, cust, FY), a few typos
 * (promt, acounts, quater), a greeting in German.
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform (3 KQL + SPL, 2 KQL + SQL), 2 clarification cases (38).
 * Values: UPNs and a UPN domain, IPs, CIDRs (10.87.0.0/16, 172.16.0.0/12, 193.233.48.0/24), ports (443, 9200),
 * a SHA256 and an MD5, host patterns (TIX-APP-*, BOX-KIOSK-*), event IDs (4624, 4698, 4728, 4739, 4771),
 * Entra error codes (500121, 50105), process and file names, quoted operation names, Azure operations,
 * AWS error codes and regions, statuses (payment_failed, refunded, cancelled), amounts with currency
 * (USD 2,500), currencies (GBP, EUR, CHF), countries (Nigeria, Ghana, Romania, Brazil, Indonesia),
 * departments, categories, fiscal years, app names, URL paths, event types.
 * Shapes: counts, distinct counts (hosts per query name) and a distinct count with a threshold (> 2 IPs),
 * sums (net sales, bytes, payments, remaining budget), an average (order value), thresholds after
 * aggregation (>= 3, > 6), top N (5, 10, 15), 10-minute, hourly, weekly and monthly buckets, by X and Y,
 * columns to show, ordering (biggest first, smallest first), negations (not refunded / cancelled, outside
 * 172.16.0.0/12, not from the office IP).
 * Windows: last N minutes/hours/days (90m, 2h, 8h, 24h, 36h, 48h, 2d, 5d, 6d, 7d, 10d, 14d), today,
 * yesterday (both ends), this week, since Monday, this month, this quarter, this year, the previous calendar
 * week, month and quarter (both ends), since an explicit date (1 Aug, 1 Nov, 15 Nov, 20 Nov, 21 Nov), an
 * explicit month range (1–31 October 2026), questions without a window (admins per department, a fiscal
 * year, a user record), and an inactivity condition ("haven't logged in for 21+ days", and "no successful
 * sign-in for more than 75 days": conditions, not windows).
 * Calendar windows are computed from the run's clock (UTC); explicit dates are fixed.
 * Checks accept every spelling I could think of for the same condition (==, =~, in, has; ago(7d) or
 * ago(168h); raw SPL or the matching data model where the question does not name the source; SQL literals,
 * date_trunc, EXTRACT, intervals) and reject only queries that do not answer the question.
 * Before committing I checked every case's checks against 57 queries I wrote by hand (one to three per platform
 * of each case; a scratch script, not committed, calling the real checkers from journey-checkers.ts): every
 * `has` matched, no `not` did, and the Kusto analyser, the SPL check and PostgreSQL reported no problem.
 * Fourteen wrong queries written on purpose were all rejected: a window on last_login_at, issued_at instead of
 * paid_at, `earliest=-1d` for yesterday, the last 7 days (or 1 day) for this week / since Monday, a Windows
 * Security ID on sysmon, a descending order and an order by category for "smallest first", the customers'
 * creation date for the orders' window, `.. datetime(2026-10-31)` for the end of October, an inclusion where
 * the question excludes (172.16.0.0/12, refunded / cancelled), one address for a /24, and a 75-day window
 * that makes "no sign-in for 75 days" impossible.
 * A limit of the checkers, not of the schema: node-sql-parser (in the SQL checker) rejects PostgreSQL's inet
 * containment operators (`<<`, `<<=`, `>>=`), so the /24 check on events.ip_address also accepts the spellings
 * that pass it (`&&`, a BETWEEN on the first and last address, a LIKE on host(ip_address)).
 * Not run on the planner by me: the lead does the first run on the final code.
 * First run (the lead, 2026-11-28 06:32 UTC, on main `6916693`, product code of `b2c726b`: every fix branch of
 * the round merged, this set given to no one before): 18/38 passed (47.4 %); platforms right on 37/38 (the box-office accounts question went
 * to Sentinel, not the app's database); 1 of 2 clarification cases answered `input_required` ("same again but
 * weekly" was planned). Second commit (the lead's fairness review, same day): the SQL range check accepts
 * `network_subeq(ip_address::inet, '…/24'::inet)`, Postgres's function form of `<<=`, which finds the same rows:
 * 19/38 (50.0 %). Every other failure was read and is a query that does not answer the question: a host prefix
 * (`TIX-APP-*`, `BOX-KIOSK-*`), a domain suffix, a second process, an app name, a category name, an order status
 * or a role dropped; bytes out for "bytes in"; a group key or a shown column dropped; the issue date for "by
 * payment date"; "last quater" not read; a count for "remaining (budget minus spent)"; and a typo corrector that
 * rewrote the local part of an e-mail address (`p.quartey@…` → `p.quarter@…`), fixed right after this run.
 */

/** `now()` and its SQL spellings. */
const sqlNow = '(now\\(\\)|CURRENT_DATE|current_timestamp|localtimestamp)';

/** Explicit dates the questions name. */
const AUG_1 = new Date(Date.UTC(2026, 7, 1));
const OCT_1 = new Date(Date.UTC(2026, 9, 1));
const NOV_1 = new Date(Date.UTC(2026, 10, 1));
const NOV_15 = new Date(Date.UTC(2026, 10, 15));
const NOV_20 = new Date(Date.UTC(2026, 10, 20));
const NOV_21 = new Date(Date.UTC(2026, 10, 21));
/** The first day of this calendar quarter, and of the previous one (UTC). */
const QUARTER_START = new Date(Date.UTC(TODAY.getUTCFullYear(), Math.floor(TODAY.getUTCMonth() / 3) * 3, 1));
const PREV_QUARTER_START = new Date(Date.UTC(QUARTER_START.getUTCFullYear(), QUARTER_START.getUTCMonth() - 3, 1));
/** The previous quarter's number (1–4) and last day. */
const PREV_QUARTER = Math.floor(PREV_QUARTER_START.getUTCMonth() / 3) + 1;
const PREV_QUARTER_END = new Date(QUARTER_START.getTime() - DAY_MS);

/** The IOC hashes of the incident responder's questions. */
const SHA256_IOC = 'bd3d592e1972ff6f94bddf4a39cce0b46a149c7f08bc309faf188a412c68de58';
const MD5_IOC = '4b825e41794271a6ecc8402ba8f3ac5e';

// KQL windows and shapes
/** This quarter's start (KQL): the literal first day. */
const THIS_QUARTER_KQL = new RegExp(`(>=?|between\\s*\\()\\s*${kqlDate(QUARTER_START)}`);
/** "Since 1 Nov" (KQL): the literal day, or this month's start while the run is in November 2026. */
const SINCE_NOV_1_KQL = new RegExp(
  [
    kqlSince(NOV_1).source,
    ...(iso(MONTH_START) === iso(NOV_1) ? ['>=?\\s*startofmonth\\(\\s*now\\(\\)\\s*\\)'] : []),
  ].join('|'),
);
/** The end of October 2026 (KQL): before 1 November, or the last minute / end of 31 October. */
const OCTOBER_END_KQL = new RegExp(
  [
    `(<|\\.\\.)\\s*${kqlDate(NOV_1)}`,
    `(<=?|\\.\\.)\\s*datetime\\(\\s*["']?2026-10-31[T ]23`,
    `endofday\\(\\s*datetime\\(\\s*["']?2026-10-31`,
    `endofmonth\\(\\s*datetime\\(\\s*["']?2026-10-`,
  ].join('|'),
);
/** An hourly bucket on the time column (KQL). */
const HOURLY_KQL =
  /bin\(\s*(TimeGenerated|Timestamp)\s*,\s*(1h|60m)\s*\)|bin_at\(\s*(TimeGenerated|Timestamp)\s*,\s*(1h|60m)\s*,/;
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
/** A successful Entra sign-in (KQL): ResultType 0. */
const SUCCESS_SIGNIN_KQL = /ResultType\s*(==|=~|in~?\s*\(\s*)\s*["']?0["']?(?!\d)|toint\(\s*ResultType\s*\)\s*==\s*0\b/;
/** A country in the sign-in's Location (KQL), as its ISO code or its name. */
const kqlCountry = (code: string, name: string) =>
  new RegExp(
    `Location\\s*(in~?|has_any)\\s*\\([^)]*["'](${code}|${name})["']|Location\\s*(==|=~|has|contains)\\s*["'](${code}|${name})["']`,
    'i',
  );
/** An IP range on a KQL column: `ipv4_is_in_range`, `ipv4_is_match`, or the prefix. */
const kqlInRange = (column: string, cidr: string, prefix: string) =>
  new RegExp(
    `ipv4_is_(in_range|match)\\(\\s*${column}\\s*,\\s*["']${cidr.replace(/[./]/g, '\\$&')}["']|${column}\\s*(startswith|has_prefix|hasprefix)\\s*["'](::ffff:)?${prefix.replace(/\./g, '\\.')}`,
  );

// SPL windows and shapes
const THIS_WEEK_SPL = new RegExp(`earliest\\s*=\\s*"?(@w[01]?|-0w@w[01]?|${splDate(SUNDAY)}|${splDate(MONDAY)})`);
const THIS_QUARTER_SPL = new RegExp(`earliest\\s*=\\s*"?(@q|-0q@q|${splDate(QUARTER_START)})`);
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
/** A sysmon search or the Endpoint data model (SPL). */
const SYSMON_OR_ENDPOINT_SPL = /index\s*=\s*"?sysmon|datamodel\s*=\s*"?Endpoint|Endpoint\.Processes/;

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
/** Today on a column (SQL): from today's start, or the day compared as a whole. */
const sqlToday = (column: string) =>
  new RegExp(
    [
      `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*(CURRENT_DATE|now\\(\\)\\s*::\\s*date|date_trunc\\(\\s*'day'\\s*,\\s*${sqlNow}\\s*\\)|${sqlLiteral}${iso(TODAY)})`,
      `${sqlDayOf(column)}\\s*=\\s*\\(?\\s*(CURRENT_DATE|now\\(\\)\\s*::\\s*date|${sqlLiteral}${iso(TODAY)})`,
    ].join('|'),
    'i',
  );
/** Three months back, as Postgres may spell it. */
const SQL_QUARTER_BACK = "(interval\\s*'(3 months?|1 quarter)'|'(3 months?|1 quarter)'\\s*::\\s*interval)";
/** The previous calendar quarter's start on a column (SQL). */
const sqlPrevQuarterStart = (column: string) =>
  new RegExp(
    [
      `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*date_trunc\\(\\s*'quarter'\\s*,\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?\\)\\s*-\\s*${SQL_QUARTER_BACK}`,
      `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*date_trunc\\(\\s*'quarter'\\s*,\\s*\\(?\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?-\\s*${SQL_QUARTER_BACK}`,
      `${column}\\s*(>=|BETWEEN)\\s*${sqlLiteral}${iso(PREV_QUARTER_START)}`,
      `date_trunc\\(\\s*'quarter'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=\\s*date_trunc\\(\\s*'quarter'\\s*,\\s*\\(?\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?-\\s*${SQL_QUARTER_BACK}`,
      `EXTRACT\\(\\s*QUARTER\\s+FROM\\s+(\\w+\\.)?${column}\\s*\\)\\s*=\\s*${PREV_QUARTER}\\b`,
    ].join('|'),
    'i',
  );
/** …and its end: before this quarter's start. */
const sqlPrevQuarterEnd = (column: string) =>
  new RegExp(
    [
      `${column}\\s*<\\s*\\(?\\s*(date_trunc\\(\\s*'quarter'\\s*,\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?\\)|${sqlLiteral}${iso(QUARTER_START)})`,
      `(BETWEEN|<=)\\s*[^;]*${iso(PREV_QUARTER_END)}[T ]23:59`,
      `${sqlDayOf(column)}\\s*(<=\\s*|BETWEEN\\s*[^;]*?AND\\s*)${sqlLiteral}${iso(PREV_QUARTER_END)}'`,
      `date_trunc\\(\\s*'quarter'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=`,
      `EXTRACT\\(\\s*QUARTER\\s+FROM\\s+(\\w+\\.)?${column}\\s*\\)\\s*=\\s*${PREV_QUARTER}\\b`,
    ].join('|'),
    'i',
  );
/** A calendar month bucket on a column (SQL). */
const sqlMonthly = (column: string) =>
  new RegExp(
    `date_trunc\\(\\s*'month'\\s*,\\s*(\\w+\\.)?${column}|EXTRACT\\(\\s*MONTH\\s+FROM\\s+(\\w+\\.)?${column}|to_char\\(\\s*(\\w+\\.)?${column}\\s*,\\s*'(YYYY-)?MM`,
    'i',
  );
/** A week bucket on a column (SQL). */
const sqlWeekly = (column: string) =>
  new RegExp(
    `date_trunc\\(\\s*'week'\\s*,\\s*(\\w+\\.)?${column}|EXTRACT\\(\\s*WEEK\\s+FROM\\s+(\\w+\\.)?${column}|to_char\\(\\s*(\\w+\\.)?${column}\\s*,\\s*'(I?YYY-)?I?W`,
    'i',
  );
/** A SQL string excluded from a column: `<>`, `!=`, `NOT IN (…)`, `NOT (column = …)`. */
const sqlIsNot = (column: string, value: string) =>
  new RegExp(
    `${column}\\s*\\)?\\s*(<>|!=|NOT\\s+I?LIKE)\\s*'${value}'|${column}\\s*\\)?\\s*NOT\\s+IN\\s*\\([^)]*'${value}'|NOT\\s*\\(?\\s*(\\w+\\.)?${column}\\s*(=|IN\\s*\\([^)]*?)\\s*'${value}'`,
    'i',
  );
/** Revenue of order lines (SQL): `SUM(quantity * unit_price)` in either order. */
const LINE_REVENUE_SQL =
  /SUM\(\s*(\w+\.)?(quantity\s*\*\s*(\w+\.)?unit_price|unit_price\s*\*\s*(\w+\.)?quantity)\s*\)/i;
/** A true boolean column (SQL): `= true`, `IS TRUE`, or the bare column. */
const sqlTrue = (column: string) =>
  new RegExp(
    `${column}\\s*(=\\s*(true|'t'|'true'|1)\\b|IS\\s+TRUE)|(WHERE|AND)\\s+(\\w+\\.)?${column}\\b(?!\\s*(=|<>|!=|IS\\s+(NOT|FALSE)))`,
    'i',
  );
/**
 * An address in 193.233.48.0/24 (SQL, an inet column): containment or overlap, the address range, the text
 * prefix, or the network of the address.
 */
const CIDR_193_233_48_SQL = new RegExp(
  [
    `ip_address\\s*(<<=?|&&)\\s*(inet\\s*|cidr\\s*)?'193\\.233\\.48\\.0\\/24'`,
    `(inet|cidr)\\s*'193\\.233\\.48\\.0\\/24'\\s*>>=?\\s*(\\w+\\.)?ip_address`,
    `'193\\.233\\.48\\.0\\/24'\\s*::\\s*(inet|cidr)\\s*>>=?\\s*(\\w+\\.)?ip_address`,
    `ip_address\\s+BETWEEN\\s+(inet\\s*)?'193\\.233\\.48\\.0'\\s*(::\\s*inet\\s*)?AND\\s+(inet\\s*)?'193\\.233\\.48\\.255'`,
    `ip_address\\s*>=\\s*(inet\\s*)?'193\\.233\\.48\\.0'[^;]*ip_address\\s*(<=\\s*(inet\\s*)?'193\\.233\\.48\\.255'|<\\s*(inet\\s*)?'193\\.233\\.49\\.0')`,
    `(host|text|abbrev)\\(\\s*(\\w+\\.)?ip_address\\s*\\)\\s*LIKE\\s*'193\\.233\\.48\\.%'`,
    `ip_address\\s*::\\s*(text|varchar)\\s*LIKE\\s*'193\\.233\\.48\\.%'`,
    `network\\(\\s*set_masklen\\(\\s*(\\w+\\.)?ip_address\\s*,\\s*24\\s*\\)\\s*\\)\\s*=\\s*(inet\\s*|cidr\\s*)?'193\\.233\\.48\\.0\\/24'`,
    // Second commit (lead's fairness review): Postgres's function form of `<<=`, which the SQL checker accepts.
    `network_sube?q?\\(\\s*(\\w+\\.)?ip_address(\\s*::\\s*inet)?\\s*,\\s*(inet\\s*|cidr\\s*)?'193\\.233\\.48\\.0\\/24'`,
  ].join('|'),
  'i',
);
/** What is left of a budget (SQL): `SUM(amount - spent)` or `SUM(amount) - SUM(spent)`. */
const REMAINING_SQL =
  '(SUM\\(\\s*(\\w+\\.)?amount\\s*-\\s*(\\w+\\.)?spent\\s*\\)|SUM\\(\\s*(\\w+\\.)?amount\\s*\\)\\s*-\\s*SUM\\(\\s*(\\w+\\.)?spent\\s*\\))';

export const BLIND44_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: service-desk team lead
  {
    id: 'b44-kql-desk-mfa-500121-3plus-36h',
    question:
      'call centre agents keep failing the MFA promt — entra sign-ins with error 500121 over the last 36 hrs, per user, only people with 3 or more',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /ResultType\s*(==|=~|in~?\s*\(|has)[^|]*\b500121\b/,
          COUNT_KQL,
          /by\s+[^|]*(UserPrincipalName|UserDisplayName|UserId)\b/,
          kqlAbove(2),
          kqlLast('36h|2160m|1\\.5d'),
        ],
      },
    },
  },
  {
    id: 'b44-kql-desk-4771-10-87-hourly-8h',
    question:
      'Leeds office says logons keep failing. Sentinel: 4771 (kerberos pre-auth failed) coming from 10.87.0.0/16 in the past 8 hrs, hourly count per source ip?',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4771),
          kqlInRange('IpAddress', '10.87.0.0/16', '10.87.'),
          COUNT_KQL,
          HOURLY_KQL,
          /by\s+[^|]*IpAddress/,
          kqlLast('8h|480m'),
        ],
      },
    },
  },
  {
    id: 'b44-kql-desk-no-success-75d',
    question:
      'which staff accounts (@tessellate.events) have had no successful entra sign-in for more than 75 days? upn + last sign in date',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /tessellate\.events/i,
          SUCCESS_SIGNIN_KQL,
          /max\(\s*TimeGenerated\s*\)|arg_max\(\s*TimeGenerated/,
          // "No sign-in for more than 75 days" is a condition on the last sign-in, not the query's window.
          /<=?\s*(ago\(\s*(75d|1800h)\s*\)|now\(\)\s*-\s*(75d|1800h))|datetime_diff\(\s*["']day["']\s*,\s*now\(\)\s*,\s*\w+\s*\)\s*>=?\s*75\b|now\(\)\s*-\s*\w+\s*>=?\s*(75d|1800h)/,
        ],
        not: [/TimeGenerated\s*>=?\s*(ago\(\s*(75d|1800h)\s*\)|now\(\)\s*-\s*(75d|1800h))/],
      },
    },
  },

  // KQL: on-call SRE
  {
    id: 'b44-kql-sre-vm-restart-failed-since-nov1',
    question:
      'on call here — failed VM restarts (Microsoft.Compute/virtualMachines/restart/action) in rg-tix-checkout-prod since 1 Nov, who kicked them off?',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          /Microsoft\.Compute\/virtualMachines\/restart\/action/i,
          /rg-tix-checkout-prod/i,
          /ActivityStatusValue\s*(==|=~|in~?\s*\(|has|contains|startswith)[^|]*["']Fail/i,
          kqlShows('Caller'),
          SINCE_NOV_1_KQL,
        ],
      },
    },
  },
  {
    id: 'b44-kql-sre-4698-tix-app-2d',
    question:
      'sentinel - scheduled tasks created (4698) on any TIX-APP-* server in the past 2 days — how many per server and by which account?',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4698),
          /TIX-APP-/i,
          COUNT_KQL,
          /by\s+[^|]*Computer/,
          /by\s+[^|]*(SubjectUserName|Account)\b/,
          kqlLast('2d|48h|2880m'),
        ],
      },
    },
  },

  // KQL: incident responder
  {
    id: 'b44-kql-dfir-sha256-devices-14d',
    question: `IR retainer sent an IOC: sha256 ${SHA256_IOC}. Every device in Defender that ran it in the past 14 days, with the account and the folder path.`,
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          new RegExp(SHA256_IOC, 'i'),
          kqlShows('DeviceName'),
          kqlShows('AccountName'),
          kqlShows('FolderPath'),
          kqlLast('14d|336h|2w'),
        ],
      },
    },
  },
  {
    id: 'b44-kql-dfir-rclone-443-top10-week',
    question:
      'defender: rclone.exe connecting out on 443 this week? top 10 devices by number of connections, and which remote urls',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /rclone/i,
          /RemotePort\s*(==|in\s*\()\s*443\b/,
          COUNT_KQL,
          /by\s+[^|]*DeviceName/,
          /RemoteUrl/,
          kqlTop(10),
          THIS_WEEK_KQL,
        ],
      },
    },
  },

  // KQL: IT auditor
  {
    id: 'b44-kql-audit-add-member-to-role-oct',
    question:
      'For the access review, please list all "Add member to role" operations recorded in the Entra audit log between 1 and 31 October 2026, including who initiated each one and the target.',
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [
          /Add member to role/i,
          kqlShows('InitiatedBy'),
          kqlShows('TargetResources'),
          kqlSince(OCT_1),
          OCTOBER_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b44-kql-audit-sql-firewall-rules-quarter',
    question:
      "Please list every change to Azure SQL server firewall rules (Microsoft.Sql/servers/firewallRules/write) made this quarter, with the caller, the caller's IP address and the resource group.",
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          /Microsoft\.Sql\/servers\/firewallRules\/write/i,
          kqlShows('Caller'),
          kqlShows('CallerIpAddress'),
          kqlShows('ResourceGroup'),
          THIS_QUARTER_KQL,
        ],
      },
    },
  },

  // KQL: payments fraud investigator
  {
    id: 'b44-kql-fraud-payout-xlsx-downloads-since-monday',
    question:
      'who downloaded payout-reconciliation-2026-11.xlsx from sharepoint since monday? (sentinel) need user + client ip',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [
          /payout-reconciliation-2026-11\.xlsx/i,
          /Download/i,
          kqlShows('UserId'),
          kqlShows('ClientIP'),
          THIS_WEEK_KQL,
        ],
      },
    },
  },
  {
    id: 'b44-kql-fraud-payouts-console-ng-gh-ro-month',
    question: 'Payouts Console sign-ins in Entra from Nigeria, Ghana or Romania this month - count by country and user',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /AppDisplayName\s*(==|=~|has|contains|startswith|in~?\s*\()[^|]*Payouts Console/i,
          kqlCountry('NG', 'Nigeria'),
          kqlCountry('GH', 'Ghana'),
          kqlCountry('RO', 'Romania'),
          COUNT_KQL,
          /by\s+[^|]*(UserPrincipalName|UserDisplayName|UserId)[^|]*Location|by\s+[^|]*Location[^|]*(UserPrincipalName|UserDisplayName|UserId)/,
          THIS_MONTH_KQL,
        ],
      },
    },
  },

  // SPL: service-desk team lead
  {
    id: 'b44-spl-desk-rdp-box-kiosk-yday',
    question:
      'splunk wineventlog: RDP logons (4624 type 10) on the box office kiosks BOX-KIOSK-* yesterday — count by user and host',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [
          splEvent(4624),
          /Logon_Type\s*(=|IN\s*\()\s*"?10\b/,
          /BOX-KIOSK-/i,
          COUNT_SPL,
          /by\s+[^|]*\buser\b/,
          /by\s+[^|]*\b(host|dest)\b/,
          YESTERDAY_START_SPL,
          YESTERDAY_END_SPL,
        ],
      },
    },
  },
  {
    id: 'b44-spl-desk-o365-loginfailed-not-office-24h',
    question:
      'o365 logs in splunk: UserLoginFailed for @tessellate.events acounts not coming from the office IP 81.2.69.160, last 24h, count per user',
    expect: {
      spl: {
        table: 'o365',
        has: [
          /UserLoginFailed/,
          /tessellate\.events/i,
          /NOT\s*\(?\s*ClientIP\s*=\s*"?81\.2\.69\.160|ClientIP\s*!=\s*"?81\.2\.69\.160/,
          COUNT_SPL,
          /by\s+[^|]*\bUserId\b/,
          DAY1_SPL,
        ],
      },
    },
  },

  // SPL: incident responder
  {
    id: 'b44-spl-dfir-md5-sysmon-since-nov15',
    question: `sysmon: any process with md5 ${MD5_IOC} since 15 Nov? host, image, user`,
    expect: {
      spl: {
        has: [
          SYSMON_OR_ENDPOINT_SPL,
          new RegExp(MD5_IOC, 'i'),
          splShows('host|dest|Processes.dest'),
          splShows('Image|process_path|process_name|Processes.process_name|Processes.process_path'),
          splShows('User|user|Processes.user'),
          splSince(NOV_15),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b44-spl-dfir-loca-lt-dns-5d',
    question:
      'sysmon dns (event 22): which hosts looked up anything under loca.lt in the last 5 days? number of distinct hosts per query name',
    expect: {
      spl: {
        table: 'sysmon',
        has: [
          /index\s*=\s*"?sysmon/,
          /loca\.lt/i,
          /\b(dc|distinct_count|estdc)\(\s*"?host\b/,
          /by\s+[^|]*\bQueryName\b/,
          splLast('5d|120h'),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b44-spl-dfir-wbadmin-bcdedit-6d',
    question:
      'endpoint data model: wbadmin delete catalog or bcdedit recoveryenabled no in the past 6 days — dest, user, full command line',
    expect: {
      spl: {
        table: 'Endpoint.Processes',
        has: [
          /wbadmin/i,
          /catalog/i,
          /bcdedit/i,
          /recoveryenabled/i,
          splShows('dest|Processes.dest'),
          splShows('user|Processes.user'),
          splShows('process|Processes.process'),
          splLast('6d|144h'),
        ],
      },
    },
  },

  // SPL: on-call SRE
  {
    id: 'b44-spl-sre-checkout-5xx-10m-2h',
    question: 'web logs - 5xx on /api/checkout/confirm in 10 min buckets over the last 2 hours, split by web server',
    expect: {
      spl: {
        table: 'Web',
        has: [
          /\/api\/checkout\/confirm/,
          /(Web\.)?status\s*(>=\s*"?500\b|>\s*"?499\b|=\s*"?5\*|LIKE\s*"?5%)|like\(\s*(Web\.)?status\s*,\s*"5%"|match\(\s*(Web\.)?status\s*,\s*"\^5/i,
          /span\s*=\s*"?(10m|10min|600s)\b/,
          /by\s+[^|]*\b(Web\.)?(dest|host)\b/,
          splLast('2h|120m'),
        ],
      },
    },
  },
  {
    id: 'b44-spl-sre-requestlimit-ca-central-1-top5-today',
    question: 'cloudtrail: RequestLimitExceeded errors in ca-central-1 today, top 5 event sources',
    expect: {
      spl: {
        table: 'aws',
        has: [/RequestLimitExceeded/, /ca-central-1/, /eventSource/, splTop(5), TODAY_SPL],
      },
    },
  },
  {
    id: 'b44-spl-sre-elastic-9200-outside-172-16-90m',
    question:
      'fw: anything from outside 172.16.0.0/12 reaching the elastic nodes on 9200 in the last 90 min? total bytes in per src ip',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /dest_port\s*(=|IN\s*\()\s*"?9200\b/,
          /NOT\s*\(?\s*(All_Traffic\.)?src_ip\s*=\s*"?172\.16\.0\.0\/12|(All_Traffic\.)?src_ip\s*!=\s*"?172\.16\.0\.0\/12|NOT\s+cidrmatch\(\s*"172\.16\.0\.0\/12"|!\s*cidrmatch\(\s*"172\.16\.0\.0\/12"|cidrmatch\(\s*"172\.16\.0\.0\/12"\s*,\s*(All_Traffic\.)?src_ip\s*\)\s*(=|==)\s*(false|0)/i,
          /sum\(\s*"?(All_Traffic\.)?bytes_in/,
          /by\s+[^|]*\b(All_Traffic\.)?src_ip\b/,
          splLast('90m|1\\.5h|5400s'),
        ],
      },
    },
  },

  // SPL: payments fraud investigator
  {
    id: 'b44-spl-fraud-50105-payouts-week',
    question:
      'splunk azure signin — who is getting error 50105 (not assigned to the app) on the Payouts Console this week? count per user and ip',
    expect: {
      spl: {
        table: 'azure',
        has: [
          /50105/,
          /Payouts Console/i,
          COUNT_SPL,
          /by\s+[^|]*properties\.userPrincipalName/,
          /by\s+[^|]*properties\.ipAddress/,
          THIS_WEEK_SPL,
        ],
      },
    },
  },

  // SPL: IT auditor
  {
    id: 'b44-spl-audit-4728-prev-week',
    question:
      'From the Windows logs in Splunk: members added to security-enabled global groups (event 4728) during the previous calendar week, with the account and the domain controller.',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [splEvent(4728), splShows('user'), splShows('host|dest'), PREV_WEEK_START_SPL, PREV_WEEK_END_SPL],
      },
    },
  },

  // SQL: finance analyst
  {
    id: 'b44-sql-fin-gbp-net-sales-monthly-ytd',
    question: 'net sales per month this year in GBP — leave out refunded and cancelled orders',
    expect: {
      sql: {
        table: 'orders',
        has: [
          sqlIs('currency', 'GBP'),
          sqlIsNot('status', 'refunded'),
          sqlIsNot('status', 'cancell?ed'),
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          sqlMonthly('created_at'),
          new RegExp(
            `${sqlThis('created_at', 'year', YEAR_START).source}|EXTRACT\\(\\s*YEAR\\s+FROM\\s+(\\w+\\.)?created_at\\s*\\)\\s*=\\s*(${YEAR}\\b|EXTRACT\\(\\s*YEAR\\s+FROM\\s+${sqlNow})`,
            'i',
          ),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b44-sql-fin-aov-eur-segment-prev-quarter',
    question: 'avg order value by cust segment for last quater, EUR orders only',
    expect: {
      sql: {
        table: 'orders',
        has: [
          sqlIs('currency', 'EUR'),
          /AVG\(\s*(\w+\.)?total\s*\)/i,
          /GROUP BY[^;]*segment/i,
          sqlPrevQuarterStart('created_at'),
          sqlPrevQuarterEnd('created_at'),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b44-sql-fin-chf-paid-weekly-prev-month',
    question: 'how much did CHF invoices bring in last month by payment date? weekly totals',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          sqlIs('currency', 'CHF'),
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          sqlWeekly('paid_at'),
          sqlPrevMonthStart('paid_at'),
          sqlPrevMonthEnd('paid_at'),
        ],
        // "By payment date": the window is on paid_at, not on the issue date.
        not: [/issued_at\s*(>=?|<|BETWEEN)/i],
      },
    },
  },
  {
    id: 'b44-sql-fin-engineering-remaining-fy2027',
    question: 'Engineering budget FY2027: remaining (budget minus spent) per category, smallest remaining first',
    expect: {
      sql: {
        table: 'budget',
        has: [
          sqlIs('department', 'Engineering'),
          /fiscal_year\s*(=|IN\s*\()\s*2027\b/i,
          new RegExp(REMAINING_SQL, 'i'),
          /GROUP BY[^;]*category/i,
          new RegExp(
            `${REMAINING_SQL}\\s+(AS\\s+)?"?(?<alias>\\w+)"?[\\s\\S]*ORDER BY\\s+("?\\k<alias>"?|\\d+)(?!\\s+DESC)\\b|ORDER BY\\s+${REMAINING_SQL}(?!\\s+DESC)`,
            'i',
          ),
        ],
      },
    },
  },
  {
    id: 'b44-sql-fin-festival-passes-top15-since-aug',
    question:
      'top 15 products in the Festival Passes category by tickets sold since 1 August, plus the revenue for each',
    expect: {
      sql: {
        table: 'order_items',
        has: [
          sqlIs('category', 'Festival Passes'),
          /SUM\(\s*(\w+\.)?quantity\s*\)/i,
          LINE_REVENUE_SQL,
          /ORDER BY[^;]*DESC/i,
          topSql(15),
          sqlSince('created_at', AUG_1),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },

  // SQL: payments fraud investigator
  {
    id: 'b44-sql-fraud-payment-failed-over-6-48h',
    question:
      "card testing? customers with more than 6 'payment_failed' orders in the last 48 hours — customer id, email and count",
    expect: {
      sql: {
        table: 'orders',
        has: [
          sqlIs('status', 'payment_failed'),
          sqlCountAbove(6),
          /customer_id/,
          /email/,
          sqlLast('created_at', '48 hours?|2 days?|2880 minutes?'),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b44-sql-fraud-payout-changed-3-ips-since-nov20',
    question:
      'which user_ids changed their payout details (payout_details_changed events) from more than 2 different IPs since 2026-11-20?',
    expect: {
      sql: {
        table: 'events',
        has: [
          sqlIs('event_type', 'payout_details_changed'),
          /HAVING\s+[^;]*COUNT\(\s*DISTINCT\s+(\w+\.)?ip_address\s*\)\s*(>\s*2|>=\s*3)\b/i,
          /GROUP BY[^;]*user_id/i,
          sqlSince('occurred_at', NOV_20),
        ],
      },
    },
  },
  {
    id: 'b44-sql-fraud-usd-over-2500-br-id-today',
    question: 'orders over 2,500 USD today from customers in Brazil or Indonesia, biggest first',
    expect: {
      sql: {
        table: 'orders',
        has: [
          sqlIs('currency', 'USD'),
          /total\s*(>\s*2500(\.0+)?|>=\s*2500\.01)\b/i,
          sqlIs('country', '(BR|Brazil)'),
          sqlIs('country', '(ID|Indonesia)'),
          /ORDER BY[^;]*total\s+DESC/i,
          sqlToday('created_at'),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },

  // SQL: service-desk team lead
  {
    id: 'b44-sql-desk-box-office-stale-21d',
    question:
      "Box Office dept: active back-office accounts that haven't logged in for 21+ days or never logged in at all — email, display name, last login",
    expect: {
      sql: {
        table: 'users',
        has: [
          sqlIs('department', 'Box Office'),
          sqlTrue('active'),
          // "Not logged in for 21+ days" is a condition on last_login_at, not the query's window.
          sqlOlderThan('last_login_at', '21 days?|504 hours?|3 weeks?', 21),
          /last_login_at\s+IS\s+NULL|COALESCE\(\s*(\w+\.)?last_login_at/i,
          /email/,
          /display_name/,
        ],
        not: [sqlWindowOn('last_login_at')],
      },
    },
  },

  // SQL: IT auditor
  {
    id: 'b44-sql-audit-admins-per-dept',
    question: 'How many active users hold the admin role in each department?',
    expect: {
      sql: {
        table: 'users',
        has: [sqlIs('role', 'admin'), sqlTrue('active'), /COUNT\(/i, /GROUP BY[^;]*department/i],
      },
    },
  },

  // Two platforms
  {
    id: 'b44-multi-dfir-45-95-147-229-since-nov21',
    question:
      'IOC 45.95.147.229 — any defender network connections or firewall traffic to it since 21 Nov? devices / src ips pls',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [kqlIs('RemoteIP', '45\\.95\\.147\\.229'), kqlShows('DeviceName'), kqlSince(NOV_21)],
      },
      spl: {
        table: 'Network_Traffic',
        has: [/dest_ip\s*(=|IN\s*\()\s*"?45\.95\.147\.229/, splShows('src_ip|src'), splSince(NOV_21)],
      },
    },
  },
  {
    id: 'b44-multi-dfir-cloudflared-10d',
    question:
      'cloudflared.exe anywhere in the last 10 days? check defender and sysmon — device/host, user and command line',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /cloudflared/i,
          kqlShows('DeviceName'),
          kqlShows('AccountName'),
          kqlShows('ProcessCommandLine'),
          kqlLast('10d|240h'),
        ],
      },
      spl: {
        has: [
          SYSMON_OR_ENDPOINT_SPL,
          /cloudflared/i,
          splShows('host|dest|Processes.dest'),
          splShows('User|user|Processes.user'),
          splShows('CommandLine|process|Processes.process'),
          splLast('10d|240h'),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b44-multi-desk-quartey-locked-today',
    question:
      'p.quartey@tessellate.events rang the desk, locked out again — her failed Entra sign-ins today and her back-office account in our db (role, active, last login)',
    expect: {
      kql: { table: 'SigninLogs', has: [/p\.quartey@tessellate\.events/i, FAILED_SIGNIN_KQL, TODAY_KQL] },
      sql: {
        table: 'users',
        has: [/'p\.quartey@tessellate\.events'/i, sqlShows('role'), sqlShows('active'), sqlShows('last_login_at')],
      },
    },
  },
  {
    id: 'b44-multi-audit-4739-quarter',
    question:
      'Audit requirement: has the domain policy been changed (event 4739) on any domain controller this quarter? Please check both Sentinel and Splunk and give the host and account for each occurrence.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4739), kqlShows('Computer'), kqlShows('SubjectUserName|Account'), THIS_QUARTER_KQL],
      },
      spl: {
        table: 'wineventlog',
        has: [splEvent(4739), splShows('host|dest'), splShows('user'), THIS_QUARTER_SPL],
      },
    },
  },
  {
    id: 'b44-multi-fraud-193-233-48-0-24-7d',
    question:
      'is 193.233.48.0/24 hitting us? entra sign-ins from that range and login_failed events in the back-office db from it, last 7 days',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [kqlInRange('IPAddress', '193.233.48.0/24', '193.233.48.'), kqlLast('7d|168h|1w')],
      },
      sql: {
        table: 'events',
        has: [
          sqlIs('event_type', 'login_failed'),
          CIDR_193_233_48_SQL,
          sqlLast('occurred_at', '7 days?|168 hours?|1 weeks?', 7),
        ],
      },
    },
  },

  // Clarification: nothing to act on
  { id: 'b44-clarify-same-again-weekly', question: 'same again but weekly pls', clarification: true },
  { id: 'b44-clarify-german-greeting', question: 'Guten Morgen zusammen, kurze Frage', clarification: true },
];

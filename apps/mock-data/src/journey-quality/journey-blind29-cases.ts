import type { JourneyCase } from './journey-cases';
import {
  kqlLast,
  DAY1_KQL,
  TODAY_KQL,
  THIS_WEEK_KQL,
  COUNT_KQL,
  splLast,
  DAY1_SPL,
  TODAY_SPL,
  YESTERDAY_START_SPL,
  sqlDayOf,
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
  LAST_MONTH_START,
  MONDAY,
  MONTH_START,
  SUNDAY,
  TODAY,
  YESTERDAY,
  iso,
  kqlDate,
  splDate,
  sqlLiteral,
} from './journey-dates';

/**
 * The "blind29" journey-quality set, written blind on 2026-11-27 (17:40–18:10 UTC). I did not read the
 * query builders (apps/mock-data/src/query/**), the constraint extractor or routing code (libs/planner-core),
 * planner-llm, the planner app, the git history of any of them, any failure list, or another blind author's
 * work in progress (blind28 was written at the same time and I did not open it). I read: issue 11, the
 * `JourneyCase` / `QueryCheck` types in journey-cases.ts, journey-dates.ts, journey-checkers.ts,
 * journey-runner.ts, run-journeys.ts (to register the set), the mesh's schemas (kql/spl/sql.json), blind27's
 * file as the format example (its window and shape helpers, which came from blind22/26, are reused here; its
 * questions and values are not), and the question lines of the other sets (to avoid repeating their values).
 * Aim: resemble the held-back set of issue 11 (questions a new user types on a normal day): mostly short
 * one-liners in plain words, a few medium, some typos and abbreviations ("shes", "u", "diff", "w/", "hrs",
 * "no.", "avg", "dept", "pls").
 * Personas, at a university (northbrook.edu) with a campus bookstore web shop: an IT security officer (Canvas
 * sign-ins from abroad, re-enabled AD accounts, curl.exe, a SHA1, sysmon connections and DNS, o365 password
 * spraying, group removals, dormant Entra accounts, an IP in Entra and the firewall, installutil), a
 * student-helpdesk technician (a locked-out student, Moodle logins, NTLM failures on disabled accounts, admin
 * password resets, a student's password changes and VPN failures, a staff member who cannot reach the bookstore
 * admin app), a network / platform engineer (OpenVPN on the firewall, the bookstore web servers' 5xx and 404s,
 * MongoDB port exposure, failed Azure operations in a resource group, RDS changes and CloudTrail errors, an IP
 * in Azure and AWS) and a bookstore operations / finance analyst (refunds, GBP sales, repeat customers, average
 * order value by segment, best sellers, unpaid invoices, new Japanese customers, inactive Library staff
 * accounts, the bookstore budget, shop login events from one IP).
 * No question names a query language; some name a product (Entra, Defender, Sentinel, Splunk, sysmon,
 * CloudTrail, azure, o365, "the shop app db"), most name the data.
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform, 2 clarification cases (38).
 * Values: UPNs (m.delacroix@, l.fairweather@northbrook.edu), sAMAccountNames (mkowalczyk, jbrennan2), IPs
 * (146.70.88.203, 77.83.246.12, 103.251.167.20, 192.0.2.66), ports (27017, udp 1194), a SHA1, event IDs (4776,
 * 4722, 4723, 4729 and 4733 together), an NTSTATUS code (0xC0000072), process names (curl.exe, installutil.exe),
 * apps (Canvas, Moodle), a quoted Entra audit operation ("Reset password (by admin)"), an Azure resource group
 * (rg-nb-bookstore-prod), AWS call, region and errors (ModifyDBInstance, us-east-2, errorCode), a DNS domain
 * (*.serveo.net), an Office operation (UserLoginFailed), HTTP statuses (5xx, 404), statuses (refunded, unpaid,
 * failed, blocked), amounts and currencies ($250, GBP), countries (US as a negation, Japan), a customer segment,
 * a department (Library, Bookstore), a fiscal year (FY2025).
 * Shapes: counts, distinct counts, sums, averages, thresholds after aggregation (> 3, > 20), top N (5, 10, "top"
 * without N), hourly and daily buckets, by X, by month, columns to show, ordering (oldest due date first),
 * negations (outside the US, inactive for N days).
 * Windows: last N hours/days (4h, 6h, 12h, 24h, "last day", 48h, 3d, 7d, 30d, 60d), today, yesterday (both
 * ends), since yesterday (no end), this week, since monday, this month, the previous calendar month (both
 * ends), since a date (sept 1), an explicit quarter (Q3 2026, both ends), a fiscal year, and two inactivity
 * conditions ("haven't signed in for over 4 months", "haven't logged in in over 30 days": not windows).
 * Calendar windows are computed from the run's clock (UTC).
 * Checks accept every spelling I could think of for the same condition (==, =~, in, has; ago(7d) or
 * ago(168h); raw SPL or the matching data model; SQL literals, date_trunc, EXTRACT, intervals) and reject
 * only queries that do not answer the question.
 * Before running it I checked every case's checks against a query I wrote by hand for it (scratch script, not
 * committed), with the real checkers (Kusto analyser, SPL structure check, PGlite) as well: every `has`
 * matched, no `not` did, and the checkers found no problem (the table checks were not run on them).
 * First run (17:47 UTC, set committed as 5116968, `npm run eval:journeys -- --sets blind29 --verbose`, in
 * process): 27/38 passed (71.1 %); platforms right on 37/38 (35/36 real cases: Splunk's azure index instead of
 * AzureActivity for the failed operations in a resource group; 2/2 clarifications).
 * Failing: Moodle logins yesterday (count instead of distinct users), 4776 per workstation (by Computer, the
 * DC, instead of WorkstationName), failed azure operations in rg-nb-bookstore-prod (wrong platform, resource
 * group dropped), 4723 for mkowalczyk (user dropped), ModifyDBInstance in us-east-2 (region as a bare term, see
 * below), top 5 cloudtrail error codes (counted by arn, not errorCode), jbrennan2's failed vpn logins (user
 * dropped), no. of refunded orders (rows listed, no count), Library users inactive 30 days (department
 * dropped), bookstore spend FY2025 (department dropped), 103.251.167.20 in cloudtrail (IP dropped on SPL).
 * Second commit (fairness review of the first run's queries; each change marked "Second commit" below):
 * - loosened b29-spl-cloud-modifydbinstance-us-east-2-48h: a bare "us-east-2" term finds the region in the raw
 *   CloudTrail event as well as `awsRegion=` does (blind27 accepted bare region terms too); it now passes.
 * - loosened b29-spl-helpdesk-jbrennan2-failed-vpn-4h: `errorCode!=0` in the azure (Entra sign-in) index is a
 *   failed login, a spelling I had not thought of; it still fails (the user is dropped).
 * - tightened b29-sql-shop-top5-best-sellers-units-60d: `GROUP BY product_id, name, unit_price` splits a
 *   product's units over its prices, so the top 5 rows are not the top 5 products.
 * - tightened b29-multi-helpdesk-fairweather-entra-shop-account: `WHERE active IS TRUE` hides her account if it
 *   is disabled, which is what the helpdesk asks ("active?").
 * After the second commit (17:48 UTC, same command): 26/38 passed (68.4 %); platforms right on 37/38 (35/36
 * real cases, 2/2 clarifications); the first run's failures except ModifyDBInstance, plus the two tightened.
 * Not changed, though debatable: b29-multi-sec-77-83-entra-firewall-7d accepts a firewall search on the source
 * IP only (inbound from the IP); the question names no direction, so a one-way search still answers it.
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
const DAILY_KQL = /bin\(\s*(TimeGenerated|Timestamp)\s*,\s*(1d|24h)\s*\)|startofday\(\s*(TimeGenerated|Timestamp)\s*\)/;

// SPL windows
const THIS_WEEK_SPL = new RegExp(`earliest\\s*=\\s*"?(@w[01]|-0w@w[01]|${splDate(SUNDAY)}|${splDate(MONDAY)})`);
const THIS_MONTH_SPL = new RegExp(`earliest\\s*=\\s*"?(@mon|-0mon@mon|${splDate(MONTH_START)})`);

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
/** The previous calendar month on a column (SQL), its start… */
const sqlLastMonthStart = (column: string) =>
  new RegExp(
    [
      `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*(date_trunc\\(\\s*'month'\\s*,\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?\\)\\s*-\\s*(interval\\s*'1 mons?(ths?)?'|'1 mons?(ths?)?'\\s*::\\s*interval)|date_trunc\\(\\s*'month'\\s*,\\s*${sqlNow}\\s*-\\s*(interval\\s*'1 mons?(ths?)?'|'1 mons?(ths?)?'\\s*::\\s*interval)\\s*\\))`,
      `${column}\\s*(>=|BETWEEN)\\s*${sqlLiteral}${iso(LAST_MONTH_START)}`,
      `date_trunc\\(\\s*'month'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=\\s*date_trunc\\(\\s*'month'\\s*,\\s*${sqlNow}\\s*-\\s*(interval\\s*'1 mons?(ths?)?'|'1 mons?(ths?)?'\\s*::\\s*interval)`,
      `date_trunc\\(\\s*'month'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=\\s*${sqlLiteral}${iso(LAST_MONTH_START)}`,
    ].join('|'),
    'i',
  );
/** …and its end. */
const sqlLastMonthEnd = (column: string) =>
  new RegExp(
    [
      `${column}\\s*<\\s*\\(?\\s*(date_trunc\\(\\s*'month'\\s*,\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?\\)|${sqlLiteral}${iso(MONTH_START)})`,
      `BETWEEN[^;]*AND\\s*\\(?\\s*(date_trunc\\(\\s*'month'\\s*,\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?\\)|${sqlLiteral}${iso(MONTH_START)})`,
      `date_trunc\\(\\s*'month'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=`,
    ].join('|'),
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

// Helpers added for this set
/** `EventID == 4733` or 4733 anywhere in an `in (…)` list (KQL). */
const kqlEventAny = (id: number) => new RegExp(`EventID\\s*(==\\s*|in\\s*\\([^)]*?)\\b${id}\\b`);
/** `EventCode=4733` or 4733 anywhere in an `IN (…)` list (SPL). */
const splEventAny = (id: number) => new RegExp(`EventCode\\s*(=\\s*"?|IN\\s*\\([^)]*?)"?${id}\\b`, 'i');
/** This week on a column (SQL): PostgreSQL's week starts on Monday; a literal Sunday is accepted too. */
const sqlThisWeek = (column: string) =>
  new RegExp(`${sqlThis(column, 'week', MONDAY).source}|${sqlThis(column, 'week', SUNDAY).source}`, 'i');
/** A timestamp bucketed by day (SQL). */
const sqlDaily = (column: string) => new RegExp(sqlDayOf(column), 'i');
/** The most recent 1 September on or before today ("since sept 1"). */
const SEPT_START = new Date(
  Date.UTC(TODAY.getUTCMonth() >= 8 ? TODAY.getUTCFullYear() : TODAY.getUTCFullYear() - 1, 8, 1),
);
/** Q3 2026 on orders.created_at (SQL), its start… */
const Q3_2026_START_SQL = new RegExp(
  [
    `created_at(\\s*::\\s*date)?\\s*(>=|BETWEEN)\\s*${sqlLiteral}2026-07-01`,
    `(EXTRACT\\(\\s*QUARTER\\s+FROM|date_part\\(\\s*'quarter'\\s*,)\\s*(\\w+\\.)?created_at\\s*\\)\\s*=\\s*3\\b`,
    `date_trunc\\(\\s*'quarter'\\s*,\\s*(\\w+\\.)?created_at\\s*\\)\\s*=\\s*${sqlLiteral}2026-07-01`,
  ].join('|'),
  'i',
);
/** …and its end: before 1 October, or up to the end of 30 September (a bare `<= '2026-09-30'` drops that day). */
const Q3_2026_END_SQL = new RegExp(
  [
    `created_at\\s*<\\s*${sqlLiteral}2026-10-01`,
    `created_at\\s*<=\\s*${sqlLiteral}2026-09-30[T ]23:59`,
    `created_at\\s*::\\s*date\\s*(<=\\s*${sqlLiteral}2026-09-30|<\\s*${sqlLiteral}2026-10-01|BETWEEN\\s*${sqlLiteral}2026-07-01'?\\s*AND\\s*${sqlLiteral}2026-09-30)`,
    `BETWEEN\\s*${sqlLiteral}2026-07-01[^;]*?AND\\s*${sqlLiteral}2026-(09-30[T ]23:59|10-01)`,
    `(EXTRACT\\(\\s*YEAR\\s+FROM|date_part\\(\\s*'year'\\s*,)\\s*(\\w+\\.)?created_at\\s*\\)\\s*=\\s*2026\\b`,
    `date_trunc\\(\\s*'quarter'\\s*,\\s*(\\w+\\.)?created_at\\s*\\)\\s*=\\s*${sqlLiteral}2026-07-01`,
  ].join('|'),
  'i',
);
/** An app user's last login more than 30 days (a month) ago (SQL): a condition, not a window. */
const SQL_INACTIVE_30 = new RegExp(
  `last_login_at\\s*(<=?\\s*\\(?\\s*${sqlNow}\\s*-\\s*(interval\\s*'(30 days?|1 mons?|1 months?)'|'(30 days?|1 mons?|1 months?)'\\s*::\\s*interval|30\\b|make_interval\\(\\s*days\\s*=>\\s*30\\))|<=?\\s*${sqlLiteral}\\d{4}-\\d{2}-\\d{2})`,
  'i',
);
/** A last login kept inside the window instead of before it (SQL). */
const SQL_RECENT_LOGIN = /last_login_at\s*>=?\s*\(?\s*(now\(\)|CURRENT_DATE|current_timestamp|localtimestamp)/i;
/** No Entra sign-in for over 4 months (KQL): a condition on each account's last sign-in, not the window. */
const KQL_INACTIVE_4_MONTHS = new RegExp(
  [
    `(<|<=)\\s*ago\\(\\s*(12[0-4]d|(2880|2904|2928|2952|2976)h)\\s*\\)`,
    `(<|<=)\\s*now\\(\\)\\s*-\\s*(12[0-4]d|(2880|2904|2928|2952|2976)h)`,
    `(<|<=)\\s*datetime_add\\(\\s*["']month["']\\s*,\\s*-4\\s*,\\s*now\\(\\)\\s*\\)`,
    `datetime_diff\\(\\s*["']day["'][^)]*\\)\\s*>=?\\s*12[0-4]\\b`,
    `leftanti[\\s\\S]*ago\\(\\s*(12[0-4]d|(2880|2904|2928|2952|2976)h)\\s*\\)`,
  ].join('|'),
);
/** Outside the US (KQL): Location not US, however spelled. */
const NOT_US_KQL =
  /Location\s*(!=|!~|<>)\s*["'](US|United States)["']|Location\s*!in~?\s*\([^)]*["'](US|United States)["']|not\s*\(\s*Location\s*(==|=~|in~?|has)[^)]*(US|United States)|Location\s*!has\s*["'](US|United States)["']/i;
/** An HTTP 5xx status (SPL). */
const STATUS_5XX_SPL =
  /status\s*(>=\s*"?500|>\s*"?499|=\s*"?5(\*|xx|\d\d)|IN\s*\(\s*"?5\d\d)|(like|match|searchmatch)\(\s*"?(Web\.)?status[^)]*["']\^?5/i;
/** A blocked / denied connection (SPL). */
const BLOCKED_SPL = /action\s*(=|IN\s*\()\s*"?(block|blocked|deny|denied|drop|dropped)\b/i;

export const BLIND29_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: Entra sign-ins and audit, Windows security events, Defender device tables, Azure activity
  {
    id: 'b29-kql-helpdesk-delacroix-failed-today',
    question: 'student m.delacroix@northbrook.edu says shes locked out, can u show her failed sign ins today',
    expect: {
      kql: { table: 'SigninLogs', has: [/m\.delacroix@northbrook\.edu/i, FAILED_SIGNIN_KQL, TODAY_KQL] },
    },
  },
  {
    id: 'b29-kql-sec-canvas-outside-us-by-country-7d',
    question: 'sign-ins to Canvas from outside the US in the last 7 days, by country',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /(AppDisplayName\b|\*\s*(has|contains))[^|]*Canvas/i,
          NOT_US_KQL,
          /by\s+[^|]*Location/,
          COUNT_KQL,
          kqlLast('7d|168h|1w'),
        ],
      },
    },
  },
  {
    id: 'b29-kql-helpdesk-moodle-distinct-users-yday',
    question: 'how many diff students logged into Moodle yesterday?',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /(AppDisplayName\b|\*\s*(has|contains))[^|]*Moodle/i,
          /dcount\(\s*(UserPrincipalName|UserId)\s*\)|count_distinct\(\s*(UserPrincipalName|UserId)\s*\)/,
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b29-kql-helpdesk-4776-disabled-per-workstation-12h',
    question: 'NTLM auth failures (4776) w/ status 0xC0000072 - disabled accounts - last 12 hrs, count per workstation',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4776), /0xc0000072/i, /by\s+[^|]*WorkstationName/, COUNT_KQL, kqlLast('12h|720m')],
      },
    },
  },
  {
    id: 'b29-kql-sec-4722-reenabled-week',
    question: 'which AD accounts were re-enabled this week (4722), and who enabled them?',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4722), kqlShows('TargetUserName'), kqlShows('SubjectUserName|Account'), THIS_WEEK_KQL],
      },
    },
  },
  {
    id: 'b29-kql-net-27017-per-device-3d',
    question: 'devices connecting out on port 27017 in the past 3 days, how many per device',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [/RemotePort\s*(==|in\s*\()\s*27017\b/, /by\s+[^|]*DeviceName/, COUNT_KQL, kqlLast('3d|72h')],
      },
    },
  },
  {
    id: 'b29-kql-sec-curl-week',
    question: 'curl.exe runs on defender devices this week - device, account and command line',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /curl\.exe|["']curl["']/i,
          kqlShows('DeviceName'),
          kqlShows('AccountName'),
          kqlShows('ProcessCommandLine'),
          THIS_WEEK_KQL,
        ],
      },
    },
  },
  {
    id: 'b29-kql-sec-sha1-30d',
    question: 'sha1 a94c3e5b21f07d86e4b2c1d09f3a7e58b6d2c4f1 - seen on any machine in the last 30 days?',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/a94c3e5b21f07d86e4b2c1d09f3a7e58b6d2c4f1/i, kqlLast('30d|720h')],
      },
    },
  },
  {
    id: 'b29-kql-net-azure-failed-rg-yday',
    question: 'failed azure operations in rg-nb-bookstore-prod yesterday',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          /ResourceGroup\s*(==|=~|has|contains|in~?\s*\()\s*["']rg-nb-bookstore-prod["']/i,
          /ActivityStatusValue\s*(==|=~|has|contains|startswith|in~?\s*\()[^|]*fail/i,
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b29-kql-sec-entra-no-signin-4-months',
    question: "which entra accounts haven't signed in for over 4 months?",
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [/UserPrincipalName|UserId/, KQL_INACTIVE_4_MONTHS],
        // A window of only 4 months leaves no account whose last sign-in is older than that.
        not: [/TimeGenerated\s*>=?\s*ago\(\s*(12[0-4]d|(2880|2904|2928|2952|2976)h)\s*\)/],
      },
    },
  },
  {
    id: 'b29-kql-helpdesk-admin-password-resets-daily-month',
    question: 'how many "Reset password (by admin)" in the entra audit log this month, per day',
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [
          /(OperationName|ActivityDisplayName|\*)\s*(==|=~|has|contains|startswith|in~?\s*\()\s*["']Reset (user )?password/i,
          COUNT_KQL,
          DAILY_KQL,
          THIS_MONTH_KQL,
        ],
      },
    },
  },

  // SPL: firewall and web data models, windows logs, sysmon, cloudtrail, o365, the Authentication data model
  {
    id: 'b29-spl-net-fw-blocked-1194-top-src-today',
    question: 'firewall: blocked udp 1194 (openvpn) today, top source IPs',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [/dest_port\s*(=|IN\s*\()\s*"?1194\b/, BLOCKED_SPL, /(\bby|\btop)\s+[^|]*\bsrc(_ip)?\b/, TODAY_SPL],
      },
    },
  },
  {
    id: 'b29-spl-net-web-5xx-hourly-6h',
    question: 'bookstore web servers - 5xx errors per hour over the last 6 hours',
    expect: {
      spl: {
        table: 'Web',
        has: [STATUS_5XX_SPL, /span\s*=\s*"?(1h|60m|1hr|1hour)\b/, splLast('6h|360m')],
      },
    },
  },
  {
    id: 'b29-spl-net-web-404-top10-urls-week',
    question: 'top 10 urls returning 404 on our web servers this week',
    expect: {
      spl: {
        table: 'Web',
        has: [/status\s*(=|IN\s*\()\s*"?404\b/, /(\bby|\btop)\s+[^|]*\burl\b/, topSpl(10), THIS_WEEK_SPL],
      },
    },
  },
  {
    id: 'b29-spl-helpdesk-4723-mkowalczyk-since-yday',
    question: 'splunk: password change attempts (4723) for mkowalczyk since yesterday',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [splEvent(4723), /mkowalczyk/, YESTERDAY_START_SPL],
        // "since yesterday" runs to now: ending at today's start drops today's attempts.
        not: [/latest\s*=\s*"?(@d|-0d@d)/],
      },
    },
  },
  {
    id: 'b29-spl-sec-sysmon-146-70-hosts-images-3d',
    question: 'sysmon: network connections to 146.70.88.203 in the last 3 days, which hosts and images?',
    expect: {
      spl: {
        table: 'sysmon',
        has: [
          /DestinationIp\s*(=|IN\s*\()\s*"?146\.70\.88\.203\b/,
          splShows('host'),
          splShows('Image'),
          splLast('3d|72h'),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b29-spl-sec-sysmon-dns-serveo-by-host-24h',
    question: 'dns queries for *.serveo.net in sysmon, last 24h, by host',
    expect: {
      spl: {
        table: 'sysmon',
        has: [/QueryName\s*(=|IN\s*\(|!=)?[^|]*serveo\.net/i, /by\s+[^|]*\bhost\b/, DAY1_SPL],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b29-spl-cloud-modifydbinstance-us-east-2-48h',
    question: 'who ran ModifyDBInstance in us-east-2 in the last 48 hours? (cloudtrail)',
    expect: {
      spl: {
        table: 'aws',
        has: [
          /eventName\s*(=|IN\s*\()\s*"?ModifyDBInstance/,
          // Second commit: a bare "us-east-2" term finds the region in the raw event as well as awsRegion= does.
          /awsRegion\s*(=|IN\s*\()\s*"?us-east-2|(^|\s)"?us-east-2"?(\s|$)/,
          splShows('userIdentity.arn'),
          splLast('48h|2d|2880m'),
        ],
      },
    },
  },
  {
    id: 'b29-spl-cloud-top5-error-codes-today',
    question: 'top 5 cloudtrail error codes today',
    expect: {
      spl: {
        table: 'aws',
        has: [/(\bby|\btop)\s+[^|]*\berrorCode\b/, topSpl(5), TODAY_SPL],
      },
    },
  },
  {
    id: 'b29-spl-helpdesk-jbrennan2-failed-vpn-4h',
    question: 'failed vpn logins for jbrennan2 in splunk, past 4 hrs',
    expect: {
      spl: {
        has: [
          /jbrennan2/,
          // Second commit: a non-zero error code in the azure (Entra sign-in) index is a failed login too.
          /action\s*(=|IN\s*\()\s*"?fail|EventCode\s*(=|IN\s*\()\s*"?4625\b|errorCode\s*!=\s*"?0\b/i,
          splLast('4h|240m'),
        ],
      },
    },
  },
  {
    id: 'b29-spl-sec-o365-userloginfailed-ips-over-20-24h',
    question: 'o365 UserLoginFailed in the last day - client IPs with more than 20',
    expect: {
      spl: {
        table: 'o365',
        has: [/Operation\s*(=|IN\s*\()\s*"?UserLoginFailed/, /by\s+[^|]*ClientIP/, splAbove(20), DAY1_SPL],
      },
    },
  },

  // SQL: the bookstore's business database
  {
    id: 'b29-sql-shop-refunded-count-last-month',
    question: 'no. of refunded orders last month',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /status\s*(=|IN\s*\()\s*'refunded'/i,
          /COUNT\(/i,
          sqlLastMonthStart('created_at'),
          sqlLastMonthEnd('created_at'),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b29-sql-shop-daily-gbp-sales-week',
    question: 'daily sales in GBP this week',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /currency\s*(=|IN\s*\()\s*'GBP'/i,
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          sqlDaily('created_at'),
          /GROUP BY/i,
          sqlThisWeek('created_at'),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b29-sql-shop-customers-over-3-orders-since-sept',
    question: 'customers with more than 3 orders since sept 1',
    expect: {
      sql: {
        table: 'orders',
        has: [
          sqlCountAbove(3),
          /GROUP BY/i,
          new RegExp(`created_at\\s*(>=|BETWEEN)\\s*${sqlLiteral}${iso(SEPT_START)}`, 'i'),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b29-sql-shop-aov-by-segment-q3-2026',
    question: 'avg order value per customer segment for Q3 2026',
    expect: {
      sql: {
        table: 'orders',
        has: [/AVG\(\s*(\w+\.)?total\s*\)/i, /GROUP BY[^;]*segment/i, Q3_2026_START_SQL, Q3_2026_END_SQL],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b29-sql-shop-top5-best-sellers-units-60d',
    question: 'top 5 best-selling products by units sold in the last 60 days',
    expect: {
      sql: {
        table: 'order_items',
        has: [
          /SUM\(\s*(\w+\.)?quantity\s*\)/i,
          topSql(5),
          /ORDER BY[^;]*DESC/i,
          sqlLast('created_at', '60 days?|2 mons?|2 months?', 60),
        ],
        // Second commit: grouping by unit_price as well splits a product's units over its prices.
        not: [NOT_CUSTOMER_DATE_SQL, /GROUP BY[^;]*unit_price/i],
      },
    },
  },
  {
    id: 'b29-sql-fin-unpaid-invoices-over-250',
    question: 'unpaid invoices over $250, oldest due date first',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /status\s*(=|IN\s*\()\s*'unpaid'|status\s*(<>|!=)\s*'paid'|status\s+NOT\s+IN\s*\(\s*'paid'|paid_at\s+IS\s+NULL/i,
          /amount\s*(>|>=)\s*250(\.0+)?\b/i,
          /ORDER BY\s+(\w+\.)?due_date(?!\s+DESC)/i,
        ],
      },
    },
  },
  {
    id: 'b29-sql-shop-new-customers-japan-month',
    question: 'how many new customers from Japan signed up this month?',
    expect: {
      sql: {
        table: 'customers',
        has: [/'(Japan|JP)'/i, /COUNT\(/i, sqlThis('created_at', 'month', MONTH_START)],
      },
    },
  },
  {
    id: 'b29-sql-it-library-users-no-login-30d',
    question: "Library dept app users who haven't logged in in over 30 days",
    expect: {
      sql: {
        table: 'users',
        has: [/department\s*(=|ILIKE|LIKE|IN\s*\()\s*'Library'/i, SQL_INACTIVE_30],
        not: [SQL_RECENT_LOGIN],
      },
    },
  },
  {
    id: 'b29-sql-fin-bookstore-spend-by-month-fy2025',
    question: 'bookstore dept spend by month for FY2025 (budget)',
    expect: {
      sql: {
        table: 'budget',
        has: [
          /department\s*(=|ILIKE|LIKE|IN\s*\()\s*'Bookstore'/i,
          /fiscal_year\s*(=\s*2025|IN\s*\(\s*2025)\b/i,
          /SUM\(\s*(\w+\.)?spent\s*\)/i,
          /GROUP BY[^;]*fiscal_month/i,
        ],
      },
    },
  },
  {
    id: 'b29-sql-sec-login-events-192-0-2-66-since-monday',
    question: 'any login events from 192.0.2.66 in the shop app db since monday?',
    expect: {
      sql: {
        table: 'events',
        has: [
          /ip_address\s*(=|<<=?|IN\s*\()\s*'192\.0\.2\.66/i,
          /event_type\s*(=|ILIKE|LIKE|IN\s*\()\s*'%?log_?in/i,
          new RegExp(`${sqlThis('occurred_at', 'week', MONDAY).source}`, 'i'),
        ],
      },
    },
  },

  // two platforms
  {
    id: 'b29-multi-sec-77-83-entra-firewall-7d',
    question: 'check 77.83.246.12 in entra sign-ins and the firewall logs, last 7 days',
    expect: {
      kql: { table: 'SigninLogs', has: [kqlIs('IPAddress', '77\\.83\\.246\\.12'), kqlLast('7d|168h|1w')] },
      spl: { table: 'Network_Traffic', has: [/77\.83\.246\.12/, splLast('7d|168h|1w')] },
    },
  },
  {
    id: 'b29-multi-sec-4729-4733-group-removals-30d',
    question: 'members removed from security groups (4729 or 4733) in the last 30 days - sentinel and splunk',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEventAny(4729), kqlEventAny(4733), kqlLast('30d|720h')],
      },
      spl: {
        table: 'wineventlog',
        has: [splEventAny(4729), splEventAny(4733), splLast('30d|720h|1mon')],
      },
    },
  },
  {
    id: 'b29-multi-helpdesk-fairweather-entra-shop-account',
    question:
      "l.fairweather@northbrook.edu can't get into the bookstore admin app - her failed entra sign-ins in the last 24h and her account in the shop db (role, active)",
    expect: {
      kql: { table: 'SigninLogs', has: [/l\.fairweather@northbrook\.edu/i, FAILED_SIGNIN_KQL, DAY1_KQL] },
      sql: {
        table: 'users',
        has: [/'l\.fairweather@northbrook\.edu'/i, /\brole\b/, /\bactive\b/],
        // Second commit: keeping only active accounts hides hers if it is disabled, which is what is asked.
        not: [
          /\bactive\s*(=\s*(TRUE|'t'|'true'|1)|IS\s+TRUE)\b|(WHERE|AND)\s+(\w+\.)?active\s*(AND|ORDER|LIMIT|;|$)/im,
        ],
      },
    },
  },
  {
    id: 'b29-multi-sec-installutil-defender-sysmon-month',
    question: 'installutil.exe on any machine this month? check defender + sysmon',
    expect: {
      kql: { table: 'DeviceProcessEvents', has: [/installutil/i, THIS_MONTH_KQL] },
      spl: {
        has: [/index\s*=\s*"?sysmon|datamodel\s*=\s*"?Endpoint/, /installutil/i, THIS_MONTH_SPL],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b29-multi-net-103-251-azure-cloudtrail-week',
    question: 'activity from 103.251.167.20 in the azure activity log and cloudtrail this week',
    expect: {
      kql: { table: 'AzureActivity', has: [kqlIs('CallerIpAddress', '103\\.251\\.167\\.20'), THIS_WEEK_KQL] },
      spl: { table: 'aws', has: [/sourceIPAddress\s*(=|IN\s*\()\s*"?103\.251\.167\.20\b/, THIS_WEEK_SPL] },
    },
  },

  // clarification
  { id: 'b29-clarify-got-a-sec', question: 'hey, got a sec?', clarification: true },
  { id: 'b29-clarify-other-campus', question: 'same as before but for the other campus pls', clarification: true },
];

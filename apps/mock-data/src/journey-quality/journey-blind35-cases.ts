import type { JourneyCase } from './journey-cases';
import {
  kqlLast,
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
  NOT_CUSTOMER_DATE_SQL,
} from './journey-patterns';
import {
  DAY_MS,
  LAST_MONTH_START,
  MONDAY,
  MONTH_START,
  SUNDAY,
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
 * The "blind35" journey-quality set, written blind on 2026-11-27 (20:31–20:38 UTC). I did not read the
 * query builders (apps/mock-data/src/query/**), the constraint extractor or routing code (libs/planner-core),
 * planner-llm, the planner app, the git history of any of them, any failure list, or another blind author's
 * work in progress, and I did not run the planner on any question before the first run. I read: issue 11, the
 * `JourneyCase` / `QueryCheck` types in journey-cases.ts, journey-dates.ts, journey-checkers.ts, run-journeys.ts
 * (to register the set), the mesh's schemas (kql/spl/sql.json), blind27's file as the format example (its
 * window and shape helpers, which came from blind22, are reused here; its questions and values are not), and
 * the question lines of the other sets (to avoid repeating their questions and values).
 * Aim: resemble the held-back set of issue 11 (questions a new user types on a normal day): ordinary one-liners
 * and a few long formal requests, some loose with abbreviations ("pls", "hrs", "no.", "avg", "+").
 * Personas, at a retailer with a warehouse (brightwell.io):
 * - an internal compliance auditor asking careful, formal questions about access and changes: deleted, disabled
 *   and changed accounts and groups (4726, 4725, 4735), special-privilege logons, a cleared audit log in an
 *   explicit date range, Azure role assignments and Key Vault deletions, Entra password resets, mailbox
 *   permissions, an access review of one person, a service account's sign-ins, IAM policy attachments, anonymous
 *   sharing links, admin app accounts created since a date, role changes from a subnet;
 * - a warehouse / product manager asking about stock-keeping data the SQL schema holds (products, categories,
 *   list prices, order lines, shipped and processing orders; the schema has no stock, supplier or shipment
 *   tables, so none is asked for).
 * No question names a query language; some name a product (Sentinel, Entra, Defender, Splunk, sysmon,
 * CloudTrail, Azure, Office 365 / Microsoft 365, Tableau, "our app database"), most name the data.
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform, 2 clarification cases (38).
 * Values: UPNs (svc-backup@, m.ostrowska@brightwell.io), IPs and CIDRs (194.165.16.11, 91.132.0.0/16,
 * 10.20.30.0/24), ports (5900, 5432), a SHA1, event IDs (4726, 4672, 1102, 4725, 4625, 4735), process names
 * (net.exe with a quoted command-line fragment, mshta.exe), a domain (serveo.net), a URL path and status
 * (/api/v2/login, 401), Azure operations (roleAssignments/write, KeyVault/vaults/delete), an Entra audit
 * operation (Reset user password), Office operations (Add-MailboxPermission, AnonymousLinkCreated), AWS calls
 * (AttachUserPolicy, PutUserPolicy, ScheduleKeyDeletion), an app (Tableau), a country (Norway, negated), a risk
 * level (high), a quoted product name ('Trailblazer 40L Backpack'), a category (Garden), an amount with
 * currency (over €1,000 EUR), statuses (shipped, processing), a role (admin), an app event type (role_changed),
 * "excluding SYSTEM". Shapes: counts, distinct counts, sums, averages, a threshold after aggregation (> 20),
 * thresholds on a column (list price > 250, total > 1000), top N (5, 10), hourly and daily buckets, by X,
 * columns to show, ordering (most expensive first), negations (outside Norway, not SYSTEM, products with no
 * units sold). Windows: last N hours/days (4h, 6h, 24h, 48h, 72h, 7d, 10d, 14d, 30d, 60d, 90d), today,
 * yesterday (both ends), this week, since Monday, this month, this quarter, this year / so far this year, the
 * previous calendar month (both ends), an explicit range (2–16 Nov 2026), since a date (1 September 2026), and
 * an age condition that is not a window ("placed more than 5 days ago").
 * Calendar windows are computed from the run's clock (UTC).
 * Checks accept every spelling I could think of for the same condition (==, =~, in, has; ago(7d) or
 * ago(168h); raw SPL or the matching data model; SQL literals, date_trunc, intervals; a subnet as <<, a text
 * prefix or a BETWEEN) and reject only queries that do not answer the question.
 * Before running it I checked every case's checks against a query I wrote by hand for it (scratch script, not
 * committed): every `has` matched, no `not` did, and the real checkers (Kusto analyser, SPL check, PGlite)
 * found no problem in any of them (the table checks were not run on them). That showed the SQL checker's
 * parser refuses `<<` on inet, so the subnet check also takes host(ip_address) LIKE '10.20.30.%' and a BETWEEN.
 * First run (20:38 UTC, set committed as 82c5809, `npm run eval:journeys -- --sets blind35 --verbose`, in
 * process): 30/38 passed (78.9 %); platforms right on 34/38 (33/36 real cases: KQL instead of SPL for the
 * AnonymousLinkCreated and the 4625 questions, SPL only for the Key Vault + ScheduleKeyDeletion question;
 * 1/2 clarifications: the greeting was planned). Failing: 4726 last month (bucketed by quarter, target and
 * computer dropped), AnonymousLinkCreated and 4625 > 20 (wrong platform), avg unit price by category (avg
 * order total, no category, no order lines), the Trailblazer units (product name dropped), role_changed from
 * the subnet (check too narrow, see below), Key Vault + ScheduleKeyDeletion (KQL missing, the Azure operation
 * put in the CloudTrail search) and the greeting (clarification missed).
 * Second commit (fairness review of the first run's queries; each change marked "Second commit" below):
 * - loosened b35-sql-audit-role-changed-subnet-90d: `network_subeq(ip_address::inet, '10.20.30.0/24'::inet)`
 *   is the function form of `<<=`, answers the question and passes PostgreSQL; I had not thought of it.
 * - tightened b35-kql-audit-1102-range-nov: the query passed with `toreal(Computer) >= 2` and `<= 16` (the
 *   range's day numbers compared to the computer name), which drops every row and does not answer.
 * Not changed, though debatable: b35-spl-audit-4625-over-20-per-account-6h names no store and
 * b35-spl-audit-o365-anonymous-links-week says "Microsoft 365"; the run answered both correctly from
 * SecurityEvent / OfficeActivity. A platform choice is not a spelling, so they keep their expectation (as
 * blind26 and blind27 did); the questions should have named Splunk.
 * After the second commit (20:39 UTC, set at 978a636, same command): 30/38 passed (78.9 %); platforms right on
 * 34/38 (33/36 real cases, 1/2 clarifications); the subnet case passes now and the 1102 range case fails.
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
/**
 * A value compared to a KQL column: `==`, `=~`, `has`, `contains`, or anywhere in an `in` / `has_any` list
 * (the value need not come first in the list).
 */
const kqlIs = (column: string, value: string) =>
  new RegExp(`${column}\\s*(==|=~|has|contains|(in~?|has_any)\\s*\\([^)]*?)\\s*["']${value}["']`, 'i');

/** The first day of this calendar quarter (UTC). */
const QUARTER_START = new Date(Date.UTC(TODAY.getUTCFullYear(), Math.floor(TODAY.getUTCMonth() / 3) * 3, 1));

// Windows and shapes this set adds
/** The previous calendar month (KQL), its start… */
const LAST_MONTH_START_KQL = new RegExp(
  [
    `startofmonth\\(\\s*now\\(\\)\\s*,\\s*-1\\s*\\)`,
    `startofmonth\\(\\s*(ago\\(\\s*\\d+d\\s*\\)|now\\(\\)\\s*-\\s*\\d+d)\\s*\\)`,
    `datetime_add\\(\\s*["']month["']\\s*,\\s*-1\\s*,\\s*startofmonth\\(\\s*now\\(\\)\\s*\\)\\s*\\)`,
    kqlDate(LAST_MONTH_START),
  ].join('|'),
);
/** …and its end. */
const LAST_MONTH_END_KQL = new RegExp(
  [
    `(<|\\.\\.)\\s*startofmonth\\(\\s*now\\(\\)\\s*\\)`,
    `endofmonth\\(\\s*(now\\(\\)\\s*,\\s*-1|ago\\(\\s*\\d+d\\s*\\)|now\\(\\)\\s*-\\s*\\d+d|startofmonth\\(\\s*now\\(\\)\\s*,\\s*-1\\s*\\))\\s*\\)`,
    `(<|\\.\\.)\\s*${kqlDate(MONTH_START)}`,
    `(<=?|\\.\\.)\\s*datetime\\(\\s*["']?${iso(new Date(MONTH_START.getTime() - DAY_MS))}[T ]23`,
  ].join('|'),
);
/** Months between this quarter's first month and this month. */
const QUARTER_MONTHS_BACK = TODAY.getUTCMonth() % 3;
/** Since the start of this quarter (KQL). */
const THIS_QUARTER_KQL = new RegExp(
  [
    `startofquarter\\(\\s*now\\(\\)\\s*\\)`,
    `startofmonth\\(\\s*now\\(\\)\\s*,\\s*-${QUARTER_MONTHS_BACK}\\s*\\)`,
    `datetime_add\\(\\s*["']month["']\\s*,\\s*-${QUARTER_MONTHS_BACK}\\s*,\\s*startofmonth\\(\\s*now\\(\\)\\s*\\)\\s*\\)`,
    kqlDate(QUARTER_START),
    ...(QUARTER_MONTHS_BACK === 0 ? [`startofmonth\\(\\s*now\\(\\)\\s*\\)`] : []),
  ].join('|'),
);
/** Since the start of this year (KQL). */
const THIS_YEAR_KQL = new RegExp(`startofyear\\(\\s*now\\(\\)\\s*(,\\s*0\\s*)?\\)|${kqlDate(YEAR_START)}`);
/** An hourly bucket (SPL): `span=1h` on timechart or bin. */
const HOURLY_SPL = /span\s*=\s*"?(1h|60m|1hr|3600s?)\b/;
/** A successful Entra sign-in: ResultType zero, however spelled (KQL). */
const SUCCESS_SIGNIN_KQL = /ResultType\s*(==|=~|in~?\s*\()\s*["']?0\b/;
/** A count per one of the columns (KQL): `summarize count() by …`, `summarize n = count() by …`. */
const kqlCountBy = (columns: string) =>
  new RegExp(`summarize\\s+[^|]*\\bcount\\([^)]*\\)[^|]*\\bby\\b[^|]*\\b(${columns})\\b`);
/** A count per one of the fields (SPL): `stats count by …`, `chart count by …`, `top <field>`. */
const splCountBy = (fields: string) =>
  new RegExp(
    `(stats|chart|tstats)\\s+[^|]*\\bcount\\b[^|]*\\bby\\b[^|]*\\b(${fields})\\b|\\btop\\s+[^|]*\\b(${fields})\\b`,
  );
/** A value compared to an SPL field: `field=value`, `field="value"`, `field IN (…, value, …)`. */
const splIs = (field: string, value: string) =>
  new RegExp(`${field.replace(/\./g, '\\.')}\\s*(=|IN\\s*\\([^)]*?)\\s*"?${value}`, 'i');
/** A value compared to a SQL column: `=`, `IN (…)`, `ILIKE` / `LIKE`. */
const sqlIs = (column: string, value: string) =>
  new RegExp(`${column}\\s*(=|ILIKE|LIKE|IN\\s*\\([^)]*?)\\s*'${value}'`, 'i');
/** A daily bucket on a timestamp column (SQL): the day expression grouped on, or its alias / position. */
const sqlDaily = (column: string) =>
  new RegExp(`${sqlDayOf(column)}[\\s\\S]*GROUP BY|GROUP BY[^;]*${sqlDayOf(column)}`, 'i');
/** A Defender-or-sysmon process search (SPL): the sysmon index or the Endpoint data model. */
const SYSMON_OR_ENDPOINT_SPL = /index\s*=\s*"?sysmon|datamodel\s*[=:]\s*"?Endpoint|Endpoint\.Processes/;
/** The product names or categories grouped on (SQL). */
const SQL_BY_PRODUCT = /GROUP BY[^;]*(product_id|\bname\b)/i;
/** A join or a sub-select reaching the products from the order lines (SQL). */
const SQL_PRODUCTS = /\bproducts\b/i;

/** The explicit audit range of one question: 2 to 16 November 2026. */
const RANGE_START_KQL = /datetime\(\s*["']?2026-11-02/;
const RANGE_END_KQL = /datetime\(\s*["']?2026-11-(16|17)/;

export const BLIND35_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: the compliance auditor (access and changes) in Sentinel / Entra / Defender
  {
    id: 'b35-kql-audit-4726-deleted-accounts-last-month',
    question:
      'For the quarterly access audit, please list all user accounts that were deleted (event ID 4726) during the previous calendar month, including who deleted them and on which domain controller.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4726),
          kqlShows('SubjectUserName|Account'),
          kqlShows('TargetUserName'),
          kqlShows('Computer'),
          LAST_MONTH_START_KQL,
          LAST_MONTH_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b35-kql-audit-azure-role-assignments-quarter',
    question:
      'Could you provide every Azure role assignment that was written this quarter (Microsoft.Authorization/roleAssignments/write), with the caller and the caller IP address?',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [/roleAssignments\/write/i, kqlShows('Caller'), kqlShows('CallerIpAddress'), THIS_QUARTER_KQL],
      },
    },
  },
  {
    id: 'b35-kql-audit-entra-reset-password-30d',
    question: "entra audit log - all 'Reset user password' operations in the past 30 days, initiator + target pls",
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [
          /(OperationName|ActivityDisplayName)\s*(==|=~|in~?\s*\(|has|contains)\s*["']Reset user password/i,
          kqlShows('InitiatedBy'),
          kqlShows('TargetResources'),
          kqlLast('30d|720h'),
        ],
      },
    },
  },
  {
    id: 'b35-kql-audit-add-mailboxpermission-ytd',
    question:
      'Have any mailbox permissions been granted with Add-MailboxPermission since the beginning of the year? I need the user who did it and the mailbox.',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [
          kqlIs('Operation', 'Add-MailboxPermission'),
          kqlShows('UserId'),
          kqlShows('OfficeObjectId'),
          THIS_YEAR_KQL,
        ],
      },
    },
  },
  {
    id: 'b35-kql-audit-4672-per-account-not-system-week',
    question: 'special privilege logons (4672) this week per account, excluding SYSTEM',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4672),
          kqlCountBy('SubjectUserName|Account|TargetUserName'),
          /(!=|!~|!in~?\s*\(|!has|!contains|!endswith)\s*[^|]*["'][^"']*SYSTEM/i,
          THIS_WEEK_KQL,
        ],
      },
    },
  },
  {
    id: 'b35-kql-audit-1102-range-nov',
    question:
      'Was the security audit log cleared (event 1102) on any computer between 2 and 16 November 2026? Please state the computer, the account and the time.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(1102),
          kqlShows('Computer'),
          kqlShows('Account|SubjectUserName'),
          kqlShows('TimeGenerated'),
          RANGE_START_KQL,
          RANGE_END_KQL,
        ],
        // Second commit: the dates of the range read as numbers compared to the computer name drop every row.
        not: [/to(real|int|long|double|decimal)\(\s*Computer\s*\)/],
      },
    },
  },
  {
    id: 'b35-kql-audit-tableau-outside-norway-14d',
    question: 'How many different users signed in to Tableau from outside Norway over the last 14 days?',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /(AppDisplayName\b|\*\s*(has|contains))[^|]*Tableau/i,
          /Location\s*(!=|!~|!in~?\s*\(|!has|!contains)\s*[^|]*["'](NO|Norway)["']/i,
          /dcount\(\s*(UserPrincipalName|UserId)\s*\)|count_distinct\(\s*(UserPrincipalName|UserId)\s*\)/,
          kqlLast('14d|336h|2w'),
        ],
      },
    },
  },
  {
    id: 'b35-kql-audit-svc-backup-success-yday',
    question: 'successful sign-ins by svc-backup@brightwell.io yesterday - ip address and app for each one',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /svc-backup@brightwell\.io/i,
          SUCCESS_SIGNIN_KQL,
          kqlShows('IPAddress'),
          kqlShows('AppDisplayName'),
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b35-kql-audit-net-localgroup-admins-72h',
    question:
      'defender: who ran net.exe with "localgroup administrators" on the command line in the last 72 hrs? account + device',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /net1?\.exe|FileName\s*(==|=~|in~?\s*\()\s*["']net/i,
          /localgroup administrators/i,
          kqlShows('AccountName'),
          kqlShows('DeviceName'),
          kqlLast('72h|3d|4320m'),
        ],
      },
    },
  },
  {
    id: 'b35-kql-audit-vnc-91-132-cidr-month',
    question: 'any devices connecting out to 91.132.0.0/16 on port 5900 this month?',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /ipv4_is_in_range\(\s*RemoteIP\s*,\s*["']91\.132\.0\.0\/16["']\s*\)|ipv4_is_match\(\s*RemoteIP\s*,\s*["']91\.132\.0\.0\/16["']|RemoteIP\s*(startswith|has_prefix|hasprefix)\s*["']91\.132\./,
          /RemotePort\s*(==|in\s*\()\s*5900\b/,
          kqlShows('DeviceName'),
          THIS_MONTH_KQL,
        ],
      },
    },
  },
  {
    id: 'b35-kql-audit-high-risk-signins-daily-10d',
    question: 'daily number of sign-ins with high risk level over the last 10 days',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [kqlIs('RiskLevelDuringSignIn', 'high'), COUNT_KQL, DAILY_KQL, kqlLast('10d|240h')],
      },
    },
  },

  // SPL: the auditor in Splunk (windows logs, cloudtrail, o365, the CIM data models, the azure index)
  {
    id: 'b35-spl-audit-4725-disabled-yday',
    question: 'splunk windows logs: which accounts were disabled yesterday (4725), and by whom?',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [
          splEvent(4725),
          splShows('user'),
          splShows('src_user|user|Caller_User_Name'),
          YESTERDAY_START_SPL,
          YESTERDAY_END_SPL,
        ],
      },
    },
  },
  {
    id: 'b35-spl-audit-cloudtrail-user-policies-month',
    question: 'AttachUserPolicy and PutUserPolicy calls in cloudtrail this month, count by user arn',
    expect: {
      spl: {
        table: 'aws',
        has: [/AttachUserPolicy/, /PutUserPolicy/, /by\s+[^|]*userIdentity\.arn/, THIS_MONTH_SPL],
      },
    },
  },
  {
    id: 'b35-spl-audit-o365-anonymous-links-week',
    question:
      'How many anonymous sharing links (AnonymousLinkCreated) were created in Microsoft 365 this week, per user?',
    expect: {
      spl: {
        table: 'o365',
        has: [splIs('Operation', 'AnonymousLinkCreated'), splCountBy('UserId'), THIS_WEEK_SPL],
      },
    },
  },
  {
    id: 'b35-spl-audit-auth-dm-top5-src-failed-4h',
    question: 'top 5 source addresses with failed authentications in the last 4 hours (authentication datamodel)',
    expect: {
      spl: {
        table: 'Authentication',
        has: [/action\s*(=|IN\s*\()\s*"?fail/i, /\b(Authentication\.)?src\b/, topSpl(5), splLast('4h|240m')],
      },
    },
  },
  {
    id: 'b35-spl-audit-fw-blocked-5432-today',
    question: 'firewall traffic: blocked connections to port 5432 today, by source ip',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /dest_port\s*(=|IN\s*\()\s*"?5432\b/,
          /action\s*(=|IN\s*\()\s*"?(block|blocked|deny|denied|drop|dropped)/i,
          /by\s+[^|]*\b(All_Traffic\.)?src(_ip)?\b|top\s+[^|]*\b(All_Traffic\.)?src(_ip)?\b/,
          TODAY_SPL,
        ],
      },
    },
  },
  {
    id: 'b35-spl-audit-mshta-endpoint-dm-7d',
    question: 'mshta.exe executions from the endpoint data model in the past 7 days, per host',
    expect: {
      spl: {
        table: 'Endpoint.Processes',
        has: [/mshta/i, /by\s+[^|]*\b(Processes\.)?(dest|host)\b/, splLast('7d|168h|1w')],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b35-spl-audit-sysmon-serveo-24h',
    question: 'sysmon: which hosts looked up serveo.net in the last 24 hours?',
    expect: {
      spl: {
        table: 'sysmon',
        has: [/serveo\.net/i, splShows('host'), DAY1_SPL],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b35-spl-audit-web-401-api-login-hourly-today',
    question: 'web logs: hourly count of 401 responses on /api/v2/login today',
    expect: {
      spl: {
        table: 'Web',
        has: [/status\s*(=|IN\s*\()\s*"?401\b/, /\/api\/v2\/login/, HOURLY_SPL, TODAY_SPL],
      },
    },
  },
  {
    id: 'b35-spl-audit-azure-tableau-failed-distinct-48h',
    question: 'from the azure sign-in data in splunk: how many distinct users failed to sign in to Tableau, last 48h?',
    expect: {
      spl: {
        table: 'azure',
        has: [
          /Tableau/,
          /properties\.status\.errorCode\s*(!=|>)\s*"?0|NOT\s+"?properties\.status\.errorCode"?\s*=\s*"?0|properties\.status\.errorCode\s*(=|IN\s*\()\s*"?[1-9]/,
          /(dc|distinct_count|estdc)\(\s*"?properties\.userPrincipalName"?\s*\)/,
          splLast('48h|2d|2880m'),
        ],
      },
    },
  },
  {
    id: 'b35-spl-audit-4625-over-20-per-account-6h',
    question: 'accounts with more than 20 failed logons (4625) in the last 6 hrs',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [splEvent(4625), /by\s+[^|]*\buser\b/, splAbove(20), splLast('6h|360m')],
      },
    },
  },

  // SQL: the warehouse / product manager (products, order lines, shipped orders) and the auditor (app accounts)
  {
    id: 'b35-sql-wh-active-products-per-category',
    question: 'How many active products do we have in each category?',
    expect: {
      sql: {
        table: 'products',
        has: [
          /active\s*(=\s*(true|'t')|IS\s+TRUE)|WHERE\s+(\w+\.)?active\b|AND\s+(\w+\.)?active\b/i,
          /COUNT\(/i,
          /GROUP BY[^;]*category/i,
        ],
      },
    },
  },
  {
    id: 'b35-sql-wh-top10-units-last-month',
    question: 'top 10 products by units sold last month, with product names',
    expect: {
      sql: {
        table: 'order_items',
        has: [
          /SUM\(\s*(\w+\.)?quantity\s*\)/i,
          /\bname\b/,
          SQL_BY_PRODUCT,
          topSql(10),
          /ORDER BY[^;]*DESC/i,
          sqlLastMonthStart('created_at'),
          sqlLastMonthEnd('created_at'),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b35-sql-wh-no-units-sold-60d',
    question: "which products haven't sold a single unit in the last 60 days?",
    expect: {
      sql: {
        table: 'products',
        has: [
          /NOT\s+EXISTS|NOT\s+IN\s*\(|LEFT\s+(OUTER\s+)?JOIN[^;]*IS\s+NULL|EXCEPT|(COUNT|SUM)\([^)]*\)\s*(=\s*0|<\s*1)|COALESCE\(\s*SUM\([^)]*\)\s*,\s*0\s*\)\s*=\s*0/i,
          /order_items/,
          sqlLast('created_at', '60 days?|2 mons?|2 months?', 60),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b35-sql-wh-garden-over-250-priciest-first',
    question: 'show me the products in the Garden category with a list price above 250, most expensive first',
    expect: {
      sql: {
        table: 'products',
        has: [
          sqlIs('category', 'Garden'),
          /list_price\s*(>\s*250|>=\s*250\.01)\b/i,
          /ORDER BY\s+(\w+\.)?list_price\s+DESC/i,
        ],
      },
    },
  },
  {
    id: 'b35-sql-wh-shipped-per-day-week',
    question: 'no. of orders shipped per day this week',
    expect: {
      sql: {
        table: 'orders',
        has: [sqlIs('status', 'shipped'), /COUNT\(/i, sqlDaily('created_at'), sqlThis('created_at', 'week', MONDAY)],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b35-sql-wh-processing-eur-over-1000-older-5d',
    question: 'orders in processing over €1,000 (EUR) that were placed more than 5 days ago and still not shipped',
    expect: {
      sql: {
        table: 'orders',
        has: [
          sqlIs('status', 'processing'),
          sqlIs('currency', 'EUR'),
          /total\s*(>\s*1000|>=\s*1000\.01)\b/i,
          // The 5 days are an age condition on the order, not a window back from now.
          new RegExp(
            `created_at\\s*<=?\\s*\\(?\\s*(${sqlNow}\\s*-\\s*(interval\\s*'(5 days?|120 hours?)'|'(5 days?|120 hours?)'\\s*::\\s*interval|5\\b|make_interval\\(\\s*days\\s*=>\\s*5\\))|${sqlLiteral}(${iso(new Date(TODAY.getTime() - 5 * DAY_MS))}|${iso(new Date(TODAY.getTime() - 4 * DAY_MS))}))`,
            'i',
          ),
        ],
        not: [NOT_CUSTOMER_DATE_SQL, /created_at\s*>=?\s*\(?\s*(now\(\)|CURRENT_DATE|current_timestamp)\s*-/i],
      },
    },
  },
  {
    id: 'b35-sql-wh-avg-unit-price-by-category-quarter',
    question: 'avg selling price per unit by product category this quarter',
    expect: {
      sql: {
        table: 'order_items',
        has: [
          /AVG\(\s*(\w+\.)?unit_price\s*\)|SUM\(\s*(\w+\.)?(quantity\s*\*\s*(\w+\.)?unit_price|unit_price\s*\*\s*(\w+\.)?quantity)\s*\)\s*\/\s*(NULLIF\(\s*)?SUM\(\s*(\w+\.)?quantity/i,
          /GROUP BY[^;]*category/i,
          SQL_PRODUCTS,
          sqlThis('created_at', 'quarter', QUARTER_START),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b35-sql-wh-trailblazer-units-ytd',
    question: "how many units of the 'Trailblazer 40L Backpack' have we sold so far this year?",
    expect: {
      sql: {
        table: 'order_items',
        has: [/Trailblazer 40L Backpack/i, /SUM\(\s*(\w+\.)?quantity\s*\)/i, sqlThis('created_at', 'year', YEAR_START)],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b35-sql-audit-admin-accounts-since-sept',
    question:
      'Please list all application accounts with the role admin that were created since 1 September 2026, with their email, department and creation date.',
    expect: {
      sql: {
        table: 'users',
        has: [
          sqlIs('role', 'admin'),
          new RegExp(`created_at\\s*(>=|BETWEEN)\\s*${sqlLiteral}2026-09-01`, 'i'),
          /email/,
          /department/,
        ],
      },
    },
  },
  {
    id: 'b35-sql-audit-role-changed-subnet-90d',
    question: 'how many role_changed events came from the 10.20.30.0/24 network in the past 90 days, per user?',
    expect: {
      sql: {
        table: 'events',
        has: [
          sqlIs('event_type', 'role_changed'),
          // Second commit: network_subeq(ip, '…/24') is the function form of <<= and answers it too.
          /network_sub(eq)?\(\s*(\w+\.)?ip_address\s*(::\s*inet\s*)?,\s*((inet|cidr)\s*)?'10\.20\.30\.0\/24'|network_sup(eq)?\(\s*((inet|cidr)\s*)?'10\.20\.30\.0\/24'\s*(::\s*(inet|cidr)\s*)?,\s*(\w+\.)?ip_address|ip_address\s*(<<=?|>>=?)\s*((inet|cidr)\s*)?'10\.20\.30\.0\/24'|((inet|cidr)\s*)?'10\.20\.30\.0\/24'\s*(::\s*(inet|cidr)\s*)?>>=?\s*(\w+\.)?ip_address|(host|text)\(\s*(\w+\.)?ip_address\s*\)\s*I?LIKE\s*'10\.20\.30\.%'|ip_address\s*::\s*(text|varchar)\s*I?LIKE\s*'10\.20\.30\.%'|CAST\(\s*(\w+\.)?ip_address\s+AS\s+(text|varchar)\s*\)\s*I?LIKE\s*'10\.20\.30\.%'|ip_address\s*BETWEEN\s*(inet\s*)?'10\.20\.30\.0'\s*(::\s*inet\s*)?AND\s*(inet\s*)?'10\.20\.30\.255'|set_masklen\(\s*(\w+\.)?ip_address\s*,\s*24\s*\)[^;]*'10\.20\.30\.0\/24'/i,
          /COUNT\(/i,
          /GROUP BY[^;]*user_id/i,
          sqlLast('occurred_at', '90 days?|3 mons?|3 months?', 90),
        ],
      },
    },
  },

  // two platforms
  {
    id: 'b35-multi-audit-ostrowska-access-review',
    question:
      'Access review for m.ostrowska@brightwell.io: her Entra sign-ins over the last 30 days, and her account in our app database (role, department, active).',
    expect: {
      kql: { table: 'SigninLogs', has: [/m\.ostrowska@brightwell\.io/i, kqlLast('30d|720h')] },
      sql: {
        table: 'users',
        has: [/'m\.ostrowska@brightwell\.io'/i, /\brole\b/, /department/, /active/],
      },
    },
  },
  {
    id: 'b35-multi-audit-4735-group-changed-today',
    question: 'security-enabled local groups changed today (4735)? check both sentinel and splunk',
    expect: {
      kql: { table: 'SecurityEvent', has: [kqlEvent(4735), TODAY_KQL] },
      spl: { table: 'wineventlog', has: [splEvent(4735), TODAY_SPL] },
    },
  },
  {
    id: 'b35-multi-audit-194-165-o365-since-monday',
    question: 'any Office 365 activity from 194.165.16.11 since Monday? check sentinel and the o365 data in splunk',
    expect: {
      kql: { table: 'OfficeActivity', has: [kqlIs('ClientIP', '194\\.165\\.16\\.11'), THIS_WEEK_KQL] },
      spl: { table: 'o365', has: [splIs('ClientIP', '194\\.165\\.16\\.11'), THIS_WEEK_SPL] },
    },
  },
  {
    id: 'b35-multi-audit-sha1-defender-sysmon-30d',
    question:
      'SHA1 3f786850e387550fdab836ed7e6dc881de23001b - was it executed anywhere in the last 30 days? defender + sysmon',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/3f786850e387550fdab836ed7e6dc881de23001b/i, /SHA1/, kqlLast('30d|720h')],
      },
      spl: {
        has: [SYSMON_OR_ENDPOINT_SPL, /3f786850e387550fdab836ed7e6dc881de23001b/i, splLast('30d|720h|1mon')],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b35-multi-audit-key-deletions-azure-aws-quarter',
    question:
      'Key Vault deletions in Azure (Microsoft.KeyVault/vaults/delete) and ScheduleKeyDeletion calls in AWS this quarter - who made them?',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [/KeyVault\/vaults\/delete/i, kqlShows('Caller'), THIS_QUARTER_KQL],
      },
      spl: {
        table: 'aws',
        has: [
          /ScheduleKeyDeletion/,
          splShows('userIdentity.arn'),
          new RegExp(`earliest\\s*=\\s*"?(@q|-0q@q|-${QUARTER_MONTHS_BACK}mon@mon|${splDate(QUARTER_START)})`),
        ],
      },
    },
  },

  // clarification
  { id: 'b35-clarify-greeting', question: 'Good morning! Hope you are well.', clarification: true },
  { id: 'b35-clarify-no-referent', question: 'please do the same for those as well', clarification: true },
];

import type { JourneyCase } from './journey-cases';
import {
  kqlLast,
  DAY1_KQL,
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
  YEAR_START,
  YESTERDAY,
  iso,
  kqlDate,
  splDate,
  sqlLiteral,
  usDate,
} from './journey-dates';

/**
 * The "blind33" journey-quality set, written blind on 2026-11-27 (20:32–20:37 UTC). I did not read the
 * query builders (apps/mock-data/src/query/**), the constraint extractor or routing code (libs/planner-core),
 * planner-llm, the planner app, the git history of any of them, any failure list, or another blind author's
 * work in progress. I read: issue 11, the `JourneyCase` / `QueryCheck` types in journey-cases.ts,
 * journey-dates.ts, journey-checkers.ts, run-journeys.ts (to register the set), the mesh's schemas
 * (kql/spl/sql.json), blind27's file as the format example (its window and shape helpers, which came from
 * blind22, are reused here; its questions and values are not), and the question lines of the other sets (to
 * avoid repeating them).
 * Aim: resemble the held-back set of issue 11 (questions a new user types on a normal day): mostly ordinary
 * one-liners, some loose ("havent", "yr", "lst", "pls", "avg", "+"), some formal.
 * Personas, at a software reseller (brightwell.io): an IT helpdesk team lead (lockouts, password resets and
 * unlocks, a user who cannot log in, stale accounts, group adds, single-factor sign-ins, msiexec / choco /
 * winget installs, remote-support tools, putty, a file server's failed logons, new domain accounts, disabled
 * accounts, VPN logins, RDP and FTP traffic, CloudTrail user deletions, a hash since Monday) and a
 * sales-operations manager (deals = orders, revenue per country = region, big USD deals, repeat customers,
 * new customers per segment, average deal size, cancelled deals per month, French enterprise customers with
 * no orders, overdue GBP invoices, units sold per product, a leaving salesperson's SharePoint downloads,
 * Salesforce sign-ins from one IP, 404s on the pricing page, inactive sales staff in the app db).
 * No question names a query language; some name a product (Sentinel, Entra, Defender, Splunk, sysmon,
 * CloudTrail, azure ad, o365, sharepoint, Salesforce, GlobalProtect, "our db"), most name the data.
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform, 2 clarification cases (38).
 * Values: UPNs (m.delacroix@, k.brennan@, t.nguyen@, d.ferreira@brightwell.io), IPs (102.89.44.17,
 * 91.214.124.20), ports (3389, 21), a SHA-256, event IDs (4740, 4724, 4625, 4720, 4767), an Entra error code
 * (50057), a host (FS-02), process names (msiexec.exe, choco.exe, winget.exe, putty.exe, ScreenConnect), apps
 * (Salesforce, GlobalProtect), an Entra audit operation (Add member to group), an Office operation
 * (FileDownloaded, UserLoginFailed), AWS calls (DeleteUser, DeleteAccessKey), a URL path and HTTP status
 * (/pricing, 404), an authentication requirement (single factor), statuses (paid, cancelled, overdue),
 * amounts with currency ($10k, 5,000 GBP, EUR), a country (France), a segment (enterprise), a department
 * (Sales), a date (2026-11-16, 2026-06-01).
 * Shapes: counts, distinct counts, sums, averages, thresholds after aggregation (> 2, > 3), top N (5, 10),
 * hourly and daily buckets, a monthly bucket, by X (and Y), columns to show, ordering, a negation (customers
 * with no orders), amount thresholds.
 * Windows: last N hours/days (4h, 12h, 24h, 48h, 3d, 7d, 14d, 30d, 90d, "last week" as 7 days), today,
 * yesterday (both ends), since monday, this week, this month, this quarter, this year, the previous calendar
 * month (both ends), since a date, and two inactivity conditions ("havent signed in for 45 days", "haven't
 * logged in for 30 days", not windows).
 * Calendar windows are computed from the run's clock (UTC).
 * Checks accept every spelling I could think of for the same condition (==, =~, in, has; ago(7d) or
 * ago(168h); raw SPL or the matching data model; SQL literals, date_trunc, EXTRACT, intervals) and reject
 * only queries that do not answer the question.
 * Before running it I checked every case's checks against a query I wrote by hand for it (scratch script, not
 * committed, with the real checkers of journey-checkers.ts): every `has` matched, no `not` did, and the
 * Kusto analyser, the SPL check and PostgreSQL accepted all hand queries (after renaming one KQL column I
 * had called `last`).
 * First run (20:37 UTC, set committed as 3f1e75d, `npm run eval:journeys -- --sets blind33 --verbose`, in
 * process): 33/38 passed (86.8 %); platforms right on 35/38 (34/36 real cases: KQL instead of SPL for the
 * GlobalProtect distinct users per day, KQL instead of SQL for the deals over $10k; 1/2 clarifications).
 * Failing: the GlobalProtect question and the $10k deals (wrong platform, values dropped), avg deal size in EUR
 * per country (COUNT instead of AVG), d.ferreira's last app login (orders summed instead of users.last_login_at)
 * and "why is that number different from before?" (planned instead of asking).
 * Second commit (fairness review of the first run's queries; each change marked "Second commit" below): no
 * failing query answered its question, so no check was loosened; one check had accepted a query that does not:
 * - tightened b33-sql-sales-france-enterprise-no-orders-90d: the run listed French enterprise orders whose own
 *   invoices were not issued in 90 days (rows are orders, customers without any order are missing); the
 *   negation must now be on the customer's orders, and the rows must not be plain orders.
 * After the second commit (20:38 UTC, same command): 32/38 passed (84.2 %); platforms right on 35/38 (34/36
 * real cases, 1/2 clarifications); the five first-run failures and the French customers question fail.
 * Not changed, though debatable: b33-spl-hd-auth-vpn-distinct-daily-week says "authentication data" without
 * naming Splunk; the run answered from SigninLogs, but it also dropped GlobalProtect, so it fails either way.
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
/** An hourly / daily bucket on the time column (KQL). */
const HOURLY_KQL =
  /bin\(\s*(TimeGenerated|Timestamp)\s*,\s*(1h|60m)\s*\)|startofhour\(\s*(TimeGenerated|Timestamp)\s*\)/;

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
/** Yesterday (SQL), its start… */
const sqlYesterdayStart = (column: string) =>
  new RegExp(
    [
      `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*(date_trunc\\(\\s*'day'\\s*,\\s*${sqlNow}\\s*\\)|${sqlNow})\\s*-\\s*(interval\\s*'(1 days?|24 hours?)'|'(1 days?|24 hours?)'\\s*::\\s*interval|1\\b)`,
      `${column}\\s*(>=|BETWEEN)\\s*${sqlLiteral}(${iso(YESTERDAY)}|yesterday)`,
      `${sqlDayOf(column)}\\s*=\\s*\\(?\\s*(${sqlNow}\\s*-\\s*(interval\\s*'1 days?'|1\\b)|${sqlLiteral}(${iso(YESTERDAY)}|yesterday))`,
    ].join('|'),
    'i',
  );
/** …and its end. */
const sqlYesterdayEnd = (column: string) =>
  new RegExp(
    [
      `${column}\\s*<\\s*\\(?\\s*(date_trunc\\(\\s*'day'\\s*,\\s*${sqlNow}\\s*\\)|CURRENT_DATE|${sqlLiteral}(${iso(TODAY)}|today))`,
      `BETWEEN[^;]*AND\\s*\\(?\\s*(date_trunc\\(\\s*'day'\\s*,\\s*${sqlNow}\\s*\\)|CURRENT_DATE|${sqlLiteral}(${iso(TODAY)}|today))`,
      `${sqlDayOf(column)}\\s*=\\s*\\(?\\s*(${sqlNow}\\s*-\\s*(interval\\s*'1 days?'|1\\b)|${sqlLiteral}(${iso(YESTERDAY)}|yesterday))`,
    ].join('|'),
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
/** Days from this week's Monday to today. */
const DAYS_SINCE_MONDAY = Math.round((TODAY.getTime() - MONDAY.getTime()) / DAY_MS);
/** "since monday" (SPL). */
const SINCE_MONDAY_SPL = new RegExp(`earliest\\s*=\\s*"?(@w1|-0w@w1|-${DAYS_SINCE_MONDAY}d@d|${splDate(MONDAY)})`);
/** A fixed "since" day on a column (SQL). */
const sqlSince = (column: string, day: string) =>
  new RegExp(`${column}\\s*(>=|>|BETWEEN)\\s*\\(?\\s*${sqlLiteral}${day}`, 'i');
/** A group / by on a column (SQL). */
const sqlBy = (column: string) => new RegExp(`GROUP\\s+BY\\s+[^;]*\\b${column}\\b`, 'i');
/** A by on a field (KQL / SPL). */
const by = (fields: string) => new RegExp(`\\bby\\s+[^|]*\\b(${fields})\\b`);
/** A monthly bucket on a column (SQL). */
const sqlMonthly = (column: string) =>
  new RegExp(
    `date_trunc\\(\\s*'month'\\s*,\\s*(\\w+\\.)?${column}|EXTRACT\\(\\s*MONTH\\s+FROM\\s+(\\w+\\.)?${column}|to_char\\(\\s*(\\w+\\.)?${column}\\s*,\\s*'YYYY-MM`,
    'i',
  );
/** A distinct count (SPL). */
const splDistinct = (field: string) =>
  new RegExp(`(dc|distinct_count)\\(\\s*"?(\\w+\\.)?${field.replace(/\./g, '\\.')}"?\\s*\\)`);
/** Windows Security event IDs, which must never be applied to sysmon (SPL). */
const SYSMON_ONLY_SPL = /EventCode\s*(=|IN\s*\()\s*"?4\d{3}\b/i;

export const BLIND33_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: helpdesk lead (accounts, lockouts, machines, installs) and sales ops in Entra / Defender / Office
  {
    id: 'b33-kql-hd-locked-twice-week',
    question: 'which accounts got locked out more than twice this week? (4740)',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4740), by('TargetUserName|Account'), COUNT_KQL, /(>\s*2|>=\s*3)\b/, THIS_WEEK_KQL],
      },
    },
  },
  {
    id: 'b33-kql-hd-user-failed-signins-48h',
    question:
      "m.delacroix@brightwell.io says she can't log in - show her failed sign-ins in the last 48 hrs with the error",
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /m\.delacroix@brightwell\.io/i,
          FAILED_SIGNIN_KQL,
          kqlShows('ResultType|ResultDescription'),
          kqlLast('48h|2d|2880m'),
        ],
      },
    },
  },
  {
    id: 'b33-kql-hd-admin-pw-resets-4724-week',
    question: 'Who reset whose password this week? Event 4724 in Sentinel please',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4724), kqlShows('SubjectUserName|Account'), kqlShows('TargetUserName'), THIS_WEEK_KQL],
      },
    },
  },
  {
    id: 'b33-kql-hd-msiexec-per-device-7d',
    question: 'how many times was msiexec.exe run on each machine over the past 7 days',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/msiexec\.exe/i, by('DeviceName|DeviceId'), COUNT_KQL, kqlLast('7d|168h|1w')],
      },
    },
  },
  {
    id: 'b33-kql-hd-screenconnect-network-3d',
    question:
      'is ScreenConnect talking to the internet from any of our PCs? network connections in past 3 days, device + remote ip',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [/screenconnect/i, kqlShows('DeviceName'), kqlShows('RemoteIP'), kqlLast('3d|72h')],
      },
    },
  },
  {
    id: 'b33-kql-hd-single-factor-distinct-month',
    question: 'how many different people signed in with single factor only this month?',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /AuthenticationRequirement\s*(==|=~|has|contains|in~?\s*\()\s*["']?single/i,
          /dcount\(\s*(UserPrincipalName|UserId)\s*\)|count_distinct\(\s*(UserPrincipalName|UserId)\s*\)|distinct\s+(UserPrincipalName|UserId)\b[\s\S]*count/,
          THIS_MONTH_KQL,
        ],
      },
    },
  },
  {
    id: 'b33-kql-hd-stale-45d',
    question: 'give me the entra accounts that havent signed in for 45 days',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /UserPrincipalName/,
          /max\(\s*TimeGenerated\s*\)|arg_max\(\s*TimeGenerated|leftanti/,
          // 45 days of inactivity is a condition on each user's last sign-in, not the query's window.
          /(<|<=)\s*ago\(\s*(45d|1080h)\s*\)|(<|<=)\s*now\(\)\s*-\s*(45d|1080h)|leftanti[\s\S]*ago\(\s*(45d|1080h)\s*\)/,
        ],
      },
    },
  },
  {
    id: 'b33-kql-hd-group-adds-yday',
    question: 'Who was added to which group in Entra ID yesterday, and who did the adding?',
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [
          /Add member to group/i,
          kqlShows('InitiatedBy'),
          kqlShows('TargetResources'),
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b33-kql-hd-hourly-4625-fs02-12h',
    question: 'hourly count of failed logons (4625) on FS-02 for the last 12 hours',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4625), /FS-02/i, HOURLY_KQL, COUNT_KQL, kqlLast('12h|720m')],
      },
    },
  },
  {
    id: 'b33-kql-sales-sharepoint-downloads-week',
    question:
      'how many files did k.brennan@brightwell.io download from sharepoint this week? she is leaving sales on friday',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [/k\.brennan@brightwell\.io/i, /FileDownloaded/, COUNT_KQL, THIS_WEEK_KQL],
      },
    },
  },
  {
    id: 'b33-kql-sales-salesforce-ip-since',
    question: 'Salesforce sign-ins coming from 102.89.44.17 since 2026-11-16 - which users?',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /Salesforce/i,
          kqlIs('IPAddress', '102\\.89\\.44\\.17'),
          kqlShows('UserPrincipalName'),
          /(>=?|between\s*\()\s*datetime\(\s*["']?2026-11-16/,
        ],
      },
    },
  },

  // SPL: Splunk Windows logs, sysmon, o365, aws, azure and the CIM data models
  {
    id: 'b33-spl-hd-4625-top5-src-yday',
    question: 'splunk: top 5 source ips for failed windows logons (4625) yesterday',
    expect: {
      spl: {
        has: [/wineventlog|WinEventLog/i, splEvent(4625), /\bsrc\b/, topSpl(5), YESTERDAY_START_SPL, YESTERDAY_END_SPL],
      },
    },
  },
  {
    id: 'b33-spl-hd-sysmon-choco-winget-14d',
    question: 'sysmon - anyone running choco.exe or winget.exe in the last 2 weeks? which hosts',
    expect: {
      spl: {
        has: [/sysmon/i, /choco/i, /winget/i, splShows('host'), splLast('14d|336h|2w')],
        not: [SYSMON_ONLY_SPL],
      },
    },
  },
  {
    id: 'b33-spl-hd-sysmon-sha256-since-monday',
    question:
      'seen this sha256 anywhere since monday? 7c1f0a9e3b5d2c8f4a6e1b9d0c3f7a2e5b8d1c4f6a9e0b3d7c2f5a8e1b4d6c90 (sysmon)',
    expect: {
      spl: {
        has: [/sysmon/i, /7c1f0a9e3b5d2c8f4a6e1b9d0c3f7a2e5b8d1c4f6a9e0b3d7c2f5a8e1b4d6c90/i, SINCE_MONDAY_SPL],
        not: [SYSMON_ONLY_SPL],
      },
    },
  },
  {
    id: 'b33-spl-hd-o365-loginfailed-today',
    question: 'UserLoginFailed for t.nguyen@brightwell.io today in the o365 logs, with client ip',
    expect: {
      spl: {
        has: [/o365/i, /UserLoginFailed/, /t\.nguyen@brightwell\.io/i, splShows('ClientIP'), TODAY_SPL],
      },
    },
  },
  {
    id: 'b33-spl-hd-auth-vpn-distinct-daily-week',
    question: 'number of distinct users logging in through GlobalProtect per day this week (authentication data)',
    expect: {
      spl: {
        has: [
          /Authentication/,
          /GlobalProtect/i,
          splDistinct('user'),
          /span\s*=\s*"?(1d|24h|1day)\b|bin\s+[^|]*span\s*=\s*1d|date_mday|strftime/,
          THIS_WEEK_SPL,
        ],
      },
    },
  },
  {
    id: 'b33-spl-hd-rdp-3389-top10-src-4h',
    question: 'firewall traffic: top 10 internal hosts opening rdp (3389) connections in the last 4 hours',
    expect: {
      spl: {
        has: [
          /Network_Traffic/,
          /dest_port\s*(=|IN\s*\()\s*"?3389\b/i,
          /\bsrc(_ip)?\b/,
          topSpl(10),
          splLast('4h|240m'),
        ],
      },
    },
  },
  {
    id: 'b33-spl-hd-aws-delete-user-keys-30d',
    question: 'who called DeleteUser or DeleteAccessKey in cloudtrail in the past 30 days? arn and source ip',
    expect: {
      spl: {
        has: [
          /aws|cloudtrail/i,
          /DeleteUser/,
          /DeleteAccessKey/,
          splShows('userIdentity.arn'),
          splShows('sourceIPAddress'),
          splLast('30d|720h|1mon'),
        ],
      },
    },
  },
  {
    id: 'b33-spl-sales-web-pricing-404-hourly-24h',
    question: 'how many 404s did people get on the /pricing page each hour over the last day? web logs',
    expect: {
      spl: {
        has: [/Web/, /\/pricing/, /status\s*(=|IN\s*\()\s*"?404\b/i, /span\s*=\s*"?(1h|60m)\b/, DAY1_SPL],
      },
    },
  },
  {
    id: 'b33-spl-hd-azure-50057-disabled-month',
    question: 'azure ad sign-ins in splunk failing with 50057 (disabled account) this month, count per user',
    expect: {
      spl: {
        has: [
          /index\s*=\s*"?azure|azure:monitor:aad/i,
          /50057/,
          by('properties\\.userPrincipalName|user|userPrincipalName'),
          /count/,
          THIS_MONTH_SPL,
        ],
      },
    },
  },
  {
    id: 'b33-spl-hd-wineventlog-4720-created-7d',
    question: 'new domain accounts created last 7 days - who created them and on which DC? splunk',
    expect: {
      spl: {
        has: [
          /wineventlog|WinEventLog/i,
          splEvent(4720),
          splShows('user|src_user|Subject_Account_Name'),
          splShows('dest|host'),
          splLast('7d|168h|1w'),
        ],
      },
    },
  },

  // SQL: sales operations (deals = orders, customers, regions = countries) and the app's users
  {
    id: 'b33-sql-sales-paid-revenue-country-quarter',
    question: 'revenue per country this quarter, paid orders only, biggest first',
    expect: {
      sql: {
        has: [
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          /status\s*(=|IN\s*\()\s*'paid'/i,
          sqlBy('country'),
          /ORDER\s+BY\s+[^;]*DESC/i,
          sqlThis('created_at', 'quarter', QUARTER_START),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b33-sql-sales-deals-over-10k-usd-month',
    question: 'deals over $10k booked this month, largest at the top',
    expect: {
      sql: {
        has: [
          /total\s*(>\s*10000|>=\s*10000)\b/i,
          /currency\s*(=|IN\s*\()\s*'USD'/i,
          /ORDER\s+BY\s+(\w+\.)?total\s+DESC/i,
          sqlThis('created_at', 'month', MONTH_START),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b33-sql-sales-customers-over-3-orders-last-month',
    question: 'Which customers placed more than 3 orders last month?',
    expect: {
      sql: {
        has: [/customer_id|\bname\b/, sqlCountAbove(3), sqlLastMonthStart('created_at'), sqlLastMonthEnd('created_at')],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b33-sql-sales-new-customers-segment-ytd',
    question: 'new customers by segment so far this yr',
    expect: {
      sql: {
        has: [/COUNT\(/i, sqlBy('segment'), sqlThis('created_at', 'year', YEAR_START)],
      },
    },
  },
  {
    id: 'b33-sql-sales-avg-deal-eur-country-90d',
    question: 'avg deal size in EUR per country over the last 90 days',
    expect: {
      sql: {
        has: [
          /AVG\(\s*(\w+\.)?total\s*\)/i,
          /currency\s*(=|IN\s*\()\s*'EUR'/i,
          sqlBy('country'),
          sqlLast('created_at', '90 days?|3 mons?|3 months?', 90),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b33-sql-sales-cancelled-monthly-since-june',
    question: 'monthly number of cancelled deals since 2026-06-01',
    expect: {
      sql: {
        has: [
          /status\s*(=|IN\s*\()\s*'(cancelled|canceled)'/i,
          sqlMonthly('created_at'),
          /COUNT\(/i,
          sqlSince('created_at', '2026-06-01'),
        ],
      },
    },
  },
  {
    id: 'b33-sql-sales-france-enterprise-no-orders-90d',
    question: 'enterprise customers in France that have not ordered anything in the last 90 days',
    expect: {
      sql: {
        has: [
          /segment\s*(=|ILIKE|IN\s*\()\s*'enterprise'/i,
          /country\s*(=|ILIKE|IN\s*\()\s*'(France|FR)'/i,
          // Second commit: the negation must be on the customer's orders (an order-level NOT EXISTS on
          // invoices lists orders, not customers without orders).
          /NOT\s+EXISTS\s*\(\s*SELECT\s[^;]*?\bFROM\s+orders\b[^;]*?customer_id|customer_id\s+NOT\s+IN\s*\(\s*SELECT\s+(DISTINCT\s+)?(\w+\.)?customer_id\s+FROM\s+orders\b|LEFT\s+(OUTER\s+)?JOIN\s+orders\b[\s\S]*IS\s+NULL|HAVING\s+[^;]*MAX\(\s*(\w+\.)?created_at/i,
          /90 days?|3 mons?|3 months?|- 90\b|make_interval\(\s*days\s*=>\s*90/i,
        ],
        // Second commit: the rows are customers, not their orders (orders grouped per customer are fine).
        not: [/^\s*SELECT\s(?:(?!\bFROM\b)[\s\S])*\bFROM\s+orders\b(?![\s\S]*GROUP\s+BY)/i],
      },
    },
  },
  {
    id: 'b33-sql-sales-overdue-invoices-gbp-5000',
    question: 'overdue invoices above 5,000 GBP - customer name, amount and due date',
    expect: {
      sql: {
        has: [
          /status\s*(=|IN\s*\()\s*'overdue'|due_date\s*<\s*[^;]*paid_at\s+IS\s+NULL|paid_at\s+IS\s+NULL[^;]*due_date\s*</i,
          /currency\s*(=|IN\s*\()\s*'GBP'/i,
          /amount\s*(>\s*5000|>=\s*5000)\b/i,
          /\bname\b/,
          /due_date/,
        ],
      },
    },
  },
  {
    id: 'b33-sql-sales-top5-products-units-yday',
    question: 'top 5 products by units sold yesterday',
    expect: {
      sql: {
        has: [
          /SUM\(\s*(\w+\.)?quantity\s*\)/i,
          /ORDER\s+BY\s+[^;]*DESC/i,
          topSql(5),
          sqlYesterdayStart('created_at'),
          sqlYesterdayEnd('created_at'),
        ],
        not: [/\b(p|pr|prod|products)\.created_at\s*(>|>=|<|BETWEEN|::|=)/i],
      },
    },
  },
  {
    id: 'b33-sql-hd-sales-dept-inactive-30d',
    question: "active users in the Sales department in our db who haven't logged in for 30 days",
    expect: {
      sql: {
        has: [
          /department\s*(=|ILIKE|IN\s*\()\s*'sales'/i,
          /active\s*(=\s*true|IS\s+TRUE)|\bactive\b(?!\s*=\s*false)/i,
          /last_login_at\s*(<=?\s*\(?\s*(now\(\)|CURRENT_DATE|current_timestamp|localtimestamp)\s*-\s*(interval\s*'(30 days?|1 mons?|1 months?)'|'(30 days?|1 mons?)'\s*::\s*interval|30\b|make_interval\(\s*days\s*=>\s*30\))|<=?\s*(TIMESTAMPTZ\s*|DATE\s*|TIMESTAMP\s*)?'\d{4}-\d{2}-\d{2})/i,
        ],
        not: [/last_login_at\s*>=?\s*\(?\s*(now\(\)|CURRENT_DATE)/i],
      },
    },
  },

  // Two platforms
  {
    id: 'b33-two-hd-unlocks-4767-3d',
    question: 'who has been unlocking accounts (event 4767) in the last 3 days? check sentinel and splunk',
    expect: {
      kql: { table: 'SecurityEvent', has: [kqlEvent(4767), kqlShows('SubjectUserName|Account'), kqlLast('3d|72h')] },
      spl: { has: [/wineventlog|WinEventLog/i, splEvent(4767), splLast('3d|72h')] },
    },
  },
  {
    id: 'b33-two-hd-ip-signins-and-cloudtrail-7d',
    question: 'did 91.214.124.20 show up in our entra sign-ins or in cloudtrail (splunk) over the last week?',
    expect: {
      kql: { table: 'SigninLogs', has: [/91\.214\.124\.20/, kqlLast('7d|168h|1w')] },
      spl: { has: [/aws|cloudtrail/i, /91\.214\.124\.20/, splLast('7d|168h|1w')] },
    },
  },
  {
    id: 'b33-two-hd-putty-defender-sysmon-24h',
    question: 'putty.exe launched on any machine in the last 24h? look in defender and sysmon',
    expect: {
      kql: { table: 'DeviceProcessEvents', has: [/putty\.exe/i, DAY1_KQL] },
      spl: { has: [/sysmon|Endpoint\.Processes/i, /putty\.exe/i, DAY1_SPL], not: [SYSMON_ONLY_SPL] },
    },
  },
  {
    id: 'b33-two-sales-user-app-and-entra-week',
    question:
      'd.ferreira@brightwell.io from sales: when did she last log in to our app (db), and her entra sign-ins this week?',
    expect: {
      sql: { has: [/d\.ferreira@brightwell\.io/i, /last_login_at/] },
      kql: { table: 'SigninLogs', has: [/d\.ferreira@brightwell\.io/i, THIS_WEEK_KQL] },
    },
  },
  {
    id: 'b33-two-hd-ftp-21-defender-firewall-48h',
    question: 'anything connecting out on ftp (port 21) in the last 48 hours? defender + firewall logs',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [/RemotePort\s*(==|in\s*\()\s*21\b/, kqlLast('48h|2d|2880m')],
      },
      spl: { has: [/Network_Traffic/, /dest_port\s*(=|IN\s*\()\s*"?21\b/i, splLast('48h|2d|2880m')] },
    },
  },

  // Clarification: nothing to act on
  { id: 'b33-clarify-hey-quick-one', question: 'hey, quick one', clarification: true },
  { id: 'b33-clarify-number-changed', question: 'why is that number different from before?', clarification: true },
];

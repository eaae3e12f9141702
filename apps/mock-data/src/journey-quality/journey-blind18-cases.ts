import type { JourneyCase } from './journey-cases';
import { TODAY_KQL, TODAY_SPL, YESTERDAY_START_SPL, YESTERDAY_END_SPL, kqlEvent, splEvent } from './journey-patterns';
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
  dayBefore,
  iso,
  kqlDate,
  splDate,
  sqlLiteral,
} from './journey-dates';

/**
 * A nineteenth journey-quality set ("blind18"), written blind on 2026-11-27 (09:06–09:16 UTC): before
 * reading the query builders (apps/mock-data/src/query), the constraint extractor, the routing code,
 * planner-core, planner-llm or the planner app, and without their git history. Read: issue 11, a skim of the
 * wire contract's headings, the `JourneyCase` / `QueryCheck` types in journey-cases.ts (the first cases of the
 * own list came with them), journey-dates.ts, journey-checkers.ts, run-journeys.ts (to register the set),
 * blind15's list (for the file format and the window regexes, some copied here; its questions and values
 * were not reused), the mesh's schemas (kql/spl/sql.json) and the question lines of the other sets (grepped,
 * only to avoid repeating them).
 * Personas: a helpdesk / IT-operations engineer (short, lower case, typos, "pls"), an incident responder on a
 * live case (pasted indicators, urgency), a finance / sales-operations analyst, and a compliance auditor
 * asking formally. No question names a query language; some name a product (Sentinel, Defender, Entra,
 * Splunk, the o365 / azure index, a data model), most of the single-source ones do not.
 * 11 KQL, 10 SPL, 10 SQL, 5 two-platform and 2 clarification cases (38).
 * Values: UPNs, IPs, a /24 and a /16, ports (22, 443, 3389, 8080), a SHA1, process names (rundll32.exe,
 * procdump, nltest), command-line fragments (javascript:, lsass, /domain_trusts), event IDs (4624 with logon
 * type 2, 4767, 4771, sysmon 3), Entra audit and CA values, an Office operation, a service account to
 * exclude, AWS error codes, an HTTP method, a registry path fragment, an app name, an event type, a role,
 * statuses, currencies, amounts, a country, a segment, a fiscal year and month.
 * Shapes: counts, distinct counts, sums, averages, a ratio as a percentage, shares of a total, thresholds
 * after aggregation (more than / at least), top N, per day buckets, by X and Y, first seen, columns to show,
 * negations ("excluding", "leave out", "not counting").
 * Windows: since this morning (today), yesterday (both ends), last N hours/days (24h, 72 hrs, 6/12/4/48 hours,
 * 5/10/14/30 days), this week, since Monday, month to date, previous calendar month (both ends), previous
 * calendar week (both ends), this quarter, previous quarter (both ends), Q3 2026 and October 2026 (both
 * ends), an explicit audit period, since a date, this year, and "not logged in since <date>" as a condition.
 * Calendar windows are computed from the run's clock (UTC), so the cases stay right on later days.
 * Before committing, each check was run against a hand-written query that answers its question (all passed).
 * First run (09:15 UTC, commit 7608337, in process): 22/38 passed; platform(s) right on 37/38 (the l.moreau
 * case lost its app-database half); both clarification cases answered input_required.
 * Second commit (after reviewing every FAIL for fairness and the PASSes for checks that let wrong queries pass),
 * each change marked "Second commit" below:
 * - loosened (rejected a query that answers): the sysmon /24 case now accepts `cidrmatch("45.9.148.0/24",
 *   'DestinationIp')`, where single quotes name a field in Splunk's eval/where (the run's query, correct).
 * - tightened (let a wrong query pass): in the procdump case "lsass" must be matched on the command line
 *   (`process`), not on `process_name` (the run's `Processes.process_name=*lsass*` with
 *   `process_name=*procdump*` can match nothing); in the nltest case "/domain_trusts" likewise must be on the
 *   command line in both Defender (`ProcessCommandLine`) and the endpoint data model (`process`).
 * The other 15 FAILs reject queries that do not answer the question, so their checks were kept.
 * After the second commit (09:26 UTC, commit 8de10f0, same generated queries): 22/38 passed (the sysmon /24 case
 * now passes, the procdump case now fails); platform(s) right on 37/38; both clarification cases answered
 * input_required; one KQL analyser error (`startofquarter`, not a Kusto function), no SQL or SPL errors.
 */

const LAST_MONDAY = new Date(MONDAY.getTime() - 7 * DAY_MS);
const LAST_SUNDAY = new Date(SUNDAY.getTime() - 7 * DAY_MS);
/** Months since the quarter began (0, 1 or 2). */
const MONTHS_INTO_QUARTER = TODAY.getUTCMonth() % 3;
const QUARTER_START = new Date(Date.UTC(TODAY.getUTCFullYear(), TODAY.getUTCMonth() - MONTHS_INTO_QUARTER, 1));
const LAST_QUARTER_START = new Date(Date.UTC(TODAY.getUTCFullYear(), TODAY.getUTCMonth() - MONTHS_INTO_QUARTER - 3, 1));

/** `now()` and its SQL spellings. */
const sqlNow = '(now\\(\\)|CURRENT_DATE|current_timestamp|localtimestamp)';

// KQL windows
const DAY1_KQL = /ago\((24h|1d)\)/;
const THIS_WEEK_KQL = new RegExp(
  `startofweek\\(\\s*now\\(\\)\\s*(,\\s*[01]\\s*)?\\)|${kqlDate(MONDAY)}|${kqlDate(SUNDAY)}|ago\\((7d|168h)\\)`,
);
/** Since Monday: the week's start (Kusto's Sunday, or Sunday + 1d) or Monday's date; not a rolling 7 days. */
const SINCE_MONDAY_KQL = new RegExp(
  `startofweek\\(\\s*now\\(\\)\\s*(,\\s*0\\s*)?\\)|${kqlDate(MONDAY)}|${kqlDate(SUNDAY)}`,
);
const LAST_MONTH_START_KQL = new RegExp(
  [
    `startofmonth\\(\\s*now\\(\\)\\s*,\\s*-1\\s*\\)`,
    `startofmonth\\(\\s*(datetime_add\\(\\s*["']?month["']?\\s*,\\s*-1|startofmonth\\(\\s*now\\(\\)\\s*\\)\\s*-\\s*1d)`,
    kqlDate(LAST_MONTH_START),
  ].join('|'),
);
const LAST_MONTH_END_KQL = new RegExp(
  [
    `(<|\\.\\.)\\s*startofmonth\\(\\s*now\\(\\)\\s*\\)`,
    `endofmonth\\(\\s*(now\\(\\)\\s*,\\s*-1|datetime_add\\(\\s*["']?month["']?\\s*,\\s*-1)`,
    `(<|\\.\\.)\\s*${kqlDate(MONTH_START)}`,
    `(<=?|\\.\\.)\\s*datetime\\(\\s*["']?${iso(dayBefore(MONTH_START))}`,
  ].join('|'),
);
/** This quarter's start (KQL has no startofquarter): its date, or the month start N months back. */
const THIS_QUARTER_KQL = new RegExp(
  [
    kqlDate(QUARTER_START),
    MONTHS_INTO_QUARTER === 0
      ? `startofmonth\\(\\s*now\\(\\)\\s*\\)`
      : `startofmonth\\(\\s*now\\(\\)\\s*,\\s*-${MONTHS_INTO_QUARTER}\\s*\\)`,
    `datetime_add\\(\\s*["']?month["']?\\s*,\\s*-${MONTHS_INTO_QUARTER}\\s*,\\s*startofmonth\\(\\s*now\\(\\)\\s*\\)`,
    `startofmonth\\(\\s*datetime_add\\(\\s*["']?month["']?\\s*,\\s*-${MONTHS_INTO_QUARTER}\\s*,\\s*now\\(\\)`,
  ].join('|'),
);

// SPL windows
/** The last second of a day in Splunk's time format (`10/31/2026:23:59:59`). */
const usDateEnd = (date: Date): string =>
  `${String(date.getUTCMonth() + 1).padStart(2, '0')}/${String(date.getUTCDate()).padStart(2, '0')}/${date.getUTCFullYear()}:23:59`;

const DAY1_SPL = /earliest\s*=\s*"?-(24h|1d)\b/;
const THIS_MONTH_SPL = new RegExp(`earliest\\s*=\\s*"?(@mon|-0mon@mon|${splDate(MONTH_START)})`);
const LAST_MONTH_START_SPL = new RegExp(`earliest\\s*=\\s*"?(-1mon@mon|${splDate(LAST_MONTH_START)})`);
const LAST_MONTH_END_SPL = new RegExp(
  `latest\\s*=\\s*"?(@mon|-0mon@mon|${splDate(MONTH_START)}|${usDateEnd(dayBefore(MONTH_START))})`,
);
const LAST_WEEK_START_SPL = new RegExp(
  `earliest\\s*=\\s*"?(-1w@w[01]?|-7d@w[01]?|${splDate(LAST_MONDAY)}|${splDate(LAST_SUNDAY)})`,
);
const LAST_WEEK_END_SPL = new RegExp(`latest\\s*=\\s*"?(@w[01]?|-0w@w[01]?|${splDate(MONDAY)}|${splDate(SUNDAY)})`);

// SQL windows
const THIS_YEAR_SQL = new RegExp(
  `date_trunc\\(\\s*'year'\\s*,\\s*${sqlNow}|${iso(YEAR_START)}|(EXTRACT\\(\\s*YEAR|date_part\\(\\s*'year')[^;]*=\\s*(${YEAR}|(EXTRACT\\(\\s*YEAR|date_part\\(\\s*'year'))`,
  'i',
);
const THIS_WEEK_SQL = new RegExp(
  `date_trunc\\(\\s*'week'\\s*,\\s*${sqlNow}|${iso(MONDAY)}|${iso(SUNDAY)}|7 days?|1 week`,
  'i',
);
const LAST_QUARTER_START_SQL = new RegExp(
  `date_trunc\\(\\s*'quarter'\\s*,\\s*${sqlNow}\\s*\\)\\s*-\\s*interval\\s*'(3 mon(th)?s?|1 quarter)'|date_trunc\\(\\s*'quarter'\\s*,\\s*${sqlNow}\\s*-\\s*interval\\s*'(3 mon(th)?s?|1 quarter)'\\s*\\)|${iso(LAST_QUARTER_START)}`,
  'i',
);
const LAST_QUARTER_END_SQL = new RegExp(
  `<\\s*\\(?\\s*date_trunc\\(\\s*'quarter'\\s*,\\s*${sqlNow}\\s*\\)|<\\s*${sqlLiteral}${iso(QUARTER_START)}|BETWEEN[^;]*AND\\s*${sqlLiteral}${iso(dayBefore(QUARTER_START))}`,
  'i',
);
/** Yesterday's start (SQL): its date, or today minus one day. */
const YESTERDAY_START_SQL = new RegExp(
  [
    iso(YESTERDAY),
    `(CURRENT_DATE|now\\(\\)\\s*::\\s*date)\\s*-\\s*(interval\\s*'1 days?'|1\\b)`,
    `date_trunc\\(\\s*'day'\\s*,\\s*${sqlNow}\\s*\\)\\s*-\\s*interval\\s*'(1 days?|24 hours?)'`,
  ].join('|'),
  'i',
);
/** Yesterday's end (SQL): before today, or the whole of yesterday's date compared for equality. */
const YESTERDAY_END_SQL = new RegExp(
  [
    `<\\s*\\(?\\s*(CURRENT_DATE|now\\(\\)\\s*::\\s*date|date_trunc\\(\\s*'day'\\s*,\\s*${sqlNow}\\s*\\))`,
    `<\\s*${sqlLiteral}${iso(TODAY)}`,
    `BETWEEN[^;]*AND\\s*${sqlLiteral}${iso(YESTERDAY)}`,
    `(::\\s*date|\\))\\s*=\\s*\\(?\\s*((CURRENT_DATE|now\\(\\)\\s*::\\s*date)\\s*-\\s*(interval\\s*'1 days?'|1\\b)|${sqlLiteral}${iso(YESTERDAY)})`,
  ].join('|'),
  'i',
);
/** A month bucket on a column (SQL). */
const sqlMonthOf = (column: string) =>
  new RegExp(
    `date_trunc\\(\\s*'month'\\s*,\\s*(\\w+\\.)?${column}|EXTRACT\\(\\s*MONTH\\s+FROM\\s+(\\w+\\.)?${column}|date_part\\(\\s*'month'\\s*,\\s*(\\w+\\.)?${column}|to_char\\(\\s*(\\w+\\.)?${column}\\s*,\\s*'(YYYY-)?MM`,
    'i',
  );

/** Windows Security event IDs, which must never be applied to sysmon (SPL). */
const WINDOWS_SECURITY_IDS_SPL = /EventCode\s*=\s*"?(4624|4625|4688|4720|4740|4771)\b/;
/** `top 5 by`, `take 5`, `limit 5` (KQL). */
const topKql = (n: number) => new RegExp(`top\\s+${n}\\s+by|take\\s+${n}\\b|limit\\s+${n}\\b`);
/** `top 10 …`, `top limit=10 …`, `head 10`, `sort 10 …` (SPL). */
const topSpl = (n: number) =>
  new RegExp(`top\\s+(limit\\s*=\\s*)?${n}\\b|head\\s+(limit\\s*=\\s*)?${n}\\b|sort\\s+(limit\\s*=\\s*)?${n}\\b`);
/** `LIMIT 15` / `FETCH FIRST 15` (SQL). */
const limitSql = (n: number) => new RegExp(`LIMIT\\s+${n}\\b|FETCH\\s+FIRST\\s+${n}\\b`, 'i');
/** A failed Entra sign-in: a non-zero ResultType, however spelled (KQL). */
const FAILED_SIGNIN_KQL =
  /ResultType\s*\)?\s*(!=|!~|<>)\s*["']?0\b|ResultType\s*!in~?\s*\(\s*["']?0\b|ResultType\s*(in~?\s*\(|==|=~)\s*["']?[1-9]/;
/** An invoice not paid (SQL). */
const UNPAID_SQL =
  /paid_at\s+IS\s+NULL|status\s*(<>|!=)\s*'paid'|status\s*NOT\s+IN\s*\([^)]*'paid'|status\s*(=|IN)\s*\(?\s*'(unpaid|overdue|open|issued|sent|pending)/i;
/** An active row (SQL boolean `active`). */
const ACTIVE_SQL = /\bactive\s*(=\s*(true|'t'|1)|IS\s+TRUE)|WHERE\s+(\w+\.)?active\b|AND\s+(\w+\.)?active\b/i;
/**
 * A column the answer shows (KQL): named in a project / summarize / distinct / extend / top / sort step, or
 * every column kept (no project / summarize / distinct / count step at all). A column only filtered on and
 * then projected away does not count.
 */
const kqlShows = (column: string) =>
  new RegExp(
    `\\|\\s*(project(?![-\\w])|project-reorder|summarize|distinct|extend|top|sort|order)\\b[^|]*\\b(${column})\\b|^(?![\\s\\S]*\\|\\s*(project(?![-\\w])|summarize|distinct|count)\\b)`,
  );
/**
 * A column the answer shows (SPL): in a table / fields step, a `by` clause or a values(), or a raw search
 * keeping every field (no table / fields / stats / tstats …).
 */
const splShows = (column: string) =>
  new RegExp(
    `(\\|\\s*(table|fields)\\b[^|]*|\\bby\\s+[^|]*|values\\(\\s*"?)(\\w+\\.)?(${column})\\b|^(?![\\s\\S]*(\\|\\s*(table|fields|stats|chart|timechart|top|rare|dedup|eventstats)\\b|\\btstats\\b))`,
  );
/** A fragment matched on the endpoint data model's command line (`process`), not on `process_name` (SPL). */
const PROCESS_CMDLINE_SPL = (fragment: string) =>
  new RegExp(
    `\\b(Processes\\.)?process\\s*(=|IN\\s*\\()\\s*"?[^\\s|"]*${fragment}|(like|match)\\(\\s*'?(Processes\\.)?process'?\\s*,[^)]*${fragment}`,
    'i',
  );
/** Sorted biggest first (SQL). */
const DESC_SQL = /ORDER BY[^;]*DESC/i;
/** Excluding a status value (SQL). */
const sqlExcludes = (status: string) => new RegExp(`(<>|!=)\\s*'${status}'|NOT\\s+IN\\s*\\([^)]*'${status}'`, 'i');
/** A time filter on a customer's signup date where an order date was asked for (SQL). */
const CUSTOMER_CREATED_FILTER_SQL = /\b(c|cu|cust|customers)\.created_at\s*(>|>=|<|<=|BETWEEN)/i;

export const BLIND18_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: Entra sign-ins and audit, the Windows security log, Defender, Office activity, Azure activity
  {
    id: 'b18-kql-helpdesk-kosei-failed-signins-this-morning',
    question:
      'user k.osei@contoso.com says shes locked out of everything - can u pull her failed entra sign-ins since this morning w/ the error codes?',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [/k\.osei@contoso\.com/i, FAILED_SIGNIN_KQL, kqlShows('ResultType|ResultDescription'), TODAY_KQL],
      },
    },
  },
  {
    id: 'b18-kql-ir-5-188-206-14-ports-443-8080-72h',
    question:
      'IOC from threat intel, need this fast: 5.188.206.14. did any of our defender machines connect to it on 443 or 8080 in the last 72 hrs? device + initiating process pls',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /RemoteIP\b[^|]*5\.188\.206\.14/,
          /RemotePort\b[^|]*\b443\b/,
          /RemotePort\b[^|]*\b8080\b/,
          kqlShows('DeviceName'),
          kqlShows('InitiatingProcessFileName'),
          /ago\((72h|3d)\)/,
        ],
      },
    },
  },
  {
    id: 'b18-kql-audit-add-member-to-role-last-month-by-result',
    question:
      "For the access-control evidence pack, please state how many 'Add member to role' operations were recorded in the Entra ID audit log during the previous calendar month, broken down by result.",
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [
          /(OperationName|ActivityDisplayName)\s*(==|=~|in~?\s*\(|has|contains|startswith)\s*["']Add member to role/i,
          /count\(/,
          /by\s+[^|]*\bResult\b/,
          LAST_MONTH_START_KQL,
          LAST_MONTH_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b18-kql-helpdesk-teams-ca-failures-daily-10d',
    question: 'teams sign-ins that failed conditional access over the last 10 days - daily count pls (entra)',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /AppDisplayName\s*(==|=~|in~?\s*\(|has|contains|startswith)\s*["'](Microsoft )?Teams/i,
          /ConditionalAccessStatus\s*(==|=~|in~?\s*\(|has|contains|startswith)\s*["']fail/i,
          /bin\(\s*(TimeGenerated|Timestamp)\s*,\s*(1d|24h)\s*\)|startofday\(\s*TimeGenerated\s*\)/,
          /ago\((10d|240h)\)/,
        ],
      },
    },
  },
  {
    id: 'b18-kql-ir-rundll32-javascript-24h',
    question:
      "possible poweliks-style persistence!! rundll32.exe launched with 'javascript:' in its command line on defender endpoints, last 24h. show device, account and the full command line",
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /FileName\s*(==|=~|in~?\s*\(|has|contains|startswith|endswith)\s*["']rundll32/i,
          /ProcessCommandLine\s*(has|contains|has_cs|contains_cs|has_any|matches regex)\s*\(?\s*["'][^"']*javascript/i,
          kqlShows('DeviceName'),
          kqlShows('AccountName'),
          kqlShows('ProcessCommandLine'),
          DAY1_KQL,
        ],
      },
    },
  },
  {
    id: 'b18-kql-audit-interactive-4624-type2-distinct-accounts-october',
    question:
      'For the audit period 1 October 2026 to 31 October 2026, please report the number of distinct accounts that logged on interactively (event 4624, logon type 2) to each server, as recorded in Sentinel.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4624),
          /LogonType\s*(==|in\s*\()\s*2\b/,
          /dcount\(\s*(TargetUserName|Account)\b|count_distinct\(\s*(TargetUserName|Account)\b/,
          /by\s+[^|]*\bComputer\b/,
          /datetime\(\s*["']?2026-10-01/,
          /datetime\(\s*["']?2026-(10-31|11-01)/,
        ],
      },
    },
  },
  {
    id: 'b18-kql-helpdesk-4767-unlocks-since-monday',
    question:
      'who has been unlocking accounts since monday? event 4767 in sentinel - show who did the unlock and whose account it was',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4767), kqlShows('SubjectUserName|Account'), kqlShows('TargetUserName'), SINCE_MONDAY_KQL],
      },
    },
  },
  {
    id: 'b18-kql-ir-sha1-dropper-first-seen-per-device-14d',
    question:
      'URGENT: dropper sha1 7c4a8d09ca3762af61e59520943dc26494f8941b. which defender machines executed it in the past 14 days, and when was it first seen on each?',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /SHA1\s*(==|=~|in~?\s*\(|has)\s*["']7c4a8d09ca3762af61e59520943dc26494f8941b/i,
          /by\s+[^|]*DeviceName/,
          /min\(\s*(TimeGenerated|Timestamp)\s*\)|arg_min\(\s*(TimeGenerated|Timestamp)/,
          /ago\((14d|2w|336h)\)/,
        ],
      },
    },
  },
  {
    id: 'b18-kql-helpdesk-top5-apps-failed-brazil-this-week',
    question: 'top 5 apps with the most failed entra sign-ins from brazil this week',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          FAILED_SIGNIN_KQL,
          /Location\s*(==|=~|in~?\s*\(|has|contains)\s*["'](BR|Brazil)/i,
          /by\s+[^|]*AppDisplayName/,
          topKql(5),
          THIS_WEEK_KQL,
        ],
      },
    },
  },
  {
    id: 'b18-kql-audit-filedeleted-per-user-quarter-excl-svc',
    question:
      "For the current quarter, please report the number of FileDeleted operations in SharePoint and OneDrive per user, as logged in Sentinel's Office activity, excluding the service account svc_migration@contoso.com.",
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [
          /Operation\s*(==|=~|in~?\s*\(|has|contains|startswith)\s*["']FileDeleted/i,
          /by\s+[^|]*\bUserId\b/,
          /UserId\s*(!=|!~|!in~?\s*\(|!has|!contains)\s*["']svc_migration@contoso\.com/i,
          THIS_QUARTER_KQL,
        ],
      },
    },
  },
  {
    id: 'b18-kql-ir-azure-ops-from-185-243-115-84-5d',
    question:
      '185.243.115.84 is on our blocklist - anything done in azure from that address in the past 5 days? caller, operation and resource group please',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          /CallerIpAddress\b[^|]*185\.243\.115\.84/,
          kqlShows('Caller'),
          kqlShows('OperationNameValue'),
          kqlShows('ResourceGroup'),
          /ago\((5d|120h)\)/,
        ],
      },
    },
  },
  // SPL: wineventlog, sysmon, cloudtrail, o365, the CIM data models, the azure index
  {
    id: 'b18-spl-helpdesk-tanaka-4771-today-by-src',
    question:
      'splunk: r.tanaka keeps getting kerberos pre-auth failures (4771) today, count them by source address pls',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [splEvent(4771), /r\.tanaka/i, /by\s+[^|]*\bsrc(_ip)?\b/, TODAY_SPL],
      },
    },
  },
  {
    id: 'b18-spl-ir-sysmon-3-to-45-9-148-cidr-6h',
    question:
      'sysmon event 3 (network connect) to anything in 45.9.148.0/24 in the last 6 hours - by host and image, quick',
    expect: {
      spl: {
        table: 'sysmon',
        has: [
          /EventCode\s*(=|IN\s*\()\s*"?3\b/i,
          // Second commit: `'DestinationIp'` in single quotes is a field reference in eval/where (correct).
          /cidrmatch\(\s*"45\.9\.148\.0\/24"\s*,\s*'?DestinationIp'?\s*\)|DestinationIp\s*=\s*"?45\.9\.148\.(0\/24|\*)/,
          /by\s+[^|]*\bhost\b/,
          /by\s+[^|]*\bImage\b/,
          /earliest\s*=\s*"?-(6h|360m)\b/,
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b18-spl-audit-cloudtrail-denied-last-week',
    question:
      'Please provide all AWS CloudTrail events from the previous calendar week in which the error code was AccessDenied or UnauthorizedOperation, summarised by IAM principal and API name.',
    expect: {
      spl: {
        table: 'aws',
        has: [
          /AccessDenied/,
          /UnauthorizedOperation/,
          /by\s+[^|]*userIdentity\.arn/,
          /by\s+[^|]*eventName/,
          LAST_WEEK_START_SPL,
          LAST_WEEK_END_SPL,
        ],
      },
    },
  },
  {
    id: 'b18-spl-helpdesk-o365-userloginfailed-over-15-24h',
    question: 'o365 index: users with more than 15 UserLoginFailed in the last 24 hrs?',
    expect: {
      spl: {
        table: 'o365',
        has: [/UserLoginFailed/, /by\s+[^|]*\bUserId\b/, /(where|search)\s+[^|]*(>\s*15|>=\s*16)\b/, DAY1_SPL],
      },
    },
  },
  {
    id: 'b18-spl-ir-procdump-lsass-endpoint-dm-30d',
    question:
      'IR in progress - using the endpoint processes data model, any procdump runs with lsass in the command line over the past 30 days? list host, user and full command',
    expect: {
      spl: {
        table: 'Endpoint.Processes',
        has: [
          /procdump/i,
          // Second commit: lsass is in the command line (`process`), not the process name.
          PROCESS_CMDLINE_SPL('lsass'),
          splShows('dest'),
          splShows('user'),
          splShows('process'),
          /earliest\s*=\s*"?-(30d|720h|1mon)\b/,
        ],
      },
    },
  },
  {
    id: 'b18-spl-helpdesk-web-avg-bytes-get-top10-4h',
    question: 'web servers are slow.. avg bytes out per url for GET requests in the past 4 hours, top 10 heaviest',
    expect: {
      spl: {
        table: 'Web',
        has: [
          /http_method\s*(=|IN\s*\()\s*"?GET/i,
          /avg\(\s*"?(Web\.)?bytes_out/,
          /by\s+[^|]*(Web\.)?url\b/,
          topSpl(10),
          /earliest\s*=\s*"?-(4h|240m)\b/,
        ],
      },
    },
  },
  {
    id: 'b18-spl-audit-authentication-daily-by-action-mtd',
    question:
      "Please produce a daily count of authentication events from Splunk's Authentication data model for the month to date, with successes and failures reported separately.",
    expect: {
      spl: {
        table: 'Authentication',
        has: [
          /span\s*=\s*"?(1d|24h)\b/,
          /by\s+[^|]*(Authentication\.)?action\b|count\(eval\([^)]*action/,
          THIS_MONTH_SPL,
        ],
      },
    },
  },
  {
    id: 'b18-spl-ir-firewall-10-77-ssh-rdp-bytes-12h',
    question:
      'firewall: sum of bytes out per src and dest ip for traffic from 10.77.0.0/16 to port 22 or 3389 over the last 12 hours',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /src_ip\s*=\s*"?10\.77\.(0\.0\/16|\*)|cidrmatch\(\s*"10\.77\.0\.0\/16"/,
          /dest_port\b[^|]*\b22\b/,
          /dest_port\b[^|]*\b3389\b/,
          /sum\(\s*"?(All_Traffic\.)?bytes_out/,
          /by\s+[^|]*src_ip/,
          /by\s+[^|]*dest_ip/,
          /earliest\s*=\s*"?-(12h|720m)\b/,
        ],
      },
    },
  },
  {
    id: 'b18-spl-helpdesk-azure-index-teams-error-codes-yesterday',
    question:
      "in splunk's azure index, count yesterday's sign-in error codes for people signing into Microsoft Teams, per error code",
    expect: {
      spl: {
        table: 'azure',
        has: [
          /appDisplayName[^|]*Teams/i,
          /by\s+[^|]*properties\.status\.errorCode/,
          YESTERDAY_START_SPL,
          YESTERDAY_END_SPL,
        ],
      },
    },
  },
  {
    id: 'b18-spl-ir-registry-ifeo-48h',
    question:
      'any registry changes under Image File Execution Options in the last 48 hours? need the host, the key and the value data',
    expect: {
      spl: {
        table: 'Endpoint.Registry',
        has: [
          /Image File Execution Options/i,
          splShows('dest'),
          splShows('registry_path|registry_key_name'),
          splShows('registry_value_data'),
          /earliest\s*=\s*"?-(48h|2d)\b/,
        ],
      },
    },
  },
  // SQL: the business database
  {
    id: 'b18-sql-finance-eur-revenue-by-segment-q3-completed',
    question: 'net revenue in EUR by customer segment for Q3 2026, completed orders only',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          /'EUR'/,
          /status\s*(=|IN\s*\()\s*'completed'/i,
          /GROUP BY[^;]*segment/i,
          /2026-07-01/,
          /2026-(10-01|09-30)|date_trunc\(\s*'quarter'[^;]*=\s*[^;]*2026-07-01|EXTRACT\(\s*QUARTER/i,
        ],
        not: [CUSTOMER_CREATED_FILTER_SQL],
      },
    },
  },
  {
    id: 'b18-sql-salesops-signups-per-country-october-at-least-25',
    question: 'new customer signups per country in october 2026 - only countries with at least 25',
    expect: {
      sql: {
        table: 'customers',
        has: [
          /COUNT\(/i,
          /GROUP BY[^;]*country/i,
          /HAVING\s+COUNT\([^)]*\)\s*(>=\s*25|>\s*24)\b/i,
          /created_at/,
          /2026-10-01|'2026-10'/,
          /2026-(11-01|10-31)|date_trunc\(\s*'month'[^;]*=\s*[^;]*2026-10-01|'2026-10'/i,
        ],
      },
    },
  },
  {
    id: 'b18-sql-finance-aov-per-currency-yesterday-excl-cancelled',
    question: "whats the avg order value per currency for yesterday's orders? leave out cancelled ones",
    expect: {
      sql: {
        table: 'orders',
        has: [
          /AVG\(\s*(\w+\.)?total\s*\)/i,
          /GROUP BY[^;]*currency/i,
          sqlExcludes('cancell?ed'),
          /created_at/,
          YESTERDAY_START_SQL,
          YESTERDAY_END_SQL,
        ],
      },
    },
  },
  {
    id: 'b18-sql-salesops-top15-customers-by-orders-since-jun1',
    question: 'top 15 customers by number of orders since 1 june 2026, show their email too',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /COUNT\(/i,
          /\bemail\b/,
          limitSql(15),
          DESC_SQL,
          new RegExp(
            `created_at\\s*(::\\s*date\\s*)?(>=\\s*${sqlLiteral}2026-06-01|>\\s*${sqlLiteral}2026-05-31)`,
            'i',
          ),
        ],
        not: [CUSTOMER_CREATED_FILTER_SQL],
      },
    },
  },
  {
    id: 'b18-sql-audit-unpaid-eur-invoices-over-25k-last-quarter',
    question:
      'Please list every invoice above 25,000 EUR issued during the previous quarter that remains unpaid, showing the invoice number, the customer and the due date.',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /amount\s*>=?\s*25000(\.0+)?\b/i,
          /'EUR'/,
          UNPAID_SQL,
          /issued_at\s*(::\s*date\s*)?(>=?|BETWEEN)/i,
          LAST_QUARTER_START_SQL,
          LAST_QUARTER_END_SQL,
          /invoice_id|SELECT\s+(\w+\.)?\*/i,
          /due_date|SELECT\s+(\w+\.)?\*/i,
        ],
      },
    },
  },
  {
    id: 'b18-sql-finance-revenue-share-by-category-this-year',
    question: "what % of this year's revenue came from each product category?",
    expect: {
      sql: {
        table: 'order_items',
        has: [
          /GROUP BY[^;]*category/i,
          /SUM\([^;]*quantity\s*\*\s*(\w+\.)?unit_price|SUM\([^;]*unit_price\s*\*\s*(\w+\.)?quantity/i,
          /100(\.0)?\s*\*|\*\s*100(\.0)?\b|OVER\s*\(\s*\)|\/\s*\(\s*SELECT/i,
          /created_at/,
          THIS_YEAR_SQL,
        ],
        not: [/\b(p|pr|prod|products)\.created_at\s*(>=?|<|BETWEEN)/i],
      },
    },
  },
  {
    id: 'b18-sql-audit-active-admins-no-login-since-aug1',
    question:
      'In accordance with the access review procedure, please list all active application user accounts holding the admin role that have not logged in since 1 August 2026.',
    expect: {
      sql: {
        table: 'users',
        has: [
          /role\s*(=|IN\s*\(|ILIKE|LIKE)\s*'admin/i,
          ACTIVE_SQL,
          new RegExp(`last_login_at\\s*(<\\s*${sqlLiteral}2026-08-01|<=\\s*${sqlLiteral}2026-07-31)`, 'i'),
        ],
        not: [/last_login_at\s*>=?\s*'2026-0[78]/i, /\bcreated_at\s*(>|>=|<|<=|BETWEEN)/i],
      },
    },
  },
  {
    id: 'b18-sql-finance-budget-utilisation-fy2026-m10',
    question: 'budget utilisation per department for fiscal month 10 of FY2026, as a percentage of budget',
    expect: {
      sql: {
        table: 'budget',
        has: [
          /fiscal_year\s*(=|IN\s*\()\s*2026\b/i,
          /fiscal_month\s*(=|IN\s*\()\s*10\b/i,
          /GROUP BY[^;]*department/i,
          /SUM\(\s*(\w+\.)?spent\s*\)[^;]*\/[^;]*SUM\(\s*(\w+\.)?amount\s*\)/i,
          /100/,
        ],
      },
    },
  },
  {
    id: 'b18-sql-itops-ips-over-30-login-failed-6h',
    question: 'which ip addresses produced more than 30 login_failed events in our app in the last 6 hours?',
    expect: {
      sql: {
        table: 'events',
        has: [
          /event_type\s*(=|IN\s*\(|LIKE|ILIKE)\s*'login_failed/i,
          /GROUP BY[^;]*ip_address/i,
          /HAVING\s+COUNT\([^)]*\)\s*(>\s*30|>=\s*31)\b/i,
          /occurred_at\s*(>=?|BETWEEN)[^;]*(6 hours?|'6'|360 min)/i,
        ],
      },
    },
  },
  {
    id: 'b18-sql-salesops-distinct-customers-monthly-this-year',
    question: 'how many different customers ordered each month this year (not counting cancelled orders)',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /COUNT\(\s*DISTINCT\s+(\w+\.)?customer_id\s*\)/i,
          sqlMonthOf('created_at'),
          sqlExcludes('cancell?ed'),
          THIS_YEAR_SQL,
        ],
        not: [CUSTOMER_CREATED_FILTER_SQL],
      },
    },
  },
  // two platforms
  {
    id: 'b18-multi-kql-spl-ir-203-0-113-188-signins-firewall-24h',
    question: 'ugh 203.0.113.188 again!! check sentinel sign-ins and the splunk firewall logs for it, last 24h',
    expect: {
      kql: { table: 'SigninLogs', has: [/IPAddress\b[^|]*203\.0\.113\.188/, DAY1_KQL] },
      spl: { table: 'Network_Traffic', has: [/203\.0\.113\.188/, DAY1_SPL] },
    },
  },
  {
    id: 'b18-multi-kql-sql-helpdesk-moreau-failures-and-app-account',
    question:
      "new starter l.moreau@contoso.com can't get in - her entra sign-in failures today, and is her account in our app active + what role does it have?",
    expect: {
      kql: { table: 'SigninLogs', has: [/l\.moreau@contoso\.com/i, FAILED_SIGNIN_KQL, TODAY_KQL] },
      sql: {
        table: 'users',
        has: [/l\.moreau@contoso\.com/i, /\bactive\b|SELECT\s+(\w+\.)?\*/i, /\brole\b|SELECT\s+(\w+\.)?\*/i],
        // Filtering on active = true would hide the answer when the account is inactive.
        not: [/\bactive\s*(=\s*(true|'t'|1)|IS\s+TRUE)|WHERE\s+(\w+\.)?active\b|AND\s+(\w+\.)?active\b/i],
      },
    },
  },
  {
    id: 'b18-multi-kql-spl-ir-nltest-domain-trusts-10d',
    question:
      "did anyone run nltest /domain_trusts in the last 10 days? check defender and splunk's endpoint data model",
    expect: {
      // Second commit: /domain_trusts must be matched on the command line, not on the file / process name.
      kql: {
        table: 'DeviceProcessEvents',
        has: [/nltest/i, /ProcessCommandLine\b[^|]*domain_trusts/i, /ago\((10d|240h)\)/],
      },
      spl: {
        table: 'Endpoint.Processes',
        has: [/nltest/i, PROCESS_CMDLINE_SPL('domain_trusts'), /earliest\s*=\s*"?-(10d|240h)\b/],
      },
    },
  },
  {
    id: 'b18-multi-kql-spl-audit-schulz-office-last-month',
    question:
      'For the access review, please provide the Office 365 activity of m.schulz@contoso.com during the previous calendar month from both Sentinel and the Splunk o365 index.',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [/m\.schulz@contoso\.com/i, LAST_MONTH_START_KQL, LAST_MONTH_END_KQL],
      },
      spl: { table: 'o365', has: [/m\.schulz@contoso\.com/i, LAST_MONTH_START_SPL, LAST_MONTH_END_SPL] },
    },
  },
  {
    id: 'b18-multi-kql-sql-ir-198-51-100-61-password-resets-this-week',
    question:
      '198.51.100.61 is hammering us with password resets - show the password_reset events from that ip in our app database this week, and any entra sign-ins from the same ip',
    expect: {
      kql: { table: 'SigninLogs', has: [/IPAddress\b[^|]*198\.51\.100\.61/, THIS_WEEK_KQL] },
      sql: {
        table: 'events',
        has: [
          /ip_address[^;]*198\.51\.100\.61/,
          /event_type\s*(=|IN\s*\(|LIKE|ILIKE)\s*'[^']*password_?reset/i,
          /occurred_at/,
          THIS_WEEK_SQL,
        ],
      },
    },
  },
  // clarification
  {
    id: 'b18-clarify-the-thing-finance-mentioned',
    question: 'can you check on the thing finance mentioned?',
    clarification: true,
  },
  { id: 'b18-clarify-urgent-look-now', question: 'URGENT pls look into it now!!', clarification: true },
];

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
  splAbove,
  sqlCountAbove,
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
  dayBefore,
  iso,
  kqlDate,
  splDate,
  sqlLiteral,
  usDate,
} from './journey-dates';

/**
 * The "blind25" journey-quality set, written blind on 2026-11-27 (16:07–16:12 UTC). I did not read the
 * query builders (apps/mock-data/src/query/**), the constraint extractor or routing code (libs/planner-core),
 * planner-llm, the planner app, the git history of any of them, any failure list, or another blind author's
 * work in progress. I read: issue 11, the `JourneyCase` / `QueryCheck` types in journey-cases.ts,
 * journey-dates.ts, journey-checkers.ts, run-journeys.ts (to register the set), the mesh's schemas
 * (kql/spl/sql.json), blind22's file as the format example (its window and shape helpers are reused here, its
 * questions and values are not), and the question lines of the other sets (to avoid repeating them).
 * Aim: resemble the held-back set of issue 11 (questions a new user types on a normal day), so the questions
 * are mostly ordinary one-liners, with typos and abbreviations ("lst 24 hrs", "acct", "w/", "pls").
 * Personas: a service-desk technician (lockouts, password resets, "user X rang us"), a night-shift tier-1 SOC
 * analyst typing fast (abbreviations, no capitals), a Windows / cloud sysadmin (inactive accounts, VM deletes,
 * S3 bucket changes), a sales-operations analyst (orders, average order value, countries, top products) and an
 * accounts-receivable clerk (unpaid invoices, GBP revenue, budget). No question names a query language; some
 * name a product (Entra, Defender, Sentinel, Splunk, sysmon, CloudTrail, SharePoint, "our app db"), most name
 * the data.
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform, 2 clarification cases (38).
 * Values: UPNs (northwind.com), IPs (45.137.21.9, 45.95.11.3), ports (4444, 5900), a SHA256, event IDs (4740,
 * 4769, 4625), an encryption type (0x17), process names (powershell.exe, winword.exe), command-line fragments
 * (-enc, DownloadString), a domain (ngrok.io), Office and Azure operations (FileDownloaded, FileDeleted,
 * virtualMachines/delete), AWS events (DeleteBucket, PutBucketPolicy), an app (Workday, VPN), an HTTP status
 * (404), statuses (cancelled, unpaid), currencies (USD, EUR, GBP), an amount (10,000 EUR), a department
 * (Marketing), a fiscal year, an event type (login_failed), an account (svc_sql).
 * Shapes: counts, distinct counts, sums, averages, thresholds after aggregation (> 5, > 20), top N (5, 10),
 * hourly and daily buckets, per month, by country / segment / user / app / category, ordering, a negation
 * (not cancelled), columns to show.
 * Windows: last N hours/days (12h, 24h, 48h, 3d, 7d, 14d, 30d), today, yesterday (both ends), this week, since
 * Monday, this month, this quarter, this year, last month (both ends), a past calendar year (both ends), since
 * an explicit date, and inactivity conditions ("haven't signed in for 45 days", "not logged in for 90 days").
 * Calendar windows are computed from the run's clock (UTC).
 * Checks accept every spelling I could think of for the same condition and reject only queries that do not
 * answer the question. Before running it I checked every case's checks against a query I wrote by hand for it
 * (each passed, and each hand query passed the real checkers: Kusto analyser, SPL structure check, PGlite).
 * First run (16:12 UTC, set committed as 92e895d, `npm run eval:journeys -- --sets blind25 --verbose`, in
 * process): 30/38 passed (78.9 %); platforms right on 34/38 (32/36 real cases: KQL instead of SPL for the
 * 4625 top-10 question, KQL instead of SQL for the login_failed one, the SPL half of the 45.95.11.3 case and
 * the KQL half of the hash case missing; 2/2 clarifications); no checker (Kusto, SPL, PostgreSQL) errors.
 * Second commit (fairness review of the first run's queries; each change marked "Second commit" below):
 * - tightened b25-kql-desk-lockouts-4740-jmarsh-today: a 4740 event names the account by its SAM name
 *   (`j.marsh`, `NORTHWIND\j.marsh`), so the check now asks for `j.marsh` as a literal of its own (with or
 *   without a domain prefix; ==, =~, has, contains, in all pass): an exact match of TargetUserName / Account
 *   on the full UPN keeps no event (the first run passed with `TargetUserName =~ "j.marsh@northwind.com"`).
 * No failing query was a spelling the checks missed, so nothing was loosened. Not changed, though debatable:
 * b25-spl-admin-4625-top10-src-week says "the windows event logs" and names no store; the first run's KQL
 * answer (SecurityEvent, EventID 4625, top 10 by IpAddress, this week) would also answer it, but the runner
 * checks one platform set and a platform choice is not a spelling, so the case keeps its SPL expectation.
 * b25-sql-ar-marketing-budget-fy2026-by-category passed with `department = 'marketing'` (the user's lower case);
 * the schema does not say how departments are spelt, so the check stays case-blind.
 * After the second commit (16:16 UTC, set at 0291592, same command): 29/38 passed (76.3 %) — the lockout case
 * now fails; platforms right on 34/38 (32/36 real cases, 2/2 clarifications).
 */

/** `now()` and its SQL spellings. */
const sqlNow = '(now\\(\\)|CURRENT_DATE|current_timestamp|localtimestamp)';
/** This quarter's first day. */
const QUARTER_START = new Date(Date.UTC(TODAY.getUTCFullYear(), Math.floor(TODAY.getUTCMonth() / 3) * 3, 1));

// KQL windows
const WEEK_KQL = kqlLast('7d|168h|1w');
const THIS_MONTH_KQL = new RegExp(`startofmonth\\(\\s*now\\(\\)\\s*(,\\s*0\\s*)?\\)|${kqlDate(MONTH_START)}`);
/** An hourly / daily bucket on the time column (KQL). */
const HOURLY_KQL =
  /bin\(\s*(TimeGenerated|Timestamp)\s*,\s*(1h|60m)\s*\)|startofhour\(\s*(TimeGenerated|Timestamp)\s*\)/;
const DAILY_KQL = /bin\(\s*(TimeGenerated|Timestamp)\s*,\s*(1d|24h)\s*\)|startofday\(\s*(TimeGenerated|Timestamp)\s*\)/;

// SPL windows
const WEEK_SPL = splLast('7d|168h|1w');
const THIS_WEEK_SPL = new RegExp(`earliest\\s*=\\s*"?(@w[01]|-0w@w[01]|${splDate(SUNDAY)}|${splDate(MONDAY)})`);
const THIS_MONTH_SPL = new RegExp(`earliest\\s*=\\s*"?(@mon|-0mon@mon|${splDate(MONTH_START)})`);
const YESTERDAY_END_SPL = new RegExp(`latest\\s*=\\s*"?(@d|-0d@d|${splDate(TODAY)}|${usDate(YESTERDAY)}:23)`);

// SQL windows
/** Since the start of this <unit> on a column (SQL): date_trunc of now, or the literal first day. */
const sqlThis = (column: string, unit: string, start: Date) =>
  new RegExp(
    `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*(date_trunc\\(\\s*'${unit}'\\s*,\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?\\)|${sqlLiteral}${iso(start)})|date_trunc\\(\\s*'${unit}'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=\\s*date_trunc\\(\\s*'${unit}'\\s*,\\s*${sqlNow}`,
    'i',
  );
/** Today on a column (SQL). */
const sqlToday = (column: string) =>
  new RegExp(
    [
      `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*(date_trunc\\(\\s*'day'\\s*,\\s*${sqlNow}\\s*\\)|CURRENT_DATE|now\\(\\)\\s*::\\s*date|${sqlLiteral}(${iso(TODAY)}|today))`,
      `${sqlDayOf(column)}\\s*=\\s*\\(?\\s*(CURRENT_DATE|now\\(\\)\\s*::\\s*date|${sqlLiteral}(${iso(TODAY)}|today))`,
    ].join('|'),
    'i',
  );
/** One month back from now, as date_trunc may be written (SQL). */
const MINUS_MONTH = `-\\s*(interval\\s*'1 months?'|'1 months?'\\s*::\\s*interval)`;
const TRUNC_THIS_MONTH = `date_trunc\\(\\s*'month'\\s*,\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?\\)`;
const TRUNC_LAST_MONTH = `(${TRUNC_THIS_MONTH}\\s*${MINUS_MONTH}|date_trunc\\(\\s*'month'\\s*,\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?${MINUS_MONTH}\\s*\\))`;
/** The previous calendar month on a column (SQL), its start… */
const sqlLastMonthStart = (column: string) =>
  new RegExp(
    [
      `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*(${TRUNC_LAST_MONTH}|${sqlLiteral}${iso(LAST_MONTH_START)})`,
      `date_trunc\\(\\s*'month'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=\\s*\\(?\\s*(${TRUNC_LAST_MONTH}|${sqlLiteral}${iso(LAST_MONTH_START)})`,
    ].join('|'),
    'i',
  );
/** …and its end. */
const sqlLastMonthEnd = (column: string) =>
  new RegExp(
    [
      `${column}\\s*<\\s*\\(?\\s*(${TRUNC_THIS_MONTH}|${sqlLiteral}${iso(MONTH_START)})`,
      `${column}\\s*<=\\s*${sqlLiteral}${iso(dayBefore(MONTH_START))}[T ]23`,
      `BETWEEN[^;]*AND\\s*\\(?\\s*(${TRUNC_THIS_MONTH}|${sqlLiteral}(${iso(MONTH_START)}|${iso(dayBefore(MONTH_START))}[T ]23))`,
      `date_trunc\\(\\s*'month'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=\\s*\\(?\\s*(${TRUNC_LAST_MONTH}|${sqlLiteral}${iso(LAST_MONTH_START)})`,
    ].join('|'),
    'i',
  );
/** One past calendar year on a column (SQL), its start… */
const sqlYearStart = (column: string, year: number) =>
  new RegExp(
    [
      `${column}\\s*(>=|BETWEEN)\\s*${sqlLiteral}${year}-01-01`,
      `(EXTRACT\\(\\s*YEAR\\s+FROM|date_part\\(\\s*'year'\\s*,)\\s*(\\w+\\.)?${column}\\s*\\)\\s*=\\s*${year}\\b`,
      `date_trunc\\(\\s*'year'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=\\s*${sqlLiteral}${year}-01-01`,
    ].join('|'),
    'i',
  );
/** …and its end. */
const sqlYearEnd = (column: string, year: number) =>
  new RegExp(
    [
      `${column}\\s*<\\s*${sqlLiteral}${year + 1}-01-01`,
      `${column}\\s*<=\\s*${sqlLiteral}${year}-12-31[T ]23`,
      `BETWEEN\\s*${sqlLiteral}${year}-01-01[^']*'\\s*(::\\s*\\w+\\s*)?\\)?\\s*AND\\s*${sqlLiteral}(${year}-12-31[T ]23|${year + 1}-01-01)`,
      `(EXTRACT\\(\\s*YEAR\\s+FROM|date_part\\(\\s*'year'\\s*,)\\s*(\\w+\\.)?${column}\\s*\\)\\s*=\\s*${year}\\b`,
      `date_trunc\\(\\s*'year'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=\\s*${sqlLiteral}${year}-01-01`,
    ].join('|'),
    'i',
  );
/** A per-month bucket on a column (SQL). */
const sqlMonthly = (column: string) =>
  new RegExp(
    `date_trunc\\(\\s*'month'\\s*,\\s*(\\w+\\.)?${column}|(EXTRACT\\(\\s*MONTH\\s+FROM|date_part\\(\\s*'month'\\s*,)\\s*(\\w+\\.)?${column}|to_char\\(\\s*(\\w+\\.)?${column}\\s*,\\s*'(YYYY-)?(MM|Mon)`,
    'i',
  );
/** A per-hour bucket on a column (SQL). */
const sqlHourly = (column: string) =>
  new RegExp(
    `date_trunc\\(\\s*'hour'\\s*,\\s*(\\w+\\.)?${column}|(EXTRACT\\(\\s*HOUR\\s+FROM|date_part\\(\\s*'hour'\\s*,)\\s*(\\w+\\.)?${column}|to_char\\(\\s*(\\w+\\.)?${column}\\s*,\\s*'[^']*HH`,
    'i',
  );
/** The customer's creation date used as the order window (SQL): the wrong timestamp column. */
const CUSTOMER_DATE_AS_WINDOW = /\b(c|cu|cust|customer|customers)\.created_at\s*(>=|>|<|<=|BETWEEN)/i;

/** Windows Security event IDs, which must never be applied to sysmon (SPL). */
const WINDOWS_SECURITY_IDS_SPL = /EventCode\s*=\s*"?(4624|4625|4688|4720|4740|4769|1102)\b/;
/** `top 10 by`, `take 10`, `limit 10` (KQL). */
const topKql = (n: number) => new RegExp(`top\\s+${n}\\s+by|take\\s+${n}\\b|limit\\s+${n}\\b`);
/** `top 10 …`, `top limit=10 …`, `head 10`, `sort 10` (SPL). */
const topSpl = (n: number) =>
  new RegExp(`top\\s+(limit\\s*=\\s*)?${n}\\b|head\\s+(limit\\s*=\\s*)?${n}\\b|sort\\s+(limit\\s*=\\s*)?${n}\\b`);
/** A failed Entra sign-in: a non-zero ResultType, however spelled (KQL). */
const FAILED_SIGNIN_KQL =
  /ResultType\s*\)?\s*(!=|!~|<>)\s*["']?0\b|ResultType\s*!in~?\s*\(\s*["']?0\b|ResultType\s*(in~?\s*\(|==|=~)\s*["']?[1-9]/;
/** A successful Entra sign-in (KQL). */
const SUCCESS_SIGNIN_KQL = /ResultType\s*\)?\s*(==|=~|in~?\s*\()\s*["']?0\b/;
/** A column the answer shows (SPL): named, or a raw search keeping every field (no table / fields / stats …). */
const splShows = (column: string) =>
  new RegExp(
    `\\b${column.replace(/\./g, '\\.')}\\b|^(?![\\s\\S]*(\\|\\s*(table|fields|stats|chart|timechart|top|rare|dedup)\\b|\\btstats\\b))`,
  );
/** Not cancelled (SQL). */
const sqlStatusNot = (status: string) =>
  new RegExp(
    `status\\s*(<>|!=)\\s*'${status}'|status\\s+NOT\\s+IN\\s*\\([^)]*'${status}'|NOT\\s*\\(?\\s*(\\w+\\.)?status\\s*(=|IN\\s*\\()\\s*'${status}'|status\\s+IS\\s+DISTINCT\\s+FROM\\s+'${status}'`,
    'i',
  );

/** 90 days before today, as a literal bound (SQL). */
const NINETY_DAYS_AGO = `${iso(new Date(TODAY.getTime() - 90 * DAY_MS))}|${iso(new Date(TODAY.getTime() - 89 * DAY_MS))}`;
/** The IOC hash of the two-platform hunt. */
const IOC_SHA256 = 'c6c0f33f966b87004d29be7e148270e447982fb54ed2f4f08b1c7c706b1b72e7';

export const BLIND25_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: Windows security events, Entra sign-ins and audit, Defender device tables, Office and Azure activity
  {
    id: 'b25-kql-desk-lockouts-4740-jmarsh-today',
    question:
      "j.marsh@northwind.com rang the service desk, locked out again. can you pull today's 4740 events for her and which DC logged them?",
    expect: {
      kql: {
        table: 'SecurityEvent',
        // Second commit: a lockout event names the account by its SAM name (`j.marsh`, `NORTHWIND\\j.marsh`), never by
        // the UPN, so the account must be matched without the domain suffix: an exact match on the full UPN keeps
        // no event.
        has: [kqlEvent(4740), /["'](\w*\\{1,2})?j\.marsh["']/i, kqlShows('Computer'), TODAY_KQL],
      },
    },
  },
  {
    id: 'b25-kql-night-failed-signins-hourly-24h',
    question: 'failed entra sign ins per hour lst 24 hrs',
    expect: {
      kql: { table: 'SigninLogs', has: [FAILED_SIGNIN_KQL, COUNT_KQL, HOURLY_KQL, DAY1_KQL] },
    },
  },
  {
    id: 'b25-kql-night-powershell-enc-week',
    question: 'powershell.exe w/ encoded commands (-enc) on endpoints this week? need device, acct and cmdline',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /(\bFileName|\bProcessCommandLine)\b[^|]*powershell/i,
          /\bProcessCommandLine\b[^|]*-enc/i,
          kqlShows('DeviceName'),
          kqlShows('AccountName'),
          kqlShows('ProcessCommandLine'),
          THIS_WEEK_KQL,
        ],
      },
    },
  },
  {
    id: 'b25-kql-night-ip-4444-week',
    question:
      'defender - did anything connect to 45.137.21.9 on port 4444 in the past 7 days? which device and what process',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /RemoteIP\b[^|]*45\.137\.21\.9\b/,
          /RemotePort\s*(==|in\s*\()\s*4444\b/,
          kqlShows('DeviceName'),
          kqlShows('InitiatingProcessFileName'),
          WEEK_KQL,
        ],
      },
    },
  },
  {
    id: 'b25-kql-admin-distinct-users-by-country-month',
    question: 'How many distinct users signed in to Entra from each country this month?',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /dcount\(\s*(UserPrincipalName|UserId|UserDisplayName)\s*\)|count_distinct\(\s*(UserPrincipalName|UserId|UserDisplayName)/,
          /by\s+[^|]*Location/,
          THIS_MONTH_KQL,
        ],
      },
    },
  },
  {
    id: 'b25-kql-night-4769-rc4-24h',
    question: '4769 kerberos tickets w/ rc4 (0x17) lst 24 hrs - count per acct and service pls',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4769),
          /TicketEncryptionType\s*(==|=~|in~?\s*\(|has|contains)\s*["']0x17/i,
          COUNT_KQL,
          /by\s+[^|]*(TargetUserName|Account|SubjectUserName)\b/,
          /by\s+[^|]*ServiceName/,
          DAY1_KQL,
        ],
      },
    },
  },
  {
    id: 'b25-kql-admin-inactive-45d',
    question: "which users haven't signed in to entra for 45 days or more?",
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /max\(\s*TimeGenerated\s*\)|arg_max\(\s*TimeGenerated/,
          /<=?\s*(ago\(\s*(45d|1080h)\s*\)|now\(\)\s*-\s*(45d|1080h))/,
        ],
        // "Not in 45 days" is a condition on the last sign-in: a window on the last 45 days keeps none of them.
        not: [/TimeGenerated\s*(>|>=|between)\s*\(?\s*(ago\(\s*(45d|1080h)|now\(\)\s*-\s*(45d|1080h))/],
      },
    },
  },
  {
    id: 'b25-kql-desk-sharepoint-top10-downloads-week',
    question: 'sharepoint: top 10 users by number of files downloaded this week',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [/Operation\s*(==|=~|in~?\s*\(|has)\s*["']FileDownloaded/, /by\s+[^|]*UserId/, topKql(10), THIS_WEEK_KQL],
      },
    },
  },
  {
    id: 'b25-kql-admin-vm-deletes-30d',
    question:
      'Who deleted virtual machines in Azure over the last 30 days? I need the caller, their IP and the resource group.',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          /OperationNameValue\b[^|]*virtualMachines\/delete/i,
          kqlShows('Caller'),
          kqlShows('CallerIpAddress'),
          kqlShows('ResourceGroup'),
          kqlLast('30d|720h'),
        ],
      },
    },
  },
  {
    id: 'b25-kql-desk-workday-signins-daily-14d',
    question: 'daily successful sign-ins to Workday over the last 2 weeks',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [/AppDisplayName\b[^|]*Workday/i, SUCCESS_SIGNIN_KQL, COUNT_KQL, DAILY_KQL, kqlLast('14d|336h|2w')],
      },
    },
  },
  {
    id: 'b25-kql-desk-admin-password-resets-since-monday',
    question: 'list the admin password resets in the entra audit log since monday - who did it and for which user',
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [
          /(OperationName|ActivityDisplayName)\b[^|]*(reset[^|"']*password|password[^|"']*reset)/i,
          kqlShows('InitiatedBy'),
          kqlShows('TargetResources'),
          THIS_WEEK_KQL,
        ],
      },
    },
  },

  // SPL: sysmon, Windows event logs, o365, CloudTrail, Azure AD, CIM data models
  {
    id: 'b25-spl-night-sysmon-downloadstring-24h',
    question: 'sysmon: any powershell.exe cmdlines with DownloadString lst 24h? host, user, cmdline',
    expect: {
      spl: {
        table: 'sysmon',
        has: [/powershell/i, /DownloadString/i, splShows('host'), splShows('User'), splShows('CommandLine'), DAY1_SPL],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b25-spl-admin-4625-top10-src-week',
    question: 'Top 10 source IPs for failed logons (4625) in the windows event logs this week',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [splEvent(4625), /(\btop\b|\bby\b)[^|]*\bsrc(_ip)?\b/, topSpl(10), THIS_WEEK_SPL],
      },
    },
  },
  {
    id: 'b25-spl-desk-lockouts-4740-yesterday-by-user',
    question: 'how many account lockouts did each user have yesterday? (4740, splunk)',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [
          splEvent(4740),
          /\bcount\b|\|\s*top\b/,
          /(\bby\b|\|\s*top\b)[^|]*\buser\b/,
          YESTERDAY_START_SPL,
          YESTERDAY_END_SPL,
        ],
      },
    },
  },
  {
    id: 'b25-spl-desk-o365-filedeleted-bsmith-7d',
    question: 'o365 - what files did ben.smith@northwind.com delete in the last 7 days?',
    expect: {
      spl: {
        table: 'o365',
        has: [
          /ben\.smith@northwind\.com/i,
          /Operation\s*(=|IN\s*\()\s*"?\*?FileDeleted/i,
          splShows('ObjectId'),
          WEEK_SPL,
        ],
      },
    },
  },
  {
    id: 'b25-spl-admin-cloudtrail-bucket-changes-month',
    question: 'cloudtrail: who ran DeleteBucket or PutBucketPolicy this month? arn and source ip',
    expect: {
      spl: {
        table: 'aws',
        has: [
          /DeleteBucket\b/,
          /PutBucketPolicy\b/,
          splShows('userIdentity.arn'),
          splShows('sourceIPAddress'),
          THIS_MONTH_SPL,
        ],
      },
    },
  },
  {
    id: 'b25-spl-night-vnc-5900-over20-12h',
    question: 'firewall: sources with more than 20 allowed connections to port 5900 in the past 12 hours',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /dest_port\s*(=|IN\s*\()\s*"?5900\b/,
          /action\s*(=|IN\s*\()\s*"?(allowed|allow|accept|accepted|permitted|pass)/i,
          /by\s+[^|]*src(_ip)?\b/,
          splAbove(20),
          splLast('12h|720m'),
        ],
      },
    },
  },
  {
    id: 'b25-spl-admin-web-404-top10-url-today',
    question: 'top 10 urls giving 404 on the web servers today',
    expect: {
      spl: {
        table: 'Web',
        has: [/status\s*(=|IN\s*\()\s*"?404\b/, /(\btop\b|\bby\b)[^|]*\burl\b/, topSpl(10), TODAY_SPL],
      },
    },
  },
  {
    id: 'b25-spl-desk-vpn-distinct-failed-users-7d',
    question: 'how many distinct users failed to log in to the VPN in the last 7 days? (auth data model)',
    expect: {
      spl: {
        table: 'Authentication',
        has: [
          /app\s*(=|IN\s*\()\s*"?\*?vpn/i,
          /action\s*(=|IN\s*\()\s*"?(failure|failed|fail)/i,
          /\b(dc|distinct_count|estdc)\(\s*"?(Authentication\.)?user\b/,
          WEEK_SPL,
        ],
      },
    },
  },
  {
    id: 'b25-spl-desk-azure-awong-signins-today-per-app',
    question: 'a.wong@northwind.com sign-ins in the splunk azure index today, count per app',
    expect: {
      spl: {
        table: 'azure',
        has: [/a\.wong@northwind\.com/i, /\bcount\b/, /by\s+[^|]*appDisplayName/, TODAY_SPL],
      },
    },
  },
  {
    id: 'b25-spl-night-sysmon-ngrok-dns-3d',
    question: 'sysmon dns queries for *.ngrok.io past 3 days, by host + process',
    expect: {
      spl: {
        table: 'sysmon',
        has: [/ngrok/i, /by\s+[^|]*\bhost\b/, /by\s+[^|]*\bImage\b/, splLast('3d|72h|4320m')],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },

  // SQL: the business database
  {
    id: 'b25-sql-sales-cancelled-by-country-month',
    question: 'how many orders got cancelled this month, by country?',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /status\s*(=|IN\s*\()\s*'cancell?ed'/i,
          /COUNT\(/i,
          /GROUP\s+BY\s+[^;]*country/i,
          sqlThis('created_at', 'month', MONTH_START),
        ],
        not: [CUSTOMER_DATE_AS_WINDOW],
      },
    },
  },
  {
    id: 'b25-sql-sales-customers-over-5-orders-year',
    question: 'customers with more than 5 orders this year - name, email and how many',
    expect: {
      sql: {
        table: 'orders',
        has: [sqlCountAbove(5), /\bemail\b/i, sqlThis('created_at', 'year', YEAR_START)],
        not: [CUSTOMER_DATE_AS_WINDOW],
      },
    },
  },
  {
    id: 'b25-sql-sales-aov-by-segment-usd-last-month',
    question: 'average order value by segment last month, USD orders only',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /AVG\(\s*(\w+\.)?total\s*\)/i,
          /currency\s*(=|IN\s*\()\s*'USD'/i,
          /GROUP\s+BY\s+[^;]*segment/i,
          sqlLastMonthStart('created_at'),
          sqlLastMonthEnd('created_at'),
        ],
        not: [CUSTOMER_DATE_AS_WINDOW],
      },
    },
  },
  {
    id: 'b25-sql-ar-unpaid-eur-over-10k',
    question: 'unpaid invoices over €10,000 (EUR), oldest due date first',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /status\s*(=|IN\s*\()\s*'(unpaid|overdue|open)'|paid_at\s+IS\s+NULL/i,
          /amount\s*(>|>=)\s*10000(\.0+)?\b/,
          /currency\s*(=|IN\s*\()\s*'EUR'/i,
          /ORDER\s+BY\s+[^;]*due_date/i,
        ],
        not: [/ORDER\s+BY\s+(\w+\.)?due_date\s+DESC/i],
      },
    },
  },
  {
    id: 'b25-sql-sales-top10-products-revenue-quarter',
    question: 'top 10 products by revenue this quarter',
    expect: {
      sql: {
        table: 'order_items',
        has: [
          /SUM\(\s*[^)]*quantity\s*\*\s*[^)]*unit_price|SUM\(\s*[^)]*unit_price\s*\*\s*[^)]*quantity/i,
          /ORDER\s+BY\s+[^;]*DESC/i,
          topSql(10),
          sqlThis('created_at', 'quarter', QUARTER_START),
        ],
        // The window is on the orders, not on when the product was added to the catalogue.
        not: [/\b(p|prod|products?)\.created_at\s*(>=|>|<|<=|BETWEEN)/i],
      },
    },
  },
  {
    id: 'b25-sql-admin-inactive-users-90d',
    question: 'list active app users who have not logged in for 90 days',
    expect: {
      sql: {
        table: 'users',
        has: [
          /active\s*(=\s*true|IS\s+TRUE)|(WHERE|AND)\s+(\w+\.)?active\b/i,
          new RegExp(
            [
              `last_login_at\\s*(<|<=)\\s*\\(?\\s*${sqlNow}\\s*-\\s*(interval\\s*'(90 days?|3 months?)'|'90 days?'\\s*::\\s*interval|90\\b|make_interval\\(\\s*days\\s*=>\\s*90\\))`,
              `last_login_at\\s*(<|<=)\\s*${sqlLiteral}(${NINETY_DAYS_AGO})`,
              `${sqlNow}\\s*-\\s*(\\w+\\.)?last_login_at\\s*(>|>=)\\s*(interval\\s*'90 days?'|'90 days?'\\s*::\\s*interval)`,
            ].join('|'),
            'i',
          ),
        ],
        // A window on the last 90 days keeps only the users who did log in.
        not: [/last_login_at\s*>=?\s*\(?\s*(now\(\)|CURRENT_DATE|current_timestamp)/i],
      },
    },
  },
  {
    id: 'b25-sql-desk-login-failed-hourly-today',
    question: 'login_failed events in our app per hour today',
    expect: {
      sql: {
        table: 'events',
        has: [
          /event_type\s*(=|IN\s*\()\s*'login_failed'/i,
          /COUNT\(/i,
          sqlHourly('occurred_at'),
          sqlToday('occurred_at'),
        ],
      },
    },
  },
  {
    id: 'b25-sql-sales-new-customers-top5-countries-year',
    question: 'which 5 countries got the most new customers this year?',
    expect: {
      sql: {
        table: 'customers',
        has: [
          /COUNT\(/i,
          /GROUP\s+BY\s+[^;]*country/i,
          /ORDER\s+BY\s+[^;]*DESC/i,
          topSql(5),
          sqlThis('created_at', 'year', YEAR_START),
        ],
      },
    },
  },
  {
    id: 'b25-sql-ar-gbp-revenue-monthly-2025',
    question: 'total GBP revenue per month for 2025, not counting cancelled orders',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          /currency\s*(=|IN\s*\()\s*'GBP'/i,
          sqlStatusNot('cancelled'),
          sqlMonthly('created_at'),
          sqlYearStart('created_at', 2025),
          sqlYearEnd('created_at', 2025),
        ],
      },
    },
  },
  {
    id: 'b25-sql-ar-marketing-budget-fy2026-by-category',
    question: 'marketing dept: budget vs spent per category for FY2026',
    expect: {
      sql: {
        table: 'budget',
        has: [
          /department\s*\)?\s*(=|I?LIKE|IN\s*\()\s*'%?marketing%?'/i,
          /fiscal_year\s*(=|IN\s*\()\s*2026\b/,
          /\bamount\b/i,
          /\bspent\b/i,
          /GROUP\s+BY\s+[^;]*category/i,
        ],
      },
    },
  },

  // Two platforms
  {
    id: 'b25-multi-night-ip-signins-firewall-7d',
    question:
      '45.95.11.3 flagged by TI - any entra sign-ins from it or firewall traffic to/from it in the last 7 days?',
    expect: {
      kql: { table: 'SigninLogs', has: [/IPAddress\b[^|]*45\.95\.11\.3\b/, WEEK_KQL] },
      spl: { table: 'Network_Traffic', has: [/45\.95\.11\.3\b/, WEEK_SPL] },
    },
  },
  {
    id: 'b25-multi-desk-leaver-dkhan-since-13nov',
    question:
      'd.khan@northwind.com left on 13 Nov 2026 - any entra sign-ins by him since then, and is his account in our app db still active?',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [/d\.khan@northwind\.com/i, /datetime\(\s*["']?(2026-11-13|2026-11-12T2)/],
      },
      sql: { table: 'users', has: [/d\.khan@northwind\.com/i, /\bactive\b/i] },
    },
  },
  {
    id: 'b25-multi-night-sha256-defender-sysmon-30d',
    question: `hash from an IR ticket: ${IOC_SHA256} - has it run anywhere in the past 30 days? defender + sysmon`,
    expect: {
      kql: { table: 'DeviceProcessEvents', has: [new RegExp(IOC_SHA256, 'i'), /SHA256/, kqlLast('30d|720h')] },
      spl: {
        table: 'sysmon',
        has: [new RegExp(IOC_SHA256, 'i'), splLast('30d|720h')],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b25-multi-admin-svcsql-4625-24h',
    question: 'svc_sql failed logons (4625) in the past 24 hrs - check sentinel and splunk',
    expect: {
      kql: { table: 'SecurityEvent', has: [kqlEvent(4625), /svc_sql/i, DAY1_KQL] },
      spl: { table: 'wineventlog', has: [splEvent(4625), /svc_sql/i, DAY1_SPL] },
    },
  },
  {
    id: 'b25-multi-night-winword-powershell-48h',
    question: 'winword.exe spawning powershell.exe in the last 48 hours - defender and splunk endpoint datamodel',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/InitiatingProcessFileName\b[^|]*winword/i, /\bFileName\b[^|]*powershell/i, kqlLast('48h|2d|2880m')],
      },
      spl: {
        table: 'Endpoint.Processes',
        has: [/parent_process_name\b[^|]*winword/i, /\bprocess_name\b[^|]*powershell/i, splLast('48h|2d|2880m')],
      },
    },
  },

  // Clarification: nothing to act on
  { id: 'b25-clarify-help', question: 'help', clarification: true },
  { id: 'b25-clarify-gibberish', question: 'asdfgh jkl;; qwe', clarification: true },
];

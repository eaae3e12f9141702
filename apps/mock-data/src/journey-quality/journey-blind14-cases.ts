import type { JourneyCase } from './journey-cases';
import {
  TODAY_KQL,
  THIS_MONTH_KQL,
  TODAY_SPL,
  YESTERDAY_END_SPL,
  kqlEvent,
  splEvent,
  sqlShows,
} from './journey-patterns';
import { DAY_MS, iso, kqlDate, splDate, sqlLiteral, utcDay } from './journey-dates';

/**
 * A fifteenth journey-quality set ("blind14"), written blind on 2026-11-27 (06:02–06:40 UTC): before
 * reading the query builders, the constraint extractor, the routing code, planner-core, planner-llm,
 * the planner app or any other journey case list's checks. Read: issue 11, a skim of the wire
 * contract, blind13's list (for the case format, the `expect` shapes and how windows are checked; its
 * questions were not copied), journey-dates.ts, the `JourneyCase` type in journey-cases.ts,
 * run-journeys.ts (to register the set), the mesh's schemas (kql/spl/sql.json) and the question lines
 * of the other sets (to avoid repeating them).
 * Persona: an on-call SRE / ops engineer and a SOC analyst on a busy shift (lower case, abbreviations,
 * "pls", a typo or two). 12 KQL, 11 SPL, 10 SQL, 5 two-platform and 2 clarification cases. No question
 * names a query language; they name sources as users do (entra, entra audit log, defender, the windows
 * security log, sharepoint/onedrive, azure activity, the splunk windows logs, sysmon, the o365 index,
 * cloudtrail, the firewall logs, the splunk web logs, the endpoint and authentication data models,
 * "our orders db", the app db, the billing db, the product catalog, the budget table) or none.
 * Values: a CIDR, UPNs, an IP, host names, a service account, logon and event IDs (4624, 4648, 4672),
 * an Entra error code (500121), an MD5, a domain suffix (trycloudflare.com, duckdns.org), an audit
 * operation, an Office operation, an AWS identity type and API names, command-line fragments
 * (vssadmin delete shadows, comsvcs MiniDump), process names, URL paths, HTTP statuses, ports (22,
 * 5985/5986), order and customer statuses, currencies (EUR, BRL), a country, a segment, a category, a
 * department, amounts. Shapes: first/last seen (min/max), distinct counts, sums, averages (of a date
 * difference), percentages, thresholds after aggregation (> 3, > 5, > 10, > 15, >= 10), top N, "fewest"
 * / "least common" (ascending), daily buckets, by X and Y, lists of columns to show, ordering.
 * Windows: today, yesterday (both ends), since monday, this week, this month, last calendar month
 * (both ends), last week mon–sun (both ends), this quarter, an explicit quarter, a calendar year, since
 * an explicit date, the next 7 days (a future due date), last N minutes/hours/days in digits and words.
 * Calendar windows are computed from the run's clock (UTC) so the cases stay right on later days.
 * Checks accept any reasonable spelling of the same condition and reject queries that do not answer
 * the question.
 * First run (06:13 UTC, commit 86ed840): 16/40. A second commit then fixed three checks, each marked
 * "Second commit": "least common parent processes of cmd.exe on endpoints" names no Splunk-only source,
 * so its conditions are checked on Defender's DeviceProcessEvents (the planner's pick); two checks that
 * let wrong queries pass were tightened (a user filter invented from "pls" in a per-user count; an
 * exact `userIdentity.arn=billing-svc` for "arn contains billing-svc"). Second run: 15/40.
 */

const NOW = new Date();
const dayBefore = (date: Date): Date => new Date(date.getTime() - DAY_MS);
const daysAfter = (date: Date, days: number): Date => new Date(date.getTime() + days * DAY_MS);

const TODAY = utcDay(NOW);
const YESTERDAY = dayBefore(TODAY);
/** The most recent Monday / Sunday on or before today. */
const MONDAY = new Date(TODAY.getTime() - ((TODAY.getUTCDay() + 6) % 7) * DAY_MS);
const SUNDAY = new Date(TODAY.getTime() - TODAY.getUTCDay() * DAY_MS);
/** The previous calendar week's first day (Monday- or Sunday-based). */
const LAST_MONDAY = new Date(MONDAY.getTime() - 7 * DAY_MS);
const LAST_SUNDAY = new Date(SUNDAY.getTime() - 7 * DAY_MS);
const MONTH_START = new Date(Date.UTC(TODAY.getUTCFullYear(), TODAY.getUTCMonth(), 1));
const LAST_MONTH_START = new Date(Date.UTC(TODAY.getUTCFullYear(), TODAY.getUTCMonth() - 1, 1));
const QUARTER_START = new Date(Date.UTC(TODAY.getUTCFullYear(), TODAY.getUTCMonth() - (TODAY.getUTCMonth() % 3), 1));

/** `now()` and its SQL spellings. */
const sqlNow = '(now\\(\\)|CURRENT_DATE|current_timestamp|localtimestamp)';

/** `Field op "value"` in KQL however spelled (==, =~, in, has, contains, startswith, endswith, has_any). */
const kqlIs = (field: string, value: string) =>
  new RegExp(
    `\\b${field}\\b\\s*(==|=~|in~?\\s*\\([^)]*?|has_any\\s*\\([^)]*?|has_all\\s*\\([^)]*?|has(_cs)?|contains(_cs)?|startswith|endswith)\\s*@?["']${value}`,
    'i',
  );

// KQL windows
const DAY1_KQL = /ago\((24h|1d)\)/;
const YESTERDAY_START_KQL = new RegExp(
  [
    `startofday\\(\\s*(ago\\(\\s*(1d|24h)\\s*\\)|now\\(\\)\\s*-\\s*(1d|24h)|now\\(\\)\\s*,\\s*-1)\\s*\\)`,
    `startofday\\(\\s*now\\(\\)\\s*\\)\\s*-\\s*(1d|24h)`,
    kqlDate(YESTERDAY),
  ].join('|'),
);
const YESTERDAY_END_KQL = new RegExp(
  [
    `(<|\\.\\.)\\s*startofday\\(\\s*now\\(\\)\\s*\\)`,
    `endofday\\(\\s*(ago\\(\\s*(1d|24h)\\s*\\)|now\\(\\)\\s*-\\s*(1d|24h)|now\\(\\)\\s*,\\s*-1)\\s*\\)`,
    `(<|\\.\\.)\\s*${kqlDate(TODAY)}`,
    `(<=|\\.\\.)\\s*${kqlDate(YESTERDAY)}[T ]23:59`,
    `==\\s*startofday\\(\\s*(ago\\(|now\\(\\)\\s*(-|,))|==\\s*${kqlDate(YESTERDAY)}`,
  ].join('|'),
);
/** "since monday": Monday's date, or this (Sunday-based) week's start plus a day. */
const SINCE_MONDAY_KQL = new RegExp(
  `${kqlDate(MONDAY)}|startofweek\\(\\s*now\\(\\)\\s*\\)\\s*\\+\\s*(1d|24h)|startofweek\\(\\s*now\\(\\)\\s*,\\s*0\\s*,\\s*["']?monday`,
  'i',
);
const THIS_WEEK_KQL = new RegExp(
  `startofweek\\(\\s*now\\(\\)\\s*(,\\s*1\\s*)?\\)|${kqlDate(MONDAY)}|${kqlDate(SUNDAY)}|ago\\((7d|168h)\\)`,
);
const LAST_MONTH_START_KQL = new RegExp(
  [
    `startofmonth\\(\\s*(now\\(\\)\\s*,\\s*-1|datetime_add\\(\\s*["']?month["']?\\s*,\\s*-1\\s*,\\s*now\\(\\)\\s*\\))\\s*\\)`,
    `startofmonth\\(\\s*startofmonth\\(\\s*now\\(\\)\\s*\\)\\s*-\\s*1d\\s*\\)`,
    kqlDate(LAST_MONTH_START),
  ].join('|'),
);
const LAST_MONTH_END_KQL = new RegExp(
  [
    `(<|\\.\\.)\\s*startofmonth\\(\\s*now\\(\\)\\s*\\)`,
    `endofmonth\\(\\s*(now\\(\\)\\s*,\\s*-1|datetime_add\\(\\s*["']?month["']?\\s*,\\s*-1\\s*,\\s*now\\(\\)\\s*\\))\\s*\\)`,
    `(<|\\.\\.)\\s*${kqlDate(MONTH_START)}`,
    `(<=|\\.\\.)\\s*${kqlDate(dayBefore(MONTH_START))}`,
  ].join('|'),
);
/** Last calendar week's start: `startofweek(now(), -1)`, `startofweek(ago(7d))`, `startofweek(now()) - 7d`, or its date. */
const LAST_WEEK_START_KQL = new RegExp(
  [
    `startofweek\\(\\s*now\\(\\)\\s*,\\s*-1\\s*\\)`,
    `startofweek\\(\\s*(ago\\(\\s*(7d|1w|168h)\\s*\\)|now\\(\\)\\s*-\\s*(7d|168h))\\s*\\)`,
    `startofweek\\(\\s*now\\(\\)\\s*\\)\\s*-\\s*(7d|168h)`,
    kqlDate(LAST_MONDAY),
    kqlDate(LAST_SUNDAY),
  ].join('|'),
);
/** …and its end: before this week's start, or `endofweek(…, -1)`, or the last day of last week. */
const LAST_WEEK_END_KQL = new RegExp(
  [
    `(<|\\.\\.)\\s*startofweek\\(\\s*now\\(\\)\\s*\\)`,
    `endofweek\\(\\s*(now\\(\\)\\s*,\\s*-1|ago\\(\\s*(7d|1w|168h)\\s*\\)|now\\(\\)\\s*-\\s*(7d|168h))\\s*\\)`,
    `(<|\\.\\.)\\s*(${kqlDate(MONDAY)}|${kqlDate(SUNDAY)})`,
    `(<=?|\\.\\.)\\s*datetime\\(\\s*["']?(${iso(dayBefore(MONDAY))}|${iso(dayBefore(SUNDAY))})`,
  ].join('|'),
);
/** A day bucket (KQL). */
const BIN_1D_KQL = /bin\(\s*TimeGenerated\s*,\s*(1d|24h)\s*\)|startofday\(\s*TimeGenerated\s*\)/;

// SPL windows
const DAY1_SPL = /earliest\s*=\s*"?-(24h|1d)\b/;
const YESTERDAY_START_SPL = new RegExp(`earliest\\s*=\\s*"?(-1d@d|${splDate(YESTERDAY)})`);
const THIS_MONTH_SPL = new RegExp(`earliest\\s*=\\s*"?(@mon|-0mon@mon|${splDate(MONTH_START)})`);
/** A day bucket (SPL timechart/bin span). */
const SPAN_1D_SPL = /span\s*=\s*"?(1d|24h)\b/;

// SQL windows
const LAST_MONTH_START_SQL = new RegExp(
  [
    iso(LAST_MONTH_START),
    `date_trunc\\(\\s*'month'\\s*,\\s*${sqlNow}\\s*\\)\\s*-\\s*interval\\s*'1 mon(th)?s?'`,
    `date_trunc\\(\\s*'month'\\s*,\\s*\\(?\\s*${sqlNow}\\s*-\\s*interval\\s*'1 mon(th)?s?'`,
  ].join('|'),
  'i',
);
const LAST_MONTH_END_SQL = new RegExp(
  [
    `<\\s*${sqlLiteral}${iso(MONTH_START)}`,
    `<\\s*\\(?\\s*date_trunc\\(\\s*'month'\\s*,\\s*${sqlNow}\\s*\\)`,
    `BETWEEN[^;]*AND\\s*${sqlLiteral}(${iso(MONTH_START)}|${iso(dayBefore(MONTH_START))})`,
    `date_trunc\\(\\s*'month'\\s*,\\s*(\\w+\\.)?created_at\\s*\\)\\s*=`,
  ].join('|'),
  'i',
);
const THIS_QUARTER_SQL = new RegExp(
  `date_trunc\\(\\s*'quarter'|${iso(QUARTER_START)}|EXTRACT\\(\\s*QUARTER|date_part\\(\\s*'quarter'`,
  'i',
);
/** Today on `occurred_at` (SQL). */
const TODAY_OCCURRED_SQL = new RegExp(
  [
    `occurred_at\\s*(>=|>)\\s*\\(?\\s*(CURRENT_DATE|date_trunc\\(\\s*'day'\\s*,\\s*${sqlNow}\\s*\\)|now\\(\\)\\s*::\\s*date|${sqlLiteral}${iso(TODAY)})`,
    `occurred_at\\s*\\)?\\s*::\\s*date\\s*=\\s*(CURRENT_DATE|now\\(\\)\\s*::\\s*date|${sqlLiteral}${iso(TODAY)})`,
    `(DATE|date_trunc)\\(\\s*('day'\\s*,\\s*)?(\\w+\\.)?occurred_at\\s*\\)\\s*=\\s*(CURRENT_DATE|date_trunc|now|${sqlLiteral}${iso(TODAY)})`,
  ].join('|'),
  'i',
);

/** Windows Security event IDs, which must never be applied to sysmon (SPL). */
const WINDOWS_SECURITY_IDS_SPL = /EventCode\s*=\s*"?(4624|4625|4688|4720|4740)\b/;
/** `top 5 …`, `top limit=5 …`, `head 5`, `sort 5 …` (SPL). */
const topSpl = (n: number) =>
  new RegExp(`top\\s+(limit\\s*=\\s*)?${n}\\b|head\\s+(limit\\s*=\\s*)?${n}\\b|sort\\s+(limit\\s*=\\s*)?${n}\\b`);
/** A failed Entra sign-in: a non-zero ResultType, however spelled (KQL). */
const FAILED_SIGNIN_KQL =
  /ResultType\s*\)?\s*(!=|!~|<>)\s*["']?0\b|ResultType\s*!in~?\s*\(\s*["']?0\b|ResultType\s*(in~?\s*\(|==|=~)\s*["']?[1-9]/;
/** An invoice not paid (SQL). */
const UNPAID_SQL =
  /paid_at\s+IS\s+NULL|status\s*(<>|!=)\s*'paid'|status\s*NOT\s+IN\s*\([^)]*'paid'|status\s*(=|IN)\s*\(?\s*'(unpaid|overdue|open|issued|sent|pending)/i;
/** A column the answer shows (KQL): named, or every column kept (no project / summarize / distinct / count). */
const kqlShows = (column: string) =>
  new RegExp(`\\b${column}\\b|^(?![\\s\\S]*\\|\\s*(project|summarize|distinct|count)\\b)`);
/** A column the answer shows (SPL): named, or a raw search keeping every field (no table / fields / stats …). */
const splShows = (column: string) =>
  new RegExp(
    `\\b${column}\\b|^(?![\\s\\S]*(\\|\\s*(table|fields|stats|chart|timechart|top|rare|dedup)\\b|\\btstats\\b))`,
  );
/** A filter on customers' sign-up date where the question is about orders (SQL). */
const CUSTOMER_CREATED_SQL = /\b(c|cu|cust|customers)\.created_at\s*(>|>=|<|BETWEEN)/i;

export const BLIND14_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: Entra sign-ins and audit, Windows security events, Defender, Office, Azure activity
  {
    id: 'b14-kql-failed-signins-cidr-per-user-6h',
    question: 'failed entra logins from 172.16.40.0/24 in the past 6 hrs, count per user pls',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /ipv4_is_in_range\(\s*IPAddress\s*,\s*["']172\.16\.40\.0\/24["']|ipv4_is_in_any_range\([^)]*172\.16\.40\.0\/24|IPAddress\s*(startswith|has_any\s*\(|matches regex)\s*@?["']\^?172\\?\.16\\?\.40\\?\./,
          FAILED_SIGNIN_KQL,
          /by\s+[^|]*(UserPrincipalName|UserId)\b/,
          /count\(\)|count\s*$|summarize\s+\w*\s*=?\s*count/,
          /ago\((6h|360m)\)/,
        ],
        // Second commit: the question names no user; a filter on one user (e.g. "pls" taken as a user
        // name) empties the answer, and the first check let it pass.
        not: [/UserPrincipalName\s*(==|=~|in~?\s*\(|has|contains|startswith)\s*["']/],
      },
    },
  },
  {
    id: 'b14-kql-svc-deploy-first-last-seen-per-ip-30d',
    question: 'first and last time svc-deploy@contoso.com signed in from each ip, last thirty days',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          'svc-deploy@contoso.com',
          /\b(arg_)?min\(\s*TimeGenerated\b/,
          /\b(arg_)?max\(\s*TimeGenerated\b/,
          /by\s+[^|]*IPAddress\b/,
          /ago\((30d|720h)\)/,
        ],
      },
    },
  },
  {
    id: 'b14-kql-md5-device-count-since-nov15',
    question: 'how many devices ran md5 5d41402abc4b2a76b9719d911017c592 since 2026-11-15 (defender)',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          kqlIs('(MD5|InitiatingProcessMD5)', '5d41402abc4b2a76b9719d911017c592'),
          /dcount\(\s*(DeviceName|DeviceId)\s*\)|count_distinct\(\s*(DeviceName|DeviceId)\s*\)|distinct\s+(DeviceName|DeviceId)\s*\|\s*(count|summarize\s+\w*\s*=?\s*count)/,
          /datetime\(\s*["']?2026-11-15/,
        ],
      },
    },
  },
  {
    id: 'b14-kql-4624-type3-fs02-svc-sql-today-by-ip',
    question: 'network logons (4624 type 3) on FS-02 by svc_sql today - per source ip',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4624),
          /LogonType\s*(==|in\s*\()\s*3\b/,
          /Computer\b[^|]*FS-02/i,
          /(TargetUserName|Account)\b[^|]*svc_sql/i,
          /by\s+[^|]*\bIpAddress\b/,
          TODAY_KQL,
        ],
      },
    },
  },
  {
    id: 'b14-kql-trycloudflare-by-device-process-2d',
    question: 'which processes on defender boxes talked to *.trycloudflare.com in the last 2 days? by device + process',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /RemoteUrl\b[^|]*trycloudflare\.com/i,
          /by\s+[^|]*\bDeviceName\b/,
          /by\s+[^|]*\bInitiatingProcessFileName\b/,
          /ago\((2d|48h)\)/,
        ],
      },
    },
  },
  {
    id: 'b14-kql-audit-consent-to-app-yesterday',
    question: "'Consent to application' in the entra audit log yesterday - who initiated it and for which app",
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [
          /Consent to application/i,
          kqlShows('InitiatedBy'),
          kqlShows('TargetResources'),
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b14-kql-anonymous-links-this-week',
    question: 'who created anonymous sharing links in sharepoint/onedrive this week, and on which files?',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [/AnonymousLinkCreated/, kqlShows('UserId'), kqlShows('(OfficeObjectId|SourceFileName)'), THIS_WEEK_KQL],
        not: [/OfficeWorkload\s*(==|=~)\s*["'](SharePoint|OneDrive)["']/i],
      },
    },
  },
  {
    id: 'b14-kql-azure-failed-ops-per-provider-daily-last-week',
    question: 'azure activity: failed operations per resource provider per day for last week (mon-sun)',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          /ActivityStatusValue\s*(==|=~|in~?\s*\(|has|contains|startswith)\s*["']fail/i,
          /by\s+[^|]*ResourceProviderValue/,
          BIN_1D_KQL,
          LAST_WEEK_START_KQL,
          LAST_WEEK_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b14-kql-4672-accounts-over-3-computers-24h',
    question: 'accounts that got special privileges at logon (4672) on more than 3 distinct computers in the last 24h',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4672),
          /dcount\(\s*Computer\s*\)|count_distinct\(\s*Computer\s*\)/,
          /by\s+[^|]*\b(SubjectUserName|Account|TargetUserName)\b/,
          /where\s+[^|]*(>\s*3|>=\s*4)\b/,
          DAY1_KQL,
        ],
      },
    },
  },
  {
    id: 'b14-kql-vssadmin-delete-shadows-2w',
    question: "anyone run 'vssadmin delete shadows' on our endpoints in the past two weeks? device, account, time pls",
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /(ProcessCommandLine|FileName)\b[^|]*vssadmin/i,
          /ProcessCommandLine\b[^|]*delete[^|]*shadows|ProcessCommandLine\b[^|]*shadows[^|]*delete/i,
          kqlShows('DeviceName'),
          kqlShows('AccountName'),
          kqlShows('(TimeGenerated|Timestamp)'),
          /ago\((14d|2w|336h)\)/,
        ],
      },
    },
  },
  {
    id: 'b14-kql-fewest-signins-apps-last-month',
    question: 'which 3 apps had the fewest entra sign-ins last month',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /by\s+[^|]*AppDisplayName/,
          /top\s+3\s+by\s+\w+\s+asc|(sort|order)\s+by\s+\w+\s+asc\b[^|]*\|\s*(take|limit)\s+3\b/,
          LAST_MONTH_START_KQL,
          LAST_MONTH_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b14-kql-mfa-denied-500121-over-5-since-monday',
    question: 'users w/ more than 5 mfa denials (error 500121) since monday',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /ResultType\s*(==|=~|in~?\s*\(|has)\s*["']?500121\b/,
          /by\s+[^|]*(UserPrincipalName|UserId)\b/,
          /where\s+[^|]*(>\s*5|>=\s*6)\b/,
          SINCE_MONDAY_KQL,
        ],
      },
    },
  },
  // SPL: the web and firewall data models, splunk windows logs, sysmon, o365, cloudtrail, endpoint, authentication
  {
    id: 'b14-spl-web-api-payments-5xx-percent-4h',
    question: 'splunk web logs: what % of requests to /api/payments returned 5xx in the last 4 hours?',
    expect: {
      spl: {
        table: 'Web',
        has: [
          /\/api\/payments/,
          /status\s*>=?\s*"?(500|499)\b|status\s*=\s*"?5\*|like\(\s*['"]?(Web\.)?status['"]?\s*,\s*"5%"|match\(\s*['"]?(Web\.)?status|searchmatch\([^)]*status\s*=\s*5|status\s*IN\s*\(\s*"?50/i,
          /\*\s*100\b|\b100\s*\*|percent|perc/i,
          /earliest\s*=\s*"?-(4h|240m)\b/,
        ],
      },
    },
  },
  {
    id: 'b14-spl-web-403-top5-useragents-yesterday',
    question: 'top 5 user agents getting 403s on the web servers yesterday',
    expect: {
      spl: {
        table: 'Web',
        has: [/status\s*(=|IN\s*\()\s*"?403\b/, /http_user_agent/, topSpl(5), YESTERDAY_START_SPL, YESTERDAY_END_SPL],
      },
    },
  },
  {
    id: 'b14-spl-4648-jump01-per-user-8h',
    question: 'explicit credential logons (4648) on JUMP-01 in the splunk windows logs, last 8 hours, count per user',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [splEvent(4648), /JUMP-01/i, /by\s+[^|]*\buser\b/, /count/, /earliest\s*=\s*"?-(8h|480m)\b/],
      },
    },
  },
  {
    id: 'b14-spl-sysmon-comsvcs-minidump-since-nov20',
    question: 'sysmon: rundll32 w/ comsvcs.dll MiniDump in the cmdline since 2026-11-20 - host, user, command line',
    expect: {
      spl: {
        table: 'sysmon',
        has: [
          /rundll32/i,
          /CommandLine[^|]*comsvcs/i,
          /minidump/i,
          splShows('host'),
          splShows('User'),
          splShows('CommandLine'),
          new RegExp(`earliest\\s*=\\s*"?(${splDate(new Date(Date.UTC(2026, 10, 20)))})`),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b14-spl-sysmon-duckdns-distinct-hosts-5d',
    question: 'how many distinct hosts looked up *.duckdns.org (sysmon dns) over the past five days',
    expect: {
      spl: {
        table: 'sysmon',
        has: [
          /QueryName[^|]*duckdns\.org|duckdns\.org/i,
          /(dc|distinct_count|estdc)\(\s*host\s*\)|by\s+host\s*\|\s*stats\s+count/,
          /earliest\s*=\s*"?-(5d|120h)\b/,
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b14-spl-o365-userloginfailed-over-15-2h',
    question: 'o365 index: any users with more than 15 UserLoginFailed in the past 2 hours?',
    expect: {
      spl: {
        table: 'o365',
        has: [
          /UserLoginFailed/,
          /by\s+[^|]*\bUserId\b/,
          /(where|search)\s+[^|]*(>\s*15|>=\s*16)\b/,
          /earliest\s*=\s*"?-(2h|120m)\b/,
        ],
      },
    },
  },
  {
    id: 'b14-spl-cloudtrail-consolelogin-daily-by-region-10d',
    question: 'cloudtrail ConsoleLogin events per day by aws region over the last 10 days',
    expect: {
      spl: {
        table: 'aws',
        has: [/ConsoleLogin/, /\bawsRegion\b/, SPAN_1D_SPL, /earliest\s*=\s*"?-(10d|240h)\b/],
      },
    },
  },
  {
    id: 'b14-spl-cloudtrail-root-activity-this-month',
    question: 'any root account activity in cloudtrail this month? api calls + source ips',
    expect: {
      spl: {
        table: 'aws',
        has: [
          /userIdentity\.type\s*(=|IN\s*\()\s*"?Root\b/i,
          splShows('eventName'),
          splShows('sourceIPAddress'),
          THIS_MONTH_SPL,
        ],
      },
    },
  },
  {
    id: 'b14-spl-firewall-ssh-bytes-out-top10-24h',
    question: 'top 10 sources by bytes out over ssh (port 22) in the firewall logs, last 24 hrs',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /dest_port\s*(=|IN\s*\()\s*"?22\b/,
          /sum\(\s*(All_Traffic\.)?bytes_out\s*\)/,
          /by\s+[^|]*(All_Traffic\.)?src_ip\b/,
          topSpl(10),
          DAY1_SPL,
        ],
      },
    },
  },
  {
    id: 'b14-spl-auth-admin-over-10-sources-30m',
    question:
      'authentication datamodel: failed logins to the "admin" user from more than 10 distinct sources in the last 30 min?',
    expect: {
      spl: {
        table: 'Authentication',
        has: [
          /action\s*(=|IN\s*\()\s*"?fail/i,
          /user\s*(=|IN\s*\()\s*"?admin"?(\s|\)|,|$)/i,
          /(dc|distinct_count|estdc)\(\s*(Authentication\.)?src\s*\)/,
          /(where|search)\s+[^|]*(>\s*10|>=\s*11)\b/,
          /earliest\s*=\s*"?-(30m|1800s|0\.5h)\b/,
        ],
      },
    },
  },
  {
    id: 'b14-spl-endpoint-rare-cmd-parents-this-week',
    question: 'least common parent processes of cmd.exe on endpoints this week',
    // Second commit: "endpoints" names no Splunk-only source (Defender's DeviceProcessEvents holds
    // endpoint process launches too), so the same conditions are checked on the platform the planner
    // picked.
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          kqlIs('FileName', 'cmd\\.exe'),
          /by\s+[^|]*\bInitiatingProcessFileName\b/,
          /top\s+\d+\s+by\s+\w+\s+asc\b|(sort|order)\s+by\s+\w+\s+asc\b/,
          THIS_WEEK_KQL,
        ],
      },
    },
  },
  // SQL: the business database
  {
    id: 'b14-sql-refunded-percent-by-country-last-month',
    question: 'what % of orders got refunded last month, by customer country',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /'refunded'/i,
          /GROUP BY[^;]*country/i,
          /100(\.0)?\s*\*|\*\s*100(\.0)?\b|(FILTER|CASE|END)[^;]*\)\s*(::\s*\w+\s*)?\/|AVG\(\s*\(?\s*(CASE|(\w+\.)?status\s*=)/i,
          /created_at/,
          LAST_MONTH_START_SQL,
          LAST_MONTH_END_SQL,
        ],
        not: [CUSTOMER_CREATED_SQL, /(?<!FILTER\s*\(\s*)\bWHERE\s+[^;()]*status\s*=\s*'refunded'[^;]*GROUP BY/i],
      },
    },
  },
  {
    id: 'b14-sql-enterprise-first-last-order',
    question: 'first and last order date for every customer in the enterprise segment (orders db)',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /MIN\(\s*(\w+\.)?created_at\s*\)/i,
          /MAX\(\s*(\w+\.)?created_at\s*\)/i,
          /segment\s*(=|ILIKE|LIKE|IN\s*\()\s*'enterprise'|lower\(\s*(\w+\.)?segment\s*\)\s*=\s*'enterprise'/i,
          /GROUP BY[^;]*(customer_id|name)/i,
        ],
        not: [/(\w+\.)?created_at\s*(>|>=|<|BETWEEN)/i],
      },
    },
  },
  {
    id: 'b14-sql-unpaid-invoices-due-next-7d',
    question: "invoices due in the next 7 days that aren't paid yet - amount + currency, soonest first",
    expect: {
      sql: {
        table: 'invoices',
        has: [
          UNPAID_SQL,
          new RegExp(
            `due_date\\s*(<=?|BETWEEN)[^;]*(7 days?|'7'|\\+\\s*7\\b|${iso(daysAfter(TODAY, 7))}|${iso(daysAfter(TODAY, 8))})`,
            'i',
          ),
          new RegExp(`due_date\\s*(>=?|BETWEEN)\\s*\\(?\\s*(${sqlNow}|${sqlLiteral}${iso(TODAY)})`, 'i'),
          sqlShows('amount'),
          sqlShows('currency'),
          /ORDER BY\s+(\w+\.)?due_date\b/i,
        ],
        not: [/ORDER BY\s+(\w+\.)?due_date\s+DESC/i],
      },
    },
  },
  {
    id: 'b14-sql-laptops-over-1500-priciest-first',
    question: 'products in the Laptops category with a list price over 1500, priciest first',
    expect: {
      sql: {
        table: 'products',
        has: [
          /category\s*(=|ILIKE|LIKE|IN\s*\()\s*'%?laptops?%?'|lower\(\s*(\w+\.)?category\s*\)\s*(=|LIKE)\s*'%?laptops?%?'/i,
          /list_price\s*(>\s*1500|>=\s*1500)\b/i,
          /ORDER BY\s+(\w+\.)?list_price\s+DESC/i,
        ],
      },
    },
  },
  {
    id: 'b14-sql-orders-by-status-eur-this-quarter',
    question: 'EUR orders this quarter broken down by status: how many and total value',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /GROUP BY[^;]*status/i,
          /COUNT\(/i,
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          /'EUR'/,
          /created_at/,
          THIS_QUARTER_SQL,
        ],
      },
    },
  },
  {
    id: 'b14-sql-avg-days-to-pay-by-currency-2026',
    question: 'avg days between invoice issue and payment, per currency, for invoices paid in 2026',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /AVG\([^;]*paid_at[^;]*issued_at|AVG\([^;]*issued_at[^;]*paid_at/i,
          /GROUP BY[^;]*currency/i,
          /paid_at\s*(>=|BETWEEN)\s*[^;]*2026-01-01|(EXTRACT\(\s*YEAR\s+FROM|date_part\(\s*'year'\s*,)\s*(\w+\.)?paid_at\s*\)\s*=\s*2026|date_trunc\(\s*'year'\s*,\s*(\w+\.)?paid_at\s*\)\s*=/i,
        ],
        not: [/issued_at\s*(>=|BETWEEN)\s*[^;]*2026-01-01/i],
      },
    },
  },
  {
    id: 'b14-sql-suspended-customers-by-country-10plus',
    question: 'number of suspended customers per country, only countries with 10 or more',
    expect: {
      sql: {
        table: 'customers',
        has: [
          /status\s*(=|ILIKE|IN\s*\()\s*'suspended'/i,
          /GROUP BY[^;]*country/i,
          /HAVING\s+COUNT\([^)]*\)\s*(>=\s*10|>\s*9)\b/i,
        ],
      },
    },
  },
  {
    id: 'b14-sql-it-budget-spent-by-category-fy2025-m10-12',
    question: 'IT dept: total spent per category for fiscal months 10-12 of FY2025 (budget table)',
    expect: {
      sql: {
        table: 'budget',
        has: [
          /department\s*(=|ILIKE|LIKE|IN\s*\()\s*'IT'|lower\(\s*(\w+\.)?department\s*\)\s*=\s*'it'/i,
          /fiscal_year\s*(=\s*2025|IN\s*\(\s*2025)\b/i,
          /fiscal_month\s*(BETWEEN\s*10\s*AND\s*12|IN\s*\(\s*10\s*,\s*11\s*,\s*12\s*\)|>=\s*10|>\s*9)\b/i,
          /SUM\(\s*(\w+\.)?spent\s*\)/i,
          /GROUP BY[^;]*category/i,
        ],
      },
    },
  },
  {
    id: 'b14-sql-events-daily-unique-users-per-type-since-nov1',
    question: 'daily unique users per event type in the app db since 1 nov 2026',
    expect: {
      sql: {
        table: 'events',
        has: [
          /COUNT\(\s*DISTINCT\s+(\w+\.)?user_id\s*\)/i,
          /date_trunc\(\s*'day'\s*,\s*(\w+\.)?occurred_at|(\w+\.)?occurred_at\s*\)?\s*::\s*date|DATE\(\s*(\w+\.)?occurred_at|CAST\(\s*(\w+\.)?occurred_at\s+AS\s+DATE/i,
          /GROUP BY[^;]*event_type/i,
          new RegExp(`occurred_at\\s*(>=|>|BETWEEN)\\s*${sqlLiteral}2026-(11-01|10-31)`, 'i'),
        ],
      },
    },
  },
  {
    id: 'b14-sql-top3-brazil-customers-brl-q2-2026',
    question: 'top 3 customers in brazil by total spend in BRL during Q2 2026',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /country\s*(=|ILIKE|IN\s*\()\s*'(Brazil|BR|Brasil)'/i,
          /'BRL'/,
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          /LIMIT\s+3\b|FETCH FIRST 3/i,
          /ORDER BY[^;]*DESC/i,
          /2026-04-01/,
          /2026-07-01|2026-06-30/,
        ],
        not: [CUSTOMER_CREATED_SQL],
      },
    },
  },
  // two platforms
  {
    id: 'b14-multi-kql-sql-sarah-locations-since-monday-last-login',
    question:
      'where has sarah.lee@contoso.com been signing in from (entra, locations) since monday, and when did she last log into our app (users table)?',
    expect: {
      kql: { table: 'SigninLogs', has: ['sarah.lee@contoso.com', /\bLocation\b/, SINCE_MONDAY_KQL] },
      sql: { table: 'users', has: ['sarah.lee@contoso.com', sqlShows('last_login_at')] },
    },
  },
  {
    id: 'b14-multi-kql-spl-winrm-defender-firewall-24h',
    question:
      'lateral movement check: winrm (5985/5986) connections in defender network events and the firewall logs, last 24h',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [/RemotePort\b[^|]*\b5985\b/, /RemotePort\b[^|]*\b5986\b|\b5986\b/, DAY1_KQL],
      },
      spl: {
        table: 'Network_Traffic',
        has: [/dest_port\b[^|]*\b5985\b/, /\b5986\b/, DAY1_SPL],
      },
    },
  },
  {
    id: 'b14-multi-spl-sql-198-18-7-22-web-status-app-failures-today',
    question:
      '198.18.7.22 is hammering us - splunk web logs: its requests today by http status, and any failed logins from that ip in our app db today',
    expect: {
      spl: {
        table: 'Web',
        has: [/src\s*(=|IN\s*\()\s*"?198\.18\.7\.22\b/, /by\s+[^|]*\bstatus\b/, TODAY_SPL],
      },
      sql: {
        table: 'events',
        has: [/ip_address[^;]*198\.18\.7\.22/, /event_type\s*(=|IN\s*\(|LIKE|ILIKE)\s*'[^']*fail/i, TODAY_OCCURRED_SQL],
      },
    },
  },
  {
    id: 'b14-multi-spl-kql-new-identities-this-month',
    question:
      "new identities this month: CreateUser calls in cloudtrail and 'Add user' in the entra audit log - who created them",
    expect: {
      spl: { table: 'aws', has: [/CreateUser\b/, splShows('userIdentity\\.arn'), THIS_MONTH_SPL] },
      kql: { table: 'AuditLogs', has: [/Add user\b/i, kqlShows('InitiatedBy'), THIS_MONTH_KQL] },
    },
  },
  {
    id: 'b14-multi-spl-sql-billing-svc-cloudtrail-invoices-3d',
    question:
      'billing-svc looks off: its cloudtrail api calls (arn contains billing-svc) over the last 3 days by eventName, and total invoiced per currency in the billing db over the same 3 days',
    expect: {
      spl: {
        table: 'aws',
        has: [
          // Second commit: "arn contains billing-svc" needs a wildcard or a match; `userIdentity.arn=billing-svc`
          // compares the whole ARN and finds nothing, and the first check let it pass.
          /"?userIdentity\.arn"?\s*=\s*"?\*[^"\s|]*billing-svc[^"\s|]*\*|(like|match|searchmatch)\([^)]*userIdentity\.arn[^)]*billing-svc/i,
          /by\s+[^|]*eventName/,
          /earliest\s*=\s*"?-(3d|72h)\b/,
        ],
      },
      sql: {
        table: 'invoices',
        has: [
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          /GROUP BY[^;]*currency/i,
          /issued_at\s*(>=?|BETWEEN)[^;]*(3 days?|72 hours?|'3'|-\s*3\b)/i,
        ],
      },
    },
  },
  // clarification
  { id: 'b14-clarify-broken-again', question: 'is it broken again??', clarification: true },
  { id: 'b14-clarify-same-for-prod', question: 'ok now do the same for prod pls', clarification: true },
];

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
  NOT_CUSTOMER_DATE_SQL,
  splIs,
} from './journey-patterns';
import {
  DAY_MS,
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
 * The "blind36" journey-quality set, written blind on 2026-11-27 (22:00–22:05 UTC). I did not read the
 * query builders (apps/mock-data/src/query/**), the constraint extractor or routing code (libs/planner-core),
 * planner-llm, the planner app, the git history of any of them, any failure list, or another blind author's
 * work in progress, and I did not run the planner on any question: by the lead's instruction the first run is
 * the lead's, on the final code, so that its figure is an honest estimate for that code. I read: issue 11's
 * brief, the `JourneyCase` / `QueryCheck` types in journey-cases.ts, journey-dates.ts, journey-checkers.ts,
 * run-journeys.ts (to register the set), the mesh's schemas (kql/spl/sql.json), blind35's file as the format
 * example (its window and shape helpers, which came from blind22 / blind27, are reused here; its questions and
 * values are not), and the question lines of the other sets (to avoid repeating their questions and values).
 * Aim: resemble the held-back set of issue 11 (questions a new user types on a normal day): mostly short
 * everyday questions in plain words, some with typos ("pasword", "acount", "diffrent", "u", "pls", "hrs").
 * Personas, at a small bakery chain with a web shop (oakfieldbakery.com):
 * - a small-business IT generalist (the one person who "does the computers"), asking in plain words with typos
 *   about sign-ins, laptops, the file server and the domain controller, Azure changes, SharePoint deletions,
 *   the firewall, the website's errors, CloudTrail, a leaver's account;
 * - a marketing analyst asking about customers, segments, countries, orders, baskets and revenue (the schema's
 *   customers / orders / order_items tables; no campaign or web-analytics table exists, so none is asked for).
 * No question names a query language; some name a product (Sentinel, Entra, Defender, Azure, SharePoint,
 * Splunk, sysmon, CloudTrail, o365 / Microsoft 365, "our app db"), most name the data.
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform, 2 clarification cases (38).
 * Values: UPNs (jdoe@, a.khan@, p.ortiz@oakfieldbakery.com), a user name (mwebb), IPs and a CIDR
 * (45.133.1.77, 102.89.3.14, 185.220.101.34, outside 10.0.0.0/8), a port (3389), an MD5 and a SHA256, hosts
 * (FS01, DC01), event IDs (4724, 4625, 7045), process names (rundll32.exe, certutil with -urlcache, excel.exe as
 * parent), an Office operation (FileDeleted, MailboxLogin), an AWS call (DeleteBucket, ConsoleLogin), a quoted
 * app ("Outlook Mobile"), a client app (Exchange ActiveSync), risk levels (medium, high), an HTTP status (500),
 * countries (Sweden, Norway, Denmark; outside the UK), segments (SMB, enterprise), a status (active), a
 * department (Marketing), currencies (USD, EUR) and an amount with currency (above 500 EUR), an e-mail domain
 * (gmail.com). Shapes: counts, distinct counts (dcount users, dc hosts), sums, averages (basket size), a
 * threshold after aggregation (HAVING avg > 500), top N (10), hourly and daily buckets, by X and by X and Y,
 * ordering (biggest first), negations (failed = ResultType not 0, source outside a CIDR, errorCode not 0,
 * customers with no order, sign-ins outside the UK). Windows: last N hours/days (12h, 24h, 48h, 3d, 7d, 14d,
 * 30d, 90d), today, yesterday (both ends), this week, since Monday, this month, this year, since a date
 * (1 October 2026), and an inactivity condition that is not a window ("haven't ordered in the last 120 days").
 * Calendar windows are computed from the run's clock (UTC).
 * Checks accept every spelling I could think of for the same condition (==, =~, in, has, startswith for a host
 * that may carry its domain; ago(7d) or ago(168h); raw SPL or the matching data model; SQL literals,
 * date_trunc, intervals, a day cast; NOT EXISTS / NOT IN / LEFT JOIN … IS NULL / MAX(created_at) < … for "no
 * order") and reject only queries that do not answer the question.
 * Before committing I checked every case's checks against a query I wrote by hand for it (scratch script, not
 * committed): every `has` matched, no `not` did, and the real checkers (Kusto analyser, SPL check, PGlite)
 * found no problem in any of them (the table checks were not run on them).
 * I also wrote seven wrong queries by hand (yesterday without its end, customers who did order, one risk level
 * of two, a source inside the CIDR, the year put on the customer's creation date, the UK itself…): each was rejected.
 * First run (by the lead, on `main` of 2026-11-27 22:08, `9b03bab`, after every fix branch of the evening had
 * landed): 26/38 (68.4 %); platforms 36/38, both clarifications `input_required`.
 * Second commit (the lead's fairness review of the twelve failing queries): two checks rejected queries that answer
 * the question. Revenue summed over the line items (`SUM(oi.quantity * oi.unit_price)`) is revenue as much as
 * `SUM(total)` is, so `SQL_SUM_TOTAL` takes both; an SPL value matched with a leading wildcard
 * (`eventName=*ConsoleLogin*`) is that value, so `splIs` takes it. Nothing was loosened for a query that does not
 * answer its question. Second run: 28/38 (73.7 %).
 */

/** `now()` and its SQL spellings. */
const sqlNow = '(now\\(\\)|CURRENT_DATE|current_timestamp|localtimestamp)';

// KQL windows
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
/**
 * A value compared to a KQL column: `==`, `=~`, `has`, `contains`, or anywhere in an `in` / `has_any` list
 * (the value need not come first in the list).
 */
const kqlIs = (column: string, value: string) =>
  new RegExp(`${column}\\s*(==|=~|has|contains|(in~?|has_any)\\s*\\([^)]*?)\\s*["']${value}["']`, 'i');

/** An hourly bucket (SPL): `span=1h` on timechart or bin. */
const HOURLY_SPL = /span\s*=\s*"?(1h|60m|1hr|3600s?)\b/;
/** A count per one of the columns (KQL): `summarize count() by …`, `summarize n = count() by …`. */
const kqlCountBy = (columns: string) =>
  new RegExp(`summarize\\s+[^|]*\\bcount\\([^)]*\\)[^|]*\\bby\\b[^|]*\\b(${columns})\\b`);
/** A value compared to a SQL column: `=`, `IN (…)`, `ILIKE` / `LIKE`. */
const sqlIs = (column: string, value: string) =>
  new RegExp(`${column}\\s*(=|ILIKE|LIKE|IN\\s*\\([^)]*?)\\s*'${value}'`, 'i');
/** A daily bucket on a timestamp column (SQL): the day expression grouped on, or its alias / position. */
const sqlDaily = (column: string) =>
  new RegExp(`${sqlDayOf(column)}[\\s\\S]*GROUP BY|GROUP BY[^;]*${sqlDayOf(column)}`, 'i');
/** A Defender-or-sysmon process search (SPL): the sysmon index or the Endpoint data model. */
const SYSMON_OR_ENDPOINT_SPL = /index\s*=\s*"?sysmon|datamodel\s*[=:]\s*"?Endpoint|Endpoint\.Processes/;

// Windows and shapes this set adds
/** A failed Entra sign-in: ResultType not zero, however spelled (KQL). */
const FAILED_SIGNIN_KQL =
  /ResultType\s*(!=|<>|!~)\s*["']?0\b|ResultType\s*!in~?\s*\([^)]*["']?0\b|toint\(\s*ResultType\s*\)\s*(!=|>)\s*0\b/;
/** An hourly bucket on the time column (KQL). */
const HOURLY_KQL =
  /bin\(\s*(TimeGenerated|Timestamp)\s*,\s*(1h|60m)\s*\)|startofhour\(\s*(TimeGenerated|Timestamp)\s*\)/;
/** A sort, biggest first (KQL): `sort by` / `order by` (descending is the default) or `top N by`. */
const SORTED_KQL = /\|\s*(sort|order)\s+by\b|\|\s*top\s+\d+\s+by\b/;
/** A column compared to a value that may carry a domain or suffix (KQL): `==`, `=~`, `has`, `startswith`… */
const kqlNamed = (column: string, value: string) =>
  new RegExp(
    `${column}\\s*(==|=~|has|contains|startswith|has_cs|in~?\\s*\\([^)]*?|has_any\\s*\\([^)]*?)\\s*["']${value}`,
    'i',
  );
/** The failed-logon search (SPL): event 4625 or the Authentication data model's failures. */
const FAILED_LOGON_SPL = /EventCode\s*(=|IN\s*\()\s*"?4625\b|action\s*=\s*"?fail/i;
/** The Windows events or the Authentication data model (SPL). */
const WINEVENT_OR_AUTH_SPL = /index\s*=\s*"?wineventlog|datamodel\s*[=:]\s*"?Authentication|Authentication\.\w+/;
/** The network traffic data model (SPL). */
const NETWORK_TRAFFIC_SPL = /datamodel\s*[=:]\s*"?Network_Traffic|All_Traffic\.|Network_Traffic\./;
/** The orders' status grouped on (SQL). */
const SQL_BY_STATUS = /GROUP BY[^;]*\bstatus\b/i;
/** A sum of the order totals (SQL). */
const SQL_SUM_TOTAL = /SUM\(\s*(\w+\.)?total\s*\)|SUM\(\s*(\w+\.)?quantity\s*\*\s*(\w+\.)?unit_price\s*\)/i;
/** A descending order (SQL). */
const SQL_DESC = /ORDER BY[^;]*\bDESC\b/i;
/** Yesterday on a timestamp column (SQL), its start… */
const sqlYesterdayStart = (column: string) =>
  new RegExp(
    [
      `${sqlDayOf(column)}\\s*=\\s*\\(?\\s*(${sqlNow}\\s*(::\\s*date\\s*)?-\\s*(interval\\s*'1 day'|'1 day'\\s*::\\s*interval|1\\b)|${sqlLiteral}${iso(YESTERDAY)})`,
      `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*(date_trunc\\(\\s*'day'\\s*,\\s*${sqlNow}\\s*\\)|${sqlNow}\\s*::\\s*date|CURRENT_DATE)\\s*-\\s*(interval\\s*'1 day'|'1 day'\\s*::\\s*interval|1\\b)`,
      `${column}\\s*(>=|BETWEEN)\\s*${sqlLiteral}${iso(YESTERDAY)}`,
    ].join('|'),
    'i',
  );
/** …and its end. */
const sqlYesterdayEnd = (column: string) =>
  new RegExp(
    [
      `${column}\\s*<\\s*\\(?\\s*(date_trunc\\(\\s*'day'\\s*,\\s*${sqlNow}\\s*\\)|CURRENT_DATE\\b(?!\\s*-)|now\\(\\)\\s*::\\s*date\\b(?!\\s*-)|${sqlLiteral}${iso(TODAY)})`,
      `BETWEEN[^;]*AND\\s*\\(?\\s*(date_trunc\\(\\s*'day'\\s*,\\s*${sqlNow}\\s*\\)|CURRENT_DATE|${sqlLiteral}${iso(TODAY)}|${sqlLiteral}${iso(YESTERDAY)}[ T]23)`,
      `${sqlDayOf(column)}\\s*=`,
    ].join('|'),
    'i',
  );

/** The SHA256 both searches of one question look for. */
const SHA256_VALUE = '2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae';

export const BLIND36_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: the small-business IT generalist in Sentinel / Entra / Defender
  {
    id: 'b36-kql-it-failed-signins-user-yesterday',
    question:
      'how many times did jdoe@oakfieldbakery.com fail to login yesterday?? she says her acount is acting weird',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('UserPrincipalName', 'jdoe@oakfieldbakery.com'),
          FAILED_SIGNIN_KQL,
          COUNT_KQL,
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b36-kql-it-rundll32-devices-3d',
    question: 'which computers ran rundll32.exe in the last 3 days',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/(FileName|FolderPath|ProcessCommandLine)\b[^|\n]*rundll32/i, kqlShows('DeviceName'), kqlLast('3d|72h')],
      },
    },
  },
  {
    id: 'b36-kql-it-laptops-connect-ip-week',
    question: 'did any of our laptops connect to 45.133.1.77 this week? defender is on all of them',
    expect: {
      kql: { table: 'DeviceNetworkEvents', has: [kqlIs('RemoteIP', '45\\.133\\.1\\.77'), THIS_WEEK_KQL] },
    },
  },
  {
    id: 'b36-kql-it-4724-fs01-7d',
    question: 'pasword resets done on the file server FS01 in the last 7 days (event 4724)',
    expect: {
      kql: { table: 'SecurityEvent', has: [kqlEvent(4724), kqlNamed('Computer', 'FS01'), kqlLast('7d|168h')] },
    },
  },
  {
    id: 'b36-kql-it-signins-per-country-14d',
    question: 'sign ins per country over the last 14 days, biggest first',
    expect: {
      kql: { table: 'SigninLogs', has: [kqlCountBy('Location'), SORTED_KQL, kqlLast('14d|336h|2w')] },
    },
  },
  {
    id: 'b36-kql-it-risky-signins-48h',
    question: 'any sign-ins with risk level medium or high in the past 48 hrs?',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [kqlIs('RiskLevelDuringSignIn', 'medium'), kqlIs('RiskLevelDuringSignIn', 'high'), kqlLast('48h|2d')],
      },
    },
  },
  {
    id: 'b36-kql-it-sharepoint-filedeleted-by-user-7d',
    question: "who's been deleting files in sharepoint?? FileDeleted, past 7 days, by user",
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [kqlIs('Operation', 'FileDeleted'), /\bby\b[^|]*\bUserId\b/, kqlLast('7d|168h')],
      },
    },
  },
  {
    id: 'b36-kql-it-azure-caller-yesterday',
    question: 'what did a.khan@oakfieldbakery.com change in azure yesterday',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [kqlIs('Caller', 'a\\.khan@oakfieldbakery\\.com'), YESTERDAY_START_KQL, YESTERDAY_END_KQL],
      },
    },
  },
  {
    id: 'b36-kql-it-certutil-urlcache-24h',
    question: 'is certutil being used to download stuff (-urlcache) on any machine? last 24h',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/certutil/i, /urlcache/i, kqlLast('24h|1d')],
      },
    },
  },
  {
    id: 'b36-kql-it-4625-dc01-hourly-today',
    question: 'failed logons (4625) on DC01 today, count per hour',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4625), kqlNamed('Computer', 'DC01'), COUNT_KQL, HOURLY_KQL, TODAY_KQL],
      },
    },
  },
  {
    id: 'b36-kql-it-activesync-distinct-users-30d',
    question: 'how many diffrent users are still signing in with Exchange ActiveSync? last 30 days',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('ClientAppUsed', 'Exchange ActiveSync'),
          /dcount\(\s*(UserPrincipalName|UserId)\s*\)|distinct\s+(UserPrincipalName|UserId)\b[\s\S]*\bcount\b/,
          kqlLast('30d|720h'),
        ],
      },
    },
  },

  // SPL: the same IT generalist in Splunk
  {
    id: 'b36-spl-it-failed-logons-mwebb-24h',
    question: 'in splunk show failed logons for user mwebb last 24 hrs',
    expect: {
      spl: {
        has: [WINEVENT_OR_AUTH_SPL, FAILED_LOGON_SPL, /\buser\s*=\s*"?mwebb\b/i, DAY1_SPL],
      },
    },
  },
  {
    id: 'b36-spl-it-sysmon-excel-children-today',
    question: 'sysmon - what did excel.exe start today? child processes',
    expect: {
      spl: {
        has: [SYSMON_OR_ENDPOINT_SPL, /(ParentImage|parent_process_name|parent_process)\b[^|]*excel\.exe/i, TODAY_SPL],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b36-spl-it-sysmon-top-dest-ports-7d',
    question: 'top 10 destination ports seen in sysmon network connections for the past 7 days',
    expect: {
      spl: {
        table: 'sysmon',
        has: [/index\s*=\s*"?sysmon/, /\bDestinationPort\b/, topSpl(10), splLast('7d|168h|1w')],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b36-spl-it-cloudtrail-deletebucket-30d',
    question: 'cloudtrail in splunk: who ran DeleteBucket in the last 30 days?',
    expect: {
      spl: {
        table: 'aws',
        has: [splIs('eventName', 'DeleteBucket'), splShows('userIdentity.arn'), splLast('30d|720h|1mon')],
      },
    },
  },
  {
    id: 'b36-spl-it-o365-mailboxlogin-ip-month',
    question: 'splunk o365 logs - any MailboxLogin from 102.89.3.14 this month?',
    expect: {
      spl: {
        table: 'o365',
        has: [splIs('Operation', 'MailboxLogin'), /102\.89\.3\.14/, THIS_MONTH_SPL],
      },
    },
  },
  {
    id: 'b36-spl-it-web-500-hourly-12h',
    question: 'count of http 500 errors on the website per hour, last 12 hrs (splunk)',
    expect: {
      spl: {
        has: [/datamodel\s*[=:]\s*"?Web|Web\.status/, /status\s*=\s*"?500\b/, HOURLY_SPL, splLast('12h|720m')],
      },
    },
  },
  {
    id: 'b36-spl-it-7045-distinct-hosts-week',
    question: 'how many distinct machines had a new service installed (7045) this week? splunk',
    expect: {
      spl: {
        has: [
          splEvent(7045),
          /\b(dc|distinct_count)\(\s*(host|dest|Computer|ComputerName)\s*\)|dedup\s+(host|dest)[\s\S]*\bcount\b|stats\s+count\s+by\s+(host|dest)\s*\|\s*stats\s+count\b/,
          THIS_WEEK_SPL,
        ],
      },
    },
  },
  {
    id: 'b36-spl-it-rdp-from-outside-yesterday',
    question: 'splunk firewall data: rdp connections (3389) coming from outside 10.0.0.0/8 yesterday',
    expect: {
      spl: {
        has: [
          NETWORK_TRAFFIC_SPL,
          /dest_port\s*=\s*"?3389\b/,
          /NOT\s*\(?\s*(All_Traffic\.)?src(_ip)?\s*=\s*"?10\.0\.0\.0\/8|NOT\s+cidrmatch\(\s*"10\.0\.0\.0\/8"|(All_Traffic\.)?src(_ip)?\s*!=\s*"?10\.0\.0\.0\/8/,
          YESTERDAY_START_SPL,
          YESTERDAY_END_SPL,
        ],
      },
    },
  },
  {
    id: 'b36-spl-it-azure-outlook-mobile-errors-48h',
    question: 'azure ad sign in errors in splunk for the app "Outlook Mobile", last 48 hours',
    expect: {
      spl: {
        table: 'azure',
        has: [
          /properties\.appDisplayName\s*=\s*"Outlook Mobile"/i,
          /properties\.status\.errorCode\s*(!=\s*"?0\b|>\s*0\b)|NOT\s+properties\.status\.errorCode\s*=\s*"?0\b/,
          splLast('48h|2d|2880m'),
        ],
      },
    },
  },
  {
    id: 'b36-spl-it-sysmon-md5-90d',
    question: 'does md5 5f4dcc3b5aa765d61d8327deb882cf99 show up in sysmon anywhere? last 90 days',
    expect: {
      spl: {
        has: [SYSMON_OR_ENDPOINT_SPL, /5f4dcc3b5aa765d61d8327deb882cf99/i, splLast('90d|2160h|3mon')],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },

  // SQL: the marketing analyst (customers, segments, orders, revenue)
  {
    id: 'b36-sql-mkt-active-customers-by-segment-country',
    question: 'number of active customers per segment and country',
    expect: {
      sql: {
        table: 'customers',
        has: [
          sqlIs('status', 'active'),
          /COUNT\(/i,
          /GROUP BY[^;]*\bsegment\b[^;]*\bcountry\b|GROUP BY[^;]*\bcountry\b[^;]*\bsegment\b/i,
        ],
      },
    },
  },
  {
    id: 'b36-sql-mkt-daily-usd-revenue-90d',
    question: 'Daily revenue in USD for the last 90 days, please.',
    expect: {
      sql: {
        table: 'orders',
        has: [SQL_SUM_TOTAL, sqlIs('currency', 'USD'), sqlDaily('created_at'), sqlLast('created_at', '90 days?', 90)],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b36-sql-mkt-top10-smb-spend-ytd',
    question: 'Which 10 SMB customers spent the most with us this year? USD orders only.',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /\bcustomers\b/i,
          sqlIs('segment', 'smb'),
          sqlIs('currency', 'USD'),
          SQL_SUM_TOTAL,
          sqlThis('created_at', 'year', YEAR_START),
          SQL_DESC,
          topSql(10),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b36-sql-mkt-customers-no-order-120d',
    question: "customers who haven't ordered anything in the last 120 days",
    expect: {
      sql: {
        table: 'customers',
        has: [
          /NOT\s+EXISTS|NOT\s+IN\s*\(|LEFT\s+JOIN[\s\S]*IS\s+NULL|MAX\(\s*(\w+\.)?created_at\s*\)\s*(<|IS\s+NULL)/i,
          new RegExp(`\\b120\\b|'${iso(new Date(TODAY.getTime() - 120 * DAY_MS))}`),
        ],
      },
    },
  },
  {
    id: 'b36-sql-mkt-avg-basket-size-month',
    question: 'whats our average basket size this month - how many items per order on avg?',
    expect: {
      sql: {
        table: 'order_items',
        has: [/\bquantity\b/i, /AVG\(|\/\s*(NULLIF\(\s*)?COUNT\(/i, sqlThis('created_at', 'month', MONTH_START)],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b36-sql-mkt-revenue-per-currency-since-oct',
    question: 'revenue per currency since 1 October 2026',
    expect: {
      sql: {
        table: 'orders',
        has: [
          SQL_SUM_TOTAL,
          /GROUP BY[^;]*\bcurrency\b/i,
          /created_at\s*(>=|>|BETWEEN)\s*(DATE\s*|TIMESTAMPTZ?\s*|CAST\(\s*)?'2026-10-01/i,
        ],
      },
    },
  },
  {
    id: 'b36-sql-mkt-new-customers-yesterday-by-country',
    question: 'how many new customers signed up yesterday, per country?',
    expect: {
      sql: {
        table: 'customers',
        has: [/COUNT\(/i, /GROUP BY[^;]*\bcountry\b/i, sqlYesterdayStart('created_at'), sqlYesterdayEnd('created_at')],
      },
    },
  },
  {
    id: 'b36-sql-mkt-enterprise-gmail',
    question: 'list the enterprise customers that use a gmail address - name and email',
    expect: {
      sql: {
        table: 'customers',
        has: [sqlIs('segment', 'enterprise'), /email[^;]*'%?@?gmail\.com%?'/i, /\bname\b/i, /\bemail\b/i],
      },
    },
  },
  {
    id: 'b36-sql-mkt-orders-by-status-nordics-ytd',
    question: 'orders by status this year for customers in Sweden, Norway and Denmark',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /\bcustomers\b/i,
          /country[^;]*'(Sweden|SE)'/i,
          /country[^;]*'(Norway|NO)'/i,
          /country[^;]*'(Denmark|DK)'/i,
          SQL_BY_STATUS,
          sqlThis('created_at', 'year', YEAR_START),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b36-sql-mkt-avg-order-over-500-eur',
    question: 'Which customers have an average order value above 500 EUR?',
    expect: {
      sql: {
        table: 'orders',
        has: [sqlIs('currency', 'EUR'), /HAVING\s+AVG\(\s*(\w+\.)?total\s*\)\s*(>\s*500\b|>=\s*500\.01)/i],
      },
    },
  },

  // two platforms
  {
    id: 'b36-two-ip-signins-and-firewall-7d',
    question:
      'can u check if 185.220.101.34 shows up in our sign in logs (sentinel) or in the firewall logs in splunk? past 7 days',
    expect: {
      kql: { table: 'SigninLogs', has: [kqlIs('IPAddress', '185\\.220\\.101\\.34'), kqlLast('7d|168h')] },
      spl: { has: [NETWORK_TRAFFIC_SPL, /185\.220\.101\.34/, splLast('7d|168h|1w')] },
    },
  },
  {
    id: 'b36-two-sha256-defender-sysmon-30d',
    question: `sha256 ${SHA256_VALUE} - pls look in defender and in sysmon, last 30 days`,
    expect: {
      kql: { table: 'DeviceProcessEvents', has: [new RegExp(SHA256_VALUE, 'i'), kqlLast('30d|720h')] },
      spl: { has: [SYSMON_OR_ENDPOINT_SPL, new RegExp(SHA256_VALUE, 'i'), splLast('30d|720h|1mon')] },
    },
  },
  {
    id: 'b36-two-failed-aws-console-and-entra-today',
    question: 'failed aws console logins in splunk and failed entra sign-ins in sentinel, both for today',
    expect: {
      kql: { table: 'SigninLogs', has: [FAILED_SIGNIN_KQL, TODAY_KQL] },
      spl: {
        table: 'aws',
        has: [splIs('eventName', 'ConsoleLogin'), /errorCode|fail/i, TODAY_SPL],
      },
    },
  },
  {
    id: 'b36-two-leaver-app-db-and-m365-week',
    question:
      'Pedro Ortiz (p.ortiz@oakfieldbakery.com) left us last friday. is his account still active in our app db, and has he signed into microsoft 365 since monday?',
    expect: {
      sql: { table: 'users', has: [/p\.ortiz@oakfieldbakery\.com/i, /\bactive\b/i] },
      kql: {
        has: [
          /SigninLogs|OfficeActivity/,
          /(UserPrincipalName|UserId)\s*(==|=~|has|contains|in~?\s*\([^)]*?)\s*["']p\.ortiz@oakfieldbakery\.com/i,
          THIS_WEEK_KQL,
        ],
      },
    },
  },
  {
    id: 'b36-two-marketing-staff-signins-outside-uk-30d',
    question:
      "Who's in the Marketing department in our app's users table, and which Entra sign-ins came from outside the UK in the last 30 days?",
    expect: {
      sql: { table: 'users', has: [sqlIs('department', 'Marketing')] },
      kql: {
        table: 'SigninLogs',
        has: [/Location\s*(!=|!~|!in~?\s*\(|<>)\s*["'](GB|UK|United Kingdom)["']/i, kqlLast('30d|720h')],
      },
    },
  },

  // clarification
  {
    id: 'b36-clarify-no-referent',
    question: 'can u run that thing from before again but for the other one',
    clarification: true,
  },
  { id: 'b36-clarify-vague', question: 'need the numbers asap', clarification: true },
];

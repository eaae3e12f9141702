import type { JourneyCase } from './journey-cases';
import { TODAY_KQL, THIS_MONTH_KQL, TODAY_SPL, YESTERDAY_END_SPL, kqlEvent, splEvent } from './journey-patterns';
import { DAY_MS, iso, kqlDate, splDate, sqlLiteral, utcDay } from './journey-dates';

/**
 * A thirteenth journey-quality set ("blind12"), written blind on 2026-11-27 (03:23–03:30 UTC): before
 * reading the query builders, the constraint extractor, the routing code, planner-core, planner-llm,
 * the planner app or any other journey case list except blind11's. Read: blind11's list (for the case
 * format, the `expect` shapes and the date helpers, copied here, and to avoid repeating its
 * questions), the `JourneyCase` type in journey-cases.ts, run-journeys.ts (to register the set), the
 * mesh's schemas (kql/spl/sql.json), issue 11 and a skim of the wire contract.
 * 11 KQL, 10 SPL, 10 SQL, 6 two-platform and 3 clarification cases. No question names a query
 * language; they name data sources as users do (defender, entra, OfficeActivity, sysmon, the o365
 * index, cloudtrail, the firewall, the web servers, the registry / authentication data models,
 * sentinel and splunk, "our app database", "the users table") or none. Values: UPNs, an IP, two
 * CIDRs, ports, an MD5, process names, command-line fragments, event IDs, a logon type, a resource
 * group, PowerShell cmdlet and AWS API names, a registry key, an HTTP method, path and status class,
 * a user-agent fragment, statuses, currencies, countries, a role. Shapes: thresholds after
 * aggregation (distinct users > 5, bytes > 1 GB, spent > budget), top N, hourly and daily buckets, by X
 * and Y, distinct counts, sums, a failure percentage and a cancellation rate (ratios), an anti-join
 * ("never ordered"), sorted lists. Windows: today / since midnight, yesterday (both ends), since
 * monday, this week/month/year/fiscal year, last week and last month (both ends), last N hours/days
 * (some in words), explicit dates and ranges. Calendar windows are computed from the run's clock (UTC)
 * so the cases stay right on later days. Checks accept any reasonable spelling of the same condition
 * and reject queries that do not answer the question.
 */

const NOW = new Date();
const dayBefore = (date: Date): Date => new Date(date.getTime() - DAY_MS);

const TODAY = utcDay(NOW);
const YESTERDAY = dayBefore(TODAY);
/** The most recent Monday / Sunday on or before today. */
const MONDAY = new Date(TODAY.getTime() - ((TODAY.getUTCDay() + 6) % 7) * DAY_MS);
const SUNDAY = new Date(TODAY.getTime() - TODAY.getUTCDay() * DAY_MS);
/** The previous calendar week's first day (Monday- or Sunday-based). */
const LAST_MONDAY = new Date(MONDAY.getTime() - 7 * DAY_MS);
const LAST_SUNDAY = new Date(SUNDAY.getTime() - 7 * DAY_MS);
const MONTH_START = new Date(Date.UTC(TODAY.getUTCFullYear(), TODAY.getUTCMonth(), 1));
const PREVIOUS_MONTH_START = new Date(Date.UTC(TODAY.getUTCFullYear(), TODAY.getUTCMonth() - 1, 1));
const YEAR = TODAY.getUTCFullYear();

/** `now()` and its SQL spellings. */
const sqlNow = '(now\\(\\)|CURRENT_DATE|current_timestamp|localtimestamp)';
/** A KQL expression for "one day ago": `ago(1d)`, `now() - 1d`, `now(), -1` (startofday's offset). */
const kqlOneDayAgo = '(ago\\(\\s*(1d|24h)\\s*\\)|now\\(\\)\\s*-\\s*(1d|24h)|now\\(\\)\\s*,\\s*-1)';

// KQL windows
const DAY1_KQL = /ago\((24h|1d)\)/;
const WEEK_KQL = /ago\((7d|168h)\)/;
const MONTH30_KQL = /ago\((30d|720h)\)/;
const THIS_WEEK_KQL = new RegExp(
  `startofweek\\(\\s*now\\(\\)\\s*(,\\s*1\\s*)?\\)|${kqlDate(MONDAY)}|${kqlDate(SUNDAY)}|ago\\((7d|168h)\\)`,
);
/** "since monday": this week's start (Sunday-based startofweek, possibly + 1d) or Monday's date; not a rolling 7 days. */
const SINCE_MONDAY_KQL = new RegExp(`startofweek\\(\\s*now\\(\\)\\s*(,\\s*1\\s*)?\\)|${kqlDate(MONDAY)}`);
const YESTERDAY_START_KQL = new RegExp(`startofday\\(\\s*${kqlOneDayAgo}\\s*\\)|${kqlDate(YESTERDAY)}`);
const YESTERDAY_END_KQL = new RegExp(
  [
    `(<|\\.\\.)\\s*startofday\\(\\s*now\\(\\)\\s*\\)`,
    `endofday\\(\\s*${kqlOneDayAgo}\\s*\\)`,
    `(<|\\.\\.)\\s*${kqlDate(TODAY)}`,
    `(<=?|\\.\\.)\\s*datetime\\(\\s*["']?${iso(YESTERDAY)}[T ]23:59`,
    `(bin\\(\\s*TimeGenerated\\s*,\\s*1d\\s*\\)|startofday\\(\\s*TimeGenerated\\s*\\))\\s*==`,
  ].join('|'),
);

// SPL windows
const DAY1_SPL = /earliest\s*=\s*"?-(24h|1d)\b/;
const WEEK_SPL = /earliest\s*=\s*"?-(7d|168h|1w)\b/;
const YESTERDAY_START_SPL = new RegExp(`earliest\\s*=\\s*"?(-1d@d|${splDate(YESTERDAY)})`);
const THIS_MONTH_SPL = new RegExp(`earliest\\s*=\\s*"?(@mon|-0mon@mon|${splDate(MONTH_START)})`);

// SQL windows
const THIS_YEAR_SQL = new RegExp(
  `date_trunc\\(\\s*'year'|${YEAR}-01-01|EXTRACT\\(\\s*YEAR|date_part\\(\\s*'year'`,
  'i',
);
/** Last (calendar) week: its first day (Monday- or Sunday-based), or this week's start minus seven days. */
const LAST_WEEK_START_SQL = new RegExp(
  `${iso(LAST_MONDAY)}|${iso(LAST_SUNDAY)}|date_trunc\\(\\s*'week'[^;]*-\\s*interval\\s*'(7 days?|1 weeks?)'`,
  'i',
);
/** …and bounded at this week's start. */
const LAST_WEEK_END_SQL = new RegExp(
  [
    `<\\s*${sqlLiteral}(${iso(MONDAY)}|${iso(SUNDAY)})`,
    `<=\\s*${sqlLiteral}(${iso(dayBefore(MONDAY))}|${iso(dayBefore(SUNDAY))})`,
    `<\\s*\\(?\\s*date_trunc\\(\\s*'week'\\s*,\\s*${sqlNow}\\s*\\)`,
    `BETWEEN[^;]*AND\\s*${sqlLiteral}(${iso(MONDAY)}|${iso(SUNDAY)}|${iso(dayBefore(MONDAY))}|${iso(dayBefore(SUNDAY))})`,
    `date_trunc\\(\\s*'week'\\s*,\\s*(\\w+\\.)?created_at\\s*\\)\\s*=`,
  ].join('|'),
  'i',
);
/** Last (calendar) month: its first day, or this month's start minus one month. */
const LAST_MONTH_START_SQL = new RegExp(
  `${iso(PREVIOUS_MONTH_START)}|date_trunc\\(\\s*'month'[^;]*-\\s*interval\\s*'(1 mon(th)?s?|30 days?)'`,
  'i',
);
/** …and bounded at this month's start. */
const LAST_MONTH_END_SQL = new RegExp(
  [
    `<\\s*${sqlLiteral}${iso(MONTH_START)}`,
    `<=\\s*${sqlLiteral}${iso(dayBefore(MONTH_START))}`,
    `<\\s*\\(?\\s*date_trunc\\(\\s*'month'\\s*,\\s*${sqlNow}\\s*\\)`,
    `BETWEEN[^;]*AND\\s*${sqlLiteral}(${iso(MONTH_START)}|${iso(dayBefore(MONTH_START))})`,
    `date_trunc\\(\\s*'month'\\s*,\\s*(\\w+\\.)?(paid_at|due_date)\\s*\\)\\s*=`,
  ].join('|'),
  'i',
);

/** Windows Security event IDs, which must never be applied to sysmon (SPL). */
const WINDOWS_SECURITY_IDS_SPL = /EventCode\s*=\s*"?(4624|4625|4688|4740)\b/;
/** `top 10 by`, `take 10`, `limit 10` (KQL). */
const topKql = (n: number) => new RegExp(`top\\s+${n}\\s+by|take\\s+${n}\\b|limit\\s+${n}\\b`);
/** A failed Entra sign-in: a non-zero ResultType, however spelled (KQL). */
const FAILED_SIGNIN_KQL =
  /ResultType\s*\)?\s*(!=|!~|<>)\s*["']?0\b|ResultType\s*!in~?\s*\(\s*["']?0\b|ResultType\s*(in~?\s*\(|==|=~)\s*["']?[1-9]/;
/** A division (a ratio or percentage): `a / b`, `x)/todouble(…)`. */
const RATIO = /[\w)]\s*\/\s*[\w(]/;
/** Distinct users (KQL). */
const DISTINCT_USERS_KQL = /dcount\((UserPrincipalName|UserId)\)|count_distinct\((UserPrincipalName|UserId)\)/;
/** An invoice not paid (SQL). */
const UNPAID_SQL =
  /paid_at\s+IS\s+NULL|status\s*(<>|!=)\s*'paid'|status\s*NOT\s+IN\s*\([^)]*'paid'|status\s*(=|IN)\s*\(?\s*'(unpaid|overdue|open|issued|sent|pending)/i;
/** A day bucket on a timestamp column (SQL). */
const sqlDayBucket = (column: string) =>
  new RegExp(
    `date_trunc\\(\\s*'day'\\s*,\\s*(\\w+\\.)?${column}|(\\w+\\.)?${column}\\s*::\\s*date|DATE\\(\\s*(\\w+\\.)?${column}|CAST\\(\\s*(\\w+\\.)?${column}\\s+AS\\s+DATE|to_char\\(\\s*(\\w+\\.)?${column}\\s*,\\s*'YYYY-MM-DD'`,
    'i',
  );

export const BLIND12_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: Entra sign-ins, Windows security events, Defender device tables, Office, Azure activity
  {
    id: 'b12-kql-failed-signins-user-since-monday',
    question: 'failed sign ins for j.smith@contoso.com since monday - group by result code + ip pls',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          'j.smith@contoso.com',
          FAILED_SIGNIN_KQL,
          /by\s+[^|]*ResultType/,
          /by\s+[^|]*IPAddress/,
          SINCE_MONDAY_KQL,
        ],
      },
    },
  },
  {
    id: 'b12-kql-4688-encoded-commands-6h',
    question:
      '4688 events in the last 6 hrs where the command line has -enc or -encodedcommand (base64 powershell) - which computers and accounts?',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4688),
          /CommandLine\b[^|]*-enc/i,
          /\bComputer\b/,
          /\b(Account|SubjectUserName)\b/,
          /ago\((6h|360m)\)/,
        ],
      },
    },
  },
  {
    id: 'b12-kql-rdp-logons-type10-yesterday',
    question: 'From the SecurityEvent table: RDP logons (logon type 10) yesterday, count per target user and source IP',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4624),
          /LogonType\s*(==|in\s*\()\s*10\b/,
          /by\s+[^|]*(TargetUserName|Account)\b/,
          /by\s+[^|]*IpAddress/,
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b12-kql-certutil-urlcache-2w',
    question:
      'was certutil used to pull files down on our defender endpoints? certutil.exe with urlcache in the command line, past two weeks, show device, user and the full command line',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/certutil/i, /ProcessCommandLine\b[^|]*urlcache/i, /DeviceName/, /AccountName/, /ago\((14d|2w|336h)\)/],
      },
    },
  },
  {
    id: 'b12-kql-top5-processes-ports-9001-9050-month',
    question:
      'defender network events: top 5 processes (by number of connections) talking to remote ports 9001 or 9050 this month',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /RemotePort[^|]*\b9001\b/,
          /RemotePort[^|]*\b9050\b/,
          /by\s+[^|]*InitiatingProcessFileName/,
          topKql(5),
          THIS_MONTH_KQL,
        ],
      },
    },
  },
  {
    id: 'b12-kql-legacy-auth-clients-30d',
    question:
      'legacy auth sign-ins in entra (IMAP, POP, SMTP, exchange activesync) over the last thirty days, by user and client app',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /ClientAppUsed/,
          /IMAP/i,
          /POP/i,
          /SMTP/i,
          /ActiveSync/i,
          /by\s+[^|]*(UserPrincipalName|UserId)/,
          /by\s+[^|]*ClientAppUsed/,
          MONTH30_KQL,
        ],
      },
    },
  },
  {
    id: 'b12-kql-officeactivity-mailbox-changes-10d',
    question:
      'exchange admin changes in OfficeActivity: Set-Mailbox and Add-MailboxPermission operations over the past 10 days, counts per user and operation',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [
          /Set-Mailbox\b/,
          /Add-MailboxPermission/,
          /by\s+[^|]*UserId/,
          /by\s+[^|]*\bOperation\b/,
          /ago\((10d|240h)\)/,
        ],
      },
    },
  },
  {
    id: 'b12-kql-azure-failed-ops-rg-since-date',
    question:
      'what failed in azure in the rg-prod-payments resource group since Nov 20, 2026? group by operation and caller',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          /(ResourceGroup|_ResourceId)\b[^|]*rg-prod-payments/i,
          /ActivityStatusValue\s*(==|=~|in~?\s*\(|has|contains|startswith)\s*\(?\s*["']Fail/i,
          /by\s+[^|]*OperationNameValue/,
          /by\s+[^|]*\bCaller\b/,
          /datetime\(\s*["']?2026-11-20/,
        ],
      },
    },
  },
  {
    id: 'b12-kql-4697-services-dc01-dc02-5d',
    question: 'any new services installed on DC01 or DC02 in the past five days? event 4697, show the service names',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4697), /DC01/i, /DC02/i, /\bComputer\b/, /ServiceName/, /ago\((5d|120h)\)/],
      },
    },
  },
  {
    id: 'b12-kql-hourly-distinct-users-cidr-today',
    question: 'hourly count of distinct users with entra sign-ins from 10.20.0.0/16 today',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /ipv4_is_in_(any_)?range\(\s*IPAddress\s*,[^)]*10\.20\.0\.0\/16|ipv4_is_match\(\s*IPAddress\s*,\s*["']10\.20\.0\.0["']\s*,\s*16|IPAddress\s*(startswith|has_prefix)\s*["']10\.20\.|IPAddress\s+matches\s+regex[^|]*10\\{0,2}\.20/,
          DISTINCT_USERS_KQL,
          /bin\(\s*TimeGenerated\s*,\s*(1h|60m)\s*\)/,
          TODAY_KQL,
        ],
      },
    },
  },
  {
    id: 'b12-kql-salesforce-failure-percentage-week',
    question: 'what % of Salesforce sign-ins failed this week? (entra)',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [/AppDisplayName\b[^|]*Salesforce/i, FAILED_SIGNIN_KQL, RATIO, THIS_WEEK_KQL],
      },
    },
  },
  // SPL: sysmon, the o365 index, cloudtrail, the CIM data models (Network_Traffic, Web, Endpoint.Registry, Authentication)
  {
    id: 'b12-spl-sysmon-office-child-processes-7d',
    question:
      'sysmon: processes spawned by winword.exe or excel.exe over the past 7 days, show image and command line per host',
    expect: {
      spl: {
        table: 'sysmon',
        has: [
          /ParentImage\s*=\s*"?[^"\s|]*winword\\?\.exe|ParentImage\s+(IN|LIKE)\s*\(?[^)|]*winword\\?\.exe|(like|match)\(\s*ParentImage\s*,\s*"[^"]*winword[^"]*exe/i,
          /ParentImage\s*=\s*"?[^"\s|]*excel\\?\.exe|ParentImage\s+(IN|LIKE)\s*\(?[^)|]*excel\\?\.exe|(like|match)\(\s*ParentImage\s*,\s*"[^"]*excel[^"]*exe/i,
          /\bImage\b/,
          /CommandLine/,
          /\bhost\b/,
          WEEK_SPL,
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b12-spl-sysmon-dns-ru-by-host-1d',
    question: 'dns lookups for .ru domains seen by sysmon (event 22) in the past day, count by host, most first',
    expect: {
      spl: {
        table: 'sysmon',
        has: [
          /EventCode\s*(=|IN\s*\()\s*"?22\b/i,
          /QueryName[^|]*\.ru\b/i,
          /by\s+[^|]*\bhost\b|top\s+(limit=\d+\s+)?host\b/,
          /sort\s+(limit=\d+\s+)?(\d+\s+)?-|\btop\b|\breverse\b/,
          DAY1_SPL,
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b12-spl-o365-userloginfailed-carol-36h',
    question: 'UserLoginFailed events for carol.white@contoso.com in the o365 index over the lst 36 hrs, by client ip',
    expect: {
      spl: {
        table: 'o365',
        has: ['carol.white@contoso.com', /UserLoginFailed/, /by\s+[^|]*ClientIP/, /earliest\s*=\s*"?-(36h|2160m)\b/],
      },
    },
  },
  {
    id: 'b12-spl-cloudtrail-deletetrail-stoplogging-month',
    question: 'who ran DeleteTrail or StopLogging in cloudtrail this month?',
    expect: {
      spl: {
        table: 'aws',
        has: [/DeleteTrail/, /StopLogging/, /userIdentity\.arn/, THIS_MONTH_SPL],
      },
    },
  },
  {
    id: 'b12-spl-cloudtrail-hourly-by-region-since-midnight',
    question: 'cloudtrail api calls per hour by aws region since midnight',
    expect: {
      spl: {
        table: 'aws',
        has: [/span\s*=\s*"?(1h|60m)\b/, /by\s+[^|]*awsRegion/, TODAY_SPL],
      },
    },
  },
  {
    id: 'b12-spl-firewall-cidr-over-1gb-out-24h',
    question: 'firewall traffic - which internal hosts in 10.50.0.0/16 sent more than 1 GB out in the last 24 hours?',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /cidrmatch\(\s*"10\.50\.0\.0\/16"\s*,\s*['"]?(All_Traffic\.)?src(_ip)?['"]?\s*\)|src(_ip)?\s*=\s*"?10\.50\./,
          /sum\(\s*(All_Traffic\.)?bytes_out\s*\)/,
          /by\s+[^|]*(All_Traffic\.)?src_ip/,
          /(where|search)\s+[^|]*>=?\s*(1073741824|1000000000|1e9|1024\s*\*\s*1024\s*\*\s*1024|1(\.0)?|1024|1000)\b/,
          DAY1_SPL,
        ],
      },
    },
  },
  {
    id: 'b12-spl-web-5xx-checkout-hourly-2d',
    question: 'hw many 5xx errors on /api/checkout from the web servers, per hour, last 2 days',
    expect: {
      spl: {
        table: 'Web',
        has: [
          '/api/checkout',
          /status\s*(>=?\s*"?(500|499)|=\s*"?5\*|IN\s*\(\s*"?5\d\d)|like\(\s*(Web\.)?status\s*,\s*"5|match\(\s*(Web\.)?status\s*,\s*"\^?5/i,
          /span\s*=\s*"?(1h|60m)\b/,
          /earliest\s*=\s*"?-(2d|48h)\b/,
        ],
      },
    },
  },
  {
    id: 'b12-spl-web-post-sqlmap-by-src-7d',
    question:
      'any POST requests with sqlmap in the user agent hitting our web servers in the past 7 days? list by source with counts',
    expect: {
      spl: {
        table: 'Web',
        has: [
          /http_method\s*(=|IN\s*\()\s*"?POST/i,
          /http_user_agent[^|]*sqlmap/i,
          /count/,
          /by\s+[^|]*(Web\.)?src\b/,
          WEEK_SPL,
        ],
      },
    },
  },
  {
    id: 'b12-spl-registry-run-key-yesterday',
    question:
      'registry data model: changes to HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Run yesterday on any endpoint - which hosts and value names',
    expect: {
      spl: {
        table: 'Endpoint.Registry',
        has: [
          /CurrentVersion[\\/]+Run\b|registry_key_name\s*=\s*"?Run\b/i,
          /(Registry\.)?dest\b/,
          /registry_value_name/,
          YESTERDAY_START_SPL,
          YESTERDAY_END_SPL,
        ],
      },
    },
  },
  {
    id: 'b12-spl-auth-dm-password-spray-1h',
    question:
      'password spray check in the authentication data model: sources with failed logins against more than 5 distinct users in the last hour',
    expect: {
      spl: {
        table: 'Authentication',
        has: [
          /action\s*(=|IN\s*\()\s*"?fail/i,
          /(dc|distinct_count|estdc)\(\s*(Authentication\.)?user\s*\)/,
          /by\s+[^|]*(Authentication\.)?src\b/,
          /(where|search)\s+[^|]*(>\s*5|>=\s*6)\b/,
          /earliest\s*=\s*"?-(1h|60m)\b/,
        ],
      },
    },
  },
  // SQL: the business database
  {
    id: 'b12-sql-de-fr-signups-q3-never-ordered',
    question:
      'customers from Germany or France who signed up between 1 July and 30 September 2026 but never placed an order',
    expect: {
      sql: {
        table: 'customers',
        has: [
          /'(DE|Germany)'/i,
          /'(FR|France)'/i,
          new RegExp(`created_at\\s*(::\\s*date\\s*)?(>=|>|BETWEEN)\\s*${sqlLiteral}2026-0(7-01|6-30)`, 'i'),
          /2026-10-01|2026-09-30/,
          /NOT\s+EXISTS|NOT\s+IN\s*\(\s*SELECT|LEFT\s+(OUTER\s+)?JOIN[^;]*IS\s+NULL|\bEXCEPT\b|HAVING\s+COUNT\([^)]*\)\s*=\s*0/i,
        ],
      },
    },
  },
  {
    id: 'b12-sql-overdue-invoices-outstanding-by-customer-currency',
    question:
      'overdue invoices (past the due date and still unpaid): total outstanding per customer and currency, biggest first',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          new RegExp(`due_date\\s*<|${sqlNow}\\s*>\\s*(\\w+\\.)?due_date|'overdue'`, 'i'),
          UNPAID_SQL,
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          /GROUP BY[^;]*customer_id/i,
          /GROUP BY[^;]*currency/i,
          /ORDER BY[^;]*DESC/i,
        ],
      },
    },
  },
  {
    id: 'b12-sql-refunded-orders-per-day-last-week',
    question: 'how many orders got refunded each day last week',
    expect: {
      sql: {
        table: 'orders',
        has: [/'refunded'/i, /COUNT\(/i, sqlDayBucket('created_at'), LAST_WEEK_START_SQL, LAST_WEEK_END_SQL],
      },
    },
  },
  {
    id: 'b12-sql-units-per-category-sept',
    question: 'units sold per product category in september 2026',
    expect: {
      sql: {
        table: 'order_items',
        has: [
          /SUM\(\s*(\w+\.)?quantity\s*\)/i,
          /GROUP BY[^;]*category/i,
          /created_at/,
          /2026-09-01/,
          /2026-10-01|2026-09-30|date_trunc\(\s*'month'\s*,\s*(\w+\.)?created_at\s*\)\s*=/i,
        ],
        not: [/\b(p|pr|prod|products)\.created_at\s*(>=?|<|BETWEEN)/i],
      },
    },
  },
  {
    id: 'b12-sql-top20-gbp-orders-uk-this-year',
    question: '20 largest orders in GBP placed by UK customers so far this year, biggest first',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /'GBP'/,
          /'(GB|UK|United Kingdom)'/i,
          /ORDER BY[^;]*total\s+DESC/i,
          /LIMIT\s+20\b|FETCH FIRST 20/i,
          /created_at/,
          THIS_YEAR_SQL,
        ],
        not: [/\b(c|cu|cust|customers)\.created_at\s*(>|>=|BETWEEN)/i],
      },
    },
  },
  {
    id: 'b12-sql-departments-over-budget-fy',
    question:
      'which departments have spent more than their budget so far this fiscal year? show budget, spent and the difference',
    expect: {
      sql: {
        table: 'budget',
        has: [
          /GROUP BY[^;]*department/i,
          /SUM\(\s*(\w+\.)?spent\s*\)|SUM\(\s*(\w+\.)?(spent|amount)\s*-\s*(\w+\.)?(amount|spent)\s*\)/i,
          /SUM\(\s*(\w+\.)?amount\s*\)|SUM\(\s*(\w+\.)?(spent|amount)\s*-\s*(\w+\.)?(amount|spent)\s*\)/i,
          /SUM\(\s*(\w+\.)?spent\s*\)\s*>\s*SUM\(\s*(\w+\.)?amount\s*\)|SUM\(\s*(\w+\.)?amount\s*\)\s*<\s*SUM\(\s*(\w+\.)?spent\s*\)|SUM\(\s*(\w+\.)?spent\s*-\s*(\w+\.)?amount\s*\)\s*>\s*0|SUM\(\s*(\w+\.)?spent\s*\)\s*-\s*SUM\(\s*(\w+\.)?amount\s*\)\s*>\s*0|\bspent\w*\s*>\s*(\w+\.)?(amount|budget)\w*|\b(amount|budget)\w*\s*<\s*(\w+\.)?spent/i,
          new RegExp(
            `fiscal_year\\s*(=\\s*(${YEAR}\\b|EXTRACT\\(|date_part\\(|\\(?\\s*SELECT)|IN\\s*\\(\\s*${YEAR}\\b)`,
            'i',
          ),
        ],
      },
    },
  },
  {
    id: 'b12-sql-daily-active-users-14d',
    question: 'daily active users (distinct users with a login event) over the past two weeks',
    expect: {
      sql: {
        table: 'events',
        has: [
          /'(login|login_success|login_succeeded|logged_in|signin|sign_in)'|LIKE\s*'login%'/i,
          /COUNT\(\s*DISTINCT\s+(\w+\.)?user_id\s*\)/i,
          sqlDayBucket('occurred_at'),
          /occurred_at\s*(>=?|BETWEEN)/i,
          /14 days?|'14'|2 weeks?/i,
        ],
      },
    },
  },
  {
    id: 'b12-sql-new-admins-past-month',
    question: 'any new admin accounts created in our app database in the past month?',
    expect: {
      sql: {
        table: 'users',
        has: [/\brole\b/, /'admin'/i, /created_at\s*>=?[^;]*(30 days?|1 mon(th)?s?|'30'|-\s*30\b)/i],
        not: [/last_login_at\s*>/i],
      },
    },
  },
  {
    id: 'b12-sql-monthly-cancellation-rate-this-year',
    question: 'cancellation rate per month this year (cancelled orders / all orders)',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /'cancell?ed'/i,
          /[\w)]\s*\/\s*[\w(]|AVG\(/i,
          /date_trunc\(\s*'month'\s*,\s*(\w+\.)?created_at|EXTRACT\(\s*MONTH\s+FROM\s+(\w+\.)?created_at|date_part\(\s*'month'\s*,\s*(\w+\.)?created_at|to_char\(\s*(\w+\.)?created_at\s*,\s*'(YYYY-)?MM/i,
          THIS_YEAR_SQL,
        ],
      },
    },
  },
  {
    id: 'b12-sql-invoices-paid-late-last-month-by-currency',
    question: 'invoices paid late last month (paid after the due date) - how many and total amount, by currency',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /paid_at\s*\)?\s*(::\s*date\s*)?>\s*(\w+\.)?due_date|(\w+\.)?due_date\s*<\s*(\w+\.)?paid_at/i,
          /COUNT\(/i,
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          /GROUP BY[^;]*currency/i,
          /(paid_at|due_date)\s*(::\s*\w+\s*)?(>=|BETWEEN)|date_trunc\(\s*'month'\s*,\s*(\w+\.)?(paid_at|due_date)\s*\)\s*=/i,
          LAST_MONTH_START_SQL,
          LAST_MONTH_END_SQL,
        ],
      },
    },
  },
  // two platforms
  {
    id: 'b12-multi-kql-spl-md5-defender-sysmon-30d',
    question:
      'md5 44d88612fea8a8f36de82e1f881ec2ea - seen in defender process events or in sysmon over the past 30 days?',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/44d88612fea8a8f36de82e1f881ec2ea/i, /\bMD5\b/, MONTH30_KQL],
      },
      spl: {
        table: 'sysmon',
        has: [/44d88612fea8a8f36de82e1f881ec2ea/i, /Hashes/, /earliest\s*=\s*"?-(30d|720h|1mon)\b/],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b12-multi-kql-sql-frank-signin-locations-role',
    question:
      "frank.miller@contoso.com - where has he been signing in from this month (entra), and what's his role and department in our app database?",
    expect: {
      kql: { table: 'SigninLogs', has: ['frank.miller@contoso.com', /Location|IPAddress/, THIS_MONTH_KQL] },
      sql: {
        table: 'users',
        has: ['frank.miller@contoso.com', /\brole\b|SELECT\s+(\w+\.)?\*/i, /department|SELECT\s+(\w+\.)?\*/i],
      },
    },
  },
  {
    id: 'b12-multi-spl-sql-grace-o365-and-last-login',
    question:
      'grace.lee@contoso.com: her activity in the o365 index over the past 48 hours, and when did she last log into the app (users table)?',
    expect: {
      spl: { table: 'o365', has: ['grace.lee@contoso.com', /earliest\s*=\s*"?-(48h|2d)\b/] },
      sql: { table: 'users', has: ['grace.lee@contoso.com', /last_login_at|SELECT\s+(\w+\.)?\*/i] },
    },
  },
  {
    id: 'b12-multi-kql-spl-svc-backup-4625-sentinel-splunk',
    question: 'failed logons (4625) for svc_backup in the last 24h - check both sentinel and splunk',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4625), /(TargetUserName|Account)\b[^|]*svc_backup/i, DAY1_KQL],
      },
      spl: { table: 'wineventlog', has: [splEvent(4625), /svc_backup/i, DAY1_SPL] },
    },
  },
  {
    id: 'b12-multi-kql-spl-ip-entra-and-cloudtrail',
    question: '198.51.100.200 - any entra sign-ins from that ip this week, and did it make any calls in cloudtrail?',
    expect: {
      kql: { table: 'SigninLogs', has: ['198.51.100.200', /IPAddress/, THIS_WEEK_KQL] },
      spl: { table: 'aws', has: ['198.51.100.200', /sourceIPAddress/] },
    },
  },
  {
    id: 'b12-multi-sql-kql-admins-and-foreign-signins-7d',
    question:
      'list the admin users from our app database, and check entra sign-ins from outside the US for the last 7 days',
    expect: {
      sql: { table: 'users', has: [/\brole\b/, /'admin'/i] },
      kql: {
        table: 'SigninLogs',
        has: [/Location\s*(!=|!~|<>|!in~?\s*\(|!has|!contains)\s*\(?\s*["'](US|United States)/i, WEEK_KQL],
      },
    },
  },
  // clarification
  { id: 'b12-clarify-again-last-week', question: 'can u run it again but for last week instead', clarification: true },
  { id: 'b12-clarify-what-about-other-one', question: 'what about the other one?', clarification: true },
  { id: 'b12-clarify-is-this-normal', question: 'is this normal??', clarification: true },
];

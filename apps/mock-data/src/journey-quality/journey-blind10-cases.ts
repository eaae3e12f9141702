import type { JourneyCase } from './journey-cases';
import { TODAY_KQL, TODAY_SPL, kqlEvent } from './journey-patterns';
import { DAY_MS, iso, kqlDate, splDate, utcDay } from './journey-dates';

/**
 * An eleventh journey-quality set ("blind10"), written blind on 2026-11-27 (01:36–01:43 UTC): before
 * reading the query builders, the constraint extractor, the routing code or the other blind case
 * lists. Read: the case format and the first cases of journey-cases.ts, blind8's and blind9's lists
 * (for the format and to avoid repeating their questions), the runner, the checkers,
 * run-journeys.ts, the mesh's schemas (kql/spl/sql.json), the wire contract and issue 11.
 * 12 SQL, 12 KQL, 9 SPL, 5 two-platform and 2 clarification cases; more weight on the business
 * database than blind9. No question names a query language or platform product; they name data
 * sources as users do (entra, cloudtrail, sysmon, defender, wineventlog, the o365 index,
 * OfficeActivity, "our orders db", "our app's users table"). Phrasing: long questions with
 * context, polite requests, terse fragments, typos and lowercase, non-native English, numbers as
 * words ("more than ten", "last four hours", "two thousand euros"). Values: UPNs, IPs, a CIDR,
 * ports, an MD5 and a SHA1, process names, event IDs, logon type, API calls, operations, statuses,
 * amounts with currencies, countries, a segment, a role, a department, an event type. Shapes:
 * thresholds after aggregation (HAVING / where count), distinct counts, top N, sums and averages by
 * a column, revenue from quantity × price, "never" (anti-join), "not in N days" as a condition,
 * 15-minute / weekly / monthly buckets, two group keys. Windows: today, yesterday (both ends),
 * since yesterday, since the 1st of the month, last quarter (both ends), a named month, a year,
 * last N hours/days/weeks/months. Calendar windows come from the run's clock (UTC). Checks accept
 * any reasonable spelling of the same condition and reject queries that do not answer the question.
 * First run (committed before it): 16/40. After it, one failing check was stricter than the question
 * (the end of "november 2026" while November is the current month; marked in its case): still 16/40.
 */

const NOW = new Date();
const daysAgo = (days: number): Date => new Date(TODAY.getTime() - days * DAY_MS);

const TODAY = utcDay(NOW);
const YESTERDAY = new Date(TODAY.getTime() - DAY_MS);
const MONTH_START = new Date(Date.UTC(TODAY.getUTCFullYear(), TODAY.getUTCMonth(), 1));
const QUARTER_START = new Date(Date.UTC(TODAY.getUTCFullYear(), Math.floor(TODAY.getUTCMonth() / 3) * 3, 1));
const LAST_QUARTER_START = new Date(
  Date.UTC(QUARTER_START.getUTCFullYear(), QUARTER_START.getUTCMonth() - 3, QUARTER_START.getUTCDate()),
);
const LAST_QUARTER_LAST_DAY = new Date(QUARTER_START.getTime() - DAY_MS);
const SIX_MONTHS_AGO = new Date(Date.UTC(TODAY.getUTCFullYear(), TODAY.getUTCMonth() - 6, TODAY.getUTCDate()));

// KQL windows
const DAY1_KQL = /ago\((24h|1d)\)/;
const YESTERDAY_START_KQL = new RegExp(
  `startofday\\(\\s*(ago\\(\\s*1d\\s*\\)|now\\(\\)\\s*-\\s*1d)\\s*\\)|startofday\\(\\s*now\\(\\)\\s*\\)\\s*-\\s*1d|${kqlDate(YESTERDAY)}`,
);
const YESTERDAY_END_KQL = new RegExp(
  `<\\s*startofday\\(\\s*now\\(\\)\\s*\\)|\\.\\.\\s*startofday\\(\\s*now\\(\\)\\s*\\)|endofday\\(\\s*(ago\\(\\s*1d\\s*\\)|now\\(\\)\\s*-\\s*1d)\\s*\\)|<\\s*${kqlDate(TODAY)}`,
);
const KQL_FAILED =
  /ResultType\s*(!=|<>|!in|!has)|ResultType\s*!=\s*["']?0|ResultType\s+in\s*\(\s*["']?5|ResultType\s*==\s*["']?5/;
const KQL_SUCCESS = /ResultType\s*(==|=~|in\s*\()\s*\(?\s*["']?0["']?\s*\)?(?!\d)/;

// SPL windows
const DAY1_SPL = /earliest\s*=\s*"?-(24h|1d)\b/;
const WEEK_SPL = /earliest\s*=\s*"?-(7d|168h|1w)\b/;
const THIS_MONTH_SPL = new RegExp(`earliest\\s*=\\s*"?(@mon|-0mon@mon|${splDate(MONTH_START)})`);
/** Windows Security event IDs, which must never be applied to sysmon (SPL). */
const WINDOWS_SECURITY_IDS_SPL = /EventCode\s*=\s*"?(4624|4625|4688|4720|4728|4740)\b/;

// SQL windows
/** "the last N days" in PostgreSQL: `interval '30 days'`, `30 * interval '1 day'`, `make_interval(days => 30)`, the date. */
const sqlDays = (days: number): RegExp =>
  new RegExp(`'${days}\\s*days?'|${days}\\s*days?\\b|days\\s*=>\\s*${days}\\b|${iso(daysAgo(days))}`, 'i');
const THIS_MONTH_SQL = new RegExp(`date_trunc\\(\\s*'month'|${iso(MONTH_START)}`, 'i');
const LAST_QUARTER_START_SQL = new RegExp(
  `${iso(LAST_QUARTER_START)}|date_trunc\\(\\s*'quarter'[^;]*-\\s*interval\\s*'(3 months?|1 quarter)'`,
  'i',
);
const LAST_QUARTER_END_SQL = new RegExp(
  `${iso(QUARTER_START)}|${iso(LAST_QUARTER_LAST_DAY)}\\s+23:59|<\\s*date_trunc\\(\\s*'quarter'`,
  'i',
);
const SIX_MONTHS_SQL = new RegExp(
  `6\\s*months?|6\\s*mons?\\b|months\\s*=>\\s*6\\b|180\\s*days?|${iso(SIX_MONTHS_AGO)}`,
  'i',
);
const MONTH_BUCKET_SQL = /date_trunc\(\s*'month'|to_char\([^)]*'(YYYY-)?MM'|EXTRACT\(\s*MONTH|date_part\(\s*'month'/i;
const WEEK_BUCKET_SQL = /date_trunc\(\s*'week'|EXTRACT\(\s*WEEK|date_part\(\s*'week'|to_char\([^)]*'(I?YYYY-)?I?W/i;
/** The end of November 2026: its next day or its last, or the run's clock while it is the current month. */
const NOVEMBER_2026_END_SQL = new RegExp(
  `2026-12-01|2026-11-30${iso(MONTH_START) === '2026-11-01' ? `|<\\s*(now\\(\\)|CURRENT_TIMESTAMP|(CAST\\(\\s*)?'${iso(TODAY)})` : ''}`,
  'i',
);
/** A window on the customers' creation date, where the question is about their orders. */
const CUSTOMER_CREATED_SQL = /\b(c|cu|cust|customers)\.created_at/i;

export const BLIND10_JOURNEY_CASES: readonly JourneyCase[] = [
  // SQL: the business database (orders, invoices, customers, products, budget, app users and events)
  {
    id: 'b10-sql-monthly-revenue-completed-2026',
    question: 'could you pull the total revenue per month for 2026 from our orders db? only completed orders please',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          MONTH_BUCKET_SQL,
          /'completed'/i,
          /created_at/,
          /2026-01-01|(EXTRACT\(\s*YEAR|date_part\(\s*'year')[^)]*\)\s*=\s*2026/i,
        ],
      },
    },
  },
  {
    id: 'b10-sql-customers-over-2000-eur-last-quarter',
    question: 'which customers spent more than two thousand euros in total last quarter?',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /'EUR'/,
          /GROUP BY[^;]*(customer_id|name|email)/i,
          /HAVING\s+SUM\(\s*(\w+\.)?total\s*\)\s*>\s*2000(\.0+)?\b/i,
          /created_at/,
          LAST_QUARTER_START_SQL,
          LAST_QUARTER_END_SQL,
        ],
        not: [CUSTOMER_CREATED_SQL],
      },
    },
  },
  {
    id: 'b10-sql-top3-products-revenue-90d',
    question: 'top three products by revenue over the last 90 days',
    expect: {
      sql: {
        table: 'order_items',
        has: [
          /SUM\(\s*(\w+\.)?quantity\s*\*\s*(\w+\.)?unit_price\s*\)|SUM\(\s*(\w+\.)?unit_price\s*\*\s*(\w+\.)?quantity\s*\)/i,
          /GROUP BY[^;]*(product_id|name)/i,
          /ORDER BY[^;]*DESC/i,
          /LIMIT\s+3\b|FETCH FIRST 3\b/i,
          /created_at/,
          sqlDays(90),
        ],
        not: [/\b(p|pr|prod|products)\.created_at/i],
      },
    },
  },
  {
    id: 'b10-sql-netherlands-customers-never-ordered',
    question: 'please give me the customers from netherlands which never did an order',
    expect: {
      sql: {
        table: 'customers',
        has: [/'(the )?(Netherlands|NL)'/i, /NOT EXISTS|NOT IN|LEFT JOIN[\s\S]*IS NULL/i, /orders/],
        not: [/created_at\s*(>|>=|BETWEEN)/i],
      },
    },
  },
  {
    id: 'b10-sql-september-invoices-paid-late',
    question: 'how many invoices issued in september 2026 were paid after their due date?',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /COUNT\(/i,
          /paid_at(::date|\s+AS\s+date\s*\))?\s*>\s*(\w+\.)?due_date|due_date\s*<\s*(CAST\(\s*)?(\w+\.)?paid_at/i,
          /issued_at/,
          /2026-09-01/,
          /2026-10-01|2026-09-30/,
        ],
      },
    },
  },
  {
    id: 'b10-sql-avg-order-value-by-country-smb-6mo',
    question: 'avg order vaule per country for smb customers over the last six months',
    expect: {
      sql: {
        table: 'orders',
        has: [/AVG\(\s*(\w+\.)?total\s*\)/i, /GROUP BY[^;]*country/i, /'smb'/i, /created_at/, SIX_MONTHS_SQL],
        not: [/JOIN\s+order_items/i, CUSTOMER_CREATED_SQL],
      },
    },
  },
  {
    id: 'b10-sql-weekly-cancelled-usd-november',
    question: 'weekly count of cancelled orders and their total value in USD for november 2026',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /'cancel+ed'/i,
          /'USD'/,
          WEEK_BUCKET_SQL,
          /COUNT\(/i,
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          /created_at/,
          /2026-11-01/,
          // Fixed after the first run: while November 2026 is the current month, an end at the run's
          // clock (`< now()`, `< '<today>…'`) covers the same month and answers the question.
          NOVEMBER_2026_END_SQL,
        ],
      },
    },
  },
  {
    id: 'b10-sql-admins-no-login-30d',
    question: "app users with the admin role that haven't logged in in the last thirty days",
    expect: {
      sql: {
        table: 'users',
        has: [
          /role\s*(=|ILIKE|LIKE|IN)\s*\(?\s*'admin'/i,
          /last_login_at\s*(<|<=)|last_login_at\s+IS\s+NULL/i,
          sqlDays(30),
        ],
        not: [/last_login_at\s*>=?\s*(now|CURRENT|'\d)/i],
      },
    },
  },
  {
    id: 'b10-sql-users-over-10-login-failed-this-month',
    question: 'which users had more than ten login_failed events in our app since the 1st of this month?',
    expect: {
      sql: {
        table: 'events',
        has: [
          /'login_failed'/,
          /GROUP BY[^;]*user_id/i,
          /HAVING\s+COUNT\([^)]*\)\s*(>\s*10|>=\s*11)\b/i,
          /occurred_at/,
          THIS_MONTH_SQL,
        ],
      },
    },
  },
  {
    id: 'b10-sql-marketing-budget-left-per-category-fy2026',
    question: 'how much budget is left per category for marketing in fiscal year 2026?',
    expect: {
      sql: {
        table: 'budget',
        has: [
          /department\s*(=|ILIKE|LIKE|IN)\s*\(?\s*'marketing'/i,
          /fiscal_year\s*=\s*2026/,
          /GROUP BY[^;]*category/i,
          /SUM\(\s*(\w+\.)?amount\s*\)\s*-\s*SUM\(\s*(\w+\.)?spent\s*\)|SUM\(\s*(\w+\.)?amount\s*-\s*(\w+\.)?spent\s*\)/i,
        ],
      },
    },
  },
  {
    id: 'b10-sql-chf-orders-over-1k-switzerland-2w',
    question: 'orders over 1k CHF from customers in switzerland in the last two weeks',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /'CHF'/,
          /total\s*>=?\s*1000(\.0+)?\b/,
          /country\s*(=|ILIKE|LIKE|IN)\s*\(?\s*'(Switzerland|CH)'/i,
          /created_at/,
          new RegExp(`${sqlDays(14).source}|2\\s*weeks?|'14'`, 'i'),
        ],
        not: [CUSTOMER_CREATED_SQL],
      },
    },
  },
  {
    id: 'b10-sql-churned-customers-per-segment',
    question: 'Could you tell me how many churned customers we have per segment?',
    expect: {
      sql: {
        table: 'customers',
        has: [/status\s*(=|ILIKE|LIKE|IN)\s*\(?\s*'churned'/i, /COUNT\(/i, /GROUP BY[^;]*segment/i],
        not: [/created_at\s*(>|>=|BETWEEN)/i],
      },
    },
  },
  // KQL: Entra sign-ins and audit, Windows security events, Defender device tables, Azure, Office
  {
    id: 'b10-kql-password-spray-ips-over-10-accounts-3h',
    question:
      "I'm investigating an incident where someone may have password-sprayed our tenant. Could you find the IP addresses that failed to sign in to more than ten different accounts in Entra over the last 3 hours?",
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          KQL_FAILED,
          /dcount\((UserPrincipalName|UserId)\)|count_distinct\((UserPrincipalName|UserId)\)/,
          /by\s+IPAddress\b/,
          /where\s+\w+\s*(>\s*10|>=\s*11)\b/,
          /ago\((3h|180m)\)/,
        ],
      },
    },
  },
  {
    id: 'b10-kql-mallory-success-outside-germany-2w',
    question: 'sucessful sign-ins for mallory@contoso.com from outside germany in the past two weeks',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          'mallory@contoso.com',
          KQL_SUCCESS,
          /Location\s*(!=|!in~?|!~|!has|!contains|!startswith)\s*\(?\s*["'](DE|Germany)/i,
          /ago\((14d|336h)\)/,
        ],
      },
    },
  },
  {
    id: 'b10-kql-signins-per-app-and-auth-requirement-yesterday',
    question: 'count sign-ins per app and per authentication requirement (single vs multi factor) for yesterday',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /by\s+[^|]*(AppDisplayName[^|]*AuthenticationRequirement|AuthenticationRequirement[^|]*AppDisplayName)/,
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b10-kql-4720-accounts-created-5d',
    question:
      'new user accounts created on the domain controllers (event 4720) in the last five days - who created them?',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4720), /SubjectUserName|\bAccount\b/, /TargetUserName/, /ago\((5d|120h)\)/],
      },
    },
  },
  {
    id: 'b10-kql-rdp-logons-type10-by-computer-account-24h',
    question: 'successful remote desktop logons (logon type 10) per computer and account over the past 24 hrs',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4624),
          /LogonType\s*(==|in\s*\()\s*10\b/,
          /by\s+[^|]*(Computer[^|]*(TargetUserName|Account)|(TargetUserName|Account)[^|]*Computer)/,
          DAY1_KQL,
        ],
      },
    },
  },
  {
    id: 'b10-kql-4688-certutil-urlcache-7d',
    question:
      'any certutil -urlcache downloads on the windows servers over the past 7 days? (process creation events, 4688)',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4688), /certutil/i, /CommandLine[^|]*urlcache/i, /ago\((7d|168h)\)/],
      },
    },
  },
  {
    id: 'b10-kql-psexec-devices-since-yesterday',
    question: 'which devices ran psexec.exe or psexesvc.exe since yesterday',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/psexec\.exe/i, /psexesvc\.exe/i, /DeviceName/, YESTERDAY_START_KQL],
      },
    },
  },
  {
    id: 'b10-kql-sha1-by-device-30d',
    question:
      'anything with sha1 3395856ce81f2b7382dee72602f798b642f14140 executed in the last 30 days? group by device pls',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: ['3395856ce81f2b7382dee72602f798b642f14140', /SHA1/, /by\s+[^|]*DeviceName/, /ago\((30d|720h)\)/],
      },
    },
  },
  {
    id: 'b10-kql-top20-devices-smb-445-1d',
    question: 'top 20 devices by outbound smb connections (port 445) in the last day',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [/RemotePort\s*(==|in\s*\()\s*445\b/, /DeviceName/, /top\s+20\s+by|take\s+20\b|limit\s+20\b/, DAY1_KQL],
      },
    },
  },
  {
    id: 'b10-kql-azure-vm-deletes-10d',
    question: 'who has deleted virtual machines in azure in the past ten days?',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [/virtualMachines\/delete/i, /Caller/, /ago\((10d|240h)\)/],
      },
    },
  },
  {
    id: 'b10-kql-officeactivity-filedownloaded-over-100-3d',
    question: 'users with more than 100 FileDownloaded operations in OfficeActivity over the past three days',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [
          /Operation\s*(==|=~|in~?\s*\(|has)\s*\(?\s*["']FileDownloaded/,
          /by\s+[^|]*UserId/,
          /where\s+\w+\s*(>\s*100|>=\s*101)\b/,
          /ago\((3d|72h)\)/,
        ],
      },
    },
  },
  {
    id: 'b10-kql-entra-admin-password-resets-today',
    question: 'password resets done by admins in entra id today, pls',
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [/Reset (user )?password/i, TODAY_KQL],
      },
    },
  },
  // SPL: Windows event logs, sysmon, o365, AWS CloudTrail, the CIM data models (Web, Network_Traffic)
  {
    id: 'b10-spl-4625-15min-buckets-4h',
    question: 'count of 4625 failed logons in wineventlog in 15 minute buckets over the last four hours',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [/EventCode\s*(=|IN\s*\()\s*"?4625\b/, /span\s*=\s*15m(in)?\b/, /earliest\s*=\s*"?-(4h|240m)\b/],
      },
    },
  },
  {
    id: 'b10-spl-4728-group-adds-this-month',
    question: '4728 events (member added to a global security group) in wineventlog since the 1st of the month',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [/EventCode\s*(=|IN\s*\()\s*"?4728\b/, THIS_MONTH_SPL],
      },
    },
  },
  {
    id: 'b10-spl-sysmon-exec-from-appdata-temp-48h',
    question: 'sysmon: executables launched out of AppData\\Local\\Temp in the past 48 hours, count by image and host',
    expect: {
      spl: {
        table: 'sysmon',
        has: [
          /(?<!Parent)Image[^|]*AppData\\{1,4}Local\\{1,4}Temp/i,
          /by\s+[^|]*((?<!Parent)Image[^|]*\bhost\b|\bhost\b[^|]*(?<!Parent)Image)/,
          /earliest\s*=\s*"?-(48h|2d)\b/,
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b10-spl-sysmon-hosts-to-ip-12h',
    question: 'which hosts made sysmon network connections to 45.133.1.20 over the last 12 hours?',
    expect: {
      spl: {
        table: 'sysmon',
        has: [/DestinationIp\s*(=|IN\s*\()\s*"?45\.133\.1\.20\b/, /\bhost\b/, /earliest\s*=\s*"?-(12h|720m)\b/],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b10-spl-o365-new-inboxrule-2w',
    question: 'inbox rules created in the o365 index (New-InboxRule) in the last two weeks, with user and client ip',
    expect: {
      spl: {
        table: 'o365',
        has: [/New-InboxRule/, /UserId/, /ClientIP/, /earliest\s*=\s*"?-(14d|2w|336h)\b/],
      },
    },
  },
  {
    id: 'b10-spl-cloudtrail-stoplogging-deletetrail-90d',
    question: 'cloudtrail StopLogging or DeleteTrail calls in the last 90 days and who made them',
    expect: {
      spl: {
        table: 'aws',
        has: [/StopLogging/, /DeleteTrail/, /userIdentity\.arn/, /earliest\s*=\s*"?-(90d|3mon|2160h)\b/],
      },
    },
  },
  {
    id: 'b10-spl-getsecretvalue-distinct-ips-per-identity-today',
    question: 'number of distinct source ips per iam identity calling GetSecretValue today',
    expect: {
      spl: {
        table: 'aws',
        has: [
          /GetSecretValue/,
          /(dc|distinct_count)\(\s*sourceIPAddress\s*\)/,
          /by\s+[^|]*userIdentity\.arn/,
          TODAY_SPL,
        ],
      },
    },
  },
  {
    id: 'b10-spl-web-sqlmap-user-agent-by-src-7d',
    question: 'requests with sqlmap in the user agent hitting our web servers, by source ip, last seven days',
    expect: {
      spl: {
        table: 'Web',
        has: [/http_user_agent[^|]*sqlmap/i, /by\s+[^|]*\bsrc\b/, WEEK_SPL],
      },
    },
  },
  {
    id: 'b10-spl-top10-dest-by-bytes-out-from-cidr-24h',
    question: 'top 10 destination ips by bytes sent from 10.5.0.0/16 in the past 24h',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /src_ip\s*=\s*"?10\.5\.(0\.0\/16|\*)|cidrmatch\(\s*"10\.5\.0\.0\/16"\s*,\s*(All_Traffic\.)?src_ip/,
          /sum\(\s*(All_Traffic\.)?bytes_out\s*\)/,
          /by\s+[^|]*dest_ip/,
          /head\s+10\b|top\s+(limit=)?10\b|limit=10\b|sort\s+(limit=)?10\b/,
          DAY1_SPL,
        ],
      },
    },
  },
  // two platforms
  {
    id: 'b10-multi-kql-sql-dan-failed-signins-and-active',
    question:
      "dan.k@contoso.com looks compromised - show his failed entra sign-ins over the last 48 hours and tell me if he's still active in our app's users table",
    expect: {
      kql: { table: 'SigninLogs', has: ['dan.k@contoso.com', KQL_FAILED, /ago\((48h|2d)\)/] },
      sql: { table: 'users', has: ['dan.k@contoso.com', /active/] },
    },
  },
  {
    id: 'b10-multi-spl-sql-ip-aws-and-app-events-30d',
    question:
      'ip 102.89.34.10: any aws activity from it in the past 30 days, and any events in our app from that address in the same period?',
    expect: {
      spl: { table: 'aws', has: [/sourceIPAddress/, '102.89.34.10', /earliest\s*=\s*"?-(30d|1mon|720h)\b/] },
      sql: {
        table: 'events',
        has: [/ip_address\s*(=|<<=|IN\s*\()\s*\(?\s*'102\.89\.34\.10'/, /occurred_at/, sqlDays(30)],
      },
    },
  },
  {
    id: 'b10-multi-kql-spl-ip-port-8443-defender-sysmon-3d',
    question: 'check both defender and sysmon for connections to 193.42.33.7 on port 8443 in the past three days',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /RemoteIP\s*(==|in\s*\(|has)\s*\(?\s*["']193\.42\.33\.7["']/,
          /RemotePort\s*(==|in\s*\()\s*8443\b/,
          /ago\((3d|72h)\)/,
        ],
      },
      spl: {
        table: 'sysmon',
        has: [
          /DestinationIp\s*(=|IN\s*\()\s*"?193\.42\.33\.7\b/,
          /DestinationPort\s*(=|IN\s*\()\s*"?8443\b/,
          /earliest\s*=\s*"?-(3d|72h)\b/,
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b10-multi-kql-sql-greg-azure-ops-and-app-events-5d',
    question:
      'we suspect an insider: azure resource operations by greg.h@contoso.com in the past 5 days, plus everything he did in our app over the same period',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [/Caller\s*(==|=~|has|contains|in~?\s*\()\s*\(?\s*["']greg\.h@contoso\.com/i, /ago\((5d|120h)\)/],
      },
      sql: { table: 'events', has: ['greg.h@contoso.com', /users/, /occurred_at/, sqlDays(5)] },
    },
  },
  {
    id: 'b10-multi-kql-spl-md5-defender-sysmon-14d',
    question: 'has md5 e99a18c428cb38d5f260853678922e03 shown up in defender or sysmon in the last 14 days?',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: ['e99a18c428cb38d5f260853678922e03', /MD5/, /ago\((14d|336h)\)/],
      },
      spl: {
        table: 'sysmon',
        // Sysmon's Hashes holds "MD5=…,SHA256=…": a wildcard on the field, a like/match, or the bare term.
        has: [
          /Hashes\s*=\s*"?\*[^"\s]*e99a18c428cb38d5f260853678922e03|(like|match)\(\s*Hashes[^)]*e99a18c428cb38d5f260853678922e03|(^|\s)"?\*?e99a18c428cb38d5f260853678922e03\*?"?(\s|$)/i,
          /earliest\s*=\s*"?-(14d|2w|336h)\b/,
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  // clarification
  {
    id: 'b10-clarify-numbers-for-meeting',
    question: "need the numbers for tomorrow's meeting asap",
    clarification: true,
  },
  { id: 'b10-clarify-spanish-vague', question: '¿me puedes ayudar con esto?', clarification: true },
];

import type { JourneyCase } from './journey-cases';
import { TODAY_KQL, TODAY_SPL, YESTERDAY_END_SPL, kqlEvent, splEvent } from './journey-patterns';
import { DAY_MS, iso, kqlDate, splDate, sqlLiteral, utcDay } from './journey-dates';

/**
 * A twelfth journey-quality set ("blind11"), written blind on 2026-11-27 (01:35–01:55 UTC): before
 * reading the query builders, the constraint extractor, the routing code, planner-core, planner-llm,
 * the planner app or any other journey case list except blind9's. Read: blind9's list (for the case
 * format, the `expect` shapes and the date helpers, and to avoid repeating its questions),
 * run-journeys.ts (to register the set), the mesh's schemas (kql/spl/sql.json) and issue 11.
 * 10 KQL, 8 SPL, 8 SQL, 3 two-platform and 1 clarification case. No question names a query
 * language or platform; they name data sources as users do (defender, sysmon, wineventlog, o365,
 * cloudtrail, the web servers, the firewall, "the app users table"). Values: UPNs, IPs, ports,
 * a SHA-256, process names, event IDs, a ticket encryption type, an Entra role, countries, a host,
 * statuses, amounts with a currency, departments, an AWS error code, Office operations. Shapes:
 * thresholds after aggregation (HAVING / where count > N), top N, hourly and weekly buckets, by X,
 * distinct counts, sums and averages by a column, a product revenue (quantity × unit price).
 * Windows: today, yesterday (both ends), this week/month/year, last quarter (both ends), last N
 * hours/days (some in words), explicit dates, inactivity ("haven't logged in for ninety days") as
 * a condition. Calendar windows are computed from the run's clock (UTC) so the cases stay right on
 * later days. Checks accept any reasonable spelling of the same condition and reject queries that do
 * not answer the question.
 */

const NOW = new Date();

const TODAY = utcDay(NOW);
const YESTERDAY = new Date(TODAY.getTime() - DAY_MS);
/** The most recent Monday / Sunday on or before today. */
const MONDAY = new Date(TODAY.getTime() - ((TODAY.getUTCDay() + 6) % 7) * DAY_MS);
const SUNDAY = new Date(TODAY.getTime() - TODAY.getUTCDay() * DAY_MS);
const MONTH_START = new Date(Date.UTC(TODAY.getUTCFullYear(), TODAY.getUTCMonth(), 1));
const QUARTER_START = new Date(Date.UTC(TODAY.getUTCFullYear(), Math.floor(TODAY.getUTCMonth() / 3) * 3, 1));
const PREVIOUS_QUARTER_START = new Date(Date.UTC(QUARTER_START.getUTCFullYear(), QUARTER_START.getUTCMonth() - 3, 1));
const YEAR = TODAY.getUTCFullYear();

// KQL windows
const DAY1_KQL = /ago\((24h|1d)\)/;
const WEEK_KQL = /ago\((7d|168h)\)/;
const MONTH30_KQL = /ago\((30d|720h)\)/;
const THIS_WEEK_KQL = new RegExp(
  `startofweek\\(\\s*now\\(\\)\\s*(,\\s*1\\s*)?\\)|${kqlDate(MONDAY)}|${kqlDate(SUNDAY)}|ago\\((7d|168h)\\)`,
);

// SPL windows
const DAY1_SPL = /earliest\s*=\s*"?-(24h|1d)\b/;
const WEEK_SPL = /earliest\s*=\s*"?-(7d|168h|1w)\b/;
const YESTERDAY_START_SPL = new RegExp(`earliest\\s*=\\s*"?(-1d@d|${splDate(YESTERDAY)})`);
const THIS_WEEK_SPL = new RegExp(
  `earliest\\s*=\\s*"?(@w[01]?|-0w@w[01]?|-7d\\b|${splDate(MONDAY)}|${splDate(SUNDAY)})`,
);

// SQL windows
const THIS_MONTH_SQL = new RegExp(`date_trunc\\(\\s*'month'|${iso(MONTH_START)}`, 'i');
const THIS_YEAR_SQL = new RegExp(
  `date_trunc\\(\\s*'year'|${YEAR}-01-01|EXTRACT\\(\\s*YEAR|date_part\\(\\s*'year'`,
  'i',
);
/** Last (calendar) quarter: its first day, or the current quarter's start minus three months. */
const LAST_QUARTER_START_SQL = new RegExp(
  `${iso(PREVIOUS_QUARTER_START)}|date_trunc\\(\\s*'quarter'[^;]*interval\\s*'(3 months?|3 mons?|1 quarter)'`,
  'i',
);
/** …and bounded at the current quarter's start. */
const LAST_QUARTER_END_SQL = new RegExp(
  `<\\s*${sqlLiteral}${iso(QUARTER_START)}|<=\\s*${sqlLiteral}${iso(new Date(QUARTER_START.getTime() - DAY_MS))}|<\\s*date_trunc\\(\\s*'quarter'\\s*,\\s*(now\\(\\)|CURRENT_DATE|current_timestamp|localtimestamp)\\s*\\)|BETWEEN[^;]*AND\\s*${sqlLiteral}(${iso(QUARTER_START)}|${iso(new Date(QUARTER_START.getTime() - DAY_MS))})`,
  'i',
);

/** Windows Security event IDs, which must never be applied to sysmon (SPL). */
const WINDOWS_SECURITY_IDS_SPL = /EventCode\s*=\s*"?(4624|4625|4688|4740)\b/;
/** `top 10 by`, `take 10`, `limit 10` (KQL). */
const topKql = (n: number) => new RegExp(`top\\s+${n}\\s+by|take\\s+${n}\\b|limit\\s+${n}\\b`);
/** `head 10`, `top 10`, `top limit=10` (SPL). */
const topSpl = (n: number) => new RegExp(`head\\s+(limit=)?${n}\\b|top\\s+(limit=)?${n}\\b|limit=${n}\\b`);

export const BLIND11_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: Windows security events, Entra sign-ins and audit, Office, Defender device tables, Azure activity
  {
    id: 'b11-kql-4740-lockouts-per-account-today',
    question: 'account lockouts today, how many per account? (event id 4740)',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4740), /count\(/, /by\s+[^|]*(TargetUserName|TargetAccount|Account)\b/, TODAY_KQL],
      },
    },
  },
  {
    id: 'b11-kql-4769-rc4-tickets-by-service-24h',
    question: 'kerberoasting check - 4769 service tickets w/ rc4 encryption (0x17) in the lst 24 hrs, by service name',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4769),
          /TicketEncryptionType\s*(==|=~|in~?\s*\(|has|contains)\s*\(?\s*["']0x17/i,
          /by\s+[^|]*ServiceName/,
          DAY1_KQL,
        ],
      },
    },
  },
  {
    id: 'b11-kql-top10-apps-ca-blocked-7d',
    question: 'which apps had the most sign-ins blocked by conditional access over the last seven days? top ten please',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /ConditionalAccessStatus\s*(==|=~|in~?\s*\(|has|contains)\s*\(?\s*["']failure|ResultType\s*(==|in\s*\()\s*["']?53003/i,
          /by\s+[^|]*AppDisplayName/,
          topKql(10),
          WEEK_KQL,
        ],
      },
    },
  },
  {
    id: 'b11-kql-office-sharepoint-downloads-user-3d',
    question: 'files alex.kim@contoso.com downloaded from sharepoint in the last three days',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: ['alex.kim@contoso.com', /Operation\b[^|]*Download/i, /SharePoint/i, /ago\((3d|72h)\)/],
      },
    },
  },
  {
    id: 'b11-kql-hourly-4625-host-12h',
    question:
      'we had a bunch of alerts from the database server this morning, can u pull hourly failed logons (4625) on SRV-DB01 for the past twelve hours',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4625), /Computer\b[^|]*SRV-DB01/i, /bin\(TimeGenerated,\s*(1h|60m)\)/, /ago\((12h|720m)\)/],
      },
    },
  },
  {
    id: 'b11-kql-sha256-devices-30d',
    question:
      'which devices executed the file with sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 over the last 30 days',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: ['9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', /SHA256/, /DeviceName/, MONTH30_KQL],
      },
    },
  },
  {
    id: 'b11-kql-distinct-devices-port-3389-48h',
    question: 'number of distinct machines with outbound connections on port 3389 in the past 48 hours',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /RemotePort\s*(==|in\s*\()\s*3389\b/,
          /dcount\((DeviceName|DeviceId)\)|count_distinct\((DeviceName|DeviceId)\)/,
          /ago\((48h|2d)\)/,
        ],
      },
    },
  },
  {
    id: 'b11-kql-azure-vm-deletes-caller-ip-week',
    question: 'who deleted VMs in azure this week and from what ip address?',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [/virtualmachines/i, /delete/i, /\bCaller\b/, /CallerIpAddress/, THIS_WEEK_KQL],
      },
    },
  },
  {
    id: 'b11-kql-global-admin-role-adds-30d',
    question: 'any accounts added to the Global Administrator role in the past 30 days? and who did it',
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [/Add member to role/i, /Global Administrator/i, /InitiatedBy/, MONTH30_KQL],
      },
    },
  },
  {
    id: 'b11-kql-russia-nk-distinct-users-per-app-14d',
    question: 'sign ins from russia or north korea during the last 14 days - distinct users per application',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /["'](RU|Russia)/i,
          /["'](KP|North Korea)/i,
          /dcount\((UserPrincipalName|UserId)\)|count_distinct\((UserPrincipalName|UserId)\)/,
          /by\s+[^|]*AppDisplayName/,
          /ago\((14d|2w|336h)\)/,
        ],
      },
    },
  },
  // SPL: wineventlog, o365, the CIM data models (Network_Traffic, Endpoint.Processes, Web), sysmon, aws
  {
    id: 'b11-spl-wineventlog-4625-over-10-by-src-1h',
    question: 'in wineventlog, which source addresses had more than ten failed logons (4625) in the past hour?',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [
          splEvent(4625),
          /by\s+[^|]*\bsrc\b/,
          /(where|search)\s+[^|]*(>\s*10|>=\s*11)\b/,
          /earliest\s*=\s*"?-(1h|60m)\b/,
        ],
      },
    },
  },
  {
    id: 'b11-spl-o365-new-inbox-rules-by-user-7d',
    question: 'new inbox rules created in o365 over the last 7 days, count by user',
    expect: {
      spl: {
        table: 'o365',
        has: [/New-InboxRule/i, /count/, /by\s+[^|]*UserId/, WEEK_SPL],
      },
    },
  },
  {
    id: 'b11-spl-firewall-blocked-to-ip-by-port-today',
    question: 'firewall: blocked connections to 203.0.113.50 today, broken down by destination port',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          '203.0.113.50',
          /action\s*(=|IN\s*\()\s*"?(blocked|block|denied|deny|dropped)/i,
          /by\s+[^|]*(All_Traffic\.)?dest_port/,
          TODAY_SPL,
        ],
      },
    },
  },
  {
    id: 'b11-spl-sysmon-port-4444-hosts-processes-12h',
    question: 'sysmon network connections to port 4444 in the last 12 hours - which hosts and processes?',
    expect: {
      spl: {
        table: 'sysmon',
        has: [/DestinationPort\s*(=|IN\s*\()\s*"?4444\b/, /\bhost\b/, /\bImage\b/, /earliest\s*=\s*"?-(12h|720m)\b/],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b11-spl-endpoint-top10-parents-powershell-week',
    question: 'using the endpoint processes datamodel, top 10 parent processes that launched powershell.exe this week',
    expect: {
      spl: {
        table: 'Endpoint.Processes',
        has: [/process_name\s*(=|IN\s*\()\s*"?powershell\.exe/i, /parent_process_name/, topSpl(10), THIS_WEEK_SPL],
      },
    },
  },
  {
    id: 'b11-spl-web-top20-src-bytes-out-4h',
    question:
      'which clients pulled the most data from our web servers in the last 4 hours? sum of bytes out per src, top 20',
    expect: {
      spl: {
        table: 'Web',
        has: [/sum\((Web\.)?bytes_out\)/, /by\s+[^|]*(Web\.)?src\b/, topSpl(20), /earliest\s*=\s*"?-(4h|240m)\b/],
      },
    },
  },
  {
    id: 'b11-spl-cloudtrail-top10-accessdenied-24h',
    question: 'top 10 IAM principals getting AccessDenied in cloudtrail over the last 24 hours',
    expect: {
      spl: {
        table: 'aws',
        has: [/errorCode\s*(=|IN\s*\()\s*"?\*?AccessDenied/i, /userIdentity\.arn/, topSpl(10), DAY1_SPL],
      },
    },
  },
  {
    id: 'b11-spl-o365-file-deletes-bob-yesterday',
    question: 'what files did bob@contoso.com delete in o365 yesterday',
    expect: {
      spl: {
        table: 'o365',
        has: [
          'bob@contoso.com',
          /FileDeleted|Operation\s*(=|IN\s*\()\s*"?\*?(File)?Delete/i,
          YESTERDAY_START_SPL,
          YESTERDAY_END_SPL,
        ],
      },
    },
  },
  // SQL: the business database
  {
    id: 'b11-sql-customers-more-than-5-orders-this-year',
    question: 'customers who placed more than five orders this year',
    expect: {
      sql: {
        table: 'orders',
        has: [/GROUP BY[^;]*customer_id/i, /HAVING\s+COUNT\([^)]*\)\s*(>\s*5|>=\s*6)\b/i, /created_at/, THIS_YEAR_SQL],
      },
    },
  },
  {
    id: 'b11-sql-eur-revenue-by-country-last-quarter-paid',
    question: 'total revenue in EUR per country for last quarter, paid orders only',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          /'EUR'/,
          /'paid'/i,
          /GROUP BY[^;]*country/i,
          LAST_QUARTER_START_SQL,
          LAST_QUARTER_END_SQL,
        ],
      },
    },
  },
  {
    id: 'b11-sql-avg-order-value-by-segment-30d',
    question: 'avg order value by customer segment, past 30 days',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /AVG\(\s*(\w+\.)?total\s*\)/i,
          /GROUP BY[^;]*segment/i,
          /created_at/,
          /30 days?|'30'|interval '1 month'/i,
        ],
        not: [/\b(c|cu|cust|customers)\.created_at\s*(>|>=|BETWEEN)/i],
      },
    },
  },
  {
    id: 'b11-sql-unpaid-invoices-over-10k-usd-before-sept',
    question: 'unpaid invoices above 10,000 USD that were issued before 1 september 2026',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /paid_at\s+IS\s+NULL|status\s*(<>|!=)\s*'paid'|status\s*(=|IN)\s*\(?\s*'(unpaid|overdue|open)/i,
          /amount\s*>=?\s*10000\b/,
          /'USD'/,
          new RegExp(`issued_at\\s*<\\s*${sqlLiteral}2026-09-01|issued_at\\s*<=\\s*${sqlLiteral}2026-08-31`, 'i'),
        ],
      },
    },
  },
  {
    id: 'b11-sql-engineering-users-no-login-90d',
    question: "active users in engineering who haven't logged in for ninety days",
    expect: {
      sql: {
        table: 'users',
        has: [
          /'engineering'/i,
          /\bactive\s*(=\s*(true|'t'|1)|IS\s+TRUE)|(WHERE|AND)\s+(\w+\.)?active\b(?!\s*=\s*false)/i,
          /last_login_at\s*<=?[^;]*(90 days?|'90)|-\s*(\w+\.)?last_login_at\s*\)?\s*>=?[^;]*90|age\([^)]*last_login_at\s*\)\s*>=?[^;]*90/i,
        ],
        not: [/(?<!-\s*(\w+\.)?)last_login_at\s*>=?\s*[^;]*90/i],
      },
    },
  },
  {
    id: 'b11-sql-top10-products-revenue-month',
    question: 'top 10 products by revenue this month',
    expect: {
      sql: {
        table: 'order_items',
        has: [
          /SUM\(\s*(\w+\.)?quantity\s*\*\s*(\w+\.)?unit_price\s*\)|SUM\(\s*(\w+\.)?unit_price\s*\*\s*(\w+\.)?quantity\s*\)/i,
          /GROUP BY[^;]*(product_id|name)/i,
          /LIMIT\s+10\b|FETCH FIRST 10/i,
          /created_at/,
          THIS_MONTH_SQL,
        ],
      },
    },
  },
  {
    id: 'b11-sql-distinct-users-login-failed-per-ip-7d',
    question: 'how many distinct users had login_failed events from each ip address in the past seven days',
    expect: {
      sql: {
        table: 'events',
        has: [
          /'login_failed'/,
          /COUNT\(\s*DISTINCT\s+(\w+\.)?user_id\s*\)/i,
          /GROUP BY[^;]*ip_address/i,
          /occurred_at/,
          /7 days?|'7'|interval '1 week'/i,
        ],
      },
    },
  },
  {
    id: 'b11-sql-weekly-cancelled-orders-since-aug',
    question: 'weekly count of cancelled orders since 2026-08-01',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /'cancell?ed'/i,
          /COUNT\(/i,
          /date_trunc\(\s*'week'/i,
          new RegExp(`created_at\\s*>=?\\s*${sqlLiteral}2026-08-01`, 'i'),
        ],
      },
    },
  },
  // two platforms
  {
    id: 'b11-multi-kql-sql-maria-risky-signins-and-active',
    question:
      'did maria.lopez@contoso.com have any risky sign ins this week? also is her account still active in the app users table',
    expect: {
      kql: { table: 'SigninLogs', has: ['maria.lopez@contoso.com', /RiskLevelDuringSignIn/, THIS_WEEK_KQL] },
      sql: { table: 'users', has: ['maria.lopez@contoso.com', /\bactive\b/] },
    },
  },
  {
    id: 'b11-multi-kql-spl-ip-defender-and-sysmon-2d',
    question: 'check both defender and sysmon for connections to 91.219.236.18 in the past two days',
    expect: {
      kql: { table: 'DeviceNetworkEvents', has: ['91.219.236.18', /RemoteIP/, /ago\((2d|48h)\)/] },
      spl: {
        table: 'sysmon',
        has: ['91.219.236.18', /DestinationIp/, /earliest\s*=\s*"?-(2d|48h)\b/],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b11-multi-spl-sql-ip-cloudtrail-and-app-events',
    question:
      "anything in cloudtrail from 198.51.100.23 in the last 24 hours? and did the same ip show up in our app's events table",
    expect: {
      spl: { table: 'aws', has: ['198.51.100.23', /sourceIPAddress/, DAY1_SPL] },
      sql: { table: 'events', has: ['198.51.100.23', /ip_address/] },
    },
  },
  // clarification
  { id: 'b11-clarify-same-as-yesterday', question: 'same as yesterday pls', clarification: true },
];

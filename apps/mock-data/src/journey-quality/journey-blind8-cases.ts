import type { JourneyCase } from './journey-cases';

/**
 * A ninth journey-quality set ("blind8"), written blind on 2026-11-26 (22:59–23:05 UTC): before
 * reading the query builders, the constraint extractor, the routing code or the other blind case
 * lists (only the case format and three cases of journey-cases.ts, blind6's list to avoid repeating
 * its questions, the runner, the checkers, run-journeys.ts, the mesh's schemas and the wire
 * contract were read). 14 KQL, 10 SPL, 10 SQL, 4 two-platform and 2 clarification cases, phrased
 * as new users write: typos ("lst 24 hrs", "logons"), lowercase, terse and long questions, values
 * (UPNs, IPs, ports, hashes, process names, event IDs, statuses, amounts, currencies, countries,
 * apps), shapes (HAVING, top N, hourly/daily buckets, by country, distinct users, averages by
 * segment) and windows (this week/month/year, explicit dates, "not logged in for 90 days").
 * Checks accept any reasonable spelling of the same condition.
 */

const DAY1_KQL = /ago\((24h|1d)\)/;
const DAY1_SPL = /earliest=-(24h|1d)/;
const WEEK_KQL = /ago\((7d|168h)\)|startofweek\(/;
const WEEK_SPL = /earliest=-(7d|168h|1w|@w)|earliest=@w/;
const KQL_FAILED =
  /ResultType\s*(!=|<>|!in|!has)|ResultType\s*!=\s*["']?0|ResultType\s+in\s*\(\s*["']?5|ResultType\s*==\s*["']?5/;
const TOP10_KQL = /top 10 by|take 10|limit 10/;
const TOP10_SPL = /head 10|top (limit=)?10|limit=10/;
const SQL_LIMIT10 = /LIMIT\s+10\b|FETCH FIRST 10/i;

export const BLIND8_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL
  {
    id: 'b8-kql-failed-signins-bob-24h',
    question: 'failed sign-ins for bob@contoso.com in the lst 24 hrs',
    expect: { kql: { table: 'SigninLogs', has: ['bob@contoso.com', KQL_FAILED, DAY1_KQL] } },
  },
  {
    id: 'b8-kql-4625-by-computer-today',
    question: 'How many 4625 events per computer today?',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [/EventID\s*(==|in\s*\()\s*4625/, /by Computer/, /startofday\(now\(\)\)|ago\((24h|1d)\)/],
      },
    },
  },
  {
    id: 'b8-kql-lockouts-4740-week',
    question: 'list account lockouts (4740) this week with the target user name',
    expect: { kql: { table: 'SecurityEvent', has: [/EventID\s*(==|in\s*\()\s*4740/, /TargetUserName/, WEEK_KQL] } },
  },
  {
    id: 'b8-kql-kerberoasting-4769-rc4',
    question: 'Kerberos service tickets (4769) requested with RC4 encryption (0x17) in the last 7 days',
    expect: {
      kql: { table: 'SecurityEvent', has: [/EventID\s*(==|in\s*\()\s*4769/, /TicketEncryptionType/, /0x17/, WEEK_KQL] },
    },
  },
  {
    id: 'b8-kql-powershell-hourly-24h',
    question: 'powershell.exe process executions per hour over the last 24 hours',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/powershell\.exe/i, /bin\((TimeGenerated|Timestamp),\s*(1h|60m)\)/, DAY1_KQL],
      },
    },
  },
  {
    id: 'b8-kql-connections-port-4444',
    question: 'any outbound connections to port 4444 from our devices in the past 3 days?',
    expect: { kql: { table: 'DeviceNetworkEvents', has: [/RemotePort\s*(==|in\s*\()\s*4444/, /ago\((3d|72h)\)/] } },
  },
  {
    id: 'b8-kql-sha256-hash-devices',
    question:
      'Which devices ran a file with SHA256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 this month?',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
          /DeviceName/,
          /startofmonth\(|ago\(30d\)/,
        ],
      },
    },
  },
  {
    id: 'b8-kql-distinct-users-teams-by-country',
    question: 'distinct users signing into Microsoft Teams by country, last 7 days',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: ['Teams', /dcount\((UserPrincipalName|UserId)\)|count_distinct/, /by Location/, WEEK_KQL],
      },
    },
  },
  {
    id: 'b8-kql-top10-ips-failed-signins',
    question: 'top 10 IP addresses with the most failed logins in the last 24h',
    expect: { kql: { table: 'SigninLogs', has: [/IPAddress/, KQL_FAILED, TOP10_KQL, DAY1_KQL] } },
  },
  {
    id: 'b8-kql-azure-nsg-deletes-date',
    question: 'who deleted network security groups in azure on 2026-11-18',
    expect: {
      kql: { table: 'AzureActivity', has: [/networkSecurityGroups\/delete/i, /Caller/, /2026-11-18/] },
    },
  },
  {
    id: 'b8-kql-high-risk-signins-yesterday',
    question: 'Show me high risk sign-ins from yesterday',
    expect: {
      kql: { table: 'SigninLogs', has: [/RiskLevelDuringSignIn/, /high/i, /startofday\(|ago\((1d|24h|2d)\)/] },
    },
  },
  {
    id: 'b8-kql-sharepoint-file-deleted-user',
    question: 'files deleted in SharePoint by dave@contoso.com in the last 14 days',
    expect: { kql: { table: 'OfficeActivity', has: ['dave@contoso.com', /FileDeleted/i, /ago\((14d|2w)\)/] } },
  },
  {
    id: 'b8-kql-mfa-not-satisfied-ca-failure',
    question: 'sign-ins blocked by conditional access in the past 48 hours, by app',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [/ConditionalAccessStatus/, /failure/i, /by AppDisplayName/, /ago\((48h|2d)\)/],
      },
    },
  },
  {
    id: 'b8-kql-mimikatz-cmdline-30d',
    question: 'processes with sekurlsa::logonpasswords in the command line, past 30 days',
    expect: {
      kql: { table: 'DeviceProcessEvents', has: [/sekurlsa::logonpasswords/i, /ProcessCommandLine/, /ago\(30d\)/] },
    },
  },
  // SPL
  {
    id: 'b8-spl-failed-logons-4625-by-src',
    question: 'splunk: failed windows logons (4625) by source ip last 24 hours',
    expect: { spl: { table: 'wineventlog', has: [/EventCode="?4625/, /by src\b/, DAY1_SPL] } },
  },
  {
    id: 'b8-spl-sysmon-network-4444',
    question: 'sysmon network connections to destination port 4444 in the past 7 days',
    expect: {
      spl: {
        table: 'sysmon',
        has: [/DestinationPort="?4444/, WEEK_SPL],
        not: [/EventCode="?(4624|4625|4688)/],
      },
    },
  },
  {
    id: 'b8-spl-sysmon-mshta-parent',
    question: 'In Splunk, which parent processes launched mshta.exe this week?',
    expect: {
      spl: {
        // Fixed after the first run: the question names no source, so the Endpoint.Processes data
        // model (parent_process_name) is as right as sysmon (ParentImage).
        has: [/mshta\.exe/i, /ParentImage|parent_process/, WEEK_SPL],
        not: [/EventCode="?4688/],
      },
    },
  },
  {
    id: 'b8-spl-o365-mailbox-login-failed',
    question: 'o365 failed UserLoggedIn events for carol@contoso.com yesterday',
    expect: {
      spl: {
        table: 'o365',
        has: [/UserLoggedIn|UserLoginFailed/, 'carol@contoso.com', /earliest=-(1d@d|2d|24h|48h)|earliest=-1d/],
      },
    },
  },
  {
    id: 'b8-spl-aws-console-login-no-mfa',
    question: 'cloudtrail ConsoleLogin events from 203.0.113.7 in the last 30 days',
    expect: {
      spl: { table: 'aws', has: ['ConsoleLogin', '203.0.113.7', /earliest=-(30d|1mon)/] },
    },
  },
  {
    id: 'b8-spl-aws-access-denied-top10',
    question: 'top 10 IAM users getting AccessDenied errors in CloudTrail over the past week',
    expect: {
      spl: { table: 'aws', has: [/AccessDenied/, /userIdentity\.arn/, TOP10_SPL, WEEK_SPL] },
    },
  },
  {
    id: 'b8-spl-web-404-hourly',
    question: 'hourly count of 404s on the web servers lst 24h',
    expect: { spl: { table: 'Web', has: [/status="?404/, /span=(1h|60m)/, DAY1_SPL] } },
  },
  {
    id: 'b8-spl-firewall-blocked-by-dest-port',
    question: 'blocked network traffic from 10.1.2.3 by destination port, last 24 hrs',
    expect: {
      spl: { table: 'Network_Traffic', has: ['10.1.2.3', /block|denied/i, /by (All_Traffic\.)?dest_port/, DAY1_SPL] },
    },
  },
  {
    id: 'b8-spl-azure-aad-signin-errors',
    question: 'azure AD sign-in errors in splunk for alice@contoso.com since 2026-11-20',
    expect: {
      spl: { table: 'azure', has: ['alice@contoso.com', /errorCode/, /11\/20\/2026|2026-11-20|1795\d{6}/] },
    },
  },
  {
    id: 'b8-spl-endpoint-procs-rundll32-distinct-hosts',
    question: 'how many distinct hosts ran rundll32.exe today (endpoint data model)',
    expect: {
      spl: {
        table: 'Endpoint.Processes',
        has: [/rundll32\.exe/i, /dc\((Processes\.)?dest\)|distinct_count/, /earliest=(@d|-24h|-1d)/],
      },
    },
  },
  // SQL
  {
    id: 'b8-sql-customers-more-than-5-orders',
    question: 'customers with more than 5 orders',
    expect: { sql: { table: 'orders', has: [/HAVING\s+COUNT\(/i, />\s*5\b/] } },
  },
  {
    id: 'b8-sql-cancelled-orders-this-month',
    question: 'how many orders were cancelled this month?',
    expect: {
      sql: {
        table: 'orders',
        has: [/'cancel+ed'/i, /date_trunc\('month'|interval '1 month'|\d{4}-\d{2}-01/i, /COUNT\(/i],
      },
    },
  },
  {
    id: 'b8-sql-unpaid-invoices-usd-over-5000',
    question: 'unpaid invoices over $5,000',
    expect: { sql: { table: 'invoices', has: [/'unpaid'|paid_at\s+IS\s+NULL/i, />\s*=?\s*5000/, /'USD'/] } },
  },
  {
    id: 'b8-sql-aov-by-segment-2026',
    question: 'average order value by customer segment this year',
    expect: {
      sql: {
        table: 'orders',
        has: [/AVG\((o\.|orders\.)?total\)/i, /segment/, /date_trunc\('year'|2026-01-01|EXTRACT\(YEAR/i],
        not: [/JOIN\s+order_items/i],
      },
    },
  },
  {
    id: 'b8-sql-users-not-logged-in-90d',
    question: 'active users who have not logged in for 90 days',
    expect: {
      sql: {
        table: 'users',
        has: [/last_login_at\s*(<|IS NULL)|last_login_at\s+<=/i, /90 days|90 day|'90'/i, /active/i],
      },
    },
  },
  {
    id: 'b8-sql-revenue-by-country-eur',
    question: 'Total EUR revenue by country for Q3 2026',
    expect: {
      sql: {
        table: 'orders',
        has: [/SUM\((o\.|orders\.)?total\)/i, /country/, /'EUR'/, /2026-07-01/, /2026-10-01|2026-09-30/],
        not: [/JOIN\s+order_items/i],
      },
    },
  },
  {
    id: 'b8-sql-top10-customers-by-spend',
    question: 'top 10 customers by total spend',
    expect: {
      sql: { table: 'orders', has: [/SUM\((o\.|orders\.)?total\)/i, SQL_LIMIT10], not: [/JOIN\s+order_items/i] },
    },
  },
  {
    id: 'b8-sql-orders-per-day-germany-nov',
    question: 'orders per day from customers in Germany between 2026-11-01 and 2026-11-15',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /'(Germany|DE)'/i,
          /2026-11-01/,
          /2026-11-1[56]/,
          /date_trunc\('day'|::date|CAST\([^)]*AS date\)|DATE\(/i,
        ],
      },
    },
  },
  {
    id: 'b8-sql-product-categories-revenue',
    question: 'revenue per product category last month from order items',
    expect: {
      sql: {
        table: 'order_items',
        has: [
          /SUM\([^)]*quantity\s*\*\s*[^)]*unit_price|SUM\([^)]*unit_price\s*\*\s*[^)]*quantity/i,
          /category/,
          /month/i,
        ],
      },
    },
  },
  {
    id: 'b8-sql-login-events-by-ip',
    question: 'failed login events in the app per ip address in the last 7 days',
    expect: {
      sql: { table: 'events', has: [/ip_address/, /fail/i, /7 days|7 day|'7'/i, /GROUP BY/i] },
    },
  },
  // two-platform
  {
    id: 'b8-multi-kql-sql-user-signins-and-role',
    question: "what's carol@contoso.com's role in the users table, and her Entra sign-ins in the last 7 days?",
    expect: {
      kql: { table: 'SigninLogs', has: ['carol@contoso.com', WEEK_KQL] },
      sql: { table: 'users', has: ['carol@contoso.com', /role/] },
    },
  },
  {
    id: 'b8-multi-kql-spl-ip-both',
    question: 'search sentinel and splunk for traffic to 91.219.236.18 over the past 24 hours',
    expect: {
      kql: { has: ['91.219.236.18', DAY1_KQL] },
      spl: { has: ['91.219.236.18', DAY1_SPL] },
    },
  },
  {
    id: 'b8-multi-spl-sql-lockout-and-department',
    question: 'Splunk 4740 lockouts for erin today, and which department erin@contoso.com is in (users table)',
    expect: {
      spl: { table: 'wineventlog', has: [/EventCode="?4740/, /erin/, /earliest=(@d|-24h|-1d)/] },
      sql: { table: 'users', has: ['erin@contoso.com', /department/] },
    },
  },
  {
    id: 'b8-multi-kql-spl-encoded-powershell',
    question: 'powershell -enc executions in the last 48h, check both Defender and Splunk sysmon',
    expect: {
      kql: { table: 'DeviceProcessEvents', has: [/-enc/i, /ago\((48h|2d)\)/] },
      spl: { table: 'sysmon', has: [/-enc/i, /earliest=-(48h|2d)/], not: [/EventCode="?4688/] },
    },
  },
  // clarification
  { id: 'b8-clarify-one-word', question: 'logs', clarification: true },
  { id: 'b8-clarify-german-vague', question: 'Kannst du mal nachschauen, was da los ist?', clarification: true },
];

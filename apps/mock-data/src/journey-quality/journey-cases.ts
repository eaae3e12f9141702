/**
 * The journey-quality set: questions an analyst or a business user asks, with what the generated
 * query must contain. Written for this suite (not taken from the routing eval sets).
 */
export type Pattern = string | RegExp;

export interface QueryCheck {
  /** A table / index / data model the query must read (in the builder's `tables`). */
  readonly table?: string;
  /** Each must appear in the query text. */
  readonly has?: readonly Pattern[];
  /** None may appear. */
  readonly not?: readonly Pattern[];
}

export interface JourneyCase {
  readonly id: string;
  readonly question: string;
  /** The data platforms the plan must query, each with its checks; absent for clarification cases. */
  readonly expect?: Partial<Record<'kql' | 'spl' | 'sql', QueryCheck>>;
  /** True: the planner must answer input_required with a clarification and no plan. */
  readonly clarification?: true;
}

const DAY1 = /ago\((24h|1d)\)/;
const TOP10_KQL = /top 10 by|take 10|limit 10/;

export const JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: Microsoft Sentinel / Defender
  {
    id: 'kql-failed-signins-user',
    question: 'Show failed sign-ins for bob@contoso.com in the last 24 hours',
    expect: { kql: { table: 'SigninLogs', has: ['bob@contoso.com', 'ResultType != "0"', DAY1] } },
  },
  {
    id: 'kql-users-over-5-failures',
    question: 'Which users had more than 5 failed sign-ins in Entra ID in the last 24 hours?',
    expect: {
      kql: { table: 'SigninLogs', has: [/summarize count\(\) by UserPrincipalName/, /where count_ > 5/, DAY1] },
    },
  },
  {
    id: 'kql-top-ips-failed',
    question: 'Top 10 IP addresses by number of failed sign-ins over the last 7 days',
    expect: { kql: { table: 'SigninLogs', has: ['IPAddress', TOP10_KQL, 'ago(7d)'] } },
  },
  {
    id: 'kql-hourly-app',
    question: 'Hourly count of sign-ins to the Azure Portal app over the last 24 hours',
    expect: { kql: { table: 'SigninLogs', has: ['Azure Portal', 'bin(TimeGenerated, 1h)'] } },
  },
  {
    id: 'kql-distinct-users-country',
    question: 'How many distinct users signed in from Germany this week?',
    expect: { kql: { table: 'SigninLogs', has: ['dcount(UserPrincipalName)', /Germany|"DE"/, 'startofweek(now())'] } },
  },
  {
    id: 'kql-signins-ip',
    question: 'List sign-ins from 203.0.113.45 during the last 3 days',
    expect: { kql: { table: 'SigninLogs', has: ['"203.0.113.45"', 'ago(3d)'] } },
  },
  {
    id: 'kql-inactive-90',
    question: 'Which users have not signed in to Entra ID for 90 days?',
    expect: {
      kql: { table: 'SigninLogs', has: [/max\(TimeGenerated\)/, /< ago\(90d\)/], not: [/TimeGenerated > ago\(90d\)/] },
    },
  },
  {
    id: 'kql-lockouts-today',
    question: 'Account lockouts (event 4740) on our domain controllers today',
    expect: { kql: { table: 'SecurityEvent', has: ['EventID == 4740', 'startofday(now())'] } },
  },
  {
    id: 'kql-4625-per-account',
    question: 'Failed logons with event ID 4625 per account on Windows servers in the last 12 hours',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: ['EventID == 4625', /summarize count\(\) by (TargetUserName|Account)/, 'ago(12h)'],
      },
    },
  },
  {
    id: 'kql-kerberos-4769',
    question: 'Kerberos service ticket requests (4769) in the last 24 hours in Sentinel',
    expect: { kql: { table: 'SecurityEvent', has: ['EventID == 4769', DAY1] } },
  },
  {
    id: 'kql-powershell',
    question: 'Show powershell.exe process executions on endpoints in the last 24 hours',
    expect: { kql: { table: 'DeviceProcessEvents', has: [/FileName =~ "powershell.exe"/, DAY1] } },
  },
  {
    id: 'kql-port-4444',
    question: 'Which devices made network connections to remote port 4444 in the last 7 days?',
    expect: { kql: { table: 'DeviceNetworkEvents', has: ['RemotePort == 4444', 'ago(7d)'] } },
  },
  {
    id: 'kql-sha256',
    question:
      'Find process executions with SHA256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 on any device',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: ['9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', 'SHA256'],
      },
    },
  },
  {
    id: 'kql-remote-ip-yesterday',
    question: 'Outbound device connections to 198.51.100.23 yesterday',
    expect: { kql: { table: 'DeviceNetworkEvents', has: ['RemoteIP', '"198.51.100.23"', 'startofday(ago(1d))'] } },
  },
  {
    id: 'kql-azure-activity-month',
    question: 'Azure activity operations per caller this month',
    expect: { kql: { table: 'AzureActivity', has: ['Caller', 'startofmonth(now())'] } },
  },
  {
    id: 'kql-office-user',
    question: 'Office 365 file activity by alice@contoso.com in the last 7 days',
    expect: { kql: { table: 'OfficeActivity', has: ['alice@contoso.com', 'ago(7d)'] } },
  },
  {
    id: 'kql-audit-by-category',
    question: 'Count of Entra ID audit log operations per category over the last 30 days',
    expect: { kql: { table: 'AuditLogs', has: [/summarize count\(\) by Category/, 'ago(30d)'] } },
  },
  {
    id: 'kql-daily-failed-trend',
    question: 'Daily trend of failed sign-ins over the last 30 days',
    expect: { kql: { table: 'SigninLogs', has: ['bin(TimeGenerated, 1d)', 'ResultType != "0"', 'ago(30d)'] } },
  },
  {
    id: 'kql-top-apps-month',
    question: 'Top 5 applications by number of sign-ins this month',
    expect: { kql: { table: 'SigninLogs', has: ['AppDisplayName', /top 5 by/, 'startofmonth(now())'] } },
  },
  {
    id: 'kql-computers-over-20',
    question: 'Which computers had more than 20 failed logons (event 4625) in the last 24 hours?',
    expect: { kql: { table: 'SecurityEvent', has: ['EventID == 4625', /by Computer/, /where count_ > 20/] } },
  },
  {
    id: 'kql-new-accounts',
    question: 'New user accounts created (event 4720) in the last 7 days on Windows',
    expect: { kql: { table: 'SecurityEvent', has: ['EventID == 4720', 'ago(7d)'] } },
  },
  {
    id: 'kql-risky-signins',
    question: 'Sign-ins with high risk level in the last 24 hours',
    expect: { kql: { table: 'SigninLogs', has: ['RiskLevelDuringSignIn', /"high"/i] } },
  },
  {
    id: 'kql-cmd-on-host',
    question: 'Processes started by cmd.exe on host WKS-042 in the last 24 hours',
    expect: { kql: { table: 'DeviceProcessEvents', has: ['cmd.exe', 'WKS-042'] } },
  },
  {
    id: 'kql-signins-per-country',
    question: 'Number of sign-ins per country over the last 7 days',
    expect: { kql: { table: 'SigninLogs', has: [/summarize count\(\) by Location/, 'ago(7d)'] } },
  },

  // SPL: Splunk
  {
    id: 'spl-4625-user',
    question: 'In Splunk, show failed Windows logons (EventCode 4625) for user jsmith in the last 24 hours',
    expect: { spl: { table: 'wineventlog', has: ['index=wineventlog', 'EventCode=4625', 'jsmith', 'earliest=-24h'] } },
  },
  {
    id: 'spl-users-over-10',
    question: 'Splunk: which users had more than 10 failed Windows logons in the last hour?',
    expect: {
      spl: {
        has: [
          /index=wineventlog|datamodel=Authentication/,
          /(stats count|tstats .*count) .*by (Authentication\.)?user\b/,
          /where count > 10/,
          'earliest=-1h',
        ],
      },
    },
  },
  {
    id: 'spl-sysmon-4444',
    question: 'Splunk Sysmon network connections to destination port 4444 in the last 7 days',
    expect: {
      spl: {
        table: 'sysmon',
        has: ['index=sysmon', 'DestinationPort=4444', 'earliest=-7d'],
        not: ['EventCode=4625', /index=(user|dest)/],
      },
    },
  },
  {
    id: 'spl-top-processes',
    question: 'Top 10 processes by execution count in Sysmon over the last 24 hours (Splunk)',
    expect: { spl: { has: ['index=sysmon', /stats count by Image/, 'head 10'] } },
  },
  {
    id: 'spl-powershell-today',
    question: 'In Splunk find powershell.exe executions with their command lines today',
    expect: { spl: { has: ['powershell.exe', 'earliest=@d'] } },
  },
  {
    id: 'spl-hourly-auth-failures',
    question: 'Splunk: hourly count of failed authentications this week from the Authentication data model',
    expect: { spl: { table: 'Authentication', has: ['datamodel=Authentication', 'span=1h', 'earliest=@w1'] } },
  },
  {
    id: 'spl-dc-users-app',
    question: 'Distinct users per app in the Splunk Authentication data model over the last 7 days',
    expect: { spl: { has: ['dc(Authentication.user)', /by Authentication\.app/, 'earliest=-7d'] } },
  },
  {
    id: 'spl-aws-console',
    question: 'AWS CloudTrail ConsoleLogin events with errors in Splunk over the last 24 hours',
    expect: { spl: { table: 'aws', has: ['index=aws', 'ConsoleLogin'] } },
  },
  {
    id: 'spl-o365-download',
    question: 'Splunk: Office 365 FileDownloaded operations by bob@contoso.com this month',
    expect: { spl: { table: 'o365', has: ['index=o365', 'FileDownloaded', 'bob@contoso.com', 'earliest=@mon'] } },
  },
  {
    id: 'spl-lockouts-by-host',
    question: 'Account lockouts with EventCode 4740 in Splunk over the last 3 days by host',
    expect: { spl: { has: ['EventCode=4740', /by host/, 'earliest=-3d'] } },
  },
  {
    id: 'spl-traffic-ip',
    question: 'Splunk network traffic to 203.0.113.9 in the last 24 hours',
    expect: { spl: { has: ['203.0.113.9', 'earliest=-24h'] } },
  },
  {
    id: 'spl-silent-hosts',
    question: 'Which Windows hosts in Splunk have not sent any events for 7 days?',
    expect: { spl: { has: ['max(_time)', 'relative_time(now(), "-7d")'] } },
  },
  {
    id: 'spl-sysmon-hash',
    question: 'Splunk Sysmon process creation (EventCode 1) with hash 44d88612fea8a8f36de82e1278abb02f',
    expect: { spl: { table: 'sysmon', has: ['index=sysmon', 'EventCode=1', '44d88612fea8a8f36de82e1278abb02f'] } },
  },
  {
    id: 'spl-4769-per-user',
    question: 'Kerberos ticket requests (4769) per user in Splunk over the last 24 hours',
    expect: { spl: { has: ['EventCode=4769', /stats count by user/] } },
  },
  {
    id: 'spl-azure-user',
    question: 'Splunk Azure AD sign-in errors for carol@contoso.com in the last 7 days',
    expect: { spl: { table: 'azure', has: ['index=azure', 'carol@contoso.com', 'earliest=-7d'] } },
  },
  {
    id: 'spl-top-ports',
    question: 'Top 20 destination ports in Splunk network traffic over the last 24 hours',
    expect: { spl: { has: ['dest_port', 'head 20'] } },
  },

  // SQL: the business database
  {
    id: 'sql-customers-over-5-orders',
    question: 'Customers with more than 5 orders this month',
    expect: {
      sql: {
        table: 'orders',
        has: [/HAVING COUNT\(\*\) > 5/, "DATE_TRUNC('month', NOW())", /o\.created_at >=/],
        not: [/c\.created_at >=/],
      },
    },
  },
  {
    id: 'sql-aov-segment',
    question: 'Average order value by customer segment this year',
    expect: { sql: { has: [/AVG\(o\.total\)/, 'c.segment', "DATE_TRUNC('year', NOW())", /o\.created_at >=/] } },
  },
  {
    id: 'sql-revenue-country',
    question: 'Total revenue by country in the last 30 days',
    expect: { sql: { has: [/SUM\(o\.total\)/, 'c.country', "INTERVAL '30 days'"], not: ['order_items'] } },
  },
  {
    id: 'sql-cancelled-week',
    question: 'List the cancelled orders from this week',
    expect: { sql: { table: 'orders', has: ["'cancelled'", "DATE_TRUNC('week', NOW())"] } },
  },
  {
    id: 'sql-unpaid-invoices',
    question: 'Unpaid invoices over 1000 USD',
    expect: { sql: { table: 'invoices', has: ["'unpaid'", /amount > 1000/, "'USD'"] } },
  },
  {
    id: 'sql-top-customers-revenue',
    question: 'Top 10 customers by revenue this year',
    expect: { sql: { has: [/SUM\(o\.total\)/, /ORDER BY \w+ DESC/, 'LIMIT 10', "DATE_TRUNC('year', NOW())"] } },
  },
  {
    id: 'sql-daily-orders',
    question: 'Daily number of orders over the last 14 days',
    expect: { sql: { table: 'orders', has: ["DATE_TRUNC('day', o.created_at)", "INTERVAL '14 days'"] } },
  },
  {
    id: 'sql-inactive-app-users',
    question: 'Which application users in our database have not logged in for 90 days?',
    expect: { sql: { table: 'users', has: [/last_login_at < NOW\(\) - INTERVAL '90 days'/] } },
  },
  {
    id: 'sql-orders-germany',
    question: 'How many orders were placed by customers in Germany in the last 30 days?',
    expect: { sql: { has: [/'Germany'/, /COUNT\(\*\)/, /o\.created_at >=/] } },
  },
  {
    id: 'sql-products-per-category',
    question: 'Number of active products per category',
    expect: { sql: { table: 'products', has: [/GROUP BY p\.category/] } },
  },
  {
    id: 'sql-eur-orders',
    question: 'Orders in EUR above 500 placed this week',
    expect: { sql: { table: 'orders', has: ["'EUR'", /total > 500/, "DATE_TRUNC('week', NOW())"] } },
  },
  {
    id: 'sql-new-customers-monthly',
    question: 'Number of new customers per month this year',
    expect: { sql: { table: 'customers', has: ["DATE_TRUNC('month', c.created_at)", "DATE_TRUNC('year', NOW())"] } },
  },
  {
    id: 'sql-invoices-by-status',
    question: 'How many invoices per status were issued in the last 30 days?',
    expect: { sql: { table: 'invoices', has: [/GROUP BY i\.status/, /i\.issued_at >=/] } },
  },
  {
    id: 'sql-no-orders-60',
    question: 'Customers who have not placed an order in 60 days',
    expect: { sql: { has: ['NOT EXISTS', "INTERVAL '60 days'"] } },
  },
  {
    id: 'sql-distinct-buyers',
    question: 'How many distinct customers ordered in the last 7 days?',
    expect: { sql: { has: ['COUNT(DISTINCT o.customer_id)', "INTERVAL '7 days'"] } },
  },
  {
    id: 'sql-budget-department',
    question: 'Total budget spent per department',
    expect: { sql: { table: 'budget', has: [/SUM\(b\.spent\)/, /GROUP BY b\.department/] } },
  },
  {
    id: 'sql-events-ip',
    question: 'Application login events from IP 10.20.30.40 in the last 24 hours in the database',
    expect: { sql: { table: 'events', has: ["'10.20.30.40'", "INTERVAL '24 hours'"] } },
  },
  {
    id: 'sql-pending-customer',
    question: 'Pending orders of the customer alice@example.com',
    expect: { sql: { has: ["'pending'", 'alice@example.com'] } },
  },

  // Two platforms
  {
    id: 'two-alice-kql-spl',
    question: 'Compare failed logons for user alice in Sentinel and Splunk over the last 24 hours',
    expect: { kql: { has: ['alice', DAY1] }, spl: { has: ['alice', 'earliest=-24h'] } },
  },
  {
    id: 'two-ip-kql-spl',
    question: 'Check both Sentinel and Splunk for connections to 203.0.113.77 in the last 7 days',
    expect: { kql: { has: ['203.0.113.77', 'ago(7d)'] }, spl: { has: ['203.0.113.77', 'earliest=-7d'] } },
  },
  {
    id: 'two-4625-kql-spl',
    question: 'Event 4625 failures in both Microsoft Sentinel and Splunk today',
    expect: { kql: { has: ['EventID == 4625'] }, spl: { has: ['EventCode=4625'], not: ['index=sysmon'] } },
  },
  {
    id: 'two-kql-sql',
    question:
      'Sign-ins of bob@contoso.com in Sentinel and the orders of bob@contoso.com in the sales database this month',
    expect: {
      kql: { has: ['bob@contoso.com', 'startofmonth(now())'] },
      sql: { has: ['bob@contoso.com', "DATE_TRUNC('month', NOW())"] },
    },
  },
  {
    id: 'two-top-ips',
    question: 'Top 10 source IPs of failed logons in Sentinel and in Splunk this week',
    expect: { kql: { has: [TOP10_KQL, 'startofweek(now())'] }, spl: { has: ['head 10', 'earliest=@w1'] } },
  },
  {
    id: 'two-named-logs',
    question: 'Look in Log Analytics and in Splunk for sign-in errors of dave@contoso.com over the past 3 days',
    expect: { kql: { has: ['dave@contoso.com', 'ago(3d)'] }, spl: { has: ['dave@contoso.com', 'earliest=-3d'] } },
  },
  {
    id: 'two-named-db',
    question: 'Failed sign-ins from 198.51.100.14 in Sentinel, and the customers in the database who ordered this week',
    expect: { kql: { has: ['198.51.100.14'] }, sql: { has: ["DATE_TRUNC('week', NOW())"] } },
  },

  // Added with the fixes of the journeys pass (phrased apart from the cases above)
  {
    id: 'spl-account-name',
    question: 'Splunk: Windows logon failures for the account svc_backup over the past 2 days',
    expect: { spl: { has: ['svc_backup', 'earliest=-2d'] } },
  },
  {
    id: 'kql-user-name',
    question: 'Sentinel sign-ins of user mbrown in the last 12 hours',
    expect: { kql: { has: ['mbrown', 'ago(12h)'] } },
  },
  {
    id: 'spl-aws-operation',
    question: 'Splunk CloudTrail DeleteBucket events over the last 30 days',
    expect: { spl: { has: ['index=aws', 'DeleteBucket', 'earliest=-30d'] } },
  },
  {
    id: 'sql-gbp-invoices',
    question: 'Invoices in GBP over 2,000 issued this month',
    expect: { sql: { table: 'invoices', has: ["'GBP'", /> 2000/, "DATE_TRUNC('month', NOW())"] } },
  },
  {
    id: 'sql-products-sales',
    question: 'Five best products ranked by sales this year',
    expect: { sql: { has: [/SUM\(/, "DATE_TRUNC('year', NOW())"] } },
  },
  {
    id: 'sql-orders-status',
    question: 'Count of orders by status this month',
    expect: { sql: { has: [/GROUP BY o\.status/, "DATE_TRUNC('month', NOW())"] } },
  },
  {
    id: 'kql-inactive-long',
    question: 'List accounts that have not signed in to the Azure portal for 60 days',
    expect: { kql: { table: 'SigninLogs', has: [/max\(TimeGenerated\)/, /< ago\(60d\)/] } },
  },
  {
    id: 'spl-silent-sources',
    question: 'Splunk hosts that have not reported any logs in 3 days',
    expect: { spl: { has: ['max(_time)', 'relative_time(now(), "-3d")'] } },
  },

  // Shapes: medians and percentiles, first/last seen, comparisons, absences, shown columns, buckets
  {
    id: 'kql-earliest-latest-user',
    question: 'Earliest and latest sign-in for carol@contoso.com this month',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: ['carol@contoso.com', /min\(TimeGenerated\)/, /max\(TimeGenerated\)/, 'startofmonth(now())'],
      },
    },
  },
  {
    id: 'sql-p95-order-segment',
    question: 'p95 order total by customer segment in 2026',
    expect: { sql: { table: 'orders', has: [/PERCENTILE_CONT\(0\.95\)/, /segment/, /'2026-01-01/] } },
  },
  {
    id: 'sql-customers-no-orders-2026',
    question: 'Customers with no orders in 2026',
    expect: { sql: { table: 'customers', has: [/NOT EXISTS \(SELECT 1 FROM orders/, /'2026-01-01/] } },
  },
  {
    id: 'sql-products-never-ordered',
    question: 'Which products have never been ordered?',
    expect: { sql: { table: 'products', has: [/NOT EXISTS \(SELECT 1 FROM order_items/] } },
  },
  {
    id: 'sql-orders-weekly',
    question: 'Number of orders per week over the last 8 weeks',
    expect: { sql: { table: 'orders', has: ["DATE_TRUNC('week'", /INTERVAL '(56 days|8 weeks)'/] } },
  },
  {
    id: 'sql-avg-total-country-quarter',
    question: 'Average order total per country this quarter',
    expect: { sql: { table: 'orders', has: [/AVG\(o\.total\)/, /country/, "DATE_TRUNC('quarter', NOW())"] } },
  },
  {
    id: 'sql-median-invoice-eur',
    question: 'What is the median invoice amount for EUR invoices issued this year?',
    expect: {
      sql: { table: 'invoices', has: [/PERCENTILE_CONT\(0\.5\) WITHIN GROUP \(ORDER BY i\.amount\)/, "'EUR'"] },
    },
  },
  {
    id: 'sql-sales-dept-users',
    question: 'Users in the Sales dept created this year',
    expect: { sql: { table: 'users', has: ["'Sales'", /department/, "DATE_TRUNC('year', NOW())"] } },
  },
  {
    id: 'kql-cmdlines-powershell-host',
    question: 'Show the command lines of powershell.exe on device FIN-WS-07 in the last 24 hours',
    expect: { kql: { table: 'DeviceProcessEvents', has: ['powershell.exe', 'FIN-WS-07', 'ProcessCommandLine', DAY1] } },
  },
  {
    id: 'spl-first-last-firewall-ip',
    question: 'When was 10.20.30.40 first seen and last seen in Splunk firewall traffic this week?',
    expect: { spl: { has: ['10.20.30.40', /min\(_time\)/, /max\(_time\)/, 'earliest=@w1'] } },
  },
  {
    id: 'sql-spend-vs-budget-category',
    question: 'Spent versus budget by category for fiscal year 2026',
    expect: { sql: { table: 'budget', has: [/SUM\(b\.spent\)/, /SUM\(b\.amount\)/, /GROUP BY b\.category/] } },
  },
  {
    id: 'spl-web-500-hourly',
    question: 'Hourly count of web requests returning 500 over the last day in Splunk',
    expect: { spl: { table: 'Web', has: [/status=500/, /span=1h/] } },
  },

  // Clarification
  { id: 'ask-help', question: 'help', clarification: true },
  { id: 'ask-gibberish', question: 'asdf qwer zxcv', clarification: true },
  { id: 'ask-greeting', question: 'hello there!', clarification: true },
];

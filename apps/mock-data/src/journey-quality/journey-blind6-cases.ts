import type { JourneyCase } from './journey-cases';

/**
 * A seventh journey-quality set ("blind6"), written blind on 2026-11-26 (19:35–19:50 UTC): before
 * reading the query builders, the constraint extractor, the routing code or the other case lists
 * (only the case format, the runner, the checkers, the mesh's schemas and the wire contract were
 * read). 14 KQL, 10 SPL, 10 SQL, 4 two-platform and 2 clarification cases, phrased as ops,
 * security and business users write: typos and abbreviations ("faild", "past 6 hrs", "u", "pls"),
 * explicit dates, "today", "yesterday", "this week/month/year", "last quarter", "Q3 2026",
 * thresholds, top-N, distinct counts, per-hour/per-day/per-month buckets, HAVING, absences, UPNs,
 * IPs, a CIDR, hashes, ports, event IDs, process names, registry paths, URLs, statuses,
 * currencies, countries and operations. Checks accept any reasonable spelling of the same
 * condition (regex alternatives, table-qualified columns, CAST forms, `ago(2d)` for 48 hours).
 */

const DAY1_KQL = /ago\((24h|1d)\)/;
const DAY1_SPL = /earliest=-(24h|1d)/;
const WEEK_KQL = /ago\((7d|168h)\)/;
const WEEK_SPL = /earliest=-(7d|168h|1w)/;
const KQL_FAILED = /ResultType\s*(!=|<>|!in|!has)|ResultType\s*!=\s*["']?0|ResultType\s+in\s*\(\s*["']?5/;

export const BLIND6_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: Sentinel / Log Analytics / Defender
  {
    id: 'b6-kql-faild-logins-user-3d',
    question: 'faild logins for alice.w@fabrikam.com past 3 days',
    expect: { kql: { table: 'SigninLogs', has: ['alice.w@fabrikam.com', KQL_FAILED, /ago\((3d|72h)\)/] } },
  },
  {
    id: 'b6-kql-who-signed-in-from-ip-this-week',
    question: 'Who signed in from 185.220.101.45 this week?',
    expect: {
      kql: { table: 'SigninLogs', has: ['185.220.101.45', /UserPrincipalName/, /startofweek\(now\(\)\)|ago\(7d\)/] },
    },
  },
  {
    id: 'b6-kql-top5-countries-signins-30d',
    question: 'Top 5 countries by number of Entra ID sign-ins over the last 30 days',
    expect: {
      kql: { table: 'SigninLogs', has: [/by Location/, /top 5 by|take 5|limit 5/, /ago\(30d\)/] },
    },
  },
  {
    id: 'b6-kql-distinct-users-salesforce-yesterday',
    question: 'how many distinct users signed into Salesforce yesterday',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: ['Salesforce', /dcount\((UserPrincipalName|UserId)\)|count_distinct/, /startofday\(|ago\((1d|24h|2d)\)/],
      },
    },
  },
  {
    id: 'b6-kql-audit-add-member-to-role-since-date',
    question: "List 'Add member to role' operations in the Entra audit logs since 2026-11-01",
    expect: { kql: { table: 'AuditLogs', has: ['Add member to role', /2026-11-01/] } },
  },
  {
    id: 'b6-kql-password-resets-per-day-14d',
    question: 'Count password resets in the audit log per day over the last 14 days',
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [/reset/i, /bin\(TimeGenerated,\s*1d\)|startofday\(TimeGenerated\)/, /ago\((14d|2w)\)/],
      },
    },
  },
  {
    id: 'b6-kql-sharepoint-downloads-user-date',
    question: 'Which files did carol@contoso.com download from SharePoint on 2026-11-20?',
    expect: {
      kql: { table: 'OfficeActivity', has: ['carol@contoso.com', /FileDownload/i, /2026-11-20/] },
    },
  },
  {
    id: 'b6-kql-exchange-new-inbox-rules-7d',
    question: 'new inbox rules created in Exchange Online in the last 7 days',
    expect: { kql: { table: 'OfficeActivity', has: [/New-InboxRule|InboxRule/i, WEEK_KQL] } },
  },
  {
    id: 'b6-kql-azure-vm-deletes-48h',
    question: 'Who deleted virtual machines in Azure in the last 48h?',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [/virtualMachines\/delete|virtualMachines.*delete/i, /Caller/, /ago\((48h|2d)\)/],
      },
    },
  },
  {
    id: 'b6-kql-lockouts-4740-today',
    question: 'account lockouts (event 4740) on our domain controllers today',
    expect: {
      kql: { table: 'SecurityEvent', has: [/EventID\s*(==|in\s*\()\s*4740/, /startofday\(now\(\)\)|ago\((1d|24h)\)/] },
    },
  },
  {
    id: 'b6-kql-kerberoast-4769-rc4-by-service',
    question:
      'Kerberos service ticket requests (4769) with RC4 encryption type 0x17 in the last day, grouped by ServiceName',
    expect: {
      kql: { table: 'SecurityEvent', has: [/EventID\s*(==|in\s*\()\s*4769/, '0x17', /by ServiceName/, DAY1_KQL] },
    },
  },
  {
    id: 'b6-kql-encoded-powershell-devices-7d',
    question: 'Show devices where powershell.exe ran with -EncodedCommand in the past 7 days',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/powershell\.exe/i, /EncodedCommand|-enc/i, /DeviceName/, WEEK_KQL],
      },
    },
  },
  {
    id: 'b6-kql-sha256-on-endpoints-30d',
    question:
      'Any process with SHA256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 on our endpoints in the last 30 days?',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/SHA256.*e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855/s, /ago\(30d\)/],
      },
    },
  },
  {
    id: 'b6-kql-rundll32-to-cidr-port-445-6h',
    question: 'rundll32.exe connecting to 10.20.0.0/16 on port 445 from endpoints, past 6 hrs',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /rundll32\.exe/i,
          /ipv4_is_in_range\(RemoteIP,\s*["']10\.20\.0\.0\/16["']\)|ipv4_is_match\(RemoteIP|RemoteIP\s+startswith\s+["']10\.20\./,
          /RemotePort\s*(==|in\s*\()\s*445/,
          /ago\(6h\)/,
        ],
      },
    },
  },
  // SPL: Splunk
  {
    id: 'b6-win-4625-by-src-over-20-4h',
    question:
      'Windows failed logons (4625) by source IP over the last 4 hours, only sources with more than 20 attempts',
    // Corrected after the first run: Windows Security events are in both Sentinel (SecurityEvent)
    // and Splunk (wineventlog); nothing in the question names Splunk, so the KQL answer is as right.
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [/EventID\s*(==|in\s*\()\s*4625/, /by IpAddress/, /where count_\s*>\s*20/, /ago\(4h\)/],
      },
    },
  },
  {
    id: 'b6-spl-sysmon-md5-7d',
    question: 'sysmon: any process with MD5 44d88612fea8a8f36de82e1278abb02f in the last 7 days',
    expect: { spl: { table: 'sysmon', has: ['44d88612fea8a8f36de82e1278abb02f', WEEK_SPL] } },
  },
  {
    id: 'b6-spl-certutil-from-winword-24h',
    question: 'In Splunk, certutil.exe spawned by winword.exe in the last 24h',
    expect: {
      spl: {
        has: [/index=sysmon|Endpoint\.Processes/, /certutil\.exe/i, /winword\.exe/i, DAY1_SPL],
      },
    },
  },
  {
    id: 'b6-spl-sysmon-dns-ngrok-3d',
    question: 'DNS queries for *.ngrok.io from our hosts (sysmon) in the past 3 days',
    expect: { spl: { table: 'sysmon', has: [/QueryName="?\*?\.?ngrok\.io|ngrok\.io/, /earliest=-(3d|72h)/] } },
  },
  {
    id: 'b6-spl-web-500-per-hour-today',
    question: 'Count of HTTP 500 errors per hour on the web servers today',
    expect: {
      spl: { table: 'Web', has: [/status="?500/, /span=(1h|60m)/, /earliest=(@d|-24h|-1d)/] },
    },
  },
  {
    id: 'b6-spl-firewall-blocked-3389-top10-src',
    question: 'blocked firewall traffic to port 3389 in the last 24 hours, top 10 source IPs',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [/dest_port="?3389/, /action="?block/i, /src_ip/, /limit=10|head 10/, DAY1_SPL],
      },
    },
  },
  {
    id: 'b6-spl-aws-console-login-failures-by-arn',
    question: 'AWS console logins that failed in the last 7 days, by user ARN',
    expect: {
      spl: {
        table: 'aws',
        has: [/ConsoleLogin/, /errorCode|Failure|failed/i, /by\s+"?userIdentity\.arn/, WEEK_SPL],
      },
    },
  },
  {
    id: 'b6-spl-cloudtrail-deletebucket-us-east-1-since',
    question: 'CloudTrail DeleteBucket calls in us-east-1 since Nov 1 2026',
    expect: {
      spl: { table: 'aws', has: ['DeleteBucket', 'us-east-1', /11\/01\/2026|2026-11-01|1793\d{6}/] },
    },
  },
  {
    id: 'b6-spl-o365-set-mailbox-user-this-month',
    question: 'In Splunk: Set-Mailbox forwarding changes made by bob@contoso.com this month',
    expect: { spl: { table: 'o365', has: ['Set-Mailbox', 'bob@contoso.com', /earliest=(@mon|-\d+d@d)/] } },
  },
  {
    id: 'b6-spl-registry-run-keys-48h',
    question: 'Registry changes to Run keys (CurrentVersion\\Run) on endpoints in the past 48 hours',
    expect: {
      spl: { table: 'Endpoint.Registry', has: [/CurrentVersion\\+Run/, /earliest=-(48h|2d)/] },
    },
  },
  // SQL: the business database
  {
    id: 'b6-sql-monthly-revenue-2026-eur',
    question: 'Monthly order revenue in 2026, EUR orders only',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          /'EUR'/,
          /date_trunc\(\s*'month'|to_char\([^)]*'YYYY-MM'|EXTRACT\(\s*MONTH/i,
          /2026/,
          /created_at/,
        ],
      },
    },
  },
  {
    id: 'b6-sql-customers-over-3-orders-90d',
    question: 'customers who placed more than 3 orders in the last 90 days',
    expect: {
      sql: {
        table: 'orders',
        has: [/HAVING\s+COUNT\([^)]*\)\s*>\s*3/i, /interval\s*'90 days?'|'90 days?'::interval/i],
        not: [/(c|customers)\.created_at\s*>=/i],
      },
    },
  },
  {
    id: 'b6-sql-overdue-unpaid-invoices-usd',
    question: 'overdue unpaid invoices over 1,000 USD',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /'USD'/,
          /amount\s*>\s*1000/i,
          /due_date\s*<\s*(CURRENT_DATE|now\(\)|current_timestamp)/i,
          /paid_at\s+IS\s+NULL|status\s*(=|<>|!=|IN|NOT IN)/i,
        ],
      },
    },
  },
  {
    id: 'b6-sql-avg-order-value-by-country-last-quarter',
    question: 'average order value by customer country last quarter',
    expect: {
      sql: {
        table: 'orders',
        has: [/AVG\(\s*(\w+\.)?total\s*\)/i, /GROUP BY[^;]*country/i, /quarter|'3 months'/i],
      },
    },
  },
  {
    id: 'b6-sql-top10-products-units-this-year',
    question: 'Top 10 products by units sold this year',
    expect: {
      sql: {
        table: 'order_items',
        has: [/SUM\(\s*(\w+\.)?quantity\s*\)/i, /LIMIT 10/i, /date_trunc\(\s*'year'|\d{4}-01-01|EXTRACT\(\s*YEAR/i],
      },
    },
  },
  {
    id: 'b6-sql-october-signups-never-ordered',
    question: 'Customers who signed up in October 2026 but never placed an order',
    expect: {
      sql: {
        table: 'customers',
        has: [/NOT EXISTS|NOT IN|LEFT JOIN[\s\S]*IS NULL/i, /2026-10-01/, /created_at/],
      },
    },
  },
  {
    id: 'b6-sql-admin-users-no-login-60d',
    question: "Which admin accounts in our app's user table haven't logged in for 60+ days?",
    expect: {
      sql: {
        table: 'users',
        has: [/'admin'/i, /last_login_at\s*(<|IS NULL)/i, /60 days?/i],
      },
    },
  },
  {
    id: 'b6-sql-cancelled-orders-per-day-last-week',
    question: 'how many orders were cancelled per day last week',
    expect: {
      sql: {
        table: 'orders',
        has: [/'cancell?ed'/i, /date_trunc\(\s*'day'|::date|CAST\([^)]*AS DATE\)/i, /week|'7 days'/i],
      },
    },
  },
  {
    id: 'b6-sql-budget-overspend-fy2026-by-month',
    question: 'Departments that overspent their budget in fiscal year 2026, by month',
    expect: {
      sql: {
        table: 'budget',
        has: [
          /spent\s*\)?\s*>\s*(SUM\()?\s*(\w+\.)?amount|amount\s*\)?\s*<\s*(SUM\()?\s*(\w+\.)?spent/i,
          /fiscal_year\s*=\s*2026/,
          /fiscal_month/,
          // Added after the first run (it grouped by month only): the question asks which departments.
          /GROUP BY[^;]*department/i,
        ],
      },
    },
  },
  {
    id: 'b6-sql-invoiced-per-segment-q3-2026',
    question: 'Total invoiced amount per customer segment for invoices issued in Q3 2026',
    expect: {
      sql: {
        table: 'invoices',
        has: [/SUM\(\s*(\w+\.)?amount\s*\)/i, /GROUP BY[^;]*segment/i, /issued_at/, /2026-07-01/, /2026-(10-01|09-30)/],
      },
    },
  },
  // Two platforms
  {
    id: 'b6-two-kql-sql-bob-signins-and-invoices',
    question:
      'Did bob@contoso.com have failed Entra sign-ins in the last 24 hours, and does his customer account have unpaid invoices in the billing DB?',
    expect: {
      // Tightened after the first run (it accepted `ResultType in ("failed", "unpaid")` and the 24 h
      // window applied to invoices): the failure filter on the sign-ins, no sign-in window on invoices.
      kql: { table: 'SigninLogs', has: ['bob@contoso.com', KQL_FAILED, DAY1_KQL], not: [/unpaid/] },
      sql: { table: 'invoices', has: ['bob@contoso.com'], not: [/'failed'/, /24 hours|1 day/i] },
    },
  },
  {
    id: 'b6-two-kql-spl-ip-3d',
    question: 'Check both Sentinel and Splunk for any connections to 45.77.12.9 in the last 3 days',
    expect: {
      kql: { has: ['45.77.12.9', /ago\((3d|72h)\)/] },
      spl: { has: ['45.77.12.9', /earliest=-(3d|72h)/] },
    },
  },
  {
    id: 'b6-two-spl-sql-dave-4625-and-last-login',
    question:
      "For dave@contoso.com: his Windows logon failures (4625) in Splunk over the past 7 days, and his last_login_at in the app's users table",
    expect: {
      spl: { table: 'wineventlog', has: [/EventCode="?4625/, /dave/, WEEK_SPL] },
      sql: { table: 'users', has: ['dave@contoso.com', /last_login_at/] },
    },
  },
  {
    id: 'b6-two-kql-sql-finance-risky-signins',
    question: 'Which finance department users from the HR users table had risky Entra sign-ins today?',
    expect: {
      kql: { table: 'SigninLogs', has: [/RiskLevel/, /startofday\(now\(\)\)|ago\((1d|24h)\)/] },
      sql: { table: 'users', has: [/'finance'/i] },
    },
  },
  // Clarification
  { id: 'b6-clarify-look-into-it', question: 'can u look into it pls', clarification: true },
  { id: 'b6-clarify-que-tal', question: '¿Qué tal? ¿Me ayudas?', clarification: true },
];

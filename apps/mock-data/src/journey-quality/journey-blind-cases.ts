import type { JourneyCase } from './journey-cases';

/**
 * A second journey-quality set, written before reading the query builders, phrased the way analysts
 * and business users write (abbreviations, long questions, explicit dates), with the checks an
 * analyst would insist on. Its first pass rate is in the README as the "blind" figure.
 */
const DAY1_KQL = /ago\((24h|1d)\)/;
const DAY1_SPL = /earliest=-(24h|1d)/;

export const BLIND_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL
  {
    id: 'blind-kql-user-this-week',
    question: 'Show me every sign-in by alice.smith@contoso.com this week',
    expect: { kql: { table: 'SigninLogs', has: ['alice.smith@contoso.com', 'startofweek(now())'] } },
  },
  {
    id: 'blind-kql-lockouts-dc01',
    question: 'How many account lockouts (4740) happened on DC01 in the last 7 days?',
    expect: { kql: { table: 'SecurityEvent', has: ['EventID == 4740', 'DC01', 'ago(7d)', /count\(\)/] } },
  },
  {
    id: 'blind-kql-kerberoast-rc4',
    question:
      'Kerberos service ticket requests (event 4769) with encryption type 0x17 in the past day, grouped by service name',
    expect: {
      kql: { table: 'SecurityEvent', has: ['EventID == 4769', '0x17', /by ServiceName/, DAY1_KQL] },
    },
  },
  {
    id: 'blind-kql-port-lst-24',
    question: 'any outbound conns to port 8443 from our endpoints lst 24 hrs?',
    expect: { kql: { table: 'DeviceNetworkEvents', has: [/RemotePort == 8443/, DAY1_KQL] } },
  },
  {
    id: 'blind-kql-md5',
    question: 'Find processes whose MD5 is 44d88612fea8a8f36de82e1278abb02f in the last 30 days',
    expect: {
      kql: { table: 'DeviceProcessEvents', has: ['44d88612fea8a8f36de82e1278abb02f', 'MD5', 'ago(30d)'] },
    },
  },
  {
    id: 'blind-kql-4720-since',
    question: 'List user accounts created (event ID 4720) since 2026-11-01',
    expect: { kql: { table: 'SecurityEvent', has: ['EventID == 4720', /datetime\(2026-11-01/] } },
  },
  {
    id: 'blind-kql-top5-apps-failed',
    question: 'Top 5 applications by failed sign-ins this month',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: ['AppDisplayName', /top 5 by|take 5|limit 5/, 'startofmonth(now())', /ResultType != "0"/],
      },
    },
  },
  {
    id: 'blind-kql-daily-russia',
    question: 'Daily count of sign-ins from Russia over the last 14 days',
    expect: { kql: { table: 'SigninLogs', has: [/Russia|"RU"/, 'bin(TimeGenerated, 1d)', 'ago(14d)'] } },
  },
  {
    id: 'blind-kql-office-downloads',
    question: 'Files downloaded from SharePoint by carol@contoso.com yesterday',
    expect: {
      kql: { table: 'OfficeActivity', has: ['carol@contoso.com', /FileDownloaded/, /startofday\(/] },
    },
  },
  {
    id: 'blind-kql-rambling-encoded',
    question:
      'Hey, so my manager asked me to look into something weird. We think someone might be running encoded PowerShell ' +
      'on the finance workstations; can you pull every powershell.exe process with -EncodedCommand in the command line ' +
      'over the past 3 days from Defender so I can send it over?',
    expect: {
      kql: { table: 'DeviceProcessEvents', has: ['powershell.exe', /EncodedCommand/i, 'ago(3d)'] },
    },
  },

  // SPL
  {
    id: 'blind-spl-4625-by-src',
    question: 'Splunk: count failed Windows logons (4625) by source IP in the last 24 hours',
    expect: { spl: { table: 'wineventlog', has: ['EventCode=4625', /by (src|src_ip)\b/, DAY1_SPL] } },
  },
  {
    id: 'blind-spl-sysmon-rdp',
    question: 'Sysmon network connections to destination port 3389 over the last 7 days',
    expect: { spl: { table: 'sysmon', has: ['EventCode=3', /DestinationPort=3389/, 'earliest=-7d'] } },
  },
  {
    id: 'blind-spl-o365-user-week',
    question: 'In Splunk, what did dave@contoso.com do in Office 365 this week?',
    expect: { spl: { table: 'o365', has: ['dave@contoso.com', /earliest=@w/] } },
  },
  {
    id: 'blind-spl-top10-host',
    question: 'Top 10 process images on host WS-042 from Sysmon in the last 24 hours',
    expect: { spl: { table: 'sysmon', has: ['WS-042', /top (limit=)?10|head 10/, 'Image', DAY1_SPL] } },
  },
  {
    id: 'blind-spl-mimikatz-since',
    question: 'Search Splunk for mimikatz.exe executions since 2026-11-20',
    expect: { spl: { has: ['mimikatz.exe', /2026-11-20|11\/20\/2026/] } },
  },
  {
    id: 'blind-spl-hourly-4625',
    question: 'Hourly trend of failed logons (event 4625) for the past 24 hours in Splunk',
    expect: { spl: { table: 'wineventlog', has: ['EventCode=4625', 'span=1h', DAY1_SPL] } },
  },
  {
    id: 'blind-spl-dns-domain',
    question: 'Which hosts resolved evil-domain.com via DNS in Sysmon over the last 3 days?',
    expect: { spl: { table: 'sysmon', has: ['EventCode=22', 'evil-domain.com', 'earliest=-3d', /by host/] } },
  },
  {
    id: 'blind-spl-aad-distinct-app',
    question: 'Distinct users signing in through Azure AD per application in Splunk this month',
    expect: { spl: { table: 'azure', has: [/dc\(/, /appDisplayName/, /earliest=@mon/] } },
  },

  // SQL
  {
    id: 'blind-sql-customers-5-orders-year',
    question: 'Which customers placed more than 5 orders this year?',
    expect: { sql: { table: 'orders', has: [/HAVING COUNT\(.*\) > 5/i, /date_trunc\('year'/i] } },
  },
  {
    id: 'blind-sql-eur-revenue-country',
    question: 'Total revenue in EUR by country for completed orders last month',
    expect: {
      sql: {
        table: 'orders',
        has: ["'EUR'", /'completed'/, /country/, /SUM\(/i, /date_trunc\('month'/i, /interval '1 month'/i],
      },
    },
  },
  {
    id: 'blind-sql-aov-segment-since',
    question: 'Average order value by customer segment since 2026-01-01',
    expect: { sql: { table: 'orders', has: [/AVG\(/i, /segment/, /2026-01-01/] } },
  },
  {
    id: 'blind-sql-overdue-invoices',
    question: 'List unpaid invoices over 1000 USD that are past their due date',
    expect: { sql: { table: 'invoices', has: [/amount > 1000/, "'USD'", /due_date </, /unpaid/i] } },
  },
  {
    id: 'blind-sql-users-no-login-60',
    question: "Which app users haven't logged in for 60 days?",
    expect: { sql: { table: 'users', has: [/last_login_at\s*<.*60 day/i], not: [/last_login_at\s*>=/] } },
  },
  {
    id: 'blind-sql-top-products-quarter',
    question: 'Top 10 products by sales revenue this quarter',
    expect: {
      sql: {
        table: 'order_items',
        has: [/LIMIT 10/i, /quantity \* .*unit_price|unit_price \* .*quantity/, /date_trunc\('quarter'/i],
      },
    },
  },
  {
    id: 'blind-sql-cancelled-this-week',
    question: 'How many orders were cancelled this week?',
    expect: { sql: { table: 'orders', has: [/'cancelled'/, /COUNT\(/i, /date_trunc\('week'/i] } },
  },
  {
    id: 'blind-sql-budget-2026',
    question: 'Compare budget vs spent per department for fiscal year 2026',
    expect: { sql: { table: 'budget', has: [/fiscal_year = 2026/, /department/, /SUM\(.*spent/i] } },
  },

  // Two platforms
  {
    id: 'blind-two-ip-sentinel-splunk',
    question: 'Search both Sentinel and Splunk for any activity from 198.51.100.23 in the last 24 hours',
    expect: { kql: { has: ['198.51.100.23', DAY1_KQL] }, spl: { has: ['198.51.100.23', DAY1_SPL] } },
  },
  {
    id: 'blind-two-admins-db-entra',
    question:
      'Correlate admin users from our users database table with their Entra ID sign-in logs over the last 7 days',
    expect: {
      sql: { table: 'users', has: [/'admin'/] },
      kql: { table: 'SigninLogs', has: ['ago(7d)'] },
    },
  },

  // Clarification
  { id: 'blind-ask-can-you-help', question: 'hi, can you help me?', clarification: true },
  { id: 'blind-ask-german', question: 'Bitte zeig mir, was hier los ist', clarification: true },
];

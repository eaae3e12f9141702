import type { JourneyCase } from './journey-cases';

/**
 * A fifth journey-quality set ("blind4"), written blind: before reading the query builders, the
 * constraint extractor, the routing code or the other blind sets (only the case format, the runner,
 * the checkers, the mesh's schemas and the wire contract were read). Phrased as ops, security and
 * business users would: typos and abbreviations ("lst 48 hrs", "totl"), explicit dates and
 * quarters, "since Monday", "since midnight", "yesterday", "this week/month", thresholds, top-N,
 * distinct counts, hourly buckets, UPNs, IPs, hashes, ports, event IDs, process names, statuses,
 * currencies and countries. Checks accept any reasonable spelling of the same condition; windows
 * that depend on today's date accept the relative form or an explicit datetime of the right day
 * (computed here in UTC, as the runner's clock).
 */
const DAY_MS = 86_400_000;
const TODAY = new Date();
const isoDay = (offsetDays: number) => new Date(TODAY.getTime() + offsetDays * DAY_MS).toISOString().slice(0, 10);
const MONDAY = isoDay(-((TODAY.getUTCDay() + 6) % 7));
const [YEAR, MONTH, DAY] = isoDay(0).split('-');
const kqlAgo = (days: number) => new RegExp(`ago\\((${days}d|${days * 24}h)\\)`);
const splEarliest = (days: number) => new RegExp(`earliest="?-(${days}d|${days * 24}h)`);
const sqlInterval = (days: number) =>
  new RegExp(`interval\\s*'${days}\\s*days?'|'${days}\\s*days?'::interval|current_date\\s*-\\s*${days}\\b`, 'i');
const KQL_DAY1 = /ago\((24h|1d)\)/;
const KQL_FAILED = /ResultType\s*(!=\s*"?0"?|!in\s*\(|in\s*\(|<>)|ResultType\s*!=\s*'0'/;
const KQL_YESTERDAY = new RegExp(`startofday\\((now\\(\\),\\s*-1|ago\\(1d\\))\\)|datetime\\(${isoDay(-1)}`);
const KQL_TODAY = new RegExp(`startofday\\(now\\(\\)\\)|datetime\\(${isoDay(0)}`);
const KQL_SINCE_MONDAY = new RegExp(`startofweek\\(|datetime\\(${MONDAY}`);
const SPL_SINCE_MIDNIGHT = new RegExp(`earliest="?(@d\\b|${MONTH}/${DAY}/${YEAR}:00:00:00)`);
const SPL_DAY1 = /earliest="?-(24h|1d)\b/;
const SPL_TOP10 = /head 10\b|top (limit=)?10\b|limit=10\b/;
const SQL_THIS_MONTH = /date_trunc\(\s*'month'\s*,\s*(now\(\)|current_date|current_timestamp)/i;

export const BLIND4_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: Entra ID sign-ins, audit, Windows security events, Defender devices, Office, Azure activity
  {
    id: 'b4-kql-user-signins-typo',
    question: 'show me all signins for alice.w@fabrikam.com lst 48 hrs',
    expect: { kql: { table: 'SigninLogs', has: ['alice.w@fabrikam.com', kqlAgo(2)] } },
  },
  {
    id: 'b4-kql-failed-by-country',
    question: 'How many failed sign-ins came from Russia or China in the past week, broken down by country?',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [/Russia|"RU"/, /China|"CN"/, KQL_FAILED, /summarize[^|]*by[^|]*Location/, kqlAgo(7)],
      },
    },
  },
  {
    id: 'b4-kql-high-risk-yesterday',
    question: 'list high risk sign-ins from yesterday',
    expect: { kql: { table: 'SigninLogs', has: ['RiskLevelDuringSignIn', /"high"/i, KQL_YESTERDAY] } },
  },
  {
    id: 'b4-kql-rdp-logons-since-monday',
    question: 'RDP logons (4624, logon type 10) on SRV-DB01 since Monday',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [/EventID\s*==\s*4624/, /LogonType\s*==\s*10\b/, 'SRV-DB01', KQL_SINCE_MONDAY],
      },
    },
  },
  {
    id: 'b4-kql-kerberos-rc4',
    question: 'kerberos service ticket requests (4769) using RC4 encryption type 0x17 in the last 24h',
    expect: { kql: { table: 'SecurityEvent', has: [/EventID\s*==\s*4769/, '0x17', KQL_DAY1] } },
  },
  {
    id: 'b4-kql-encoded-powershell',
    question: 'Which devices ran powershell.exe with -EncodedCommand in the last 3 days?',
    expect: {
      kql: { table: 'DeviceProcessEvents', has: ['powershell.exe', /EncodedCommand|-enc/i, 'DeviceName', kqlAgo(3)] },
    },
  },
  {
    id: 'b4-kql-sha256',
    question:
      'find any process with SHA256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 on our endpoints in the past 30 days',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: ['e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'SHA256', kqlAgo(30)],
      },
    },
  },
  {
    id: 'b4-kql-port-4444-per-device',
    question: 'outbound connections to port 4444 over the last 7 days, count per device',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [/RemotePort\s*==\s*4444/, /summarize[^|]*count\(\)[^|]*by[^|]*DeviceName/, kqlAgo(7)],
      },
    },
  },
  {
    id: 'b4-kql-remote-ip-today',
    question: 'Did any device talk to 198.51.100.23 today?',
    expect: { kql: { table: 'DeviceNetworkEvents', has: ['198.51.100.23', 'RemoteIP', KQL_TODAY] } },
  },
  {
    id: 'b4-kql-winword-children',
    question: 'In Defender, show processes spawned by winword.exe in the past 24 hours',
    expect: {
      kql: { table: 'DeviceProcessEvents', has: [/InitiatingProcessFileName[^|]*winword\.exe/i, KQL_DAY1] },
    },
  },
  {
    id: 'b4-kql-top5-sharepoint-downloads',
    question: 'Top 5 users by number of FileDownloaded operations in SharePoint this month',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: ['FileDownloaded', /by\s+UserId/, /top 5 by|take 5|limit 5/, /startofmonth\(now\(\)\)/],
      },
    },
  },
  {
    id: 'b4-kql-azure-deletes-rg',
    question: 'Azure resource deletions in resource group rg-prod-01 over the last 7 days, by caller',
    expect: { kql: { table: 'AzureActivity', has: ['rg-prod-01', /delete/i, /by\s+Caller\b/, kqlAgo(7)] } },
  },
  {
    id: 'b4-kql-audit-role-dates',
    question: "Entra audit log: who got 'Add member to role' between 2026-11-01 and 2026-11-15?",
    expect: { kql: { table: 'AuditLogs', has: ['Add member to role', /2026-11-01/, /2026-11-1[56]/] } },
  },
  {
    id: 'b4-kql-hourly-distinct-ips',
    question: 'hourly distinct count of IP addresses signing in to Microsoft Teams, last 24 hours',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: ['Microsoft Teams', /dcount\(IPAddress\)/, /bin\(TimeGenerated,\s*1h\)/, KQL_DAY1],
      },
    },
  },

  // SPL: Splunk Windows event logs, Sysmon, O365, AWS, Azure, CIM data models
  {
    id: 'b4-spl-4625-by-src',
    question: 'In Splunk, count failed Windows logons (4625) by source IP over the last 24 hours',
    expect: { spl: { has: [/index=wineventlog|datamodel=Authentication/, /4625/, /by\s+[^|]*\bsrc\b/, SPL_DAY1] } },
  },
  {
    id: 'b4-spl-sysmon-rdp-top10',
    question: 'Sysmon network connections (event 3) to port 3389 in the last 7 days, top 10 destination IPs',
    expect: {
      spl: {
        has: [/index=sysmon/, /EventCode="?3\b/, /DestinationPort="?3389/, /DestinationIp/, SPL_TOP10, splEarliest(7)],
      },
    },
  },
  {
    id: 'b4-spl-sysmon-md5',
    question: 'splunk search for md5 44d88612fea8a8f36de82e1278abb02f in sysmon over the past 30 days',
    expect: { spl: { has: [/index=sysmon/, /44d88612fea8a8f36de82e1278abb02f/i, splEarliest(30)] } },
  },
  {
    id: 'b4-spl-certutil-endpoint',
    question: 'Using the Endpoint data model, show certutil.exe executions by host in the last 4 hours',
    expect: {
      spl: {
        has: [/Endpoint\.Processes|index=sysmon/, /certutil\.exe/i, /by\s+[^|]*\b(dest|host)\b/, /earliest="?-4h/],
      },
    },
  },
  {
    id: 'b4-spl-o365-login-failed-week',
    question: 'Splunk: failed O365 logins (UserLoginFailed) for carol@contoso.com this week',
    expect: { spl: { has: [/index=o365/, 'UserLoginFailed', 'carol@contoso.com', /earliest="?(-0w)?@w[01]?\b/] } },
  },
  {
    id: 'b4-spl-aws-access-denied',
    question: 'Which AWS API calls returned AccessDenied in the last 24 hours, by user ARN?',
    expect: { spl: { has: [/index=aws/, 'AccessDenied', /by\s+[^|]*userIdentity\.arn/, SPL_DAY1] } },
  },
  {
    id: 'b4-spl-web-500-by-url',
    question: 'web requests with HTTP status 500 over the past hour, count by url',
    expect: { spl: { has: [/Web/, /status="?500\b/, /by\s+[^|]*\burl\b/, /earliest="?-(1h|60m)\b/] } },
  },
  {
    id: 'b4-spl-fw-blocked-445-yesterday',
    question: 'Blocked firewall traffic to dest port 445 yesterday - top 10 source IPs',
    expect: {
      spl: {
        has: [
          /Network_Traffic/,
          /dest_port="?445\b/,
          /block/i,
          /\bsrc_ip\b/,
          SPL_TOP10,
          /earliest="?-1d@d/,
          /latest="?@d/,
        ],
      },
    },
  },
  {
    id: 'b4-spl-lockouts-since-midnight',
    question: 'account lockouts (event 4740) in wineventlog since midnight, per user',
    expect: { spl: { has: [/index=wineventlog/, /EventCode="?4740\b/, /by\s+[^|]*\buser\b/, SPL_SINCE_MIDNIGHT] } },
  },
  {
    id: 'b4-spl-registry-run-key',
    question: 'registry modifications under the CurrentVersion\\Run key on endpoints over the past week',
    expect: { spl: { has: [/Endpoint\.Registry/, /CurrentVersion\\+Run/, splEarliest(7)] } },
  },

  // SQL: the business database
  {
    id: 'b4-sql-cancelled-this-month',
    question: 'How many orders were cancelled this month?',
    expect: { sql: { table: 'orders', has: [/status\s*=\s*'cancel+ed'/i, /count\(/i, SQL_THIS_MONTH, /created_at/] } },
  },
  {
    id: 'b4-sql-eur-revenue-by-country-2025',
    question: 'Total order revenue in EUR by customer country for 2025',
    expect: {
      sql: {
        table: 'orders',
        has: [/sum\([^)]*total\)/i, /'EUR'/, /group by[^;]*country/i, /2025-01-01/, /2026-01-01|2025-12-31/],
      },
    },
  },
  {
    id: 'b4-sql-customers-more-than-3-orders',
    question: 'customers with more than 3 orders in the last 90 days',
    expect: { sql: { table: 'orders', has: [/having\s+count\([^)]*\)\s*>\s*3\b/i, sqlInterval(90), /created_at/] } },
  },
  {
    id: 'b4-sql-top10-products-last-month',
    question: 'top 10 products by quantity sold last month',
    expect: {
      sql: {
        table: 'order_items',
        has: [/sum\([^)]*quantity\)/i, /limit 10\b/i, /date_trunc\(\s*'month'/i, /interval\s*'1 month'|\d{4}-\d\d-01/i],
      },
    },
  },
  {
    id: 'b4-sql-avg-order-by-segment',
    question: 'avg order value by customer segment',
    expect: { sql: { table: 'orders', has: [/avg\([^)]*total\)/i, /group by[^;]*segment/i] } },
  },
  {
    id: 'b4-sql-overdue-invoices',
    question: 'List unpaid invoices that are past their due date, biggest amount first',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /status\s*(=|in)\s*\(?\s*'(unpaid|overdue|open)'|paid_at\s+is\s+null/i,
          /due_date\s*<\s*(current_date|now\(\)|current_timestamp)/i,
          /order by\s+(\w+\.)?amount\s+desc/i,
        ],
        not: [/\b(max|sum|count)\(/i],
      },
    },
  },
  {
    id: 'b4-sql-inactive-users-60',
    question: "which active users haven't logged in for 60 days?",
    expect: {
      sql: {
        table: 'users',
        has: [/last_login_at\s*(<|<=)\s*[^;]*(interval\s*'60 days?'|- 60)/i, /\bactive\b/i],
        not: [/last_login_at\s*>=/i],
      },
    },
  },
  {
    id: 'b4-sql-departments-over-budget',
    question: 'which departments went over budget in fiscal year 2026?',
    expect: {
      sql: {
        table: 'budget',
        has: [/fiscal_year\s*=\s*2026/, /spent\)?\s*>\s*(sum\()?amount|amount\)?\s*<\s*(sum\()?spent/i, /department/],
      },
    },
  },
  {
    id: 'b4-sql-new-german-customers',
    question: 'new customers from Germany that signed up in the last 30 days, by segment',
    expect: {
      sql: {
        table: 'customers',
        has: [/'(DE|Germany)'/, /created_at/, sqlInterval(30), /group by[^;]*segment/i],
      },
    },
  },
  {
    id: 'b4-sql-usd-invoices-q3',
    question: 'totl invoice amount issued in Q3 2026 in USD',
    expect: {
      sql: {
        table: 'invoices',
        has: [/sum\([^)]*amount\)/i, /'USD'/, /issued_at/, /2026-07-01/, /2026-10-01|2026-09-30/],
      },
    },
  },

  // Two platforms
  {
    id: 'b4-multi-user-sentinel-splunk',
    question:
      'Investigate dave@contoso.com: his Entra sign-ins in Sentinel and his Windows logon events in Splunk over the last 3 days',
    expect: {
      kql: { table: 'SigninLogs', has: ['dave@contoso.com', kqlAgo(3)] },
      spl: { has: [/index=wineventlog|datamodel=Authentication/, /dave/, splEarliest(3)] },
    },
  },
  {
    id: 'b4-multi-ip-sentinel-splunk',
    question: 'Check 203.0.113.99 in both Sentinel and the Splunk firewall logs for the past 24 hours',
    expect: {
      kql: { has: ['203.0.113.99', KQL_DAY1] },
      spl: { has: ['203.0.113.99', /Network_Traffic/, SPL_DAY1] },
    },
  },
  {
    id: 'b4-multi-finance-users-failed-signins',
    question:
      'Get the Finance department users from the users table, and their failed Entra ID sign-ins over the last 7 days',
    expect: {
      sql: { table: 'users', has: [/department\s*=\s*'Finance'/i] },
      kql: { table: 'SigninLogs', has: [KQL_FAILED, kqlAgo(7)] },
    },
  },
  {
    id: 'b4-multi-mimikatz-defender-sysmon',
    question: 'Did mimikatz.exe run anywhere in the last 7 days? Check Defender and Splunk Sysmon.',
    expect: {
      kql: { table: 'DeviceProcessEvents', has: [/mimikatz\.exe/i, kqlAgo(7)] },
      spl: { has: [/index=sysmon|Endpoint\.Processes/, /mimikatz\.exe/i, splEarliest(7)] },
    },
  },

  // Clarification: nothing to act on
  { id: 'b4-clarify-help', question: 'can u help me with something pls?', clarification: true },
  { id: 'b4-clarify-gibberish', question: 'blorf wibble zxcv 42 ???', clarification: true },
];

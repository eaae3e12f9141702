import type { JourneyCase } from './journey-cases';

/**
 * A fourth journey-quality set ("blind3"), written before reading the query builders and the
 * constraint extractor (only the case format and the mesh's schemas were read): abbreviations and
 * typos, explicit dates and calendar months, IPv6, MD5/SHA256, event IDs, ports, HTTP codes,
 * currencies, thresholds, medians, "never" and first/last seen. Windows that depend on today's date
 * ("last weekend", "in October", "YTD") accept the relative form or an explicit datetime.
 */
const DAY1_KQL = /ago\((24h|1d)\)|startofday\(/;
const DAY1_SPL = /earliest=-(24h|1d)/;
const YESTERDAY_SPL = /earliest=-1d@d|earliest=-(24h|1d)\b/;
const OCTOBER_KQL = /datetime\(\d{4}-10-01/;
const OCTOBER_SQL = /'\d{4}-10-01/;
const OCTOBER_END_SQL = /'\d{4}-11-01|'\d{4}-10-31/;

export const BLIND3_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL (Sentinel / Log Analytics / Defender)
  {
    id: 'b3-kql-auth-fails-48h',
    question: 'auth fails for dave.smith@contoso.com past 48h',
    expect: {
      kql: { table: 'SigninLogs', has: ['dave.smith@contoso.com', /ResultType (!=|!in)/, /ago\((48h|2d)\)/] },
    },
  },
  {
    id: 'b3-kql-ipv6-since-date',
    question: 'any sign-ins from 2001:db8:85a3::8a2e:370:7334 since 2026-11-01?',
    expect: { kql: { table: 'SigninLogs', has: ['2001:db8:85a3::8a2e:370:7334', /datetime\(2026-11-01/] } },
  },
  {
    id: 'b3-kql-sha256-devices',
    question:
      'which devices ran a file with sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 in the last 30 days',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: ['9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', 'SHA256', 'DeviceName', 'ago(30d)'],
      },
    },
  },
  {
    id: 'b3-kql-lockouts-last-weekend',
    question: 'Account lockouts (event 4740) per computer last weekend',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: ['EventID == 4740', /by .*Computer/, /datetime\(\d{4}-\d\d-\d\d|startofweek\(/],
      },
    },
  },
  {
    id: 'b3-kql-smb-hourly-today',
    question: 'Sentinel: outbound connections to port 445 per hour today',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: ['RemotePort == 445', /bin\((TimeGenerated|Timestamp), 1h\)/, /startofday\(now\(\)\)/],
      },
    },
  },
  {
    id: 'b3-kql-top20-apps-october',
    question: 'top 20 apps by number of sign-ins in October',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: ['AppDisplayName', /top 20|take 20|limit 20/, OCTOBER_KQL, /datetime\(\d{4}-(11-01|10-31)/],
      },
    },
  },
  {
    id: 'b3-kql-kerberoast-rc4',
    question: 'Kerberos service tickets (4769) with RC4 encryption type 0x17 over the last 7 days, count by account',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: ['EventID == 4769', '0x17', /TicketEncryptionType/, /by .*(TargetUserName|Account)/, 'ago(7d)'],
      },
    },
  },
  {
    id: 'b3-kql-sharepoint-downloads',
    question: 'how many files did erin@contoso.com download from SharePoint this month?',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [
          'erin@contoso.com',
          /FileDownloaded/,
          /count\(\)|count/,
          /startofmonth\(now\(\)\)|datetime\(\d{4}-\d\d-01/,
        ],
      },
    },
  },
  {
    id: 'b3-kql-users-many-ips',
    question: 'users signing in from more than 3 distinct IPs in the last 24 hrs',
    expect: {
      kql: { table: 'SigninLogs', has: ['dcount(IPAddress)', /by UserPrincipalName/, /> 3\b/, DAY1_KQL] },
    },
  },
  {
    id: 'b3-kql-first-last-seen-ip',
    question: 'first and last seen for 198.51.100.23 in the sign-in logs over the last 90 days',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: ['"198.51.100.23"', /min\((TimeGenerated)\)/, /max\((TimeGenerated)\)/, 'ago(90d)'],
      },
    },
  },
  // SPL (Splunk)
  {
    id: 'b3-spl-4625-dc01-by-src',
    question: 'splunk: failed logons (4625) on DC01 by source ip, last 4 hours',
    expect: { spl: { table: 'wineventlog', has: ['EventCode=4625', 'DC01', /by .*src/, 'earliest=-4h'] } },
  },
  {
    id: 'b3-spl-sysmon-ports',
    question: 'sysmon network connections to port 4444 or 8443 in the past 2 days',
    expect: {
      spl: { table: 'sysmon', has: ['EventCode=3', '4444', '8443', /DestinationPort/, /earliest=-(2d|48h)/] },
    },
  },
  {
    id: 'b3-spl-md5-hash',
    question: 'search splunk for process hash 44d88612fea8a8f36de82e1278abb02f in the last 30 days, which hosts?',
    expect: { spl: { has: ['44d88612fea8a8f36de82e1278abb02f', /by .*(host|dest)/, 'earliest=-30d'] } },
  },
  {
    id: 'b3-spl-aws-console-login',
    question: 'AWS ConsoleLogin failures by sourceIPAddress since yesterday',
    expect: {
      spl: { table: 'aws', has: ['ConsoleLogin', /by .*sourceIPAddress/, YESTERDAY_SPL], not: ['earliest=-7d'] },
    },
  },
  {
    id: 'b3-spl-web-404-top15',
    question: 'top 15 urls returning 404 in the last hour',
    expect: {
      spl: { table: 'Web', has: [/status="?404/, /url/, /head 15|limit=15|top (limit=)?15/, /earliest=-(1h|60m)/] },
    },
  },
  {
    id: 'b3-spl-o365-ip-by-operation',
    question: 'O365 activity from 203.0.113.77 last 7 days, count by Operation',
    expect: { spl: { table: 'o365', has: ['203.0.113.77', /by .*Operation/, 'earliest=-7d'] } },
  },
  {
    id: 'b3-spl-password-spray',
    question: 'in splunk, which source IPs tried more than 20 distinct usernames in the past 24h? (password spray)',
    expect: { spl: { table: 'Authentication', has: [/dc\((Authentication\.)?user\)/, /> ?20/, /by .*src/, DAY1_SPL] } },
  },
  {
    id: 'b3-spl-rundll32-yesterday',
    question: 'rundll32.exe command lines on endpoints (splunk) yesterday',
    expect: { spl: { has: ['rundll32.exe', /CommandLine|process\b/, YESTERDAY_SPL] } },
  },
  // SQL (business database)
  {
    id: 'b3-sql-revenue-country-ytd',
    question: 'revenue by country YTD in EUR',
    expect: {
      sql: {
        table: 'orders',
        has: [/sum\(.*total\)/i, /'EUR'/, /country/, /group by/i, /date_trunc\('year'|'\d{4}-01-01/i],
      },
    },
  },
  {
    id: 'b3-sql-overdue-invoices-5000',
    question: 'overdue unpaid invoices over $5,000',
    expect: {
      sql: {
        table: 'invoices',
        has: [/'unpaid'|paid_at is null/i, /amount\s*>=?\s*5000/i, /'USD'/, /due_date\s*</i],
      },
    },
  },
  {
    id: 'b3-sql-customers-never-ordered',
    question: 'customers who have never placed an order',
    expect: {
      sql: { table: 'customers', has: [/not exists|not in|left join[\s\S]*is null/i, /orders/] },
    },
  },
  {
    id: 'b3-sql-aov-segment-month',
    question: 'average order value by segment and month for 2026',
    expect: {
      sql: {
        table: 'orders',
        has: [/avg\(.*total\)/i, /segment/, /date_trunc\('month'|extract\(month|to_char\(/i, /'2026-01-01/],
      },
    },
  },
  {
    id: 'b3-sql-finance-inactive-60d',
    question: "active users in the Finance dept who haven't logged in for 60 days",
    expect: {
      sql: {
        table: 'users',
        has: [/'Finance'/i, /last_login_at\s*<|last_login_at is null/i, /60 days|'60 day/i, /active/],
      },
    },
  },
  {
    id: 'b3-sql-top20-products-units-october',
    question: 'top 20 products by units sold in October',
    expect: {
      sql: {
        table: 'order_items',
        has: [/sum\(.*quantity\)/i, /limit 20/i, OCTOBER_SQL, OCTOBER_END_SQL, /products/],
      },
    },
  },
  {
    id: 'b3-sql-budget-overspend',
    question: 'which departments overspent their budget in fiscal year 2026, by department and month',
    expect: {
      sql: {
        table: 'budget',
        has: [
          /spent\s*>\s*.*amount|spent\s*-\s*.*amount|amount\s*<\s*.*spent/i,
          /fiscal_year\s*=\s*2026/i,
          /department/,
          /fiscal_month/,
        ],
      },
    },
  },
  {
    id: 'b3-sql-median-cancelled-gbp',
    question: 'median order total for cancelled orders in GBP since 2026-09-01',
    expect: {
      sql: {
        table: 'orders',
        has: [/'cancell?ed'/i, /'GBP'/, /percentile_cont\(0\.5\)|median/i, /'2026-09-01/],
      },
    },
  },
  // Two platforms
  {
    id: 'b3-multi-ip-sentinel-splunk',
    question: 'Check 185.220.101.4 in both Sentinel sign-in logs and Splunk firewall traffic over the last 7 days',
    expect: {
      kql: { table: 'SigninLogs', has: ['"185.220.101.4"', 'ago(7d)'] },
      spl: { has: ['185.220.101.4', 'earliest=-7d'] },
    },
  },
  {
    id: 'b3-multi-user-orders-signins',
    question: 'for jsmith@contoso.com: their orders in the business DB and their Entra ID sign-ins, this month',
    expect: {
      kql: { table: 'SigninLogs', has: ['jsmith@contoso.com', /startofmonth\(now\(\)\)|datetime\(\d{4}-\d\d-01/] },
      sql: { table: 'orders', has: ['jsmith@contoso.com', /date_trunc\('month'|'\d{4}-\d\d-01/i] },
    },
  },
  // Clarification
  { id: 'b3-clarify-whats-going-on', question: "what's going on?", clarification: true },
  { id: 'b3-clarify-italian', question: 'quanti accessi falliti ci sono stati ieri sul portale?', clarification: true },
];

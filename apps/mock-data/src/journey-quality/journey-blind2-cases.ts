import type { JourneyCase } from './journey-cases';

/**
 * A third journey-quality set, written before reading the query builders and the constraint
 * extractor (only the case format and the mesh's schemas were read): abbreviations, typos, explicit
 * dates, IPv6 and CIDRs, hashes, currencies, thresholds, with the checks an analyst would insist on.
 * Its first-run pass rate is in the README as the "blind2" figure. Windows that depend on today's
 * date ("since Monday", "last quarter") accept either the relative form or an explicit datetime.
 */
const DAY1_KQL = /ago\((24h|1d)\)|startofday\(/;
const DAY1_SPL = /earliest=-(24h|1d)/;
const YESTERDAY_KQL = /startofday\(ago\(1d\)\)|startofday\(now\(\)\) - 1d|ago\(1d\)|datetime\(\d{4}-\d\d-\d\d/;
const YESTERDAY_SPL = /earliest=-1d@d|earliest=-(24h|1d)\b/;

export const BLIND2_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL (Sentinel / Log Analytics / Defender)
  {
    id: 'b2-kql-unsuccessful-signins-yday',
    question: 'unsuccessful sign-ins for carol.jones@fabrikam.com yday',
    expect: { kql: { table: 'SigninLogs', has: ['carol.jones@fabrikam.com', /ResultType (!=|!in)/, YESTERDAY_KQL] } },
  },
  {
    id: 'b2-kql-ipv6-7d',
    question: 'sign-ins from 2001:db8::1 past 7d',
    expect: { kql: { table: 'SigninLogs', has: ['"2001:db8::1"', 'ago(7d)'] } },
  },
  {
    id: 'b2-kql-cidr-since-monday',
    question: 'Which accounts signed in from 10.20.0.0/16 since Monday?',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /ipv4_is_in_range\(IPAddress, "10\.20\.0\.0\/16"\)|ipv4_is_match/,
          /UserPrincipalName/,
          /startofweek\(now\(\)\)|datetime\(\d{4}-/,
        ],
      },
    },
  },
  {
    id: 'b2-kql-sha256-30d',
    question:
      'Did any endpoint run a process with SHA256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 in the last 30 days?',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: ['SHA256', '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', 'ago(30d)'],
      },
    },
  },
  {
    id: 'b2-kql-md5-devices',
    question: 'devices that executed a file with md5 44d88612fea8a8f36de82e1278abb02f over the past 2 weeks',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: ['MD5', '44d88612fea8a8f36de82e1278abb02f', /ago\((14d|2w)\)/, 'DeviceName'],
      },
    },
  },
  {
    id: 'b2-kql-rdp-outbound-by-device',
    question: 'Outbound connections to port 3389 per device in the last 3 days',
    expect: {
      kql: { table: 'DeviceNetworkEvents', has: ['RemotePort == 3389', /summarize .*by DeviceName/, 'ago(3d)'] },
    },
  },
  {
    id: 'b2-kql-powershell-top5',
    question: 'top 5 devices where powershell.exe ran with -EncodedCommand in the last 48 hrs',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: ['powershell.exe', /EncodedCommand/i, /ago\((48h|2d)\)/, /top 5|take 5|limit 5/, 'DeviceName'],
      },
    },
  },
  {
    id: 'b2-kql-4688-per-day',
    question: 'Count of process creation events (4688) per day on SRV-APP02 for the past 14 days',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: ['EventID == 4688', 'SRV-APP02', 'bin(TimeGenerated, 1d)', /ago\((14d|2w)\)/, /count\(\)/],
      },
    },
  },
  {
    id: 'b2-kql-azure-deletes-q2',
    question: 'Who deleted Azure resources in Q2 2026? Group by caller',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [/delete/i, /by Caller/, /datetime\(2026-04-01/, /datetime\(2026-0(6-30|7-01)/],
      },
    },
  },
  {
    id: 'b2-kql-sharepoint-downloads-march',
    question: 'Top 5 users by number of files downloaded from SharePoint between 1 and 15 March 2026',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [
          'FileDownloaded',
          /SharePoint/,
          /by UserId/,
          /top 5|take 5/,
          /datetime\(2026-03-01/,
          /datetime\(2026-03-1[56]/,
        ],
      },
    },
  },
  // SPL (Splunk)
  {
    id: 'b2-spl-4625-host-by-src',
    question: 'splunk: failed logons (4625) on host WS-0142 in past 24h by source ip',
    expect: { spl: { table: 'wineventlog', has: ['EventCode=4625', 'WS-0142', DAY1_SPL, /by .*src/] } },
  },
  {
    id: 'b2-spl-sysmon-word-cmd',
    question: 'In sysmon, show cmd.exe processes spawned by winword.exe over the last 7 days',
    expect: { spl: { table: 'sysmon', has: [/cmd\.exe/, /ParentImage.*winword\.exe/i, 'earliest=-7d'] } },
  },
  {
    id: 'b2-spl-sysmon-dns',
    question: 'Sysmon DNS queries for evil-domain.xyz in the past 3 days, by host',
    expect: { spl: { table: 'sysmon', has: ['EventCode=22', 'evil-domain.xyz', 'earliest=-3d', /by .*host/] } },
  },
  {
    id: 'b2-spl-aws-console-failures',
    question: 'CloudTrail ConsoleLogin failures per user over the past week',
    expect: {
      spl: {
        table: 'aws',
        has: ['ConsoleLogin', /errorCode|Failure/, /by .*userIdentity\.arn|by .*user/, /earliest=-(7d|1w)/],
      },
    },
  },
  {
    id: 'b2-spl-o365-inbox-rules',
    question: 'O365 New-InboxRule operations by UserId since yesterday in Splunk',
    expect: { spl: { table: 'o365', has: ['New-InboxRule', /by .*UserId/, YESTERDAY_SPL] } },
  },
  {
    id: 'b2-spl-nettraffic-4444-top10',
    question: 'Using the Network_Traffic data model, top 10 dest_ip on port 4444 last 24 hours',
    expect: {
      spl: { table: 'Network_Traffic', has: ['tstats', '4444', /dest_ip/, /head 10|limit=10|top 10/, DAY1_SPL] },
    },
  },
  {
    id: 'b2-spl-web-500-per-url',
    question: 'count HTTP 500 errors per url in splunk over the last 6h',
    expect: { spl: { table: 'Web', has: [/status="?500/, /by .*url/, 'earliest=-6h'] } },
  },
  {
    id: 'b2-spl-auth-bruteforce-users',
    question: 'Splunk Authentication data model: users with at least 10 failed authentications yesterday',
    expect: { spl: { table: 'Authentication', has: [/action="?failure/, />= ?10/, /by .*user/, YESTERDAY_SPL] } },
  },
  // SQL (business database)
  {
    id: 'b2-sql-eur-revenue-per-month-2025',
    question: 'Total revenue in EUR per month for 2025, excluding cancelled orders',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /sum\(.*total\)/i,
          "'EUR'",
          /date_trunc\('month'/i,
          /2025-01-01/,
          /cancelled/,
          /<> 'cancelled'|!= 'cancelled'|not in/i,
        ],
      },
    },
  },
  {
    id: 'b2-sql-top5-customers-france',
    question: 'top 5 customers in France by order value last quarter',
    expect: {
      sql: {
        table: 'orders',
        has: [/'France'|'FR'/, /sum\(.*total\)/i, /limit 5/i, /quarter|\d{4}-\d\d-01/i, /group by/i],
      },
    },
  },
  {
    id: 'b2-sql-unpaid-usd-invoices',
    question: 'Unpaid invoices over 1,000 USD that were due before 31 Jan 2026',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /unpaid|paid_at is null/i,
          /amount > 1000/i,
          "'USD'",
          /due_date < (?:CAST\()?'2026-01-31|due_date <= (?:CAST\()?'2026-01-3/,
        ],
      },
    },
  },
  {
    id: 'b2-sql-finance-inactive-30',
    question: 'Which users in the Finance department have not logged in for 30 days?',
    expect: {
      sql: {
        table: 'users',
        has: ['last_login_at', /interval '30 days'/i, /'Finance'/],
        not: [/last_login_at >= now\(\)/i],
      },
    },
  },
  {
    id: 'b2-sql-aov-segment-country-q2',
    question: 'average order value by segment and country in Q2 2026',
    expect: {
      sql: {
        table: 'orders',
        has: [/avg\(.*total\)/i, /segment/, /country/, /group by/i, /2026-04-01/, /2026-07-01|2026-06-30/],
      },
    },
  },
  {
    id: 'b2-sql-customers-3-orders',
    question: 'customers with at least 3 orders since 2026-01-01',
    expect: { sql: { table: 'orders', has: [/having count\(\*\) >= 3|having count\(.*\) >= 3/i, '2026-01-01'] } },
  },
  {
    id: 'b2-sql-budget-overspent',
    question: 'Which departments spent more than their budget in fiscal year 2026?',
    expect: { sql: { table: 'budget', has: [/spent/, /amount/, /fiscal_year = 2026/, /department/] } },
  },
  {
    id: 'b2-sql-units-per-category',
    question: 'units sold per product category in the past 30 days',
    expect: {
      sql: { table: 'order_items', has: [/sum\(.*quantity\)/i, /category/, /group by/i, /interval '30 days'/i] },
    },
  },
  // Two platforms
  {
    id: 'b2-two-ip-splunk-sentinel',
    question: 'Check both Splunk and Sentinel for any connections to 185.220.101.4 in the past 24 hours',
    expect: {
      kql: { has: ['185.220.101.4', DAY1_KQL] },
      spl: { has: ['185.220.101.4', DAY1_SPL] },
    },
  },
  {
    id: 'b2-two-user-signins-orders',
    question:
      'For dave@contoso.com, show his Entra ID sign-ins and his orders in the sales database over the last 30 days',
    expect: {
      kql: { table: 'SigninLogs', has: ['dave@contoso.com', 'ago(30d)'] },
      sql: { has: ['dave@contoso.com', /interval '30 days'/i] },
    },
  },
  // Clarification
  { id: 'b2-clar-one-word', question: 'asdf', clarification: true },
  {
    id: 'b2-clar-french',
    question: "Montre-moi les connexions échouées d'hier s'il te plaît",
    clarification: true,
  },
];

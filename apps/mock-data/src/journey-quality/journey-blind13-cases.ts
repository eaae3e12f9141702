import type { JourneyCase } from './journey-cases';
import { TODAY_KQL, THIS_MONTH_KQL, TODAY_SPL, YESTERDAY_END_SPL, kqlEvent, splEvent } from './journey-patterns';
import { DAY_MS, iso, kqlDate, splDate, sqlLiteral, utcDay } from './journey-dates';

/**
 * A fourteenth journey-quality set ("blind13"), written blind on 2026-11-27 (04:55–05:10 UTC): before
 * reading the query builders, the constraint extractor, the routing code, planner-core, planner-llm,
 * the planner app or any other journey case list except blind12's. Read: blind12's list (for the case
 * format, the `expect` shapes and the date helpers, copied here, and to avoid repeating its
 * questions), the `JourneyCase` type in journey-cases.ts, run-journeys.ts (to register the set), the
 * mesh's schemas (kql/spl/sql.json), issue 11 and a skim of the wire contract.
 * 11 KQL, 10 SPL, 10 SQL, 6 two-platform and 3 clarification cases. No question names a query
 * language; they name data sources as users do (entra audit log, entra sign-ins, the windows security
 * log, defender, office 365 / sharepoint, azure activity, sysmon, the o365 / azure indexes, cloudtrail,
 * the firewall, the web servers, the endpoint data model, "our app database", "the invoices table",
 * the events table, sentinel and splunk) or none. Values: UPNs, IPs, ports, a host name, role and
 * operation names, an encryption type, risk and conditional-access states, an Entra error code, an
 * app name, Azure resource-provider operations, AWS error codes and API names, event IDs, process
 * names, command-line fragments, a file path fragment, an HTTP status, statuses, currencies, a
 * department, a segment column, amounts. Shapes: inactivity thresholds (max last seen < N days ago),
 * thresholds after aggregation (> 10, >= 10, > 20, more than five), top N, daily and weekly buckets,
 * by X and Y, distinct counts, sums, averages, a revenue product (qty × price), sorted lists.
 * Windows: today, yesterday (both ends), last calendar week (both ends), this week, this month, this
 * quarter, since an explicit date or datetime, an explicit day, an explicit range, a calendar year,
 * last N hours/days/weeks (some in words). Calendar windows are computed from the run's clock (UTC)
 * so the cases stay right on later days. Checks accept any reasonable spelling of the same condition
 * and reject queries that do not answer the question.
 * First run (05:00 UTC): 21/40. A second commit then fixed five checks, each marked "Second commit":
 * two windows-logon cases whose questions name no Splunk-only source now check the same conditions
 * on Sentinel (the planner's pick), a bare "AccessDenied" search term is accepted, and two checks
 * that let wrong queries pass were tightened (average per order instead of per segment; SharePoint
 * alone for "sharepoint/onedrive").
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
const SIXTY_DAYS_AGO = new Date(TODAY.getTime() - 60 * DAY_MS);
const QUARTER_START = new Date(Date.UTC(TODAY.getUTCFullYear(), TODAY.getUTCMonth() - (TODAY.getUTCMonth() % 3), 1));

/** `now()` and its SQL spellings. */
const sqlNow = '(now\\(\\)|CURRENT_DATE|current_timestamp|localtimestamp)';

// KQL windows
const WEEK_KQL = /ago\((7d|168h)\)/;
const THIS_WEEK_KQL = new RegExp(
  `startofweek\\(\\s*now\\(\\)\\s*(,\\s*1\\s*)?\\)|${kqlDate(MONDAY)}|${kqlDate(SUNDAY)}|ago\\((7d|168h)\\)`,
);
/** Last calendar week's start: `startofweek(now(), -1)`, `startofweek(ago(7d))`, `startofweek(now()) - 7d`, or its date. */
const LAST_WEEK_START_KQL = new RegExp(
  [
    `startofweek\\(\\s*now\\(\\)\\s*,\\s*-1\\s*\\)`,
    `startofweek\\(\\s*(ago\\(\\s*(7d|1w|168h)\\s*\\)|now\\(\\)\\s*-\\s*(7d|168h))\\s*\\)`,
    `startofweek\\(\\s*now\\(\\)\\s*\\)\\s*-\\s*(7d|168h)`,
    kqlDate(LAST_MONDAY),
    kqlDate(LAST_SUNDAY),
  ].join('|'),
);
/** …and its end: before this week's start, or `endofweek(…, -1)`, or the last day of last week. */
const LAST_WEEK_END_KQL = new RegExp(
  [
    `(<|\\.\\.)\\s*startofweek\\(\\s*now\\(\\)\\s*\\)`,
    `endofweek\\(\\s*(now\\(\\)\\s*,\\s*-1|ago\\(\\s*(7d|1w|168h)\\s*\\)|now\\(\\)\\s*-\\s*(7d|168h))\\s*\\)`,
    `(<|\\.\\.)\\s*(${kqlDate(MONDAY)}|${kqlDate(SUNDAY)})`,
    `(<=?|\\.\\.)\\s*datetime\\(\\s*["']?(${iso(dayBefore(MONDAY))}|${iso(dayBefore(SUNDAY))})`,
  ].join('|'),
);

// SPL windows
const DAY1_SPL = /earliest\s*=\s*"?-(24h|1d)\b/;
const WEEK_SPL = /earliest\s*=\s*"?-(7d|168h|1w)\b/;
const YESTERDAY_START_SPL = new RegExp(`earliest\\s*=\\s*"?(-1d@d|${splDate(YESTERDAY)})`);
const THIS_WEEK_SPL = new RegExp(
  `earliest\\s*=\\s*"?(@w[01]?|-0w@w[01]?|-7d|-168h|${splDate(MONDAY)}|${splDate(SUNDAY)})`,
);

// SQL windows
/** Yesterday's start: its date, or today minus one day. */
const YESTERDAY_START_SQL = new RegExp(
  [
    iso(YESTERDAY),
    `(CURRENT_DATE|now\\(\\)\\s*::\\s*date)\\s*-\\s*(interval\\s*'1 days?'|1\\b)`,
    `date_trunc\\(\\s*'day'\\s*,\\s*${sqlNow}\\s*\\)\\s*-\\s*interval\\s*'(1 days?|24 hours?)'`,
  ].join('|'),
  'i',
);
/** …and bounded at today's start (or one `::date =` equality covering the day). */
const YESTERDAY_END_SQL = new RegExp(
  [
    `<\\s*${sqlLiteral}${iso(TODAY)}`,
    `<\\s*\\(?\\s*(CURRENT_DATE|date_trunc\\(\\s*'day'\\s*,\\s*${sqlNow}\\s*\\)|now\\(\\)\\s*::\\s*date)`,
    `BETWEEN[^;]*AND\\s*${sqlLiteral}(${iso(TODAY)}|${iso(YESTERDAY)})`,
    `::\\s*date\\s*=`,
    `(DATE|date_trunc)\\(\\s*('day'\\s*,\\s*)?(\\w+\\.)?occurred_at\\s*\\)\\s*=`,
  ].join('|'),
  'i',
);
const THIS_QUARTER_SQL = new RegExp(
  `date_trunc\\(\\s*'quarter'|${iso(QUARTER_START)}|EXTRACT\\(\\s*QUARTER|date_part\\(\\s*'quarter'`,
  'i',
);

/** Windows Security event IDs, which must never be applied to sysmon (SPL). */
const WINDOWS_SECURITY_IDS_SPL = /EventCode\s*=\s*"?(4624|4625|4688|4720|4740)\b/;
/** `top 10 by`, `take 10`, `limit 10` (KQL). */
const topKql = (n: number) => new RegExp(`top\\s+${n}\\s+by|take\\s+${n}\\b|limit\\s+${n}\\b`);
/** `top 5 …`, `top limit=5 …`, `head 5` (SPL). */
const topSpl = (n: number) =>
  new RegExp(`top\\s+(limit\\s*=\\s*)?${n}\\b|head\\s+(limit\\s*=\\s*)?${n}\\b|sort\\s+(limit\\s*=\\s*)?${n}\\b`);
/** A failed Entra sign-in: a non-zero ResultType, however spelled (KQL). */
const FAILED_SIGNIN_KQL =
  /ResultType\s*\)?\s*(!=|!~|<>)\s*["']?0\b|ResultType\s*!in~?\s*\(\s*["']?0\b|ResultType\s*(in~?\s*\(|==|=~)\s*["']?[1-9]/;
/** An invoice not paid (SQL). */
const UNPAID_SQL =
  /paid_at\s+IS\s+NULL|status\s*(<>|!=)\s*'paid'|status\s*NOT\s+IN\s*\([^)]*'paid'|status\s*(=|IN)\s*\(?\s*'(unpaid|overdue|open|issued|sent|pending)/i;
/** A column the answer shows (KQL): named, or every column kept (no project / summarize / distinct / count). */
const kqlShows = (column: string) =>
  new RegExp(`\\b${column}\\b|^(?![\\s\\S]*\\|\\s*(project|summarize|distinct|count)\\b)`);
/** A column the answer shows (SPL): named, or a raw search keeping every field (no table / fields / stats …). */
const splShows = (column: string) =>
  new RegExp(
    `\\b${column}\\b|^(?![\\s\\S]*(\\|\\s*(table|fields|stats|chart|timechart|top|rare|dedup)\\b|\\btstats\\b))`,
  );
/** A day bucket (SPL timechart/bin span). */
const SPAN_1D_SPL = /span\s*=\s*"?(1d|24h)\b/;

export const BLIND13_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: Entra audit and sign-ins, Windows security events, Defender device tables, Office, Azure activity
  {
    id: 'b13-kql-audit-global-admin-adds-3d',
    question: 'who got added to the Global Administrator role in entra in the last 3 days? show who did it and when',
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [
          /Add member to role/i,
          /Global Administrator|Company Administrator/i,
          kqlShows('InitiatedBy'),
          /ago\((3d|72h)\)/,
        ],
      },
    },
  },
  {
    id: 'b13-kql-inactive-sixty-days',
    question: 'which accounts havent signed in to entra for sixty days or more',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /(arg_)?max\(\s*TimeGenerated\s*\)/,
          /<=?\s*ago\(\s*(60d|1440h)\s*\)|ago\(\s*(60d|1440h)\s*\)\s*>=?|<=?\s*now\(\)\s*-\s*(60d|1440h)/,
          /by\s+[^|]*(UserPrincipalName|UserId)/,
        ],
        not: [/\|\s*where\s+TimeGenerated\s*>=?\s*ago\(\s*(60d|1440h)\s*\)\s*\|\s*summarize/],
      },
    },
  },
  {
    id: 'b13-kql-lockouts-4740-nov1-15-top10',
    question: 'Account lockouts (event 4740) between 2026-11-01 and 2026-11-15 - top 10 locked accounts w/ counts',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4740),
          /by\s+[^|]*(TargetUserName|Account)\b/,
          topKql(10),
          /datetime\(\s*["']?2026-11-01/,
          /datetime\(\s*["']?2026-11-(15|16)/,
        ],
      },
    },
  },
  {
    id: 'b13-kql-kerberoast-rc4-12h',
    question:
      'kerberos service ticket requests using RC4 (encryption type 0x17) in the last 12 hrs, by account and service name',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4769),
          /TicketEncryptionType\s*(==|=~|in~?\s*\(|has|contains)\s*["']0x17/i,
          /by\s+[^|]*(TargetUserName|Account)\b/,
          /by\s+[^|]*ServiceName/,
          /ago\((12h|720m)\)/,
        ],
      },
    },
  },
  {
    id: 'b13-kql-defender-conn-ip-since-datetime',
    question:
      'any defender devices connecting to 185.220.101.4 since 2026-11-25 08:00 UTC? device, process, remote port',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /RemoteIP\s*(==|=~|in\s*\(|has)\s*["']185\.220\.101\.4["']/,
          kqlShows('DeviceName'),
          kqlShows('InitiatingProcessFileName'),
          kqlShows('RemotePort'),
          /datetime\(\s*["']?2026-11-25[T ]08:00/,
        ],
      },
    },
  },
  {
    id: 'b13-kql-rundll32-from-powershell-today',
    question: 'rundll32 started by powershell on our defender machines today - list device, account and command line',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /FileName\s*(==|=~|in~?\s*\(|has|contains|startswith)\s*["']rundll32/i,
          /InitiatingProcessFileName\s*(==|=~|in~?\s*\(|has|contains|startswith)\s*["']powershell/i,
          kqlShows('DeviceName'),
          kqlShows('AccountName'),
          kqlShows('ProcessCommandLine'),
          TODAY_KQL,
        ],
      },
    },
  },
  {
    id: 'b13-kql-sharepoint-downloads-top10-3d',
    question:
      'top ten users by number of FileDownloaded operations in sharepoint/onedrive (office 365) over past three days',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [/FileDownloaded/, /by\s+[^|]*UserId/, topKql(10), /ago\((3d|72h)\)/],
        // Second commit: SharePoint alone drops the OneDrive downloads asked for.
        not: [/OfficeWorkload\s*(==|=~)\s*["']SharePoint["']/i],
      },
    },
  },
  {
    id: 'b13-kql-high-risk-signins-last-week-by-location',
    question: 'high risk sign-ins in entra last week (mon-sun), count by location',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /RiskLevelDuringSignIn\s*(==|=~|in~?\s*\(|has)\s*["']high/i,
          /by\s+[^|]*Location/,
          LAST_WEEK_START_KQL,
          LAST_WEEK_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b13-kql-single-factor-azure-portal-daily-dcount-14d',
    question:
      'Azure Portal sign-ins that only needed single factor auth: number of distinct users per day over the past fortnight',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /AuthenticationRequirement\s*(==|=~|in~?\s*\(|has|contains)\s*["']singleFactor/i,
          /AppDisplayName\b[^|]*Azure Portal/i,
          /dcount\(\s*(UserPrincipalName|UserId)\s*\)|count_distinct\(\s*(UserPrincipalName|UserId)\s*\)/,
          /bin\(\s*TimeGenerated\s*,\s*(1d|24h)\s*\)|startofday\(\s*TimeGenerated\s*\)/,
          /ago\((14d|2w|336h)\)/,
        ],
      },
    },
  },
  {
    id: 'b13-kql-azure-vm-deletes-48h',
    question: 'who deleted virtual machines in azure in the last 48 hours? caller + caller ip + resource group',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          /OperationNameValue\b[^|]*Microsoft\.Compute\/virtualMachines\/delete/i,
          kqlShows('Caller'),
          kqlShows('CallerIpAddress'),
          kqlShows('ResourceGroup'),
          /ago\((48h|2d)\)/,
        ],
      },
    },
  },
  {
    id: 'b13-kql-ca-failures-per-app-over-20-month',
    question: 'apps with more than 20 conditional access failures this month, most first',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /ConditionalAccessStatus\s*(==|=~|in~?\s*\(|has)\s*["']failure/i,
          /by\s+[^|]*AppDisplayName/,
          /where\s+[^|]*(>\s*20|>=\s*21)\b/,
          /(sort|order)\s+by\s+\w+\s*(desc\b|\||$)|top\s+\d+\s+by/,
          THIS_MONTH_KQL,
        ],
      },
    },
  },
  // SPL: the windows security log, sysmon, o365, cloudtrail, the azure index, the CIM data models
  {
    id: 'b13-spl-4720-accounts-created-30d',
    question:
      'new user accounts created (4720) in the windows security log in the last 30 days, by who created them and host',
    // Second commit: the question names no Splunk-only source (Sentinel's SecurityEvent is a Windows
    // security log too), so the same conditions are checked on the platform the planner picked.
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4720), /by\s+[^|]*\b(SubjectUserName|Account)\b/, /by\s+[^|]*\bComputer\b/, /ago\((30d|720h)\)/],
      },
    },
  },
  {
    id: 'b13-spl-4625-src-over-10-4h',
    question: 'sources with over 10 failed windows logons in the past 4 hours',
    // Second commit: no source named, so Sentinel's SecurityEvent answers it as well as Splunk's
    // wineventlog; the same conditions are checked on the platform the planner picked.
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4625),
          /by\s+[^|]*\b(IpAddress|WorkstationName)\b/,
          /where\s+[^|]*(>\s*10|>=\s*11)\b/,
          /ago\((4h|240m)\)/,
        ],
      },
    },
  },
  {
    id: 'b13-spl-sysmon-ports-4444-1337-12h',
    question: 'sysmon network connections to port 4444 or 1337 in the past twelve hours - which hosts and images?',
    expect: {
      spl: {
        table: 'sysmon',
        has: [
          /DestinationPort[^|]*\b4444\b/,
          /\b1337\b/,
          splShows('host'),
          splShows('Image'),
          /earliest\s*=\s*"?-(12h|720m)\b/,
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b13-spl-sysmon-startup-folder-files-yesterday',
    question:
      'files dropped in a Startup folder yesterday (sysmon file create, event 11) - host, image, target filename',
    expect: {
      spl: {
        table: 'sysmon',
        has: [
          /EventCode\s*(=|IN\s*\()\s*"?11\b/i,
          /TargetFilename[^|]*Startup/i,
          splShows('host'),
          splShows('Image'),
          YESTERDAY_START_SPL,
          YESTERDAY_END_SPL,
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b13-spl-o365-filedeleted-top5-week',
    question: 'top 5 users deleting files in the o365 index this week (FileDeleted)',
    expect: {
      spl: {
        table: 'o365',
        has: [/FileDeleted/, /\bUserId\b/, topSpl(5), THIS_WEEK_SPL],
      },
    },
  },
  {
    id: 'b13-spl-cloudtrail-accessdenied-over-3-24h',
    question:
      'AccessDenied errors in cloudtrail over the last 24h, per user arn and api call, only where it happened more than 3 times',
    expect: {
      spl: {
        table: 'aws',
        has: [
          // Second commit: a bare `"AccessDenied"` search term is a reasonable spelling too.
          /errorCode[^|]*AccessDenied|^[^|]*["\s]AccessDenied["\s]/,
          /by\s+[^|]*userIdentity\.arn/,
          /by\s+[^|]*eventName/,
          /(where|search)\s+[^|]*(>\s*3|>=\s*4)\b/,
          DAY1_SPL,
        ],
      },
    },
  },
  {
    id: 'b13-spl-azure-50126-teams-3d',
    question: 'entra sign-in errors 50126 for Microsoft Teams in the azure index (splunk), past 3 days, count by user',
    expect: {
      spl: {
        table: 'azure',
        has: [
          /properties\.status\.errorCode[^|]*50126/,
          /properties\.appDisplayName[^|]*Teams/i,
          /by\s+[^|]*properties\.userPrincipalName/,
          /earliest\s*=\s*"?-(3d|72h)\b/,
        ],
      },
    },
  },
  {
    id: 'b13-spl-endpoint-mimikatz-procdump-7d',
    question: 'endpoint data model: mimikatz.exe or procdump.exe anywhere in the last 7 days, by dest and user',
    expect: {
      spl: {
        table: 'Endpoint.Processes',
        has: [
          /(Processes\.)?process_name[^|]*mimikatz\.exe|mimikatz\.exe/i,
          /procdump\.exe/i,
          /by\s+[^|]*(Processes\.)?dest\b/,
          /by\s+[^|]*(Processes\.)?user\b/,
          WEEK_SPL,
        ],
      },
    },
  },
  {
    id: 'b13-spl-firewall-blocked-rdp-daily-dc-7d',
    question:
      'blocked firewall connections to port 3389 each day over the past week, with number of distinct source ips per day',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /action\s*(=|IN\s*\()\s*"?(blocked|block|denied|deny|dropped)/i,
          /dest_port\s*(=|IN\s*\()\s*"?3389\b/,
          /(dc|distinct_count|estdc)\(\s*(All_Traffic\.)?src_ip\s*\)/,
          SPAN_1D_SPL,
          WEEK_SPL,
        ],
      },
    },
  },
  {
    id: 'b13-spl-web-404-top10-urls-nov26',
    question: 'top 10 urls returning 404 on our web servers on 26 nov 2026',
    expect: {
      spl: {
        table: 'Web',
        has: [
          /status\s*(=|IN\s*\()\s*"?404\b/,
          /\burl\b/,
          topSpl(10),
          /earliest\s*=\s*"?(11\/26\/2026|2026-11-26|1795651200)/,
          /latest\s*=\s*"?(11\/27\/2026|2026-11-27|1795737600|11\/26\/2026:23:59)/,
        ],
      },
    },
  },
  // SQL: the business database
  {
    id: 'b13-sql-aov-by-segment-eur-90d',
    question: 'average order value by customer segment, EUR orders only, last 90 days',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /AVG\(\s*(\w+\.)?total\s*\)/i,
          /GROUP BY[^;]*segment/i,
          /'EUR'/,
          /created_at\s*(>=?|BETWEEN)[^;]*(90 days?|'90'|-\s*90\b)/i,
        ],
        // Second commit: grouping by order as well gives each order's value, not the segment's average.
        not: [/\b(c|cu|cust|customers)\.created_at\s*(>|>=|BETWEEN)/i, /GROUP BY[^;]*order_id/i],
      },
    },
  },
  {
    id: 'b13-sql-customers-over-five-orders-2025',
    question: 'customers who placed more than five orders in 2025 - name, email and number of orders',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /HAVING\s+COUNT\([^)]*\)\s*(>\s*5|>=\s*6)\b|order_count\s*(>\s*5|>=\s*6)\b|\w+\s*>\s*5\b/i,
          /\bname\b/,
          /\bemail\b/,
          /2025-01-01|EXTRACT\(\s*YEAR[^;]*=\s*2025|date_part\(\s*'year'[^;]*=\s*2025|date_trunc\(\s*'year'[^;]*=\s*'2025/i,
          /2026-01-01|2025-12-31|EXTRACT\(\s*YEAR[^;]*=\s*2025|date_part\(\s*'year'[^;]*=\s*2025|date_trunc\(\s*'year'[^;]*=\s*'2025/i,
        ],
        not: [/\b(c|cu|cust|customers)\.created_at\s*(>|>=|BETWEEN)/i],
      },
    },
  },
  {
    id: 'b13-sql-cancelled-eur-over-1000-since-oct1',
    question: 'cancelled orders over 1,000 EUR since 1 Oct 2026 - order id, customer, total and date, newest first',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /'cancell?ed'/i,
          /total\s*(>\s*1000|>=\s*1000)/i,
          /'EUR'/,
          /created_at\s*(::\s*date\s*)?(>=|>)\s*(TIMESTAMPTZ\s*|DATE\s*|TIMESTAMP\s*|CAST\(\s*)?'2026-(10-01|09-30)/i,
          /order_id/,
          /ORDER BY[^;]*created_at\s+DESC/i,
        ],
      },
    },
  },
  {
    id: 'b13-sql-usd-invoiced-monthly-2026',
    question: 'how much did we invoice in USD each month of 2026 (by issue date)',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          /'USD'/,
          /date_trunc\(\s*'month'\s*,\s*(\w+\.)?issued_at|EXTRACT\(\s*MONTH\s+FROM\s+(\w+\.)?issued_at|date_part\(\s*'month'\s*,\s*(\w+\.)?issued_at|to_char\(\s*(\w+\.)?issued_at\s*,\s*'(YYYY-)?MM/i,
          /issued_at/,
          /2026-01-01|EXTRACT\(\s*YEAR[^;]*=\s*2026|date_part\(\s*'year'[^;]*=\s*2026/i,
        ],
        not: [/paid_at\s*(>=?|BETWEEN)/i],
      },
    },
  },
  {
    id: 'b13-sql-active-users-no-login-60d',
    question: "active users in our app database who haven't logged in for 60+ days",
    expect: {
      sql: {
        table: 'users',
        has: [
          /\bactive\s*(=\s*(true|'t'|1)|IS\s+TRUE)|WHERE\s+(\w+\.)?active\b|AND\s+(\w+\.)?active\b/i,
          new RegExp(
            `last_login_at\\s*(<|<=)\\s*\\(?\\s*${sqlNow}\\s*-\\s*(interval\\s*'(60 days?|2 mon(th)?s?)'|'60 days?'\\s*::\\s*interval|60\\b)|last_login_at\\s*(<|<=)\\s*${sqlLiteral}(${iso(SIXTY_DAYS_AGO)}|${iso(dayBefore(SIXTY_DAYS_AGO))}|${iso(new Date(SIXTY_DAYS_AGO.getTime() + DAY_MS))})`,
            'i',
          ),
        ],
        not: [/last_login_at\s*>/i],
      },
    },
  },
  {
    id: 'b13-sql-events-failed-logins-per-ip-yesterday',
    question: 'failed logins per ip address in the events table yesterday, only ips with at least 10',
    expect: {
      sql: {
        table: 'events',
        has: [
          /event_type\s*(=|IN\s*\(|LIKE|ILIKE)\s*'[^']*fail/i,
          /GROUP BY[^;]*ip_address/i,
          /HAVING\s+COUNT\([^)]*\)\s*(>=\s*10|>\s*9)\b/i,
          /occurred_at/,
          YESTERDAY_START_SQL,
          YESTERDAY_END_SQL,
        ],
      },
    },
  },
  {
    id: 'b13-sql-marketing-budget-vs-spent-fy2026',
    question: 'Marketing budget vs spent per fiscal month for fiscal year 2026',
    expect: {
      sql: {
        table: 'budget',
        has: [
          /department\s*(=|ILIKE|LIKE|IN\s*\()\s*'marketing'|lower\(\s*(\w+\.)?department\s*\)\s*=\s*'marketing'/i,
          /fiscal_year\s*(=\s*2026|IN\s*\(\s*2026)\b/i,
          /fiscal_month/,
          /\bamount\b/,
          /\bspent\b/,
        ],
      },
    },
  },
  {
    id: 'b13-sql-top5-products-revenue-quarter',
    question: 'top 5 products by revenue (quantity x unit price) this quarter',
    expect: {
      sql: {
        table: 'order_items',
        has: [
          /SUM\(\s*(\w+\.)?quantity\s*\*\s*(\w+\.)?unit_price\s*\)|SUM\(\s*(\w+\.)?unit_price\s*\*\s*(\w+\.)?quantity\s*\)/i,
          /LIMIT\s+5\b|FETCH FIRST 5/i,
          /ORDER BY[^;]*DESC/i,
          /created_at/,
          THIS_QUARTER_SQL,
        ],
        not: [/\b(p|pr|prod|products)\.created_at\s*(>=?|<|BETWEEN)/i],
      },
    },
  },
  {
    id: 'b13-sql-weekly-distinct-customers-8w',
    question: 'how many distinct customers ordered each week, last eight weeks',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /COUNT\(\s*DISTINCT\s+(\w+\.)?customer_id\s*\)/i,
          /date_trunc\(\s*'week'\s*,\s*(\w+\.)?created_at|EXTRACT\(\s*WEEK\s+FROM\s+(\w+\.)?created_at|date_part\(\s*'week'\s*,\s*(\w+\.)?created_at|to_char\(\s*(\w+\.)?created_at\s*,\s*'I?YYYY-?I?W/i,
          /created_at\s*(>=?|BETWEEN)[^;]*(8 weeks?|56 days?|'56'|'8')/i,
        ],
      },
    },
  },
  {
    id: 'b13-sql-unpaid-by-country',
    question: 'total unpaid invoice amount per customer country, largest first',
    expect: {
      sql: {
        table: 'invoices',
        has: [UNPAID_SQL, /SUM\(\s*(\w+\.)?amount\s*\)/i, /GROUP BY[^;]*country/i, /customers/, /ORDER BY[^;]*DESC/i],
      },
    },
  },
  // two platforms
  {
    id: 'b13-multi-kql-spl-ws0231-ip-defender-firewall-3d',
    question: 'did WS-0231 talk to 45.77.12.9? check defender network events and the firewall, past 3 days',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [/RemoteIP\b[^|]*45\.77\.12\.9\b/, /DeviceName\b[^|]*WS-0231/i, /ago\((3d|72h)\)/],
      },
      spl: {
        table: 'Network_Traffic',
        has: [/dest_ip\s*(=|IN\s*\()\s*"?45\.77\.12\.9\b/, /earliest\s*=\s*"?-(3d|72h)\b/],
      },
    },
  },
  {
    id: 'b13-multi-kql-sql-dana-failed-signins-account-active',
    question:
      'dana.kim@contoso.com: failed entra sign-ins in the past 7 days, and is her account in our app database still active?',
    expect: {
      kql: { table: 'SigninLogs', has: ['dana.kim@contoso.com', FAILED_SIGNIN_KQL, WEEK_KQL] },
      sql: { table: 'users', has: ['dana.kim@contoso.com', /\bactive\b|SELECT\s+(\w+\.)?\*/i] },
    },
  },
  {
    id: 'b13-multi-spl-sql-ip-o365-app-events-24h',
    question:
      '203.0.113.77 - any o365 activity from that ip in the last 24h, and any app events from it in our app database?',
    expect: {
      spl: { table: 'o365', has: [/ClientIP\s*(=|IN\s*\()\s*"?203\.0\.113\.77\b|203\.0\.113\.77/, DAY1_SPL] },
      sql: { table: 'events', has: [/ip_address[^;]*203\.0\.113\.77/] },
    },
  },
  {
    id: 'b13-multi-kql-spl-powershell-hidden-defender-sysmon-2d',
    question: 'powershell.exe run with -nop -w hidden in the last 2 days: check defender and sysmon',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/powershell/i, /ProcessCommandLine\b[^|]*-nop/i, /ProcessCommandLine\b[^|]*hidden/i, /ago\((2d|48h)\)/],
      },
      spl: {
        table: 'sysmon',
        has: [/powershell/i, /CommandLine[^|]*-nop/i, /CommandLine[^|]*hidden/i, /earliest\s*=\s*"?-(2d|48h)\b/],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b13-multi-kql-spl-m-rossi-lockouts-today',
    question: 'm.rossi keeps getting locked out - lockout events (4740) today in sentinel and splunk',
    expect: {
      kql: { table: 'SecurityEvent', has: [kqlEvent(4740), /m\.rossi/i, TODAY_KQL] },
      spl: { table: 'wineventlog', has: [splEvent(4740), /m\.rossi/i, TODAY_SPL] },
    },
  },
  {
    id: 'b13-multi-spl-kql-storage-deletes-cloudtrail-azure-week',
    question:
      'who deleted storage this week? DeleteBucket in cloudtrail and storage account deletions in azure activity',
    expect: {
      spl: { table: 'aws', has: [/DeleteBucket/, /userIdentity\.arn/, THIS_WEEK_SPL] },
      kql: {
        table: 'AzureActivity',
        has: [/OperationNameValue\b[^|]*Microsoft\.Storage\/storageAccounts\/delete/i, /\bCaller\b/, THIS_WEEK_KQL],
      },
    },
  },
  // clarification
  { id: 'b13-clarify-and-the-rest', question: 'hmm ok and the rest?', clarification: true },
  { id: 'b13-clarify-pls-check', question: 'pls check', clarification: true },
  {
    id: 'b13-clarify-same-as-yesterdays-report',
    question: "same as yesterday's report but for the EU team",
    clarification: true,
  },
];

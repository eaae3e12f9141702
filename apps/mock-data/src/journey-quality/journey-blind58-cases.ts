import type { JourneyCase } from './journey-cases';
import {
  LAST_MONTH_END,
  kqlLast,
  DAY1_KQL,
  kqlSince,
  TODAY_KQL,
  THIS_WEEK_KQL,
  THIS_MONTH_KQL,
  YESTERDAY_START_KQL,
  YESTERDAY_END_KQL,
  FAILED_SIGNIN_KQL,
  COUNT_KQL,
  kqlEvent,
  kqlShows,
  kqlIs,
  kqlPrefix,
  kqlBy,
  kqlTop,
  kqlAbove,
  DAILY_KQL,
  splLast,
  DAY1_SPL,
  TODAY_SPL,
  THIS_MONTH_SPL,
  YESTERDAY_START_SPL,
  splSince,
  splEvent,
  splShows,
  COUNT_SPL,
  splTop,
  splBy,
  splAbove,
  HOURLY_SPL,
  sqlThis,
  sqlLast,
  sqlSince,
  sqlUntil,
  sqlCountAbove,
  topSql,
  sqlIs,
  sqlGroupBy,
  DESC_SQL,
  MONTHLY_SQL,
  WEEKLY_SQL,
  dots,
} from './journey-patterns';
import { LAST_MONTH_START, MONTH_START, YEAR, YEAR_START, iso, kqlDate } from './journey-dates';

/**
 * The "blind58" journey-quality set, written blind on 2026-11-28 (late, 19:20–19:40 UTC, after a session
 * interruption). I did not read the query builders (apps/mock-data/src/query/** except the bundled-schemas module
 * and the schema JSON), libs/planner-core, planner-llm, the planner app, the git history of any of them, any failure
 * list, or another blind author's work in progress, and I did not run the planner on any question.
 * I read: TEAM.md and BLIND.md, journey-cases.ts (types), journey-dates.ts, journey-patterns.ts, journey-checkers.ts,
 * run-journeys.ts, the mesh's schemas (apps/mock-data/schemas/{kql,spl,sql}.json and the seed values in
 * query/testing/sql-seed.ts), blind55's file as the format example, and grepped the other blind sets for their
 * personas and clarification wordings.
 * Personas (organisations invented):
 * - an open-pit mining company's SOC, run by a contracted MSSP whose analysts write terse tickets (Ironbark Ridge
 *   Mining, ironbarkridge.com.au, IRM-* hosts, IRM-JMP* jump hosts, IRM-SCADA* OT servers, OT subnet 10.40.0.0/16);
 * - a publishing house's small IT desk (Larkspur Row Books, larkspurrow.co.uk, LRB-* hosts; ordinary sentences);
 * - a national library's data team (Caldermoor National Library, caldermoor-library.org; formal sentences) querying
 *   the library's shop and picture-licensing database (customers, orders, invoices, products) and its security data.
 * Composition: 11 KQL, 10 SPL, 10 SQL, 5 two-platform (3 KQL + SPL, 1 KQL + SQL, 1 KQL + SPL by event id),
 * 2 clarification cases (38). A store is named whenever the schemas hold the data in more than one place.
 * Values: UPNs, a service account, host names and prefixes, an IP, two CIDRs, event IDs (4740, 4771, 4625, 4624 with
 * logon type 10, 4720), a SHA256, process names (plink.exe, certutil.exe, psexec), CloudTrail event names, an O365
 * operation, an Entra role, an app name, a web host and status, a registry key, currencies (GBP, EUR), amounts,
 * a category, a segment, a department, a fiscal year, an event type, an order status.
 * Shapes: counts, distinct counts, sums, averages, a percentage, top N (5, 10), thresholds after aggregation, hourly /
 * daily / weekly / monthly buckets, group by, ordering, columns to show, negations (no orders since, excluding
 * cancelled, not paid).
 * Windows: last 12h, 24h, 48h, 72h, 5d, 7d, 10d, 14d, 30d, 90d; today; yesterday; since yesterday; this week
 * (since Monday); this month; this year; the previous calendar month; since 1 Jul, 1 Sep, 1 Oct, 1 Nov, 20 Nov, 24 Nov
 * 2026; 1–15 Nov 2026; a fiscal year; conditions that are not windows (overdue now, still active).
 * Checks were run against queries I wrote by hand (scratch script, deleted) with the real checkers. Not run on the
 * planner.
 */

/** The previous calendar month (KQL): start and end. */
const LAST_MONTH_START_KQL = new RegExp(
  [
    `startofmonth\\(\\s*(now\\(\\)\\s*,\\s*-1|datetime_add\\(\\s*["']?month["']?\\s*,\\s*-1\\s*,\\s*now\\(\\)\\s*\\))\\s*\\)`,
    `startofmonth\\(\\s*startofmonth\\(\\s*now\\(\\)\\s*\\)\\s*-\\s*1d\\s*\\)`,
    kqlDate(LAST_MONTH_START),
  ].join('|'),
);
const LAST_MONTH_END_KQL = new RegExp(
  [
    `(<|\\.\\.)\\s*startofmonth\\(\\s*now\\(\\)\\s*\\)`,
    `endofmonth\\(\\s*(now\\(\\)\\s*,\\s*-1|datetime_add\\(\\s*["']?month["']?\\s*,\\s*-1\\s*,\\s*now\\(\\)\\s*\\))\\s*\\)`,
    `(<|\\.\\.)\\s*${kqlDate(MONTH_START)}`,
    `(<=?|\\.\\.)\\s*datetime\\(\\s*["']?${iso(LAST_MONTH_END)}`,
  ].join('|'),
);
/** A daily bucket (SPL). */
const DAILY_SPL = /span\s*=\s*"?(1d|24h|1day)\b|strftime\([^)]*%(Y-%m-%d|F|d)/;
/** This calendar year on a column (SQL). */
const sqlThisYear = (column: string) =>
  new RegExp(
    `${sqlThis(column, 'year', YEAR_START).source}|EXTRACT\\(\\s*YEAR\\s+FROM\\s+(\\w+\\.)?(${column})\\s*\\)\\s*=\\s*${YEAR}|date_part\\(\\s*'year'\\s*,\\s*(\\w+\\.)?(${column})\\s*\\)\\s*=\\s*${YEAR}`,
    'i',
  );

/** Explicit days the questions name. */
const JUL_1 = new Date(Date.UTC(2026, 6, 1));
const SEP_1 = new Date(Date.UTC(2026, 8, 1));
const OCT_1 = new Date(Date.UTC(2026, 9, 1));
const NOV_1 = new Date(Date.UTC(2026, 10, 1));
const NOV_15 = new Date(Date.UTC(2026, 10, 15));
const NOV_20 = new Date(Date.UTC(2026, 10, 20));
const NOV_24 = new Date(Date.UTC(2026, 10, 24));

/** Values. */
const IOC_IP = '45.141.215.88';
const IOC_SHA256 = 'c3f1e2a9b07d4c6e8f5a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6';
const SQL_LITERAL_DAY = (date: Date) => `(DATE\\s*|TIMESTAMP\\w*\\s*|CAST\\(\\s*)?'${iso(date)}`;

export const BLIND58_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: mining SOC (MSSP, terse tickets)
  {
    id: 'b58-kql-mine-fms-svc-failed-signins-48h',
    question: 'tkt 4471 - pls chk failed signins (sentinel) for svc_fms@ironbarkridge.com.au lst 48h, count per src ip',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('UserPrincipalName', 'svc_fms@ironbarkridge\\.com\\.au'),
          FAILED_SIGNIN_KQL,
          COUNT_KQL,
          kqlBy('IPAddress'),
          kqlLast('48h|2d|2880m'),
        ],
      },
    },
  },
  {
    id: 'b58-kql-mine-plink-jump-hosts-since-nov20',
    question: 'defender: any plink.exe on the IRM-JMP* jump hosts since 20 nov? device, acct, cmdline pls',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          kqlIs('(FileName|InitiatingProcessFileName)', 'plink\\.exe'),
          kqlPrefix('DeviceName', 'IRM-JMP'),
          kqlSince(NOV_20),
          kqlShows('DeviceName'),
          kqlShows('AccountName'),
          kqlShows('ProcessCommandLine'),
        ],
      },
    },
  },
  {
    id: 'b58-kql-mine-lockouts-per-computer-today',
    question: 'sentinel - acct lockouts 4740 per computer today, busiest first',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4740),
          COUNT_KQL,
          kqlBy('Computer'),
          TODAY_KQL,
          /\b(desc|top\s+\d+\s+by)\b|(sort|order)\s+by\s+\w+\s*($|\|)/,
        ],
      },
    },
  },
  {
    id: 'b58-kql-mine-cidr-connections-7d',
    question: 'any devices talkin to 91.92.240.0/24 lst 7d?? (defender) need device, remote ip + port, process',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /ipv4_is_in_range\(\s*RemoteIP\s*,\s*["']91\.92\.240\.0\/24["']\s*\)|RemoteIP\s*(startswith|has_prefix|hasprefix)\s*["']91\.92\.240\.|ipv4_is_in_any_range\(\s*RemoteIP[^)]*91\.92\.240\.0\/24/,
          kqlLast('7d|168h'),
          kqlShows('DeviceName'),
          kqlShows('RemotePort'),
          kqlShows('InitiatingProcessFileName'),
        ],
      },
    },
  },
  {
    id: 'b58-kql-mine-risky-signins-24h-columns',
    question: 'risky signins high or medium lst 24h in sentinel - just user, ip, location',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /RiskLevelDuringSignIn[^|]*["']high["']/i,
          /RiskLevelDuringSignIn[^|]*["']medium["']/i,
          DAY1_KQL,
          /project[^|]*UserPrincipalName[^|]*/,
          /project[^|]*IPAddress/,
          /project[^|]*Location/,
        ],
      },
    },
  },
  // KQL: publishing IT desk (ordinary)
  {
    id: 'b58-kql-pub-editorial-suite-daily-users-week',
    question: 'How many different people signed in to Larkspur Editorial Suite each day this week? Sentinel please.',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('AppDisplayName', 'Larkspur Editorial Suite'),
          /dcount\(\s*(UserPrincipalName|UserId|UserDisplayName)\s*\)|count_distinct\(/,
          DAILY_KQL,
          THIS_WEEK_KQL,
        ],
      },
    },
  },
  {
    id: 'b58-kql-pub-sharepoint-deletes-yesterday',
    question:
      'Which SharePoint files did ines.marchetti@larkspurrow.co.uk delete yesterday? Use the Office logs in Sentinel.',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [
          kqlIs('UserId', 'ines\\.marchetti@larkspurrow\\.co\\.uk'),
          /Operation\s*(==|=~|has|contains|startswith|in~?\s*\(|has_any\s*\()[^|]*FileDeleted|Operation\s*(has|contains)\s*["']delete/i,
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b58-kql-pub-global-admin-added-30d',
    question: 'Has anyone been added to the Global Administrator role in Entra in the last 30 days? Check Sentinel.',
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [/add member to role/i, /Global Administrator/i, kqlLast('30d|720h')],
      },
    },
  },
  {
    id: 'b58-kql-pub-top5-4625-since-monday',
    question: 'Top 5 computers by number of failed logons (event 4625) since Monday, from Sentinel.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4625), COUNT_KQL, kqlBy('Computer'), kqlTop(5), THIS_WEEK_KQL],
      },
    },
  },
  // KQL: national library (formal)
  {
    id: 'b58-kql-lib-azure-deletions-prev-month',
    question:
      'Please list every Azure resource deletion during the previous calendar month, showing the caller, the resource affected and the time, in chronological order.',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          /OperationNameValue\s*(has|contains|endswith|=~|==|matches\s+regex|(in~?|has_any)\s*\()[^|]*delete/i,
          LAST_MONTH_START_KQL,
          LAST_MONTH_END_KQL,
          kqlShows('Caller'),
          kqlShows('_ResourceId|ResourceGroup|ResourceProviderValue'),
          /(sort|order)\s+by\s+TimeGenerated\s+asc\b/,
        ],
        not: [/(sort|order)\s+by\s+TimeGenerated\s+desc/],
      },
    },
  },
  {
    id: 'b58-kql-lib-4771-per-account-over-15-14d',
    question:
      'I would like, from Sentinel, the number of Kerberos pre-authentication failures (event 4771) per account over the last 14 days, showing only accounts with more than 15 failures.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4771), COUNT_KQL, kqlBy('TargetUserName|Account'), kqlAbove(15), kqlLast('14d|336h|2w')],
      },
    },
  },

  // SPL: mining SOC (terse)
  {
    id: 'b58-spl-mine-sysmon-hash-30d',
    question: `splunk sysmon: hash ${IOC_SHA256} seen anywhere lst 30d? host + image`,
    expect: {
      spl: {
        table: 'sysmon',
        has: [new RegExp(IOC_SHA256, 'i'), splLast('30d|720h|1mon'), splShows('host'), splShows('Image')],
        not: [/EventCode\s*=\s*"?46\d\d\b/],
      },
    },
  },
  {
    id: 'b58-spl-mine-ot-subnet-top-ports-today',
    question: 'splunk netflow - top 10 dest ports from OT subnet 10.40.0.0/16 today',
    expect: {
      spl: {
        has: [
          /src(_ip)?\s*=\s*"?10\.40\.(0\.0\/16|\*)|cidrmatch\(\s*"10\.40\.0\.0\/16"/i,
          /dest_port/,
          splTop(10),
          TODAY_SPL,
        ],
      },
    },
  },
  {
    id: 'b58-spl-mine-cloudtrail-stoplogging-7d',
    question: 'cloudtrail - who did DeleteTrail or StopLogging in the lst 7d?? arn + src ip',
    expect: {
      spl: {
        table: 'aws',
        has: [
          /DeleteTrail/,
          /StopLogging/,
          splLast('7d|168h|1w'),
          splShows('userIdentity.arn'),
          splShows('sourceIPAddress'),
        ],
      },
    },
  },
  {
    id: 'b58-spl-mine-rdp-scada-12h',
    question: 'splunk win logs: 4624 logon type 10 onto IRM-SCADA* boxes lst 12h, by user n src',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [
          splEvent(4624),
          /Logon_Type\s*=\s*"?10\b/,
          /(host|dest|ComputerName)\s*=\s*"?IRM-SCADA\*/i,
          splBy('user'),
          splBy('src'),
          splLast('12h|720m'),
        ],
      },
    },
  },
  // SPL: publishing IT desk (ordinary)
  {
    id: 'b58-spl-pub-fs01-hourly-4625-24h',
    question: 'In Splunk, can you show hourly failed logins (4625) on the file server LRB-FS01 over the last 24 hours?',
    expect: {
      spl: {
        has: [splEvent(4625), /LRB-FS01/i, HOURLY_SPL, DAY1_SPL],
      },
    },
  },
  {
    id: 'b58-spl-pub-o365-mass-download-3d',
    question:
      'Who downloaded more than 200 files from SharePoint in the last 3 days? Splunk O365 data please, with the count per person.',
    expect: {
      spl: {
        table: 'o365',
        has: [/FileDownloaded/, COUNT_SPL, splBy('UserId|user'), splAbove(200), splLast('3d|72h')],
      },
    },
  },
  {
    id: 'b58-spl-pub-submissions-404-urls-since-nov24',
    question: 'Can you show the 404s on submissions.larkspurrow.co.uk since 24 Nov, grouped by url?',
    expect: {
      spl: {
        has: [/status\s*=\s*"?404\b/, /submissions\.larkspurrow\.co\.uk/i, splBy('url|Web\\.url'), splSince(NOV_24)],
      },
    },
  },
  // SPL: national library (formal)
  {
    id: 'b58-spl-lib-aad-portal-dc-users-per-ip-10d',
    question:
      "Please provide, from Splunk's Azure AD sign-in data, the number of distinct users who signed in to the Digital Collections Portal from each IP address during the last 10 days.",
    expect: {
      spl: {
        table: 'azure',
        has: [
          /Digital Collections Portal/i,
          /(dc|distinct_count)\(\s*"?properties\.userPrincipalName/,
          splBy('properties.ipAddress'),
          splLast('10d|240h'),
        ],
      },
    },
  },
  {
    id: 'b58-spl-lib-certutil-urlcache-since-nov1',
    question:
      'Using the endpoint process data in Splunk, identify certutil.exe executions with "-urlcache" in the command line on any host since 1 November 2026, with the host, the user and the full command line.',
    expect: {
      spl: {
        has: [
          /certutil\.exe/i,
          /urlcache/i,
          splSince(NOV_1),
          splShows('host|dest|Processes\\.dest'),
          splShows('user|User|Processes\\.user'),
          splShows('CommandLine|process|Processes\\.process'),
        ],
        not: [/EventCode\s*=\s*"?46\d\d\b/],
      },
    },
  },
  {
    id: 'b58-spl-lib-run-key-daily-per-host-14d',
    question:
      'Could you produce a daily count, per host, of registry modifications under the HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Run key over the last 14 days?',
    expect: {
      spl: {
        table: 'Endpoint',
        has: [/CurrentVersion\\{1,4}Run/i, DAILY_SPL, splBy('dest|host|Registry\\.dest'), splLast('14d|336h|2w')],
      },
    },
  },

  // SQL: national library's shop and licensing database (formal)
  {
    id: 'b58-sql-lib-gbp-invoiced-monthly-this-year',
    question:
      'Please report the total invoiced amount in GBP for each month of the current year, excluding cancelled invoices.',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          sqlIs('(\\w+\\.)?currency', 'GBP'),
          MONTHLY_SQL,
          sqlThisYear('issued_at'),
          /status\s*(<>|!=)\s*'cancelled'|status\s+NOT\s+IN\s*\([^)]*'cancelled'|status\s+NOT\s+I?LIKE\s+'cancel/i,
        ],
      },
    },
  },
  {
    id: 'b58-sql-lib-enterprise-no-orders-since-jul1',
    question: 'Which institutional customers (segment "enterprise") have placed no orders since 1 July 2026?',
    expect: {
      sql: {
        table: 'customers',
        has: [
          sqlIs('(\\w+\\.)?segment', 'enterprise'),
          /NOT\s+EXISTS|NOT\s+IN\s*\(\s*SELECT|LEFT\s+JOIN[\s\S]*IS\s+NULL|HAVING\s+(MAX|COUNT)|EXCEPT/i,
          new RegExp(SQL_LITERAL_DAY(JUL_1), 'i'),
        ],
      },
    },
  },
  {
    id: 'b58-sql-lib-top10-prints-by-quantity-90d',
    question:
      'I need the ten best-selling products in the "prints" category by quantity sold over the last 90 days, highest first.',
    expect: {
      sql: {
        table: 'order_items',
        has: [
          /SUM\(\s*(\w+\.)?quantity\s*\)/i,
          sqlIs('(\\w+\\.)?category', 'prints'),
          sqlLast('(\\w+\\.)?created_at', '90 days?|3 months?', 90),
          DESC_SQL,
          topSql(10),
        ],
      },
    },
  },
  {
    id: 'b58-sql-lib-overdue-eur-over-750-days-late',
    question:
      'Could you list the overdue invoices above 750 EUR, together with the customer name and the number of days past the due date?',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /amount\s*(>\s*750|>=\s*750\.01|>=\s*751)\b/i,
          sqlIs('(\\w+\\.)?currency', 'EUR'),
          /due_date\s*<\s*(CURRENT_DATE|now\(\)|current_timestamp)|'overdue'/i,
          /\bname\b/i,
          /(CURRENT_DATE|now\(\)(::date)?|current_timestamp(::date)?)\s*-\s*(\w+\.)?due_date|age\(|date_part\(|EXTRACT\(/i,
        ],
      },
    },
  },
  {
    id: 'b58-sql-lib-avg-completed-order-by-country-nov1-15',
    question:
      'Please give the average order total per customer country for completed orders placed between 1 and 15 November 2026, highest first.',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /AVG\(\s*(\w+\.)?total\s*\)/i,
          sqlIs('(\\w+\\.)?status', 'completed'),
          sqlGroupBy('country'),
          sqlSince('(\\w+\\.)?created_at', NOV_1),
          sqlUntil('(\\w+\\.)?created_at', NOV_15),
          DESC_SQL,
        ],
      },
    },
  },
  {
    id: 'b58-sql-lib-new-customers-weekly-since-oct1',
    question: 'Kindly provide the number of new customer registrations per week since 1 October 2026.',
    expect: {
      sql: {
        table: 'customers',
        has: [/COUNT\(/i, WEEKLY_SQL, sqlSince('(\\w+\\.)?created_at', OCT_1)],
      },
    },
  },
  {
    id: 'b58-sql-lib-refunded-share-this-month',
    question: "What percentage of this month's orders have been refunded?",
    expect: {
      sql: {
        table: 'orders',
        has: [/'refunded'/i, sqlThis('(\\w+\\.)?created_at', 'month', MONTH_START), /\//],
      },
    },
  },
  // SQL: publishing IT desk (ordinary)
  {
    id: 'b58-sql-pub-active-staff-no-login-since-sep1',
    question: "Which staff accounts in the app are still active but haven't logged in since 1 September?",
    expect: {
      sql: {
        table: 'users',
        has: [
          /active\s*(=\s*(true|'t'|'true'|1)|IS\s+TRUE)|WHERE\s+(\w+\.)?active\b|AND\s+(\w+\.)?active\b/i,
          new RegExp(`last_login_at\\s*<\\s*${SQL_LITERAL_DAY(SEP_1)}`, 'i'),
        ],
      },
    },
  },
  {
    id: 'b58-sql-pub-failed-logins-per-user-7d-min3',
    question: 'How many failed logins has each app user had in the last 7 days? Only the ones with 3 or more.',
    expect: {
      sql: {
        table: 'events',
        has: [
          /event_type\s*(=|I?LIKE|IN\s*\()\s*[^;]*'%?fail/i,
          sqlGroupBy('user_id|email|display_name'),
          sqlCountAbove(2),
          sqlLast('(\\w+\\.)?occurred_at', '7 days?|1 week|168 hours', 7),
        ],
      },
    },
  },
  {
    id: 'b58-sql-pub-it-budget-vs-spent-fy2026',
    question: 'IT budget: how much did we spend vs what was planned, month by month, for FY2026?',
    expect: {
      sql: {
        table: 'budget',
        has: [
          sqlIs('(lower\\()?(\\w+\\.)?department', 'it'),
          /fiscal_year\s*=\s*2026\b/i,
          /SUM\(\s*(\w+\.)?spent\s*\)|\bspent\b/i,
          /SUM\(\s*(\w+\.)?amount\s*\)|\bamount\b/i,
          /fiscal_month/i,
        ],
      },
    },
  },

  // Two platforms
  {
    id: 'b58-two-mine-ioc-ip-72h',
    question: `tkt 4493 IOC ${IOC_IP} - chk sentinel AND splunk lst 72h, any hits?`,
    expect: {
      kql: { has: [new RegExp(dots(IOC_IP)), kqlLast('72h|3d|4320m')] },
      spl: { has: [new RegExp(dots(IOC_IP)), splLast('72h|3d|4320m')] },
    },
  },
  {
    id: 'b58-two-mine-mfa-spam-since-yesterday',
    question:
      'user k.dlamini@ironbarkridge.com.au reported mfa spam - signins from sentinel + her o365 activity in splunk since yesterday',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [/k\.dlamini@ironbarkridge\.com\.au/i, YESTERDAY_START_KQL],
        not: [YESTERDAY_END_KQL],
      },
      spl: {
        table: 'o365',
        has: [/k\.dlamini@ironbarkridge\.com\.au/i, YESTERDAY_START_SPL],
        not: [/latest\s*=\s*"?(@d|-0d@d)/],
      },
    },
  },
  {
    id: 'b58-two-pub-psexec-5d',
    question: 'Could you check both Sentinel and Splunk for any PsExec use on our machines in the last 5 days?',
    expect: {
      kql: { has: [/psexe/i, kqlLast('5d|120h')] },
      spl: { has: [/psexe/i, splLast('5d|120h')] },
    },
  },
  {
    id: 'b58-two-pub-4720-this-month',
    question: 'New accounts created (event 4720) this month in both Sentinel and Splunk - who created which account?',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4720), THIS_MONTH_KQL, kqlShows('SubjectUserName|Account'), kqlShows('TargetUserName')],
      },
      spl: { has: [splEvent(4720), THIS_MONTH_SPL], not: [/index\s*=\s*sysmon/] },
    },
  },
  {
    id: 'b58-two-lib-ribeiro-signins-and-app-30d',
    question:
      'Please compare the Entra sign-ins of ana.ribeiro@caldermoor-library.org recorded in Sentinel with her activity in our application database over the last 30 days.',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [kqlIs('UserPrincipalName', 'ana\\.ribeiro@caldermoor-library\\.org'), kqlLast('30d|720h')],
      },
      sql: {
        table: 'events',
        has: [/ana\.ribeiro@caldermoor-library\.org/i, sqlLast('(\\w+\\.)?occurred_at', '30 days?|1 months?', 30)],
      },
    },
  },

  // Clarification
  {
    id: 'b58-clarify-any-news-this-morning',
    question: 'any news on the thing from this morning?',
    clarification: true,
  },
  {
    id: 'b58-clarify-usual-figures',
    question: 'Dear team, I would be grateful for the usual figures at your earliest convenience.',
    clarification: true,
  },
];

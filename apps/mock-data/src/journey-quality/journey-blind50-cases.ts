import type { JourneyCase } from './journey-cases';
import {
  kqlLast,
  DAY1_KQL,
  kqlSince,
  TODAY_KQL,
  THIS_WEEK_KQL,
  THIS_MONTH_KQL,
  YESTERDAY_START_KQL,
  YESTERDAY_END_KQL,
  COUNT_KQL,
  kqlEvent,
  kqlShows,
  kqlIs,
  kqlPrefix,
  splLast,
  DAY1_SPL,
  TODAY_SPL,
  splSince,
  splEvent,
  WINDOWS_SECURITY_IDS_SPL,
  splShows,
  COUNT_SPL,
  splTop,
  splAbove,
  sqlInterval,
  sqlLast,
  sqlThis,
  sqlDayOf,
  sqlSince,
  topSql,
  sqlCountAbove,
  sqlIs,
  sqlShows,
  NOT_CUSTOMER_DATE_SQL,
  UNPAID_SQL,
  DESC_SQL,
  QUARTER_START,
  YESTERDAY_START_SPL,
  kqlTop,
} from './journey-patterns';
import {
  MONDAY,
  SUNDAY,
  TODAY,
  YEAR,
  YEAR_START,
  YESTERDAY,
  iso,
  kqlDate,
  splDate,
  sqlLiteral,
  usDate,
} from './journey-dates';

/**
 * The "blind50" journey-quality set, written blind on 2026-11-28 (12:38–12:58 UTC). I did not read the
 * query builders (apps/mock-data/src/query/**), the constraint extractor or routing code (libs/planner-core),
 * planner-llm, the planner app, the git history of any of them, any failure list, or another blind author's
 * work in progress, and I did not run the planner on any question: the first run is the lead's.
 * I read: issue 11, TEAM.md and BLIND.md, the `JourneyCase` / `QueryCheck` types in journey-cases.ts,
 * journey-dates.ts, the head of journey-checkers.ts and journey-runner.ts (how tables are checked), run-journeys.ts
 * (to register the set), the mesh's schemas (kql/spl/sql.json), blind49's file as the format example (its window
 * and shape helpers are reused here; its questions and values are not) and the question lines of the other blind
 * sets (to avoid their personas).
 * Personas (new):
 * - a wind-farm operator's OT security engineer: turbine controllers (WTG-*) on Modbus, RDP logons on a SCADA HMI,
 *   logon failures on a historian, DNP3 traffic, an SHA256 over an explicit range, psexec, the spare-parts shop;
 * - a cruise line's SOC analyst: bad-password sign-ins to the crew portal, Entra role additions, certutil
 *   -urlcache, CloudTrail IAM key calls, sysmon connections to 4444, a Tor exit IP, the booking app's failures,
 *   average order value by segment over last calendar year;
 * - a veterinary clinic chain's operations manager (loose, "u", "pls", "rn"): a front-desk mailbox deleting files,
 *   AnyDesk on clinic PCs (VET-*), top downloaders, Run keys, overdue invoices, inactive pet-food products, lockouts;
 * - a book publisher's finance controller (formal): sign-ins to Manuscript Hub from abroad, hourly lockouts,
 *   AAD 50053 since a date, 404s on submission pages, Marketing overspend, inactive editors, resets from an IP,
 *   one author's sign-ins and staff record;
 * - a winery's one-person IT (terse, "lst"): failed Azure operations, pastebin, a service account's failures,
 *   EUR revenue by country this quarter, wholesale customers over a threshold, storage deletes in two clouds.
 * No question names a query language.
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform (4 KQL + SPL, 1 KQL + SQL), 2 clarification cases (38).
 * Values: UPNs (frontdesk@pawsandclaws.vet, j.okafor@harlowe-books.co.uk), IPs (185.220.101.34, 203.0.113.77),
 * ports (502, 20000, 4444), an SHA256, hosts and prefixes (SCADA-HMI01, SCADA-HIST02, WTG-*, VET-*), event IDs
 * (4624 with logon type 10, 4625, 4740; sysmon 3), result codes (50126, 50053), process names (anydesk.exe,
 * certutil, psexec), a domain (pastebin.com), app names (CrewConnect, Manuscript Hub), an audit activity,
 * CloudTrail event names, O365 operations, an HTTP status and URL path, a registry key, a user name, order /
 * invoice statuses, a currency (EUR), countries (excluded, grouped), segments, a category, a role, a department,
 * a fiscal year.
 * Shapes: counts, a distinct count, sums, averages, a difference, thresholds after aggregation, top N (5, 10),
 * hourly and daily buckets, group by X (and Y), ordering, columns to show, negations (outside a country, inactive,
 * unpaid).
 * Windows: last N hours/days (4h, 6h, 12h, 24h, 48h, 3d, 7d, 14d, 30d), today, yesterday (both ends), this week,
 * this month, this quarter, last calendar year (both ends), an explicit day range (16–20 Nov 2026), since an
 * explicit date (1 Sep, 2 Nov, 16 Nov 2026), and inactivity ("not logged in for 90 days": a condition, not a
 * window); one query needs no window (overdue invoices), one none at all (inactive products).
 * Checks accept every spelling I could think of for the same condition and reject only queries that do not
 * answer the question. Before committing I checked every case's checks against queries I wrote by hand (one per
 * platform of each case; a scratch script, not committed, calling the real checkers from journey-checkers.ts):
 * every `has` matched, no `not` did, and the Kusto analyser, the SPL check and PostgreSQL reported no problem.
 * Not run on the planner by me.
 */

/** `now()` and its SQL spellings. */
const sqlNow = '(now\\(\\)|CURRENT_DATE|current_timestamp|localtimestamp)';
/** Explicit days the questions name (more below). */
const NOV_16 = new Date(Date.UTC(2026, 10, 16));
const SEP_1 = new Date(Date.UTC(2026, 8, 1));

// KQL windows and shapes
/**
 * A value compared to a KQL column: `==`, `=~`, `has`, `contains`, or anywhere in an `in` / `has_any` list
 * (the value need not come first in the list).
 */

// SPL windows and shapes
const THIS_WEEK_SPL = new RegExp(`earliest\\s*=\\s*"?(@w[01]?|-0w@w[01]?|${splDate(SUNDAY)}|${splDate(MONDAY)})`);

// SQL windows and shapes
/** A daily bucket on a column (SQL). */
const sqlDaily = (column: string) =>
  new RegExp(`GROUP\\s+BY\\s+[^;]*(${sqlDayOf(column)}|\\b1\\b|\\bday\\b|\\bd\\b)|${sqlDayOf(column)}`, 'i');

/** The SHA256 the winery's MSP flagged. */
const SHA256_IOC = '4f8a2c9e71d0b36a5e2f48c19d7b0a63e5f21c84d9a7b6e03f1c25d8a94e7b61';
/** The Tor exit the cruise line's SOC saw probing the crew portal. */
const TOR_IP = '185.220.101.34';
/** More explicit days, and last calendar year's first day. */
const NOV_2 = new Date(Date.UTC(2026, 10, 2));
const NOV_20 = new Date(Date.UTC(2026, 10, 20));
const NOV_21 = new Date(Date.UTC(2026, 10, 21));
const LAST_YEAR_START = new Date(Date.UTC(YEAR - 1, 0, 1));
const YESTERDAY_END_SPL = new RegExp(`latest\\s*=\\s*"?(@d|-0d@d|${splDate(TODAY)}|${usDate(YESTERDAY)}:23:59)`);
/** An hourly bucket (KQL, SPL). */
const HOURLY_KQL = /bin\(\s*TimeGenerated\s*,\s*(1h|60m)\s*\)/;
const HOURLY_SPL = /span\s*=\s*"?(1h|60m|1hr)\b/;
/** A sysmon search or the Endpoint processes data model (SPL). */
const SYSMON_OR_ENDPOINT_SPL = /index\s*=\s*"?sysmon|Endpoint\.Processes|Sysmon\/Operational/;
/** The window of last calendar year on a column (SQL): both ends, or the year extracted. */
const sqlLastYear = (column: string) =>
  new RegExp(
    `(${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*(${sqlLiteral}${iso(LAST_YEAR_START)}|date_trunc\\(\\s*'year'\\s*,\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?\\)\\s*-\\s*(interval\\s*'1 years?'|'1 years?'\\s*::\\s*interval)))|EXTRACT\\(\\s*YEAR\\s+FROM\\s+(\\w+\\.)?${column}\\s*\\)\\s*=\\s*(${YEAR - 1}\\b|EXTRACT\\(\\s*YEAR\\s+FROM\\s+${sqlNow}\\s*\\)\\s*-\\s*1)|date_part\\(\\s*'year'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=\\s*${YEAR - 1}\\b`,
    'i',
  );
const sqlLastYearEnd = (column: string) =>
  new RegExp(
    `${column}\\s*<\\s*\\(?\\s*(${sqlLiteral}${iso(YEAR_START)}|date_trunc\\(\\s*'year'\\s*,\\s*${sqlNow})|(BETWEEN|<=)\\s*[^;]*${YEAR - 1}-12-31|EXTRACT\\(\\s*YEAR\\s+FROM\\s+(\\w+\\.)?${column}\\s*\\)\\s*=|date_part\\(\\s*'year'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=`,
    'i',
  );

export const BLIND50_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: wind-farm OT security engineer
  {
    id: 'b50-kql-ot-wtg-modbus-48h',
    question:
      'OT check: which turbine controllers (WTG-*) talked Modbus (tcp 502) to anything in the last 48 hours? device, remote ip, initiating process',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /RemotePort\s*(==\s*502\b|in\s*\([^)]*\b502\b)/,
          kqlPrefix('DeviceName', 'WTG-'),
          kqlShows('RemoteIP'),
          kqlShows('InitiatingProcessFileName'),
          kqlLast('48h|2d|2880m'),
        ],
      },
    },
  },
  {
    id: 'b50-kql-ot-hmi-rdp-logons-yesterday',
    question: 'rdp logons (4624 type 10) on SCADA-HMI01 yesterday - count per account',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4624),
          /LogonType\s*(==\s*10\b|in\s*\([^)]*\b10\b)/,
          kqlIs('Computer', 'SCADA-HMI01(\\.[\\w.-]*)?'),
          COUNT_KQL,
          /by\s+[^|]*\b(Account|TargetUserName)\b/,
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b50-kql-ot-sha256-16-20-nov',
    question: `Did a file with SHA256 ${SHA256_IOC} run on any endpoint between 16 and 20 Nov 2026? Device, account and folder path.`,
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          new RegExp(SHA256_IOC, 'i'),
          kqlShows('DeviceName'),
          kqlShows('AccountName'),
          kqlShows('FolderPath'),
          kqlSince(NOV_16),
          new RegExp(
            `(<|\\.\\.)\\s*(${kqlDate(NOV_21)})|(<=?|\\.\\.)\\s*datetime\\(\\s*["']?${iso(NOV_20)}[T ]23|endofday\\(\\s*${kqlDate(NOV_20)}`,
          ),
        ],
      },
    },
  },
  // KQL: cruise line SOC analyst
  {
    id: 'b50-kql-cruise-crewconnect-50126-top10-6h',
    question: 'CrewConnect portal getting hammered? top 10 source IPs for bad-password signins (50126) last 6 hrs',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('AppDisplayName', 'CrewConnect'),
          /ResultType\s*(==|=~|in\s*\([^)]*?)\s*["']?50126\b/,
          /by\s+[^|]*\bIPAddress\b/,
          kqlTop(10),
          kqlLast('6h|360m'),
        ],
      },
    },
  },
  {
    id: 'b50-kql-cruise-role-adds-week',
    question: 'Entra audit: every "Add member to role" this week - who did it and to whom',
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [/Add member to role/i, kqlShows('InitiatedBy'), kqlShows('TargetResources'), THIS_WEEK_KQL],
      },
    },
  },
  // KQL: veterinary clinic chain operations manager
  {
    id: 'b50-kql-vet-frontdesk-deletes-since-nov16',
    question:
      'can u check if frontdesk@pawsandclaws.vet deleted files in onedrive / sharepoint since nov 16th? file names pls',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [
          kqlIs('UserId', 'frontdesk@pawsandclaws\\.vet'),
          /FileDeleted|Operation\s*(has|contains|startswith)\s*["']FileDelet/i,
          kqlShows('SourceFileName|OfficeObjectId'),
          kqlSince(NOV_16),
        ],
      },
    },
  },
  {
    id: 'b50-kql-vet-anydesk-per-device-month',
    question: 'how many times has anydesk.exe been launched on the clinic pcs (VET-*) this month, per pc?',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/anydesk\.exe/i, kqlPrefix('DeviceName', 'VET-'), COUNT_KQL, /by\s+[^|]*\bDeviceName\b/, THIS_MONTH_KQL],
      },
    },
  },
  // KQL: book publisher's finance controller
  {
    id: 'b50-kql-publisher-manuscript-hub-outside-gb-7d',
    question:
      'Please show the sign-ins to Manuscript Hub from outside the United Kingdom over the past seven days, counted by country.',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('AppDisplayName', 'Manuscript Hub'),
          /Location\s*(!=|!~|!in~?\s*\(|!has)\s*[^|]*["'](GB|UK|United Kingdom)["']|not\s*\(\s*Location\s*(==|=~|in~?\s*\(|has)\s*[^|]*["'](GB|UK|United Kingdom)["']/,
          COUNT_KQL,
          /by\s+[^|]*\bLocation\b/,
          kqlLast('7d|168h|1w'),
        ],
      },
    },
  },
  {
    id: 'b50-kql-publisher-lockouts-hourly-today',
    question: 'Account lockouts (event 4740) on our domain controllers today, broken down by hour.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4740), COUNT_KQL, HOURLY_KQL, TODAY_KQL],
      },
    },
  },
  // KQL: winery's one-person IT
  {
    id: 'b50-kql-winery-failed-azure-ops-24h',
    question: 'azure activity - failed operations by caller lst 24h, most first',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          /ActivityStatusValue\s*(==|=~|has|contains|in~?\s*\([^)]*?)\s*["']Fail/i,
          COUNT_KQL,
          /by\s+[^|]*\bCaller\b/,
          /sort\s+by\s+[^|]*desc|order\s+by\s+[^|]*desc|\|\s*top\s+\d+\s+by|sort\s+by\s+\w+\s*(\||$)|order\s+by\s+\w+\s*(\||$)/,
          DAY1_KQL,
        ],
      },
    },
  },
  {
    id: 'b50-kql-winery-pastebin-30d',
    question: 'any of our machines hitting pastebin.com in the last 30 days? which device and which process',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /RemoteUrl\s*(==|=~|has|contains|endswith|in~?\s*\([^)]*?|has_any\s*\([^)]*?)\s*["'](https?:\/\/)?(www\.)?pastebin\.com/i,
          kqlShows('DeviceName'),
          kqlShows('InitiatingProcessFileName'),
          kqlLast('30d|720h'),
        ],
      },
    },
  },

  // SPL: wind-farm OT security engineer
  {
    id: 'b50-spl-ot-hist02-4625-over10-4h',
    question: 'splunk winevent: 4625 on SCADA-HIST02 in the last 4h by src, only srcs with more than 10',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [
          splEvent(4625),
          /(host|dest|ComputerName|Computer)\s*=\s*"?SCADA-HIST02/i,
          COUNT_SPL,
          /by\s+[^|]*\bsrc(_ip)?\b/,
          splAbove(10),
          splLast('4h|240m'),
        ],
      },
    },
  },
  {
    id: 'b50-spl-ot-dnp3-by-pair-24h',
    question: 'network traffic to port 20000 (dnp3) in the last day: connections per src ip and dest ip',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /dest_port\s*(=|IN\s*\()\s*"?20000\b/i,
          COUNT_SPL,
          /by\s+[^|]*\b(All_Traffic\.)?src_ip\b/,
          /by\s+[^|]*\b(All_Traffic\.)?dest_ip\b/,
          DAY1_SPL,
        ],
      },
    },
  },
  // SPL: cruise line SOC analyst
  {
    id: 'b50-spl-cruise-certutil-urlcache-7d',
    question: 'sysmon: certutil with -urlcache in the cmdline, last 7 days - host, user, full command line',
    expect: {
      spl: {
        has: [
          SYSMON_OR_ENDPOINT_SPL,
          /certutil/i,
          /urlcache/i,
          splShows('host|dest'),
          splShows('User|user'),
          splShows('CommandLine|process'),
          splLast('7d|168h|1w'),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b50-spl-cruise-iam-keys-yesterday',
    question: 'CloudTrail yesterday: CreateAccessKey and AttachUserPolicy calls, count per arn',
    expect: {
      spl: {
        table: 'aws',
        has: [
          /CreateAccessKey/,
          /AttachUserPolicy/,
          COUNT_SPL,
          /by\s+[^|]*userIdentity\.arn/,
          YESTERDAY_START_SPL,
          YESTERDAY_END_SPL,
        ],
      },
    },
  },
  {
    id: 'b50-spl-cruise-sysmon-4444-12h',
    question: 'sysmon event 3 to dest port 4444 in the last 12 hours? host, image and destination ip',
    expect: {
      spl: {
        table: 'sysmon',
        has: [
          /EventCode\s*(=|IN\s*\()\s*"?3\b/i,
          /DestinationPort\s*(=|IN\s*\()\s*"?4444\b/i,
          splShows('host'),
          splShows('Image'),
          splShows('DestinationIp'),
          splLast('12h|720m'),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  // SPL: veterinary clinic chain operations manager
  {
    id: 'b50-spl-vet-top5-downloaders-week',
    question: 'who downloaded the most files from sharepoint this week? top 5 ppl (m365 logs in splunk)',
    expect: {
      spl: {
        table: 'o365',
        has: [/FileDownloaded/, /UserId/, splTop(5), THIS_WEEK_SPL],
      },
    },
  },
  {
    id: 'b50-spl-vet-run-key-14d',
    question:
      'registry Run key changes on clinic machines over the past 14 days, with the machine and the value written',
    expect: {
      spl: {
        has: [
          /Endpoint\.Registry|index\s*=\s*"?sysmon/,
          /CurrentVersion\\+Run/i,
          splShows('dest|host'),
          splShows('registry_value_data|Details'),
          splLast('14d|2w|336h'),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  // SPL: book publisher's finance controller
  {
    id: 'b50-spl-publisher-aad-50053-since-nov2',
    question:
      'In the Azure AD sign-in data held in Splunk, how many locked-account sign-in errors (code 50053) has each user had since 2 November?',
    expect: {
      spl: {
        table: 'azure',
        has: [/50053/, COUNT_SPL, /by\s+[^|]*properties\.userPrincipalName/, splSince(NOV_2)],
      },
    },
  },
  {
    id: 'b50-spl-publisher-submissions-404-hourly-today',
    question: 'Web logs: 404 responses on the /submissions/ pages today, per hour.',
    expect: {
      spl: {
        table: 'Web',
        has: [/status\s*(=|IN\s*\()\s*"?404\b/, /\/submissions/, COUNT_SPL, HOURLY_SPL, TODAY_SPL],
      },
    },
  },
  // SPL: winery's one-person IT
  {
    id: 'b50-spl-winery-cellar-admin-fails-3d',
    question: 'failed logins for cellar-admin over the last 3 days, by source',
    expect: {
      spl: {
        has: [
          /Authentication|index\s*=\s*"?wineventlog/,
          /user\s*(=|IN\s*\()\s*"?cellar-admin/i,
          /action\s*(=|IN\s*\()\s*"?fail|EventCode\s*(=|IN\s*\()\s*"?4625\b/i,
          COUNT_SPL,
          /by\s+[^|]*\b(Authentication\.)?src\b/,
          splLast('3d|72h'),
        ],
      },
    },
  },

  // SQL: winery's one-person IT
  {
    id: 'b50-sql-winery-eur-revenue-country-quarter',
    question: 'shop db: completed EUR orders this quarter, total revenue per customer country, biggest first',
    expect: {
      sql: {
        table: 'orders',
        has: [
          sqlIs('status', 'completed'),
          sqlIs('currency', 'EUR'),
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          /GROUP\s+BY\s+[^;]*country/i,
          DESC_SQL,
          new RegExp(
            `${sqlThis('created_at', 'quarter', QUARTER_START).source}|EXTRACT\\(\\s*QUARTER\\s+FROM\\s+(\\w+\\.)?created_at\\s*\\)\\s*=\\s*EXTRACT\\(\\s*QUARTER\\s+FROM\\s+${sqlNow}`,
            'i',
          ),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b50-sql-winery-wholesale-over3-since-sep1',
    question: 'which wholesale customers placed more than 3 orders since 1 Sept 2026? name + number of orders',
    expect: {
      sql: {
        table: 'orders',
        has: [
          sqlIs('segment', 'wholesale'),
          sqlCountAbove(3),
          /GROUP\s+BY\s+[^;]*(customer_id|name)/i,
          /\bname\b/i,
          sqlSince('created_at', SEP_1),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  // SQL: veterinary clinic chain operations manager
  {
    id: 'b50-sql-vet-overdue-invoices-per-currency',
    question: 'how much is overdue rn? invoices past their due date and not paid, total per currency',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          UNPAID_SQL,
          new RegExp(`due_date\\s*<=?\\s*${sqlNow}|${sqlNow}\\s*>=?\\s*(\\w+\\.)?due_date`, 'i'),
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          /GROUP\s+BY\s+[^;]*currency/i,
        ],
      },
    },
  },
  {
    id: 'b50-sql-vet-inactive-pet-food',
    question: "list the products in the 'Pet Food' category that are no longer active - name and list price",
    expect: {
      sql: {
        table: 'products',
        has: [
          sqlIs('category', 'Pet Food'),
          /active\s*(=\s*(false|'f'|'false'|0)\b|IS\s+(FALSE|NOT\s+TRUE)|<>\s*true)|NOT\s+(\w+\.)?active\b/i,
          sqlShows('name'),
          sqlShows('list_price'),
        ],
      },
    },
  },
  // SQL: book publisher's finance controller
  {
    id: 'b50-sql-publisher-marketing-overspend-fy2026',
    question:
      'For the Marketing department, which months of fiscal year 2026 were over budget (spent more than the budgeted amount), and by how much?',
    expect: {
      sql: {
        table: 'budget',
        has: [
          sqlIs('department', 'Marketing'),
          /fiscal_year\s*(=|IN\s*\()\s*'?2026\b/i,
          /spent\s*\)?\s*>\s*(SUM\(\s*)?(\w+\.)?amount|amount\s*\)?\s*<\s*(SUM\(\s*)?(\w+\.)?spent/i,
          /spent\s*\)?\s*-\s*(SUM\(\s*)?(\w+\.)?amount/i,
          /fiscal_month/i,
        ],
      },
    },
  },
  {
    id: 'b50-sql-publisher-editors-inactive-90d',
    question: 'Which editors (role editor) have not logged in for 90 days? Name, email and last login, please.',
    expect: {
      sql: {
        table: 'users',
        has: [
          sqlIs('role', 'editor'),
          new RegExp(
            `last_login_at\\s*<=?\\s*\\(?\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?-\\s*${sqlInterval('90 days?|3 months?|2160 hours?', 90)}|${sqlNow}\\s*-\\s*(\\w+\\.)?last_login_at\\s*\\)?\\s*>=?\\s*${sqlInterval('90 days?|3 months?|2160 hours?', 90)}`,
            'i',
          ),
          sqlShows('display_name'),
          sqlShows('email'),
          sqlShows('last_login_at'),
        ],
        not: [/last_login_at\s*>=?\s*\(?\s*(now\(\)|CURRENT_DATE|current_timestamp)/i],
      },
    },
  },
  {
    id: 'b50-sql-publisher-resets-from-ip-48h',
    question: 'password_reset events from 203.0.113.77 in the past 48 hours - which user ids, and when?',
    expect: {
      sql: {
        table: 'events',
        has: [
          sqlIs('event_type', 'password_reset'),
          /ip_address\s*\)?\s*(::\s*\w+\s*)?(=|<<=?|IN\s*\([^)]*?)\s*'203\.0\.113\.77/i,
          sqlShows('user_id'),
          sqlShows('occurred_at'),
          sqlLast('occurred_at', '48 hours?|2 days?|2880 minutes?', 2),
        ],
      },
    },
  },
  // SQL: cruise line SOC analyst
  {
    id: 'b50-sql-cruise-aov-segment-last-year',
    question: 'avg order value by customer segment for last year (calendar 2025)',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /AVG\(\s*(\w+\.)?total\s*\)/i,
          /GROUP\s+BY\s+[^;]*segment/i,
          sqlLastYear('created_at'),
          sqlLastYearEnd('created_at'),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b50-sql-cruise-distinct-login-failed-daily-7d',
    question: 'booking app: distinct users with login_failed events per day, last 7 days',
    expect: {
      sql: {
        table: 'events',
        has: [
          sqlIs('event_type', 'login_failed'),
          /COUNT\(\s*DISTINCT\s+(\w+\.)?user_id\s*\)/i,
          sqlDaily('occurred_at'),
          sqlLast('occurred_at', '7 days?|1 weeks?|168 hours?', 7),
        ],
      },
    },
  },
  // SQL: wind-farm OT engineer (spare-parts web shop)
  {
    id: 'b50-sql-ot-top10-parts-qty-30d',
    question: 'spare parts shop: top 10 products by units sold in the last 30 days',
    expect: {
      sql: {
        table: 'order_items',
        has: [
          /SUM\(\s*(\w+\.)?quantity\s*\)/i,
          topSql(10),
          DESC_SQL,
          sqlLast('created_at', '30 days?|1 months?|720 hours?', 30),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },

  // Two platforms
  {
    id: 'b50-multi-ot-psexec-24h',
    question: 'psexec anywhere in the last 24 hours? check both defender and sysmon, give me host and user',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/psexe/i, kqlShows('DeviceName'), kqlShows('AccountName'), DAY1_KQL],
      },
      spl: {
        has: [SYSMON_OR_ENDPOINT_SPL, /psexe/i, splShows('host|dest'), splShows('User|user'), DAY1_SPL],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b50-multi-cruise-tor-ip-3d',
    question: `${TOR_IP} - seen in Entra sign-ins or in the firewall traffic in Splunk over the last 3 days?`,
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [kqlIs('IPAddress', TOR_IP.replace(/\./g, '\\.')), kqlLast('3d|72h')],
      },
      spl: {
        table: 'Network_Traffic',
        has: [new RegExp(TOR_IP.replace(/\./g, '\\.')), splLast('3d|72h')],
      },
    },
  },
  {
    id: 'b50-multi-vet-lockouts-yesterday',
    question: 'were any accounts locked out yesterday? look in sentinel and splunk',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4740), YESTERDAY_START_KQL, YESTERDAY_END_KQL],
      },
      spl: { table: 'wineventlog', has: [splEvent(4740), YESTERDAY_START_SPL, YESTERDAY_END_SPL] },
    },
  },
  {
    id: 'b50-multi-publisher-okafor-signins-and-account',
    question:
      "Could you pull j.okafor@harlowe-books.co.uk's Entra sign-ins for the last 7 days, and her staff record from our database (role, department, last login)?",
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [kqlIs('UserPrincipalName', 'j\\.okafor@harlowe-books\\.co\\.uk'), kqlLast('7d|168h|1w')],
      },
      sql: {
        table: 'users',
        has: [
          sqlIs('email', 'j\\.okafor@harlowe-books\\.co\\.uk'),
          sqlShows('role'),
          sqlShows('department'),
          sqlShows('last_login_at'),
        ],
      },
    },
  },
  {
    id: 'b50-multi-winery-storage-deletes-30d',
    question:
      'who deleted storage in the last 30 days? s3 DeleteBucket in cloudtrail and storage account deletes in azure',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [/storageAccounts/i, /delete/i, kqlShows('Caller'), kqlLast('30d|720h')],
      },
      spl: {
        table: 'aws',
        has: [/DeleteBucket/, splShows('userIdentity.arn'), splLast('30d|720h|1mon')],
      },
    },
  },

  // Clarification: nothing to act on
  { id: 'b50-clarify-morning-you-there', question: 'morning!! u there?', clarification: true },
  { id: 'b50-clarify-same-for-other-site', question: 'same again but for the other site', clarification: true },
];

import type { JourneyCase } from './journey-cases';
import {
  sqlNow,
  kqlLast,
  DAY1_KQL,
  kqlSince,
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
  THIS_WEEK_SPL,
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
  sqlPrevMonthStart,
  sqlPrevMonthEnd,
  topSql,
  sqlIs,
  sqlShows,
  NOT_CUSTOMER_DATE_SQL,
  UNPAID_SQL,
  DESC_SQL,
  YESTERDAY_START_SPL,
  HOURLY_SPL,
  kqlTop,
  COUNT_DISTINCT_USER_SQL,
  TODAY_KQL,
  YESTERDAY_END_SPL,
  FAILED_SIGNIN_KQL,
  MONTHLY_SQL,
  sqlToday,
  kqlBy,
  splBy,
  sqlGroupBy,
  splIs,
  dots,
} from './journey-patterns';
import { YEAR, YEAR_START, iso, sqlLiteral } from './journey-dates';

/**
 * The "blind52" journey-quality set, written blind on 2026-11-28 (12:56–13:20 UTC). I did not read the query
 * builders (apps/mock-data/src/query/**), the constraint extractor or routing code (libs/planner-core),
 * planner-llm, the planner app, the git history of any of them, any failure list, or another blind author's work
 * in progress, and I did not run the planner on any question: the first run is the lead's.
 * I read: TEAM.md and BLIND.md, the `JourneyCase` / `QueryCheck` types in journey-cases.ts, journey-dates.ts,
 * journey-checkers.ts, run-journeys.ts (to register the set), the mesh's schemas (kql/spl/sql.json), blind51's file
 * as the format example (its window and shape helpers are reused here; its questions and values are not) and the
 * question lines of the other blind sets (to avoid their personas and questions).
 * Personas (new):
 * - an orchestra's IT contractor (Brightwater Philharmonic, brightwaterphil.org; formal full sentences): sign-ins
 *   from outside Sweden, MFA-required sign-ins by client, Azure deletions over an explicit range, CloudTrail
 *   AccessDenied, Authentication data model failures, HTTP 500s on the ticketing site, a user's audit events;
 * - a quarry company's SOC (Granitfels, granitfels.de, GF-* hosts; terse chat): 4625 on a file server, a SHA256,
 *   Global Administrator role adds, powershell -enc, a C2 address and port, MailItemsAccessed, blocked SMB, 4698,
 *   mimikatz;
 * - an aquarium's sysadmin (Coralbay Aquarium, coralbay-aq.com; ordinary): rclone, outbound RDP, OneDrive
 *   downloads, failed sign-ins from an IP, failed logons 10+, excel.exe children, duckdns lookups, RunInstances per
 *   region, gift-shop order value per segment, Plush Toys with no sales, pending orders;
 * - a seed company's finance lead (formal): GBP monthly revenue, new customers per country, unpaid invoices,
 *   Marketing budget vs spend;
 * - a theatre box-office manager (terse): top NL customers, never-logged-in Box Office users, login_failed events.
 * Styles: about a third formal full sentences, a third ordinary, a third terse chat. No question names a query
 * language.
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform (3 KQL + SPL, 1 KQL + SPL on Azure AD, 1 KQL + SQL), 2
 * clarification cases (38).
 * Values: UPNs, IPs (91.215.85.17, 198.51.100.23), CIDRs (10.40.0.0/16, 10.0.0.0/8), ports (3389, 4444, 445), a
 * SHA256, hosts and prefixes (GF-FS01, GF-*), event IDs (4625, 4698), process names (rclone.exe, powershell,
 * excel.exe, mimikatz), a DNS suffix (duckdns.org), a country (Sweden / SE, NL), Entra role and audit operation,
 * authentication requirement, O365 operations (FileDownloaded, MailItemsAccessed), CloudTrail (AccessDenied,
 * RunInstances), an HTTP status, a web host, quoted strings (event type, category, status), currency (GBP),
 * departments, a fiscal year and months.
 * Shapes: counts, distinct counts, sums, averages, a threshold after aggregation (10 or more), top N (5, 10),
 * hourly and monthly buckets, group by X (and Y), ordering, columns to show, negations (outside Sweden, not
 * cancelled, ip not in a range, no sales since, never logged in).
 * Windows: last N hours/days (2h, 4h, 12h, 24h, 48h, 72h, 3d, 5d, 7d, 14d, 30d, 60d), today, yesterday (both
 * ends), since Monday / this week, this month, this year, the previous calendar month (both ends), since an
 * explicit date (1 Nov, 1 Aug 2026), an explicit range (2–9 Nov 2026), before a date (1 Oct 2026), and conditions
 * that are not windows ("pending for more than 3 days", "never logged in").
 * Checks accept every spelling I could think of for the same condition and reject only queries that do not answer
 * the question. Before committing the final version I checked every case against queries I wrote by hand (one per
 * platform of each case; a scratch script, not committed, calling the real checkers from journey-checkers.ts): every
 * `has` matched, no `not` did, and the Kusto analyser, the SPL check and PostgreSQL reported no problem. Not run on
 * the planner by me.
 */

// KQL windows and shapes
/**
 * A value compared to a KQL column: `==`, `=~`, `has`, `contains`, or anywhere in an `in` / `has_any` list
 * (the value need not come first in the list).
 */

/** Explicit days the questions name. */
const AUG_1 = new Date(Date.UTC(2026, 7, 1));
const OCT_1 = new Date(Date.UTC(2026, 9, 1));
const NOV_1 = new Date(Date.UTC(2026, 10, 1));
const NOV_2 = new Date(Date.UTC(2026, 10, 2));

/** A hash the quarry SOC got from a vendor advisory. */
const ADVISORY_SHA256 = '9b2c4e71d0a83f56c1e7b49a2f08d6e35c7a1b94e0f2d86a3c5b7e9014d2f6a8';
/** The address a quarry weighbridge PC beaconed to. */
const C2_IP = '91.215.85.17';

export const BLIND52_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: orchestra's IT contractor (formal)
  {
    id: 'b52-kql-orch-lindqvist-outside-sweden-14d',
    question:
      'Could you please list every sign-in by a.lindqvist@brightwaterphil.org from outside Sweden during the last 14 days, including the IP address and the application used?',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('UserPrincipalName', 'a\\.lindqvist@brightwaterphil\\.org'),
          /Location\s*(!=|!~|!in~?\s*\(|!has|!contains|<>)[^|]*["'](SE|Sweden)["']|not\(\s*Location\s*(==|=~|has|contains|in~?\s*\()[^|]*["'](SE|Sweden)["']/i,
          kqlShows('IPAddress'),
          kqlShows('AppDisplayName'),
          kqlLast('14d|336h|2w'),
        ],
      },
    },
  },
  {
    id: 'b52-kql-orch-mfa-required-by-client-month',
    question:
      'Please provide a count of the sign-ins that required multifactor authentication this month, grouped by client application.',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /AuthenticationRequirement\s*(==|=~|has|contains|in~?\s*\()[^|]*multiFactor/i,
          COUNT_KQL,
          kqlBy('ClientAppUsed'),
          THIS_MONTH_KQL,
        ],
      },
    },
  },
  {
    id: 'b52-kql-orch-ops-automation-deletes-nov2-9',
    question:
      'I would like to see the Azure resource deletions performed by ops-automation@brightwaterphil.org between 2 November and 9 November 2026.',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          kqlIs('Caller', 'ops-automation@brightwaterphil\\.org'),
          /OperationNameValue\s*(has|contains|endswith|=~|==|matches\s+regex|in~?\s*\()[^|]*delete/i,
          kqlSince(NOV_2),
          /(<=?|\.\.)\s*datetime\(\s*["']?2026-11-(09|10)/,
        ],
      },
    },
  },
  // KQL: quarry company's SOC (terse chat)
  {
    id: 'b52-kql-quarry-4625-gf-fs01-by-ip-2h',
    question: '4625s on GF-FS01 last 2h, by IpAddress',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4625),
          kqlIs('Computer', 'GF-FS01(\\.[\\w.-]*)?'),
          COUNT_KQL,
          kqlBy('IpAddress'),
          kqlLast('2h|120m'),
        ],
      },
    },
  },
  {
    id: 'b52-kql-quarry-sha256-30d',
    question: `sha256 ${ADVISORY_SHA256} seen anywhere in defender? 30d`,
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [new RegExp(ADVISORY_SHA256, 'i'), kqlLast('30d|720h')],
      },
    },
  },
  {
    id: 'b52-kql-quarry-global-admin-adds-today',
    question: 'who added ppl to Global Administrator in entra today',
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [/Add member to role/i, /Global Administrator/i, kqlShows('InitiatedBy'), TODAY_KQL],
      },
    },
  },
  {
    id: 'b52-kql-quarry-ps-enc-gf-top10-72h',
    question: 'powershell -enc on GF-* hosts, 72h, top 10 cmdlines',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /powershell/i,
          /-enc/i,
          kqlPrefix('DeviceName', 'GF-'),
          /ProcessCommandLine/,
          kqlTop(10),
          kqlLast('72h|3d|4320m'),
        ],
      },
    },
  },
  // KQL: aquarium's sysadmin (ordinary)
  {
    id: 'b52-kql-aqua-rclone-devices-week',
    question: 'Which devices ran rclone.exe this week, and what was the command line?',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/rclone\.exe/i, kqlShows('DeviceName'), kqlShows('ProcessCommandLine'), THIS_WEEK_KQL],
      },
    },
  },
  {
    id: 'b52-kql-aqua-rdp-outbound-by-device-24h',
    question: 'How many outbound connections to port 3389 did each of our machines make in the last 24 hours?',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [/RemotePort\s*(==\s*3389|in\s*\([^)]*3389)/, COUNT_KQL, kqlBy('DeviceName|DeviceId'), DAY1_KQL],
      },
    },
  },
  {
    id: 'b52-kql-aqua-berg-onedrive-downloads-yesterday',
    question: 'what files did tomas.berg@coralbay-aq.com download from OneDrive yesterday?',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [
          /FileDownloaded/,
          kqlIs('UserId', 'tomas\\.berg@coralbay-aq\\.com'),
          /OneDrive/i,
          kqlShows('SourceFileName|OfficeObjectId'),
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b52-kql-aqua-failed-from-ip-by-user-week',
    question: 'Show me the failed sign-ins from 198.51.100.23 since Monday, per user please',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('IPAddress', '198\\.51\\.100\\.23'),
          FAILED_SIGNIN_KQL,
          kqlBy('UserPrincipalName|UserDisplayName|UserId'),
          THIS_WEEK_KQL,
        ],
      },
    },
  },

  // SPL: quarry SOC (terse)
  {
    id: 'b52-spl-quarry-sysmon-c2-4444-by-image-4h',
    question: `sysmon conns to ${C2_IP}:4444 last 4h, by Image`,
    expect: {
      spl: {
        table: 'sysmon',
        has: [new RegExp(dots(C2_IP)), /DestinationPort\s*(=|IN\s*\()\s*"?4444\b/i, splBy('Image'), splLast('4h|240m')],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b52-spl-quarry-o365-mailitems-svc-archive-since-nov1',
    question: 'MailItemsAccessed by svc-archive@granitfels.de since nov 1',
    expect: {
      spl: {
        table: 'o365',
        has: [/MailItemsAccessed/, splIs('UserId', 'svc-archive@granitfels\\.de'), splSince(NOV_1)],
      },
    },
  },
  {
    id: 'b52-spl-quarry-445-blocked-10-40-by-src-12h',
    question: 'blocked traffic to 10.40.0.0/16 on 445, count by src_ip, 12h',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /10\.40\.(0\.0\/16|\*)/,
          /dest_port\s*(=|IN\s*\()\s*"?445\b/i,
          /action\s*(=|IN\s*\()\s*"?(blocked|block|denied|deny|dropped)/i,
          COUNT_SPL,
          splBy('src_ip'),
          splLast('12h|720m'),
        ],
      },
    },
  },
  // SPL: orchestra IT contractor (formal)
  {
    id: 'b52-spl-orch-cloudtrail-accessdenied-7d',
    question:
      'Please list the CloudTrail API calls that returned an AccessDenied error over the past seven days, counted by event name and by IAM identity.',
    expect: {
      spl: {
        table: 'aws',
        has: [/AccessDenied/, COUNT_SPL, splBy('eventName'), /userIdentity\.arn/, splLast('7d|168h|1w')],
      },
    },
  },
  {
    id: 'b52-spl-orch-auth-failures-top5-src-week',
    question:
      'What were the five source addresses with the most failed authentications this week, according to the Authentication data model?',
    expect: {
      spl: {
        table: 'Authentication',
        has: [/action\s*(=|IN\s*\()\s*"?fail/i, /\bsrc\b/, splTop(5), THIS_WEEK_SPL],
      },
    },
  },
  {
    id: 'b52-spl-orch-web-500-ticketing-hourly-today',
    question:
      'Please summarise the web requests to ticketing.brightwaterphil.org that returned HTTP status 500, per hour, for today.',
    expect: {
      spl: {
        table: 'Web',
        has: [/ticketing\.brightwaterphil\.org/i, /status\s*(=|IN\s*\()\s*"?500\b/, HOURLY_SPL, TODAY_SPL],
      },
    },
  },
  // SPL: aquarium sysadmin (ordinary)
  {
    id: 'b52-spl-aqua-failed-logons-10plus-yesterday',
    question: 'how many failed windows logons per user yesterday? only users with 10 or more',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [
          /EventCode\s*(=|IN\s*\()\s*"?4625\b|action\s*=\s*"?fail/i,
          COUNT_SPL,
          splBy('user|TargetUserName'),
          splAbove(9),
          YESTERDAY_START_SPL,
          YESTERDAY_END_SPL,
        ],
      },
    },
  },
  {
    id: 'b52-spl-aqua-excel-children-24h',
    question: 'Anything launched by excel.exe in sysmon over the last day? I need the image and command line.',
    expect: {
      spl: {
        table: 'sysmon',
        has: [/ParentImage\s*=\s*"?\*?[^|]*excel\.exe/i, splShows('Image'), splShows('CommandLine'), DAY1_SPL],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b52-spl-aqua-duckdns-queries-3d',
    question: 'any DNS lookups for duckdns.org domains in the last 3 days? show the host and the query',
    expect: {
      spl: {
        table: 'sysmon',
        has: [/duckdns\.org/i, /QueryName/, splShows('host'), splLast('3d|72h')],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b52-spl-aqua-runinstances-by-region-30d',
    question: 'Which AWS regions had RunInstances calls in the last 30 days, and how many in each?',
    expect: {
      spl: {
        table: 'aws',
        has: [/RunInstances/, COUNT_SPL, splBy('awsRegion'), splLast('30d|720h|1mon')],
      },
    },
  },

  // SQL: seed company's finance lead (formal)
  {
    id: 'b52-sql-seed-gbp-monthly-this-year-not-cancelled',
    question:
      'Please provide the total value of orders in GBP for each month of this year, excluding cancelled orders.',
    expect: {
      sql: {
        table: 'orders',
        has: [
          sqlIs('currency', 'GBP'),
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          MONTHLY_SQL,
          /status\s*(<>|!=)\s*'cancell?ed'|status\s+NOT\s+IN\s*\([^)]*'cancell?ed'|NOT\s*\(?\s*(\w+\.)?status\s*(=|I?LIKE)\s*'cancell?ed'/i,
          new RegExp(
            `${sqlThis('created_at', 'year', YEAR_START).source}|EXTRACT\\(\\s*YEAR\\s+FROM\\s+(\\w+\\.)?created_at\\s*\\)\\s*=\\s*${YEAR}`,
            'i',
          ),
        ],
      },
    },
  },
  {
    id: 'b52-sql-seed-new-customers-by-country-last-month',
    question: 'How many new customers registered in each country during the previous calendar month?',
    expect: {
      sql: {
        table: 'customers',
        has: [/COUNT\(/i, sqlGroupBy('country'), sqlPrevMonthStart('created_at'), sqlPrevMonthEnd('created_at')],
      },
    },
  },
  {
    id: 'b52-sql-seed-unpaid-issued-before-oct1',
    question:
      'Which invoices issued before 1 October 2026 remain unpaid? Please include the customer name, the amount and the due date.',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          UNPAID_SQL,
          new RegExp(`issued_at\\s*<\\s*${sqlLiteral}${iso(OCT_1)}|issued_at\\s*<=\\s*${sqlLiteral}2026-09-30`, 'i'),
          /\bname\b/i,
          sqlShows('amount'),
          sqlShows('due_date'),
        ],
      },
    },
  },
  {
    id: 'b52-sql-seed-marketing-h1-fy2025-by-category',
    question:
      'For the Marketing department, please compare budget and actual spend per category for the first half of fiscal year 2025.',
    expect: {
      sql: {
        table: 'budget',
        has: [
          sqlIs('department', 'Marketing'),
          /fiscal_year\s*=\s*2025\b/i,
          /fiscal_month\s*(<=\s*6\b|<\s*7\b|BETWEEN\s+1\s+AND\s+6\b|IN\s*\(\s*1\s*,\s*2\s*,\s*3\s*,\s*4\s*,\s*5\s*,\s*6\s*\))/i,
          /\bamount\b/i,
          /\bspent\b/i,
          sqlGroupBy('category'),
        ],
      },
    },
  },
  // SQL: theatre box office manager (terse)
  {
    id: 'b52-sql-theatre-top10-nl-paid-this-year',
    question: 'top 10 custs in NL by paid invoice total this yr',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /country\s*\)?\s*(=|I?LIKE|IN\s*\([^)]*?)\s*'(NL|Netherlands)'/i,
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          /paid_at\s+IS\s+NOT\s+NULL|status\s*(=|IN\s*\()\s*'paid'|paid_at\s*(>=|BETWEEN)/i,
          new RegExp(
            `${sqlThis('paid_at', 'year', YEAR_START).source}|${sqlThis('issued_at', 'year', YEAR_START).source}|EXTRACT\\(\\s*YEAR\\s+FROM\\s+(\\w+\\.)?(paid_at|issued_at)\\s*\\)\\s*=\\s*${YEAR}`,
            'i',
          ),
          DESC_SQL,
          topSql(10),
        ],
      },
    },
  },
  {
    id: 'b52-sql-theatre-box-office-never-logged-in',
    question: 'box office dept users that never logged in?',
    expect: {
      sql: {
        table: 'users',
        has: [sqlIs('department', 'Box Office'), /last_login_at\s+IS\s+NULL/i],
      },
    },
  },
  {
    id: 'b52-sql-theatre-login-failed-outside-10-8-today',
    question: "distinct users w/ 'login_failed' events today, ip not in 10.0.0.0/8",
    expect: {
      sql: {
        table: 'events',
        has: [
          sqlIs('event_type', 'login_failed'),
          COUNT_DISTINCT_USER_SQL,
          /NOT\s*\(?\s*(\w+\.)?ip_address\s*(<<=?|&&)\s*('|inet\s*')10\.0\.0\.0\/8|NOT\s*\(?\s*(\w+\.)?ip_address\s*::\s*text\s+LIKE\s*'10\.%|ip_address\s*::\s*text\s+NOT\s+LIKE\s*'10\.%|(host|text)\(\s*(\w+\.)?ip_address\s*\)\s+NOT\s+LIKE\s*'10\.%|NOT\s*\(\s*'10\.0\.0\.0\/8'\s*(::\s*\w+\s*)?>>=?\s*(\w+\.)?ip_address/i,
          sqlToday('occurred_at'),
        ],
      },
    },
  },
  // SQL: aquarium sysadmin helping the gift shop (ordinary)
  {
    id: 'b52-sql-aqua-avg-order-by-segment-60d',
    question: "what's the average order value per customer segment over the past 60 days?",
    expect: {
      sql: {
        table: 'orders',
        has: [/AVG\(\s*(\w+\.)?total\s*\)/i, sqlGroupBy('segment'), sqlLast('created_at', '60 days?', 60)],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b52-sql-aqua-plush-toys-no-sales-since-aug',
    question: "which products in the 'Plush Toys' category haven't sold at all since August 1st 2026?",
    expect: {
      sql: {
        table: 'products',
        has: [
          sqlIs('category', 'Plush Toys'),
          /NOT\s+EXISTS|NOT\s+IN\s*\(\s*SELECT|LEFT\s+JOIN[^;]*IS\s+NULL|HAVING\s+[^;]*(COUNT|SUM)\([^)]*\)\s*=\s*0/i,
          new RegExp(iso(AUG_1)),
        ],
      },
    },
  },
  {
    id: 'b52-sql-aqua-pending-over-3-days',
    question: "how many orders have been sitting in 'pending' for more than 3 days?",
    expect: {
      sql: {
        table: 'orders',
        has: [
          sqlIs('status', 'pending'),
          /COUNT\(/i,
          new RegExp(
            `created_at\\s*<=?\\s*\\(?\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?-\\s*${sqlInterval('3 days?', 3)}|${sqlNow}\\s*-\\s*(\\w+\\.)?created_at\\s*>=?\\s*${sqlInterval('3 days?')}|age\\(\\s*(\\w+\\.)?created_at\\s*\\)\\s*>=?\\s*${sqlInterval('3 days?')}`,
            'i',
          ),
        ],
      },
    },
  },

  // Two platforms
  {
    id: 'b52-multi-quarry-4698-both-by-host-7d',
    question: '4698 sched task creates, sentinel + splunk, 7d, by host',
    expect: {
      kql: { table: 'SecurityEvent', has: [kqlEvent(4698), kqlBy('Computer'), kqlLast('7d|168h|1w')] },
      spl: { table: 'wineventlog', has: [splEvent(4698), splBy('host|dest|Computer'), splLast('7d|168h|1w')] },
    },
  },
  {
    id: 'b52-multi-quarry-c2-ip-defender-firewall-48h',
    question: `${C2_IP} - any defender net conns or firewall traffic in splunk, last 48h?`,
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [kqlIs('RemoteIP', dots(C2_IP)), kqlLast('48h|2d|2880m')],
      },
      spl: {
        table: 'Network_Traffic',
        has: [new RegExp(dots(C2_IP)), splLast('48h|2d|2880m')],
      },
    },
  },
  {
    id: 'b52-multi-quarry-mimikatz-defender-sysmon-30d',
    question: 'mimikatz hits 30d, defender + sysmon, by host',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/mimikatz/i, kqlBy('DeviceName|DeviceId'), kqlLast('30d|720h')],
      },
      spl: {
        table: 'sysmon',
        has: [/mimikatz/i, splBy('host'), splLast('30d|720h|1mon')],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b52-multi-orch-osei-audit-and-user-record-week',
    question:
      'For r.osei@brightwaterphil.org, please retrieve the directory audit events initiated by that account this week, together with the department and role held in our database.',
    expect: {
      kql: { table: 'AuditLogs', has: [/r\.osei@brightwaterphil\.org/i, THIS_WEEK_KQL] },
      sql: {
        table: 'users',
        has: [sqlIs('email', 'r\\.osei@brightwaterphil\\.org'), sqlShows('department'), sqlShows('role')],
      },
    },
  },
  {
    id: 'b52-multi-aqua-novak-signins-both-5d',
    question:
      'Could you show me every sign-in by m.novak@coralbay-aq.com over the last 5 days, from Sentinel and from the Azure AD feed in Splunk?',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [kqlIs('UserPrincipalName', 'm\\.novak@coralbay-aq\\.com'), kqlLast('5d|120h')],
      },
      spl: {
        table: 'azure',
        has: [/m\.novak@coralbay-aq\.com/i, splLast('5d|120h')],
      },
    },
  },

  // Clarification: nothing to act on
  { id: 'b52-clarify-cheers-ta', question: 'cheers, ta!', clarification: true },
  { id: 'b52-clarify-redo-for-them', question: 'can you redo that one but for them', clarification: true },
];

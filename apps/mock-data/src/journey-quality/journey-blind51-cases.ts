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
  kqlAbove,
  kqlShows,
  kqlIs,
  kqlPrefix,
  splLast,
  DAY1_SPL,
  TODAY_SPL,
  THIS_WEEK_SPL,
  splSince,
  PREV_MONTH_START_SPL,
  PREV_MONTH_END_SPL,
  splEvent,
  WINDOWS_SECURITY_IDS_SPL,
  splShows,
  COUNT_SPL,
  splTop,
  splAbove,
  sqlInterval,
  sqlLast,
  sqlThis,
  sqlSince,
  sqlUntil,
  sqlPrevMonthStart,
  sqlPrevMonthEnd,
  topSql,
  sqlCountAbove,
  sqlIs,
  sqlShows,
  NOT_CUSTOMER_DATE_SQL,
  UNPAID_SQL,
  DESC_SQL,
  THIS_MONTH_SPL,
  YESTERDAY_START_SPL,
  HOURLY_SPL,
  HOURLY_KQL,
  DAILY_KQL,
  kqlTop,
  COUNT_DISTINCT_USER_SQL,
  WEEKLY_SQL,
  THIS_QUARTER_SQL,
} from './journey-patterns';
import { YEAR, YEAR_START, iso, sqlLiteral } from './journey-dates';

/**
 * The "blind51" journey-quality set, written blind on 2026-11-28 (12:34–12:50 UTC). I did not read the query
 * builders (apps/mock-data/src/query/**), the constraint extractor or routing code (libs/planner-core),
 * planner-llm, the planner app, the git history of any of them, any failure list, or another blind author's work
 * in progress, and I did not run the planner on any question: the first run is the lead's.
 * I read: issue 11, TEAM.md and BLIND.md, the `JourneyCase` / `QueryCheck` types in journey-cases.ts,
 * journey-dates.ts, journey-checkers.ts and journey-runner.ts (how checks match), run-journeys.ts (to register the
 * set), the mesh's schemas (kql/spl/sql.json), blind49's file as the format example (its window and shape helpers
 * are reused here; its questions and values are not) and the question lines of the other blind sets (to avoid their
 * personas and questions).
 * Personas (new):
 * - a game studio's SOC analyst (Pixelforge, pixelforge.gg; chat shorthand): a build service account's failed
 *   sign-ins, Office spawning LOLBins, kerberoasting, procdump on lsass, ssh egress volume, a run key on a build box;
 * - a ferry operator's NOC tech (Skerrie Ferries; lowercase, typos): lockouts on a DC, Tor-exit connections, failed
 *   Azure operations in the booking RG, 4625 bursts, guest downloads, password resets over an explicit range;
 * - a veterinary clinic chain's practice manager (vetcare-north.co.uk; formal): risky sign-ins, Conditional Access
 *   blocks, failed AWS console logins last month, stale Surgery accounts, overdue invoices, Pharmacy over budget;
 * - a ski resort's IT admin (alpenkamm.at; messy): top apps minus Teams, SharePoint deletes, inbox rules, shop
 *   404s, trycloudflare lookups, rental products sold;
 * - a winery's bookkeeper (loose): EUR sales last month, repeat buyers in DE/AT, average paid invoice in October,
 *   weekly Wine Club revenue this quarter.
 * The set leans toward terse chat questions (yday, w/, pls, ppl, accts, failng, diffrent, whos, fwding) and toward
 * questions that combine a value, a window and a shape. No question names a query language.
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform (3 KQL + SPL, 1 KQL + SPL on O365, 1 KQL + SQL), 2 clarification
 * cases (38).
 * Values: UPNs and UPN domains, IPs, a /24 range, ports (9001, 22), sign-in result code 50126, ticket encryption
 * 0x17, hosts and prefixes (SKF-DC02, PF-WS-*, PF-BUILD-07, pf-ws-114, shop.alpenkamm.at), event IDs (4625, 4720,
 * 4740, 4769), process names (certutil.exe, bitsadmin.exe, winword.exe, procdump64.exe), a registry key, a DNS
 * suffix, an Azure resource group, CloudTrail ConsoleLogin, O365 operations, #EXT# guests, app names (VetPortal,
 * Microsoft Teams), risk levels, an HTTP status, event types, order / invoice statuses, currencies (EUR), countries,
 * a segment, departments, categories, a fiscal year.
 * Shapes: counts, distinct counts, sums, averages, thresholds after aggregation (> 10, > 15, > 20, > 3 orders,
 * 10 or more), top N (5, 10), hourly, daily and weekly buckets, group by X (and Y), ordering, columns to show,
 * negations (not Teams, unpaid, spent over amount).
 * Windows: last N hours/days (6h, 12h, 24h, 48h, 3d, 5d, 7d, 14d, 30d, 90d), today, yesterday (both ends), since
 * yesterday, since monday / this week, this month, this quarter, this year (since jan 1), the previous calendar
 * month (both ends), an explicit month (October 2026), an explicit day range (19–23 Oct 2026), since an explicit
 * date (20 Oct 2026), and an inactivity condition ("not logged in for 90 days": a condition, not a window).
 * Checks accept every spelling I could think of for the same condition and reject only queries that do not answer
 * the question. Before committing I checked every case against queries I wrote by hand (one per platform of each
 * case; a scratch script, not committed, calling the real checkers from journey-checkers.ts): every `has` matched,
 * no `not` did, and the Kusto analyser, the SPL check and PostgreSQL reported no problem. Not run on the planner
 * by me.
 */

// KQL windows and shapes
/**
 * A value compared to a KQL column: `==`, `=~`, `has`, `contains`, or anywhere in an `in` / `has_any` list
 * (the value need not come first in the list).
 */

/** Explicit days the questions name. */
const OCT_1 = new Date(Date.UTC(2026, 9, 1));
const OCT_19 = new Date(Date.UTC(2026, 9, 19));
const OCT_20 = new Date(Date.UTC(2026, 9, 20));
const OCT_23 = new Date(Date.UTC(2026, 9, 23));
const OCT_31 = new Date(Date.UTC(2026, 9, 31));
/** Paid in October 2026 by month number or a 'YYYY-MM' string (SQL), with the year checked by the case. */
const OCT_PAID_SQL =
  "EXTRACT\\(\\s*MONTH\\s+FROM\\s+(\\w+\\.)?paid_at\\s*\\)\\s*=\\s*10\\b|to_char\\(\\s*(\\w+\\.)?paid_at\\s*,\\s*'YYYY-MM'\\s*\\)\\s*=\\s*'2026-10'";

/** The Tor-exit range the ferry NOC was warned about. */
const TOR_RANGE = '185.220.101';
/** The address the game studio saw in a phishing report. */
const PHISH_IP = '45.142.212.61';

export const BLIND51_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: game-studio SOC analyst (chat shorthand)
  {
    id: 'b51-kql-studio-svc-build-50126-hourly-48h',
    question: 'svc-build@pixelforge.gg failng signins w/ 50126 past 48h, hourly pls',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('UserPrincipalName', 'svc-build@pixelforge\\.gg'),
          kqlIs('ResultType', '50126'),
          HOURLY_KQL,
          kqlLast('48h|2d|2880m'),
        ],
      },
    },
  },
  {
    id: 'b51-kql-studio-winword-lolbins-pf-ws-5d',
    question: 'certutil.exe or bitsadmin.exe spawned by winword.exe on any PF-WS-* box in the past 5 days?',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /certutil\.exe/i,
          /bitsadmin\.exe/i,
          kqlIs('InitiatingProcessFileName', 'winword\\.exe'),
          kqlPrefix('DeviceName', 'PF-WS-'),
          kqlLast('5d|120h'),
        ],
      },
    },
  },
  {
    id: 'b51-kql-studio-4769-rc4-24h',
    question: 'kerberoast chk - 4769 w/ ticket enc type 0x17 last 24h, grouped by account and service name',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4769),
          kqlIs('TicketEncryptionType', '0x17'),
          COUNT_KQL,
          /by\s+[^|]*(TargetUserName|Account|SubjectUserName)/,
          /by\s+[^|]*ServiceName/,
          DAY1_KQL,
        ],
      },
    },
  },
  // KQL: ferry operator's NOC tech (lowercase, typos)
  {
    id: 'b51-kql-ferry-4740-skf-dc02-yesterday',
    question: 'lockouts (4740) on SKF-DC02 yday - who got locked n when',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4740),
          kqlIs('Computer', 'SKF-DC02(\\.[\\w.-]*)?'),
          kqlShows('TargetUserName|Account'),
          kqlShows('TimeGenerated'),
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b51-kql-ferry-tor-9001-dcount-12h',
    question: `how many diffrent devices connected to ${TOR_RANGE}.0/24 on port 9001 in the last 12 hrs`,
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          new RegExp(`${TOR_RANGE.replace(/\./g, '\\.')}\\.(0\\/24|)`),
          /RemotePort\s*(==\s*9001|in\s*\([^)]*9001)/,
          /dcount\(\s*(DeviceName|DeviceId)\s*\)|count_distinct\(\s*(DeviceName|DeviceId)\s*\)|distinct\s+(DeviceName|DeviceId)/,
          kqlLast('12h|720m'),
        ],
      },
    },
  },
  {
    id: 'b51-kql-ferry-failed-ops-rg-booking-week',
    question: 'azure: failed operations in rg-skf-booking since monday, count per caller',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          kqlIs('ResourceGroup', 'rg-skf-booking'),
          kqlIs('ActivityStatusValue', 'Fail(ed|ure)?'),
          COUNT_KQL,
          /by\s+[^|]*Caller/,
          THIS_WEEK_KQL,
        ],
      },
    },
  },
  // KQL: veterinary chain practice manager (formal)
  {
    id: 'b51-kql-vet-risky-signins-daily-30d',
    question:
      'Please show the number of risky sign-ins (risk level high or medium) per day over the past 30 days for staff at vetcare-north.co.uk.',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /vetcare-north\.co\.uk/i,
          /["']high["']/i,
          /["']medium["']/i,
          /RiskLevelDuringSignIn/,
          COUNT_KQL,
          DAILY_KQL,
          kqlLast('30d|720h'),
        ],
      },
    },
  },
  {
    id: 'b51-kql-vet-vetportal-ca-blocked-yesterday-by-location',
    question:
      'How many sign-ins to the VetPortal application were blocked by Conditional Access yesterday, broken down by location?',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('AppDisplayName', 'VetPortal'),
          /ConditionalAccessStatus\s*(==|=~|has|in~?\s*\()\s*["']?fail/i,
          COUNT_KQL,
          /by\s+[^|]*Location/,
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },
  // KQL: ski resort IT (messy)
  {
    id: 'b51-kql-ski-top5-apps-not-teams-week',
    question: 'top 5 apps alpenkamm.at ppl sign into this wk, not counting microsoft teams',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /alpenkamm\.at/i,
          /AppDisplayName\s*(!=|!~|!in~?\s*\(|!has|!contains)[^|]*Microsoft Teams|not\(\s*AppDisplayName\s*(==|=~|has|contains|in~?\s*\()[^|]*Microsoft Teams/i,
          /by\s+[^|]*AppDisplayName|top\s+5\s+by[^|]*|summarize[^|]*AppDisplayName/,
          kqlTop(5),
          THIS_WEEK_KQL,
        ],
      },
    },
  },
  {
    id: 'b51-kql-ski-lift-ops-deletes-over10-since-oct20',
    question:
      'whos been deleting files on the lift-ops sharepoint site since oct 20 2026? per user, only ppl with more than 10',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [
          /FileDeleted|Operation\s*(has|contains)\s*["']delet/i,
          /lift-ops/i,
          COUNT_KQL,
          /by\s+[^|]*UserId/,
          kqlAbove(10),
          kqlSince(OCT_20),
        ],
      },
    },
  },
  {
    id: 'b51-kql-ski-inbox-rules-month',
    question: 'new inbox rules made this month by @alpenkamm.at users?? count per user',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [/New-InboxRule|InboxRule/i, /alpenkamm\.at/i, COUNT_KQL, /by\s+[^|]*UserId/, THIS_MONTH_KQL],
      },
    },
  },

  // SPL: ferry NOC tech
  {
    id: 'b51-spl-ferry-4625-per-src-over20-6h',
    question: 'splunk - 4625s per src last 6h, only srcs with more than 20',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [splEvent(4625), COUNT_SPL, /by\s+[^|]*\bsrc\b/, splAbove(20), splLast('6h|360m')],
      },
    },
  },
  {
    id: 'b51-spl-ferry-o365-ext-downloads-top10-3d',
    question: 'guest (#EXT#) accts doing FileDownloaded in o365 last 3 days, top 10 by count',
    expect: {
      spl: {
        table: 'o365',
        has: [/FileDownloaded/, /#EXT#/i, /UserId/, splTop(10), splLast('3d|72h')],
      },
    },
  },
  {
    id: 'b51-spl-ferry-aad-203-ip-since-oct20',
    question: 'azure ad logs in splunk: signins from 203.0.113.77 since oct 20 2026 - upn + app',
    expect: {
      spl: {
        table: 'azure',
        has: [
          /203\.0\.113\.77/,
          splShows('properties.userPrincipalName'),
          splShows('properties.appDisplayName'),
          splSince(OCT_20),
        ],
      },
    },
  },
  // SPL: game-studio SOC analyst
  {
    id: 'b51-spl-studio-procdump-lsass-7d',
    question: 'sysmon: procdump64.exe w/ lsass in the cmdline last 7d, host + user',
    expect: {
      spl: {
        table: 'sysmon',
        has: [/procdump64\.exe/i, /lsass/i, splShows('host'), splShows('User'), splLast('7d|168h|1w')],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b51-spl-studio-ssh-bytes-out-top5-today',
    question: 'net traffic to port 22 today: sum bytes_out per dest_ip, top 5',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /dest_port\s*=\s*"?22\b/,
          /sum\(\s*(All_Traffic\.)?bytes_out\s*\)/,
          /by\s+[^|]*dest_ip/,
          splTop(5),
          TODAY_SPL,
        ],
      },
    },
  },
  {
    id: 'b51-spl-studio-run-key-pf-build-07-24h',
    question: 'registry run key changes (CurrentVersion\\Run) on PF-BUILD-07 in the last 24 hrs',
    expect: {
      spl: {
        table: 'Endpoint.Registry',
        has: [/CurrentVersion\\+Run/i, /PF-BUILD-07/i, DAY1_SPL],
      },
    },
  },
  // SPL: veterinary practice manager
  {
    id: 'b51-spl-vet-consolelogin-failed-prev-month',
    question:
      'Please list the failed AWS console logins (ConsoleLogin) from the previous calendar month, with the user ARN and source IP address.',
    expect: {
      spl: {
        table: 'aws',
        has: [
          /ConsoleLogin/,
          /fail|errorCode/i,
          splShows('userIdentity.arn'),
          splShows('sourceIPAddress'),
          PREV_MONTH_START_SPL,
          PREV_MONTH_END_SPL,
        ],
      },
    },
  },
  {
    id: 'b51-spl-vet-vetportal-failures-over15-week',
    question: 'Using the authentication data, which users had more than 15 failed logins to VetPortal this week?',
    expect: {
      spl: {
        table: 'Authentication',
        has: [/fail/i, /VetPortal/, COUNT_SPL, /by\s+[^|]*\buser\b/, splAbove(15), THIS_WEEK_SPL],
      },
    },
  },
  // SPL: ski resort IT
  {
    id: 'b51-spl-ski-shop-404-hourly-today',
    question: '404s per hour today on shop.alpenkamm.at (web logs)',
    expect: {
      spl: {
        table: 'Web',
        has: [/status\s*=\s*"?404\b|\b404\b/, /shop\.alpenkamm\.at/i, HOURLY_SPL, TODAY_SPL],
      },
    },
  },
  {
    id: 'b51-spl-ski-trycloudflare-dns-48h',
    question: 'sysmon dns lookups for *.trycloudflare.com in the last 48h, which hosts?',
    expect: {
      spl: {
        table: 'sysmon',
        has: [/trycloudflare\.com/i, splShows('host'), splLast('48h|2d|2880m')],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },

  // SQL: winery bookkeeper (loose)
  {
    id: 'b51-sql-winery-eur-completed-last-month',
    question: 'how much did we sell in EUR last month? completed orders only',
    expect: {
      sql: {
        table: 'orders',
        has: [
          sqlIs('currency', 'EUR'),
          sqlIs('status', 'completed?'),
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          sqlPrevMonthStart('created_at'),
          sqlPrevMonthEnd('created_at'),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b51-sql-winery-de-at-over3-orders-year',
    question: 'customers in germany or austria w/ more than 3 orders since jan 1 this yr',
    expect: {
      sql: {
        table: 'orders',
        has: [
          sqlIs('country', '(Germany|DE|DEU)'),
          sqlIs('country', '(Austria|AT|AUT)'),
          sqlCountAbove(3),
          new RegExp(
            `${sqlThis('created_at', 'year', YEAR_START).source}|EXTRACT\\(\\s*YEAR\\s+FROM\\s+(\\w+\\.)?created_at\\s*\\)\\s*=\\s*${YEAR}\\b`,
            'i',
          ),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b51-sql-winery-avg-paid-oct-by-currency',
    question: 'avg invoice amount by currency, for invoices paid in oct 2026',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /AVG\(\s*(\w+\.)?amount\s*\)/i,
          /GROUP\s+BY\s+[^;]*currency/i,
          new RegExp(
            `${sqlSince('paid_at', OCT_1).source}|${OCT_PAID_SQL}|date_trunc\\(\\s*'month'\\s*,\\s*(\\w+\\.)?paid_at\\s*\\)\\s*=\\s*${sqlLiteral}${iso(OCT_1)}`,
            'i',
          ),
          new RegExp(
            `${sqlUntil('paid_at', OCT_31).source}|${OCT_PAID_SQL}|date_trunc\\(\\s*'month'\\s*,\\s*(\\w+\\.)?paid_at\\s*\\)\\s*=\\s*${sqlLiteral}${iso(OCT_1)}`,
            'i',
          ),
          /2026/,
        ],
      },
    },
  },
  {
    id: 'b51-sql-winery-wine-club-weekly-quarter',
    question: "weekly revenue from the 'Wine Club' segment this quarter",
    expect: {
      sql: {
        table: 'orders',
        has: [sqlIs('segment', 'Wine Club'), /SUM\(\s*(\w+\.)?total\s*\)/i, WEEKLY_SQL, THIS_QUARTER_SQL],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  // SQL: veterinary practice manager
  {
    id: 'b51-sql-vet-surgery-stale-90d',
    question:
      'Please list the staff accounts in the Surgery department that have not logged in for 90 days, together with their last login.',
    expect: {
      sql: {
        table: 'users',
        has: [
          sqlIs('department', 'Surgery'),
          new RegExp(
            `last_login_at\\s*<=?\\s*\\(?\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?-\\s*${sqlInterval('90 days?|3 months?|2160 hours?', 90)}`,
            'i',
          ),
          sqlShows('last_login_at'),
        ],
        not: [/last_login_at\s*>=?\s*\(?\s*(now\(\)|CURRENT_DATE|current_timestamp)\s*-/i],
      },
    },
  },
  {
    id: 'b51-sql-vet-overdue-by-country',
    question: 'How many invoices are overdue (past their due date and not paid), grouped by customer country?',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          UNPAID_SQL,
          new RegExp(`due_date\\s*<=?\\s*${sqlNow}|status\\s*(=|IN\\s*\\()[^)]*'overdue'`, 'i'),
          /\bCOUNT\(/i,
          /GROUP\s+BY\s+[^;]*country/i,
        ],
      },
    },
  },
  {
    id: 'b51-sql-vet-pharmacy-over-budget-fy2026',
    question:
      'Which budget categories in the Pharmacy department are over budget (spent more than the amount) in fiscal year 2026?',
    expect: {
      sql: {
        table: 'budget',
        has: [
          sqlIs('department', 'Pharmacy'),
          /fiscal_year\s*=\s*2026\b/i,
          /spent\s*\)?\s*>\s*(SUM\(\s*)?(\w+\.)?amount|amount\s*\)?\s*<\s*(SUM\(\s*)?(\w+\.)?spent/i,
          sqlShows('category'),
        ],
      },
    },
  },
  // SQL: ski resort IT
  {
    id: 'b51-sql-ski-top10-rental-qty-90d',
    question: "top 10 products by qty sold in the 'Rental' category, last 90 days",
    expect: {
      sql: {
        table: 'order_items',
        has: [
          sqlIs('category', 'Rental'),
          /SUM\(\s*(\w+\.)?quantity\s*\)/i,
          topSql(10),
          DESC_SQL,
          sqlLast('created_at', '90 days?|3 months?|2160 hours?', 90),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  // SQL: game-studio SOC analyst
  {
    id: 'b51-sql-studio-login-failed-ips-10plus-24h',
    question: 'login_failed events by ip_address in the app db, last 24h, ips w/ 10 or more',
    expect: {
      sql: {
        table: 'events',
        has: [
          sqlIs('event_type', 'login_failed'),
          /GROUP\s+BY\s+[^;]*ip_address/i,
          sqlCountAbove(9),
          sqlLast('occurred_at', '24 hours?|1 days?|1440 minutes?', 1),
        ],
      },
    },
  },
  // SQL: ferry NOC tech
  {
    id: 'b51-sql-ferry-password-reset-distinct-oct19-23',
    question: 'how many distinct users had password_reset events between 19 and 23 oct 2026',
    expect: {
      sql: {
        table: 'events',
        has: [
          sqlIs('event_type', 'password_reset'),
          COUNT_DISTINCT_USER_SQL,
          sqlSince('occurred_at', OCT_19),
          sqlUntil('occurred_at', OCT_23),
        ],
      },
    },
  },

  // Two platforms
  {
    id: 'b51-multi-studio-pf-ws-114-procs-6h',
    question: 'pf-ws-114 might be popped - defender process events for it + sysmon from splunk, last 6 hrs',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [kqlIs('DeviceName', 'pf-ws-114(\\.[\\w.-]*)?'), kqlLast('6h|360m')],
      },
      spl: {
        table: 'sysmon',
        has: [/pf-ws-114/i, splLast('6h|360m')],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b51-multi-studio-phish-ip-signins-cloudtrail-since-yday',
    question: `${PHISH_IP} - seen in entra signins or cloudtrail since yesterday?`,
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [kqlIs('IPAddress', PHISH_IP.replace(/\./g, '\\.')), YESTERDAY_START_KQL],
      },
      spl: {
        table: 'aws',
        has: [new RegExp(PHISH_IP.replace(/\./g, '\\.')), YESTERDAY_START_SPL],
      },
    },
  },
  {
    id: 'b51-multi-vet-okafor-signins-and-user-record',
    question:
      'For j.okafor@vetcare-north.co.uk, I need her Entra sign-ins over the last 7 days and her user record in our database (role, department and last login).',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [kqlIs('UserPrincipalName', 'j\\.okafor@vetcare-north\\.co\\.uk'), kqlLast('7d|168h|1w')],
      },
      sql: {
        table: 'users',
        has: [
          sqlIs('email', 'j\\.okafor@vetcare-north\\.co\\.uk'),
          sqlShows('role'),
          sqlShows('department'),
          sqlShows('last_login_at'),
        ],
      },
    },
  },
  {
    id: 'b51-multi-ski-4720-month',
    question: 'new local/domain accts created (4720) this month - check sentinel and splunk both',
    expect: {
      kql: { table: 'SecurityEvent', has: [kqlEvent(4720), THIS_MONTH_KQL] },
      spl: { table: 'wineventlog', has: [splEvent(4720), THIS_MONTH_SPL] },
    },
  },
  {
    id: 'b51-multi-ferry-set-mailbox-14d',
    question: 'Set-Mailbox changes (fwding?) last 14 days, check sentinel + the o365 feed in splunk',
    expect: {
      kql: { table: 'OfficeActivity', has: [/Set-Mailbox/i, kqlLast('14d|336h|2w')] },
      spl: { table: 'o365', has: [/Set-Mailbox/i, splLast('14d|336h|2w')] },
    },
  },

  // Clarification: nothing to act on
  { id: 'b51-clarify-yo-u-there', question: 'yo u there?', clarification: true },
  { id: 'b51-clarify-same-for-other-one', question: 'same as before but for the other one', clarification: true },
];

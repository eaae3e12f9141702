import type { JourneyCase } from './journey-cases';
import {
  LAST_MONTH_END,
  kqlLast,
  kqlSince,
  TODAY_KQL,
  THIS_MONTH_KQL,
  YESTERDAY_END_KQL,
  COUNT_KQL,
  kqlEvent,
  kqlShows,
  kqlIs,
  kqlPrefix,
  kqlBy,
  kqlTop,
  HOURLY_KQL,
  FAILED_SIGNIN_KQL,
  splLast,
  DAY1_SPL,
  TODAY_SPL,
  THIS_MONTH_SPL,
  YESTERDAY_START_SPL,
  YESTERDAY_END_SPL,
  PREV_MONTH_START_SPL,
  PREV_MONTH_END_SPL,
  splSince,
  splEvent,
  splShows,
  COUNT_SPL,
  splTop,
  splBy,
  splAbove,
  WINDOWS_SECURITY_IDS_SPL,
  sqlNow,
  sqlLast,
  sqlThis,
  sqlSince,
  sqlDayOf,
  sqlUntil,
  sqlToday,
  sqlPrevMonthStart,
  sqlPrevMonthEnd,
  topSql,
  sqlIs,
  sqlShows,
  sqlGroupBy,
  sqlCountAbove,
  NOT_CUSTOMER_DATE_SQL,
  DESC_SQL,
  MONTHLY_SQL,
  dots,
} from './journey-patterns';
import { LAST_MONTH_START, MONTH_START, YEAR_START, YESTERDAY, iso, kqlDate, sqlLiteral } from './journey-dates';

/**
 * The "blind62" journey-quality set, written blind on 2026-11-29 (02:02–02:45 UTC). I did not read the query
 * builders (apps/mock-data/src/query/**), the constraint extractor or routing code (libs/planner-core),
 * planner-llm, the planner app, the git history of any of them, any failure list, or another blind author's work
 * in progress, and I did not run the planner on any question: the first run is the lead's.
 * I read: TEAM.md and BLIND.md, the `JourneyCase` / `QueryCheck` types in journey-cases.ts, journey-dates.ts,
 * journey-patterns.ts (most window and shape checks are imported from it), journey-checkers.ts, run-journeys.ts (to
 * register the set), the mesh's schemas (kql/spl/sql.json, the files the bundled-schemas module loads), blind55's
 * file as the format example (its questions, personas and values are not reused) and the persona lines and
 * question lines of the other blind sets (to avoid their personas, questions and clarification wordings).
 * Personas (new, organisations invented):
 * - a port authority's OT/IT security team (Port of Skelmar Authority, skelmarport.org, PSA-* hosts: PSA-CRN-*
 *   crane PCs, PSA-OT-* terminal OT servers, the Navis terminal app, the 10.40.0.0/16 terminal network; formal
 *   full sentences): failed Navis sign-ins, Modbus from the crane PCs, lockouts per account since a date, plink,
 *   failed Azure operations last month, password resets in the Entra audit log, scheduled tasks on OT servers,
 *   CloudTrail logging tampering, big outbound transfers, group additions last month, a service account's 4625 in
 *   two stores, a suspicious IP in Defender and the Splunk firewall data;
 * - a podcast network's ad-sales analysts (Loudfern Audio, loudfern.fm; advertisers are customers, ad packages are
 *   products; ordinary sentences): GBP revenue per segment last month, advertisers with overdue invoices, top
 *   Host-read packages, new advertisers per month and country, average invoice per currency in a range, refunded
 *   EUR orders, never-logged-in Ad Sales users, failed booking-app logins per IP, remaining budget per department,
 *   lapsed Agency advertisers, SalesDecks downloads, the shared ads mailbox, 404s on the website, a sales rep's sign-in errors, logins
 *   from a /24 in Sentinel and the booking app;
 * - a climbing-gym chain's part-time IT person (Cragline Gyms, cragline.ie, CRG-* hosts: CRG-DESK-* front-desk
 *   PCs, CRG-DC01; terse chat, lowercase, abbreviations, typos): top URLs from the desk PCs, sign-ins from outside
 *   Ireland, AnyDesk per hour, 4625 by source with a threshold, .ps1 dropped in Public, failed logins per app,
 *   ngrok DNS lookups, Run-key changes, a SHA1 in Defender and Sysmon.
 * Styles: about a third formal full sentences, a third ordinary, a third terse chat. No question names a query
 * language; a question names its store (Sentinel, Defender, Splunk, Sysmon, "Splunk's Azure AD feed", the firewall
 * data in Splunk) whenever the schemas hold that data in more than one store; AzureActivity, CloudTrail, the Web,
 * Authentication-data-model, registry and network-traffic data and the business tables are asked for without one
 * (the Authentication case still says Splunk, as users do).
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform (4 KQL + SPL, 1 KQL + SQL), 2 clarification cases (38).
 * Values: UPNs (mara.quinn@loudfern.fm, ads@loudfern.fm), a service account (svc_tos_sync), hosts and prefixes
 * (CRG-DC01, PSA-CRN-*, PSA-OT-*, CRG-DESK-*), IPs (91.92.240.18) and CIDRs (203.0.113.0/24, 10.40.0.0/16), ports
 * (502), event IDs (4740, 4698, 4625, 4728, 4732), process names (plink.exe, AnyDesk), a SHA1, a file type and
 * folder (.ps1 in C:\Users\Public), a domain (ngrok), a web host and status (404), a registry key (Run), an app
 * (Navis Terminal, AdBooker), Azure status (failed), O365 operations (FileDownloaded, deletions), CloudTrail
 * events (StopLogging, DeleteTrail), countries (Ireland), currencies (GBP, EUR), amounts (1,000, 500 MB), statuses
 * (refunded, overdue), a category, a segment, a department, a fiscal year, an event type.
 * Shapes: counts, distinct counts, sums, averages, a difference of sums, thresholds after aggregation (>15, >2,
 * >=5, >500 MB), top N (5, 10), hourly / daily / monthly buckets, group by X (and Y), ordering both ways, columns to
 * show, negations (outside a country, never logged in, no order since a date).
 * Windows: last N hours/days (24h, 48h, 72h, 3d, 7d, 10d, 14d, 30d, 60d), today, yesterday (both ends), this month,
 * this year, the previous calendar month (both ends), since explicit dates (1 Sep, 1 Nov, 2 Nov, 25 Nov 2026), an
 * explicit range (9–22 Nov 2026), a calendar month and "since" combined (ordered in October, not since 1 November),
 * a fiscal year, and conditions that are not windows ("overdue right now", "never logged in"). No window depends on
 * which day the week starts.
 * Checks accept every spelling I could think of for the same condition and reject only queries that do not answer
 * the question. Before committing I checked every case against queries I wrote by hand (one per platform of each
 * case; a scratch script, not committed, calling the real checkers from journey-checkers.ts): every `has` matched,
 * no `not` did, and the Kusto analyser, the SPL check and PostgreSQL reported no problem. Not run on the planner.
 */

const day = (month: number, date: number) => new Date(Date.UTC(2026, month - 1, date));
const SEP_1 = day(9, 1);
const OCT_1 = day(10, 1);
const NOV_1 = day(11, 1);
const NOV_2 = day(11, 2);
const NOV_9 = day(11, 9);
const NOV_22 = day(11, 22);
const NOV_25 = day(11, 25);

const SHA1 = '3395856ce81f2b7382dee72602f798b642f14140';

// KQL windows
const YESTERDAY_START_KQL = new RegExp(
  `startofday\\(\\s*(ago\\(\\s*(1d|24h)\\s*\\)|now\\(\\)\\s*-\\s*(1d|24h))\\s*\\)|startofday\\(\\s*now\\(\\)\\s*\\)\\s*-\\s*(1d|24h)|${kqlDate(YESTERDAY)}`,
);
/** The previous calendar month (KQL): start and end. */
const LAST_MONTH_START_KQL = new RegExp(
  [
    `startofmonth\\(\\s*now\\(\\)\\s*,\\s*-1\\s*\\)`,
    `startofmonth\\(\\s*(datetime_add\\(\\s*["']month["']\\s*,\\s*-1|ago\\(\\s*\\d+d\\s*\\)|startofmonth\\(\\s*now\\(\\)\\s*\\)\\s*-\\s*1d)`,
    kqlDate(LAST_MONTH_START),
  ].join('|'),
);
const LAST_MONTH_END_KQL = new RegExp(
  [
    `(<|\\.\\.)\\s*(startofmonth\\(\\s*now\\(\\)\\s*\\)|${kqlDate(MONTH_START)})`,
    `endofmonth\\(\\s*(now\\(\\)\\s*,\\s*-1|datetime_add\\(\\s*["']month["']\\s*,\\s*-1|${kqlDate(LAST_MONTH_START)}|ago\\(|startofmonth\\(\\s*now\\(\\)\\s*\\)\\s*-\\s*1d)`,
    `(<=?|\\.\\.)\\s*datetime\\(\\s*["']?${iso(LAST_MONTH_END)}`,
  ].join('|'),
);
/** A remote port (KQL). */
const kqlPort = (port: number) => new RegExp(`RemotePort\\s*(==|in\\s*\\()\\s*${port}\\b`);

// SPL
/** An event code on its own or anywhere in an `IN` list (SPL). */
const splEventIn = (id: number) => new RegExp(`EventCode\\s*(=|IN\\s*\\([^)]*?)\\s*"?${id}\\b`, 'i');
const splIndex = (index: string) => new RegExp(`index\\s*=\\s*"?${index}\\b`);
/** Since an explicit day, or this month when the day is the first of this month (SPL). */
const SINCE_NOV_1_SPL = new RegExp(`${splSince(NOV_1).source}|earliest\\s*=\\s*"?(@mon|-0mon@mon|@month)\\b`);

// SQL
/** A window start on an explicit day, on the timestamp or on its day (SQL). */
const sqlFrom = (column: string, date: Date) =>
  new RegExp(`${sqlSince(column, date).source}|${sqlDayOf(column)}\\s*(>=|BETWEEN)\\s*${sqlLiteral}${iso(date)}`, 'i');
const sqlSum = (column: string) => new RegExp(`SUM\\(\\s*(\\w+\\.)?${column}\\s*\\)`, 'i');
const sqlAvg = (column: string) => new RegExp(`AVG\\(\\s*(\\w+\\.)?${column}\\s*\\)`, 'i');
/** Absence of a related row: NOT EXISTS, NOT IN (SELECT …), an anti-join, or a count / latest date in HAVING. */
const SQL_ABSENT =
  /NOT\s+EXISTS|NOT\s+IN\s*\(\s*SELECT|LEFT\s+JOIN[^;]*IS\s+NULL|HAVING\s+[^;]*(COUNT\([^)]*\)\s*=\s*0|MAX\([^)]*created_at\s*\)\s*<)|EXCEPT\s+SELECT/i;

export const BLIND62_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: Sentinel / Defender
  {
    id: 'b62-kql-port-navis-failed-signins-48h',
    question:
      'Please list every failed sign-in to the Navis Terminal application recorded in Sentinel over the last 48 hours, including the user, the IP address and the location of each attempt.',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          FAILED_SIGNIN_KQL,
          /AppDisplayName\s*(==|=~|has|contains|startswith|(in~?|has_any)\s*\([^)]*?)\s*["']Navis/i,
          kqlShows('UserPrincipalName|UserDisplayName'),
          kqlShows('IPAddress'),
          kqlShows('Location'),
          kqlLast('48h|2d'),
        ],
      },
    },
  },
  {
    id: 'b62-kql-port-crane-modbus-yesterday',
    question:
      'Kindly establish, from Defender, how many connections to TCP port 502 were made yesterday by each of the crane PCs whose names begin with PSA-CRN-.',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          kqlPort(502),
          kqlPrefix('DeviceName', 'PSA-CRN-'),
          COUNT_KQL,
          kqlBy('DeviceName'),
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b62-kql-port-lockouts-per-account-since-nov2',
    question:
      'Please report the number of account lockouts (event 4740) per locked-out account since 2 November 2026, as recorded in Sentinel.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4740), COUNT_KQL, kqlBy('TargetUserName|Account'), kqlSince(NOV_2)],
      },
    },
  },
  {
    id: 'b62-kql-port-plink-14d',
    question:
      'Has plink.exe been executed on any of our machines during the past 14 days? Please use Defender and show the device, the account and the full command line.',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /plink/i,
          kqlShows('DeviceName'),
          kqlShows('AccountName|InitiatingProcessAccountName'),
          kqlShows('ProcessCommandLine'),
          kqlLast('14d|336h|2w'),
        ],
      },
    },
  },
  {
    id: 'b62-kql-port-failed-azure-ops-per-caller-prev-month',
    question: 'How many failed Azure operations did each caller have in the previous calendar month?',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          /ActivityStatusValue\s*(==|=~|has|contains|startswith|in~?\s*\()\s*["']?Fail/i,
          COUNT_KQL,
          kqlBy('Caller'),
          LAST_MONTH_START_KQL,
          LAST_MONTH_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b62-kql-podcast-salesdecks-downloads-month',
    question:
      'From Sentinel, who downloaded files from the SalesDecks SharePoint site this month, and how many files did each person download?',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [
          /FileDownloaded/,
          /SalesDecks/i,
          /\b(d)?count(_distinct)?\(|\|\s*count\b/,
          kqlBy('UserId'),
          THIS_MONTH_KQL,
        ],
      },
    },
  },
  {
    id: 'b62-kql-port-password-resets-today',
    question:
      'Please identify, from the Entra audit log in Sentinel, every password reset performed today by one user on another account, showing who initiated it and whose password was reset.',
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [
          /reset[^|]*password|password[^|]*reset/i,
          TODAY_KQL,
          kqlShows('InitiatedBy'),
          kqlShows('TargetResources'),
        ],
      },
    },
  },
  {
    id: 'b62-kql-gym-top-urls-desk-pcs-7d',
    question: 'defender - top 10 remote urls hit by the CRG-DESK-* pcs lst 7d',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [kqlPrefix('DeviceName', 'CRG-DESK-'), /RemoteUrl/, COUNT_KQL, kqlTop(10), kqlLast('7d|168h|1w')],
      },
    },
  },
  {
    id: 'b62-kql-gym-users-outside-ireland-per-country-30d',
    question: 'sentinel: how many diff users signed in from outside ireland, per country, last 30 days',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /dcount\(\s*(UserPrincipalName|UserId|UserDisplayName)\s*\)|distinct\s+(UserPrincipalName|UserId)[^|]*,\s*Location[\s\S]*count|count_distinct\(/,
          kqlBy('Location'),
          /Location\s*(!=|!~|!in~?\s*\(|!has|!contains|!startswith)\s*["']?(IE|Ireland)|not\s*\(\s*Location\s*(==|=~|in~?\s*\(|has)\s*["']?(IE|Ireland)/i,
          kqlLast('30d|720h'),
        ],
      },
    },
  },
  {
    id: 'b62-kql-port-scheduled-tasks-ot-72h',
    question:
      'Please list the scheduled tasks created (event 4698) on servers whose names begin with PSA-OT- during the last 72 hours in Sentinel, with the computer and the account that created each task.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4698),
          kqlPrefix('Computer', 'PSA-OT-'),
          kqlShows('Computer'),
          kqlShows('SubjectUserName|Account'),
          kqlLast('72h|3d'),
        ],
      },
    },
  },
  {
    id: 'b62-kql-gym-anydesk-hourly-today',
    question: 'how many times did anydesk run each hour today?? defender pls',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/anydesk/i, COUNT_KQL, HOURLY_KQL, TODAY_KQL],
      },
    },
  },

  // SPL: Splunk
  {
    id: 'b62-spl-gym-4625-dc01-by-src-over-15',
    question: 'splunk: failed logons (4625) on CRG-DC01 lst 24h by source ip, only ips w/ more than 15',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [
          splEvent(4625),
          /CRG-DC01/i,
          COUNT_SPL,
          splBy('src|src_ip|Source_Network_Address|IpAddress'),
          splAbove(15),
          DAY1_SPL,
        ],
      },
    },
  },
  {
    id: 'b62-spl-gym-ps1-in-public-3d',
    question: 'sysmon: anything writing .ps1 files into C:\\Users\\Public in past 3 days? host + image + filename',
    expect: {
      spl: {
        table: 'sysmon',
        has: [
          splIndex('sysmon'),
          /TargetFilename/,
          /ps1/i,
          /Users[\\/]*Public/i,
          splShows('host'),
          splShows('Image'),
          splShows('TargetFilename'),
          splLast('3d|72h'),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b62-spl-port-cloudtrail-logging-tamper-since-nov1',
    question:
      'Please list all CloudTrail StopLogging or DeleteTrail calls since 1 November 2026, with the caller ARN, the source IP address and the region.',
    expect: {
      spl: {
        table: 'aws',
        has: [
          /StopLogging/,
          /DeleteTrail/,
          splShows('userIdentity.arn'),
          splShows('sourceIPAddress'),
          splShows('awsRegion'),
          SINCE_NOV_1_SPL,
        ],
      },
    },
  },
  {
    id: 'b62-spl-port-bytes-out-terminal-net-24h',
    question:
      'Please provide, from the firewall traffic in Splunk, the total bytes sent from the 10.40.0.0/16 terminal network to each destination IP over the last 24 hours, restricted to destinations that received more than 500 MB.',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /sum\(\s*(All_Traffic\.)?bytes_out\s*\)/,
          /10\.40\.(0\.0\/16|\*)|cidrmatch\(\s*"10\.40\.0\.0\/16"/,
          splBy('dest_ip|dest'),
          /\|\s*(where|search)\s+[^|]*>=?\s*(500000000|524288000|500\b|0\.5\b)/,
          DAY1_SPL,
        ],
      },
    },
  },
  {
    id: 'b62-spl-gym-auth-dm-failed-users-per-app-yesterday',
    question: 'splunk auth datamodel - how many diff users failed to log in per app yesterday',
    expect: {
      spl: {
        table: 'Authentication',
        has: [
          /dc\(\s*(Authentication\.)?user\s*\)|distinct_count\(\s*(Authentication\.)?user\s*\)/,
          /action\s*=\s*"?fail/i,
          splBy('Authentication.app|app'),
          YESTERDAY_START_SPL,
          YESTERDAY_END_SPL,
        ],
      },
    },
  },
  {
    id: 'b62-spl-podcast-ads-mailbox-deletes-10d',
    question: 'In Splunk, who deleted emails from the ads@loudfern.fm shared mailbox over the last 10 days?',
    expect: {
      spl: {
        table: 'o365',
        has: [splIndex('o365'), /Delete/i, /ads@loudfern\.fm/i, splShows('UserId'), splLast('10d|240h')],
      },
    },
  },
  {
    id: 'b62-spl-podcast-404s-daily-14d',
    question: 'How many 404 errors did www.loudfern.fm return each day over the past 14 days?',
    expect: {
      spl: {
        table: 'Web',
        has: [
          /status\s*(=|IN\s*\()\s*"?404/i,
          /loudfern\.fm/i,
          COUNT_SPL,
          /span\s*=\s*"?(1d|24h|1day)\b/,
          splLast('14d|2w|336h'),
        ],
      },
    },
  },
  {
    id: 'b62-spl-port-group-additions-prev-month',
    question:
      'Please identify, in Splunk, every addition of a member to a security-enabled global or local group (events 4728 and 4732) during the previous calendar month, together with the domain controller on which it was recorded.',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [
          splEventIn(4728),
          splEventIn(4732),
          splShows('host|dest|Computer|ComputerName'),
          PREV_MONTH_START_SPL,
          PREV_MONTH_END_SPL,
        ],
      },
    },
  },
  {
    id: 'b62-spl-gym-ngrok-dns-top5-today',
    question: 'top 5 hosts doing dns lookups for ngrok domains today - sysmon',
    expect: {
      spl: {
        table: 'sysmon',
        has: [
          splIndex('sysmon'),
          /QueryName|EventCode\s*(=|IN\s*\()\s*"?22\b/,
          /ngrok/i,
          /\bhost\b/,
          splTop(5),
          TODAY_SPL,
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b62-spl-gym-run-key-desk-pcs-month',
    question: 'any Run key changes on the CRG-DESK-* pcs this month? need the reg path, value data + pc',
    expect: {
      spl: {
        table: 'Endpoint.Registry',
        has: [
          /CurrentVersion\\*Run|registry_key_name\s*=\s*"?Run\b/i,
          /dest\s*(=|IN\s*\([^)]*?)\s*"?CRG-DESK-/i,
          splShows('registry_path'),
          splShows('registry_value_data'),
          splShows('dest'),
          THIS_MONTH_SPL,
        ],
      },
    },
  },

  // SQL: the business database
  {
    id: 'b62-sql-podcast-gbp-revenue-per-segment-prev-month',
    question: 'What was our total GBP revenue last calendar month, broken down by customer segment?',
    expect: {
      sql: {
        table: 'orders',
        has: [
          sqlSum('total'),
          sqlIs('currency', 'GBP'),
          sqlGroupBy('segment'),
          sqlPrevMonthStart('created_at'),
          sqlPrevMonthEnd('created_at'),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b62-sql-podcast-advertisers-over-2-overdue',
    question: 'Which advertisers have more than 2 overdue invoices right now?',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          new RegExp(
            `due_date\\s*<\\s*${sqlNow}|${sqlNow}[^;]*>\\s*(\\w+\\.)?due_date|status\\s*(=|IN\\s*\\()[^;]*'overdue'`,
            'i',
          ),
          sqlCountAbove(2),
          sqlGroupBy('customer_id|name'),
        ],
      },
    },
  },
  {
    id: 'b62-sql-podcast-top-hostread-units-since-sep1',
    question: "What are the 10 best-selling products in the 'Host-read' category by units since 1 September 2026?",
    expect: {
      sql: {
        table: 'order_items',
        has: [sqlIs('category', 'Host-read'), sqlSum('quantity'), DESC_SQL, topSql(10), sqlFrom('created_at', SEP_1)],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b62-sql-podcast-new-advertisers-monthly-by-country-year',
    question: 'How many new advertisers did we sign up each month this year, split by country?',
    expect: {
      sql: {
        table: 'customers',
        has: [/COUNT\(/i, MONTHLY_SQL, sqlGroupBy('country'), sqlThis('created_at', 'year', YEAR_START)],
      },
    },
  },
  {
    id: 'b62-sql-podcast-avg-invoice-per-currency-nov9-22',
    question: 'What was the average invoice amount per currency for invoices issued between 9 and 22 November 2026?',
    expect: {
      sql: {
        table: 'invoices',
        has: [sqlAvg('amount'), sqlGroupBy('currency'), sqlFrom('issued_at', NOV_9), sqlUntil('issued_at', NOV_22)],
      },
    },
  },
  {
    id: 'b62-sql-podcast-refunded-eur-over-1000-60d',
    question: 'List the refunded EUR orders above 1,000 from the last 60 days, with the advertiser name and the total.',
    expect: {
      sql: {
        table: 'orders',
        has: [
          sqlIs('status', 'refunded'),
          sqlIs('currency', 'EUR'),
          /total\s*>\s*1000(\.0+)?\b/i,
          sqlLast('created_at', '60 days?', 60),
          /\bname\b/i,
          sqlShows('total'),
        ],
      },
    },
  },
  {
    id: 'b62-sql-podcast-ad-sales-never-logged-in',
    question: 'Which people in the Ad Sales department have never logged in to our booking app?',
    expect: {
      sql: {
        table: 'users',
        has: [sqlIs('department', 'Ad Sales'), /last_login_at\s+IS\s+NULL/i],
        not: [/last_login_at\s+IS\s+NOT\s+NULL/i],
      },
    },
  },
  {
    id: 'b62-sql-podcast-failed-logins-per-ip-today',
    question:
      'How many failed login events did our booking app record per IP address today? Only show IPs with at least 5.',
    expect: {
      sql: {
        table: 'events',
        has: [
          /event_type\s*\)?\s*(=|I?LIKE|IN\s*\()[^;]*fail/i,
          sqlGroupBy('ip_address'),
          sqlCountAbove(4),
          sqlToday('occurred_at'),
        ],
      },
    },
  },
  {
    id: 'b62-sql-podcast-remaining-budget-fy2026-lowest-first',
    question: 'How much budget does each department have left in fiscal year 2026? Lowest remaining first, please.',
    expect: {
      sql: {
        table: 'budget',
        has: [
          /fiscal_year\s*(=\s*'?2026|IN\s*\(\s*2026)/i,
          /SUM\(\s*(\w+\.)?amount\s*-\s*(\w+\.)?spent\s*\)|SUM\(\s*(\w+\.)?amount\s*\)\s*-\s*SUM\(\s*(\w+\.)?spent\s*\)/i,
          sqlGroupBy('department'),
          /ORDER\s+BY/i,
        ],
        not: [DESC_SQL],
      },
    },
  },
  {
    id: 'b62-sql-podcast-agency-ordered-oct-not-since-nov1',
    question:
      "Which advertisers in the 'Agency' segment placed orders in October 2026 but haven't ordered anything since 1 November?",
    expect: {
      sql: {
        table: 'orders',
        has: [
          sqlIs('segment', 'Agency'),
          new RegExp(`${sqlLiteral}${iso(OCT_1)}|${sqlPrevMonthStart('created_at').source}`, 'i'),
          SQL_ABSENT,
          new RegExp(`${sqlLiteral}${iso(NOV_1)}|date_trunc\\(\\s*'month'\\s*,\\s*${sqlNow}`, 'i'),
        ],
      },
    },
  },

  // Two platforms
  {
    id: 'b62-multi-port-svc-tos-sync-4625-both-since-nov25',
    question:
      'Please check both Sentinel and Splunk for failed logons (event 4625) against the service account svc_tos_sync since 25 November 2026, summarised per host.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4625), /svc_tos_sync/i, COUNT_KQL, kqlBy('Computer'), kqlSince(NOV_25)],
      },
      spl: {
        table: 'wineventlog',
        has: [splEvent(4625), /svc_tos_sync/i, COUNT_SPL, splBy('host|dest|Computer'), splSince(NOV_25)],
      },
    },
  },
  {
    id: 'b62-multi-gym-sha1-defender-sysmon-30d',
    question: `any procs w/ sha1 ${SHA1} in defender or sysmon, last 30d? host + cmdline`,
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          new RegExp(SHA1, 'i'),
          /SHA1/,
          kqlShows('DeviceName'),
          kqlShows('ProcessCommandLine'),
          kqlLast('30d|720h'),
        ],
      },
      spl: {
        table: 'sysmon',
        has: [new RegExp(SHA1, 'i'), splShows('host'), splShows('CommandLine'), splLast('30d|720h')],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b62-multi-podcast-adbooker-cidr-sentinel-and-app-month',
    question:
      'Did anyone sign in to AdBooker from 203.0.113.0/24 this month according to Sentinel? And which login events in our booking app database came from that same range this month?',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('AppDisplayName', 'AdBooker'),
          /ipv4_is_in(_any)?_range\(\s*IPAddress\s*,[^)]*203\.0\.113\.0\/24|IPAddress\s*(startswith|hasprefix|has_prefix|matches\s+regex)\s*["']\^?203\\{0,2}\.0\\{0,2}\.113\\{0,2}\./,
          THIS_MONTH_KQL,
        ],
      },
      sql: {
        table: 'events',
        has: [
          /ip_address\b[^;]*'203\.0\.113\.(0\/24|%)'|ip_address\s*(::\s*inet\s*)?(BETWEEN|>=)\s*(inet\s*)?'203\.0\.113\.0'/i,
          /event_type/i,
          sqlThis('occurred_at', 'month', MONTH_START),
        ],
      },
    },
  },
  {
    id: 'b62-multi-podcast-mara-signin-errors-both-yesterday',
    question:
      "Can you compare mara.quinn@loudfern.fm's sign-in errors yesterday in Sentinel with what Splunk's Azure AD feed shows for the same day?",
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [/mara\.quinn@loudfern\.fm/i, FAILED_SIGNIN_KQL, YESTERDAY_START_KQL, YESTERDAY_END_KQL],
      },
      spl: {
        table: 'azure',
        has: [splIndex('azure'), /mara\.quinn@loudfern\.fm/i, /errorCode/, YESTERDAY_START_SPL, YESTERDAY_END_SPL],
      },
    },
  },
  {
    id: 'b62-multi-port-ip-defender-firewall-7d',
    question:
      'Please establish whether any host contacted 91.92.240.18 in the last 7 days, using the Defender network events and the firewall traffic in Splunk, and list the source host and destination port of each connection.',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          new RegExp(`["']${dots('91.92.240.18')}["']`),
          kqlShows('DeviceName'),
          kqlShows('RemotePort'),
          kqlLast('7d|168h|1w'),
        ],
      },
      spl: {
        table: 'Network_Traffic',
        has: [/91\.92\.240\.18/, splShows('src_ip|src'), splShows('dest_port'), splLast('7d|168h|1w')],
      },
    },
  },

  // Clarification: nothing to act on
  {
    id: 'b62-clarify-harbour-master-matter',
    question: 'Please could you look into the matter the harbour master raised and revert with your findings.',
    clarification: true,
  },
  {
    id: 'b62-clarify-kev-numbers-thurs',
    question: 'redo the numbrs from thurs, the ones kev wanted',
    clarification: true,
  },
];

import type { JourneyCase } from './journey-cases';
import {
  COUNT_KQL,
  COUNT_SPL,
  DAY1_KQL,
  DAY1_SPL,
  DESC_SQL,
  FAILED_SIGNIN_KQL,
  HOURLY_SPL,
  MONTHLY_SQL,
  NOT_CUSTOMER_DATE_SQL,
  THIS_MONTH_SPL,
  THIS_WEEK_KQL,
  TODAY_KQL,
  TODAY_SPL,
  UNPAID_SQL,
  WEEKLY_SQL,
  YESTERDAY_END_KQL,
  dots,
  kqlAbove,
  kqlBy,
  kqlEvent,
  kqlIs,
  kqlLast,
  kqlPrefix,
  kqlShows,
  kqlSince,
  splBy,
  splEvent,
  splIs,
  splLast,
  splShows,
  splSince,
  splTop,
  sqlGroupBy,
  sqlIs,
  sqlLast,
  sqlPrevMonthEnd,
  sqlPrevMonthStart,
  sqlDayOf,
  sqlShows,
  sqlSince,
  sqlThis,
  sqlToday,
  sqlUntil,
  topSql,
} from './journey-patterns';
import { DAY_MS, YEAR, YEAR_START, YESTERDAY, iso, kqlDate, splDate, sqlLiteral, usDate } from './journey-dates';

/**
 * The "blind69" journey-quality set, written blind on 2026-11-29 (07:00–07:25 UTC, each check then run against
 * hand-written queries). I did not read the query builders (apps/mock-data/src/query/** other than the bundled-schemas
 * module and the schema JSON), the constraint extractor or routing code (libs/planner-core), planner-llm, the planner
 * app, the git history of any of them, any failure list, or another blind author's work in progress, and I did not
 * run the planner, the mesh or eval:journeys on any question: the first run is the lead's.
 * I read: TEAM.md and BLIND.md, the `JourneyCase` / `QueryCheck` types in journey-cases.ts, journey-dates.ts,
 * journey-patterns.ts (the shared window and shape patterns imported above), journey-checkers.ts, run-journeys.ts (to
 * register the set), the mesh's schemas (apps/mock-data/schemas/kql|spl|sql.json, loaded by bundled-schemas),
 * blind55's file as the format example (its questions, personas and values are not reused) and the question lines
 * of the other blind sets (to avoid repeating their questions and values).
 * Personas (organisations invented):
 * - Kilbride University (kilbride.ac.uk, KIL-* servers), three offices:
 *   - the IT service desk (terse chat with abbreviations: pls, w/, w/o, lst, yday, >=, ~): a student's failed
 *     sign-ins, lockouts over a threshold, 4625s on an RDS host, a student's failed sign-ins in Splunk's Azure AD
 *     feed, new AD accounts per DC, unlocks in both stores, a possibly compromised student account;
 *   - research computing (ordinary sentences, often two asks in one sentence): azcopy on RC-WS-* workstations,
 *     outbound SSH per device, VM deletions in an HPC burst resource group, an MD5 in a date range, EC2 launches,
 *     AccessDenied per service, ZeroTier DNS lookups, the HPC subnet's top download sources, Run-key changes,
 *     python launched by Office apps in Defender and Sysmon;
 *   - the student-records / fees office (formal, long context first and the ask last): long-overdue fee invoices,
 *     a segment's USD invoicing last month and what was paid, invoices per week this term, overspent budget
 *     categories, records-system accounts per department and never-logged-in ones, fee-waiver events in a range;
 * - Puffin Lane Travel (puffinlane.travel, a small travel agency; a mix of ordinary and terse): sign-ins to the
 *   booking app per user yesterday, successful sign-ins from outside Ireland, SharePoint file deletions per user,
 *   checkout 500s, scraper traffic per hour, failed M365 logins per user, EUR bookings per month, top City Breaks
 *   packages, dormant German customers, average booking value per country, inbox rules on the reservations mailbox
 *   in both stores, a double-charge complaint (web logs + bookings database).
 * No question names a query language; a question names its store (Sentinel, Defender, Splunk, Sysmon, "Splunk's
 * Azure AD logs", "the M365 audit data in Splunk") whenever the schemas hold that data in more than one store;
 * AzureActivity, Entra audit asked "in Sentinel", CloudTrail, the Web, registry and firewall data and the business
 * tables are asked for without a store name where only one store holds them.
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform (3 KQL + SPL, 1 KQL + SQL, 1 SPL + SQL), 2 clarification cases
 * (a fees-office follow-up and a travel-agent "the usual"), 38 in all.
 * Values: UPNs (a shared mailbox and students), hosts and prefixes (KIL-RDS01, RC-WS-*), a CIDR (10.60.0.0/16),
 * an IP (81.2.69.160), a port (22), event IDs (4740, 4625, 4720, 4767, 22), process names (azcopy.exe,
 * python.exe, winword.exe / excel.exe), an MD5, a domain (zerotier.com), a resource group, an Azure operation, an
 * AWS region and error code, O365 operations (FileDeleted, UserLoginFailed, New-InboxRule / Set-InboxRule), an app
 * name, a country (Ireland), HTTP method and status, a user agent, currencies (EUR, USD), amounts (>= 1000), a
 * segment, a department, a category, a fiscal year, an event type.
 * Shapes: counts, distinct counts, sums, averages, thresholds after aggregation (>= 3), top N (5, 10), hourly /
 * weekly / monthly buckets, group by X (and Y), ordering (most first, oldest first), columns to show, negations /
 * absences (outside a country, never logged in, no booking since, unpaid).
 * Windows: last N hours/days/months (4h, 12h, 24h, 48h, 3d, 7d, 14d, 30d, 90 days, 12 months), today,
 * yesterday (both ends), this week / since Monday, this month, this year, the previous calendar month (both ends),
 * since explicit dates (1 Nov, 16 Nov, 21 Sep 2026), explicit ranges (1–10 Nov, 2–15 Nov, 9–22 Nov, 1–20 Nov 2026),
 * a fiscal year, and conditions that are not windows (more than 30 days past due, never logged in).
 * Checks accept every spelling I could think of for the same condition and reject only queries that do not answer
 * the question. Before committing I checked every case against queries I wrote by hand (one per platform of each
 * case; a scratch script, not committed, calling the real checkers from journey-checkers.ts): every `has` matched,
 * no `not` did, and the Kusto analyser, the SPL check and PostgreSQL reported no problem; 18 other correct spellings
 * passed too and 7 wrong queries (no threshold, wrong window end, wrong date column, ...) were rejected. Not run on
 * the planner.
 */

/** Explicit days the questions name. */
const SEP_21 = new Date(Date.UTC(2026, 8, 21));
const NOV_1 = new Date(Date.UTC(2026, 10, 1));
const NOV_2 = new Date(Date.UTC(2026, 10, 2));
const NOV_9 = new Date(Date.UTC(2026, 10, 9));
const NOV_10 = new Date(Date.UTC(2026, 10, 10));
const NOV_15 = new Date(Date.UTC(2026, 10, 15));
const NOV_16 = new Date(Date.UTC(2026, 10, 16));
const NOV_20 = new Date(Date.UTC(2026, 10, 20));
const NOV_22 = new Date(Date.UTC(2026, 10, 22));
const nextDay = (date: Date): Date => new Date(date.getTime() + DAY_MS);

// KQL windows
const YESTERDAY_START_KQL = new RegExp(
  `startofday\\(\\s*(ago\\(\\s*(1d|24h)\\s*\\)|now\\(\\)\\s*-\\s*(1d|24h))\\s*\\)|startofday\\(\\s*now\\(\\)\\s*\\)\\s*-\\s*(1d|24h)|${kqlDate(YESTERDAY)}`,
);
/** A window that ends with an explicit day, inclusive (KQL). */
const kqlUntil = (lastDay: Date) =>
  new RegExp(
    [
      `(<|\\.\\.)\\s*${kqlDate(nextDay(lastDay))}`,
      `(<=?|\\.\\.)\\s*datetime\\(\\s*["']?${iso(lastDay)}[T ]23:59`,
      `endofday\\(\\s*${kqlDate(lastDay)}`,
      `<\\s*${kqlDate(lastDay)}["']?\\s*\\)\\s*\\+\\s*(1d|24h)`,
    ].join('|'),
  );
/** Most first (KQL). */
const DESC_KQL =
  /\|\s*(sort|order)\s+by\s+[^|]*\bdesc\b|\|\s*(sort|order)\s+by\s+\w+\s*($|\||\n)|\|\s*top\s+\d+\s+by\b/;

// SPL windows and shapes
/** A window that ends with an explicit day, inclusive (SPL). */
const splUntil = (lastDay: Date) =>
  new RegExp(
    `latest\\s*=\\s*"?(${splDate(nextDay(lastDay))}|${usDate(lastDay)}:23:59|${iso(lastDay)}T23:59|${nextDay(lastDay).getTime() / 1000 - 1})`,
  );
/** Windows Security event IDs, which must never be applied to sysmon (SPL). */
const WINDOWS_SECURITY_IDS_SPL = /EventCode\s*=\s*"?(4624|4625|4648|4688|4698|4720|4740|4767)\b/;
/** Most first (SPL): a descending sort, or `top` (which sorts by count). */
const DESC_SPL = /\|\s*sort\s+(\d+\s+)?-|\|\s*sort\s+[^|]*\bdesc\b|\|\s*top\b/;

// SQL windows
/** This calendar year on a column (SQL). */
const sqlThisYear = (column: string) =>
  new RegExp(
    `${sqlThis(column, 'year', YEAR_START).source}|EXTRACT\\(\\s*YEAR\\s+FROM\\s+(\\w+\\.)?(${column})\\s*\\)\\s*=\\s*${YEAR}|date_part\\(\\s*'year'\\s*,\\s*(\\w+\\.)?(${column})\\s*\\)\\s*=\\s*${YEAR}`,
    'i',
  );
/** A window start on an explicit day (SQL): the column or its day. */
const sqlFrom = (column: string, date: Date) =>
  new RegExp(
    `${sqlSince(column, date).source}|${sqlDayOf(column)}\\s*(>=|BETWEEN)\\s*\\(?\\s*${sqlLiteral}${iso(date)}`,
    'i',
  );
/** No order since a cut-off (SQL): an anti-join, or a last order before it. */
const NO_ORDER_SQL =
  /NOT\s+EXISTS|NOT\s+IN\s*\(\s*SELECT|LEFT\s+(OUTER\s+)?JOIN[^;]*IS\s+NULL|HAVING\s+[^;]*(COUNT\([^)]*\)\s*=\s*0|MAX\([^)]*created_at\s*\)\s*<)|EXCEPT\s+SELECT/i;

/** The user the double-charge complaint came from, and her address on the agency's web logs. */
const COMPLAINT_IP = '81.2.69.160';
const HPC_CIDR = '10.60.0.0/16';
const BAD_MD5 = '7c1e3b9a52d04f8e9a61b2c3d4e5f607';

export const BLIND69_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: university IT service desk (terse chat)
  {
    id: 'b69-kql-desk-student-failed-signins-48h',
    question:
      'j.okafor@student.kilbride.ac.uk says MFA keeps failing - pls pull her failed signins from sentinel lst 48h w/ ip + app',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('UserPrincipalName', 'j\\.okafor@student\\.kilbride\\.ac\\.uk'),
          FAILED_SIGNIN_KQL,
          kqlShows('IPAddress'),
          kqlShows('AppDisplayName'),
          kqlLast('48h|2d|2880m'),
        ],
      },
    },
  },
  {
    id: 'b69-kql-desk-lockouts-3plus-today',
    question: 'sentinel: acct lockouts (4740) today, count per acct, only >=3 pls',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4740), COUNT_KQL, kqlBy('TargetUserName|Account'), kqlAbove(2), TODAY_KQL],
      },
    },
  },
  {
    id: 'b69-kql-desk-4625-rds01-by-ip-acct-12h',
    question: '4625s on KIL-RDS01 in sentinel lst 12h, grouped by src ip + acct',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4625),
          /KIL-RDS01/i,
          kqlBy('IpAddress|WorkstationName'),
          kqlBy('TargetUserName|Account'),
          kqlLast('12h|720m'),
        ],
      },
    },
  },
  {
    id: 'b69-kql-desk-password-resets-per-admin-week',
    question:
      'In Sentinel, which admins reset user passwords in Entra ID this week and how many resets did each of them do?',
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [
          /(OperationName|ActivityDisplayName)\s*(==|=~|has|contains|startswith|(in~?|has_any)\s*\()[^|]*[Rr]eset[^|]*password/i,
          /InitiatedBy/,
          COUNT_KQL,
          THIS_WEEK_KQL,
        ],
      },
    },
  },
  // KQL: research computing (ordinary)
  {
    id: 'b69-kql-rc-azcopy-workstations-14d',
    question:
      'Has anyone run azcopy.exe on the research workstations (names start with RC-WS-) in the last 14 days? Defender data please, with the device, the account and the command line.',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /azcopy/i,
          kqlPrefix('DeviceName', 'RC-WS-'),
          kqlShows('DeviceName'),
          kqlShows('AccountName'),
          kqlShows('ProcessCommandLine'),
          kqlLast('14d|336h|2w'),
        ],
      },
    },
  },
  {
    id: 'b69-kql-rc-ssh-per-device-distinct-ips-24h',
    question:
      'In Defender, how many outbound connections to port 22 did each device make in the last 24 hours and to how many different remote IPs?',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /RemotePort\s*(==|in\s*\()\s*22\b/,
          COUNT_KQL,
          /(dcount|count_distinct)\(\s*RemoteIP\s*\)/,
          kqlBy('DeviceName|DeviceId'),
          DAY1_KQL,
        ],
      },
    },
  },
  {
    id: 'b69-kql-rc-vm-deletes-hpc-burst-since-nov16',
    question:
      'Somebody removed VMs from our Azure burst cluster. Could you list the virtual machine deletions in resource group rg-hpc-burst since 16 November 2026, with who did it and from which IP?',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          kqlIs('ResourceGroup', 'rg-hpc-burst'),
          /OperationNameValue\s*(has|contains|endswith|=~|==|matches\s+regex|(in~?|has_any|has_all)\s*\()[^|]*virtualMachines[^|]*delete|OperationNameValue\s*(has|contains|endswith|=~|==)[^|]*delete[^|]*OperationNameValue[^|]*virtualMachines/i,
          kqlShows('Caller'),
          kqlShows('CallerIpAddress'),
          kqlSince(NOV_16),
        ],
      },
    },
  },
  {
    id: 'b69-kql-rc-md5-nov1-10',
    question: `Defender: which devices ran a file with MD5 ${BAD_MD5} between 1 and 10 November 2026, and under which account?`,
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          new RegExp(`MD5\\s*(==|=~|in~?\\s*\\(|has)\\s*["']${BAD_MD5}`, 'i'),
          kqlShows('DeviceName'),
          kqlShows('AccountName'),
          kqlSince(NOV_1),
          kqlUntil(NOV_10),
        ],
      },
    },
  },
  // KQL: travel agency (ordinary / terse)
  {
    id: 'b69-kql-travel-booking-app-signins-per-user-yday',
    question: 'how many signins to Amadeus Selling Platform per user yday? sentinel pls',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('AppDisplayName', 'Amadeus Selling Platform'),
          COUNT_KQL,
          kqlBy('UserPrincipalName|UserDisplayName|UserId'),
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b69-kql-travel-success-outside-ireland-30d',
    question:
      'All our staff work from the Dublin office, so in Sentinel were there any successful sign-ins from outside Ireland in the last 30 days, and from which countries?',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /ResultType\s*(==|in\s*\()\s*["']?0\b|ResultType\s*==\s*["']0["']/,
          /Location\s*(!=|!~|<>|!in~?\s*\(|!has\s*|!contains\s*)[^|]*(IE|Ireland)/i,
          kqlShows('Location'),
          kqlLast('30d|720h'),
        ],
      },
    },
  },
  {
    id: 'b69-kql-travel-sharepoint-deletes-per-user-week',
    question:
      'A lot of customer itinerary files vanished from SharePoint. Using the Office 365 activity in Sentinel, can you count file deletions per user since Monday, most first?',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [/FileDeleted/, COUNT_KQL, kqlBy('UserId'), DESC_KQL, THIS_WEEK_KQL],
      },
    },
  },

  // SPL: university IT service desk (terse) and research computing (ordinary)
  {
    id: 'b69-spl-desk-new-ad-accounts-per-dc-since-nov1',
    question: 'splunk win logs: new AD accts created (4720) since 1 Nov 2026, count per DC',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [splEvent(4720), COUNT_SPL, splBy('host|dest|Computer'), splSince(NOV_1)],
      },
    },
  },
  {
    id: 'b69-spl-desk-student-failed-signins-azure-7d',
    question: "in splunk's azure AD logs, failed signins for s2204417@student.kilbride.ac.uk lst 7d w/ ip + app",
    expect: {
      spl: {
        table: 'azure',
        has: [
          /s2204417@student\.kilbride\.ac\.uk/i,
          /errorCode"?\s*(!=\s*"?0|>\s*"?0|=\s*"?[1-9])|NOT\s+"?properties\.status\.errorCode"?\s*=\s*"?0/i,
          splShows('properties.ipAddress'),
          splShows('properties.appDisplayName'),
          splLast('7d|168h|1w'),
        ],
      },
    },
  },
  {
    id: 'b69-spl-rc-ec2-launches-eu-west-1-nov9-22',
    question:
      'Who launched EC2 instances in eu-west-1 between 9 and 22 November 2026, and how many RunInstances calls did each identity make?',
    expect: {
      spl: {
        table: 'aws',
        has: [
          /RunInstances/,
          splIs('awsRegion', 'eu-west-1'),
          COUNT_SPL,
          splBy('userIdentity.arn'),
          splSince(NOV_9),
          splUntil(NOV_22),
        ],
      },
    },
  },
  {
    id: 'b69-spl-rc-accessdenied-top5-services-today',
    question: '~how many AccessDenied errors per AWS service today? top 5 only',
    expect: {
      spl: {
        table: 'aws',
        has: [splIs('errorCode', 'AccessDenied'), /\bcount\b|\|\s*top\b/, /eventSource/, splTop(5), TODAY_SPL],
      },
    },
  },
  {
    id: 'b69-spl-rc-zerotier-dns-per-host-24h',
    question:
      'Using the Sysmon DNS events in Splunk, which hosts looked up anything under zerotier.com in the last 24 hours, and which program made the lookups?',
    expect: {
      spl: {
        table: 'sysmon',
        has: [
          /EventCode\s*(=|IN\s*\()\s*"?22\b/,
          /zerotier\\{0,2}\.com/i,
          splShows('host'),
          splShows('Image'),
          DAY1_SPL,
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b69-spl-rc-hpc-subnet-top10-download-sources-month',
    question: `Which 10 external addresses sent the most data (bytes in) to the HPC subnet ${HPC_CIDR} this month, according to the firewall logs?`,
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /10\.60\.(0\.0\/16|\*)|cidrmatch\(\s*"10\.60\.0\.0\/16"/,
          /sum\(\s*"?(All_Traffic\.)?bytes_in/i,
          splBy('dest_ip|src_ip'),
          new RegExp(`${splTop(10).source}|\\|\\s*sort\\s+(limit\\s*=\\s*)?10\\b`),
          THIS_MONTH_SPL,
        ],
      },
    },
  },
  {
    id: 'b69-spl-rc-run-key-changes-3d',
    question: 'any changes to the Run keys (CurrentVersion\\Run) on lab machines lst 3 days? host + value written pls',
    expect: {
      spl: {
        table: 'Endpoint.Registry',
        has: [
          /CurrentVersion\\{1,4}Run|CurrentVersion[^|]*\bRun\b/i,
          splShows('dest'),
          splShows('registry_value_data'),
          splLast('3d|72h|4320m'),
        ],
      },
    },
  },
  // SPL: travel agency
  {
    id: 'b69-spl-travel-checkout-500-by-src-4h',
    question:
      'Customers are phoning in about failed payments on our site. How many POST requests to /checkout returned a 500 in the last 4 hours, per source IP?',
    expect: {
      spl: {
        table: 'Web',
        has: [
          /\/checkout/i,
          splIs('http_method', 'POST'),
          splIs('status', '500'),
          COUNT_SPL,
          splBy('src'),
          splLast('4h|240m'),
        ],
      },
    },
  },
  {
    id: 'b69-spl-travel-headless-chrome-hourly-today',
    question: 'bots scraping our fares? hits w/ HeadlessChrome in the user agent per hour today',
    expect: {
      spl: {
        table: 'Web',
        has: [/HeadlessChrome/i, /http_user_agent|HeadlessChrome/, COUNT_SPL, HOURLY_SPL, TODAY_SPL],
      },
    },
  },
  {
    id: 'b69-spl-travel-o365-failed-logins-per-user-48h',
    question:
      'From the Microsoft 365 audit data in Splunk, how many failed logins (UserLoginFailed) did each user have in the last 48 hours and from which client IPs, most first?',
    expect: {
      spl: {
        table: 'o365',
        has: [/UserLoginFailed/, COUNT_SPL, splBy('UserId'), /ClientIP/, DESC_SPL, splLast('48h|2d|2880m')],
      },
    },
  },

  // SQL: student-records / fees office (formal, context first)
  {
    id: 'b69-sql-fees-unpaid-30-days-past-due',
    question:
      'We are preparing the end-of-term reminder letters for tuition fees. Could you list every unpaid invoice that is more than 30 days past its due date, with the customer name, email, amount and due date, oldest due date first?',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          UNPAID_SQL,
          /due_date\s*<=?\s*\(?\s*(CURRENT_DATE|now\(\)|current_timestamp|localtimestamp)[^;]*?-\s*(30\b|interval\s*'30 days?'|'30 days?'\s*::\s*interval)|(CURRENT_DATE|now\(\)|current_timestamp)\s*(::\s*date\s*)?-\s*(\w+\.)?due_date\s*\)?\s*>\s*(30|interval\s*'30 days?')|due_date\s*\+\s*(30\b|interval\s*'30 days?')\s*<=?\s*(CURRENT_DATE|now\(\)|current_timestamp)/i,
          /\bname\b/i,
          /\bemail\b/i,
          sqlShows('amount'),
          sqlShows('due_date'),
          /ORDER\s+BY\s+(\w+\.)?due_date\b(?!\s+DESC)|ORDER\s+BY[^;]*(CURRENT_DATE|now\(\))\s*-\s*(\w+\.)?due_date[^;]*DESC|ORDER\s+BY\s+days_\w+\s+DESC/i,
        ],
      },
    },
  },
  {
    id: 'b69-sql-fees-international-usd-invoiced-paid-prev-month',
    question:
      "For the month-end report to the finance committee, I need the total amount invoiced in USD to customers in the 'International' segment during the previous calendar month, and how much of that has since been paid.",
    expect: {
      sql: {
        table: 'invoices',
        has: [
          sqlIs('segment', 'International'),
          sqlIs('currency', 'USD'),
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          /paid_at\s+IS\s+NOT\s+NULL|status\s*(=|IN\s*\()\s*'paid'/i,
          sqlPrevMonthStart('issued_at'),
          sqlPrevMonthEnd('issued_at'),
        ],
      },
    },
  },
  {
    id: 'b69-sql-fees-invoices-per-week-since-sep21',
    question:
      'Term started on 21 September 2026 and the office wants to see how the workload has developed. Please give the number of invoices issued in each week since then.',
    expect: {
      sql: {
        table: 'invoices',
        has: [/COUNT\(/i, WEEKLY_SQL, sqlFrom('issued_at', SEP_21)],
      },
    },
  },
  {
    id: 'b69-sql-fees-student-finance-overspent-fy2026',
    question:
      'Ahead of the budget review, please identify which budget categories of the Student Finance department have spent more than their allocation in fiscal year 2026.',
    expect: {
      sql: {
        table: 'budget',
        has: [
          sqlIs('department', 'Student Finance'),
          /fiscal_year\s*=\s*2026\b/i,
          /spent\s*\)?\s*>\s*(SUM\(\s*)?(\w+\.)?amount|amount\s*\)?\s*<\s*(SUM\(\s*)?(\w+\.)?spent|(spent|amount)\s*\)?\s*-\s*(SUM\(\s*)?(\w+\.)?(amount|spent)\s*\)?\s*[<>]\s*0/i,
          /\bcategory\b/i,
        ],
      },
    },
  },
  {
    id: 'b69-sql-fees-active-accounts-per-dept-never-logged-in',
    question:
      'The records system audit asks for two figures per department: how many active user accounts there are, and how many of those have never logged in.',
    expect: {
      sql: {
        table: 'users',
        has: [
          /active\s*(=\s*(true|'t(rue)?')|IS\s+TRUE)|(WHERE|AND|FILTER\s*\(\s*WHERE)\s+(\w+\.)?active\s*(\n|$|GROUP|ORDER|AND\b|\))/i,
          /last_login_at\s+IS\s+NULL/i,
          /COUNT\(/i,
          sqlGroupBy('department'),
        ],
      },
    },
  },
  {
    id: 'b69-sql-fees-waiver-events-per-user-nov2-15',
    question:
      "Following a query from the auditors, please count the 'fee_waiver_applied' events per user between 2 and 15 November 2026, showing each user's email.",
    expect: {
      sql: {
        table: 'events',
        has: [
          sqlIs('event_type', 'fee_waiver_applied'),
          /COUNT\(/i,
          sqlGroupBy('user_id|email'),
          /\bemail\b/i,
          sqlFrom('occurred_at', NOV_2),
          sqlUntil('occurred_at', NOV_15),
        ],
      },
    },
  },
  // SQL: travel agency
  {
    id: 'b69-sql-travel-eur-bookings-monthly-this-year',
    question: 'bookings in EUR per month this yr - count + total value pls',
    expect: {
      sql: {
        table: 'orders',
        has: [
          sqlIs('currency', 'EUR'),
          /COUNT\(/i,
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          MONTHLY_SQL,
          sqlThisYear('created_at'),
        ],
      },
    },
  },
  {
    id: 'b69-sql-travel-top5-city-breaks-revenue-90d',
    question: "What were our top 5 packages in the 'City Breaks' category by revenue over the last 90 days?",
    expect: {
      sql: {
        table: 'order_items',
        has: [
          sqlIs('category', 'City Breaks'),
          /SUM\(\s*\(?\s*(\w+\.)?quantity\s*\*\s*(\w+\.)?unit_price\s*\)|SUM\(\s*\(?\s*(\w+\.)?unit_price\s*\*\s*(\w+\.)?quantity\s*\)/i,
          DESC_SQL,
          topSql(5),
          sqlLast('created_at', '90 days?|3 months', 90),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b69-sql-travel-german-customers-no-booking-12mo',
    question: 'DE customers w/o any booking in the last 12 months? name + email',
    expect: {
      sql: {
        table: 'customers',
        has: [
          sqlIs('country', '(DE|Germany)'),
          NO_ORDER_SQL,
          /interval\s*'(12 months?|1 years?|365 days?)'|'(12 months?|1 years?|365 days?)'\s*::\s*interval|(CURRENT_DATE|now\(\)|current_timestamp)\s*(::\s*date\s*)?-\s*365\b/i,
          /\bname\b/i,
          /\bemail\b/i,
        ],
      },
    },
  },
  {
    id: 'b69-sql-travel-avg-booking-by-country-nov1-20',
    question: 'avg booking value by customer country for bookings >= 1000, 1-20 Nov 2026',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /AVG\(\s*(\w+\.)?total\s*\)/i,
          sqlGroupBy('country'),
          /total\s*>=\s*1000(\.0+)?\b|total\s*>\s*999(\.99)?\b/i,
          sqlFrom('created_at', NOV_1),
          sqlUntil('created_at', NOV_20),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },

  // Two platforms
  {
    id: 'b69-multi-desk-student-signins-and-records-events-3d',
    question:
      's.ferreira@student.kilbride.ac.uk thinks her acct got hijacked - her entra signins in sentinel lst 3 days + any events for her in the records db same period pls',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('UserPrincipalName', 's\\.ferreira@student\\.kilbride\\.ac\\.uk'),
          kqlShows('IPAddress'),
          kqlLast('3d|72h|4320m'),
        ],
      },
      sql: {
        table: 'events',
        has: [
          /s\.ferreira@student\.kilbride\.ac\.uk/i,
          /JOIN\s+users|users\s+\w*\s*WHERE|FROM\s+users|IN\s*\(\s*SELECT\s+(\w+\.)?user_id\s+FROM\s+users/i,
          sqlLast('occurred_at', '3 days?|72 hours', 3),
        ],
      },
    },
  },
  {
    id: 'b69-multi-desk-unlocks-both-today',
    question: 'who unlocked which accts today (4767)? check sentinel + splunk both',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4767), kqlShows('SubjectUserName|Account'), kqlShows('TargetUserName'), TODAY_KQL],
      },
      spl: {
        table: 'wineventlog',
        has: [splEvent(4767), splShows('user|src_user'), TODAY_SPL],
      },
    },
  },
  {
    id: 'b69-multi-rc-python-from-office-defender-sysmon-7d',
    question:
      'Did Word or Excel launch python.exe on any machine in the last 7 days? Please check both Defender and Sysmon in Splunk, with the host and the command line.',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /(FileName|FolderPath|ProcessCommandLine)\s*(==|=~|has|contains|startswith|endswith|in~?\s*\(|has_any\s*\()[^|]*python/i,
          /InitiatingProcessFileName\s*(==|=~|has|contains|startswith|in~?\s*\(|has_any\s*\()[^|]*winword[^|]*excel|InitiatingProcessFileName\s*(==|=~|has|contains|startswith|in~?\s*\(|has_any\s*\()[^|]*excel[^|]*winword/i,
          kqlShows('DeviceName'),
          kqlShows('ProcessCommandLine'),
          kqlLast('7d|168h|1w'),
        ],
      },
      spl: {
        table: 'sysmon',
        has: [
          /Image[^|]*python/i,
          /ParentImage[^|]*(winword[^|]*excel|excel[^|]*winword)/i,
          splShows('host'),
          splShows('CommandLine'),
          splLast('7d|168h|1w'),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b69-multi-travel-inbox-rules-reservations-both-30d',
    question:
      'Has anyone set up inbox rules (New-InboxRule or Set-InboxRule) on reservations@puffinlane.travel in the last 30 days? Check the Office 365 logs in both Sentinel and Splunk.',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [/New-InboxRule/, /Set-InboxRule/, /reservations@puffinlane\.travel/i, kqlLast('30d|720h')],
      },
      spl: {
        table: 'o365',
        has: [/New-InboxRule/, /Set-InboxRule/, /reservations@puffinlane\.travel/i, splLast('30d|720h|1mon')],
      },
    },
  },
  {
    id: 'b69-multi-travel-double-charge-web-and-orders-today',
    question: `A customer (maria.lund@example.se) says she was charged twice this morning. Can you pull the POST requests to /checkout from ${COMPLAINT_IP} in the web logs today and her bookings in our orders database today?`,
    expect: {
      spl: {
        table: 'Web',
        has: [new RegExp(dots(COMPLAINT_IP)), /\/checkout/i, splIs('http_method', 'POST'), TODAY_SPL],
      },
      sql: {
        table: 'orders',
        has: [
          /maria\.lund@example\.se/i,
          /JOIN\s+customers|FROM\s+customers|IN\s*\(\s*SELECT/i,
          sqlToday('created_at'),
        ],
      },
    },
  },

  // Clarification: nothing to act on
  {
    id: 'b69-clarify-fees-same-as-last-term',
    question:
      'Further to our conversation at the fees meeting, could you please run the same thing as last term and send it over before Friday?',
    clarification: true,
  },
  { id: 'b69-clarify-travel-the-usual', question: 'pls do the usual for the group thx', clarification: true },
];

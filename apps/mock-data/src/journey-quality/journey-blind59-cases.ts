import type { JourneyCase } from './journey-cases';
import {
  COUNT_KQL,
  COUNT_SPL,
  DAILY_KQL,
  DAY1_SPL,
  DESC_SQL,
  FAILED_SIGNIN_KQL,
  HOURLY_SPL,
  MONTHLY_SQL,
  NOT_CUSTOMER_DATE_SQL,
  PREV_MONTH_END_SPL,
  PREV_MONTH_START_SPL,
  THIS_MONTH_KQL,
  THIS_QUARTER_SQL,
  THIS_WEEK_KQL,
  THIS_WEEK_SPL,
  TODAY_KQL,
  TODAY_SPL,
  UNPAID_SQL,
  WINDOWS_SECURITY_IDS_SPL,
  YESTERDAY_END_KQL,
  YESTERDAY_END_SPL,
  YESTERDAY_START_SPL,
  kqlBy,
  kqlEvent,
  kqlIs,
  kqlLast,
  kqlPrefix,
  kqlShows,
  kqlSince,
  splAbove,
  splBy,
  splEvent,
  splLast,
  splShows,
  splSince,
  splTop,
  sqlCountAbove,
  sqlDayOf,
  sqlGroupBy,
  sqlIs,
  sqlLast,
  sqlNow,
  sqlPrevMonthEnd,
  sqlPrevMonthStart,
  sqlShows,
  sqlSince,
  sqlThis,
  sqlToday,
  sqlUntil,
} from './journey-patterns';
import { DAY_MS, TODAY, YEAR, YEAR_START, YESTERDAY, iso, kqlDate, splDate, sqlLiteral, usDate } from './journey-dates';

/**
 * The "blind59" journey-quality set, written blind on 2026-11-29 (01:25–02:05 UTC). I did not read the query
 * builders (apps/mock-data/src/query/**), the constraint extractor or routing code (libs/planner-core),
 * planner-llm, the planner app, the git history of any of them, any failure list, or another blind author's work
 * in progress, and I did not run the planner on any question: the first run is the lead's.
 * The hand check used one to three spellings per platform of each case, and seven wrong queries, which the checks reject.
 * I read: TEAM.md and BLIND.md, the `JourneyCase` / `QueryCheck` types in journey-cases.ts, journey-dates.ts,
 * journey-patterns.ts (the shared checks imported above), journey-checkers.ts, run-journeys.ts (to register the
 * set), the mesh's schemas (kql/spl/sql.json, the files the bundled-schemas module loads), blind55's file as the
 * format example (its questions, personas and values are not reused; its yesterday / daily / this-year helpers
 * are) and the question lines and persona lines of the other blind sets (to avoid their personas and questions).
 * Personas (new, organisations invented):
 * - an architecture practice's one-person IT (Fenwright Architects, fenwright.design, FWA-CAD-* workstations;
 *   terse chat with abbreviations and typos): failed sign-ins to Autodesk Construction Cloud per day and IP,
 *   7-Zip on the CAD boxes, outbound RDP, storage-account deletions in a render resource group, localtunnel
 *   connections, VNC from the CAD boxes in Sysmon, a CloudTrail trust-policy change, 404s on the client portal,
 *   firewall bytes to a /24, an MD5 in Defender and Sysmon, anonymous sharing links in both stores;
 * - a regional blood transfusion service's information-security officer (Vale Blood Service, valeblood.org,
 *   VBS-SRV-* servers; formal full sentences): Conditional Access policy changes since a date, 4697 service
 *   installs on VBS-SRV hosts, ActiveSync sign-ins, 4648 explicit-credential logons over a threshold last month,
 *   a user's HardDelete operations today, Winlogon Userinit registry changes, RDP logons (type 10) on a LIMS server
 *   in both Sentinel and Splunk;
 * - a furniture maker's web-shop and office people (Oakhollow Furniture, oakhollow.co.uk; ordinary sentences):
 *   SharePoint deletions yesterday, a SHA1 on Defender devices, top sign-in countries outside the UK, failed
 *   logins per app per day, password spraying in Splunk's Azure AD logs, wmic's parent processes, revenue per
 *   currency last month, Sofas units per month, big spenders, invoices due next week, average order value per
 *   segment, unsold dining tables, dormant Workshop staff accounts, login_failed per IP, new customers per
 *   country in a range, a shop admin's sign-ins and app events, Black Friday orders and 5xx per hour.
 * Styles: about a third formal full sentences, a third ordinary, a third terse chat (the furniture maker's office
 * also writes two formal questions, dormant staff accounts and overspent budgets, and two terse ones). No question
 * names a query language; a question names its store (Sentinel, Defender, Splunk, Sysmon, "Splunk's Azure AD logs", the
 * Microsoft 365 data in Splunk, "our shop database") whenever the schemas hold that data in more than one store;
 * AzureActivity, CloudTrail, the firewall traffic, the Web and registry data models and the business tables are
 * asked for without a store name.
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform (3 KQL + SPL, 1 KQL + SQL, 1 SPL + SQL), 2 clarification (38).
 * Values: UPNs (d.okonkwo@valeblood.org, j.whitlock@oakhollow.co.uk), domains (oakhollow.co.uk, loca.lt), hosts
 * and prefixes (FWA-CAD-*, VBS-SRV*, VBS-SRV-LIMS01), a resource group (rg-fwa-renders), an app (Autodesk
 * Construction Cloud), a CIDR (198.51.100.0/24), ports (3389, 5900), hashes (a SHA1, an MD5), process names
 * (7z.exe, wmic.exe), event IDs (4697, 4648, 4624 with logon type 10), O365 operations (HardDelete,
 * AnonymousLinkCreated, FileDeleted), a CloudTrail event (UpdateAssumeRolePolicy), a registry value (Userinit),
 * web hosts and statuses (404, 5xx), currencies, amounts (5,000), categories (Sofas, Dining Tables), a segment
 * grouping, a department (Workshop), an event type (login_failed), a fiscal year, countries (not the UK).
 * Shapes: counts, distinct counts, sums, averages, differences, thresholds after aggregation (> 3, > 5, > 20,
 * > 5,000), top N (5, 10, 20), hourly / daily / monthly buckets, group by one and two columns, ordering, columns
 * to show, negations / absences (excluding a country, excluding statuses, never ordered, never logged in).
 * Windows: last N hours/days (12h, 24h, 3d, 5d, 7d, 14d, 21d, 30d, 90d), today, yesterday (both ends), this week,
 * this month, this quarter, this year, the previous calendar month (both ends), since explicit dates (1, 26, 27
 * Nov 2026), explicit ranges (1 Oct–15 Nov 2026, the single day 27 Nov 2026), the next 7 days, a fiscal year, and
 * conditions that are not windows (unpaid, never ordered, active).
 * Checks accept every spelling I could think of for the same condition and reject only queries that do not answer
 * the question. Before committing I checked every case against queries I wrote by hand (one per platform of each
 * case; a scratch script, not committed, calling the real checkers from journey-checkers.ts): every `has` matched,
 * no `not` did, and the Kusto analyser, the SPL check and PostgreSQL reported no problem. Not run on the planner.
 */

// Explicit days the questions name
const OCT_1 = new Date(Date.UTC(2026, 9, 1));
const NOV_1 = new Date(Date.UTC(2026, 10, 1));
const NOV_15 = new Date(Date.UTC(2026, 10, 15));
const NOV_26 = new Date(Date.UTC(2026, 10, 26));
const NOV_27 = new Date(Date.UTC(2026, 10, 27));
const NOV_28 = new Date(Date.UTC(2026, 10, 28));

// KQL
/** Yesterday's start (KQL), every spelling. */
const YDAY_START_KQL = new RegExp(
  `startofday\\(\\s*(ago\\(\\s*(1d|24h)\\s*\\)|now\\(\\)\\s*-\\s*(1d|24h))\\s*\\)|startofday\\(\\s*now\\(\\)\\s*\\)\\s*-\\s*(1d|24h)|${kqlDate(YESTERDAY)}`,
);

// SPL
/** A daily bucket (SPL). */
const DAILY_SPL = /span\s*=\s*"?(1d|24h|1day)\b|strftime\([^)]*%(Y-%m-%d|F|d)/;
/** HTTP 5xx (SPL). */
const STATUS_5XX_SPL =
  /status\s*(>=?\s*"?(500|499)\b|=\s*"?5(\*|\d\d))|like\(\s*(\w+\.)?status\s*,\s*"5%"|match\(\s*(\w+\.)?status\s*,\s*"\^?5|status\s*IN\s*\(\s*"?5\d\d/i;
/** A failed sign-in in Splunk's Azure AD feed. */
const AZURE_FAILED_SPL =
  /errorCode"?\s*(!=\s*"?0|>\s*"?0|=\s*"?[1-9])|NOT\s+"?properties\.status\.errorCode"?\s*=\s*"?0/i;

// SQL
/** This calendar year on a column (SQL). */
const sqlThisYear = (column: string) =>
  new RegExp(
    `${sqlThis(column, 'year', YEAR_START).source}|EXTRACT\\(\\s*YEAR\\s+FROM\\s+(\\w+\\.)?(${column})\\s*\\)\\s*=\\s*${YEAR}|date_part\\(\\s*'year'\\s*,\\s*(\\w+\\.)?(${column})\\s*\\)\\s*=\\s*${YEAR}`,
    'i',
  );
/** An active row (SQL). */
const ACTIVE_SQL =
  /active\s*(=\s*(true|'t(rue)?')|IS\s+TRUE)|(WHERE|AND)\s+(\w+\.)?active\s*(\n|$|GROUP|ORDER|AND\b|\))/i;
/** A status left out of the answer (SQL), or only the completed statuses kept. */
const sqlWithout = (status: string) =>
  new RegExp(
    `NOT\\s+IN\\s*\\([^)]*'${status}'|(<>|!=)\\s*'${status}'|status\\s*(=|IN\\s*\\()[^)]*'(paid|shipped|delivered|completed?|fulfilled)'`,
    'i',
  );
/** A window start on an explicit day on a column, as a timestamp or as a day (SQL). */
const sqlFrom = (column: string, date: Date) =>
  new RegExp(
    `${sqlSince(column, date).source}|${sqlDayOf(column)}\\s*(>=|BETWEEN)\\s*\\(?\\s*${sqlLiteral}${iso(date)}`,
    'i',
  );
/** An hourly bucket (SQL). */
const HOURLY_SQL = /date_trunc\(\s*'hour'|EXTRACT\(\s*HOUR\b|date_part\(\s*'hour'|to_char\([^)]*HH24/i;
/** A day seven or eight days from today (SQL). */
const IN_7_DAYS = [7, 8].map((n) => iso(new Date(TODAY.getTime() + n * DAY_MS))).join('|');

export const BLIND59_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: architecture practice's IT (terse chat)
  {
    id: 'b59-kql-arch-acc-failed-signins-daily-by-ip-5d',
    question: 'sentinel - failed signins to Autodesk Construction Cloud lst 5 days, per day + src ip pls',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /Autodesk Construction Cloud/i,
          FAILED_SIGNIN_KQL,
          COUNT_KQL,
          DAILY_KQL,
          kqlBy('IPAddress'),
          kqlLast('5d|120h|7200m'),
        ],
      },
    },
  },
  {
    id: 'b59-kql-arch-7z-cad-boxes-since-nov26',
    question: 'defender: 7z.exe runs on FWA-CAD-* boxes since thu 26 nov? devicename + cmdline + who ran it',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /7z/i,
          kqlPrefix('DeviceName', 'FWA-CAD-'),
          kqlShows('DeviceName'),
          kqlShows('ProcessCommandLine'),
          kqlShows('AccountName|InitiatingProcessAccountName'),
          kqlSince(NOV_26),
        ],
      },
    },
  },
  {
    id: 'b59-kql-arch-outbound-rdp-distinct-remotes-today',
    question: 'defender - which of our boxes made outbound 3389 conns today? + how many diff remote ips each',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /RemotePort\s*(==|in\s*\()\s*3389\b/,
          /dcount\(\s*RemoteIP\s*\)|count_distinct\(\s*RemoteIP\s*\)/,
          kqlBy('DeviceName'),
          TODAY_KQL,
        ],
      },
    },
  },
  {
    id: 'b59-kql-arch-storage-deletes-rg-renders-month',
    question: 'who deleted storage accts in rg-fwa-renders this month? caller + which resource',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          kqlIs('ResourceGroup', 'rg-fwa-renders'),
          /storage/i,
          /delete/i,
          kqlShows('Caller'),
          kqlShows('_ResourceId'),
          THIS_MONTH_KQL,
        ],
      },
    },
  },
  {
    id: 'b59-kql-arch-localtunnel-this-week',
    question: 'any defender devices talking to loca.lt tunnels this wk?? devicename + process pls',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [/loca\\{0,2}\.lt\b/i, kqlShows('DeviceName'), kqlShows('InitiatingProcessFileName'), THIS_WEEK_KQL],
      },
    },
  },
  // KQL: blood service's information-security officer (formal)
  {
    id: 'b59-kql-blood-ca-policy-changes-since-nov1',
    question:
      'Please list every change made to Conditional Access policies since 1 November 2026, as recorded in the Sentinel directory audit log, stating who made each change and which policy was affected.',
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [/conditional\s*access/i, kqlShows('InitiatedBy'), kqlShows('TargetResources'), kqlSince(NOV_1)],
      },
    },
  },
  {
    id: 'b59-kql-blood-4697-vbs-srv-per-server-7d',
    question:
      'Please provide, from Sentinel, a count per server of the services installed (event 4697) on hosts whose names begin with VBS-SRV during the last 7 days.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4697), kqlPrefix('Computer', 'VBS-SRV'), COUNT_KQL, kqlBy('Computer'), kqlLast('7d|168h')],
      },
    },
  },
  {
    id: 'b59-kql-blood-activesync-signins-per-account-14d',
    question:
      'Please identify the accounts that signed in through Exchange ActiveSync clients during the last 14 days according to Sentinel, together with the number of such sign-ins for each account.',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [/ActiveSync/i, COUNT_KQL, kqlBy('UserPrincipalName|UserId|UserDisplayName'), kqlLast('14d|336h|2w')],
      },
    },
  },
  // KQL: furniture maker (ordinary)
  {
    id: 'b59-kql-oak-sharepoint-deletes-showroom-yesterday',
    question:
      'Who deleted files from our Showroom Designs SharePoint site yesterday? Please use the Office 365 logs in Sentinel.',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [/Delet/i, /Showroom/i, kqlShows('UserId'), YDAY_START_KQL, YESTERDAY_END_KQL],
      },
    },
  },
  {
    id: 'b59-kql-oak-sha1-devices-count-30d',
    question:
      'Has the file with SHA1 3f786850e387550fdab836ed7e6dc881de23001b run on any of our Defender devices in the last 30 days? Which devices, and how many times on each?',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/3f786850e387550fdab836ed7e6dc881de23001b/i, COUNT_KQL, kqlBy('DeviceName'), kqlLast('30d|720h')],
      },
    },
  },
  {
    id: 'b59-kql-oak-top5-countries-outside-uk-7d',
    question:
      'In Sentinel, which 5 countries outside the UK did our oakhollow.co.uk staff sign in from most often over the last week?',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /oakhollow\.co\.uk/i,
          /Location\s*(!=|<>|!~|!in~?|!has|!contains|!startswith)\s*\(?[^|]*["'](GB|UK|United Kingdom)["']|not\(\s*Location[^|]*["'](GB|UK|United Kingdom)["']/i,
          kqlBy('Location'),
          /\|\s*top\s+5\b|\|\s*(take|limit)\s+5\b/,
          kqlLast('7d|168h|1w'),
        ],
      },
    },
  },

  // SPL: architecture practice's IT (terse chat)
  {
    id: 'b59-spl-arch-sysmon-vnc-cad-boxes-7d',
    question: 'splunk sysmon: FWA-CAD-* boxes connecting out on 5900 (vnc) lst 7d, dest ip + image',
    expect: {
      spl: {
        table: 'sysmon',
        has: [
          /FWA-CAD-/i,
          /DestinationPort\s*(=|IN\s*\()\s*"?5900\b/i,
          splShows('DestinationIp'),
          splShows('Image'),
          splLast('7d|168h|1w'),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b59-spl-arch-update-assume-role-policy-since-nov1',
    question: 'cloudtrail: anyone do UpdateAssumeRolePolicy since 1 nov? arn + region + src ip',
    expect: {
      spl: {
        table: 'aws',
        has: [
          /UpdateAssumeRolePolicy/,
          splShows('userIdentity.arn'),
          splShows('awsRegion'),
          splShows('sourceIPAddress'),
          splSince(NOV_1),
        ],
      },
    },
  },
  {
    id: 'b59-spl-arch-portal-404-top20-yesterday',
    question: '404s on portal.fenwright.design yday, top 20 urls',
    expect: {
      spl: {
        table: 'Web',
        has: [
          /portal\.fenwright\.design/i,
          /status\s*(=|IN\s*\()\s*"?404\b/i,
          /\burl\b/,
          splTop(20),
          YESTERDAY_START_SPL,
          YESTERDAY_END_SPL,
        ],
      },
    },
  },
  {
    id: 'b59-spl-arch-fw-bytes-to-cidr-top10-12h',
    question: 'fw traffic: which internal ips sent the most bytes to 198.51.100.0/24 lst 12h, top 10',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /198\.51\.100\.(0\/24|\*)|cidrmatch\(\s*"198\.51\.100\.0\/24"/,
          /sum\(\s*"?(All_Traffic\.)?bytes_out/i,
          splBy('src_ip'),
          splTop(10),
          splLast('12h|720m'),
        ],
      },
    },
  },
  // SPL: blood service's information-security officer (formal)
  {
    id: 'b59-spl-blood-4648-per-account-over-20-prev-month',
    question:
      'Please count, per account, the logons using explicit credentials (event 4648) recorded in the Windows event logs held in Splunk during the previous calendar month, reporting only the accounts with more than 20 such events.',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [
          splEvent(4648),
          COUNT_SPL,
          splBy('user|Account_Name|TargetUserName|src_user'),
          splAbove(20),
          PREV_MONTH_START_SPL,
          PREV_MONTH_END_SPL,
        ],
      },
    },
  },
  {
    id: 'b59-spl-blood-okonkwo-harddelete-today',
    question:
      'Please list, from the Microsoft 365 audit data in Splunk, every HardDelete operation performed by the account d.okonkwo@valeblood.org today, with the client IP address and the object of each.',
    expect: {
      spl: {
        table: 'o365',
        has: [/HardDelete/, /d\.okonkwo@valeblood\.org/i, splShows('ClientIP'), splShows('ObjectId'), TODAY_SPL],
      },
    },
  },
  {
    id: 'b59-spl-blood-userinit-registry-21d',
    question:
      'Please enumerate the modifications of the Winlogon Userinit registry value on our endpoints over the last 21 days, giving the affected host and the value data written.',
    expect: {
      spl: {
        has: [/Userinit/i, splShows('dest|host'), splShows('registry_value_data'), splLast('21d|504h|3w')],
      },
    },
  },
  // SPL: furniture maker (ordinary)
  {
    id: 'b59-spl-oak-auth-failures-per-app-daily-week',
    question: 'In Splunk, how many failed logins did each app have per day this week?',
    expect: {
      spl: {
        has: [/action\s*=\s*"?fail|errorCode/i, COUNT_SPL, DAILY_SPL, splBy('app|appDisplayName'), THIS_WEEK_SPL],
      },
    },
  },
  {
    id: 'b59-spl-oak-azure-spray-ips-over-3-users-24h',
    question:
      "Using Splunk's Azure AD sign-in logs, which IP addresses had failed sign-ins against more than 3 different users in the last 24 hours?",
    expect: {
      spl: {
        table: 'azure',
        has: [
          /(dc|distinct_count)\(\s*"?properties\.userPrincipalName/i,
          splBy('properties.ipAddress'),
          splAbove(3),
          AZURE_FAILED_SPL,
          DAY1_SPL,
        ],
      },
    },
  },
  {
    id: 'b59-spl-oak-wmic-parents-3d',
    question: 'In Splunk, which parent processes launched wmic.exe over the last 3 days, and how many times each?',
    expect: {
      spl: {
        has: [/wmic/i, COUNT_SPL, splBy('ParentImage|parent_process_name|parent_process'), splLast('3d|72h|4320m')],
      },
    },
  },

  // SQL: furniture maker (ordinary, some terse)
  {
    id: 'b59-sql-oak-revenue-per-currency-prev-month',
    question: 'What did we take in per currency last month, leaving out cancelled and refunded orders?',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          sqlGroupBy('currency'),
          sqlWithout('cancell?ed'),
          sqlWithout('refunded'),
          sqlPrevMonthStart('created_at'),
          sqlPrevMonthEnd('created_at'),
        ],
      },
    },
  },
  {
    id: 'b59-sql-oak-sofas-units-monthly-this-year',
    question: 'How many units from the Sofas category did we sell in each month of this year?',
    expect: {
      sql: {
        table: 'order_items',
        has: [sqlIs('category', 'Sofas'), /SUM\(\s*(\w+\.)?quantity\s*\)/i, MONTHLY_SQL, sqlThisYear('created_at')],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b59-sql-oak-customers-spent-over-5000-90d',
    question:
      'Which customers spent more than 5,000 in total over the last 90 days? I need their name, email and total spent, biggest spenders first.',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /HAVING\s+[^;]*SUM\(\s*(\w+\.)?total\s*\)\s*(>\s*5000(\.0+)?\b|>=\s*5000\.01)|WHERE\s+[^;]*(spent|sum)\w*\s*>\s*5000\b/i,
          sqlLast('created_at', '90 days|2160 hours', 90),
          /\bname\b/i,
          /\bemail\b/i,
          DESC_SQL,
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b59-sql-oak-unpaid-invoices-due-next-7-days',
    question: 'Which unpaid invoices fall due within the next 7 days?',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          UNPAID_SQL,
          new RegExp(`due_date\\s*(>=?|BETWEEN)\\s*\\(?\\s*(${sqlNow}|${sqlLiteral}${iso(TODAY)})`, 'i'),
          new RegExp(
            `(due_date\\s*<=?|BETWEEN[^;]*AND)\\s*\\(?\\s*(${sqlNow}\\s*(::\\s*date\\s*)?\\+\\s*(7\\b|8\\b|interval\\s*'(7|8) days?'|interval\\s*'1 week'|'(7|8) days?'\\s*::\\s*interval|make_interval\\(\\s*days\\s*=>\\s*[78]\\s*\\))|${sqlLiteral}(${IN_7_DAYS}))`,
            'i',
          ),
        ],
      },
    },
  },
  {
    id: 'b59-sql-oak-aov-by-segment-quarter',
    question: 'avg order value per customer segment this qtr, excl cancelled ones',
    expect: {
      sql: {
        table: 'orders',
        has: [/AVG\(\s*(\w+\.)?total\s*\)/i, sqlGroupBy('segment'), sqlWithout('cancell?ed'), THIS_QUARTER_SQL],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b59-sql-oak-dining-tables-never-ordered',
    question: 'Which of our active products in the Dining Tables category have never been ordered?',
    expect: {
      sql: {
        table: 'products',
        has: [
          sqlIs('category', 'Dining Tables'),
          ACTIVE_SQL,
          /NOT\s+EXISTS|NOT\s+IN\s*\(\s*SELECT|LEFT\s+JOIN[^;]*IS\s+NULL|\bEXCEPT\b|HAVING\s+COUNT\([^)]*\)\s*=\s*0/i,
        ],
      },
    },
  },
  {
    id: 'b59-sql-oak-workshop-staff-no-login-30d',
    question:
      'Please list the active staff accounts in the Workshop department that have not logged in during the last 30 days, including any that have never logged in at all.',
    expect: {
      sql: {
        table: 'users',
        has: [
          sqlIs('department', 'Workshop'),
          ACTIVE_SQL,
          /last_login_at\s+IS\s+NULL|COALESCE\(\s*(\w+\.)?last_login_at/i,
          new RegExp(
            `last_login_at\\s*(,[^)]*\\))?\\s*<=?\\s*\\(?\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?-\\s*(interval\\s*'(30 days|720 hours)'|'(30 days|720 hours)'\\s*::\\s*interval|30\\b)`,
            'i',
          ),
        ],
      },
    },
  },
  {
    id: 'b59-sql-oak-login-failed-per-ip-over-5-today',
    question: "app db: 'login_failed' events today by ip, only ips w/ more than 5",
    expect: {
      sql: {
        table: 'events',
        has: [sqlIs('event_type', 'login_failed'), sqlGroupBy('ip_address'), sqlCountAbove(5), sqlToday('occurred_at')],
      },
    },
  },
  {
    id: 'b59-sql-oak-overspent-dept-category-fy2026',
    question:
      'For fiscal year 2026, which department and category combinations have spent more than their budget, and by how much?',
    expect: {
      sql: {
        table: 'budget',
        has: [
          /fiscal_year\s*=\s*2026\b/i,
          /spent\s*\)?\s*>\s*(SUM\(\s*)?(\w+\.)?amount|amount\s*\)?\s*<\s*(SUM\(\s*)?(\w+\.)?spent|spent\s*\)?\s*-\s*(SUM\(\s*)?(\w+\.)?amount\s*\)?\s*>\s*0/i,
          /spent\s*\)?\s*-\s*(SUM\(\s*|COALESCE\(\s*)*(\w+\.)?amount/i,
          sqlShows('department'),
          sqlShows('category'),
        ],
      },
    },
  },
  {
    id: 'b59-sql-oak-new-customers-per-country-oct1-nov15',
    question: 'How many new customers signed up from each country between 1 October and 15 November 2026?',
    expect: {
      sql: {
        table: 'customers',
        has: [/COUNT\(/i, sqlGroupBy('country'), sqlFrom('created_at', OCT_1), sqlUntil('created_at', NOV_15)],
      },
    },
  },

  // Two platforms
  {
    id: 'b59-multi-blood-rdp-type10-lims01-both-since-nov27',
    question:
      'Please check both Sentinel and Splunk for successful remote desktop logons (logon type 10) to VBS-SRV-LIMS01 since 27 November 2026, listing the source address and the account for each.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4624),
          /LogonType\s*(==|in\s*\()\s*10\b/,
          /VBS-SRV-LIMS01/i,
          kqlShows('IpAddress'),
          kqlShows('TargetUserName|Account'),
          kqlSince(NOV_27),
        ],
      },
      spl: {
        table: 'wineventlog',
        has: [
          splEvent(4624),
          /Logon_Type\s*(=|IN\s*\()\s*"?10\b/i,
          /VBS-SRV-LIMS01/i,
          splShows('src|Source_Network_Address|src_ip'),
          splShows('user'),
          splSince(NOV_27),
        ],
      },
    },
  },
  {
    id: 'b59-multi-arch-md5-defender-sysmon-14d',
    question: 'md5 e99a18c428cb38d5f260853678922e03 seen anywhere?? defender + splunk sysmon, lst 14d, which hosts',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/e99a18c428cb38d5f260853678922e03/i, kqlShows('DeviceName'), kqlLast('14d|336h|2w')],
      },
      spl: {
        table: 'sysmon',
        has: [/e99a18c428cb38d5f260853678922e03/i, splShows('host'), splLast('14d|336h|2w')],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b59-multi-oak-whitlock-signins-and-app-events-3d',
    question:
      'One of our shop admins, j.whitlock@oakhollow.co.uk, thinks her account was misused. Can you pull her Sentinel sign-ins for the last 3 days, and everything her account did in our shop app database over the same 3 days?',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [kqlIs('UserPrincipalName', 'j\\.whitlock@oakhollow\\.co\\.uk'), kqlLast('3d|72h')],
      },
      sql: {
        table: 'events',
        has: [/j\.whitlock@oakhollow\.co\.uk/i, sqlLast('occurred_at', '3 days|72 hours', 3)],
      },
    },
  },
  {
    id: 'b59-multi-arch-anonymous-links-both-per-user-7d',
    question: 'anon sharing links (AnonymousLinkCreated) lst 7d, sentinel AND splunk, count per user',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [/AnonymousLinkCreated/, COUNT_KQL, kqlBy('UserId'), kqlLast('7d|168h|1w')],
      },
      spl: {
        table: 'o365',
        has: [/AnonymousLinkCreated/, COUNT_SPL, splBy('UserId'), splLast('7d|168h|1w')],
      },
    },
  },
  {
    id: 'b59-multi-oak-black-friday-orders-and-5xx-hourly-nov27',
    question:
      'Black Friday check: can you give me the number of orders per hour on 27 November 2026 from our shop database, and the hourly count of 5xx errors on shop.oakhollow.co.uk for that same day?',
    expect: {
      spl: {
        table: 'Web',
        has: [
          /shop\.oakhollow\.co\.uk/i,
          STATUS_5XX_SPL,
          COUNT_SPL,
          HOURLY_SPL,
          splSince(NOV_27),
          new RegExp(
            `latest\\s*=\\s*"?(${splDate(NOV_28)}|${usDate(NOV_27)}:23:59|${iso(NOV_27)}T23:59|${NOV_28.getTime() / 1000 - 1})`,
          ),
        ],
      },
      sql: {
        table: 'orders',
        has: [
          HOURLY_SQL,
          /COUNT\(/i,
          new RegExp(
            `${sqlSince('created_at', NOV_27).source}|${sqlDayOf('created_at')}\\s*=\\s*${sqlLiteral}${iso(NOV_27)}`,
            'i',
          ),
          new RegExp(
            `${sqlUntil('created_at', NOV_27).source}|${sqlDayOf('created_at')}\\s*=\\s*${sqlLiteral}${iso(NOV_27)}`,
            'i',
          ),
        ],
      },
    },
  },

  // Clarification: nothing to act on
  {
    id: 'b59-clarify-duty-manager-go-ahead',
    question: 'As agreed with the duty manager this morning, please go ahead with it and let me know once it is done.',
    clarification: true,
  },
  {
    id: 'b59-clarify-redo-for-render-farm',
    question: 'pls redo that for the render farm too, ta',
    clarification: true,
  },
];

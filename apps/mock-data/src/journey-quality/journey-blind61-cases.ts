import type { JourneyCase } from './journey-cases';
import {
  COUNT_KQL,
  COUNT_SPL,
  DAY1_SPL,
  DESC_SQL,
  FAILED_SIGNIN_KQL,
  HOURLY_KQL,
  LAST_MONTH_END,
  NOT_CUSTOMER_DATE_SQL,
  TODAY_KQL,
  UNPAID_SQL,
  WEEKLY_SQL,
  YESTERDAY_END_KQL,
  YESTERDAY_END_SPL,
  YESTERDAY_START_KQL,
  YESTERDAY_START_SPL,
  dots,
  kqlAbove,
  kqlBy,
  kqlEvent,
  kqlIs,
  kqlLast,
  kqlPrefix,
  kqlShows,
  kqlSince,
  kqlTop,
  splAbove,
  splBy,
  splEvent,
  splLast,
  splShows,
  splSince,
  splTop,
  sqlGroupBy,
  sqlInterval,
  sqlIs,
  sqlLast,
  sqlNow,
  sqlShows,
  sqlSince,
  sqlThis,
  sqlUntil,
  topSql,
} from './journey-patterns';
import {
  LAST_MONTH_START,
  MONDAY,
  MONTH_START,
  YEAR,
  YEAR_START,
  iso,
  kqlDate,
  splDate,
  usDate,
} from './journey-dates';

/**
 * The "blind61" journey-quality set, written blind on 2026-11-29 (01:38–02:05 UTC). I did not read the query
 * builders (apps/mock-data/src/query/**), the constraint extractor or routing code (libs/planner-core),
 * planner-llm, the planner app, the git history of any of them, any failure list, or another blind author's work
 * in progress, and I did not run the planner on any question: the first run is the lead's.
 * I read: TEAM.md and BLIND.md, the `JourneyCase` / `QueryCheck` types in journey-cases.ts, journey-dates.ts,
 * journey-patterns.ts (most window and shape checks are imported from it), journey-checkers.ts, run-journeys.ts
 * (to register the set), the mesh's schemas (kql/spl/sql.json, the files the bundled-schemas module loads),
 * blind55's file as the format example (its questions, personas and values are not reused) and, by grep, the
 * question lines of the other blind sets (to steer away from their values and wordings).
 * Personas (new, organisations invented):
 * - a bike-share operator's on-call platform engineer (Spokewise, spokewise.io, SW-DOCK-* docking-station
 *   gateways; terse chat with abbreviations and typos, AWS and Azure): a bot account's sign-ins from abroad,
 *   script hosts on the docks, Azure write ops in a resource group, a SHA1 lookup, KMS key disabling, S3 access
 *   denials, 404s on the dock API, pending CHF orders, unpaid invoices coming due, pricey inactive products,
 *   Invoke-WebRequest on SW-* boxes;
 * - a cinema chain's security engineer (Marquee Row Cinemas, marqueerow.com, MRC-* hosts: POS tills, kiosks,
 *   projection servers; formal write-up sentences): service installs (4697) on tills, a ticket-sync service
 *   account's failed logons, WinRM fan-out, anonymous SharePoint links, account unlocks (4767), DNS lookups of
 *   .top domains from kiosks, Set-InboxRule, disabled-account sign-in attempts per IP, over-budget departments,
 *   VPN-range app logins, a projection service account's logons, an executive's failed sign-ins;
 * - a greenhouse cooperative's finance and member-services staff (Tallgrass Greenhouse Cooperative,
 *   tallgrass.coop; ordinary sentences): failed sign-ins per app, Entra group changes, hourly portal sign-ins,
 *   port 3306 data out, mshta runs, a member's failed logins, average order value per currency, top categories by
 *   line revenue, weekly invoicing, Benelux customers with no order, active users per department and role, a
 *   member's account check across Sentinel and the app database, one address in Splunk's web data and the app.
 * Styles: about a third formal full sentences, a third ordinary, a third terse chat. No question names a query
 * language; a question names its store (Sentinel, Defender, Splunk, Sysmon, "Splunk's Azure AD data", the
 * firewall / web / endpoint data in Splunk) whenever the schemas hold that data in more than one store;
 * AzureActivity, CloudTrail and the business tables are asked for without a store name.
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform (3 KQL + SPL, 1 KQL + SQL, 1 SPL + SQL), 2 clarification (38).
 * Values: UPNs (ops-bot@spokewise.io, r.ambrose@marqueerow.com, j.okafor@tallgrass.coop), service accounts
 * (svc_ticketsync, svc_projsync), a user (mdelacroix), host prefixes (SW-DOCK-*, SW-*, MRC-POS-*, MRC-KIOSK-*,
 * MRC-PROJ-*), an IP (198.18.44.21) and a CIDR (10.88.0.0/16), a country (NL), event IDs (4697, 4625, 4767, 22,
 * 4624), Azure AD error 50057, ports (5985, 3306), process names (wscript/cscript, mshta), a SHA1, a domain suffix
 * (.top), a web host, HTTP 404, a resource group, CloudTrail events (DisableKey, ScheduleKeyDeletion), an S3 error
 * (AccessDenied), O365 operations (AnonymousLinkCreated, Set-InboxRule, "Add member to group"), a SharePoint
 * site, an app (Ticketing Portal), currencies (CHF), amounts (1,000, 200), statuses (pending, cancelled),
 * countries (Netherlands, Belgium), a fiscal year, departments and roles, an event type (login).
 * Shapes: counts, distinct counts (with a threshold), sums (of a product of two columns, of bytes), averages,
 * top N (3, 5, 10, 20), hourly / daily / weekly buckets, group by X (and Y), HAVING on two sums, ordering, columns
 * to show, negations / absences (outside a country, never ordered, not cancelled, not paid, inactive).
 * Windows: last N hours/days (2d, 3h, 4h, 6h, 8h, 12h, 24h, 36h, 48h, 3d, 5d, 14d, 30d, 90d), today, yesterday
 * (both ends), since yesterday, since Monday, this month, this year, the previous calendar month (both ends),
 * since explicit dates (1 Oct, 1 Nov, 21 Nov 2026), explicit ranges (2–9 Nov, 1–15 Nov 2026), a fiscal year, and
 * conditions that are not windows (due in the next 7 days, pending for more than 3 days, active, inactive).
 * Checks accept every spelling I could think of for the same condition and reject only queries that do not answer
 * the question. Before committing I checked every case against queries I wrote by hand (one per platform of each
 * case; a scratch script, not committed, calling the real checkers from journey-checkers.ts): every `has`
 * matched, no `not` did, and the Kusto analyser, the SPL check and PostgreSQL reported no problem. Not run on the
 * planner.
 */

/** Explicit days the questions name. */
const OCT_1 = new Date(Date.UTC(2026, 9, 1));
const NOV_1 = new Date(Date.UTC(2026, 10, 1));
const NOV_2 = new Date(Date.UTC(2026, 10, 2));
const NOV_9 = new Date(Date.UTC(2026, 10, 9));
const NOV_10 = new Date(Date.UTC(2026, 10, 10));
const NOV_15 = new Date(Date.UTC(2026, 10, 15));
const NOV_21 = new Date(Date.UTC(2026, 10, 21));

/** An address the cinema's web team flagged. */
const FLAGGED_IP = '198.18.44.21';

// KQL
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
/** A column compared to a value with any KQL string operator, the value anywhere in the comparison. */
const kqlMatches = (column: string, value: string) =>
  new RegExp(
    `${column}\\s*(has|contains|startswith|endswith|=~|==|matches\\s+regex|(in~?|has_any|has_all)\\s*\\()[^|]*${value}`,
    'i',
  );

// SPL
/** Since Monday (SPL): the week snapped to Monday, or the day itself. */
const SINCE_MONDAY_SPL = new RegExp(`earliest\\s*=\\s*"?(@w1|-0w@w1|${splDate(MONDAY)})`);
/** A daily bucket (SPL). */
const DAILY_SPL = /span\s*=\s*"?(1d|24h|1day)\b|strftime\([^)]*%(Y-%m-%d|F|d)/;
/** Windows Security event IDs, which must never be applied to sysmon (SPL). */
const WINDOWS_SECURITY_IDS_SPL = /EventCode\s*=\s*"?(4624|4625|4648|4672|4688|4697|4767)\b/;
/** Biggest first (SPL): `sort -x`, `sort 10 -x`, `sort x desc`. */
const SORT_DESC_SPL = /\|\s*sort\s+(\d+\s+)?-\s*"?\w|\|\s*sort\s+[^|]*\bdesc\b/i;
/** An end bound on an explicit last day (SPL): before the next day, or up to the last day's 23:59. */
const splUntil = (lastDay: Date, nextDay: Date) =>
  new RegExp(
    `latest\\s*=\\s*"?(${splDate(nextDay)}|${usDate(lastDay)}:23:59|${iso(lastDay)}T23:59|${nextDay.getTime() / 1000 - 1})`,
  );
/** A failed sign-in in Splunk's Azure AD data: a non-zero error code. */
const FAILED_AZURE_SPL =
  /errorCode"?\s*(!=\s*"?0|>\s*"?0|=\s*"?[1-9])|NOT\s+"?properties\.status\.errorCode"?\s*=\s*"?0|errorCode"?\s*IN\s*\(\s*"?[1-9]/i;

// SQL
/** This calendar year on a column (SQL). */
const sqlThisYear = (column: string) =>
  new RegExp(
    `${sqlThis(column, 'year', YEAR_START).source}|EXTRACT\\(\\s*YEAR\\s+FROM\\s+(\\w+\\.)?(${column})\\s*\\)\\s*=\\s*(${YEAR}|EXTRACT\\(\\s*YEAR\\s+FROM\\s+${sqlNow})|date_part\\(\\s*'year'\\s*,\\s*(\\w+\\.)?(${column})\\s*\\)\\s*=\\s*${YEAR}`,
    'i',
  );
/** No matching row in another table (SQL). */
const ABSENT_SQL =
  /NOT\s+EXISTS|NOT\s+IN\s*\(\s*SELECT|LEFT\s+(OUTER\s+)?JOIN[^;]*IS\s+NULL|EXCEPT|HAVING\s+[^;]*COUNT\([^)]*\)\s*=\s*0/i;

export const BLIND61_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: bike-share on-call engineer (terse chat)
  {
    id: 'b61-kql-bikes-ops-bot-signins-outside-nl-2d',
    question: 'sentinel signins for ops-bot@spokewise.io from outside NL lst 2d?? need ip + location',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('UserPrincipalName', 'ops-bot@spokewise\\.io'),
          /Location\s*(!=|!~|<>|!has|!contains|!in~?\s*\()\s*\(?\s*["'](NL|Netherlands)|not\s*\(\s*Location\s*(==|=~|has|in~?\s*\()[^)]*["'](NL|Netherlands)|Location\s*!in~?\s*\([^)]*["'](NL|Netherlands)/i,
          kqlShows('IPAddress'),
          kqlLast('2d|48h|2880m'),
        ],
      },
    },
  },
  {
    id: 'b61-kql-bikes-script-hosts-sw-dock-today',
    question: 'defender: wscript or cscript running on SW-DOCK-* boxes today? acct + cmdline pls',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /wscript/i,
          /cscript/i,
          kqlPrefix('DeviceName', 'SW-DOCK-'),
          kqlShows('AccountName'),
          kqlShows('ProcessCommandLine'),
          TODAY_KQL,
        ],
      },
    },
  },
  {
    id: 'b61-kql-bikes-top5-callers-write-ops-rg-fleet-api-14d',
    question: 'top 5 callers by nr of azure write ops in rg-fleet-api, lst 14 days',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          kqlIs('ResourceGroup', 'rg-fleet-api'),
          kqlMatches('OperationNameValue', 'write'),
          COUNT_KQL,
          kqlBy('Caller'),
          kqlTop(5),
          kqlLast('14d|336h|2w'),
        ],
      },
    },
  },
  {
    id: 'b61-kql-bikes-sha1-lookup-defender-30d',
    question: 'hash lookup in defender pls - sha1 5e0c7a2f9b14d3c68a1e27f04b9d6c3a81f5e2d7, any device lst 30d',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/SHA1/, /5e0c7a2f9b14d3c68a1e27f04b9d6c3a81f5e2d7/i, kqlLast('30d|720h')],
      },
    },
  },
  // KQL: greenhouse cooperative (ordinary)
  {
    id: 'b61-kql-coop-top10-apps-failed-signins-yesterday',
    question: 'Which 10 applications had the most failed sign-ins in Sentinel yesterday?',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          FAILED_SIGNIN_KQL,
          COUNT_KQL,
          kqlBy('AppDisplayName'),
          kqlTop(10),
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b61-kql-coop-entra-group-adds-per-initiator-prev-month',
    question:
      'In the Sentinel audit log, who added people to Entra ID groups last calendar month, and how many times did each of them do it?',
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [
          /Add member to group/i,
          COUNT_KQL,
          /\bby\s+[^|]*(InitiatedBy|Actor|Initiat\w*|\w*User\w*|\w*UPN\w*|\w*By|Caller|Admin\w*|Who|Principal\w*|Identity)\b/,
          LAST_MONTH_START_KQL,
          LAST_MONTH_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b61-kql-coop-ticketing-portal-hourly-today',
    question: 'How many sign-ins did the Ticketing Portal app get in Sentinel each hour today?',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [kqlMatches('AppDisplayName', 'Ticketing Portal'), COUNT_KQL, HOURLY_KQL, TODAY_KQL],
      },
    },
  },
  // KQL: cinema chain's security engineer (formal)
  {
    id: 'b61-kql-cinema-4697-service-installs-pos-5d',
    question:
      'Please list every service installation recorded as event 4697 in Sentinel on the point-of-sale tills (computer names beginning MRC-POS-) over the last 5 days, giving the computer, the service name and the installing account.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4697),
          kqlPrefix('Computer', 'MRC-POS-'),
          kqlShows('Computer'),
          kqlShows('ServiceName'),
          kqlShows('SubjectUserName|Account'),
          kqlLast('5d|120h'),
        ],
      },
    },
  },
  {
    id: 'b61-kql-cinema-svc-ticketsync-4625-distinct-workstations-since-nov21',
    question:
      'Please establish from how many distinct workstations the service account svc_ticketsync has failed to log on (event 4625) according to Sentinel since 21 November 2026.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4625),
          /svc_ticketsync/i,
          /dcount\(\s*(WorkstationName|IpAddress)\s*\)|\|\s*distinct\s+[^|]*(WorkstationName|IpAddress)/,
          kqlSince(NOV_21),
        ],
      },
    },
  },
  {
    id: 'b61-kql-cinema-winrm-fanout-over-50-36h',
    question:
      'Please identify, from Defender, the devices that opened more than 50 outbound connections to remote port 5985 in the last 36 hours, with the number of connections for each.',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /RemotePort\s*(==|in\s*\()\s*5985\b/,
          COUNT_KQL,
          kqlBy('DeviceName|DeviceId'),
          kqlAbove(50),
          kqlLast('36h|2160m|1\\.5d'),
        ],
      },
    },
  },
  {
    id: 'b61-kql-cinema-anonymous-links-finance-site-since-nov1',
    question:
      "Please enumerate, from Sentinel's Office 365 activity, the anonymous sharing links created on the Finance SharePoint site (marqueerow.sharepoint.com/sites/Finance) since 1 November 2026, stating the user and the file concerned.",
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [
          /AnonymousLinkCreated/,
          /(Site_Url|OfficeObjectId)\s*(has|contains|startswith|=~|==|matches\s+regex|(in~?|has_any)\s*\()[^|]*sites\/Finance/i,
          kqlShows('UserId'),
          kqlShows('SourceFileName|OfficeObjectId'),
          kqlSince(NOV_1),
        ],
      },
    },
  },

  // SPL: bike-share on-call engineer (terse chat)
  {
    id: 'b61-spl-bikes-kms-disable-delete-24h',
    question: 'anyone DisableKey or ScheduleKeyDeletion on kms lst 24h? count by arn',
    expect: {
      spl: {
        table: 'aws',
        has: [/DisableKey/, /ScheduleKeyDeletion/, COUNT_SPL, splBy('userIdentity.arn'), DAY1_SPL],
      },
    },
  },
  {
    id: 'b61-spl-bikes-s3-accessdenied-per-src-ip-3h',
    question: 's3 AccessDenied errs past 3h, how many per source ip',
    expect: {
      spl: {
        table: 'aws',
        has: [/AccessDenied/, /s3/i, COUNT_SPL, splBy('sourceIPAddress'), splLast('3h|180m')],
      },
    },
  },
  {
    id: 'b61-spl-bikes-dock-api-404-top20-since-yesterday',
    question: '404s on dock-api.spokewise.io since yday - top 20 urls',
    expect: {
      spl: {
        table: 'Web',
        has: [
          /dock-api\.spokewise\.io/i,
          /status\s*(=|==|IN\s*\()\s*"?404\b/i,
          /\burl\b/,
          splTop(20),
          YESTERDAY_START_SPL,
        ],
      },
    },
  },
  // SPL: greenhouse cooperative (ordinary)
  {
    id: 'b61-spl-coop-top10-src-bytes-out-3306-5d',
    question:
      'Which 10 internal addresses sent the most data out on port 3306 according to the firewall traffic in Splunk over the past 5 days?',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /dest_port\s*(=|IN\s*\()\s*"?3306\b/,
          /sum\(\s*"?(All_Traffic\.)?bytes_out/i,
          splBy('src_ip'),
          SORT_DESC_SPL,
          new RegExp(`${splTop(10).source}|\\|\\s*sort\\s+(limit\\s*=\\s*)?10\\s+-`),
          splLast('5d|120h'),
        ],
      },
    },
  },
  {
    id: 'b61-spl-coop-mshta-endpoint-48h',
    question:
      "Using Splunk's endpoint process data, which machines ran mshta.exe in the last 48 hours, and under which user?",
    expect: {
      spl: {
        table: 'Endpoint.Processes',
        has: [/mshta/i, splShows('dest|host'), splShows('user'), splLast('48h|2d|2880m')],
      },
    },
  },
  {
    id: 'b61-spl-coop-mdelacroix-failed-auth-daily-2w',
    question:
      'From the authentication data model in Splunk, can I get a daily count of failed logins for the user mdelacroix over the last two weeks?',
    expect: {
      spl: {
        table: 'Authentication',
        has: [
          /mdelacroix/i,
          /action\s*(=|IN\s*\()\s*"?fail|action\s*!=\s*"?succe/i,
          COUNT_SPL,
          DAILY_SPL,
          splLast('14d|2w|336h'),
        ],
      },
    },
  },
  // SPL: cinema chain's security engineer (formal)
  {
    id: 'b61-spl-cinema-4767-unlocks-nov2-9',
    question:
      'Please report, from the Windows event logs held in Splunk, every account unlock (event 4767) between 2 and 9 November 2026 inclusive, with the unlocked account and the host.',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [splEvent(4767), splShows('user'), splShows('host|dest'), splSince(NOV_2), splUntil(NOV_9, NOV_10)],
      },
    },
  },
  {
    id: 'b61-spl-cinema-kiosk-dns-top-12h',
    question:
      'Please identify, from the Sysmon data in Splunk, the DNS queries (event 22) for domains ending in .top made by the ticket kiosks (hosts MRC-KIOSK-*) in the past 12 hours, with the host, the querying image and the name queried.',
    expect: {
      spl: {
        table: 'sysmon',
        has: [
          /EventCode\s*(=|IN\s*\()\s*"?22\b/,
          /QueryName\s*=\s*"?\*\.top\b|(like|match)\(\s*QueryName\s*,[^)]*top|QueryName[^|]*\.top\b/i,
          /\bhost\s*(=|IN\s*\()\s*"?MRC-KIOSK-|(like|match)\(\s*host\s*,\s*"\^?MRC-KIOSK-/i,
          splShows('Image'),
          splShows('QueryName'),
          splLast('12h|720m'),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b61-spl-cinema-set-inboxrule-per-user-since-monday',
    question:
      'Please count, per user, the Set-InboxRule operations in the Microsoft 365 audit data in Splunk since Monday.',
    expect: {
      spl: {
        table: 'o365',
        has: [/Set-InboxRule/i, COUNT_SPL, splBy('UserId'), SINCE_MONDAY_SPL],
      },
    },
  },
  {
    id: 'b61-spl-cinema-50057-distinct-users-per-ip-over-3-4h',
    question:
      "Please determine, from Splunk's Azure AD data, which source IP addresses attempted sign-ins to disabled accounts (error 50057) against more than 3 distinct users during the last 4 hours.",
    expect: {
      spl: {
        table: 'azure',
        has: [
          /50057/,
          /(dc|distinct_count)\(\s*"?properties\.userPrincipalName/,
          splBy('properties.ipAddress'),
          splAbove(3),
          splLast('4h|240m'),
        ],
      },
    },
  },

  // SQL: greenhouse cooperative (ordinary)
  {
    id: 'b61-sql-coop-aov-per-currency-not-cancelled-month',
    question: "What's our average order value in each currency this month, leaving out cancelled orders?",
    expect: {
      sql: {
        table: 'orders',
        has: [
          /AVG\(\s*(\w+\.)?total\s*\)/i,
          sqlGroupBy('currency'),
          /status\s*\)?\s*(<>|!=)\s*'cancell?ed'|status\s*\)?\s*NOT\s+(IN\s*\([^)]*|I?LIKE\s*)'cancell?ed'|NOT\s*\(?\s*(\w+\.)?status\s*(=|IN)/i,
          sqlThis('created_at', 'month', MONTH_START),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b61-sql-coop-top3-categories-line-revenue-90d',
    question: 'Which 3 product categories brought in the most money from order lines over the last 90 days?',
    expect: {
      sql: {
        table: 'order_items',
        has: [
          /SUM\(\s*(\w+\.)?(quantity\s*\*\s*(\w+\.)?unit_price|unit_price\s*\*\s*(\w+\.)?quantity)\s*\)/i,
          sqlGroupBy('category'),
          DESC_SQL,
          topSql(3),
          sqlLast('created_at', '90 days?|3 months?', 90),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b61-sql-coop-weekly-invoicing-since-oct1',
    question: 'How many invoices did we issue each week since 1 October 2026, and for how much in total?',
    expect: {
      sql: {
        table: 'invoices',
        has: [WEEKLY_SQL, /COUNT\(/i, /SUM\(\s*(\w+\.)?amount\s*\)/i, sqlSince('issued_at', OCT_1)],
      },
    },
  },
  {
    id: 'b61-sql-coop-benelux-signups-this-year-no-orders',
    question: 'Which customers from the Netherlands or Belgium signed up this year but have never placed an order?',
    expect: {
      sql: {
        table: 'customers',
        has: [/'(Netherlands|NL)'/i, /'(Belgium|BE)'/i, sqlThisYear('created_at'), ABSENT_SQL],
      },
    },
  },
  {
    id: 'b61-sql-coop-active-users-per-department-role',
    question: 'How many active users does our app have in each department, split by role?',
    expect: {
      sql: {
        table: 'users',
        has: [
          /active\s*(=\s*(true|'t(rue)?')|IS\s+TRUE)|(WHERE|AND)\s+(\w+\.)?active\s*(\n|$|GROUP|ORDER|AND\b|\))/i,
          /COUNT\(/i,
          sqlGroupBy('department'),
          sqlGroupBy('role'),
        ],
      },
    },
  },
  // SQL: bike-share on-call engineer (terse chat)
  {
    id: 'b61-sql-bikes-unpaid-due-next-7d-per-currency',
    question: 'unpaid invoices due in the nxt 7 days - total per currency',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          UNPAID_SQL,
          new RegExp(
            `due_date\\s*(<=?|BETWEEN[^;]*AND)\\s*\\(?\\s*${sqlNow}\\s*(::\\s*date\\s*)?\\+\\s*(${sqlInterval('7 days?|1 weeks?')}|7\\b)`,
            'i',
          ),
          new RegExp(`due_date\\s*(>=?|BETWEEN)\\s*\\(?\\s*${sqlNow}`, 'i'),
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          sqlGroupBy('currency'),
        ],
      },
    },
  },
  {
    id: 'b61-sql-bikes-inactive-products-over-200',
    question: 'inactive products still listd above 200? name + price',
    expect: {
      sql: {
        table: 'products',
        has: [
          /active\s*(=\s*(false|'f(alse)?')|IS\s+(FALSE|NOT\s+TRUE))|NOT\s+(\w+\.)?active\b/i,
          /list_price\s*>\s*200(\.0+)?\b/i,
          sqlShows('name'),
          sqlShows('list_price'),
        ],
      },
    },
  },
  {
    id: 'b61-sql-bikes-pending-chf-over-1000-older-3d',
    question: 'CHF orders over 1000 stuck in pending for more than 3 days?',
    expect: {
      sql: {
        table: 'orders',
        has: [
          sqlIs('status', 'pending'),
          sqlIs('currency', 'CHF'),
          /total\s*>\s*1000(\.0+)?\b/i,
          new RegExp(
            `created_at\\s*<=?\\s*\\(?\\s*${sqlNow}\\s*(::\\s*date\\s*)?-\\s*(${sqlInterval('3 days?|72 hours')}|3\\b)|(age\\(\\s*(${sqlNow}\\s*,\\s*)?(\\w+\\.)?created_at\\s*\\)|${sqlNow}\\s*-\\s*(\\w+\\.)?created_at)\\s*>=?\\s*${sqlInterval('3 days?|72 hours')}`,
            'i',
          ),
        ],
      },
    },
  },
  // SQL: cinema chain (formal)
  {
    id: 'b61-sql-cinema-departments-over-budget-fy2026',
    question:
      'Please list, for fiscal year 2026, every department whose total spend exceeds its total budget, showing both totals.',
    expect: {
      sql: {
        table: 'budget',
        has: [
          /fiscal_year\s*=\s*2026\b/i,
          /SUM\(\s*(\w+\.)?spent\s*\)/i,
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          sqlGroupBy('department'),
          /HAVING\s+[^;]*SUM\(\s*(\w+\.)?(spent\s*\)\s*>\s*SUM\(\s*(\w+\.)?amount|amount\s*\)\s*<\s*SUM\(\s*(\w+\.)?spent)|(WHERE|AND)\s+\w*spent\w*\s*>\s*\w*(amount|budget)\w*|HAVING\s+[^;]*SUM\(\s*(\w+\.)?spent\s*\)\s*-\s*SUM\(\s*(\w+\.)?amount\s*\)\s*>\s*0/i,
        ],
      },
    },
  },
  {
    id: 'b61-sql-cinema-vpn-range-distinct-login-users-nov1-15',
    question:
      'Please state how many distinct users logged in to the application from the VPN range 10.88.0.0/16 between 1 and 15 November 2026, according to the application database.',
    expect: {
      sql: {
        table: 'events',
        has: [
          /COUNT\(\s*DISTINCT\s+(\w+\.)?user_id\s*\)/i,
          /login|log_in|sign_?in/i,
          /ip_address\s*(<<=?|&&)\s*'10\.88\.0\.0\/16'|'10\.88\.0\.0\/16'\s*(::\s*\w+\s*)?>>=?\s*(\w+\.)?ip_address|((host|text)\(\s*(\w+\.)?ip_address\s*\)|ip_address\s*::\s*text)\s*(I?LIKE)\s*'10\.88\.%/i,
          sqlSince('occurred_at', NOV_1),
          sqlUntil('occurred_at', NOV_15),
        ],
      },
    },
  },

  // Two platforms
  {
    id: 'b61-multi-cinema-svc-projsync-4624-proj-both-yesterday',
    question:
      'Please review the successful logons (event 4624) by the service account svc_projsync on the projection servers (MRC-PROJ-*) yesterday, in both Sentinel and Splunk, summarised by host.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4624), /svc_projsync/i, /MRC-PROJ-/i, kqlBy('Computer'), YESTERDAY_START_KQL, YESTERDAY_END_KQL],
      },
      spl: {
        table: 'wineventlog',
        has: [
          splEvent(4624),
          /svc_projsync/i,
          /MRC-PROJ-/i,
          splBy('host|dest|Computer'),
          YESTERDAY_START_SPL,
          YESTERDAY_END_SPL,
        ],
      },
    },
  },
  {
    id: 'b61-multi-bikes-invoke-webrequest-sw-6h',
    question: 'any procs w/ Invoke-WebRequest in the cmdline on SW-* boxes lst 6h? chk defender + sysmon',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/Invoke-WebRequest/i, kqlPrefix('DeviceName', 'SW-'), kqlShows('ProcessCommandLine'), kqlLast('6h|360m')],
      },
      spl: {
        table: 'sysmon',
        has: [
          /Invoke-WebRequest/i,
          /\bhost\s*(=|IN\s*\()\s*"?SW-|(like|match)\(\s*host\s*,\s*"\^?SW-/i,
          splLast('6h|360m'),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b61-multi-coop-member-account-signins-and-app-logins-3d',
    question:
      "A member thinks someone else used her account. Could you pull j.okafor@tallgrass.coop's sign-ins from Sentinel for the last 3 days, and her login events in our app database over the same period?",
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [kqlIs('UserPrincipalName', 'j\\.okafor@tallgrass\\.coop'), kqlLast('3d|72h|4320m')],
      },
      sql: {
        table: 'events',
        has: [/j\.okafor@tallgrass\.coop/i, /login|log_in|sign_?in/i, sqlLast('occurred_at', '3 days?|72 hours', 3)],
      },
    },
  },
  {
    id: 'b61-multi-coop-flagged-ip-web-and-app-since-monday',
    question: `Can you check what ${FLAGGED_IP} did since Monday: its requests in Splunk's web data and any events from that address in our app database?`,
    expect: {
      spl: {
        table: 'Web',
        has: [new RegExp(dots(FLAGGED_IP)), SINCE_MONDAY_SPL],
      },
      sql: {
        table: 'events',
        has: [
          new RegExp(
            `ip_address\\s*(::\\s*\\w+\\s*)?(=|<<=?)\\s*(inet\\s*)?'${dots(FLAGGED_IP)}|host\\(\\s*(\\w+\\.)?ip_address\\s*\\)\\s*=\\s*'${dots(FLAGGED_IP)}`,
            'i',
          ),
          sqlThis('occurred_at', 'week', MONDAY),
        ],
      },
    },
  },
  {
    id: 'b61-multi-cinema-ambrose-failed-signins-both-8h',
    question:
      "Please compare the failed sign-ins of r.ambrose@marqueerow.com over the last 8 hours in Sentinel and in Splunk's Azure AD data.",
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [kqlIs('UserPrincipalName', 'r\\.ambrose@marqueerow\\.com'), FAILED_SIGNIN_KQL, kqlLast('8h|480m')],
      },
      spl: {
        table: 'azure',
        has: [/r\.ambrose@marqueerow\.com/i, FAILED_AZURE_SPL, splLast('8h|480m')],
      },
    },
  },

  // Clarification: nothing to act on
  {
    id: 'b61-clarify-regional-review-usual-numbers',
    question:
      'Further to my earlier note, would you kindly prepare the usual figures for the regional review and forward them to me?',
    clarification: true,
  },
  { id: 'b61-clarify-same-as-yday-other-one', question: 'same as yday but 4 the other one pls', clarification: true },
];

import type { JourneyCase } from './journey-cases';
import {
  COUNT_KQL,
  COUNT_SPL,
  DAILY_KQL,
  DAY1_KQL,
  DESC_SQL,
  FAILED_SIGNIN_KQL,
  LAST_MONTH_END,
  MONTHLY_SQL,
  NOT_CUSTOMER_DATE_SQL,
  THIS_MONTH_KQL,
  THIS_MONTH_SPL,
  THIS_WEEK_KQL,
  THIS_WEEK_SPL,
  TODAY_KQL,
  TODAY_SPL,
  UNPAID_SQL,
  WEEKLY_SQL,
  WINDOWS_SECURITY_IDS_SPL,
  YESTERDAY_END_KQL,
  YESTERDAY_END_SPL,
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
  sqlCountAbove,
  sqlGroupBy,
  sqlInterval,
  sqlIs,
  sqlLast,
  sqlNow,
  sqlPrevMonthEnd,
  sqlPrevMonthStart,
  sqlShows,
  sqlThis,
  sqlToday,
  topSql,
} from './journey-patterns';
import {
  DAY_MS,
  LAST_MONTH_START,
  MONTH_START,
  TODAY,
  YEAR,
  YEAR_START,
  YESTERDAY,
  iso,
  kqlDate,
  sqlLiteral,
  splDate,
  usDate,
} from './journey-dates';

/**
 * The "blind63" journey-quality set, written blind on 2026-11-29 (04:22–05:20 UTC). I did not read the query
 * builders (apps/mock-data/src/query/** apart from the bundled-schemas module), the constraint extractor or routing
 * code (libs/planner-core), planner-llm, the planner app, the git history of any of them, any failure list, or
 * another blind author's work in progress, and I did not run the planner, the mesh or eval:journeys on any
 * question: the first run is the lead's.
 * I read: TEAM.md and BLIND.md, the `JourneyCase` / `QueryCheck` types in journey-cases.ts, journey-dates.ts,
 * journey-patterns.ts (the shared window and shape patterns, imported), journey-checkers.ts, run-journeys.ts (to
 * register the set), the mesh's schemas (apps/mock-data/schemas/kql|spl|sql.json, the files the bundled-schemas
 * module loads), blind55's file as the format example (its questions, personas and values are not reused) and
 * the question lines / persona headers of the other blind sets (to avoid their personas and wordings).
 * Personas (new, organisations invented):
 * - a theme park's IT operations tech (Wyvern Hollow Adventure Park, wyvernhollow.com, TIX-* ticket kiosks,
 *   RIDE-CTRL-* ride-control PCs; terse chat with abbreviations and typos): a kiosk account's failed sign-ins by
 *   app and IP, node.exe under Excel on kiosks, failed Azure operations per resource group, WinRM fan-out from
 *   ride PCs, CloudTrail login-profile changes, 404s on the ticket site, distinct AAD users per app in Splunk,
 *   Sysmon DNS lookups of *.pages.dev, a camera service account's 4625s in both SIEMs, an RDS cluster deletion
 *   against the app database's restore events;
 * - a hotel group's information-security officer (Calloway Grand Hotels, callowaygrand.com, CGH-* hosts, the
 *   CGH-PMS-01 property-management server, CGH-FD-* front-desk PCs; formal full sentences): accounts over a 4625
 *   threshold, scheduled-task creation (4698), a user's sharing invitations, directory role assignments in the
 *   previous calendar month, an MD5 hunt since a date, explicit-credential logons (4648), SendAs per mailbox user,
 *   SSH fan-out from the firewall data, Run-key registry changes, bitsadmin /transfer in Defender and Sysmon;
 * - a Canadian dairy co-operative's sales and finance analyst (Morrow Vale Dairy Co-operative, morrowvale.coop;
 *   ordinary sentences, a few terse): CAD order totals per month this year, top customers by invoiced amount last
 *   month, new Mexican customers with no orders, average delivered order value per currency, never-ordered Cheese
 *   products, departments over budget, dormant Logistics staff, mfa_failed bursts per IP, invoices due next week,
 *   weekly category revenue, sign-ins from outside Canada per day, workers.dev connections, AWS regions with the
 *   most API errors, password resets by another user (4724) in a date range, a TEST-NET address in two SIEMs, a
 *   staff member's sign-ins and user record.
 * Styles: about a third formal full sentences, a third ordinary, a third terse chat. No question names a query
 * language; a question names its store (Sentinel, Defender, Splunk, Sysmon, Splunk's Azure AD logs, the firewall
 * data in Splunk, the app database) whenever the schemas hold that data in more than one store; AzureActivity,
 * the directory audit log, CloudTrail, the Web and registry data models and the business tables are asked for
 * without a store name (the Sentinel audit log is named anyway, as users do).
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform (3 KQL + SPL, 1 KQL + SQL, 1 SPL + SQL), 2 clarification (38).
 * Values: UPNs / mailboxes (ops-kiosk@wyvernhollow.com, j.ferreira@callowaygrand.com, m.okafor@morrowvale.coop),
 * a service account (svc_gatecam), hosts and prefixes (CGH-PMS-01, CGH-*, CGH-FD-*, TIX-*, RIDE-CTRL-*), an IP
 * (192.0.2.146), ports (5985, 22), an MD5, event IDs (4625, 4698, 4648, 4724, Sysmon 22), process names (node.exe,
 * excel, bitsadmin.exe), domains (workers.dev, pages.dev, tickets.wyvernhollow.com), HTTP 404, a Run key, CloudTrail
 * event names (CreateLoginProfile, UpdateLoginProfile, DeleteDBCluster), O365 operations (SharingInvitationCreated,
 * SendAs), a directory activity (Add member to role), a country (Canada, Mexico), currency CAD, statuses
 * (delivered, unpaid), a category (Cheese), a department (Logistics), a fiscal year, event types (mfa_failed,
 * db_restore).
 * Shapes: counts, distinct counts (dcount / dc), sums, averages, a sum of a product, a difference of sums, top N
 * (3, 5, 10, 20), thresholds after aggregation (> 20, > 50, > 10, spent > budget), daily / weekly / monthly
 * buckets, group by X (and Y), ordering, columns to show, negations / absences (outside Canada, never ordered, no
 * order since sign-up, not logged in for 60 days, unpaid).
 * Windows: last N hours/days/weeks (4h, 12h, 24h, 36h, 2d, 3d, 5d, 7d, 14d, 30d, 60d, 90d, 8 weeks), today,
 * yesterday (both ends), since yesterday (open end), this week, this month, this year, the previous calendar month
 * (both ends), since explicit dates (1 and 18 Nov 2026), an explicit range (2–9 Nov 2026), a fiscal year, the next
 * 7 days (a due date ahead, not a window on the past).
 * Checks accept every spelling I could think of for the same condition and reject only queries that do not answer
 * the question. Before committing I checked every case against queries I wrote by hand (one per platform of each
 * case; a scratch script, not committed, calling the real checkers from journey-checkers.ts): every `has` matched,
 * no `not` did, and the Kusto analyser, the SPL check and PostgreSQL reported no problem. Not run on the planner.
 */

/** Explicit days the questions name. */
const NOV_1 = new Date(Date.UTC(2026, 10, 1));
const NOV_2 = new Date(Date.UTC(2026, 10, 2));
const NOV_9 = new Date(Date.UTC(2026, 10, 9));
const NOV_10 = new Date(Date.UTC(2026, 10, 10));
const NOV_18 = new Date(Date.UTC(2026, 10, 18));

/** A documentation address seen in sign-in data. */
const ODD_IP = '192.0.2.146';
/** A hash the hotel group's threat feed reported. */
const FEED_MD5 = 'a046c54a3bc526837f7b6c92e3b85f01';

// KQL windows and shapes
/** Yesterday's start (KQL), including `startofday(now()) - 1d`. */
const YESTERDAY_START_KQL = new RegExp(
  `startofday\\(\\s*(ago\\(\\s*(1d|24h)\\s*\\)|now\\(\\)\\s*-\\s*(1d|24h))\\s*\\)|startofday\\(\\s*now\\(\\)\\s*\\)\\s*-\\s*(1d|24h)|${kqlDate(YESTERDAY)}`,
);
/** The previous calendar month (KQL): start and end. */
const LAST_MONTH_START_KQL = new RegExp(
  [
    `startofmonth\\(\\s*(now\\(\\)\\s*,\\s*-1|datetime_add\\(\\s*["']?month["']?\\s*,\\s*-1\\s*,\\s*now\\(\\)\\s*\\))\\s*\\)`,
    `startofmonth\\(\\s*startofmonth\\(\\s*now\\(\\)\\s*\\)\\s*-\\s*1d\\s*\\)`,
    `datetime_add\\(\\s*["']month["']\\s*,\\s*-1\\s*,\\s*startofmonth\\(\\s*now\\(\\)\\s*\\)\\s*\\)`,
    kqlDate(LAST_MONTH_START),
  ].join('|'),
);
const LAST_MONTH_END_KQL = new RegExp(
  [
    `(<|\\.\\.)\\s*startofmonth\\(\\s*now\\(\\)\\s*\\)`,
    `endofmonth\\(\\s*(now\\(\\)\\s*,\\s*-1|datetime_add\\(\\s*["']?month["']?\\s*,\\s*-1\\s*,\\s*now\\(\\)\\s*\\))\\s*\\)`,
    `endofmonth\\(\\s*(startofmonth\\(\\s*now\\(\\)\\s*\\)\\s*-\\s*1d|datetime_add\\(\\s*["']month["']\\s*,\\s*-1\\s*,\\s*startofmonth\\(\\s*now\\(\\)\\s*\\)\\s*\\))\\s*\\)`,
    `(<|\\.\\.)\\s*${kqlDate(MONTH_START)}`,
    `(<=?|\\.\\.)\\s*datetime\\(\\s*["']?${iso(LAST_MONTH_END)}`,
  ].join('|'),
);
/** A failed Azure operation (KQL). */
const FAILED_AZURE_KQL = /ActivityStatusValue\s*(==|=~|has|contains|startswith|(in~?|has_any)\s*\()[^|]*["']Fail/i;

// SPL windows and shapes
/** A distinct count of a field (SPL). */
const splDistinct = (field: string) =>
  new RegExp(`(dc|distinct_count|estdc)\\(\\s*"?(\\w+\\.)?${field.replace(/\./g, '\\.')}`);

// SQL windows and shapes
/** This calendar year on a column (SQL). */
const sqlThisYear = (column: string) =>
  new RegExp(
    `${sqlThis(column, 'year', YEAR_START).source}|EXTRACT\\(\\s*YEAR\\s+FROM\\s+(\\w+\\.)?(${column})\\s*\\)\\s*=\\s*${YEAR}|date_part\\(\\s*'year'\\s*,\\s*(\\w+\\.)?(${column})\\s*\\)\\s*=\\s*${YEAR}`,
    'i',
  );
/** A row with no matching row elsewhere (SQL anti-join). */
const ANTI_JOIN_SQL =
  /NOT\s+EXISTS|NOT\s+IN\s*\(\s*SELECT|LEFT\s+(OUTER\s+)?JOIN[^;]*IS\s+NULL|HAVING\s+[^;]*COUNT\([^)]*\)\s*=\s*0|EXCEPT\s+SELECT/i;
/** An active flag (SQL). */
const ACTIVE_SQL =
  /active\s*(=\s*(true|'t(rue)?'|1\b)|IS\s+TRUE)|(WHERE|AND)\s+(\w+\.)?active\s*(\n|$|GROUP|ORDER|AND\b|\)|;)/i;
/** Spend above budget (SQL): on the sums, on the rows, or on named totals of a subquery. */
const SPENT = `(SUM\\(\\s*(COALESCE\\(\\s*)?(\\w+\\.)?spent[^)]*\\)\\)?|\\b\\w*spent\\w*)`;
// Lead's fairness review: a column named with its table's alias on the rows (`SUM(b.spent - b.amount)`) is accepted too.
const BUDGET = `(SUM\\(\\s*(COALESCE\\(\\s*)?(\\w+\\.)?amount[^)]*\\)\\)?|\\b(\\w+\\.)?\\w*(amount|budget)\\w*)`;
const OVERSPENT_SQL = new RegExp(
  `${SPENT}\\s*>\\s*${BUDGET}|${BUDGET}\\s*<\\s*${SPENT}|${SPENT}\\s*-\\s*${BUDGET}\\s*\\)?\\s*>\\s*0`,
  'i',
);
/** By how much (SQL): spend minus budget, or budget minus spend. */
const OVERSPEND_SQL = new RegExp(`${SPENT}\\s*-\\s*${BUDGET}|${BUDGET}\\s*-\\s*${SPENT}`, 'i');
/** Seven days ahead (SQL), for a due date. */
const SEVEN_DAYS_AHEAD = new Date(TODAY.getTime() + 7 * DAY_MS);
const EIGHT_DAYS_AHEAD = new Date(TODAY.getTime() + 8 * DAY_MS);

export const BLIND63_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: theme park IT tech (terse chat)
  {
    id: 'b63-kql-park-kiosk-failed-signins-by-app-ip-2d',
    question: 'sentinel signins failing for ops-kiosk@wyvernhollow.com past 2 days?? break down by app n ip pls',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('UserPrincipalName', 'ops-kiosk@wyvernhollow\\.com'),
          FAILED_SIGNIN_KQL,
          kqlBy('AppDisplayName'),
          kqlBy('IPAddress'),
          kqlLast('2d|48h|2880m'),
        ],
      },
    },
  },
  {
    id: 'b63-kql-park-node-under-excel-tix-week',
    question: 'defendr: node.exe launched by excel on TIX-* kiosks this wk? need device + cmdline',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /node\.exe/i,
          /InitiatingProcess(FileName|CommandLine)\s*(==|=~|has|contains|startswith|matches\s+regex|(in~?|has_any)\s*\()[^|]*excel/i,
          kqlPrefix('DeviceName', 'TIX-'),
          kqlShows('DeviceName'),
          kqlShows('ProcessCommandLine'),
          THIS_WEEK_KQL,
        ],
      },
    },
  },
  {
    id: 'b63-kql-park-failed-azure-ops-top5-rg-today',
    question: 'azure ops that failed 2day - top 5 resource groups by how many',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [FAILED_AZURE_KQL, COUNT_KQL, /ResourceGroup/, kqlTop(5), TODAY_KQL],
      },
    },
  },
  {
    id: 'b63-kql-park-ride-ctrl-winrm-distinct-ips-12h',
    question: 'defender: RIDE-CTRL-* boxes hitting remote port 5985 lst 12h, how many diff remote ips per box?',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /RemotePort\s*(==|in\s*\()\s*5985\b/,
          kqlPrefix('DeviceName', 'RIDE-CTRL-'),
          /dcount\(\s*RemoteIP\s*\)|count_distinct\(\s*RemoteIP\s*\)/,
          kqlBy('DeviceName'),
          kqlLast('12h|720m'),
        ],
      },
    },
  },
  // KQL: hotel group security officer (formal)
  {
    id: 'b63-kql-hotel-4625-over-20-pms01-24h',
    question:
      'Please list, from Sentinel, the accounts that recorded more than 20 failed logons (event 4625) on the property-management server CGH-PMS-01 during the last 24 hours, together with the number of failures for each.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4625), /CGH-PMS-01/i, COUNT_KQL, kqlBy('TargetUserName|Account'), kqlAbove(20), DAY1_KQL],
      },
    },
  },
  {
    id: 'b63-kql-hotel-4698-cgh-hosts-yesterday',
    question:
      'Please enumerate the scheduled tasks created (event 4698) on our CGH-* hosts yesterday, as recorded in Sentinel, stating the computer and the account that created each task.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4698),
          kqlPrefix('Computer', 'CGH-'),
          kqlShows('Computer'),
          kqlShows('SubjectUserName|Account'),
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b63-kql-hotel-sharing-invitations-user-month',
    question:
      "Please report the SharingInvitationCreated operations performed by j.ferreira@callowaygrand.com this month, from Sentinel's Office 365 records, including the file name and the site URL of each.",
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [
          /SharingInvitationCreated/,
          kqlIs('UserId', 'j\\.ferreira@callowaygrand\\.com'),
          kqlShows('SourceFileName|OfficeObjectId'),
          kqlShows('Site_Url'),
          THIS_MONTH_KQL,
        ],
      },
    },
  },
  {
    id: 'b63-kql-hotel-role-assignments-prev-month',
    question:
      'Please enumerate the directory role assignments ("Add member to role") recorded in the Sentinel audit log during the previous calendar month, indicating who initiated each assignment and its target.',
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [
          /Add (eligible )?member to role|member to role|Category\s*(==|=~)\s*["']RoleManagement/i,
          kqlShows('InitiatedBy'),
          kqlShows('TargetResources'),
          LAST_MONTH_START_KQL,
          LAST_MONTH_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b63-kql-hotel-md5-hunt-since-nov1',
    question: `Please identify every Defender device on which a process with the MD5 hash ${FEED_MD5} has run since 1 November 2026, giving the device name, the file name and the folder path.`,
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          new RegExp(FEED_MD5, 'i'),
          /\bMD5\b/,
          kqlShows('DeviceName'),
          kqlShows('FileName'),
          kqlShows('FolderPath'),
          kqlSince(NOV_1),
        ],
      },
    },
  },
  // KQL: dairy co-operative analyst (ordinary)
  {
    id: 'b63-kql-dairy-signins-outside-canada-daily-14d',
    question: 'In Sentinel, how many sign-ins per day came from outside Canada over the last two weeks?',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /Location\s*(!=|!~|<>|!has|!contains|!in~?\s*\()\s*["'](CA|Canada)["']|not\(\s*Location\s*(==|=~|has|contains|in~?\s*\()\s*["'](CA|Canada)["']/i,
          COUNT_KQL,
          DAILY_KQL,
          kqlLast('14d|2w|336h'),
        ],
      },
    },
  },
  {
    id: 'b63-kql-dairy-workers-dev-connections-week',
    question:
      'Which of our devices in Defender connected to anything under workers.dev this week, and how many connections did each one make?',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /RemoteUrl\s*(has|contains|endswith|=~|matches\s+regex|(in~?|has_any)\s*\()[^|]*workers\.dev/i,
          COUNT_KQL,
          kqlBy('DeviceName'),
          THIS_WEEK_KQL,
        ],
      },
    },
  },

  // SPL: theme park IT tech (terse chat)
  {
    id: 'b63-spl-park-login-profile-changes-week',
    question: 'cloudtrail: who did CreateLoginProfile or UpdateLoginProfile this wk? arn + region',
    expect: {
      spl: {
        table: 'aws',
        has: [
          /CreateLoginProfile/,
          /UpdateLoginProfile/,
          splShows('userIdentity.arn'),
          splShows('awsRegion'),
          THIS_WEEK_SPL,
        ],
      },
    },
  },
  {
    id: 'b63-spl-park-ticket-site-404-top20-today',
    question: '404s on tickets.wyvernhollow.com 2day, top 20 urls',
    expect: {
      spl: {
        table: 'Web',
        has: [/tickets\.wyvernhollow\.com/i, /status\s*(=|==|IN\s*\()\s*"?404\b/i, /\burl\b/, splTop(20), TODAY_SPL],
      },
    },
  },
  {
    id: 'b63-spl-park-aad-distinct-users-per-app-7d',
    question: 'splunk azure ad logs: distinct users per app lst 7d',
    expect: {
      spl: {
        table: 'azure',
        has: [splDistinct('properties.userPrincipalName'), splBy('properties.appDisplayName'), splLast('7d|168h|1w')],
      },
    },
  },
  {
    id: 'b63-spl-park-sysmon-dns-pages-dev-5d',
    question: 'sysmon dns lookups (evt 22) for *.pages.dev lst 5 days, count by host',
    expect: {
      spl: {
        table: 'sysmon',
        has: [
          /EventCode\s*(=|IN\s*\()\s*"?22\b/,
          /QueryName[^|]*pages\.dev|pages\.dev/i,
          COUNT_SPL,
          splBy('host'),
          splLast('5d|120h'),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  // SPL: hotel group security officer (formal)
  {
    id: 'b63-spl-hotel-4648-per-user-dest-36h',
    question:
      'Please provide, from the Windows event logs held in Splunk, a count of logons using explicit credentials (event 4648) per user and per destination over the past 36 hours.',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [splEvent(4648), COUNT_SPL, splBy('user'), splBy('dest|host|Computer'), splLast('36h|2160m')],
      },
    },
  },
  {
    id: 'b63-spl-hotel-sendas-per-user-since-nov18',
    question:
      'Please extract from the Microsoft 365 audit data in Splunk the number of SendAs operations per user since 18 November 2026.',
    expect: {
      spl: {
        table: 'o365',
        has: [/SendAs/, COUNT_SPL, splBy('UserId'), splSince(NOV_18)],
      },
    },
  },
  {
    id: 'b63-spl-hotel-ssh-fanout-over-50-4h',
    question:
      'Using the firewall traffic in Splunk, please identify the source addresses that connected to port 22 on more than 50 distinct destination addresses in the last 4 hours.',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /dest_port\s*(=|==|IN\s*\()\s*"?22\b/,
          splDistinct('dest_ip'),
          splBy('src_ip'),
          splAbove(50),
          splLast('4h|240m'),
        ],
      },
    },
  },
  {
    id: 'b63-spl-hotel-run-key-front-desk-month',
    question:
      'Please list the changes made this month to the Run registry key on the CGH-FD-* front-desk workstations, with the host, the value name and the value data.',
    expect: {
      spl: {
        table: 'Endpoint.Registry',
        has: [
          /CurrentVersion\\{1,4}Run\b|[\\*]Run\b|registry_key_name\s*(=|IN\s*\()\s*"?\*?Run\b/i,
          /CGH-FD-/i,
          splShows('dest'),
          splShows('registry_value_name'),
          splShows('registry_value_data'),
          THIS_MONTH_SPL,
        ],
      },
    },
  },
  // SPL: dairy co-operative analyst (ordinary)
  {
    id: 'b63-spl-dairy-aws-error-regions-top3-month',
    question: 'Which AWS regions had the most CloudTrail API errors this month? Just the top 3.',
    expect: {
      spl: {
        table: 'aws',
        has: [/errorCode/, /awsRegion/, splTop(3), THIS_MONTH_SPL],
      },
    },
  },
  {
    id: 'b63-spl-dairy-4724-resets-nov2-9',
    question:
      "In Splunk's Windows security logs, who tried to reset another user's password (event 4724) between 2 and 9 November 2026, and for which accounts?",
    expect: {
      spl: {
        table: 'wineventlog',
        has: [
          splEvent(4724),
          splShows('user'),
          splSince(NOV_2),
          new RegExp(
            `latest\\s*=\\s*"?(${splDate(NOV_10)}|${usDate(NOV_9)}:23:59|${iso(NOV_9)}T23:59|${NOV_10.getTime() / 1000 - 1})`,
          ),
        ],
      },
    },
  },

  // SQL: dairy co-operative analyst (ordinary, a few terse)
  {
    id: 'b63-sql-dairy-cad-order-totals-monthly-year',
    question: 'What were our CAD order totals for each month so far this year?',
    expect: {
      sql: {
        table: 'orders',
        has: [sqlIs('currency', 'CAD'), /SUM\(\s*(\w+\.)?total\s*\)/i, MONTHLY_SQL, sqlThisYear('created_at')],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b63-sql-dairy-top10-customers-invoiced-prev-month',
    question: 'Who were our top 10 customers by invoiced amount in the previous calendar month?',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          sqlGroupBy('customer_id|name'),
          DESC_SQL,
          topSql(10),
          sqlPrevMonthStart('issued_at'),
          sqlPrevMonthEnd('issued_at'),
        ],
      },
    },
  },
  {
    id: 'b63-sql-dairy-new-mexico-customers-no-orders-90d',
    question: "Which customers from Mexico signed up in the last 90 days but haven't placed a single order yet?",
    expect: {
      sql: {
        table: 'customers',
        has: [
          /country\s*\)?\s*(=|I?LIKE|IN\s*\([^)]*?)\s*'(MX|MEX|Mexico|México)'/i,
          sqlLast('created_at', '90 days?|3 months?', 90),
          ANTI_JOIN_SQL,
        ],
      },
    },
  },
  {
    id: 'b63-sql-dairy-avg-delivered-order-per-currency-30d',
    question: 'avg order value per currency for delivered orders, last 30 days',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /status\s*\)?\s*(=|I?LIKE|IN\s*\([^)]*?)\s*'(delivered|completed?|fulfilled)'/i,
          /AVG\(\s*(\w+\.)?total\s*\)/i,
          sqlGroupBy('currency'),
          sqlLast('created_at', '30 days?|1 months?', 30),
        ],
      },
    },
  },
  {
    id: 'b63-sql-dairy-cheese-never-ordered',
    question: 'Which of our active products in the Cheese category have never been ordered?',
    expect: {
      sql: {
        table: 'products',
        has: [sqlIs('category', 'Cheese'), ACTIVE_SQL, ANTI_JOIN_SQL],
      },
    },
  },
  {
    id: 'b63-sql-dairy-departments-over-budget-fy2026',
    question: 'Which departments have spent more than their budget in fiscal year 2026, and by how much?',
    expect: {
      sql: {
        table: 'budget',
        has: [/fiscal_year\s*=\s*2026\b/i, OVERSPENT_SQL, OVERSPEND_SQL, sqlGroupBy('department')],
      },
    },
  },
  {
    id: 'b63-sql-dairy-dormant-logistics-staff-60d',
    question: "List the active Logistics staff who haven't logged in for 60 days or more.",
    expect: {
      sql: {
        table: 'users',
        has: [
          sqlIs('department', 'Logistics'),
          ACTIVE_SQL,
          new RegExp(
            `last_login_at\\s*(,[^)]*\\))?\\s*<=?\\s*\\(?\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?-\\s*${sqlInterval('60 days?|2 months?', 60)}|${sqlNow}\\s*-\\s*(\\w+\\.)?last_login_at\\s*>=?\\s*${sqlInterval('60 days?|2 months?', 60)}`,
            'i',
          ),
        ],
      },
    },
  },
  {
    id: 'b63-sql-dairy-mfa-failed-per-ip-over-10-today',
    question: 'mfa_failed events today per ip - only the ips with more than 10',
    expect: {
      sql: {
        table: 'events',
        has: [sqlIs('event_type', 'mfa_failed'), sqlGroupBy('ip_address'), sqlCountAbove(10), sqlToday('occurred_at')],
      },
    },
  },
  {
    id: 'b63-sql-dairy-unpaid-due-next-7d',
    question: 'Which unpaid invoices fall due within the next 7 days? Show the customer, the amount and the due date.',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          UNPAID_SQL,
          new RegExp(
            `due_date\\s*(>=?|BETWEEN)\\s*\\(?\\s*(${sqlNow}|${sqlLiteral}${iso(TODAY)})|(${sqlNow})\\s*<=?\\s*(\\w+\\.)?due_date`,
            'i',
          ),
          new RegExp(
            `(due_date\\s*<=?|BETWEEN\\s[^;]*AND)\\s*\\(?\\s*(${sqlNow}\\s*(::\\s*\\w+\\s*)?\\+\\s*${sqlInterval('7 days?|1 weeks?', 7)}|${sqlLiteral}(${iso(SEVEN_DAYS_AHEAD)}|${iso(EIGHT_DAYS_AHEAD)}))|due_date\\s*<\\s*\\(?\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?\\+\\s*${sqlInterval('8 days?', 8)}`,
            'i',
          ),
          /\bname\b|customer_id/i,
          sqlShows('amount'),
          sqlShows('due_date'),
        ],
      },
    },
  },
  {
    id: 'b63-sql-dairy-weekly-revenue-by-category-8w',
    question: 'Weekly sales by product category for the last 8 weeks, please (quantity times unit price).',
    expect: {
      sql: {
        table: 'order_items',
        has: [
          /SUM\(\s*(\w+\.)?quantity\s*\*\s*(\w+\.)?unit_price\s*\)|SUM\(\s*(\w+\.)?unit_price\s*\*\s*(\w+\.)?quantity\s*\)/i,
          sqlGroupBy('category'),
          WEEKLY_SQL,
          sqlLast('created_at', '8 weeks?|56 days?', 56),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },

  // Two platforms
  {
    id: 'b63-multi-park-svc-gatecam-4625-both-since-yesterday',
    question: 'svc_gatecam 4625s since yday - check sentinel + splunk both, per host',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4625), /svc_gatecam/i, kqlBy('Computer'), YESTERDAY_START_KQL],
        not: [YESTERDAY_END_KQL],
      },
      spl: {
        table: 'wineventlog',
        has: [splEvent(4625), /svc_gatecam/i, splBy('host|dest|Computer'), YESTERDAY_START_SPL],
        not: [YESTERDAY_END_SPL],
      },
    },
  },
  {
    id: 'b63-multi-hotel-bitsadmin-transfer-defender-sysmon-5d',
    question:
      'Please search both Defender and the Sysmon data in Splunk for bitsadmin.exe executions using /transfer on CGH-* hosts over the past 5 days, listing the host, the account and the command line.',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /bitsadmin/i,
          /transfer/i,
          kqlPrefix('DeviceName', 'CGH-'),
          kqlShows('DeviceName'),
          kqlShows('AccountName'),
          kqlShows('ProcessCommandLine'),
          kqlLast('5d|120h'),
        ],
      },
      spl: {
        table: 'sysmon',
        has: [
          /bitsadmin/i,
          /transfer/i,
          /host\s*(=|IN\s*\()\s*"?CGH-|CGH-\*/i,
          splShows('host'),
          splShows('User'),
          splShows('CommandLine'),
          splLast('5d|120h'),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b63-multi-dairy-testnet-ip-signins-both-3d',
    question: `Did anyone sign in from ${ODD_IP} in the last 3 days? Please check Sentinel and Splunk's Azure AD logs.`,
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [new RegExp(`IPAddress\\s*(==|=~|has|contains|in\\s*\\()\\s*["']${dots(ODD_IP)}`), kqlLast('3d|72h')],
      },
      spl: {
        table: 'azure',
        has: [new RegExp(dots(ODD_IP)), splLast('3d|72h')],
      },
    },
  },
  {
    id: 'b63-multi-dairy-okafor-signins-and-user-record-today',
    question:
      "Show m.okafor@morrowvale.coop's sign-ins in Sentinel today, and her role and last login from our users table.",
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [kqlIs('UserPrincipalName', 'm\\.okafor@morrowvale\\.coop'), TODAY_KQL],
      },
      sql: {
        table: 'users',
        has: [sqlIs('email', 'm\\.okafor@morrowvale\\.coop'), sqlShows('role'), sqlShows('last_login_at')],
      },
    },
  },
  {
    id: 'b63-multi-park-rds-delete-and-db-restore-30d',
    question: "DeleteDBCluster calls in cloudtrail lst 30d + the 'db_restore' events in our app db same window",
    expect: {
      spl: {
        table: 'aws',
        has: [/DeleteDBCluster/, splLast('30d|720h|1mon')],
      },
      sql: {
        table: 'events',
        has: [sqlIs('event_type', 'db_restore'), sqlLast('occurred_at', '30 days?|1 months?', 30)],
      },
    },
  },

  // Clarification: nothing to act on
  {
    id: 'b63-clarify-proceed-as-agreed',
    question: 'Further to my note of Thursday, kindly proceed on the basis we agreed and confirm once it is done.',
    clarification: true,
  },
  { id: 'b63-clarify-same-other-park', question: 'same as last tues but for the other park lol', clarification: true },
];

import type { JourneyCase } from './journey-cases';
import {
  LAST_MONTH_END,
  kqlLast,
  DAY1_KQL,
  kqlSince,
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
  splLast,
  TODAY_SPL,
  THIS_WEEK_SPL,
  YESTERDAY_START_SPL,
  YESTERDAY_END_SPL,
  PREV_MONTH_START_SPL,
  PREV_MONTH_END_SPL,
  HOURLY_SPL,
  splSince,
  splEvent,
  splShows,
  COUNT_SPL,
  splTop,
  splBy,
  splIs,
  WINDOWS_SECURITY_IDS_SPL,
  sqlNow,
  sqlLast,
  sqlThis,
  sqlToday,
  sqlDayOf,
  sqlSince,
  sqlPrevMonthStart,
  sqlPrevMonthEnd,
  topSql,
  sqlIs,
  sqlShows,
  sqlGroupBy,
  NOT_CUSTOMER_DATE_SQL,
  UNPAID_SQL,
  DESC_SQL,
  WEEKLY_SQL,
  THIS_QUARTER_SQL,
  dots,
} from './journey-patterns';
import {
  DAY_MS,
  LAST_MONTH_START,
  MONDAY,
  TODAY,
  YEAR,
  YEAR_START,
  YESTERDAY,
  iso,
  kqlDate,
  sqlLiteral,
} from './journey-dates';

/**
 * The "blind76" journey-quality set, written blind on 2026-11-29 (13:00–13:35 UTC). I did not read the query
 * builders (apps/mock-data/src/query/** apart from the bundled-schemas module and the schema JSON files), the
 * constraint extractor or routing code (libs/planner-core), planner-llm, the planner app, the git history of any of
 * them, any failure list, or another blind author's work in progress, and I did not run the planner on any
 * question: the first run is the lead's.
 * I read: TEAM.md and BLIND.md, the `JourneyCase` / `QueryCheck` types in journey-cases.ts, journey-dates.ts,
 * journey-patterns.ts (most window and shape checks are imported from it), journey-checkers.ts, run-journeys.ts (to
 * register the set), the mesh's schemas (apps/mock-data/schemas/kql|spl|sql.json, loaded by bundled-schemas),
 * blind55's file as the format example (its questions, personas and values are not reused) and the clarification
 * question lines of the other blind sets (to avoid their wordings).
 * Focus: non-specialists (finance, HR, legal, a plant manager) writing plain business language that never names a
 * field, and analysts who paste fragments (an IOC list, an alert title, a log line, a ticket excerpt, an EDR note)
 * with a short ask around them.
 * Personas (new, organisations invented):
 * - Hollander Castings (hollandercast.com, HC-* hosts: HC-LINE-* shop-floor PCs, HC-FURN-02), a foundry: the plant
 *   manager (ordinary sentences, no jargon) and its finance office (sales, unpaid bills, budget, catalogue);
 * - Brackwater Logistics (brackwater.co, BWL-* hosts: BWL-DISP-07, BWL-WMS-*), a freight carrier: a SOC analyst
 *   writing terse chat with abbreviations and typos, pasting IOC lists (defanged domains, IPs, a CIDR, SHA256 and
 *   MD5 hashes), alert titles, a proxy log line, a Sysmon fragment, a CloudTrail fragment, an EDR note, tickets;
 * - Achebe Veldhuis LLP (achebeveldhuis.law), a law firm: HR, the litigation-support team and the finance partner
 *   (formal full sentences).
 * Styles: about a third formal, a third ordinary, a third terse chat. No question names a query language; a
 * question names its store (Sentinel, Defender, Splunk, Sysmon, "the firewall data in Splunk") whenever the schemas
 * hold that data in more than one store (sign-ins, Windows events, process / network / DNS telemetry, O365
 * activity); Azure activity, CloudTrail, the Web and registry data models and the business tables are asked for
 * without a store name.
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform (2 KQL + SPL, 1 KQL + SPL on an IOC list, 1 KQL + SQL, 1 SPL +
 * SQL), 2 clarification cases that look specific (a matter number, names, dates, a ticket id) but name no data (38).
 * Values: UPNs, bare user names (dkrause, svc_payrun), host names and prefixes (BWL-DISP-07, BWL-WMS-*, HC-LINE-*,
 * HC-FURN-02), IPs (91.215.85.17, 10.60.4.20, 203.0.113.201, 194.26.29.114), a CIDR (45.95.147.0/24), two SHA256 and
 * one MD5 hash, defanged domains, event IDs (4740, 4698, 4624 with logon type 10, 4725 as "disabled"), processes
 * (powershell, cmd.exe under WmiPrvSE.exe, AdFind.exe), drive letters, a registry run value, a resource group, O365
 * deletions and sharing links, a CloudTrail error code, a web host and error statuses, an app name, countries
 * (not Germany), a segment, a currency (GBP), amounts (20,000), a due date, fiscal months, statuses, categories.
 * Shapes: counts, distinct counts, sums (of totals, bytes, quantity x price, spent vs planned), an average of a
 * difference, top N (5, 10), hourly / daily / weekly buckets, group by X, biggest first, columns to show,
 * negations and absences (not from Germany, not paid, not sold since, not used for two months, only active).
 * Windows: last N hours/days/weeks (24h, 48h/2 days, 72h, 3d, 5d, 7d, 10d, 14d, 30d, 8 weeks), today, yesterday
 * (both ends), this week / since Monday, since Friday, this month, this quarter, this year, the previous calendar
 * month (both ends), since explicit dates (1 Sep, 1, 20, 23 Nov 2026), an explicit range (9–20 Nov 2026), fiscal
 * months 1–6 of this fiscal year, and conditions that are not windows (due before 1 Nov and still unpaid).
 * Checks accept every spelling I could think of for the same condition and reject only queries that do not answer
 * the question. Before committing I checked every case against queries I wrote by hand (one per platform of each
 * case; a scratch script, not committed, calling the real checkers from journey-checkers.ts): every `has` matched,
 * no `not` did, and the Kusto analyser, the SPL check and PostgreSQL reported no problem. Not run on the planner.
 */

/** Explicit days the questions name. */
const SEP_1 = new Date(Date.UTC(2026, 8, 1));
const NOV_1 = new Date(Date.UTC(2026, 10, 1));
const NOV_9 = new Date(Date.UTC(2026, 10, 9));
const NOV_20 = new Date(Date.UTC(2026, 10, 20));
const NOV_23 = new Date(Date.UTC(2026, 10, 23));
/** The most recent Friday before today. */
const FRIDAY = new Date(TODAY.getTime() - ((TODAY.getUTCDay() + 2) % 7 || 7) * DAY_MS);

// KQL windows and shapes
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
    `(<|\\.\\.)\\s*${kqlDate(new Date(LAST_MONTH_END.getTime() + DAY_MS))}`,
    `(<=?|\\.\\.)\\s*datetime\\(\\s*["']?${iso(LAST_MONTH_END)}`,
  ].join('|'),
);
/** Up to and including 20 November (KQL). */
const UNTIL_NOV_20_KQL = new RegExp(
  `(<|\\.\\.)\\s*${kqlDate(new Date(NOV_20.getTime() + DAY_MS))}|(<=?|\\.\\.)\\s*datetime\\(\\s*["']?${iso(NOV_20)}[T ]23`,
);
/** Since Monday, or this week (KQL). */
const SINCE_MONDAY_KQL = new RegExp(`${THIS_WEEK_KQL.source}|${kqlSince(MONDAY).source}`);
/** A column shown, or the whole row kept (KQL): `project`-free queries keep it. */
const kqlOp = (column: string, value: string) =>
  new RegExp(
    `${column}\\s*(==|=~|has|contains|startswith|endswith|matches\\s+regex|(in~?|has_any|has_all)\\s*\\()[^|]*${value}`,
    'i',
  );

// SPL windows and shapes
/** A daily bucket (SPL). */
const DAILY_SPL = /span\s*=\s*"?(1d|24h|1day)\b|strftime\([^)]*%(Y-%m-%d|F|d)|bin\s+[^|]*span\s*=\s*"?1d/;
/** A distinct count (SPL). */
const DC_SPL = /\b(dc|distinct_count|estdc)\(/;

// SQL windows and shapes
/** This calendar year on orders (SQL). */
const THIS_YEAR_ORDERS_SQL = new RegExp(
  `${sqlThis('created_at', 'year', YEAR_START).source}|EXTRACT\\(\\s*YEAR\\s+FROM\\s+(\\w+\\.)?created_at\\s*\\)\\s*=\\s*(${YEAR}|EXTRACT\\(\\s*YEAR\\s+FROM\\s+${sqlNow})|date_part\\(\\s*'year'\\s*,\\s*(\\w+\\.)?created_at\\s*\\)\\s*=\\s*${YEAR}`,
  'i',
);
/** Yesterday's start and end on a column (SQL). */
const SQL_YESTERDAY = `(CURRENT_DATE\\s*-\\s*(1\\b|interval\\s*'1 days?')|(now\\(\\)|current_timestamp)\\s*::\\s*date\\s*-\\s*(1\\b|interval\\s*'1 days?')|date_trunc\\(\\s*'day'\\s*,\\s*${sqlNow}\\s*\\)\\s*-\\s*interval\\s*'(1 days?|24 hours)'|${sqlLiteral}${iso(YESTERDAY)})`;
const SQL_TODAY = `(CURRENT_DATE|(now\\(\\)|current_timestamp)\\s*::\\s*date|date_trunc\\(\\s*'day'\\s*,\\s*${sqlNow}\\s*\\)|${sqlLiteral}${iso(TODAY)})`;
const sqlYesterdayStart = (column: string) =>
  new RegExp(
    `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*${SQL_YESTERDAY}|${sqlDayOf(column)}\\s*=\\s*\\(?\\s*${SQL_YESTERDAY}`,
    'i',
  );
const sqlYesterdayEnd = (column: string) =>
  new RegExp(
    `${column}\\s*<\\s*\\(?\\s*${SQL_TODAY}|${sqlDayOf(column)}\\s*=\\s*\\(?\\s*${SQL_YESTERDAY}|BETWEEN\\s[^;]*AND\\s*[^;]*${iso(YESTERDAY)}[T ]23:59`,
    'i',
  );
/** An active flag (SQL). */
const activeSql = (alias: string) =>
  new RegExp(
    `\\b(${alias}\\.)?active\\s*(=\\s*(true|'t'|'true'|1)|IS\\s+TRUE)|WHERE\\s+(${alias}\\.)?active\\b|AND\\s+(${alias}\\.)?active\\b`,
    'i',
  );

export const BLIND76_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: foundry plant manager (ordinary, no field names)
  {
    id: 'b76-kql-plant-failed-signins-outside-germany-week',
    question:
      "In Sentinel, how many times did people fail to get into their work accounts from outside Germany over the past week? Just a number per country is fine, we're only a German site.",
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          FAILED_SIGNIN_KQL,
          /Location\s*(!=|!~|!in~?\s*\(|!has|!contains|<>)[^|]*(DE|Germany)|not\(\s*Location\s*(==|=~|in~?|has)[^|]*(DE|Germany)/i,
          COUNT_KQL,
          kqlBy('Location'),
          kqlLast('7d|168h|1w'),
        ],
      },
    },
  },
  {
    id: 'b76-kql-plant-usb-programs-line-pcs-2d',
    question:
      'Our shop-floor PCs are all named HC-LINE-something. Can you check in Defender whether anybody ran a program from a USB stick (those show up as drive E: or F:) on any of them in the last two days? I need which PC, who, and the program.',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          kqlPrefix('DeviceName', 'HC-LINE'),
          /(FolderPath|ProcessCommandLine)\s*(startswith|has|contains|hasprefix|matches\s+regex|=~|(in~?|has_any)\s*\()[^|]*(E:|\[EF\]|\[E-F\])/i,
          kqlShows('DeviceName'),
          kqlShows('AccountName'),
          kqlShows('FileName|FolderPath'),
          kqlLast('2d|48h|2880m'),
        ],
      },
    },
  },
  {
    id: 'b76-kql-finance-rg-finance-prod-changes-month',
    question:
      'Who has been making changes to our finance cloud setup (the rg-finance-prod group) since the start of this month? I need the names of the people and what they did.',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          kqlIs('ResourceGroup', 'rg-finance-prod'),
          kqlShows('Caller'),
          kqlShows('OperationNameValue'),
          THIS_MONTH_KQL,
        ],
      },
    },
  },
  // KQL: law firm HR and litigation support (formal)
  {
    id: 'b76-kql-lawhr-leaver-signins-prev-month',
    question:
      'Could you please tell me, from Sentinel, when our departing associate t.okonkwo@achebeveldhuis.law signed in during the previous calendar month, and from which locations?',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('UserPrincipalName', 't\\.okonkwo@achebeveldhuis\\.law'),
          kqlShows('Location'),
          LAST_MONTH_START_KQL,
          LAST_MONTH_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b76-kql-lawlit-file-deletions-range',
    question:
      'For a litigation hold review, please list from Sentinel every SharePoint or OneDrive file that m.vasquez@achebeveldhuis.law deleted between 9 and 20 November 2026 inclusive, with the file name and the site.',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [
          kqlIs('UserId', 'm\\.vasquez@achebeveldhuis\\.law'),
          kqlOp('Operation', 'Delet'),
          kqlShows('SourceFileName|OfficeObjectId'),
          kqlShows('Site_Url|OfficeObjectId'),
          kqlSince(NOV_9),
          UNTIL_NOV_20_KQL,
        ],
      },
    },
  },
  {
    id: 'b76-kql-lawhr-group-membership-changes-yesterday',
    question:
      "HR needs to match yesterday's access changes against the leavers list: who was added to or removed from a group in the Sentinel directory audit log yesterday, and by whom?",
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [
          /(OperationName|ActivityDisplayName)\s*(==|=~|has|contains|startswith|endswith|matches\s+regex|(in~?|has_any|has_all)\s*\()[^|]*(member|group)/i,
          kqlShows('TargetResources'),
          kqlShows('InitiatedBy'),
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },
  // KQL: logistics SOC analyst pasting fragments (terse)
  {
    id: 'b76-kql-freight-alert-powershell-disp07-24h',
    question:
      "alert fired: 'Suspicious PowerShell download cradle' on BWL-DISP-07. defender - pull every powershell cmdline on that box lst 24h",
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/powershell/i, kqlOp('DeviceName', 'BWL-DISP-07'), kqlShows('ProcessCommandLine'), DAY1_KQL],
      },
    },
  },
  {
    id: 'b76-kql-freight-sha256-iocs-since-nov1',
    question:
      'IOCs from the vendor advisory:\n  d2c6f1a8e0b74a3c9e51f7b02c4d8a6e13f9b5c70a2e4d61b8c3f09a7e5d1b42\n  5e8a3c1f9b0d7e24a6c8f13b5d9e0a72c4f6b18d3e5a9c07f2b4d6e81a3c5f90\nany hits in defender process events since 1 nov? device + acct pls',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /d2c6f1a8e0b74a3c9e51f7b02c4d8a6e13f9b5c70a2e4d61b8c3f09a7e5d1b42/i,
          /5e8a3c1f9b0d7e24a6c8f13b5d9e0a72c4f6b18d3e5a9c07f2b4d6e81a3c5f90/i,
          /SHA256/,
          kqlShows('DeviceName'),
          kqlShows('AccountName'),
          kqlSince(NOV_1),
        ],
      },
    },
  },
  {
    id: 'b76-kql-freight-proxy-line-remote-ip-3d',
    question:
      'saw this in the proxy: `2026-11-27T03:14:09Z DENY 10.40.12.33 -> 91.215.85.17:8443`\ndefender: which devices talked to 91.215.85.17 in the last 3 days, and what process?',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          kqlIs('RemoteIP', dots('91.215.85.17')),
          kqlShows('DeviceName'),
          kqlShows('InitiatingProcessFileName'),
          kqlLast('3d|72h|4320m'),
        ],
        not: [kqlIs('RemoteIP', dots('10.40.12.33'))],
      },
    },
  },
  {
    id: 'b76-kql-freight-ticket-lockouts-dkrause-since-monday',
    question:
      "ticket INC-88213: 'user reports being locked out repeatedly since Monday, username dkrause'. sentinel - lockout events for dkrause since monday, which DC logged them?",
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4740), /dkrause/i, kqlShows('Computer'), SINCE_MONDAY_KQL],
      },
    },
  },
  {
    id: 'b76-kql-freight-4698-wms-servers-14d',
    question: '4698 sched task creations on BWL-WMS-* servers lst 14d, sentinel, count per box',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4698), kqlPrefix('Computer', 'BWL-WMS-'), COUNT_KQL, kqlBy('Computer'), kqlLast('14d|336h|2w')],
      },
    },
  },

  // SPL: logistics SOC analyst pasting fragments (terse)
  {
    id: 'b76-spl-freight-defanged-domains-dns-7d',
    question:
      'IOCs:\n  updates-msft[.]live\n  cdn-fastsync[.]top\n  185.244.25.61\nsysmon dns lookups for the 2 domains lst 7d in splunk, host + image pls',
    expect: {
      spl: {
        table: 'sysmon',
        has: [/updates-msft\.live/i, /cdn-fastsync\.top/i, splShows('host'), splShows('Image'), splLast('7d|168h|1w')],
        not: [WINDOWS_SECURITY_IDS_SPL, /\[\.\]/],
      },
    },
  },
  {
    id: 'b76-spl-freight-cloudtrail-accessdenied-since-nov23',
    question:
      'from cloudtrail: `errorCode: AccessDenied, eventName: GetObject, sourceIPAddress: 203.0.113.201` - how many AccessDenied per user arn from that ip since nov 23?',
    expect: {
      spl: {
        table: 'aws',
        has: [/AccessDenied/, /203\.0\.113\.201/, COUNT_SPL, splBy('userIdentity.arn'), splSince(NOV_23)],
      },
    },
  },
  {
    id: 'b76-spl-freight-wmiprvse-cmd-72h',
    question:
      'seen on a dispatch pc: `ParentImage=C:\\Windows\\System32\\wbem\\WmiPrvSE.exe Image=C:\\Windows\\System32\\cmd.exe`\nin sysmon, which hosts had cmd.exe spawned by WmiPrvSE.exe lst 72h? count by host',
    expect: {
      spl: {
        table: 'sysmon',
        has: [
          /ParentImage\s*=[^|]*WmiPrvSE/i,
          /Image\s*=[^|]*cmd\.exe/i,
          COUNT_SPL,
          splBy('host'),
          splLast('72h|3d|4320m'),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b76-spl-freight-edr-run-key-value-30d',
    question:
      'EDR note: "persistence via HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Run, value FreightSyncUpd". any other hosts with that run value in the last 30 days?',
    expect: {
      spl: {
        has: [/Endpoint\.Registry|datamodel=Endpoint/, /FreightSyncUpd/, splShows('dest'), splLast('30d|720h')],
      },
    },
  },
  // SPL: foundry plant manager and HR (ordinary)
  {
    id: 'b76-spl-plant-rdp-furnace-pc-10d',
    question:
      'In Splunk, which computers connected by remote desktop to our furnace control PC HC-FURN-02 in the last 10 days, and how many times each?',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [
          splEvent(4624),
          /Logon_Type\s*(=|IN\s*\()\s*"?10\b/i,
          /HC-FURN-02/i,
          COUNT_SPL,
          splBy('src|Caller_Computer_Name'),
          splLast('10d|240h'),
        ],
        not: [/index\s*=\s*sysmon/],
      },
    },
  },
  {
    id: 'b76-spl-plant-bytes-out-monitoring-server-yesterday',
    question:
      'From the firewall data in Splunk, how much data did our machine-monitoring server 10.60.4.20 send out yesterday, per destination? Top 10 please.',
    expect: {
      spl: {
        has: [
          /Network_Traffic/,
          /10\.60\.4\.20/,
          /sum\(\s*(All_Traffic\.)?bytes_out\s*\)/,
          splBy('(All_Traffic\\.)?dest_ip'),
          splTop(10),
          YESTERDAY_START_SPL,
          YESTERDAY_END_SPL,
        ],
      },
    },
  },
  {
    id: 'b76-spl-plant-shiftboard-distinct-daily-week',
    question:
      "In Splunk, how many different people signed in to the shift-planning app 'ShiftBoard' each day this week?",
    expect: {
      spl: {
        has: [/ShiftBoard/, DC_SPL, DAILY_SPL, THIS_WEEK_SPL],
      },
    },
  },
  // SPL: law firm (formal)
  {
    id: 'b76-spl-lawhr-accounts-disabled-prev-month',
    question:
      'Please could you check in Splunk how many times each of our Windows accounts was disabled during the previous calendar month?',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [/4725|disabled/i, COUNT_SPL, splBy('user'), PREV_MONTH_START_SPL, PREV_MONTH_END_SPL],
        not: [/index\s*=\s*sysmon/],
      },
    },
  },
  {
    id: 'b76-spl-lawlit-sharing-links-30d',
    question:
      'In Splunk, please list the sharing links that our litigation team member j.ferreira@achebeveldhuis.law created for documents over the last 30 days.',
    expect: {
      spl: {
        table: 'o365',
        has: [
          splIs('UserId', 'j\\.ferreira@achebeveldhuis\\.law'),
          /AnonymousLink|SharingInvitation|SharingSet|CompanyLink|SecureLink|Operation\s*=\s*"?\*?(Link|Sharing)/i,
          splLast('30d|720h'),
        ],
      },
    },
  },
  {
    id: 'b76-spl-lawfin-portal-errors-hourly-today',
    question:
      'Our client portal (portal.achebeveldhuis.law) was slow and kept showing errors this morning. How many requests failed in each hour today?',
    expect: {
      spl: {
        table: 'Web',
        has: [
          /portal\.achebeveldhuis\.law/i,
          /status\s*(>=?\s*"?(4\d\d|399|500|499)\b|=\s*"?[45](\*|\d\d))|like\(\s*(\w+\.)?status\s*,\s*"[45]%"|match\(\s*(\w+\.)?status\s*,\s*"\^?\[?[45]|status\s*IN\s*\(\s*"?[45]\d\d/i,
          COUNT_SPL,
          HOURLY_SPL,
          TODAY_SPL,
        ],
      },
    },
  },

  // SQL: foundry finance office and plant manager (ordinary, business words only)
  {
    id: 'b76-sql-plantfin-automotive-sales-ytd',
    question:
      'How much have our customers in the Automotive group bought from us so far this year, customer by customer, biggest first?',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          sqlIs('(\\w+\\.)?segment', 'Automotive'),
          sqlGroupBy('customer_id|name'),
          DESC_SQL,
          THIS_YEAR_ORDERS_SQL,
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b76-sql-plantfin-overdue-before-nov1-per-customer',
    question:
      "Which customers still owe us money on bills that were due before 1 November and haven't been paid? Show how much each one owes in total.",
    expect: {
      sql: {
        table: 'invoices',
        has: [
          UNPAID_SQL,
          new RegExp(`due_date\\s*<\\s*${sqlLiteral}${iso(NOV_1)}|due_date\\s*<=\\s*${sqlLiteral}2026-10-31`, 'i'),
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          sqlGroupBy('customer_id|name'),
        ],
      },
    },
  },
  {
    id: 'b76-sql-plant-unsold-active-products-since-sep1',
    question: "Which of our products haven't sold a single unit since 1 September but are still in the catalogue?",
    expect: {
      sql: {
        table: 'products',
        has: [
          /NOT\s+EXISTS|NOT\s+IN|LEFT\s+JOIN[^;]*IS\s+NULL|EXCEPT/i,
          /order_items/,
          activeSql('p'),
          sqlSince('(\\w+\\.)?created_at', SEP_1),
        ],
        not: [/\bp\.created_at\s*(>|>=|<)/i],
      },
    },
  },
  {
    id: 'b76-sql-plantfin-budget-h1-spent-vs-planned',
    question:
      'What did each department spend against its budget in the first six months of this fiscal year, compared with what was planned?',
    expect: {
      sql: {
        table: 'budget',
        has: [
          /SUM\(\s*(\w+\.)?spent\s*\)/i,
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          sqlGroupBy('department'),
          /fiscal_month\s*(<=\s*6|<\s*7|BETWEEN\s+1\s+AND\s+6|IN\s*\(\s*1\s*,\s*2\s*,\s*3\s*,\s*4\s*,\s*5\s*,\s*6\s*\))/i,
          new RegExp(
            `fiscal_year\\s*=\\s*(${YEAR}|EXTRACT\\(\\s*YEAR\\s+FROM\\s+${sqlNow}|date_part\\(\\s*'year'\\s*,\\s*${sqlNow})`,
            'i',
          ),
        ],
      },
    },
  },
  {
    id: 'b76-sql-plantfin-shipped-weekly-8w',
    question: 'How many orders did we ship each week over the last 8 weeks?',
    expect: {
      sql: {
        table: 'orders',
        has: [
          sqlIs('(\\w+\\.)?status', 'shipped'),
          /COUNT\(/i,
          WEEKLY_SQL,
          sqlLast('created_at', '8 weeks?|56 days?', 56),
        ],
      },
    },
  },
  {
    id: 'b76-sql-plantfin-gbp-big-orders-yesterday',
    question: "List the orders over 20,000 in pounds sterling that came in yesterday, with the customer's name.",
    expect: {
      sql: {
        table: 'orders',
        has: [
          sqlIs('(\\w+\\.)?currency', 'GBP'),
          /total\s*(>\s*20000|>=\s*20001)\b/i,
          sqlShows('name'),
          sqlYesterdayStart('created_at'),
          sqlYesterdayEnd('created_at'),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b76-sql-plantfin-top5-categories-quarter',
    question: 'Which 5 product categories brought in the most money from items sold this quarter?',
    expect: {
      sql: {
        table: 'order_items',
        has: [
          /SUM\(\s*(\w+\.)?quantity\s*\*\s*(\w+\.)?unit_price\s*\)|SUM\(\s*(\w+\.)?unit_price\s*\*\s*(\w+\.)?quantity\s*\)/i,
          sqlGroupBy('category'),
          DESC_SQL,
          topSql(5),
          THIS_QUARTER_SQL,
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  // SQL: law firm HR and finance (formal)
  {
    id: 'b76-sql-lawhr-dormant-accounts-per-dept',
    question:
      'Could you tell me how many staff accounts in each department have not been used for two months or more, counting only people who are still employed?',
    expect: {
      sql: {
        table: 'users',
        has: [
          activeSql('u'),
          new RegExp(
            `last_login_at\\s*(<|<=)\\s*\\(?\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?-\\s*(interval\\s*'(2 months?|60 days?|61 days?)'|'(2 months?|60 days?)'\\s*::\\s*interval)`,
            'i',
          ),
          /COUNT\(/i,
          sqlGroupBy('department'),
        ],
      },
    },
  },
  {
    id: 'b76-sql-lawhr-payroll-exports-per-person-14d',
    question:
      "From our internal application's activity records, how many times did each member of staff download a payroll export in the last 14 days?",
    expect: {
      sql: {
        table: 'events',
        has: [
          /event_type\s*(=|I?LIKE|IN\s*\(|~\*?)[^;]*payroll/i,
          /COUNT\(/i,
          sqlGroupBy('user_id|email|display_name'),
          sqlLast('occurred_at', '14 days?|2 weeks?', 14),
        ],
      },
    },
  },
  {
    id: 'b76-sql-lawfin-days-to-pay-by-segment-prev-month',
    question:
      'For the invoices we issued in the previous calendar month that have since been paid, what was the average time to payment for each client segment?',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /AVG\([^;]*paid_at[^;]*issued_at|AVG\([^;]*issued_at[^;]*paid_at/i,
          sqlGroupBy('segment'),
          sqlPrevMonthStart('issued_at'),
          sqlPrevMonthEnd('issued_at'),
        ],
      },
    },
  },

  // Two platforms
  {
    id: 'b76-two-freight-isac-ip-iocs-since-nov20',
    question:
      'IOC list from the freight-sector ISAC:\n  45.95.147.0/24\n  194.26.29.114\ncheck defender network events AND the firewall data in splunk for any connection to these since 20 nov',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [/45\.95\.147\./, /194\.26\.29\.114/, /RemoteIP/, kqlSince(NOV_20)],
      },
      spl: {
        has: [/Network_Traffic/, /45\.95\.147\./, /194\.26\.29\.114/, /dest_ip/, splSince(NOV_20)],
      },
    },
  },
  {
    id: 'b76-two-lawhr-exit-failed-signins-30d',
    question:
      'Ahead of an exit interview tomorrow, could you check both Sentinel and Splunk for any failed sign-ins by r.haldane@achebeveldhuis.law over the last 30 days?',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [kqlIs('UserPrincipalName', 'r\\.haldane@achebeveldhuis\\.law'), FAILED_SIGNIN_KQL, kqlLast('30d|720h')],
      },
      spl: {
        has: [/r\.haldane(@achebeveldhuis\.law)?/i, /fail|errorCode/i, splLast('30d|720h')],
      },
    },
  },
  {
    id: 'b76-two-freight-adfind-alert-5d',
    question:
      "Alert: 'Possible ransomware precursor - AdFind.exe' (MD5 9b7a0e6ad0dd9e2b4ab6b2cc3f6a4a2f). check defender and splunk sysmon lst 5 days, which hosts ran it?",
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/adfind|9b7a0e6ad0dd9e2b4ab6b2cc3f6a4a2f/i, kqlShows('DeviceName'), kqlLast('5d|120h')],
      },
      spl: {
        table: 'sysmon',
        has: [/adfind|9b7a0e6ad0dd9e2b4ab6b2cc3f6a4a2f/i, splShows('host'), splLast('5d|120h')],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b76-two-plant-customer-portal-signins-and-orders-7d',
    question:
      "Our customer Ferrocast says someone got into our supplier portal with their buyer's login. In Sentinel, show the sign-ins of k.brandt@ferrocast.de over the last 7 days, and from the orders database, Ferrocast's orders over the same period.",
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [kqlIs('UserPrincipalName', 'k\\.brandt@ferrocast\\.de'), kqlLast('7d|168h|1w')],
      },
      sql: {
        table: 'orders',
        has: [/'%?Ferrocast/i, sqlLast('created_at', '7 days?|1 weeks?', 7)],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b76-two-lawfin-payrun-lockouts-and-paid-today',
    question:
      "Finance here. From the ticket: 'vendor payment run failed, suspect the svc_payrun account got locked'. Could you pull the lockouts for svc_payrun in Splunk since Friday, and the invoices our database shows as paid today?",
    expect: {
      spl: {
        table: 'wineventlog',
        has: [splEvent(4740), /svc_payrun/i, splSince(FRIDAY)],
      },
      sql: {
        table: 'invoices',
        has: [sqlToday('paid_at')],
      },
    },
  },

  // Clarification: specific-looking, but nothing a query could be written from
  {
    id: 'b76-clarify-matter-okafor-priya',
    question:
      'Re matter 2026-0417 (Okafor v. Lindqvist): Priya asked on 12 November whether we had finished what Daniel started before he went on leave. Could you confirm and complete it?',
    clarification: true,
  },
  {
    id: 'b76-clarify-ticket-marta-line-b',
    question: 'TKT-55821 frm Marta (plant 3, line B), raised 24/11 - pls do wat she asked in there n attach to the tkt',
    clarification: true,
  },
];

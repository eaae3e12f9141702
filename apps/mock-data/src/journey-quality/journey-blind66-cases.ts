import type { JourneyCase } from './journey-cases';
import {
  kqlLast,
  kqlSince,
  THIS_MONTH_KQL,
  YESTERDAY_START_KQL,
  YESTERDAY_END_KQL,
  COUNT_KQL,
  kqlEvent,
  kqlShows,
  kqlIs,
  kqlPrefix,
  kqlAbove,
  kqlBy,
  HOURLY_KQL,
  DAILY_KQL,
  FAILED_SIGNIN_KQL,
  splLast,
  DAY1_SPL,
  THIS_WEEK_SPL,
  THIS_MONTH_SPL,
  PREV_MONTH_START_SPL,
  PREV_MONTH_END_SPL,
  WINDOWS_SECURITY_IDS_SPL,
  HOURLY_SPL,
  splSince,
  splEvent,
  splShows,
  COUNT_SPL,
  splTop,
  splAbove,
  splBy,
  splIs,
  sqlNow,
  sqlLast,
  sqlThis,
  sqlSince,
  sqlDayOf,
  sqlUntil,
  sqlPrevMonthStart,
  sqlCountAbove,
  sqlIs,
  sqlShows,
  sqlGroupBy,
  NOT_CUSTOMER_DATE_SQL,
  UNPAID_SQL,
  WEEKLY_SQL,
  THIS_QUARTER_SQL,
  QUARTER_START,
  dots,
} from './journey-patterns';
import {
  DAY_MS,
  TODAY,
  YESTERDAY,
  YEAR,
  YEAR_START,
  epoch,
  iso,
  kqlDate,
  splDate,
  sqlLiteral,
  usDate,
} from './journey-dates';

/**
 * The "blind66" journey-quality set, written blind on 2026-11-29 (04:46–04:56 UTC). I did not read the query
 * builders (apps/mock-data/src/query/**), the constraint extractor or routing code (libs/planner-core),
 * planner-llm, the planner app, the git history of any of them, any failure list, or another blind author's work
 * in progress (blind67 was written at the same time and I did not open it), and I did not run the planner on any
 * question: the first run is the lead's.
 * I read: TEAM.md and BLIND.md, the `JourneyCase` / `QueryCheck` types in journey-cases.ts, journey-dates.ts,
 * journey-checkers.ts, journey-patterns.ts (most window and shape checks are imported from it), run-journeys.ts (to
 * register the set), the mesh's schemas (kql/spl/sql.json, the files the bundled-schemas module loads), blind55's
 * file as the format example (its questions, personas and values are not reused) and the persona lines and question
 * lines of the other blind sets (to avoid their fields, questions and clarification wordings).
 * Personas (new fields, organisations invented):
 * - a shipyard's OT/IT technician (Brennvik Shipyard, brennvik.no, BVY-* hosts: BVY-CNC-* plasma cutters,
 *   BVY-ENG-* PLC engineering workstations, BVY-HMI-03, BVY-DC01; terse chat with abbreviations and typos):
 *   zerotier on the CNC boxes, sign-ins from outside Norway over the weekend, Key Vault access-policy changes,
 *   hourly 4625 on a DC, S7comm (port 102), dynamic-DNS lookups in Sysmon, blocked RDP/SSH at the firewall,
 *   StopInstances / RebootInstances in eu-north-1, 4768 with status 0x12 since 06:00, top processes on an HMI, a
 *   SHA256 in Defender and Sysmon, account deletions (4726) in Sentinel and Splunk;
 * - a translation agency's information-security and compliance officer (Quillon Translations, quillon-lang.com,
 *   QT-* hosts, the LexiCAT CAT tool, the Quillon Client Portal; formal full sentences, often context first and
 *   the ask last): ClientVault downloads, a password spray over 90 minutes, MFA versus single-factor per week for the
 *   quarter, Vendor-Translators group membership changes, lexicat.exe child processes, admin password resets
 *   (4724), portal sign-in failures per day and error code in Splunk, Winlogon Shell/Userinit registry changes,
 *   AddedToSecureLink per user, dormant Localisation users, document exports from outside a /16, a translator's
 *   failures per day in both Sentinel and Splunk;
 * - an auction house's finance and sales-operations staff (Pemberton & Marsh Auctioneers, pembertonmarsh.co.uk;
 *   ordinary sentences; lots are products, buyers are customers, the hammer price is the item's unit price): the
 *   bidding site's 5xx on Saturday evening, failed bidder-portal logins, invoiced versus unpaid per currency for the
 *   quarter, Maritime lots sold above twice their list price, last month versus this month per category, Swiss
 *   buyers over 20,000 CHF between the 3rd and the 10th, new bidders per week per segment, weekend GBP orders per
 *   hour, invoices 30+ days past due, never-sold active items, a staff member's sign-ins and refunds, checkout
 *   errors and payment_failed orders per hour since Friday.
 * Styles: 13 terse chat, 13 formal, 12 ordinary. No question names a query language; a question names its store
 * (Sentinel, Defender, Splunk, Sysmon, "the Azure AD sign-in logs held in Splunk", "fw data in splunk", "our app
 * database") whenever the schemas hold that data in more than one store; AzureActivity, CloudTrail, the Web and
 * registry data models and the business tables are asked for without one.
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform (3 KQL + SPL, 1 KQL + SQL, 1 SPL + SQL), 2 clarification (38).
 * Values: UPN domains and UPNs, host names and prefixes (BVY-CNC-*, BVY-ENG-*, BVY-DC01, BVY-HMI-03, QT-LT-0192),
 * a country (Norway, Switzerland), a resource (kv-bvy-yard), event IDs (4625, 4724, 4726, 4768 + 0x12, Sysmon 1),
 * ports (102, 22, 3389), process names (zerotier, lexicat.exe, svchost), domains (ddns.net, hopto.org), a web
 * host and a path, HTTP 4xx/5xx, an AWS region and event names, an app name, a group name, O365 operations, a
 * registry key, a SHA256, a CIDR (10.40.0.0/16), currencies (CHF, GBP), amounts (20,000), a ratio (twice the list
 * price), categories, a segment, a department, statuses, event types.
 * Shapes: counts, distinct counts, sums (also of a product), averages, a conditional sum, thresholds after
 * aggregation, top N (5, 10), 15-minute / hourly / daily / weekly buckets, group by, ordering, columns to show,
 * first seen, a comparison of two months and of two platforms, negations (outside a country, outside a subnet,
 * leave out a process, never sold, never logged in).
 * Windows: last N minutes/hours/days (90m, 6h, 24h, 36h, 48h, 72h, 3d, 7d, 14d / "fortnight", 30d), since 06:00
 * today, yesterday (both ends), "over the weekend" (since Saturday; no end is checked, as on the weekend itself
 * the window is still open), Saturday 18:00–24:00, since Friday, this week, since the 1st / month to date, the
 * previous calendar month (both ends), since the start of the quarter, this year, since 1 November, between 16 and
 * 22 November, "between the 3rd and the 10th" (of this month once the 10th has passed, else of the previous
 * month), and conditions that are not windows (30+ days past due, never sold, active).
 * Checks accept every spelling I could think of for the same condition and reject only queries that do not answer
 * the question. Before committing I checked every case against queries I wrote by hand (one per platform of each
 * case; a scratch script, not committed, calling the real checkers from journey-checkers.ts): every `has` matched,
 * no `not` did, and the Kusto analyser, the SPL check and PostgreSQL reported no problem. Not run on the planner.
 */

/** Days back from today to the most recent given weekday (0 = Sunday … 6 = Saturday), today included. */
const daysBackTo = (weekday: number): number => (TODAY.getUTCDay() - weekday + 7) % 7;
const SATURDAY = new Date(TODAY.getTime() - daysBackTo(6) * DAY_MS);
const FRIDAY = new Date(TODAY.getTime() - daysBackTo(5) * DAY_MS);
/** "between the 3rd and the 10th": this month once the 10th is past, else the previous month. */
const RANGE_MONTH = TODAY.getUTCDate() > 10 ? TODAY.getUTCMonth() : TODAY.getUTCMonth() - 1;
const DAY_3 = new Date(Date.UTC(TODAY.getUTCFullYear(), RANGE_MONTH, 3));
const DAY_10 = new Date(Date.UTC(TODAY.getUTCFullYear(), RANGE_MONTH, 10));
const DAY_11 = new Date(Date.UTC(TODAY.getUTCFullYear(), RANGE_MONTH, 11));
/** Explicit days the questions name. */
const NOV_1 = new Date(Date.UTC(2026, 10, 1));
const NOV_16 = new Date(Date.UTC(2026, 10, 16));
const NOV_22 = new Date(Date.UTC(2026, 10, 22));
const NOV_23 = new Date(Date.UTC(2026, 10, 23));

// A day's start, however far back from today (KQL / SPL / SQL)
const kqlDayStart = (day: Date): string => {
  const n = Math.round((TODAY.getTime() - day.getTime()) / DAY_MS);
  const relative =
    n === 0
      ? 'startofday\\(\\s*now\\(\\)\\s*\\)'
      : `startofday\\(\\s*(ago\\(\\s*(${n}d|${n * 24}h)\\s*\\)|now\\(\\)\\s*-\\s*(${n}d|${n * 24}h))\\s*\\)|startofday\\(\\s*now\\(\\)\\s*\\)\\s*-\\s*(${n}d|${n * 24}h)`;
  return `${relative}|${kqlDate(day)}|todatetime\\(\\s*["']${iso(day)}`;
};
const splDayStart = (day: Date, weekday: number): string => {
  const n = Math.round((TODAY.getTime() - day.getTime()) / DAY_MS);
  return `${n === 0 ? '@d|-0d@d' : `-${n}d@d`}|-0w@w${weekday}|@w${weekday}|${splDate(day)}`;
};
const sqlDayStart = (day: Date): string => {
  const n = Math.round((TODAY.getTime() - day.getTime()) / DAY_MS);
  const days = `(interval\\s*'${n} days?'|'${n} days?'\\s*::\\s*interval)`;
  const relative =
    n === 0
      ? `CURRENT_DATE|${sqlNow}\\s*::\\s*date|date_trunc\\(\\s*'day'\\s*,\\s*${sqlNow}\\s*\\)`
      : `(CURRENT_DATE|${sqlNow}\\s*::\\s*date)\\s*-\\s*(${n}\\b|${days})|date_trunc\\(\\s*'day'\\s*,\\s*${sqlNow}\\s*\\)\\s*-\\s*${days}`;
  return `${relative}|${sqlLiteral}${iso(day)}`;
};
/** Since a day's start on a column (KQL / SPL / SQL). */
const kqlFrom = (day: Date) => new RegExp(`(>=?|between\\s*\\()\\s*(${kqlDayStart(day)})`);
const splFrom = (day: Date, weekday: number) => new RegExp(`earliest\\s*=\\s*"?(${splDayStart(day, weekday)})`);
const sqlFrom = (column: string, day: Date) =>
  new RegExp(`(${column}|${sqlDayOf(column)})\\s*(>=|BETWEEN)\\s*\\(?\\s*(${sqlDayStart(day)})`, 'i');
/** Since an explicit day on a column, also taken as a date (SQL). */
const sqlSinceDay = (column: string, day: Date) =>
  new RegExp(
    `${sqlSince(column, day).source}|${sqlDayOf(column)}\\s*(>=|BETWEEN)\\s*\\(?\\s*${sqlLiteral}${iso(day)}`,
    'i',
  );

/** "over the weekend": since Saturday's start. */
const WEEKEND_KQL = new RegExp(
  `${kqlFrom(SATURDAY).source}${daysBackTo(6) === 0 ? '' : '|(>=?|between\\s*\\()\\s*startofweek\\(\\s*now\\(\\)\\s*\\)\\s*-\\s*(1d|24h)'}`,
);
const WEEKEND_SPL = splFrom(SATURDAY, 6);
/** "since Friday". */
const FRIDAY_SPL = splFrom(FRIDAY, 5);

// KQL windows and shapes
/** The end of the range "between the 3rd and the 10th" (KQL): through the whole 10th. */
const END_10_KQL = new RegExp(
  `(<|\\.\\.)\\s*(${kqlDate(DAY_11)}|todatetime\\(\\s*["']${iso(DAY_11)})|(<=?|\\.\\.)\\s*datetime\\(\\s*["']?${iso(DAY_10)}[T ]23:59|endofday\\(\\s*datetime\\(\\s*["']?${iso(DAY_10)}`,
);
const WEEKLY_KQL =
  /bin\(\s*(TimeGenerated|Timestamp)\s*,\s*(7d|1w|168h)\s*\)|startofweek\(\s*(TimeGenerated|Timestamp)\s*\)/;
/** A failed Azure AD sign-in in Splunk's azure index. */
const FAILED_AZURE_SPL =
  /errorCode"?\s*(!=\s*"?0|>\s*"?0|=\s*"?[1-9])|NOT\s+"?properties\.status\.errorCode"?\s*=\s*"?0/i;

// SPL windows and shapes
/** A wall-clock time as SPL may write a bound: `11/28/2026:18:00:00`, ISO, epoch. */
const splAt = (day: Date, hour: number): string => {
  const at = new Date(day.getTime() + hour * 3_600_000);
  const hh = String(hour).padStart(2, '0');
  return `${usDate(day)}:${hh}:00|${iso(day)}[T ]${hh}:00|${epoch(at)}`;
};
const SIX_AM_SPL = new RegExp(`earliest\\s*=\\s*"?(@d\\+6h|-0d@d\\+6h|@d\\+360m|${splAt(TODAY, 6)})`);
const daysToSaturday = daysBackTo(6);
const SAT_18_SPL = new RegExp(
  `earliest\\s*=\\s*"?(${daysToSaturday === 0 ? '@d' : `-${daysToSaturday}d@d`}\\+18h|@w6\\+18h|${splAt(SATURDAY, 18)})`,
);
const SAT_24_SPL = new RegExp(
  `latest\\s*=\\s*"?(${daysToSaturday === 1 ? '@d|-0d@d|' : ''}@w6\\+(1d|24h)|${splAt(new Date(SATURDAY.getTime() + DAY_MS), 0)}|${usDate(SATURDAY)}:23:59|${iso(SATURDAY)}[T ]23:59)`,
);
const DAILY_SPL = /span\s*=\s*"?(1d|24h|1day)\b|strftime\([^)]*%(Y-%m-%d|F|d)/;
const DESC_SPL = /\|\s*sort\s+(\d+\s+)?-\s*"?\w|\|\s*top\b/;
/** An HTTP 5xx status (SPL). */
const STATUS_5XX_SPL =
  /status\s*(>=?\s*"?(500|499)\b|=\s*"?5(\*|\d\d))|like\(\s*(\w+\.)?status\s*,\s*"5%"|match\(\s*(\w+\.)?status\s*,\s*"\^?5|status\s*IN\s*\(\s*"?5\d\d/i;
/** An HTTP 4xx or 5xx status (SPL). */
const STATUS_4XX_5XX_SPL =
  /status\s*(>=?\s*"?(400|399)\b)|status\s*=\s*"?4(\*|\d\d)[^|]*status\s*=\s*"?5(\*|\d\d)|like\(\s*(\w+\.)?status\s*,\s*"4%"|match\(\s*(\w+\.)?status\s*,\s*"\^?(\[45\]|4|\(4)|status\s*IN\s*\(\s*"?4\d\d/i;
/** A day's end for "between 16 and 22 November" (SPL). */
const END_NOV22_SPL = new RegExp(
  `latest\\s*=\\s*"?(${splDate(NOV_23)}|${usDate(NOV_22)}:23:59|${iso(NOV_22)}T23:59|${NOV_23.getTime() / 1000 - 1})`,
);

// SQL windows and shapes
const sqlThisYear = (column: string) =>
  new RegExp(
    `${sqlThis(column, 'year', YEAR_START).source}|EXTRACT\\(\\s*YEAR\\s+FROM\\s+(\\w+\\.)?(${column})\\s*\\)\\s*=\\s*${YEAR}|date_part\\(\\s*'year'\\s*,\\s*(\\w+\\.)?(${column})\\s*\\)\\s*=\\s*${YEAR}`,
    'i',
  );
const HOURLY_SQL = /date_trunc\(\s*'hour'|EXTRACT\(\s*HOUR\b|date_part\(\s*'hour'|to_char\([^)]*HH24/i;
const ACTIVE_SQL =
  /active\s*(=\s*(true|'t(rue)?')|IS\s+TRUE)|(WHERE|AND)\s+(\w+\.)?active\s*(\n|$|GROUP|ORDER|AND\b|\))/i;
const SUM_QTY_SQL = /SUM\(\s*(\w+\.)?quantity\s*\)|SUM\(\s*CASE[^;]*THEN\s+(\w+\.)?quantity\s+(ELSE|END)/i;
const SUM_QTY_PRICE_SQL = /SUM\([^;]*quantity\s*\*\s*(\w+\.)?unit_price|SUM\([^;]*unit_price\s*\*\s*(\w+\.)?quantity/i;

/** An address outside 10.40.0.0/16 (SQL): the inet containment operators, a range, a text prefix or a mask. */
const OUTSIDE_SUBNET_SQL = new RegExp(
  [
    "NOT[^;]*(ip_address\\s*<<=?\\s*(inet\\s*)?'10\\.40\\.0\\.0/16'|'10\\.40\\.0\\.0/16'(\\s*::\\s*(inet|cidr))?\\s*>>=?\\s*(\\w+\\.)?ip_address)",
    "(host\\(\\s*(\\w+\\.)?ip_address\\s*\\)|ip_address\\s*::\\s*text)\\s*(NOT\\s+I?LIKE\\s+'10\\.40\\.%'|!~\\*?\\s*'\\^?10\\\\?\\.40)",
    "NOT\\s*\\(?\\s*(\\w+\\.)?ip_address\\s+BETWEEN\\s+(inet\\s*)?'10\\.40\\.0\\.0'|ip_address\\s+NOT\\s+BETWEEN\\s+(inet\\s*)?'10\\.40\\.0\\.0'",
    "set_masklen\\(\\s*(\\w+\\.)?ip_address\\s*,\\s*16\\s*\\)[^;]*(<>|!=)\\s*(cidr\\s*|inet\\s*)?'10\\.40\\.0\\.0/16'",
    "NOT\\s*\\(?\\s*network\\(\\s*set_masklen\\(\\s*(\\w+\\.)?ip_address\\s*,\\s*16\\s*\\)\\s*\\)\\s*=\\s*'10\\.40\\.0\\.0/16'",
  ].join('|'),
  'i',
);

const SHA256 = 'c3a8f1e07b52d94a6e1f38c0d7b29e54a1f06c83b7d2e915f40a6bc8e3d17f92';
const ELLEN = 'ellen.marsh@pembertonmarsh.co.uk';

export const BLIND66_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: shipyard OT/IT technician (terse chat)
  {
    id: 'b66-kql-yard-zerotier-cnc-quarter',
    question:
      'defender: zerotier running on any of the BVY-CNC-* boxes since start of the quarter?? need devicename, acct + first time seen per box',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /zerotier/i,
          kqlPrefix('DeviceName', 'BVY-CNC-'),
          /\bmin\(\s*(TimeGenerated|Timestamp)\s*\)|arg_min\(\s*(TimeGenerated|Timestamp)\b/,
          kqlBy('DeviceName'),
          /AccountName|arg_min\([^)]*\*/,
          kqlSince(QUARTER_START),
        ],
      },
    },
  },
  {
    id: 'b66-kql-yard-signins-outside-norway-weekend',
    question: 'sentinel: signins for @brennvik.no accts from outside norway over the weekend - upn, ip, country, app',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /brennvik\.no/i,
          /Location\s*(!=|!~|<>|!in~?\s*\(|!has)\s*[^|]*["'](NO|Norway)["']|not\s*\(\s*Location\s*(==|=~|in~?\s*\(|has)\s*[^|]*["'](NO|Norway)["']/i,
          kqlShows('UserPrincipalName'),
          kqlShows('IPAddress'),
          kqlShows('Location'),
          kqlShows('AppDisplayName'),
          WEEKEND_KQL,
        ],
      },
    },
  },
  {
    id: 'b66-kql-yard-keyvault-policies-3rd-10th',
    question: 'azure: who changed access policies on key vault kv-bvy-yard between the 3rd and the 10th? caller + ip',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          /kv-bvy-yard/i,
          /access\s*polic|accesspolic/i,
          kqlShows('Caller'),
          kqlShows('CallerIpAddress'),
          kqlSince(DAY_3),
          END_10_KQL,
        ],
      },
    },
  },
  {
    id: 'b66-kql-yard-4625-hourly-dc01-36h',
    question: 'how many 4625s per hour on BVY-DC01 lst 36h? sentinel',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4625),
          /Computer\s*(==|=~|has|contains|startswith|in~?\s*\()[^|]*BVY-DC01/i,
          COUNT_KQL,
          HOURLY_KQL,
          kqlLast('36h|2160m|1\\.5d'),
        ],
      },
    },
  },
  {
    id: 'b66-kql-yard-eng-s7comm-7d',
    question: 'defender - which BVY-ENG-* workstations talked s7comm (port 102) lst 7d? remote ip, port n the process',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /RemotePort\s*(==|in\s*\()\s*102\b/,
          kqlPrefix('DeviceName', 'BVY-ENG-'),
          kqlShows('DeviceName'),
          kqlShows('RemoteIP'),
          kqlShows('InitiatingProcessFileName'),
          kqlLast('7d|168h|1w'),
        ],
      },
    },
  },
  // KQL: translation agency's compliance officer (formal)
  {
    id: 'b66-kql-quillon-clientvault-downloads-month',
    question:
      'Our client confidentiality policy forbids keeping source documents on personal devices. Using the Office 365 activity in Sentinel, please list every FileDownloaded or FileSyncDownloadedFull operation on the ClientVault SharePoint site since the start of the month, with the user, the client IP address and the file name.',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [
          /FileDownloaded/,
          /FileSyncDownloadedFull/,
          /(Site_Url|OfficeObjectId)\s*(has|contains|=~|==|startswith|endswith|matches\s+regex|has_any\s*\()[^|]*ClientVault/i,
          kqlShows('UserId'),
          kqlShows('ClientIP'),
          kqlShows('SourceFileName'),
          THIS_MONTH_KQL,
        ],
      },
    },
  },
  {
    id: 'b66-kql-quillon-spray-90min',
    question:
      'We suspect a password spray against our freelance translators. From Sentinel, please count the distinct accounts each IP address failed to sign in to over the last 90 minutes, and show only the addresses that targeted more than 15 accounts.',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          FAILED_SIGNIN_KQL,
          /(dcount|count_distinct)\(\s*(UserPrincipalName|UserId)\s*\)/,
          kqlBy('IPAddress'),
          kqlAbove(15),
          kqlLast('90m|1\\.5h'),
        ],
      },
    },
  },
  {
    id: 'b66-kql-quillon-lexicat-mfa-weekly-quarter',
    question:
      'For the quarterly access review, please compare, in Sentinel, the number of sign-ins to LexiCAT Cloud that required multifactor authentication with those that needed only a single factor, for each week since the start of the quarter.',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('AppDisplayName', 'LexiCAT Cloud'),
          /AuthenticationRequirement/,
          /\bcount(if)?\(|\|\s*count\b/,
          WEEKLY_KQL,
          kqlSince(QUARTER_START),
        ],
      },
    },
  },
  {
    id: 'b66-kql-quillon-vendor-group-changes-nov1',
    question:
      "Please list the changes to the membership of the 'Vendor-Translators' group recorded in the Sentinel directory audit log since 1 November, stating who made each change, which user was added or removed, and when.",
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [
          /member/i,
          /Vendor-Translators/i,
          kqlShows('InitiatedBy'),
          kqlShows('TargetResources'),
          kqlShows('TimeGenerated'),
          kqlSince(NOV_1),
        ],
      },
    },
  },
  {
    id: 'b66-kql-quillon-lexicat-children-48h',
    question:
      'A project manager reports that the LexiCAT desktop client on laptop QT-LT-0192 behaved oddly. Please list, from Defender, every process started by lexicat.exe on that device during the past 48 hours, with the child process name and its full command line.',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /InitiatingProcessFileName\s*(==|=~|has|contains|startswith|in~?\s*\()[^|]*lexicat/i,
          /QT-LT-0192/i,
          kqlShows('FileName'),
          kqlShows('ProcessCommandLine'),
          kqlLast('48h|2d|2880m'),
        ],
      },
    },
  },
  {
    id: 'b66-kql-quillon-4724-resets-yesterday',
    question:
      'Please report the password resets performed by administrators on domain accounts (event 4724) that Sentinel recorded yesterday, with who performed each reset and on which account, in time order.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4724),
          kqlShows('SubjectUserName|Account'),
          kqlShows('TargetUserName'),
          /(sort|order)\s+by\s+TimeGenerated/,
          new RegExp(`${YESTERDAY_START_KQL.source}|${kqlFrom(YESTERDAY).source}`),
          YESTERDAY_END_KQL,
        ],
      },
    },
  },

  // SPL: shipyard OT/IT technician (terse chat)
  {
    id: 'b66-spl-yard-ddns-lookups-24h',
    question:
      'splunk sysmon: any BVY-* host doing dns lookups for *.ddns.net or *.hopto.org lst 24h? host, query, image',
    expect: {
      spl: {
        table: 'sysmon',
        has: [
          /ddns\.net/i,
          /hopto\.org/i,
          /BVY-/i,
          splShows('host'),
          splShows('QueryName'),
          splShows('Image'),
          DAY1_SPL,
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b66-spl-yard-fw-blocked-rdp-ssh-week',
    question: 'fw data in splunk - blocked inbound 3389/22 this wk, top 10 src ips',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /dest_port\s*=\s*"?3389\b|dest_port\s*IN\s*\([^)]*\b3389\b/i,
          /dest_port\s*=\s*"?22\b|dest_port\s*IN\s*\([^)]*\b22\b/i,
          /action\s*(=|IN\s*\()\s*"?(blocked|block|denied|deny|dropped|drop)/i,
          /\bsrc(_ip)?\b/,
          splTop(10),
          THIS_WEEK_SPL,
        ],
      },
    },
  },
  {
    id: 'b66-spl-yard-stop-reboot-eu-north-weekend',
    question: 'cloudtrail: who did StopInstances or RebootInstances in eu-north-1 over the weekend? arn + time',
    expect: {
      spl: {
        table: 'aws',
        has: [
          /StopInstances/,
          /RebootInstances/,
          splIs('awsRegion', 'eu-north-1'),
          splShows('userIdentity.arn'),
          splShows('_time'),
          WEEKEND_SPL,
        ],
      },
    },
  },
  {
    id: 'b66-spl-yard-4768-disabled-since-6am',
    question: 'splunk wineventlog: 4768 w/ status 0x12 (disabled acct) since 06:00 today, count by user + src',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [splEvent(4768), /0x12\b/i, COUNT_SPL, splBy('user'), splBy('src'), SIX_AM_SPL],
      },
    },
  },
  {
    id: 'b66-spl-yard-hmi03-top5-procs-3d',
    question: 'top 5 procs started on BVY-HMI-03 past 3 days (sysmon in splunk, event 1), leave out svchost',
    expect: {
      spl: {
        table: 'sysmon',
        has: [
          /EventCode\s*(=|IN\s*\()\s*"?1\b/,
          /BVY-HMI-03/i,
          /\bImage\b|process_name/,
          splTop(5),
          /(\bNOT\b|!=)[^|]*svchost/i,
          splLast('3d|72h|4320m'),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  // SPL: translation agency's compliance officer (formal)
  {
    id: 'b66-spl-quillon-portal-failures-daily-nov16-22',
    question:
      'Please produce, from the Azure AD sign-in logs held in Splunk, a daily count of failed sign-ins to the Quillon Client Portal between 16 and 22 November, broken down by error code.',
    expect: {
      spl: {
        table: 'azure',
        has: [
          /Quillon Client Portal/i,
          FAILED_AZURE_SPL,
          DAILY_SPL,
          splBy('properties.status.errorCode'),
          splSince(NOV_16),
          END_NOV22_SPL,
        ],
      },
    },
  },
  {
    id: 'b66-spl-quillon-winlogon-fortnight',
    question:
      'Please list the modifications to the Winlogon Shell or Userinit registry values on our endpoints during the last fortnight, giving the host, the value name and the data written.',
    expect: {
      spl: {
        table: 'Endpoint.Registry',
        has: [
          /Winlogon/i,
          /\bShell\b/i,
          /Userinit/i,
          splShows('dest'),
          splShows('registry_value_name'),
          splShows('registry_value_data'),
          splLast('14d|336h|2w'),
        ],
      },
    },
  },
  {
    id: 'b66-spl-quillon-securelink-per-user-prev-month',
    question:
      'For the audit file, please provide the number of AddedToSecureLink operations per user in the Microsoft 365 audit data in Splunk for the previous calendar month, highest first.',
    expect: {
      spl: {
        table: 'o365',
        has: [/AddedToSecureLink/, COUNT_SPL, /\bUserId\b/, DESC_SPL, PREV_MONTH_START_SPL, PREV_MONTH_END_SPL],
      },
    },
  },
  // SPL: auction house (ordinary)
  {
    id: 'b66-spl-auction-bid-5xx-saturday-evening',
    question:
      'Our online bidding site felt slow on Saturday evening. From the web logs, can you give me the number of 5xx errors on bid.pembertonmarsh.co.uk in 15-minute buckets between 6pm and midnight on Saturday?',
    expect: {
      spl: {
        table: 'Web',
        has: [
          /bid\.pembertonmarsh\.co\.uk/i,
          STATUS_5XX_SPL,
          /span\s*=\s*"?15m(in)?\b/,
          COUNT_SPL,
          SAT_18_SPL,
          SAT_24_SPL,
        ],
      },
    },
  },
  {
    id: 'b66-spl-auction-bidder-portal-failures-6h',
    question:
      'Someone keeps trying to get into bidder accounts. Using the Authentication data model in Splunk, which source addresses had more than 50 failed logins to the bidder-portal app in the last 6 hours?',
    expect: {
      spl: {
        table: 'Authentication',
        has: [/bidder-portal/i, /action\s*(=|IN\s*\()\s*"?fail/i, /\bsrc\b/, splAbove(50), splLast('6h|360m')],
      },
    },
  },

  // SQL: auction house (ordinary)
  {
    id: 'b66-sql-auction-invoiced-unpaid-currency-quarter',
    question:
      'Since the start of the quarter, how much have we invoiced in each currency, and how much of that is still unpaid? One row per currency, please.',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          UNPAID_SQL,
          sqlGroupBy('currency'),
          sqlThis('issued_at', 'quarter', QUARTER_START),
        ],
      },
    },
  },
  {
    id: 'b66-sql-auction-maritime-twice-list-year',
    question:
      'Which lots in the Maritime category sold for more than twice their list price this year? Show the lot name, list price and hammer price.',
    expect: {
      sql: {
        table: 'order_items',
        has: [
          sqlIs('category', 'Maritime'),
          /unit_price\s*>\s*\(?\s*2(\.0+)?\s*\*\s*(\w+\.)?list_price|unit_price\s*>\s*\(?\s*(\w+\.)?list_price\s*\*\s*2\b|unit_price\s*\/\s*(NULLIF\(\s*)?(\w+\.)?list_price[^;]*>\s*2\b|list_price\s*\*\s*2(\.0+)?\s*<\s*(\w+\.)?unit_price|2(\.0+)?\s*\*\s*(\w+\.)?list_price\s*<\s*(\w+\.)?unit_price/i,
          sqlThisYear('created_at'),
          sqlShows('name'),
          sqlShows('list_price'),
          sqlShows('unit_price'),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b66-sql-auction-category-last-vs-this-month',
    question:
      'Can you compare last month with this month so far for each category - items sold and the hammer total (quantity times price)?',
    expect: {
      sql: {
        table: 'order_items',
        has: [
          sqlGroupBy('category'),
          SUM_QTY_SQL,
          SUM_QTY_PRICE_SQL,
          /date_trunc\(\s*'month'\s*,\s*(\w+\.)?created_at|FILTER\s*\(\s*WHERE[^)]*created_at|CASE\s+WHEN[^;]*created_at|EXTRACT\(\s*MONTH|date_part\(\s*'month'|to_char\(/i,
          sqlPrevMonthStart('created_at'),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b66-sql-auction-swiss-chf-3rd-10th',
    question:
      'I need the buyers from Switzerland who spent over 20,000 CHF in total between the 3rd and the 10th - name, email and their total.',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /country\s*\)?\s*(=|I?LIKE|IN\s*\([^)]*?)\s*'(Switzerland|CH)'/i,
          sqlIs('currency', 'CHF'),
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          /(HAVING|WHERE)\s+[^;]*(SUM\(\s*(\w+\.)?total\s*\)|\w+)\s*(>\s*20000|>=\s*20000\.01)(\.0+)?\b/i,
          sqlSinceDay('created_at', DAY_3),
          sqlUntil('created_at', DAY_10),
          sqlShows('name'),
          sqlShows('email'),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b66-sql-auction-new-bidders-weekly-segment-quarter',
    question: 'How many new bidders registered each week since the start of the quarter, split by segment?',
    expect: {
      sql: {
        table: 'customers',
        has: [WEEKLY_SQL, /COUNT\(/i, sqlGroupBy('segment'), THIS_QUARTER_SQL],
      },
    },
  },
  {
    id: 'b66-sql-auction-weekend-gbp-hourly',
    question:
      'We ran a big online sale over the weekend. What were the number of orders and the average order value per hour, GBP orders only?',
    expect: {
      sql: {
        table: 'orders',
        has: [
          sqlIs('currency', 'GBP'),
          /COUNT\(/i,
          /AVG\(\s*(\w+\.)?total\s*\)/i,
          HOURLY_SQL,
          sqlFrom('created_at', SATURDAY),
        ],
      },
    },
  },
  {
    id: 'b66-sql-auction-30-days-past-due',
    question:
      'Which customers have unpaid invoices more than 30 days past their due date? Give me the customer name, invoice id, amount and how many days overdue, worst first.',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          UNPAID_SQL,
          /due_date\s*<\s*\(?\s*(CURRENT_DATE|now\(\)|current_timestamp)[^;]*?-\s*(interval\s*'30 days?'|'30 days?'\s*::\s*interval|30\b)|(CURRENT_DATE|now\(\)|current_timestamp)(\s*::\s*date)?\s*-\s*(\w+\.)?due_date\s*\)?\s*>\s*(30\b|interval\s*'30 days?')|due_date\s*\+\s*(30\b|interval\s*'30 days?')\s*<\s*(CURRENT_DATE|now\(\)|current_timestamp)|due_date\s*\)?\s*\)?\s*>\s*30\b/i,
          /\bname\b/i,
          sqlShows('invoice_id'),
          sqlShows('amount'),
          /(CURRENT_DATE|now\(\)|current_timestamp)(\s*::\s*date)?\s*-\s*(\w+\.)?due_date|date_part\(|EXTRACT\(\s*(DAY|EPOCH)|AGE\(/i,
          /ORDER\s+BY\s+[^;]*(DESC|due_date)/i,
        ],
      },
    },
  },
  {
    id: 'b66-sql-auction-never-sold-clocks-instruments',
    question:
      "List the active catalogue items in 'Clocks & Barometers' and 'Scientific Instruments' that have never sold.",
    expect: {
      sql: {
        table: 'products',
        has: [
          /'Clocks & Barometers'/i,
          /'Scientific Instruments'/i,
          ACTIVE_SQL,
          /NOT\s+EXISTS|NOT\s+IN\s*\(\s*SELECT|LEFT\s+JOIN[^;]*IS\s+NULL|EXCEPT/i,
        ],
      },
    },
  },
  // SQL: translation agency's compliance officer (formal)
  {
    id: 'b66-sql-quillon-localisation-dormant-quarter',
    question:
      'Please list the active application users in the Localisation department who have not logged in since the start of the quarter, including any who have never logged in, with their e-mail address and role.',
    expect: {
      sql: {
        table: 'users',
        has: [
          sqlIs('department', 'Localisation'),
          ACTIVE_SQL,
          /last_login_at\s+IS\s+NULL|COALESCE\(\s*(\w+\.)?last_login_at\b/i,
          new RegExp(
            `(last_login_at|COALESCE\\(\\s*(\\w+\\.)?last_login_at\\s*,[^)]*)\\s*\\)?\\s*<\\s*\\(?\\s*(date_trunc\\(\\s*'quarter'\\s*,\\s*${sqlNow}|${sqlLiteral}${iso(QUARTER_START)})`,
            'i',
          ),
          sqlShows('email'),
          sqlShows('role'),
        ],
      },
    },
  },
  {
    id: 'b66-sql-quillon-exports-outside-subnet-30d',
    question:
      "For each user, please count the 'document_export' events recorded in our application database from IP addresses outside 10.40.0.0/16 during the last 30 days, showing only users with more than 25 such exports.",
    expect: {
      sql: {
        table: 'events',
        has: [
          sqlIs('event_type', 'document_export'),
          OUTSIDE_SUBNET_SQL,
          sqlGroupBy('user_id|email|display_name'),
          sqlCountAbove(25),
          sqlLast('occurred_at', '30 days?|1 months?|720 hours', 30),
        ],
      },
    },
  },

  // Two platforms
  {
    id: 'b66-multi-yard-sha256-defender-sysmon-since-1st',
    question: `sha256 ${SHA256} - seen anywhere since the 1st? check defender + splunk sysmon, host + file`,
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [new RegExp(SHA256, 'i'), kqlShows('DeviceName'), kqlShows('FileName|FolderPath'), THIS_MONTH_KQL],
      },
      spl: {
        table: 'sysmon',
        has: [new RegExp(SHA256, 'i'), splShows('host'), splShows('Image'), THIS_MONTH_SPL],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b66-multi-quillon-okafor-daily-failures-14d',
    question:
      'Please compare, for the account t.okafor@quillon-lang.com, the number of failed sign-ins per day over the last 14 days in Sentinel and in the Azure AD logs held in Splunk.',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [/t\.okafor@quillon-lang\.com/i, FAILED_SIGNIN_KQL, COUNT_KQL, DAILY_KQL, kqlLast('14d|336h|2w')],
      },
      spl: {
        table: 'azure',
        has: [/t\.okafor@quillon-lang\.com/i, FAILED_AZURE_SPL, COUNT_SPL, DAILY_SPL, splLast('14d|336h|2w')],
      },
    },
  },
  {
    id: 'b66-multi-yard-4726-deletes-mtd',
    question: 'accts deleted (4726) month to date - sentinel + splunk both pls, who deleted which acct',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4726), kqlShows('SubjectUserName|Account'), kqlShows('TargetUserName'), THIS_MONTH_KQL],
      },
      spl: {
        table: 'wineventlog',
        has: [splEvent(4726), THIS_MONTH_SPL],
      },
    },
  },
  {
    id: 'b66-multi-auction-ellen-signins-refunds-72h',
    question: `Ellen Marsh (${ELLEN}) thinks someone used her account. Can you pull her Entra sign-ins from Sentinel for the past 72 hours and, from our app database, any 'refund_issued' events by her user in the same period?`,
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [new RegExp(dots(ELLEN), 'i'), kqlLast('72h|3d|4320m')],
      },
      sql: {
        table: 'events',
        has: [
          new RegExp(dots(ELLEN), 'i'),
          sqlIs('event_type', 'refund_issued'),
          sqlLast('occurred_at', '72 hours|3 days?', 3),
        ],
      },
    },
  },
  {
    id: 'b66-multi-auction-checkout-errors-orders-since-friday',
    question:
      "Buyers have been complaining about card payments since Friday. From the web logs in Splunk, how many POST requests to /checkout/pay failed (4xx or 5xx) each hour, and from the orders database, how many orders per hour ended up with status 'payment_failed' over the same time?",
    expect: {
      spl: {
        table: 'Web',
        has: [/\/checkout\/pay/i, /POST/, STATUS_4XX_5XX_SPL, COUNT_SPL, HOURLY_SPL, FRIDAY_SPL],
      },
      sql: {
        table: 'orders',
        has: [sqlIs('status', 'payment_failed'), /COUNT\(/i, HOURLY_SQL, sqlFrom('created_at', FRIDAY)],
      },
    },
  },

  // Clarification: nothing to act on
  { id: 'b66-clarify-yard-other-yard', question: 'same as tues but for the other yard pls', clarification: true },
  {
    id: 'b66-clarify-partners-figures',
    question: "Could you kindly prepare the figures we discussed, ahead of the partners' meeting on Thursday?",
    clarification: true,
  },
];

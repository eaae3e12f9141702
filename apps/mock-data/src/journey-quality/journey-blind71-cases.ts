import type { JourneyCase } from './journey-cases';
import {
  LAST_MONTH_END,
  kqlLast,
  kqlSince,
  TODAY_KQL,
  THIS_WEEK_KQL,
  HOURLY_KQL,
  DAILY_KQL,
  COUNT_KQL,
  kqlEvent,
  kqlShows,
  kqlIs,
  kqlPrefix,
  kqlBy,
  kqlAbove,
  kqlTop,
  splLast,
  TODAY_SPL,
  THIS_WEEK_SPL,
  YESTERDAY_START_SPL,
  YESTERDAY_END_SPL,
  splSince,
  splEvent,
  splShows,
  COUNT_SPL,
  splTop,
  splBy,
  splAbove,
  WINDOWS_SECURITY_IDS_SPL,
  sqlNow,
  sqlInterval,
  sqlLast,
  sqlThis,
  sqlSince,
  sqlUntil,
  sqlToday,
  sqlPrevMonthStart,
  sqlPrevMonthEnd,
  topSql,
  sqlCountAbove,
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
  MONTH_START,
  YEAR,
  YEAR_START,
  epoch,
  iso,
  kqlDate,
  splDate,
  usDate,
} from './journey-dates';

/**
 * The "blind71" journey-quality set, written blind on 2026-11-29 (from 10:15 UTC). I did not read the query builders
 * (apps/mock-data/src/query/** apart from the bundled-schemas module), the constraint extractor or routing code
 * (libs/planner-core), planner-llm, the planner app, the git history of any of them, any failure list, or another
 * blind author's work in progress, and I did not run the planner, the mesh or eval:journeys on any question: the
 * first run is the lead's.
 * I read: TEAM.md and BLIND.md, the `JourneyCase` / `QueryCheck` types in journey-cases.ts, journey-dates.ts,
 * journey-patterns.ts (its shared window and shape checks are imported), journey-checkers.ts, run-journeys.ts (to
 * register the set), the mesh's schemas (apps/mock-data/schemas/kql|spl|sql.json, the files bundled-schemas loads),
 * blind55's file as the format example (its previous-month KQL patterns are repeated here; its questions, personas
 * and values are not), the persona lines of the other blind sets' headers and their question lines (to avoid them).
 * Theme: questions pasted from incident tickets and change requests ("INC-40817: …", "CHG-7731 post-implementation
 * check: …", "ticket 5521 - …", "CR-118 …"), each carrying several constraints at once: a time window AND two or
 * three values AND a shape (threshold after aggregation, top N, per-bucket count, columns to show, exclusions).
 * Personas (new; organisations invented; industries no earlier blind set used):
 * - a mobile telecom operator's security operations centre (Corrigan Telecom, corrigantel.net, CTL-* hosts: CTL-BSS-*
 *   billing servers, CTL-OSS-* operations-support servers, CTL-JUMP01/02, CTL-DC01, CTL-MED01/02 mediation
 *   servers; formal incident-ticket and change-request sentences) and its billing fraud desk (SIM-swap events,
 *   failed logins from carrier-grade NAT space, inactive Finance / Operations users);
 * - a casino resort's IT operations desk (Silver Mesa Casino & Resort, silvermesa.com, SMC-* hosts: SMC-CAGE-* cashier
 *   cage PCs, SMC-SLOT-* slot-floor servers, SMC-DC01; terse ticket shorthand with abbreviations and typos);
 * - a Scotch whisky distillery's finance and sales office (Glenardoch Distillery; ordinary sentences and report
 *   change requests): distributor revenue in GBP, Single Malt / Cask Strength products, EUR / USD invoices, budget
 *   overruns, order value per currency.
 * Styles: about a third formal ticket sentences, a third ordinary, a third terse chat. No question names a query
 * language; a question names its store (Sentinel, Defender, Splunk, Sysmon, "Splunk's Azure AD feed", the firewall
 * logs in Splunk, the endpoint data model) whenever the schemas hold that data in more than one store; CloudTrail,
 * the Web and registry data and the business tables are asked for without a store name.
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform (4 KQL + SPL, 1 KQL + SQL), 2 clarification
 * cases (38).
 * Values: UPNs and a domain suffix, service accounts (svc-terraform, svc-mediation), hosts and prefixes (CTL-BSS-*,
 * CTL-OSS-*, CTL-JUMP01/02, CTL-DC01, CTL-MED01/02, SMC-CAGE-*, SMC-CAGE-07, SMC-SLOT-*, SMC-DC01), IPs (198.51.100.77,
 * 45.155.204.12, 91.214.124.9) and CIDRs (10.40.0.0/16, 10.40.12.0/24, 100.64.0.0/10), ports (3389, 445, 443, 53, 123),
 * event IDs (4728, 4732, 4625, 4624 with logon types 3 / 10, 4740, Sysmon 3), result codes (50126, 50053, 50074),
 * process names (w3wp.exe, certutil.exe, bitsadmin.exe, powershell.exe -enc, psexec / paexec, anydesk /
 * screenconnect), a SHA256 and an MD5, an app, a resource group, CloudTrail event names and regions, a web host and
 * HTTP 500 / 502 / 503, O365 operations, a registry key, event types (sim_swap, login_failed, refund_issued),
 * currencies (GBP, EUR, USD), amounts (20,000, 5,000), categories, countries, a segment, departments, statuses.
 * Shapes: counts, distinct counts, sums (of a product of two columns), averages, min / max, thresholds after
 * aggregation (> 10, > 20, >= 3, > 2, > 5, > 3, > 20,000, >= 3), top N (5, 10), hourly / daily / weekly /
 * 15-minute buckets, group by one and two columns, ordering, columns to show, negations and exclusions (not from a
 * country, not machine accounts, not an internal range, not two ports, not a service account, not cancelled, not
 * two hosts).
 * Windows: last N hours/days (4h, 12h, 48h, 72h, 5d, 7d, 14d, 30d, 60 days as a condition), today, yesterday
 * (both ends), this week / since Monday, this quarter, this year, the previous calendar month (both ends), since
 * explicit days (1 Oct, 24, 25 Nov 2026; "since 26/11", "since 27/11"), explicit ranges (23–26 Nov, 20–24 Nov, 25–28
 * Nov, 1–15 Nov 2026), a change window with hours (27 Nov 2026 22:00–23:30 UTC), since an hour (28 Nov 06:00 UTC),
 * and conditions that are not windows (unpaid, never logged in, spent over budget, fiscal year).
 * Checks accept every spelling I could think of for the same condition and reject only queries that do not answer
 * the question. Before committing I checked every case against queries I wrote by hand (one per platform of each
 * case; a scratch spec, not committed, calling the real checkers from journey-checkers.ts): every `has` matched, no
 * `not` did, and the Kusto analyser, the SPL check and PostgreSQL reported no problem. Not run on the planner.
 */

const day = (month: number, date: number): Date => new Date(Date.UTC(2026, month - 1, date));
const next = (date: Date): Date => new Date(date.getTime() + DAY_MS);

/** Explicit days the questions name. */
const OCT_1 = day(10, 1);
const NOV_1 = day(11, 1);
const NOV_15 = day(11, 15);
const NOV_20 = day(11, 20);
const NOV_23 = day(11, 23);
const NOV_24 = day(11, 24);
const NOV_25 = day(11, 25);
const NOV_26 = day(11, 26);
const NOV_27 = day(11, 27);
const NOV_28 = day(11, 28);

// KQL windows
/** The end of an explicit range, its last day included (KQL). */
const kqlUntil = (lastDay: Date) =>
  new RegExp(
    `(<|\\.\\.)\\s*(${kqlDate(next(lastDay))}|todatetime\\(\\s*["']${iso(next(lastDay))})|(<=?|\\.\\.)\\s*datetime\\(\\s*["']?${iso(lastDay)}[T ]23:59|endofday\\(\\s*${kqlDate(lastDay)}`,
  );
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
/** A KQL time of day on an explicit day: `datetime(2026-11-27 22:00)`, `datetime("2026-11-27T22:00:00Z")`. */
const kqlAt = (date: Date, time: string) => new RegExp(`datetime\\(\\s*["']?${iso(date)}[T ]${time}`);
/** Failed sign-ins (KQL): a non-zero result code, or the named codes. */
const FAILED_SIGNIN_KQL = /ResultType\s*(!=|!in|!~|<>)|ResultType\s*(==|in\s*\()\s*["']?[1-9]/;

// SPL windows
/** The end of an explicit range, its last day included (SPL). */
const splUntil = (lastDay: Date) =>
  new RegExp(
    `latest\\s*=\\s*"?(${splDate(next(lastDay))}|${usDate(lastDay)}:23:59|${iso(lastDay)}T23:59|${Number(epoch(next(lastDay))) - 1})`,
  );
/** Since an hour of an explicit day (SPL). */
const NOV_28_0600 = new Date(Date.UTC(2026, 10, 28, 6));
const SINCE_NOV_28_0600_SPL = new RegExp(
  `earliest\\s*=\\s*"?(${usDate(NOV_28)}:06:00(:00)?|${iso(NOV_28)}T06:00|${epoch(NOV_28_0600)})`,
);

// SQL windows
/** This calendar year on a column (SQL). */
const sqlThisYear = (column: string) =>
  new RegExp(
    `${sqlThis(column, 'year', YEAR_START).source}|EXTRACT\\(\\s*YEAR\\s+FROM\\s+(\\w+\\.)?(${column})\\s*\\)\\s*=\\s*${YEAR}|date_part\\(\\s*'year'\\s*,\\s*(\\w+\\.)?(${column})\\s*\\)\\s*=\\s*${YEAR}`,
    'i',
  );
/** An hourly bucket (SQL). */
const HOURLY_SQL = /date_trunc\(\s*'hour'|EXTRACT\(\s*HOUR\b|date_part\(\s*'hour'|to_char\([^)]*'[^']*HH/i;
/** Cancelled orders left out (SQL), or only the statuses that are not cancelled kept. */
const NOT_CANCELLED_SQL =
  /status\s*(<>|!=)\s*'cancell?ed'|status\s+NOT\s+(IN\s*\([^)]*|I?LIKE\s*)'cancell?ed'|NOT\s*\(?\s*(\w+\.)?status\s*(=|IN\s*\()[^)]*'cancell?ed'|status\s*(=|IN\s*\()[^)]*'(shipped|delivered|completed|paid|fulfilled)'/i;
/** An address inside 100.64.0.0/10 (SQL): the inet containment operator, its function, a mask or a range. */
const CGNAT_SQL = new RegExp(
  [
    `ip_address\\s*<<=?\\s*(inet\\s*|CAST\\(\\s*)?'100\\.64\\.0\\.0/10'`,
    `'100\\.64\\.0\\.0/10'\\s*(::\\s*(inet|cidr)\\s*)?>>=?\\s*(\\w+\\.)?ip_address`,
    `network_sub(eq)?\\(\\s*(\\w+\\.)?ip_address\\s*,\\s*(inet\\s*)?'100\\.64\\.0\\.0/10'`,
    `set_masklen\\(\\s*(\\w+\\.)?ip_address\\s*(::\\s*(inet|cidr)\\s*)?,\\s*10\\s*\\)[^;]*'100\\.64\\.0\\.0(/10)?'`,
    `ip_address\\s*(::\\s*inet\\s*)?(BETWEEN|>=)\\s*(inet\\s*)?'100\\.64\\.0\\.0'[^;]*'100\\.127\\.255\\.255'`,
  ].join('|'),
  'i',
);
/** An active user (SQL). */
const ACTIVE_SQL =
  /active\s*(=\s*(true|'t(rue)?')|IS\s+TRUE)|(WHERE|AND)\s+(\w+\.)?active\s*(\n|$|GROUP|ORDER|AND\b|\))/i;

// Values
const SHA256 = '4c1e0a7f9b3d62e8a5f0c7d1b94e3a6f2d8c5b0e7a1f4d9c3b6e2a8f5d0c7b1e';
const MD5 = '7d2f9c4a1e8b3f6d0a5c2e9b4f7a1d3c';
const PHISH_SHA256 = 'b8e3f1a6d4c9072e5f1b8a3d6c0e9f2a7b4d1c8e5f3a0b6d9c2e7f4a1b8d5c3e';
const CASINO_SHIFT_IP = '91.214.124.9';

export const BLIND71_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: telecom SOC (formal ticket sentences)
  {
    id: 'b71-kql-telecom-oss-portal-failures-outside-ie-nov23-26',
    question:
      "INC-40817: From Sentinel, report the failed sign-ins to the 'Vantage OSS Portal' application from locations outside Ireland between 23 and 26 November 2026, counted per user, and list only the users with more than 10 failures.",
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          FAILED_SIGNIN_KQL,
          kqlIs('AppDisplayName', 'Vantage OSS Portal'),
          /Location\s*(!=|!~|<>|!in~?\s*\(|!has)\s*[^|]*["'](IE|Ireland)["']|not\s*\(\s*Location\s*(==|=~|in~?\s*\(|has)[^|]*["'](IE|Ireland)["']/i,
          COUNT_KQL,
          kqlBy('UserPrincipalName|UserId|UserDisplayName'),
          kqlAbove(10),
          kqlSince(NOV_23),
          kqlUntil(NOV_26),
        ],
      },
    },
  },
  {
    id: 'b71-kql-telecom-w3wp-children-bss-since-nov24',
    question:
      'INC-40822: In Defender, list every process started by w3wp.exe on the CTL-BSS-* billing servers since 24 November 2026, with the device name, the file name and the full command line of each child process.',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /InitiatingProcessFileName\s*(==|=~|has|contains|startswith|in~?\s*\()[^|]*w3wp/i,
          kqlPrefix('DeviceName', 'CTL-BSS-'),
          kqlShows('DeviceName'),
          kqlShows('FileName'),
          kqlShows('ProcessCommandLine'),
          kqlSince(NOV_24),
        ],
      },
    },
  },
  {
    id: 'b71-kql-telecom-chg-window-group-adds-dc01',
    question:
      'CHG-7731 post-implementation check: please list, from Sentinel, the group membership additions (events 4728 and 4732) on CTL-DC01 during the change window of 27 November 2026 22:00 to 23:30 UTC, showing the member added, the group, the account that made the change and the time.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          /EventID\s*(==|in\s*\()[^|]*\b4728\b/,
          /EventID\s*(==|in\s*\()[^|]*\b4732\b/,
          /CTL-DC01/i,
          kqlShows('TargetUserName|MemberName|TargetAccount'),
          kqlShows('SubjectUserName|Account'),
          kqlShows('TimeGenerated'),
          kqlAt(NOV_27, '22:00'),
          kqlAt(NOV_27, '23:30'),
        ],
      },
    },
  },
  {
    id: 'b71-kql-telecom-failed-writes-deletes-rg-not-terraform-nov25-28',
    question:
      'CHG-7745 rollback review: in the Azure activity log, count the failed write or delete operations in resource group rg-ctl-core-network between 25 and 28 November 2026 by callers other than svc-terraform@corrigantel.net, grouped by caller and operation.',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          kqlIs('ResourceGroup', 'rg-ctl-core-network'),
          /ActivityStatusValue\s*(==|=~|has|contains|startswith|in~?\s*\(|has_any\s*\()[^|]*["']Fail/i,
          /write/i,
          /delete/i,
          /Caller\s*(!=|!~|!in~?\s*\(|!has|!contains)\s*[^|]*svc-terraform@corrigantel\.net|not\s*\(\s*Caller\s*(==|=~|has|contains|in~?\s*\()[^|]*svc-terraform/i,
          COUNT_KQL,
          kqlBy('Caller'),
          kqlBy('OperationNameValue|OperationName'),
          kqlSince(NOV_25),
          kqlUntil(NOV_28),
        ],
      },
    },
  },
  {
    id: 'b71-kql-telecom-sha256-md5-devices-14d',
    question: `INC-40866: In Defender, identify the devices on which a file with SHA256 ${SHA256} or MD5 ${MD5} was executed in the last 14 days, one row per device with the first and last time seen and the number of executions.`,
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          new RegExp(`SHA256[^|]*${SHA256}`),
          new RegExp(`MD5[^|]*${MD5}`),
          /min\(\s*(Timestamp|TimeGenerated)\s*\)|arg_min\(/,
          /max\(\s*(Timestamp|TimeGenerated)\s*\)|arg_max\(/,
          COUNT_KQL,
          kqlBy('DeviceName|DeviceId'),
          kqlLast('14d|336h|2w'),
        ],
      },
    },
  },
  {
    id: 'b71-kql-telecom-rdp-logons-jump-hosts-ips-week',
    question:
      'Sentinel: how many successful RDP logons (4624, logon type 10) did CTL-JUMP01 and CTL-JUMP02 receive from each source IP this week? Only the IPs with 3 or more, please.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4624),
          /LogonType\s*(==|in\s*\()\s*10\b/,
          /CTL-JUMP01/i,
          /CTL-JUMP02/i,
          COUNT_KQL,
          kqlBy('IpAddress'),
          kqlAbove(2),
          THIS_WEEK_KQL,
        ],
      },
    },
  },
  {
    id: 'b71-kql-telecom-certutil-bitsadmin-http-oss-prev-month',
    question:
      'INC-40902: Using Defender process events, give a daily count per device of certutil.exe or bitsadmin.exe runs with "http" in the command line on the CTL-OSS-* hosts during the previous calendar month.',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /certutil/i,
          /bitsadmin/i,
          /ProcessCommandLine\s*(has|contains|matches\s+regex|has_any\s*\()[^|]*http/i,
          kqlPrefix('DeviceName', 'CTL-OSS-'),
          COUNT_KQL,
          DAILY_KQL,
          kqlBy('DeviceName'),
          LAST_MONTH_START_KQL,
          LAST_MONTH_END_KQL,
        ],
      },
    },
  },
  // KQL: casino IT ops (terse ticket shorthand)
  {
    id: 'b71-kql-casino-4625-cage-top5-no-machine-48h',
    question: 'tkt 5521 - sentinel 4625s on SMC-CAGE-* boxes lst 48h, top 5 accts by count, excl machine accts ($)',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4625),
          kqlPrefix('Computer', 'SMC-CAGE-'),
          /(TargetUserName|TargetAccount|Account)\s*(!endswith|!has|!contains)\s*["'][^"']*\$|not\s*\(\s*(TargetUserName|TargetAccount|Account)\s*(endswith|has|contains|matches\s+regex)\s*["'][^"']*\$|AccountType\s*(==|=~)\s*["']User|AccountType\s*(!=|!~)\s*["']Machine/,
          COUNT_KQL,
          kqlBy('TargetUserName|TargetAccount|Account'),
          kqlTop(5),
          kqlLast('48h|2d|2880m'),
        ],
      },
    },
  },
  {
    id: 'b71-kql-casino-slot-rdp-smb-outside-range-7d',
    question:
      'defender: slot floor srvs (SMC-SLOT-*) talking rdp 3389 or smb 445 to anything outside 10.40.0.0/16 last 7d - per device + remote ip, only >20 conns',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          kqlPrefix('DeviceName', 'SMC-SLOT-'),
          /RemotePort\s*(==|in\s*\()[^|]*3389/,
          /RemotePort\s*(==|in\s*\()[^|]*445/,
          /(!|not\s*\(\s*)ipv4_is_in(_any)?_range\(\s*RemoteIP\s*,\s*["']10\.40\.0\.0\/16|RemoteIP\s*!(startswith|hasprefix|has_prefix)\s*["']10\.40\./,
          COUNT_KQL,
          kqlBy('DeviceName'),
          kqlBy('RemoteIP'),
          kqlAbove(20),
          kqlLast('7d|168h|1w'),
        ],
      },
    },
  },
  {
    id: 'b71-kql-casino-o365-downloads-ip-since-27-11',
    question: 'sentinel o365 - FileDownloaded from ip 198.51.100.77 since 27/11, cnt per user + site url, top 10',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [
          /Operation\s*(==|=~|has|in~?\s*\()[^|]*FileDownloaded/,
          /ClientIP\s*(==|=~|has|contains|startswith|in~?\s*\()[^|]*198\.51\.100\.77/,
          COUNT_KQL,
          kqlBy('UserId'),
          kqlBy('Site_Url'),
          kqlTop(10),
          kqlSince(NOV_27),
        ],
      },
    },
  },
  {
    id: 'b71-kql-casino-50126-50053-silvermesa-today-hourly',
    question:
      'sentinel signins w/ resulttype 50126 or 50053 for @silvermesa.com accts today - hourly buckets w/ count + distinct users',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /ResultType\s*(==|in\s*\()[^|]*50126/,
          /ResultType\s*(==|in\s*\()[^|]*50053/,
          /UserPrincipalName\s*(endswith|has|contains|matches\s+regex|=~|like)\s*["'][^"']*silvermesa\.com/i,
          HOURLY_KQL,
          COUNT_KQL,
          /dcount\(\s*(UserPrincipalName|UserId)\s*\)/,
          TODAY_KQL,
        ],
      },
    },
  },

  // SPL: casino IT ops (terse ticket shorthand)
  {
    id: 'b71-spl-casino-4740-dc01-yday-repeat',
    question: 'tkt 5534: splunk win logs, 4740 lockouts on SMC-DC01 yday by user - only ppl locked out more than 2x',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [
          splEvent(4740),
          /SMC-DC01/i,
          COUNT_SPL,
          splBy('user|Target_User_Name'),
          splAbove(2),
          YESTERDAY_START_SPL,
          YESTERDAY_END_SPL,
        ],
      },
    },
  },
  {
    id: 'b71-spl-casino-encoded-ps-cage-12h',
    question:
      'sysmon: powershell w/ -enc or -encodedcommand on SMC-CAGE-* last 12h, need host, User, CommandLine, ParentImage',
    expect: {
      spl: {
        table: 'sysmon',
        has: [
          /powershell/i,
          /-enc/i,
          /SMC-CAGE-/i,
          splShows('host'),
          splShows('User'),
          splShows('CommandLine'),
          splShows('ParentImage'),
          splLast('12h|720m'),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b71-spl-casino-blocked-ports-subnet-top10-today',
    question: 'fw logs in splunk: top 10 dest ports blocked from 10.40.12.0/24 today, excl 53 and 123',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /action\s*(=|IN\s*\()\s*"?(blocked|denied|deny|block|dropped)/i,
          /10\.40\.12\.(0\/24|\*)|cidrmatch\(\s*"10\.40\.12\.0\/24"/,
          /dest_port\s*!=\s*"?53\b|NOT\s+\(?\s*(All_Traffic\.)?dest_port\s*(=|IN\s*\()\s*"?53\b/i,
          /dest_port\s*!=\s*"?123\b|NOT\s+\(?\s*(All_Traffic\.)?dest_port\s*(=|IN\s*\()[^)]*?\b123\b|dest_port\s*!=\s*"?53"?\s+(AND\s+)?(All_Traffic\.)?dest_port\s*!=\s*"?123/i,
          splBy('dest_port'),
          splTop(10),
          TODAY_SPL,
        ],
      },
    },
  },
  {
    id: 'b71-spl-casino-o365-mail-from-ip-72h',
    question: 'splunk o365: MailItemsAccessed or Send frm clientip 45.155.204.12 past 72h, count by UserId + Operation',
    expect: {
      spl: {
        table: 'o365',
        has: [
          /MailItemsAccessed/,
          /Operation\s*(=|IN\s*\()[^|]*"?Send\b/,
          new RegExp(dots('45.155.204.12')),
          COUNT_SPL,
          splBy('UserId'),
          splBy('Operation'),
          splLast('72h|3d|4320m'),
        ],
      },
    },
  },
  {
    id: 'b71-spl-casino-run-keys-slot-week',
    question: 'registry chgs under CurrentVersion\\Run on SMC-SLOT-* this wk - want dest, path + value data',
    expect: {
      spl: {
        table: 'Endpoint.Registry',
        has: [
          /CurrentVersion\\{1,4}Run/i,
          /SMC-SLOT-/i,
          splShows('dest'),
          splShows('registry_path'),
          splShows('registry_value_data'),
          THIS_WEEK_SPL,
        ],
      },
    },
  },
  {
    id: 'b71-spl-casino-sysmon3-cage07-443-top5-images-4h',
    question: 'sysmon evt 3 from SMC-CAGE-07 to port 443 lst 4h - distinct dest ips per image, top 5',
    expect: {
      spl: {
        table: 'sysmon',
        has: [
          /EventCode\s*(=|IN\s*\()\s*"?3\b/,
          /SMC-CAGE-07/i,
          /DestinationPort\s*(=|IN\s*\()\s*"?443\b/,
          /(dc|distinct_count)\(\s*"?DestinationIp/,
          splBy('Image'),
          splTop(5),
          splLast('4h|240m'),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  // SPL: telecom SOC (formal ticket sentences)
  {
    id: 'b71-spl-telecom-sg-ingress-access-keys-eu-nov20-24',
    question:
      'INC-40877: From the CloudTrail data, list the AuthorizeSecurityGroupIngress and CreateAccessKey calls made in eu-west-1 or eu-central-1 between 20 and 24 November 2026, showing the caller ARN, the source IP and the event name.',
    expect: {
      spl: {
        table: 'aws',
        has: [
          /AuthorizeSecurityGroupIngress/,
          /CreateAccessKey/,
          /eu-west-1/,
          /eu-central-1/,
          splShows('userIdentity.arn'),
          splShows('sourceIPAddress'),
          splShows('eventName'),
          splSince(NOV_20),
          splUntil(NOV_24),
        ],
      },
    },
  },
  {
    id: 'b71-spl-telecom-selfcare-5xx-15min-since-nov28-0600',
    question:
      'INC-40884: In the web logs for selfcare.corrigantel.net, count the HTTP 500, 502 and 503 responses per 15-minute interval since 28 November 2026 06:00 UTC.',
    expect: {
      spl: {
        table: 'Web',
        has: [
          /selfcare\.corrigantel\.net/i,
          /\b500\b/,
          /\b502\b/,
          /\b503\b/,
          COUNT_SPL,
          /span\s*=\s*"?(15m|15min|900s)\b/,
          SINCE_NOV_28_0600_SPL,
        ],
      },
    },
  },
  {
    id: 'b71-spl-telecom-psexec-paexec-dest-user-30d',
    question:
      'CHG-7802 audit: using the endpoint process data model in Splunk, count the executions of psexec.exe or paexec.exe per destination host and user over the last 30 days, keeping only the pairs seen more than 5 times.',
    expect: {
      spl: {
        table: 'Endpoint.Processes',
        has: [/psexec/i, /paexec/i, COUNT_SPL, splBy('dest'), splBy('user'), splAbove(5), splLast('30d|720h|1mon')],
      },
    },
  },
  {
    id: 'b71-spl-telecom-netops-app-failures-many-ips-since-nov25',
    question:
      "INC-40889: In Splunk's Azure AD feed, which users failing sign-in to the 'Corrigan NetOps' app with error 50126 or 50074 since 25 November 2026 came from more than 3 distinct IP addresses? Give the distinct IP count per user.",
    expect: {
      spl: {
        table: 'azure',
        has: [
          /Corrigan NetOps/i,
          /50126/,
          /50074/,
          /(dc|distinct_count)\(\s*"?properties\.ipAddress/,
          splBy('properties.userPrincipalName'),
          splAbove(3),
          splSince(NOV_25),
        ],
      },
    },
  },

  // SQL: distillery finance and sales office (ordinary, report change requests)
  {
    id: 'b71-sql-distillery-gbp-customers-over-20k-prev-month',
    question:
      'CR-118 for the monthly distributor report: total GBP order value per customer for the previous calendar month, only customers above 20,000, biggest first.',
    expect: {
      sql: {
        table: 'orders',
        has: [
          sqlIs('currency', 'GBP'),
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          sqlGroupBy('customer_id|name'),
          /(HAVING\s+[^;]*SUM\(\s*(\w+\.)?total\s*\)|WHERE\s+[^;]*\w+)\s*>\s*20000(\.0+)?\b/i,
          DESC_SQL,
          sqlPrevMonthStart('created_at'),
          sqlPrevMonthEnd('created_at'),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b71-sql-distillery-top10-malt-cask-revenue-since-oct1',
    question:
      "Top 10 products in the 'Single Malt' and 'Cask Strength' categories by revenue (quantity times unit price) since 1 October 2026, leaving out cancelled orders.",
    expect: {
      sql: {
        table: 'order_items',
        has: [
          sqlIs('category', 'Single Malt'),
          sqlIs('category', 'Cask Strength'),
          /SUM\(\s*(\w+\.)?quantity\s*\*\s*(\w+\.)?unit_price|SUM\(\s*(\w+\.)?unit_price\s*\*\s*(\w+\.)?quantity/i,
          NOT_CANCELLED_SQL,
          DESC_SQL,
          topSql(10),
          sqlSince('created_at', OCT_1),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b71-sql-distillery-weekly-orders-de-fr-quarter',
    question: 'How many orders did our German and French customers place each week this quarter, split by country?',
    expect: {
      sql: {
        table: 'orders',
        has: [
          sqlIs('country', '(DE|Germany)'),
          sqlIs('country', '(FR|France)'),
          /COUNT\(/i,
          WEEKLY_SQL,
          sqlGroupBy('country'),
          THIS_QUARTER_SQL,
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b71-sql-distillery-unpaid-eur-usd-over-5000-nov1-15',
    question:
      'Can you list the unpaid EUR or USD invoices issued between 1 and 15 November 2026 for more than 5,000? I need the invoice id, customer name, amount, currency and due date.',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          UNPAID_SQL,
          sqlIs('currency', 'EUR'),
          sqlIs('currency', 'USD'),
          /amount\s*>\s*5000(\.0+)?\b/i,
          sqlSince('issued_at', NOV_1),
          sqlUntil('issued_at', NOV_15),
          sqlShows('invoice_id'),
          /\bname\b/i,
          sqlShows('amount'),
          sqlShows('currency'),
          sqlShows('due_date'),
        ],
      },
    },
  },
  {
    id: 'b71-sql-distillery-overspent-marketing-warehouse-fy2026',
    question:
      'CR-124: for the Marketing and Warehouse departments, show budget and spend per department and fiscal month for fiscal year 2026, but only the months where spend went over budget.',
    expect: {
      sql: {
        table: 'budget',
        has: [
          sqlIs('department', 'Marketing'),
          sqlIs('department', 'Warehouse'),
          /fiscal_year\s*=\s*2026\b/i,
          /spent\s*\)?\s*>\s*(SUM\(\s*)?(\w+\.)?amount|amount\s*\)?\s*<\s*(SUM\(\s*)?(\w+\.)?spent/i,
          sqlShows('fiscal_month'),
          sqlShows('department'),
        ],
      },
    },
  },
  {
    id: 'b71-sql-distillery-distributors-per-country-this-year',
    question:
      "How many new customers in the 'Distributor' segment have we signed this year in each country? Only show countries with at least 3.",
    expect: {
      sql: {
        table: 'customers',
        has: [sqlIs('segment', 'Distributor'), sqlThisYear('created_at'), sqlGroupBy('country'), sqlCountAbove(2)],
      },
    },
  },
  {
    id: 'b71-sql-distillery-avg-order-per-currency-shipped-30d',
    question:
      "What's the average order value and the number of orders per currency for orders that are 'shipped' or 'delivered', over the last 30 days?",
    expect: {
      sql: {
        table: 'orders',
        has: [
          sqlIs('status', 'shipped'),
          sqlIs('status', 'delivered'),
          /AVG\(\s*(\w+\.)?total\s*\)/i,
          /COUNT\(/i,
          sqlGroupBy('currency'),
          sqlLast('created_at', '30 days?|1 months?|720 hours', 30),
        ],
      },
    },
  },
  // SQL: telecom billing fraud desk
  {
    id: 'b71-sql-telecom-inactive-finance-ops-users-60d',
    question:
      'INC-40895 access review: which active users in the Finance or Operations departments have not logged in for 60 days, or never at all? Show their email, department and last login.',
    expect: {
      sql: {
        table: 'users',
        has: [
          ACTIVE_SQL,
          sqlIs('department', 'Finance'),
          sqlIs('department', 'Operations'),
          new RegExp(
            `last_login_at\\s*<\\s*\\(?\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?-\\s*${sqlInterval('60 days?|2 months?', 60)}`,
            'i',
          ),
          /last_login_at\s+IS\s+NULL|COALESCE\(\s*(\w+\.)?last_login_at/i,
          sqlShows('email'),
          sqlShows('department'),
          sqlShows('last_login_at'),
        ],
      },
    },
  },
  {
    id: 'b71-sql-telecom-sim-swaps-per-user-7d',
    question:
      'INC-40898 (SIM-swap fraud): count the sim_swap events per user in the last 7 days, only users with more than 2, and show each user’s email.',
    expect: {
      sql: {
        table: 'events',
        has: [
          sqlIs('event_type', 'sim_swap'),
          /COUNT\(/i,
          sqlGroupBy('user_id|email'),
          sqlCountAbove(2),
          /\bemail\b/i,
          sqlLast('occurred_at', '7 days?|1 weeks?|168 hours', 7),
        ],
      },
    },
  },
  {
    id: 'b71-sql-telecom-login-failed-cgnat-today-hourly',
    question: 'login_failed events from the 100.64.0.0/10 range today, counted by hour',
    expect: {
      sql: {
        table: 'events',
        has: [sqlIs('event_type', 'login_failed'), CGNAT_SQL, /COUNT\(/i, HOURLY_SQL, sqlToday('occurred_at')],
      },
    },
  },

  // Two platforms
  {
    id: 'b71-multi-casino-ip-signins-firewall-since-26-11',
    question: `tkt 5580: ip ${CASINO_SHIFT_IP} - check sentinel signins + splunk fw traffic since 26/11, count per user for signins and per dest port for fw`,
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [new RegExp(dots(CASINO_SHIFT_IP)), COUNT_KQL, kqlBy('UserPrincipalName|UserId'), kqlSince(NOV_26)],
      },
      spl: {
        table: 'Network_Traffic',
        has: [new RegExp(dots(CASINO_SHIFT_IP)), COUNT_SPL, splBy('dest_port'), splSince(NOV_26)],
      },
    },
  },
  {
    id: 'b71-multi-telecom-svc-mediation-other-hosts-5d',
    question:
      'INC-40910: Was the service account svc-mediation used for network or RDP logons (4624, logon type 3 or 10) on any host other than CTL-MED01 and CTL-MED02 in the last 5 days? Please check both Sentinel and Splunk and give a count per host.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4624),
          /svc-mediation/i,
          /LogonType\s*(==|in\s*\()[^|]*\b3\b/,
          /LogonType\s*(==|in\s*\()[^|]*\b10\b/,
          /(Computer\s*(!in~?\s*\(|!=|!~|!has|!startswith)|not\s*\(\s*Computer)[^|]*CTL-MED0/i,
          COUNT_KQL,
          kqlBy('Computer'),
          kqlLast('5d|120h'),
        ],
      },
      spl: {
        table: 'wineventlog',
        has: [
          splEvent(4624),
          /svc-mediation/i,
          /Logon_Type\s*(=|IN\s*\()[^|]*\b3\b/i,
          /Logon_Type\s*(=|IN\s*\()[^|]*\b10\b/i,
          /((host|dest|Computer)\s*!=|NOT\s+\(?\s*(host|dest|Computer)\s*(=|IN\s*\())[^|]*CTL-MED0/i,
          COUNT_SPL,
          splBy('host|dest|Computer'),
          splLast('5d|120h'),
        ],
      },
    },
  },
  {
    id: 'b71-multi-casino-remote-tools-cage-week',
    question: 'defender + sysmon: anydesk or screenconnect running on SMC-CAGE-* since mon? host, cmdline, user',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /anydesk/i,
          /screenconnect/i,
          kqlPrefix('DeviceName', 'SMC-CAGE-'),
          kqlShows('DeviceName'),
          kqlShows('ProcessCommandLine'),
          kqlShows('AccountName'),
          THIS_WEEK_KQL,
        ],
      },
      spl: {
        table: 'sysmon',
        has: [
          /anydesk/i,
          /screenconnect/i,
          /SMC-CAGE-/i,
          splShows('host'),
          splShows('CommandLine'),
          splShows('User'),
          THIS_WEEK_SPL,
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b71-multi-telecom-billing-admin-signins-refunds-48h',
    question:
      'INC-40925: for the billing-portal admin j.okafor@corrigantel.net, please pull their Sentinel sign-ins over the last 48 hours by IP address and result, and their refund_issued events in our billing database over the same 48 hours with the details.',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('UserPrincipalName', 'j\\.okafor@corrigantel\\.net'),
          kqlShows('IPAddress'),
          kqlShows('ResultType|ResultDescription'),
          kqlLast('48h|2d|2880m'),
        ],
      },
      sql: {
        table: 'events',
        has: [
          sqlIs('event_type', 'refund_issued'),
          /j\.okafor@corrigantel\.net/i,
          sqlShows('details'),
          sqlLast('occurred_at', '48 hours?|2 days?'),
        ],
      },
    },
  },
  {
    id: 'b71-multi-distillery-phish-hash-defender-sysmon-30d',
    question: `IT ticket from the distillery office: the attachment from the fake supplier mail has SHA256 ${PHISH_SHA256}. Did it run anywhere in the last 30 days? Check Defender and Sysmon, and tell me which hosts and how many times.`,
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [new RegExp(PHISH_SHA256, 'i'), COUNT_KQL, kqlBy('DeviceName|DeviceId'), kqlLast('30d|720h')],
      },
      spl: {
        table: 'sysmon',
        has: [new RegExp(PHISH_SHA256, 'i'), COUNT_SPL, splBy('host|Computer'), splLast('30d|720h|1mon')],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },

  // Clarification: nothing to act on
  {
    id: 'b71-clarify-inc-step-three-revert',
    question: 'INC-40931 — as per the previous update, please proceed with step 3 and revert to the requester.',
    clarification: true,
  },
  {
    id: 'b71-clarify-chg-same-as-last-time',
    question: 're CHG-7810: same as last time pls, need it by EOD',
    clarification: true,
  },
];

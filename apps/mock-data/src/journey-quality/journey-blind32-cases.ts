import type { JourneyCase } from './journey-cases';
import {
  kqlLast,
  DAY1_KQL,
  TODAY_KQL,
  THIS_WEEK_KQL,
  COUNT_KQL,
  splLast,
  DAY1_SPL,
  TODAY_SPL,
  YESTERDAY_START_SPL,
  sqlDayOf,
  kqlEvent,
  splEvent,
  topSql,
  kqlShows,
  splShows,
  splAbove,
  NOT_CUSTOMER_DATE_SQL,
} from './journey-patterns';
import {
  DAY_MS,
  LAST_MONTH_START,
  MONDAY,
  MONTH_START,
  SUNDAY,
  TODAY,
  YEAR_START,
  YESTERDAY,
  iso,
  kqlDate,
  splDate,
  sqlLiteral,
  usDate,
} from './journey-dates';

/**
 * The "blind32" journey-quality set, written blind on 2026-11-27 (20:29–20:45 UTC). I did not read the
 * query builders (apps/mock-data/src/query/**), the constraint extractor or routing code (libs/planner-core),
 * planner-llm, the planner app, the git history of any of them, any failure list, or another blind author's
 * work in progress. I read: issue 11, the `JourneyCase` / `QueryCheck` types in journey-cases.ts,
 * journey-dates.ts, run-journeys.ts (to register the set), the mesh's schemas (kql/spl/sql.json), blind27's
 * file as the format example (its window and shape helpers, which came from blind22, are reused here; its
 * questions and values are not), and the question lines of the other sets (to avoid repeating them).
 * Aim: resemble the held-back set of issue 11 (questions a new user types on a normal day).
 * Personas, at an online homeware shop (harbourloom.com): a night-shift tier-1 SOC analyst who writes short,
 * typo-prone questions ("sigins", "acct", "yday", "w/", "pls", "hrs") about sign-ins, lockouts, LOLBins,
 * RDP/SSH exposure, cloud trail tampering, mail-drop sites and IOCs; and a finance analyst at the shop who writes
 * in full sentences about revenue, invoices, customers, products and the department budgets (and once about
 * an app user's access).
 * No question names a query language; some name a product (Entra, Defender, Sentinel, Splunk, sysmon,
 * CloudTrail, azure, sharepoint, "our database"), most name the data.
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform, 2 clarification cases (38).
 * Values: UPNs (m.okonkwo@, k.ilves@, t.haddad@harbourloom.com), IPs and a CIDR (45.155.205.233,
 * 172.105.44.19, 198.51.100.77, 91.219.236.0/24), ports (3389, 22), a SHA256, event IDs (4740, 4726, 4625,
 * 4720, sysmon 11), hosts (WEB-PRD-03, SRV-FIN-01), process names (certutil.exe with a quoted "-urlcache",
 * mshta.exe under outlook.exe, powershell with -enc), a file extension and folder (.ps1 in C:\Users\Public),
 * Office operations (FileDeleted, FileDownloaded), AWS calls (DeleteTrail, StopLogging), an Azure status
 * (failed), a risk level (high), an app (Salesforce), an HTTP status (401), a firewall action (blocked),
 * statuses (delivered, unpaid, cancelled), currencies (EUR, GBP, USD, AUD), countries (Canada), a segment
 * (wholesale), a category (Kitchen), departments (Marketing), a fiscal year, amounts (10,000 GBP, 90 %).
 * Shapes: counts, distinct counts, sums, averages, thresholds after aggregation (> 10, > 10,000, > 90 %), top N
 * (5, 10), hourly, weekly and monthly buckets, by X, columns to show, ordering, negations (products with no
 * sales). Windows: last N hours/days/weeks (1h, 2h, 6h, 12h, 24h, 48h, 3d, 4d, 7d, 30d, 60d, 8 weeks), today /
 * since midnight, yesterday (both ends), this week, this month, this quarter, this year, the previous calendar
 * month (both ends), since a date (1 March 2026), a fiscal year, and an overdue condition (more than 30 days
 * past due: a condition, not a window).
 * Calendar windows are computed from the run's clock (UTC).
 * Checks accept every spelling I could think of for the same condition (==, =~, in, has; ago(7d) or
 * ago(168h); raw SPL or the matching data model; SQL literals, date_trunc, EXTRACT, intervals) and reject
 * only queries that do not answer the question.
 * Before running it I checked every case's checks against a query I wrote by hand for it (scratch script, not
 * committed): every `has` matched, no `not` did, and the real checkers (Kusto analyser, SPL check, PGlite)
 * reported no problem on any of the 41 hand queries.
 * First run (20:36 UTC, set committed as 16bc614, `npm run eval:journeys -- --sets blind32 --verbose`, in
 * process): 31/38 passed (81.6 %); platforms right on 34/38 (33/36 real cases: SQL users instead of Entra
 * sign-ins for the failed sign-ins of m.okonkwo@, the Splunk azure index instead of AzureActivity for the
 * failed Azure operations, CloudTrail missing for 172.105.44.19; 1/2 clarifications).
 * Failing: the three platform cases above, the 4625s on WEB-PRD-03 "by src" (a listing, no grouping by src),
 * the Canadian customers with invoices 30 days past due (read customers only; the due-date and unpaid
 * conditions dropped), powershell -enc (DeviceNetworkEvents, and no process or command-line filter on either
 * platform), and "refresh the numbers I asked for this morning" (planned instead of asking).
 * Second commit (fairness review of the first run's queries; each change marked "Second commit" below): no
 * failing query answered its question, so no check was loosened; one check had accepted a query that does not:
 * - tightened b32-kql-soc-4726-acct-deleted-30d: the query filtered `TargetUserName =~ "accts"` (the question's
 *   abbreviation taken as an account name), which finds nothing.
 * Not changed, though debatable: b32-multi-soc-45-155-defender-firewall-24h's firewall side matched the IP on
 * src_ip only (traffic from it, not to it); "anything in the firewall logs" would also want dest_ip, but a
 * listing of what the IP sent does answer part of it, so the check keeps accepting either field.
 * After the second commit (20:37 UTC, same command, run on the tree committed here): 30/38 passed (78.9 %);
 * platforms right on 34/38 (33/36 real cases, 1/2 clarifications); the seven first-run failures and the
 * tightened 4726 case fail.
 */

/** `now()` and its SQL spellings. */
const sqlNow = '(now\\(\\)|CURRENT_DATE|current_timestamp|localtimestamp)';

// KQL windows
const THIS_MONTH_KQL = new RegExp(`startofmonth\\(\\s*now\\(\\)\\s*(,\\s*0\\s*)?\\)|${kqlDate(MONTH_START)}`);
/** Yesterday's start (KQL). */
const YESTERDAY_START_KQL = new RegExp(
  [
    `startofday\\(\\s*(ago\\(\\s*(1d|24h)\\s*\\)|now\\(\\)\\s*-\\s*(1d|24h))\\s*\\)`,
    `startofday\\(\\s*now\\(\\)\\s*,\\s*-1\\s*\\)`,
    `startofday\\(\\s*now\\(\\)\\s*\\)\\s*-\\s*(1d|24h)`,
    kqlDate(YESTERDAY),
  ].join('|'),
);
/** …and its end: before today's start, `endofday` of yesterday, or the day compared as a whole. */
const YESTERDAY_END_KQL = new RegExp(
  [
    `(<|\\.\\.)\\s*startofday\\(\\s*now\\(\\)\\s*\\)`,
    `endofday\\(\\s*(ago\\(\\s*(1d|24h)\\s*\\)|now\\(\\)\\s*,\\s*-1|now\\(\\)\\s*-\\s*(1d|24h))\\s*\\)`,
    `(<|\\.\\.)\\s*${kqlDate(TODAY)}`,
    `(<=?|\\.\\.)\\s*datetime\\(\\s*["']?${iso(YESTERDAY)}[T ]23`,
    `startofday\\(\\s*(TimeGenerated|Timestamp)\\s*\\)\\s*==`,
  ].join('|'),
);
/** An hourly bucket on the time column (KQL). */
const HOURLY_KQL =
  /bin\(\s*(TimeGenerated|Timestamp)\s*,\s*(1h|60m)\s*\)|startofhour\(\s*(TimeGenerated|Timestamp)\s*\)/;

// SPL windows
const THIS_WEEK_SPL = new RegExp(`earliest\\s*=\\s*"?(@w[01]|-0w@w[01]|${splDate(SUNDAY)}|${splDate(MONDAY)})`);
const THIS_MONTH_SPL = new RegExp(`earliest\\s*=\\s*"?(@mon|-0mon@mon|${splDate(MONTH_START)})`);
const YESTERDAY_END_SPL = new RegExp(
  `latest\\s*=\\s*"?(@d|-0d@d|${splDate(TODAY)}|${usDate(YESTERDAY)}:23:59|${iso(YESTERDAY)}T23:59)`,
);

// SQL windows
/** "in the last N <unit>" on a column (SQL): an interval (any of the spellings), or a day count. */
const sqlLast = (column: string, spellings: string, days: number) =>
  new RegExp(
    `${column}\\s*(>=?|BETWEEN)\\s*\\(?\\s*${sqlNow}\\s*-\\s*(interval\\s*'(${spellings})'|'(${spellings})'\\s*::\\s*interval|${days}\\b|make_interval\\(\\s*days\\s*=>\\s*${days}\\))|${column}\\s*(>=?|BETWEEN)\\s*${sqlLiteral}(${iso(new Date(TODAY.getTime() - days * DAY_MS))}|${iso(new Date(TODAY.getTime() - (days - 1) * DAY_MS))})`,
    'i',
  );
/** Since the start of this <unit> on a column (SQL): date_trunc of now, or the literal first day. */
const sqlThis = (column: string, unit: string, start: Date) =>
  new RegExp(
    `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*(date_trunc\\(\\s*'${unit}'\\s*,\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?\\)|${sqlLiteral}${iso(start)})|date_trunc\\(\\s*'${unit}'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=\\s*date_trunc\\(\\s*'${unit}'\\s*,\\s*${sqlNow}`,
    'i',
  );
/** Yesterday (SQL), its start… */
const sqlYesterdayStart = (column: string) =>
  new RegExp(
    [
      `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*(date_trunc\\(\\s*'day'\\s*,\\s*${sqlNow}\\s*\\)|${sqlNow})\\s*-\\s*(interval\\s*'(1 days?|24 hours?)'|'(1 days?|24 hours?)'\\s*::\\s*interval|1\\b)`,
      `${column}\\s*(>=|BETWEEN)\\s*${sqlLiteral}(${iso(YESTERDAY)}|yesterday)`,
      `${sqlDayOf(column)}\\s*=\\s*\\(?\\s*(${sqlNow}\\s*-\\s*(interval\\s*'1 days?'|1\\b)|${sqlLiteral}(${iso(YESTERDAY)}|yesterday))`,
    ].join('|'),
    'i',
  );
/** …and its end. */
const sqlYesterdayEnd = (column: string) =>
  new RegExp(
    [
      `${column}\\s*<\\s*\\(?\\s*(date_trunc\\(\\s*'day'\\s*,\\s*${sqlNow}\\s*\\)|CURRENT_DATE|${sqlLiteral}(${iso(TODAY)}|today))`,
      `BETWEEN[^;]*AND\\s*\\(?\\s*(date_trunc\\(\\s*'day'\\s*,\\s*${sqlNow}\\s*\\)|CURRENT_DATE|${sqlLiteral}(${iso(TODAY)}|today))`,
      `${sqlDayOf(column)}\\s*=\\s*\\(?\\s*(${sqlNow}\\s*-\\s*(interval\\s*'1 days?'|1\\b)|${sqlLiteral}(${iso(YESTERDAY)}|yesterday))`,
    ].join('|'),
    'i',
  );
/** The previous calendar month on a column (SQL), its start… */
const sqlLastMonthStart = (column: string) =>
  new RegExp(
    [
      `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*(date_trunc\\(\\s*'month'\\s*,\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?\\)\\s*-\\s*(interval\\s*'1 mons?(ths?)?'|'1 mons?(ths?)?'\\s*::\\s*interval)|date_trunc\\(\\s*'month'\\s*,\\s*${sqlNow}\\s*-\\s*(interval\\s*'1 mons?(ths?)?'|'1 mons?(ths?)?'\\s*::\\s*interval)\\s*\\))`,
      `${column}\\s*(>=|BETWEEN)\\s*${sqlLiteral}${iso(LAST_MONTH_START)}`,
      `date_trunc\\(\\s*'month'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=\\s*date_trunc\\(\\s*'month'\\s*,\\s*${sqlNow}\\s*-\\s*(interval\\s*'1 mons?(ths?)?'|'1 mons?(ths?)?'\\s*::\\s*interval)`,
      `date_trunc\\(\\s*'month'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=\\s*${sqlLiteral}${iso(LAST_MONTH_START)}`,
    ].join('|'),
    'i',
  );
/** …and its end. */
const sqlLastMonthEnd = (column: string) =>
  new RegExp(
    [
      `${column}\\s*<\\s*\\(?\\s*(date_trunc\\(\\s*'month'\\s*,\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?\\)|${sqlLiteral}${iso(MONTH_START)})`,
      `BETWEEN[^;]*AND\\s*\\(?\\s*(date_trunc\\(\\s*'month'\\s*,\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?\\)|${sqlLiteral}${iso(MONTH_START)})`,
      `date_trunc\\(\\s*'month'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=`,
    ].join('|'),
    'i',
  );

/** Windows Security event IDs, which must never be applied to sysmon (SPL). */
const WINDOWS_SECURITY_IDS_SPL = /EventCode\s*=\s*"?(4624|4625|4688|4720|4725|4740)\b/;
/** `top 10 by`, `take 10`, `limit 10` (KQL). */
const topKql = (n: number) => new RegExp(`top\\s+${n}\\s+by|take\\s+${n}\\b|limit\\s+${n}\\b`);
/** `top 10 …`, `top limit=10 …`, `head 10`, `sort 10` (SPL). */
const topSpl = (n: number) =>
  new RegExp(`top\\s+(limit\\s*=\\s*)?${n}\\b|head\\s+(limit\\s*=\\s*)?${n}\\b|sort\\s+(limit\\s*=\\s*)?${n}\\b`);
/** A failed Entra sign-in: a non-zero ResultType, however spelled (KQL). */
const FAILED_SIGNIN_KQL =
  /ResultType\s*\)?\s*(!=|!~|<>)\s*["']?0\b|ResultType\s*!in~?\s*\(\s*["']?0\b|ResultType\s*(in~?\s*\(|==|=~)\s*["']?[1-9]/;
/**
 * A value compared to a KQL column: `==`, `=~`, `has`, `contains`, or anywhere in an `in` / `has_any` list
 * (the value need not come first in the list).
 */
const kqlIs = (column: string, value: string) =>
  new RegExp(`${column}\\s*(==|=~|has|contains|(in~?|has_any)\\s*\\([^)]*?)\\s*["']${value}["']`, 'i');

/** The first day of this calendar quarter (UTC). */
const QUARTER_START = new Date(Date.UTC(TODAY.getUTCFullYear(), Math.floor(TODAY.getUTCMonth() / 3) * 3, 1));

/** A value compared to an SPL field: `=`, or anywhere in an `IN (…)` list, quoted or not. */
const splIs = (field: string, value: string) =>
  new RegExp(`${field.replace(/\./g, '\\.')}\\s*(=|IN\\s*\\([^)]*?)\\s*"?${value}`, 'i');
/** An unpaid invoice, however spelled (SQL). */
const UNPAID_SQL =
  /paid_at\s+IS\s+NULL|status\s*(=|IN\s*\()\s*'(unpaid|overdue|open|outstanding)'|status\s*(<>|!=)\s*'paid'|status\s+NOT\s+IN\s*\(\s*'paid'/i;

export const BLIND32_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: the night-shift SOC analyst on Entra sign-ins, Windows security events, Defender, Azure and Office
  {
    id: 'b32-kql-soc-okonkwo-failed-12h',
    question: 'failed sigins for m.okonkwo@harbourloom.com last 12 hrs',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [/m\.okonkwo@harbourloom\.com/i, FAILED_SIGNIN_KQL, kqlLast('12h|720m')],
      },
    },
  },
  {
    id: 'b32-kql-soc-4740-lockouts-since-midnight',
    question: 'lockouts 4740 since midnight, which accts?',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4740), kqlShows('TargetUserName|Account'), TODAY_KQL],
      },
    },
  },
  {
    id: 'b32-kql-soc-certutil-urlcache-24h',
    question: 'certutil.exe w/ "-urlcache" on any device in the last 24h?',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/certutil/i, /urlcache/i, DAY1_KQL],
      },
    },
  },
  {
    id: 'b32-kql-soc-rdp-out-3389-per-device-6h',
    question: 'devices making outbound conections on 3389 past 6 hrs, count per device',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /RemotePort\s*(==|in\s*\()\s*["']?3389\b/,
          /by\s+[^|]*(DeviceName|DeviceId)\b/,
          COUNT_KQL,
          kqlLast('6h|360m'),
        ],
      },
    },
  },
  {
    id: 'b32-kql-soc-cidr-91-219-236-week',
    question: 'any signins from 91.219.236.0/24 this week?',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /ipv4_is_in_range\(\s*IPAddress\s*,\s*["']91\.219\.236\.0\/24["']\s*\)|ipv4_is_in_any_range\(\s*IPAddress[^)]*91\.219\.236\.0\/24|IPAddress\s*(startswith|has_prefix|hasprefix)\s*["']91\.219\.236\.|IPAddress\s*matches\s+regex\s*["'][^"']*91\\?\.219\\?\.236/,
          THIS_WEEK_KQL,
        ],
      },
    },
  },
  {
    id: 'b32-kql-soc-top5-apps-failed-yday',
    question: 'top 5 apps w/ most failed sign ins yday',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          FAILED_SIGNIN_KQL,
          /by\s+[^|]*AppDisplayName/,
          COUNT_KQL,
          topKql(5),
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b32-kql-soc-4726-acct-deleted-30d',
    question: 'who deleted AD user accts (4726) in the past 30 days',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4726), kqlShows('SubjectUserName|Account'), kqlLast('30d|720h')],
        // Second commit: "accts" is the question's word for the deleted accounts, not an account name to filter on.
        not: [/(TargetUserName|SubjectUserName|Account)\s*(==|=~|has|contains)\s*["']accts?["']/i],
      },
    },
  },
  {
    id: 'b32-kql-soc-sharepoint-filedeleted-per-user-today',
    question: 'sharepoint FileDeleted today, count per user pls',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [kqlIs('Operation', 'FileDeleted'), /by\s+[^|]*UserId/, COUNT_KQL, TODAY_KQL],
      },
    },
  },
  {
    id: 'b32-kql-soc-azure-failed-ops-hourly-12h',
    question: 'azure failed operations per hour over the last 12h',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          /ActivityStatusValue\s*(==|=~|in~?\s*\(|has|contains|startswith)\s*["']Fail/i,
          COUNT_KQL,
          HOURLY_KQL,
          kqlLast('12h|720m'),
        ],
      },
    },
  },
  {
    id: 'b32-kql-soc-high-risk-signins-month',
    question: 'entra users w/ high risk sign-ins this month',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /RiskLevelDuringSignIn\s*(==|=~|in~?\s*\(|has)\s*["']high["']/i,
          kqlShows('UserPrincipalName'),
          THIS_MONTH_KQL,
        ],
      },
    },
  },
  {
    id: 'b32-kql-soc-sha256-distinct-devices-7d',
    question:
      'how many diff machines ran sha256 3b1f9c0e7d24a86f5e0c91d2b7a4f63e8c5d0a19f2e7b6c4d3a1908e5f6c7b2d in last 7 days',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /3b1f9c0e7d24a86f5e0c91d2b7a4f63e8c5d0a19f2e7b6c4d3a1908e5f6c7b2d/i,
          /dcount\(\s*(DeviceName|DeviceId)\s*\)|count_distinct\(\s*(DeviceName|DeviceId)\s*\)|distinct\s+(DeviceName|DeviceId)\b[\s\S]*count/,
          kqlLast('7d|168h|1w'),
        ],
      },
    },
  },

  // SPL: windows logs, sysmon, cloudtrail, o365, azure, firewall, web and the CIM data models
  {
    id: 'b32-spl-soc-4625-web-prd-03-by-src-2h',
    question: 'splunk - 4625s on WEB-PRD-03 last 2 hrs, by src',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [splEvent(4625), /WEB-PRD-03/i, /by\s+[^|]*\bsrc\b/, splLast('2h|120m')],
      },
    },
  },
  {
    id: 'b32-spl-soc-sysmon-mshta-from-outlook-7d',
    question: 'sysmon: mshta.exe launched by outlook.exe in the last 7 days?',
    expect: {
      spl: {
        has: [
          /index\s*=\s*"?sysmon|datamodel\s*=\s*"?Endpoint|Endpoint\.Processes/,
          /mshta/i,
          /(ParentImage|parent_process_name|parent_process)[^|]*outlook/i,
          splLast('7d|168h|1w'),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b32-spl-soc-cloudtrail-deletetrail-stoplogging-month',
    question: 'anyone run DeleteTrail or StopLogging in cloudtrail this month??',
    expect: {
      spl: {
        table: 'aws',
        has: [/DeleteTrail/, /StopLogging/, THIS_MONTH_SPL],
      },
    },
  },
  {
    id: 'b32-spl-soc-o365-ilves-filedownloaded-48h',
    question: 'o365 FileDownloaded by k.ilves@harbourloom.com past 48h',
    expect: {
      spl: {
        table: 'o365',
        has: [/FileDownloaded/, /k\.ilves@harbourloom\.com/i, splLast('48h|2d|2880m')],
      },
    },
  },
  {
    id: 'b32-spl-soc-fw-blocked-22-top10-src-today',
    question: 'fw blocked ssh (port 22) today - top 10 src ips',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /dest_port\s*(=|IN\s*\()\s*"?22\b/,
          /action\s*(=|IN\s*\()\s*"?(blocked|block|deny|denied|dropped)/i,
          /src_ip/,
          topSpl(10),
          TODAY_SPL,
        ],
      },
    },
  },
  {
    id: 'b32-spl-soc-web-401-from-198-51-100-77-yday',
    question: 'web logs: 401s from 198.51.100.77 yday, which urls?',
    expect: {
      spl: {
        table: 'Web',
        has: [
          splIs('(Web\\.)?src', '198\\.51\\.100\\.77'),
          /status\s*(=|IN\s*\()\s*"?401\b/,
          splShows('url|Web.url'),
          YESTERDAY_START_SPL,
          YESTERDAY_END_SPL,
        ],
      },
    },
  },
  {
    id: 'b32-spl-soc-auth-dm-users-over-10-fails-1h',
    question: 'auth datamodel - users with more than 10 failed logins in the last hour',
    expect: {
      spl: {
        table: 'Authentication',
        has: [
          /action\s*(=|IN\s*\()\s*"?fail/i,
          /by\s+[^|]*\b(Authentication\.)?user\b/,
          splAbove(10),
          splLast('1h|60m'),
        ],
      },
    },
  },
  {
    id: 'b32-spl-soc-azure-salesforce-by-user-3d',
    question: 'splunk azure ad logs: who signed in to Salesforce last 3 days, count by user',
    expect: {
      spl: {
        table: 'azure',
        has: [/Salesforce/i, /by\s+[^|]*properties\.userPrincipalName/, splLast('3d|72h|4320m')],
      },
    },
  },
  {
    id: 'b32-spl-soc-sysmon-11-ps1-public-4d',
    question: 'sysmon event 11 - .ps1 files dropped in C:\\Users\\Public past 4 days, by host',
    expect: {
      spl: {
        table: 'sysmon',
        has: [splEvent(11), /\.ps1/i, /Public/i, /by\s+[^|]*\b(host|dest)\b/, splLast('4d|96h')],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b32-spl-soc-4720-new-accounts-week',
    question: 'new accts created this week (4720) in windows logs, show user + host',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [splEvent(4720), splShows('user'), splShows('host|dest'), THIS_WEEK_SPL],
      },
    },
  },

  // SQL: the finance analyst on the shop's business database
  {
    id: 'b32-sql-fin-delivered-eur-revenue-last-month',
    question: 'Could you tell me the total revenue from delivered orders in EUR for last month?',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /status\s*(=|IN\s*\()\s*'delivered'/i,
          /currency\s*(=|IN\s*\()\s*'EUR'/i,
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          sqlLastMonthStart('created_at'),
          sqlLastMonthEnd('created_at'),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b32-sql-fin-unpaid-invoices-by-currency',
    question: 'How many invoices are still unpaid, and what is their total amount in each currency?',
    expect: {
      sql: {
        table: 'invoices',
        has: [UNPAID_SQL, /COUNT\(/i, /SUM\(\s*(\w+\.)?amount\s*\)/i, /GROUP BY[^;]*currency/i],
      },
    },
  },
  {
    id: 'b32-sql-fin-wholesale-over-10000-gbp-year',
    question: 'Which wholesale customers have spent more than 10,000 GBP in total this year?',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /segment\s*(=|ILIKE|LIKE|IN\s*\()\s*'wholesale'/i,
          /currency\s*(=|IN\s*\()\s*'GBP'/i,
          /HAVING\s+[^;]*SUM\(\s*(\w+\.)?total\s*\)\s*(>\s*10000|>=\s*10001)\b/i,
          sqlThis('created_at', 'year', YEAR_START),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b32-sql-fin-new-customers-monthly-since-march',
    question: 'I need the number of new customers per month since 1 March 2026.',
    expect: {
      sql: {
        table: 'customers',
        has: [
          /COUNT\(/i,
          /date_trunc\(\s*'month'\s*,\s*(\w+\.)?created_at\s*\)|EXTRACT\(\s*MONTH\s+FROM\s+(\w+\.)?created_at|to_char\(\s*(\w+\.)?created_at\s*,\s*'(YYYY-MM|YYYY-MON|Mon)/i,
          new RegExp(`created_at\\s*(>=|BETWEEN)\\s*${sqlLiteral}2026-03-01`, 'i'),
        ],
      },
    },
  },
  {
    id: 'b32-sql-fin-avg-usd-invoice-quarter',
    question: 'What was the average invoice amount in USD for invoices issued this quarter?',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /AVG\(\s*(\w+\.)?amount\s*\)/i,
          /currency\s*(=|IN\s*\()\s*'USD'/i,
          sqlThis('issued_at', 'quarter', QUARTER_START),
        ],
      },
    },
  },
  {
    id: 'b32-sql-fin-top10-aud-orders-yday',
    question: 'Please list the ten largest orders in AUD from yesterday, biggest first.',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /currency\s*(=|IN\s*\()\s*'AUD'/i,
          /ORDER BY\s+[^;]*total\s+DESC/i,
          topSql(10),
          sqlYesterdayStart('created_at'),
          sqlYesterdayEnd('created_at'),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b32-sql-fin-kitchen-products-unsold-60d',
    question: 'Which products in the Kitchen category have not sold a single unit in the last 60 days?',
    expect: {
      sql: {
        table: 'products',
        has: [
          /category\s*(=|ILIKE|LIKE|IN\s*\()\s*'Kitchen'/i,
          /NOT\s+EXISTS|NOT\s+IN\s*\(|LEFT\s+(OUTER\s+)?JOIN[^;]*IS\s+NULL|EXCEPT|(COUNT|SUM)\([^)]*\)\s*,?\s*0?\)?\s*=\s*0/i,
          sqlLast('created_at', '60 days?|2 mons?|2 months?', 60),
        ],
        // The 60 days are on the orders, not on when the product was created.
        not: [/\b(p|pr|prod|products)\.created_at\s*(>|>=|<|BETWEEN)/i],
      },
    },
  },
  {
    id: 'b32-sql-fin-depts-over-90pct-fy2026',
    question: 'Which departments have already used more than 90% of their budget for fiscal year 2026?',
    expect: {
      sql: {
        table: 'budget',
        has: [
          /fiscal_year\s*(=\s*2026|IN\s*\(\s*2026)\b/i,
          /GROUP BY[^;]*department/i,
          /SUM\(\s*(\w+\.)?spent\s*\)/i,
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          /(0?\.9\d*|90(\.0+)?)\b/,
        ],
      },
    },
  },
  {
    id: 'b32-sql-fin-cancelled-weekly-8w',
    question: 'How many orders were cancelled each week over the last 8 weeks?',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /status\s*(=|IN\s*\()\s*'cancell?ed'/i,
          /COUNT\(/i,
          /date_trunc\(\s*'week'\s*,\s*(\w+\.)?created_at\s*\)|EXTRACT\(\s*WEEK\s+FROM\s+(\w+\.)?created_at|to_char\(\s*(\w+\.)?created_at\s*,\s*'I?YYYY-?"?W?"?I?W/i,
          sqlLast('created_at', '8 weeks?|56 days?', 56),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b32-sql-fin-canada-invoices-30d-past-due',
    question: 'Could you show me the customers from Canada whose invoices are more than 30 days past due?',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /country\s*(=|ILIKE|LIKE|IN\s*\()\s*'(Canada|CA)'/i,
          /due_date\s*<=?\s*\(?\s*(now\(\)|CURRENT_DATE|current_timestamp|localtimestamp)\s*-\s*(interval\s*'30 days?'|'30 days?'\s*::\s*interval|30\b|make_interval\(\s*days\s*=>\s*30\))|(now\(\)|CURRENT_DATE|current_timestamp|localtimestamp)\s*-\s*(\w+\.)?due_date\s*>=?\s*(interval\s*'30 days?'|'30 days?'\s*::\s*interval|30\b)/i,
          UNPAID_SQL,
        ],
      },
    },
  },

  // two platforms
  {
    id: 'b32-multi-soc-45-155-defender-firewall-24h',
    question: 'ip 45.155.205.233 - anything in defender network events or the splunk firewall logs last 24h?',
    expect: {
      kql: { table: 'DeviceNetworkEvents', has: [kqlIs('RemoteIP', '45\\.155\\.205\\.233'), DAY1_KQL] },
      spl: { table: 'Network_Traffic', has: [/45\.155\.205\.233/, /(src_ip|dest_ip)/, DAY1_SPL] },
    },
  },
  {
    id: 'b32-multi-soc-powershell-enc-defender-sysmon-3d',
    question: 'powershell w/ -enc on endpoints past 3 days, check defender + sysmon',
    expect: {
      kql: { table: 'DeviceProcessEvents', has: [/powershell/i, /-enc/i, kqlLast('3d|72h')] },
      spl: {
        has: [
          /index\s*=\s*"?sysmon|datamodel\s*=\s*"?Endpoint|Endpoint\.Processes/,
          /powershell/i,
          /-enc/i,
          splLast('3d|72h|4320m'),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b32-multi-soc-4625-srv-fin-01-sentinel-splunk-today',
    question: 'failed logons 4625 against SRV-FIN-01 today - sentinel and splunk both',
    expect: {
      kql: { table: 'SecurityEvent', has: [kqlEvent(4625), /SRV-FIN-01/i, TODAY_KQL] },
      spl: { table: 'wineventlog', has: [splEvent(4625), /SRV-FIN-01/i, TODAY_SPL] },
    },
  },
  {
    id: 'b32-multi-fin-haddad-app-role-entra-7d',
    question:
      'Our colleague t.haddad@harbourloom.com says he can no longer approve refunds. Could you check his role and last login in our database, and his Entra sign-ins over the last 7 days?',
    expect: {
      kql: { table: 'SigninLogs', has: [/t\.haddad@harbourloom\.com/i, kqlLast('7d|168h|1w')] },
      sql: { table: 'users', has: [/'t\.haddad@harbourloom\.com'/i, /role/, /last_login_at/] },
    },
  },
  {
    id: 'b32-multi-soc-172-105-entra-cloudtrail-week',
    question: 'did 172.105.44.19 hit entra sign-ins or cloudtrail this week?',
    expect: {
      kql: { table: 'SigninLogs', has: [kqlIs('IPAddress', '172\\.105\\.44\\.19'), THIS_WEEK_KQL] },
      spl: { table: 'aws', has: [/sourceIPAddress\s*(=|IN\s*\()\s*"?172\.105\.44\.19\b/, THIS_WEEK_SPL] },
    },
  },

  // clarification
  { id: 'b32-clarify-doing-the-thing', question: 'its doing the thing again lol', clarification: true },
  {
    id: 'b32-clarify-refresh-earlier-numbers',
    question: 'Could you please refresh the numbers I asked for this morning?',
    clarification: true,
  },
];

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
  sqlCountAbove,
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
 * The "blind27" journey-quality set, written blind on 2026-11-27 (16:48–17:00 UTC). I did not read the
 * query builders (apps/mock-data/src/query/**), the constraint extractor or routing code (libs/planner-core),
 * planner-llm, the planner app, the git history of any of them, any failure list, or another blind author's
 * work in progress. I read: issue 11, the `JourneyCase` / `QueryCheck` types in journey-cases.ts,
 * journey-dates.ts, run-journeys.ts (to register the set), the mesh's schemas (kql/spl/sql.json), blind26's
 * file as the format example (its window and shape helpers, which came from blind22, are reused here; its
 * questions and values are not), and the question lines of the other sets (to avoid repeating them).
 * Aim: resemble the held-back set of issue 11 (questions a new user types on a normal day): mostly ordinary
 * one-liners, some with typos and abbreviations ("lst", "hrs", "no.", "pls", "avg", "qty", "dept").
 * Personas, at a freight company (kestrelfreight.com) with a web shop: a SOC analyst (IOC IPs, an MD5, LOLBins,
 * RDP logons, mailbox changes, brute force on the web), a helpdesk / IT admin (Kerberos pre-auth failures,
 * local group changes, a user who cannot log in, stale accounts, Jira sign-ins, Entra group changes), a
 * cloud / platform engineer (Azure VM deletions, CloudTrail access keys and AccessDenied, WinRM exposure, an
 * IP touching Azure and AWS) and an e-commerce / finance analyst (overdue CAD invoices, shipped orders by
 * currency, average order value by country, Mexican customers with no orders, sales per category, top USD
 * spenders, IT overspend, repeat cancellations).
 * No question names a query language; some name a product (Entra, Defender, Sentinel, Splunk, sysmon,
 * CloudTrail, azure, o365, "our app db"), most name the data.
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform, 2 clarification cases (38).
 * Values: UPNs (j.okafor@, priya.nair@kestrelfreight.com), IPs (185.220.101.47, 203.0.113.77, 45.137.21.9),
 * ports (5985), an MD5, event IDs (4771, 4624 with logon type 10, 4732, 4698), an Entra error code (50126),
 * process names (wmic.exe with a quoted command-line fragment, cscript.exe, psexec, rclone.exe), apps (Jira),
 * an Azure operation (virtualMachines/delete), an Office operation (Set-Mailbox), an Entra audit operation
 * (Add member to group), AWS calls, error and region (CreateAccessKey, AccessDenied, eu-central-1), a URL
 * path and HTTP method (/wp-login.php, POST), app event types (password_reset), statuses (overdue, shipped,
 * cancelled), currencies (CAD, USD), countries (Germany, Mexico), a role (admin), a department (IT), a
 * fiscal year. Shapes: counts, distinct counts, sums, averages, a sum of products, thresholds after
 * aggregation (> 2, > 50), a comparison of two columns, top N (10), hourly and daily buckets, by X and Y,
 * columns to show, negations (customers with no orders). Windows: last N hours/days (12h, 24h, 48h, 72h, 3d,
 * 7d, 14d, 30d, 90d, "last week" as 7 days), today, yesterday (both ends), this week, this month, this quarter, this year, the
 * previous calendar month (both ends), a fiscal year, and two inactivity conditions ("no sign-in for 60 days
 * or more", "haven't logged in for 90 days", not windows).
 * Calendar windows are computed from the run's clock (UTC).
 * Checks accept every spelling I could think of for the same condition (==, =~, in, has; ago(7d) or
 * ago(168h); raw SPL or the matching data model; SQL literals, date_trunc, EXTRACT, intervals) and reject
 * only queries that do not answer the question.
 * Before running it I checked every case's checks against a query I wrote by hand for it (scratch script, not
 * committed: every `has` matched and no `not` did; the table checks and the real checkers were not run on them).
 * First run (16:51 UTC, set committed as c941ed0, `npm run eval:journeys -- --sets blind27 --verbose`, in
 * process): 31/38 passed (81.6 %); platforms right on 35/38 (33/36 real cases: KQL instead of SPL for the 4732
 * local-group question, KQL instead of SQL for the app admins with no login in 90 days; 2/2 clarifications).
 * Failing: the Set-Mailbox question (DeviceProcessEvents instead of OfficeActivity), CreateAccessKey (no count
 * by arn), tcp 5985 (port dropped), Mexican customers with no orders (negation dropped), IT overspend per
 * category (no grouping by category), and the two wrong platforms above.
 * Second commit (fairness review of the first run's queries; each change marked "Second commit" below): no
 * failing query answered its question, so no check was loosened; two checks had accepted queries that do not:
 * - tightened b27-spl-soc-sysmon-cscript-temp-72h: a Temp path on `Image` (together with `Image` ending in
 *   cscript.exe) looks for cscript.exe itself in Temp, which finds nothing; the scripts in Temp are on the
 *   command line.
 * - tightened b27-spl-auth-dm-failed-distinct-users-by-app-yday: `dc(user) … by app, user` gives 1 per row,
 *   not the distinct users per app.
 * After the second commit (16:51 UTC, same command): 29/38 passed (76.3 %); platforms right on 35/38 (33/36
 * real cases, 2/2 clarifications); the seven first-run failures and these two fail.
 * Not changed, though debatable: b27-spl-helpdesk-4732-local-group-week says "windows event logs" without
 * naming a store; the run answered it from SecurityEvent (4732 this week, with Account and Computer), which
 * would also answer it. A platform choice is not a spelling, so it keeps its expectation (as blind26 did).
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
/** An hourly / daily bucket on the time column (KQL). */
const HOURLY_KQL =
  /bin\(\s*(TimeGenerated|Timestamp)\s*,\s*(1h|60m)\s*\)|startofhour\(\s*(TimeGenerated|Timestamp)\s*\)/;
const DAILY_KQL = /bin\(\s*(TimeGenerated|Timestamp)\s*,\s*(1d|24h)\s*\)|startofday\(\s*(TimeGenerated|Timestamp)\s*\)/;

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
/** An app user's last login at least 90 days ago (SQL): a condition on last_login_at, not a window. */
const SQL_INACTIVE_LOGIN =
  /last_login_at\s*(<=?\s*\(?\s*(now\(\)|CURRENT_DATE|current_timestamp|localtimestamp)\s*-\s*(interval\s*'(90 days?|3 mons?|3 months?)'|'(90 days?|3 mons?|3 months?)'\s*::\s*interval|90\b|make_interval\(\s*days\s*=>\s*90\))|<=?\s*(TIMESTAMPTZ\s*|DATE\s*|TIMESTAMP\s*)?'\d{4}-\d{2}-\d{2})/i;

export const BLIND27_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: Entra sign-ins and audit, Defender device tables, Windows security events, Azure and Office activity
  {
    id: 'b27-kql-soc-okafor-signin-countries-ips-7d',
    question: 'where has j.okafor@kestrelfreight.com signed in from in the last 7 days? countries and ips',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [/j\.okafor@kestrelfreight\.com/i, kqlShows('Location'), kqlShows('IPAddress'), kqlLast('7d|168h|1w')],
      },
    },
  },
  {
    id: 'b27-kql-helpdesk-4771-preauth-top10-yday',
    question: 'top 10 accounts w/ kerberos pre-auth failures (4771) yesterday, and how many each',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4771),
          /by\s+[^|]*(TargetUserName|Account)\b/,
          COUNT_KQL,
          topKql(10),
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b27-kql-soc-rdp-4624-type10-24h',
    question: 'RDP logons (4624, logon type 10) on our servers in the lst 24 hrs, by computer and user',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4624),
          /LogonType\s*(==|in\s*\()\s*["']?10\b/,
          /by\s+[^|]*Computer/,
          /by\s+[^|]*(TargetUserName|Account)\b/,
          DAY1_KQL,
        ],
      },
    },
  },
  {
    id: 'b27-kql-soc-wmic-process-call-create-48h',
    question: "any wmic.exe with 'process call create' in the command line on our devices in the last 48h?",
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/wmic/i, /process call create/i, kqlLast('48h|2d|2880m')],
      },
    },
  },
  {
    id: 'b27-kql-cloud-vm-deletes-month',
    question: 'who deleted VMs in azure this month? need the caller and resource group',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [/virtualMachines\/delete/i, kqlShows('Caller'), kqlShows('ResourceGroup'), THIS_MONTH_KQL],
      },
    },
  },
  {
    id: 'b27-kql-itadm-jira-distinct-users-daily-14d',
    question: 'no. of distinct users signing into Jira each day, past 2 weeks',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /(AppDisplayName\b|\*\s*(has|contains))[^|]*Jira/i,
          /dcount\(\s*(UserPrincipalName|UserId)\s*\)|count_distinct\(\s*(UserPrincipalName|UserId)\s*\)/,
          DAILY_KQL,
          kqlLast('14d|336h|2w'),
        ],
      },
    },
  },
  {
    id: 'b27-kql-soc-set-mailbox-forwarding-3d',
    question: 'anyone change mailbox settings with Set-Mailbox in the last 3 days? user and client ip pls',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [kqlIs('Operation', 'Set-Mailbox'), kqlShows('UserId'), kqlShows('ClientIP'), kqlLast('3d|72h')],
      },
    },
  },
  {
    id: 'b27-kql-itadm-no-signin-60d',
    question: 'list entra users with no sign-in for 60 days or more',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /UserPrincipalName/,
          /max\(\s*TimeGenerated\s*\)|arg_max\(\s*TimeGenerated|leftanti/,
          // The 60 days are a condition on each user's last sign-in, not the query's window.
          /(<|<=)\s*ago\(\s*(60d|1440h)\s*\)|(<|<=)\s*now\(\)\s*-\s*(60d|1440h)|leftanti[\s\S]*ago\(\s*(60d|1440h)\s*\)/,
        ],
      },
    },
  },
  {
    id: 'b27-kql-soc-185-220-devices-process-24h',
    question: 'which machines connected to 185.220.101.47 in the last 24h, and what process made the connection?',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          kqlIs('RemoteIP', '185\\.220\\.101\\.47'),
          kqlShows('DeviceName'),
          kqlShows('InitiatingProcessFileName'),
          DAY1_KQL,
        ],
      },
    },
  },
  {
    id: 'b27-kql-itadm-add-member-group-week',
    question: 'who got added to groups in entra this week ("Add member to group")? who did it and the target',
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [
          /(OperationName|ActivityDisplayName)\s*(==|=~|in~?\s*\(|has|contains)\s*["']Add member to group/i,
          kqlShows('InitiatedBy'),
          kqlShows('TargetResources'),
          THIS_WEEK_KQL,
        ],
      },
    },
  },
  {
    id: 'b27-kql-soc-failed-germany-hourly-today',
    question: 'Failed sign-ins from Germany per hour today',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /Location\s*(==|=~|in~?\s*\(|has|contains)\s*["'](DE|Germany)["']/i,
          FAILED_SIGNIN_KQL,
          COUNT_KQL,
          HOURLY_KQL,
          TODAY_KQL,
        ],
      },
    },
  },

  // SPL: windows logs, sysmon, firewall, cloudtrail, o365, web, the azure index, the CIM data models
  {
    id: 'b27-spl-soc-sysmon-cscript-temp-72h',
    question: 'sysmon - cscript.exe running scripts out of AppData\\Local\\Temp in the last 72 hrs?',
    expect: {
      spl: {
        table: 'sysmon',
        has: [/cscript/i, /Temp/i, splLast('72h|3d|4320m')],
        // Second commit: the scripts are in Temp, not cscript.exe itself, so a Temp path on Image finds nothing.
        not: [WINDOWS_SECURITY_IDS_SPL, /Image\s*=\s*"?[^"\s|]*Temp/i],
      },
    },
  },
  {
    id: 'b27-spl-helpdesk-4732-local-group-week',
    question: 'windows event logs: who was added to a local group this week (4732)? show user and host',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [splEvent(4732), splShows('user'), splShows('host|dest|Caller_Computer_Name'), THIS_WEEK_SPL],
      },
    },
  },
  {
    id: 'b27-spl-cloud-createaccesskey-by-arn-month',
    question: 'cloudtrail: CreateAccessKey calls this month, count by arn',
    expect: {
      spl: {
        table: 'aws',
        has: [/CreateAccessKey/, /by\s+[^|]*userIdentity\.arn/, THIS_MONTH_SPL],
      },
    },
  },
  {
    id: 'b27-spl-cloud-accessdenied-eu-central-1-top10-today',
    question: 'top 10 arns getting AccessDenied in eu-central-1 today (cloudtrail)',
    expect: {
      spl: {
        table: 'aws',
        has: [/AccessDenied/, /eu-central-1/, /userIdentity\.arn/, topSpl(10), TODAY_SPL],
      },
    },
  },
  {
    id: 'b27-spl-net-5985-distinct-src-12h',
    question: 'firewall: how many distinct source IPs hit tcp 5985 in the last 12 hours?',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /dest_port\s*(=|IN\s*\()\s*"?5985\b/,
          /(dc|distinct_count|estdc)\(\s*"?(All_Traffic\.)?src(_ip)?"?\s*\)/,
          splLast('12h|720m'),
        ],
      },
    },
  },
  {
    id: 'b27-spl-o365-203-0-113-77-ops-7d',
    question: 'o365 activity from 203.0.113.77 in the past 7 days - which users and what operations?',
    expect: {
      spl: {
        table: 'o365',
        has: [
          /ClientIP\s*(=|IN\s*\()\s*"?203\.0\.113\.77/,
          splShows('UserId'),
          splShows('Operation'),
          splLast('7d|168h|1w'),
        ],
      },
    },
  },
  {
    id: 'b27-spl-web-wp-login-post-over-50-24h',
    question: 'web logs: src IPs with more than 50 POSTs to /wp-login.php in the last 24 hrs',
    expect: {
      spl: {
        table: 'Web',
        has: [/http_method\s*(=|IN\s*\()\s*"?POST/i, /wp-login/, /by\s+[^|]*\bsrc\b/, splAbove(50), DAY1_SPL],
      },
    },
  },
  {
    id: 'b27-spl-auth-dm-failed-distinct-users-by-app-yday',
    question: 'auth data model - failed logins yesterday per app, distinct users',
    expect: {
      spl: {
        table: 'Authentication',
        has: [
          /action\s*(=|IN\s*\()\s*"?fail/i,
          /(dc|distinct_count|estdc)\(\s*"?(Authentication\.)?user"?\s*\)/,
          /by\s+[^|]*\b(Authentication\.)?app\b/,
          YESTERDAY_START_SPL,
          YESTERDAY_END_SPL,
        ],
        // Second commit: grouping by user as well makes every distinct count 1, which is not users per app.
        not: [/by\s+[^|]*\b(Authentication\.)?user\b/],
      },
    },
  },
  {
    id: 'b27-spl-soc-psexec-endpoint-dm-week',
    question: 'psexec / psexesvc executions in the endpoint datamodel over the last week, by dest',
    expect: {
      spl: {
        has: [
          /datamodel\s*=\s*"?Endpoint|Endpoint\.Processes|index\s*=\s*"?sysmon/,
          /psexe/i,
          /by\s+[^|]*\b(dest|host)\b/,
          splLast('7d|168h|1w'),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b27-spl-azure-50126-per-user-24h',
    question: 'azure signin logs in splunk: errorCode 50126 (bad password) in the last 24h, count per user',
    expect: {
      spl: {
        table: 'azure',
        has: [/50126/, /by\s+[^|]*properties\.userPrincipalName/, DAY1_SPL],
      },
    },
  },

  // SQL: the shop's business database
  {
    id: 'b27-sql-fin-overdue-cad-invoices',
    question: 'overdue CAD invoices (unpaid and past due date) - invoice id, customer and amount',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /currency\s*(=|IN\s*\()\s*'CAD'/i,
          /status\s*(=|IN\s*\()\s*'overdue'|due_date\s*<=?\s*\(?\s*(CURRENT_DATE|now\(\)|current_timestamp|localtimestamp)/i,
          /invoice_id/,
          /amount/,
        ],
      },
    },
  },
  {
    id: 'b27-sql-ecom-shipped-by-currency-yday',
    question: 'how many orders shipped yesterday, broken down by currency',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /status\s*(=|IN\s*\()\s*'shipped'/i,
          /COUNT\(/i,
          /GROUP BY[^;]*currency/i,
          sqlYesterdayStart('created_at'),
          sqlYesterdayEnd('created_at'),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b27-sql-ecom-aov-by-country-quarter',
    question: 'avg order value by country this quarter',
    expect: {
      sql: {
        table: 'orders',
        has: [/AVG\(\s*(\w+\.)?total\s*\)/i, /GROUP BY[^;]*country/i, sqlThis('created_at', 'quarter', QUARTER_START)],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b27-sql-ecom-mexico-customers-never-ordered',
    question: "customers in Mexico who haven't placed a single order",
    expect: {
      sql: {
        table: 'customers',
        has: [
          /'(Mexico|MX)'/i,
          /NOT\s+EXISTS|NOT\s+IN\s*\(|LEFT\s+(OUTER\s+)?JOIN[^;]*IS\s+NULL|EXCEPT|COUNT\([^)]*\)\s*=\s*0/i,
        ],
      },
    },
  },
  {
    id: 'b27-sql-fin-sales-per-category-last-month',
    question: 'total sales per product category last month (qty x unit price)',
    expect: {
      sql: {
        table: 'order_items',
        has: [
          /SUM\(\s*(\w+\.)?quantity\s*\*\s*(\w+\.)?unit_price\s*\)|SUM\(\s*(\w+\.)?unit_price\s*\*\s*(\w+\.)?quantity\s*\)/i,
          /GROUP BY[^;]*category/i,
          sqlLastMonthStart('created_at'),
          sqlLastMonthEnd('created_at'),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b27-sql-ecom-top10-usd-spenders-year',
    question: 'top 10 customers by total spend in USD this year, with their email',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /currency\s*(=|IN\s*\()\s*'USD'/i,
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          /email/,
          topSql(10),
          /ORDER BY[^;]*DESC/i,
          sqlThis('created_at', 'year', YEAR_START),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b27-sql-it-admins-no-login-90d',
    question: "app admins (role admin) who haven't logged in for 90 days",
    expect: {
      sql: {
        table: 'users',
        has: [/role\s*(=|ILIKE|LIKE|IN\s*\()\s*'admin'/i, SQL_INACTIVE_LOGIN],
      },
    },
  },
  {
    id: 'b27-sql-app-password-reset-distinct-users-7d',
    question: 'how many distinct users triggered password_reset events in the last 7 days?',
    expect: {
      sql: {
        table: 'events',
        has: [
          /event_type\s*(=|IN\s*\()\s*'password_reset'/i,
          /COUNT\(\s*DISTINCT\s+(\w+\.)?user_id\s*\)/i,
          sqlLast('occurred_at', '7 days?|1 weeks?|168 hours?', 7),
        ],
      },
    },
  },
  {
    id: 'b27-sql-fin-it-overspent-categories-fy2026',
    question: 'which budget categories is the IT dept over budget on for FY2026? (spent more than amount)',
    expect: {
      sql: {
        table: 'budget',
        has: [
          /department\s*(=|ILIKE|LIKE|IN\s*\()\s*'IT'/i,
          /fiscal_year\s*(=\s*2026|IN\s*\(\s*2026)\b/i,
          /spent\s*\)?\s*>\s*(SUM\(\s*)?(\w+\.)?amount|amount\s*\)?\s*<\s*(SUM\(\s*)?(\w+\.)?spent/i,
          /category/,
        ],
      },
    },
  },
  {
    id: 'b27-sql-ecom-more-than-2-cancelled-90d',
    question: 'customers with more than 2 cancelled orders in the last 90 days',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /status\s*(=|IN\s*\()\s*'cancell?ed'/i,
          sqlCountAbove(2),
          sqlLast('created_at', '90 days?|3 mons?|3 months?', 90),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },

  // two platforms
  {
    id: 'b27-multi-soc-md5-defender-sysmon-7d',
    question:
      'IR gave us md5 5f2b7c1e9d04a3b8c6e1f7a2d9b40e63 - did it execute anywhere in the last week? defender and sysmon',
    expect: {
      kql: { table: 'DeviceProcessEvents', has: [/5f2b7c1e9d04a3b8c6e1f7a2d9b40e63/i, kqlLast('7d|168h|1w')] },
      spl: {
        has: [
          /index\s*=\s*"?sysmon|datamodel\s*=\s*"?Endpoint/,
          /5f2b7c1e9d04a3b8c6e1f7a2d9b40e63/i,
          splLast('7d|168h|1w'),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b27-multi-helpdesk-nair-entra-failed-appdb',
    question:
      "priya.nair@kestrelfreight.com can't log in - show her failed entra sign-ins today and her account in our app db (active? last login?)",
    expect: {
      kql: { table: 'SigninLogs', has: [/priya\.nair@kestrelfreight\.com/i, FAILED_SIGNIN_KQL, TODAY_KQL] },
      sql: { table: 'users', has: [/'priya\.nair@kestrelfreight\.com'/i, /active/, /last_login_at/] },
    },
  },
  {
    id: 'b27-multi-soc-4698-schtasks-sentinel-splunk-48h',
    question: 'scheduled tasks created (4698) in the past 48 hours, check sentinel + splunk',
    expect: {
      kql: { table: 'SecurityEvent', has: [kqlEvent(4698), kqlLast('48h|2d|2880m')] },
      spl: { table: 'wineventlog', has: [splEvent(4698), splLast('48h|2d|2880m')] },
    },
  },
  {
    id: 'b27-multi-cloud-45-137-azure-cloudtrail-30d',
    question: 'is 45.137.21.9 touching our cloud accounts? azure activity and cloudtrail, last 30 days',
    expect: {
      kql: { table: 'AzureActivity', has: [kqlIs('CallerIpAddress', '45\\.137\\.21\\.9'), kqlLast('30d|720h')] },
      spl: { table: 'aws', has: [/sourceIPAddress\s*(=|IN\s*\()\s*"?45\.137\.21\.9\b/, splLast('30d|720h|1mon')] },
    },
  },
  {
    id: 'b27-multi-soc-rclone-defender-sysmon-14d',
    question: 'rclone.exe seen on any host in the past 14 days? defender and sysmon pls',
    expect: {
      kql: { table: 'DeviceProcessEvents', has: [/rclone/i, kqlLast('14d|336h|2w')] },
      spl: {
        has: [/index\s*=\s*"?sysmon|datamodel\s*=\s*"?Endpoint/, /rclone/i, splLast('14d|336h|2w')],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },

  // clarification
  { id: 'b27-clarify-de-greeting', question: 'hallo, kannst du mir kurz helfen?', clarification: true },
  { id: 'b27-clarify-no-referent', question: 'can you run that again but for the other one', clarification: true },
];

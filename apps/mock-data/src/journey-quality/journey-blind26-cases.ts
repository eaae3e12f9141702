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
 * The "blind26" journey-quality set, written blind on 2026-11-27 (16:33–16:55 UTC). I did not read the
 * query builders (apps/mock-data/src/query/**), the constraint extractor or routing code (libs/planner-core),
 * planner-llm, the planner app, the git history of any of them, any failure list, or another blind author's
 * work in progress. I read: issue 11, the `JourneyCase` / `QueryCheck` types in journey-cases.ts,
 * journey-dates.ts, journey-checkers.ts, journey-runner.ts, run-journeys.ts (to register the set), the mesh's
 * schemas (kql/spl/sql.json), blind22's file as the format example (its window and shape helpers are reused
 * here, its questions and values are not), and the question lines of the other sets (to avoid repeating them).
 * Aim: resemble the held-back set of issue 11 (questions a new user types on a normal day), so the questions
 * are mostly ordinary one-liners, with typos and abbreviations ("lst", "hrs", "acct", "pls", "yday").
 * Personas, at a UK retailer (alderwood.co.uk): a SOC analyst on the day shift (IOC IPs, LOLBins, o365
 * downloads, data models), an IT / identity admin (inactive accounts, disabled accounts, app sign-ins, audit
 * policy, CloudTrail), an application-support engineer and DBA (app events by IP and type, hourly error
 * counts, disabled accounts that still log in) and a finance / sales analyst (unpaid AUD invoices, JPY orders,
 * SMB customers, French customers, remaining budget). No question names a query language; some name a product
 * (Entra, Defender, Sentinel, Splunk, sysmon, CloudTrail, SharePoint, "our app db"), most name the data.
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform, 2 clarification cases (38).
 * Values: UPNs (alderwood.co.uk), a service account (backup_adm), IPs (23.94.147.66, 62.233.50.17,
 * 198.18.22.40, 10.30.4.22), ports (8081, 1433), event IDs (4719, 4725, 4720, 4625), process names (regsvr32,
 * plink.exe, adfind.exe, ntdsutil), apps (ServiceNow, Zoom), a country (Brazil, France), an Entra audit
 * operation (Add owner to application), Office operations (SharingInvitationCreated, FileSyncDownloadedFull),
 * an AWS event and region (TerminateInstances, us-east-1), an HTTP status class (5xx), app event types
 * (payment_declined), statuses (unpaid, inactive accounts), currencies and amounts (AUD, ¥300,000 JPY), a
 * segment (SMB), a department (Finance), a fiscal year and month. Shapes: counts, distinct counts, sums,
 * averages, a difference of sums, thresholds after aggregation (> 3, > 200, more than 3 distinct sources), top
 * N (10), hourly and daily buckets, by X and Y, columns to show, negations (disabled accounts). Windows: last N
 * hours/days (2h, 6h, 24h, 48h, 72h, 3d, 7d, 14d, 30d), today, yesterday (both ends), since yesterday, since
 * Monday, this week, this month, this year, the previous calendar month (both ends), an explicit date range,
 * and an inactivity condition ("haven't signed in in the last 120 days", not a window).
 * Calendar windows are computed from the run's clock (UTC).
 * Checks accept every spelling I could think of for the same condition (==, =~, in, has; ago(7d) or
 * ago(168h); raw SPL or the matching data model; SQL literals, date_trunc, EXTRACT, intervals) and reject
 * only queries that do not answer the question.
 * Before running it I checked every case's checks against a query I wrote by hand for it (each passed, and
 * each hand query passed the real checkers: Kusto analyser, SPL structure check, PGlite).
 * First run (16:38 UTC, set committed as 4af3947, `npm run eval:journeys -- --sets blind26 --verbose`, in
 * process): 29/38 passed (76.3 %); platforms right on 33/38 (31/36 real cases: SPL instead of KQL for the
 * regsvr32 question, KQL instead of SPL for the 4725 one, KQL instead of SQL for the disabled Finance app
 * accounts, the SPL half of the 62.233.50.17 and 10.30.4.22 cases missing; 2/2 clarifications).
 * Second commit (fairness review of the first run's queries; each change marked "Second commit" below):
 * - kqlIs: a value anywhere in an `in (…)` list is accepted (the sharing-invitations query listed
 *   SharingInvitationCreated third, and my check wanted it first).
 * - tightened b26-kql-soc-sharing-invites-per-user-14d: `OfficeWorkload =~ "OneDrive"` keeps one of the two
 *   workloads asked for (SharePoint and OneDrive), so the count per user leaves SharePoint sharing out.
 * - tightened b26-multi-net-10-30-4-22-port-1433-6h: 10.30.4.22 is the source; `RemoteIP == "10.30.4.22"`
 *   with `RemotePort == 1433` finds devices connecting to a SQL server on it, the other direction (LocalIP with
 *   RemotePort, or RemoteIP with LocalPort, are accepted).
 * Both cases failed in the first run anyway (one on the workload's spelling, one on its missing SPL half).
 * After the second commit (16:41 UTC, same command): 29/38 passed (76.3 %); platforms right on 33/38 (31/36
 * real cases, 2/2 clarifications); the same nine cases fail.
 * Not changed, though debatable: b26-kql-soc-regsvr32-url-3d and b26-spl-itadm-4725-disabled-month name no
 * store ("on any endpoint", "windows logs"); the first run answered them on the other platform (Endpoint
 * data model with regsvr32 and http in the process; SecurityEvent 4725 this month by account with the
 * computers), which would also answer them. A platform choice is not a spelling, so both keep their
 * expectation.
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
/** Today (SQL), from its start. */
const sqlToday = (column: string) =>
  new RegExp(
    `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*(date_trunc\\(\\s*'day'\\s*,\\s*${sqlNow}\\s*\\)|CURRENT_DATE|${sqlLiteral}(${iso(TODAY)}|today))|${sqlDayOf(column)}\\s*=\\s*(CURRENT_DATE|${sqlNow}\\s*::\\s*date|${sqlLiteral}${iso(TODAY)})`,
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
 * (Second commit: the value need not come first in the list).
 */
const kqlIs = (column: string, value: string) =>
  new RegExp(`${column}\\s*(==|=~|has|contains|(in~?|has_any)\\s*\\([^)]*?)\\s*["']${value}["']`, 'i');

export const BLIND26_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: Entra sign-ins and audit, Defender device tables, Windows security events, Azure and Office activity
  {
    id: 'b26-kql-soc-rossi-failed-ips-apps-48h',
    question: 'failed sign ins for m.rossi@alderwood.co.uk past 48 hrs - which ips and apps?',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /m\.rossi@alderwood\.co\.uk/i,
          FAILED_SIGNIN_KQL,
          kqlShows('IPAddress'),
          kqlShows('AppDisplayName'),
          kqlLast('48h|2d|2880m'),
        ],
      },
    },
  },
  {
    id: 'b26-kql-itadm-no-signin-120d',
    question: "which accounts haven't signed in to Entra in the last 120 days? need the UPN and their last sign-in",
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /UserPrincipalName/,
          /max\(\s*TimeGenerated\s*\)|arg_max\(\s*TimeGenerated|leftanti/,
          // The 120 days are a condition on each account's last sign-in, not the query's window.
          /(<|<=)\s*ago\(\s*(120d|2880h)\s*\)|(<|<=)\s*now\(\)\s*-\s*(120d|2880h)|leftanti[\s\S]*ago\(\s*(120d|2880h)\s*\)/,
        ],
      },
    },
  },
  {
    id: 'b26-kql-soc-23-94-port-8081-since-yday',
    question: 'defender: which devices connected to 23.94.147.66 on port 8081 since yesterday?',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          kqlIs('RemoteIP', '23\\.94\\.147\\.66'),
          /RemotePort\s*(==|in\s*\()\s*8081\b/,
          kqlShows('DeviceName'),
          new RegExp(`${YESTERDAY_START_KQL.source}|${kqlLast('48h|2d').source}`),
        ],
      },
    },
  },
  {
    id: 'b26-kql-soc-regsvr32-url-3d',
    question: 'regsvr32 with a url in the command line on any endpoint in the last 3 days? device, account, cmdline',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /regsvr32/i,
          /ProcessCommandLine\b[^|]*(https?|:\/\/|\/i:)/i,
          kqlShows('DeviceName'),
          kqlShows('AccountName'),
          kqlShows('ProcessCommandLine'),
          kqlLast('3d|72h'),
        ],
      },
    },
  },
  {
    id: 'b26-kql-itadm-servicenow-daily-week',
    question: 'ServiceNow sign-ins per day this week',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [/(AppDisplayName\b|\*\s*(has|contains))[^|]*ServiceNow/i, COUNT_KQL, DAILY_KQL, THIS_WEEK_KQL],
      },
    },
  },
  {
    id: 'b26-kql-itadm-4719-audit-policy-month',
    question: 'was the audit policy changed on any server this month? event 4719 - by computer and who did it',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4719), kqlShows('Computer'), kqlShows('SubjectUserName|Account'), THIS_MONTH_KQL],
      },
    },
  },
  {
    id: 'b26-kql-itadm-top10-failed-brazil-today',
    question: 'top 10 users w/ failed sign-ins from Brazil today',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /Location\s*(==|=~|in~?\s*\(|has|contains)\s*["'](BR|Brazil)["']/i,
          FAILED_SIGNIN_KQL,
          /by\s+[^|]*UserPrincipalName/,
          topKql(10),
          TODAY_KQL,
        ],
      },
    },
  },
  {
    id: 'b26-kql-soc-add-app-owner-30d',
    question: 'entra audit log: who added owners to applications (Add owner to application) in the past 30 days?',
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [
          /(OperationName|ActivityDisplayName)\s*(==|=~|in~?\s*\(|has|contains)\s*["']Add owner to application/i,
          kqlShows('InitiatedBy'),
          kqlLast('30d|720h'),
        ],
      },
    },
  },
  {
    id: 'b26-kql-itadm-pipeline-failed-azure-yday',
    question: 'azure activity - failed operations by svc-pipeline@alderwood.co.uk yday, what were they?',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          kqlIs('Caller', 'svc-pipeline@alderwood\\.co\\.uk'),
          /ActivityStatusValue\s*(==|=~|in~?\s*\(|has|contains|startswith)\s*["']Fail/i,
          kqlShows('OperationNameValue'),
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b26-kql-soc-sharing-invites-per-user-14d',
    question:
      'who shared sharepoint/onedrive files externally (SharingInvitationCreated) in the last 14 days? count per user',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [kqlIs('Operation', 'SharingInvitationCreated'), /by\s+[^|]*UserId/, COUNT_KQL, kqlLast('14d|336h|2w')],
        // Second commit: the question covers SharePoint and OneDrive, so keeping one workload drops half the answer.
        not: [/OfficeWorkload\s*(==|=~)\s*["'](OneDrive|SharePoint)["']/i],
      },
    },
  },
  {
    id: 'b26-kql-soc-medium-high-risk-hourly-24h',
    question: 'hourly count of medium and high risk sign-ins, lst 24 hours',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /RiskLevelDuringSignIn\s*in~?\s*\([^)]*(medium[^)]*high|high[^)]*medium)|RiskLevelDuringSignIn\s*!in~?\s*\([^)]*low|RiskLevelDuringSignIn\s*(==|=~)\s*["'](medium|high)["'][^|]*\bor\b[^|]*RiskLevelDuringSignIn\s*(==|=~)\s*["'](medium|high)["']/i,
          COUNT_KQL,
          HOURLY_KQL,
          DAY1_KQL,
        ],
      },
    },
  },

  // SPL: windows logs, sysmon, firewall, cloudtrail, o365, web, the azure index, the CIM data models
  {
    id: 'b26-spl-soc-backup-adm-4625-by-src-24h',
    question: 'splunk - 4625s for backup_adm in the last 24h, how many per source?',
    expect: {
      spl: {
        has: [
          /EventCode\s*(=|IN\s*\()\s*"?4625\b|datamodel\s*=\s*"?Authentication[\s\S]*action\s*=\s*"?fail/i,
          /backup_adm/i,
          /by\s+[^|]*\bsrc(_ip)?\b/,
          DAY1_SPL,
        ],
        not: [/index\s*=\s*"?sysmon/],
      },
    },
  },
  {
    id: 'b26-spl-soc-sysmon-plink-week',
    question: 'sysmon: any plink.exe runs this week? host, user, cmdline',
    expect: {
      spl: {
        table: 'sysmon',
        has: [/plink/i, splShows('host'), splShows('User'), splShows('CommandLine'), THIS_WEEK_SPL],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b26-spl-net-top10-blocked-dest-ports-yday',
    question: 'firewall - top 10 destination ports for blocked traffic yesterday',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /action\s*(=|IN\s*\()\s*"?(blocked|block|denied|deny|dropped|drop|reject|rejected|failure)/i,
          /dest_port/,
          topSpl(10),
          YESTERDAY_START_SPL,
          YESTERDAY_END_SPL,
        ],
      },
    },
  },
  {
    id: 'b26-spl-itadm-cloudtrail-terminate-us-east-1-7d',
    question:
      'cloudtrail: who terminated ec2 instances (TerminateInstances) in us-east-1 over the last 7 days? arn + source ip',
    expect: {
      spl: {
        table: 'aws',
        has: [
          /TerminateInstances/,
          /us-east-1/,
          splShows('userIdentity.arn'),
          splShows('sourceIPAddress'),
          splLast('7d|168h|1w'),
        ],
      },
    },
  },
  {
    id: 'b26-spl-soc-o365-sync-downloads-over-200-24h',
    question: 'o365 - anyone with over 200 FileSyncDownloadedFull ops in the last day? per user',
    expect: {
      spl: {
        table: 'o365',
        has: [/FileSyncDownloadedFull/, /by\s+[^|]*UserId/, splAbove(200), DAY1_SPL],
      },
    },
  },
  {
    id: 'b26-spl-web-5xx-hourly-today',
    question: 'web servers: 5xx errors per hour today',
    expect: {
      spl: {
        table: 'Web',
        has: [
          /(Web\.)?status\s*(>=?\s*"?(500|499)|=\s*"?5|IN\s*\(\s*"?5)|like\(\s*"?(Web\.)?status"?\s*,\s*"5/i,
          /span\s*=\s*"?(1h|60m)\b/,
          TODAY_SPL,
        ],
      },
    },
  },
  {
    id: 'b26-spl-itadm-azure-zoom-distinct-users-month',
    question: 'splunk azure index: how many different users signed in to Zoom this month?',
    expect: {
      spl: {
        table: 'azure',
        has: [/Zoom/i, /(dc|distinct_count|estdc)\(\s*"?properties\.userPrincipalName"?\s*\)/, THIS_MONTH_SPL],
      },
    },
  },
  {
    id: 'b26-spl-soc-auth-dm-failed-from-3plus-src-2h',
    question: 'authentication datamodel: users failing logins from more than 3 distinct sources in the last 2 hours',
    expect: {
      spl: {
        table: 'Authentication',
        has: [
          /action\s*(=|IN\s*\()\s*"?fail/i,
          /(dc|distinct_count|estdc)\(\s*"?(Authentication\.)?src"?\s*\)/,
          /by\s+[^|]*\buser\b/,
          splAbove(3),
          splLast('2h|120m'),
        ],
      },
    },
  },
  {
    id: 'b26-spl-soc-adfind-endpoint-14d',
    question: 'endpoint processes datamodel: adfind.exe executions past 14 days, count by dest and user',
    expect: {
      spl: {
        has: [
          /datamodel\s*=\s*"?Endpoint|Endpoint\.Processes|index\s*=\s*"?sysmon/,
          /adfind/i,
          /by\s+[^|]*\b(dest|host)\b/,
          /by\s+[^|]*\b(user|User)\b/,
          splLast('14d|2w|336h'),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b26-spl-itadm-4725-disabled-month',
    question: 'windows logs: which accounts got disabled this month (event 4725) and on which DC',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [splEvent(4725), splShows('user'), splShows('host|dest|Caller_Computer_Name'), THIS_MONTH_SPL],
      },
    },
  },

  // SQL: the retailer's business database
  {
    id: 'b26-sql-fin-unpaid-aud-invoices-count-total',
    question: 'how many unpaid invoices do we have in AUD and what do they add up to?',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /status\s*(=\s*|IN\s*\([^)]*)'unpaid'|status\s*(<>|!=)\s*'paid'|paid_at\s+IS\s+NULL/i,
          /currency\s*(=|IN\s*\()\s*'AUD'/i,
          /COUNT\(/i,
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
        ],
      },
    },
  },
  {
    id: 'b26-sql-sales-top10-france-customers-orders-year',
    question: 'top 10 customers in France by number of orders this year',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /'(France|FR)'/i,
          /COUNT\(/i,
          topSql(10),
          /ORDER BY[^;]*DESC/i,
          sqlThis('created_at', 'year', YEAR_START),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b26-sql-sales-smb-more-than-3-orders-last-month',
    question: 'SMB customers who placed more than 3 orders last month',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /segment\s*(=|ILIKE|LIKE|IN\s*\()\s*'smb'|lower\(\s*(\w+\.)?segment\s*\)\s*=\s*'smb'/i,
          sqlCountAbove(3),
          sqlLastMonthStart('created_at'),
          sqlLastMonthEnd('created_at'),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b26-sql-appsup-payment-declined-hourly-today',
    question: 'how many payment_declined events per hour in the app today?',
    expect: {
      sql: {
        table: 'events',
        has: [
          /event_type\s*(=|IN\s*\()\s*'payment_declined'/i,
          /COUNT\(/i,
          /date_trunc\(\s*'hour'\s*,\s*(\w+\.)?occurred_at\s*\)|EXTRACT\(\s*HOUR\s+FROM\s+(\w+\.)?occurred_at\s*\)|date_part\(\s*'hour'|to_char\(\s*(\w+\.)?occurred_at\s*,\s*'[^']*HH24/i,
          sqlToday('occurred_at'),
        ],
      },
    },
  },
  {
    id: 'b26-sql-appsup-ip-events-user-type-since-monday',
    question: 'app events from 198.18.22.40 since monday, by user and event type',
    expect: {
      sql: {
        table: 'events',
        has: [
          /ip_address[^;]*198\.18\.22\.40/,
          /GROUP BY[^;]*user_id/i,
          /GROUP BY[^;]*event_type/i,
          sqlThis('occurred_at', 'week', MONDAY),
        ],
      },
    },
  },
  {
    id: 'b26-sql-fin-avg-invoice-currency-sep1-nov15',
    question: 'average invoice amount per currency for invoices issued between 1 Sep and 15 Nov 2026',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /AVG\(\s*(\w+\.)?amount\s*\)/i,
          /GROUP BY[^;]*currency/i,
          new RegExp(`issued_at[^;]*2026-09-01`, 'i'),
          new RegExp(
            `<\\s*${sqlLiteral}2026-11-16|2026-11-15[ T]23:59|(::\\s*date|date\\([^)]*\\)|AS\\s+DATE\\s*\\))\\s*(<=|BETWEEN[^;]*AND)\\s*${sqlLiteral}2026-11-15|'2026-11-15'\\s*(::\\s*date)?\\s*\\+\\s*(interval\\s*'1 days?'|1\\b)`,
            'i',
          ),
        ],
      },
    },
  },
  {
    id: 'b26-sql-sales-distinct-customers-country-week',
    question: 'how many distinct customers ordered this week, per country',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /COUNT\(\s*DISTINCT\s+(\w+\.)?customer_id\s*\)/i,
          /GROUP BY[^;]*country/i,
          sqlThis('created_at', 'week', MONDAY),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b26-sql-appsup-disabled-finance-still-logging-in-30d',
    question: 'disabled app accounts in the Finance dept that still logged in within the past 30 days?',
    expect: {
      sql: {
        table: 'users',
        has: [
          /active\s*(=\s*(false|'f'|0)|IS\s+(FALSE|NOT\s+TRUE))|NOT\s+(\w+\.)?active\b/i,
          /department\s*(=|ILIKE|LIKE|IN\s*\()\s*'Finance'/i,
          sqlLast('last_login_at', '30 days?|1 mons?|1 months?', 30),
        ],
      },
    },
  },
  {
    id: 'b26-sql-fin-remaining-budget-fm11-fy2026',
    question: 'remaining budget per dept for fiscal month 11 of FY2026 (amount minus spent)',
    expect: {
      sql: {
        table: 'budget',
        has: [
          /fiscal_year\s*(=\s*2026|IN\s*\(\s*2026)\b/i,
          /fiscal_month\s*(=\s*11|IN\s*\(\s*11)\b/i,
          /SUM\(\s*(\w+\.)?amount\s*\)\s*-\s*SUM\(\s*(\w+\.)?spent\s*\)|SUM\(\s*(\w+\.)?amount\s*-\s*(\w+\.)?spent\s*\)/i,
          /GROUP BY[^;]*department/i,
        ],
      },
    },
  },
  {
    id: 'b26-sql-fin-jpy-orders-over-300k-yday',
    question: 'orders above ¥300,000 (JPY) yesterday - order id, customer name and total',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /currency\s*(=|IN\s*\()\s*'JPY'/i,
          /total\s*(>\s*300000|>=\s*300001)\b/i,
          /order_id/,
          /\bname\b/,
          sqlYesterdayStart('created_at'),
          sqlYesterdayEnd('created_at'),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },

  // two platforms
  {
    id: 'b26-multi-soc-62-233-entra-cloudtrail-14d',
    question: 'TI hit on 62.233.50.17 - any entra sign-ins from it or cloudtrail calls from it? past 14 days',
    expect: {
      kql: { table: 'SigninLogs', has: [kqlIs('IPAddress', '62\\.233\\.50\\.17'), kqlLast('14d|336h|2w')] },
      spl: { table: 'aws', has: [/sourceIPAddress\s*(=|IN\s*\()\s*"?62\.233\.50\.17/, splLast('14d|2w|336h')] },
    },
  },
  {
    id: 'b26-multi-soc-ntdsutil-defender-sysmon-30d',
    question: 'ntdsutil run anywhere in the last 30 days? check defender and sysmon',
    expect: {
      kql: { table: 'DeviceProcessEvents', has: [/ntdsutil/i, kqlLast('30d|720h')] },
      spl: {
        has: [/index\s*=\s*"?sysmon|datamodel\s*=\s*"?Endpoint/, /ntdsutil/i, splLast('30d|720h|1mon')],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b26-multi-itadm-4720-sentinel-splunk-week',
    question: 'new user accounts created this week (4720) - sentinel and splunk both pls',
    expect: {
      kql: { table: 'SecurityEvent', has: [kqlEvent(4720), THIS_WEEK_KQL] },
      spl: { table: 'wineventlog', has: [splEvent(4720), THIS_WEEK_SPL] },
    },
  },
  {
    id: 'b26-multi-soc-kowalczyk-entra-country-app-last-login-72h',
    question:
      'a.kowalczyk@alderwood.co.uk thinks she got phished - her entra sign-ins lst 72h by country, and her last login in our app db',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [/a\.kowalczyk@alderwood\.co\.uk/i, /by\s+[^|]*Location/, kqlLast('72h|3d')],
      },
      sql: { table: 'users', has: [/'a\.kowalczyk@alderwood\.co\.uk'/i, /last_login_at/] },
    },
  },
  {
    id: 'b26-multi-net-10-30-4-22-port-1433-6h',
    question: 'is 10.30.4.22 hitting port 1433 on other boxes? last 6h, defender + firewall',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          // Second commit: 10.30.4.22 is the source, so it is the LocalIP of a connection to remote port 1433
          // (or the RemoteIP of an inbound one on LocalPort 1433); RemoteIP == it with RemotePort 1433 is the
          // other direction (devices connecting to a SQL server on 10.30.4.22).
          new RegExp(
            [
              `${kqlIs('LocalIP', '10\\.30\\.4\\.22').source}[\\s\\S]*RemotePort\\s*(==|in\\s*\\()\\s*1433\\b`,
              `RemotePort\\s*(==|in\\s*\\()\\s*1433\\b[\\s\\S]*${kqlIs('LocalIP', '10\\.30\\.4\\.22').source}`,
              `${kqlIs('RemoteIP', '10\\.30\\.4\\.22').source}[\\s\\S]*LocalPort\\s*(==|in\\s*\\()\\s*1433\\b`,
              `LocalPort\\s*(==|in\\s*\\()\\s*1433\\b[\\s\\S]*${kqlIs('RemoteIP', '10\\.30\\.4\\.22').source}`,
            ].join('|'),
            'i',
          ),
          kqlLast('6h|360m'),
        ],
      },
      spl: {
        table: 'Network_Traffic',
        has: [/src(_ip)?\s*(=|IN\s*\()\s*"?10\.30\.4\.22/, /dest_port\s*(=|IN\s*\()\s*"?1433\b/, splLast('6h|360m')],
      },
    },
  },

  // clarification
  { id: 'b26-clarify-pt-greeting', question: 'oi, tudo bem? preciso de uma ajuda', clarification: true },
  { id: 'b26-clarify-gibberish', question: 'kjhg poiu ,,mn 77', clarification: true },
];

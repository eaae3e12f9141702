import type { JourneyCase } from './journey-cases';
import {
  TODAY_KQL,
  THIS_MONTH_KQL,
  TODAY_SPL,
  YESTERDAY_START_SPL,
  YESTERDAY_END_SPL,
  kqlEvent,
  splEvent,
  topSql,
} from './journey-patterns';
import {
  DAY_MS,
  LAST_MONTH_START,
  MONDAY,
  MONTH_START,
  SUNDAY,
  TODAY,
  YEAR,
  YEAR_START,
  YESTERDAY,
  iso,
  kqlDate,
  splDate,
  sqlLiteral,
} from './journey-dates';

/**
 * The "blind21" journey-quality set, written blind on 2026-11-27 (12:05–12:45 UTC). I did not read the
 * query builders (apps/mock-data/src/query/**), the constraint extractor or routing code (libs/planner-core),
 * planner-llm, the planner app, the git history of any of them, or any failure list. I read: issue 11, the
 * `JourneyCase` / `QueryCheck` types in journey-cases.ts, journey-dates.ts, journey-checkers.ts and
 * journey-runner.ts (how checks are applied), run-journeys.ts (to register the set), the mesh's schemas
 * (kql/spl/sql.json), blind20's list as the format example (its questions and values were not reused), and
 * the question lines of the other sets (to avoid repeating them).
 * Personas, mixed: a cloud security engineer working across Azure and AWS (precise, names products:
 * Entra, Defender, CloudTrail, key vaults, S3), an e-commerce operations manager (orders, checkout,
 * revenue, "our shop database", casual), a Windows sysadmin (event IDs, servers, terse), and a junior
 * analyst whose English is a second language (grammar slips, "since three days", "make sign in").
 * No question names a query language; some name a product or data source, most just describe the data.
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform, 2 clarification cases (38).
 * Values: UPNs (contoso, fabrikam), a guest marker (#EXT#), IPs, ports (22, 443), hosts (SRV-FILE02, FS01),
 * Windows event IDs (1102, 4624 + logon type 10, 4625 + logon type 3, 4732, 4740), sysmon events 3 and 22,
 * an Entra error code (50126), a risk level, Azure operations (key vault and storage account deletes),
 * Office operations (FileDownloaded, New-InboxRule, Set-InboxRule), AWS API calls (PutBucketPolicy,
 * PutBucketAcl), process names (powershell.exe, winword.exe, excel.exe, rundll32.exe, vssadmin.exe) and
 * command-line fragments (-enc, delete shadows, -ExecutionPolicy Bypass), domain suffixes (.zip, .top), a URL
 * path (/checkout, login), HTTP statuses (500, 5xx), an app event type (login_failed), order statuses
 * (pending, completed, cancelled), currencies (USD), amounts, countries (Germany, Austria), a segment, a
 * product category. Shapes: counts, distinct counts, sums, averages, a byte threshold, thresholds after
 * aggregation (> 3, > 10, > 50, >= 5), top N (10), first/last seen, hourly and monthly buckets, by X and Y,
 * negations (never bought, not ordered), columns to show. Windows: last N hours/days (4h, 12h, 24h, 48h, 2d,
 * 3d, 7d, 14d, 30d, 60d), today, yesterday (both ends), this week, last week (both ends), this month, a named
 * past month (October 2026, both ends), since a date, this year, and inactivity conditions ("haven't
 * ordered in 6 months", "pending for more than 48 hours"). Calendar windows are computed from the run's
 * clock (UTC), so the cases stay right on later days.
 * Checks accept every spelling I could think of for the same condition (==, =~, in, has; ago(2d) or
 * ago(48h); raw SPL or the matching data model; SQL literals, date_trunc, EXTRACT, intervals) and reject
 * only queries that do not answer the question.
 * Before running it I checked every case's checks against a query I wrote by hand for it (each passed).
 * First run (12:12 UTC, set committed as 5ac894d, `npm run -s eval:journeys -- --sets blind21 --verbose`, in
 * process): 18/38 passed (47.4 %); platforms right on 33/38 (31/36 real cases: the Splunk half of three
 * two-platform cases missing, two Windows-log questions answered from Sentinel instead of Splunk; 2/2
 * clarifications asked). One of those two is my ambiguity, not a routing error: "failed network logons
 * (4625, logon type 3) against FS01 yesterday" names no store, Sentinel's SecurityEvent holds the same events
 * as Splunk's wineventlog, and the first run's KQL query answers it (4625, logon type 3, FS01, yesterday, count
 * by IpAddress); the runner takes one platform set per case, so it stays an SPL case and is counted as a
 * failure here (19/38 if it is discounted). The 4740 case is just as ambiguous but its KQL answer does not
 * show the caller computer, so it would fail on either platform.
 * Second commit (fairness review of the first run's queries; each change marked "Second commit" below; no
 * rejected query turned out to answer its question with a spelling I had not foreseen, so nothing was widened):
 * - tightened b21-spl-esl-sysmon-dns-zip-top-2d: the first run filtered `TargetFilename=*.zip*` (a field DNS
 *   events lack) and `QueryName=*.top`, which finds no .zip lookups; a `*.zip` that is another field's value
 *   no longer passes.
 * - tightened b21-sql-ecom-customers-5plus-orders-since-nov1: "name, number of orders and total spent" — the
 *   number of orders must be a selected column (the first run showed name and total only).
 * After the second commit (12:15 UTC, 4a741c3, same command; the mesh produced the same queries as in the
 * first run): 16/38 passed (42.1 %) — the two tightened cases now fail; platforms right on 33/38 (31/36 real
 * cases, 2/2 clarifications).
 */

const DAYS_AGO = (days: number): Date => new Date(TODAY.getTime() - days * DAY_MS);
/** The previous calendar week (Monday to Sunday) and October 2026, the named month. */
const LAST_WEEK_MONDAY = DAYS_AGO(((TODAY.getUTCDay() + 6) % 7) + 7);
const OCT_START = new Date(Date.UTC(2026, 9, 1));
const NOV_START = new Date(Date.UTC(2026, 10, 1));
/** Whether "last month" is October 2026 on this run's clock (then `startofmonth(now(), -1)` names it). */
const OCT_IS_LAST_MONTH = iso(LAST_MONTH_START) === iso(OCT_START);

/** `now()` and its SQL spellings. */
const sqlNow = '(now\\(\\)|CURRENT_DATE|current_timestamp|localtimestamp|statement_timestamp\\(\\))';
/** Today's start (SQL). */
const sqlToday = `(CURRENT_DATE|date_trunc\\(\\s*'day'\\s*,\\s*${sqlNow}\\s*\\)|${sqlNow}\\s*::\\s*date|${sqlLiteral}${iso(TODAY)})`;

// KQL windows
/** `ago(48h)` or any equal spelling of the same span (KQL). */
const kqlAgo = (...spans: string[]) => new RegExp(`ago\\(\\s*(${spans.join('|')})\\s*\\)`);
const DAY1_KQL = kqlAgo('24h', '1d', '1440m');
const YESTERDAY_START_KQL = new RegExp(
  [
    `startofday\\(\\s*(ago\\(\\s*(1d|24h)\\s*\\)|now\\(\\)\\s*-\\s*(1d|24h))\\s*\\)`,
    `startofday\\(\\s*now\\(\\)\\s*,\\s*-1\\s*\\)`,
    `startofday\\(\\s*now\\(\\)\\s*\\)\\s*-\\s*(1d|24h)`,
    kqlDate(YESTERDAY),
  ].join('|'),
);
const YESTERDAY_END_KQL = new RegExp(
  [
    `(<|\\.\\.)\\s*startofday\\(\\s*now\\(\\)\\s*\\)`,
    `endofday\\(\\s*(ago\\(\\s*(1d|24h)\\s*\\)|now\\(\\)\\s*,\\s*-1|now\\(\\)\\s*-\\s*(1d|24h))\\s*\\)`,
    `(<|\\.\\.)\\s*${kqlDate(TODAY)}`,
    `(<=?|\\.\\.)\\s*datetime\\(\\s*["']?${iso(YESTERDAY)}[T ]23`,
    `startofday\\(\\s*(TimeGenerated|Timestamp)\\s*\\)\\s*==`,
  ].join('|'),
);
/** "This week": from Sunday (`startofweek`) or Monday. */
const THIS_WEEK_KQL = new RegExp(`startofweek\\(\\s*now\\(\\)\\s*\\)|${kqlDate(MONDAY)}|${kqlDate(SUNDAY)}`);
const OCT_START_KQL = new RegExp(
  `${kqlDate(OCT_START)}${OCT_IS_LAST_MONTH ? '|startofmonth\\(\\s*now\\(\\)\\s*,\\s*-1\\s*\\)' : ''}`,
);
const OCT_END_KQL = new RegExp(
  [
    `(<|\\.\\.)\\s*${kqlDate(NOV_START)}`,
    `(<=?|\\.\\.)\\s*datetime\\(\\s*["']?2026-10-31[T ]23`,
    `endofday\\(\\s*datetime\\(\\s*["']?2026-10-31`,
    `endofmonth\\(\\s*datetime\\(\\s*["']?2026-10`,
    ...(OCT_IS_LAST_MONTH
      ? [`endofmonth\\(\\s*now\\(\\)\\s*,\\s*-1\\s*\\)`, `(<|\\.\\.)\\s*startofmonth\\(\\s*now\\(\\)\\s*\\)`]
      : []),
  ].join('|'),
);

// SPL windows
/** `earliest=-48h` or any equal spelling of the same span (SPL). */
const splAgo = (...spans: string[]) => new RegExp(`earliest\\s*=\\s*"?-(${spans.join('|')})\\b`);
const DAY1_SPL = splAgo('24h', '1d', '1440m');
const WEEK_SPL = splAgo('7d', '168h', '1w');
const THIS_WEEK_SPL = new RegExp(`earliest\\s*=\\s*"?(@w0|@w1|@w|-0w@w[01]?|${splDate(MONDAY)}|${splDate(SUNDAY)})`);

// SQL windows
/** "in the last N units" on a column (SQL): an interval (any listed spelling) or the matching date. */
const sqlSince = (column: string, spans: readonly string[], dates: readonly Date[] = []) =>
  new RegExp(
    `${column}\\s*(>=?|BETWEEN)\\s*\\(?\\s*(${sqlNow}\\s*-\\s*\\(?\\s*(${spans
      .map((s) => `interval\\s*'${s}'|'${s}'\\s*::\\s*interval`)
      .join('|')})${dates.length > 0 ? `|${sqlLiteral}(${dates.map(iso).join('|')})` : ''})`,
    'i',
  );
/** SQL spellings of N days as an interval: `'7 days'`, `'7 day'`, `'1 week'`. */
const sqlDays = (days: number) => [`${days} days?`, ...(days % 7 === 0 ? [`${days / 7} weeks?`] : [])];
/** Yesterday on a column, start and end (SQL). */
const sqlYesterdayStart = (column: string) =>
  new RegExp(
    `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*(${sqlToday}\\s*-\\s*(interval\\s*'(1 days?|24 hours?)'|'(1 days?|24 hours?)'\\s*::\\s*interval|1\\b)|${sqlLiteral}${iso(YESTERDAY)})|${column}\\s*::\\s*date\\s*=\\s*(${sqlToday}\\s*-\\s*(interval\\s*'1 days?'|1\\b)|${sqlLiteral}${iso(YESTERDAY)})|date_trunc\\(\\s*'day'\\s*,\\s*${column}\\s*\\)\\s*=\\s*(date_trunc\\(\\s*'day'\\s*,\\s*${sqlNow}\\s*\\)|CURRENT_DATE)\\s*-\\s*(interval\\s*'1 days?'|1\\b)`,
    'i',
  );
const sqlYesterdayEnd = (column: string) =>
  new RegExp(
    `${column}\\s*<\\s*\\(?\\s*${sqlToday}(?!\\s*-)|BETWEEN[^;]*AND\\s+\\(?\\s*${sqlToday}(?!\\s*-)|${column}\\s*<=\\s*${sqlLiteral}${iso(YESTERDAY)}[T ]23|${column}\\s*::\\s*date\\s*=|date_trunc\\(\\s*'day'\\s*,\\s*${column}\\s*\\)\\s*=`,
    'i',
  );

/** Windows Security event IDs, which must never be applied to sysmon (SPL). */
const WINDOWS_SECURITY_IDS_SPL = /EventCode\s*=\s*"?(4624|4625|4688|4720|4740)\b/;
/** `top 10 by`, `take 10`, `limit 10` (KQL). */
const topKql = (n: number) => new RegExp(`top\\s+${n}\\s+by|take\\s+${n}\\b|limit\\s+${n}\\b`);
/** A failed Entra sign-in: a non-zero ResultType, however spelled (KQL). */
const FAILED_SIGNIN_KQL =
  /ResultType\s*\)?\s*(!=|!~|<>)\s*["']?0\b|ResultType\s*!in~?\s*\(\s*["']?0\b|ResultType\s*(in~?\s*\(|==|=~)\s*["']?[1-9]/;
/** A successful Entra sign-in: ResultType 0 (KQL). */
const SUCCESS_SIGNIN_KQL = /ResultType\s*\)?\s*(==|=~|in~?\s*\()\s*["']?0\b/;
/** An invoice not paid (SQL). */
const UNPAID_SQL =
  /paid_at\s+IS\s+NULL|status\s*(<>|!=)\s*'paid'|status\s*NOT\s+IN\s*\([^)]*'paid'|status\s*(=|IN)\s*\(?\s*'(unpaid|overdue|open|issued|sent|pending)/i;
/** A column the answer shows (KQL): named, or every column kept (no project / summarize / distinct / count). */
const kqlShows = (column: string) =>
  new RegExp(`\\b${column}\\b|^(?![\\s\\S]*\\|\\s*(project|summarize|distinct|count)\\b)`);
/** A column the answer shows (SPL): named, or a raw search keeping every field (no table / fields / stats …). */
const splShows = (column: string) =>
  new RegExp(
    `\\b${column.replace(/\./g, '\\.')}\\b|^(?![\\s\\S]*(\\|\\s*(table|fields|stats|chart|timechart|top|rare|dedup)\\b|\\btstats\\b))`,
  );
/** An hour bucket (SPL / SQL on orders). */
const SPAN_1H_SPL = /span\s*=\s*"?(1h|60m)\b/;
const HOUR_BUCKET_SQL =
  /date_trunc\(\s*'hour'\s*,\s*(\w+\.)?created_at|EXTRACT\(\s*HOUR\s+FROM\s+(\w+\.)?created_at|date_part\(\s*'hour'\s*,\s*(\w+\.)?created_at|to_char\(\s*(\w+\.)?created_at\s*,\s*'[^']*HH/i;
/** Orders not cancelled (SQL). */
const NOT_CANCELLED_SQL =
  /status\s*(<>|!=)\s*'cancell?ed'|status\s+NOT\s+IN\s*\([^)]*'cancell?ed'|NOT\s*\(?\s*(\w+\.)?status\s*=\s*'cancell?ed'/i;

export const BLIND21_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: Entra sign-ins and audit, Windows security events, Defender device tables, Office, Azure activity
  {
    id: 'b21-kql-cloudsec-keyvault-storage-deletes-48h',
    question:
      'Azure activity log: who deleted key vaults or storage accounts in the last 48 hours? I need the caller, caller IP and resource group.',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          /KeyVault|vaults/i,
          /Storage/i,
          /OperationNameValue\b[^|]*delete|delete[^|]*OperationNameValue/i,
          kqlShows('Caller'),
          kqlShows('CallerIpAddress'),
          kqlShows('ResourceGroup'),
          kqlAgo('48h', '2d', '2880m'),
        ],
      },
    },
  },
  {
    id: 'b21-kql-cloudsec-high-risk-successful-signins-3d',
    question:
      'Entra: high risk sign-ins that still succeeded in the past 3 days, grouped by user and IP address please',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /RiskLevelDuringSignIn\s*(==|=~|in~?\s*\(|has)\s*["']high/i,
          SUCCESS_SIGNIN_KQL,
          /by\s+[^|]*UserPrincipalName/,
          /by\s+[^|]*IPAddress/,
          kqlAgo('3d', '72h'),
        ],
      },
    },
  },
  {
    id: 'b21-kql-sysadmin-1102-log-cleared-per-server-month',
    question: 'how many times was the security log cleared (1102) on each server this month',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(1102), /by\s+[^|]*Computer/, /count\(|count\s*$|\|\s*count\b/m, THIS_MONTH_KQL],
      },
    },
  },
  {
    id: 'b21-kql-sysadmin-rdp-srv-file02-first-last-7d',
    question:
      'RDP logons (4624 type 10) to SRV-FILE02 over the past week - which accounts, and first/last time each one connected',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4624),
          /LogonType\s*(==|in\s*\()\s*10\b/,
          /SRV-FILE02/i,
          /min\(\s*TimeGenerated\s*\)|arg_min\(/,
          /max\(\s*TimeGenerated\s*\)|arg_max\(/,
          /by\s+[^|]*(TargetUserName|Account)\b/,
          kqlAgo('7d', '168h', '1w'),
        ],
      },
    },
  },
  {
    id: 'b21-kql-esl-devices-to-185-220-101-34-443-3d',
    question: 'please I need see the devices who is connecting to ip 185.220.101.34 on port 443 since three days',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /RemoteIP\s*(==|=~|in~?\s*\(|has)\s*["']185\.220\.101\.34["']/,
          /RemotePort\s*(==|in\s*\()\s*443\b/,
          kqlShows('DeviceName'),
          kqlAgo('3d', '72h'),
        ],
      },
    },
  },
  {
    id: 'b21-kql-cloudsec-encoded-powershell-from-office-14d',
    question:
      'Defender: encoded powershell (-enc) spawned by winword.exe or excel.exe in the last 14 days - device, account and full command line',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /(FileName|ProcessCommandLine)\b[^|]*powershell/i,
          /ProcessCommandLine\b[^|]*-e(nc|ncodedcommand)?\b/i,
          /InitiatingProcessFileName\b[^|]*winword\.exe/i,
          /InitiatingProcessFileName\b[^|]*excel\.exe|excel\.exe[^|]*winword|winword[^|]*excel\.exe/i,
          kqlShows('DeviceName'),
          kqlShows('AccountName'),
          kqlShows('ProcessCommandLine'),
          kqlAgo('14d', '336h', '2w'),
        ],
      },
    },
  },
  {
    id: 'b21-kql-esl-50126-per-user-over-10-today',
    question: 'how much sign in fails with error 50126 for each user today? only users with more then 10',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /ResultType\s*(==|=~|in~?\s*\(|has)\s*["']?50126\b/,
          /by\s+[^|]*(UserPrincipalName|UserId|UserDisplayName)/,
          /where\s+[^|]*(>\s*10|>=\s*11)\b/,
          TODAY_KQL,
        ],
      },
    },
  },
  {
    id: 'b21-kql-sysadmin-4732-local-admins-this-week',
    question:
      'Sentinel - members added to the local Administrators group (4732) this week. show computer, who added and who got added',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4732),
          /Administrators/i,
          kqlShows('Computer'),
          /\b(SubjectUserName|Account)\b|^(?![\s\S]*\|\s*(project|summarize|distinct|count)\b)/,
          /\bTargetUserName\b|\bMemberName\b|\bMemberSid\b|^(?![\s\S]*\|\s*(project|summarize|distinct|count)\b)/,
          THIS_WEEK_KQL,
        ],
      },
    },
  },
  {
    id: 'b21-kql-cloudsec-guest-downloads-top10-yesterday',
    question:
      'SharePoint/OneDrive downloads by external guest accounts (#EXT#) yesterday - top 10 guests by number of files downloaded',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [
          /Operation\s*(==|=~|in~?\s*\(|has|contains|startswith)\s*["']FileDownloaded/i,
          /UserId\b[^|]*#EXT#/i,
          /by\s+[^|]*UserId/,
          topKql(10),
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b21-kql-esl-tanaka-apps-october',
    question: 'which apps user k.tanaka@fabrikam.com did sign in during october, and how many times for each app?',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [/k\.tanaka@fabrikam\.com/i, /by\s+[^|]*AppDisplayName/, /count/, OCT_START_KQL, OCT_END_KQL],
      },
    },
  },
  {
    id: 'b21-kql-cloudsec-password-resets-by-admins-24h',
    question:
      'Entra audit logs: password resets done by admins on other users in the last 24h, show initiator + target',
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [
          /(OperationName|ActivityDisplayName)\b[^|]*reset[^|]*password/i,
          kqlShows('InitiatedBy'),
          kqlShows('TargetResources'),
          DAY1_KQL,
        ],
      },
    },
  },
  // SPL: cloudtrail, o365, the azure index, the windows logs, sysmon, the CIM data models
  {
    id: 'b21-spl-cloudsec-s3-bucket-policy-acl-this-week',
    question:
      'CloudTrail in Splunk: who changed S3 bucket policies or ACLs this week (PutBucketPolicy / PutBucketAcl)? arn, region, source ip',
    expect: {
      spl: {
        table: 'aws',
        has: [
          /PutBucketPolicy/,
          /PutBucketAcl/,
          splShows('userIdentity.arn'),
          splShows('awsRegion'),
          splShows('sourceIPAddress'),
          THIS_WEEK_SPL,
        ],
      },
    },
  },
  {
    id: 'b21-spl-cloudsec-o365-inbox-rules-7d',
    question:
      'o365: inbox rules created or changed (New-InboxRule, Set-InboxRule) in the last 7 days, by user and client IP',
    expect: {
      spl: {
        table: 'o365',
        has: [/New-InboxRule/i, /Set-InboxRule/i, splShows('UserId'), splShows('ClientIP'), WEEK_SPL],
      },
    },
  },
  {
    id: 'b21-spl-cloudsec-azure-portal-users-over-3-ips-7d',
    question:
      'from the azure sign-in logs in splunk: users who reached the Azure Portal from more than 3 different IPs in the last 7 days',
    expect: {
      spl: {
        table: 'azure',
        has: [
          /Azure Portal/i,
          /(dc|distinct_count|estdc)\(\s*"?properties\.ipAddress"?\s*\)/,
          /by\s+[^|]*properties\.userPrincipalName/,
          /(where|search)\s+[^|]*(>\s*3|>=\s*4)\b/,
          WEEK_SPL,
        ],
      },
    },
  },
  {
    id: 'b21-spl-sysadmin-4625-network-fs01-yesterday',
    question: 'failed network logons (4625, logon type 3) against FS01 yesterday, count by source',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [
          splEvent(4625),
          /Logon_Type\s*(=|IN\s*\()\s*"?3\b/i,
          /(host|dest|Computer\w*)\s*(=|IN\s*\()\s*"?FS01\b/i,
          /by\s+[^|]*\bsrc\b/,
          YESTERDAY_START_SPL,
          YESTERDAY_END_SPL,
        ],
      },
    },
  },
  {
    id: 'b21-spl-sysadmin-4740-lockouts-4h',
    question: 'lockouts in the last 4 hrs? need the user and the caller computer name (4740)',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [splEvent(4740), splShows('user'), splShows('Caller_Computer_Name'), splAgo('4h', '240m')],
      },
    },
  },
  {
    id: 'b21-spl-esl-sysmon-dns-zip-top-2d',
    question:
      'in sysmon please show dns querys (event 22) for domains finish with .zip or .top in last 2 days, which hosts do them',
    expect: {
      spl: {
        table: 'sysmon',
        has: [
          /EventCode\s*(=|IN\s*\()\s*"?22\b/i,
          // Second commit: a `*.zip` that is the value of another field (the first run filtered
          // TargetFilename=*.zip*, which DNS events lack) or a QueryName test followed by another field's
          // `.zip` no longer passes.
          /QueryName(?:(?!\s+[\w.]+\s*=)[^|])*(\.|%|\*)(\((\w+\|)*)?zip\b|(^|[\s(])"?\*\.zip\b/i,
          /QueryName(?:(?!\s+[\w.]+\s*=)[^|])*(\.|%|\*)(\((\w+\|)*)?top\b|(^|[\s(])"?\*\.top\b/i,
          splShows('host'),
          splAgo('2d', '48h'),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b21-spl-esl-sysmon-rundll32-network-24h',
    question:
      'rundll32.exe is making network connection (sysmon event 3)? i need destination ip and port, last 24 hour',
    expect: {
      spl: {
        table: 'sysmon',
        has: [
          /EventCode\s*(=|IN\s*\()\s*"?3\b/i,
          /rundll32\.exe/i,
          splShows('DestinationIp'),
          splShows('DestinationPort'),
          DAY1_SPL,
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b21-spl-sysadmin-vssadmin-delete-shadows-endpoint-7d',
    question:
      'Endpoint datamodel: vssadmin delete shadows on any machine in the last 7 days - which hosts and which users',
    expect: {
      spl: {
        table: 'Endpoint.Processes',
        has: [/vssadmin/i, /delete[^|]*shadows/i, splShows('dest'), splShows('user'), WEEK_SPL],
      },
    },
  },
  {
    id: 'b21-spl-ecom-checkout-500s-hourly-today',
    question: 'our web logs: how many HTTP 500 errors on the /checkout pages per hour today?',
    expect: {
      spl: {
        table: 'Web',
        has: [/status\s*(=|IN\s*\()\s*"?500\b/i, /\/checkout/i, SPAN_1H_SPL, TODAY_SPL],
      },
    },
  },
  {
    id: 'b21-spl-cloudsec-ssh-bytes-out-over-1gb-24h',
    question:
      'network traffic to port 22: which source IPs sent more than 1 GB out in the last 24 hours? total bytes out per source',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /dest_port\s*(=|IN\s*\()\s*"?22\b/,
          /sum\(\s*"?(All_Traffic\.)?bytes_out"?\s*\)/,
          /by\s+[^|]*src_ip/,
          /(where|search)\s+[^|]*>=?\s*(1073741824|1000000000|1e9|1024\s*\*\s*1024\s*\*\s*1024|1\b)/,
          DAY1_SPL,
        ],
      },
    },
  },
  // SQL: the shop database
  {
    id: 'b21-sql-ecom-pending-over-48h',
    question: "how many orders are still sitting in 'pending' for more than 48 hours right now?",
    expect: {
      sql: {
        table: 'orders',
        has: [
          /status\s*(=|IN\s*\()\s*'pending'/i,
          /COUNT\(/i,
          new RegExp(
            `created_at\\s*<=?\\s*\\(?\\s*${sqlNow}\\s*-\\s*(interval\\s*'(48 hours?|2 days?)'|'(48 hours?|2 days?)'\\s*::\\s*interval)|${sqlNow}\\s*-\\s*(\\w+\\.)?created_at\\s*>=?\\s*(interval\\s*'(48 hours?|2 days?)'|'(48 hours?|2 days?)'\\s*::\\s*interval)`,
            'i',
          ),
        ],
        // "pending for more than 48 hours" is a condition on the order's age, not a 48-hour window.
        not: [new RegExp(`created_at\\s*>=?\\s*\\(?\\s*${sqlNow}\\s*-`, 'i')],
      },
    },
  },
  {
    id: 'b21-sql-ecom-aov-per-currency-completed-month',
    question: 'average order value per currency this month, completed orders only',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /AVG\(\s*(\w+\.)?total\s*\)|SUM\(\s*(\w+\.)?total\s*\)\s*\/\s*COUNT\(/i,
          /status\s*(=|IN\s*\()\s*'completed?'/i,
          /GROUP BY[^;]*currency/i,
          new RegExp(
            `created_at\\s*(>=|BETWEEN)\\s*(date_trunc\\(\\s*'month'\\s*,\\s*${sqlNow}\\s*\\)|${sqlLiteral}${iso(MONTH_START)})|date_trunc\\(\\s*'month'\\s*,\\s*(\\w+\\.)?created_at\\s*\\)\\s*=\\s*date_trunc\\(\\s*'month'\\s*,\\s*${sqlNow}`,
            'i',
          ),
        ],
      },
    },
  },
  {
    id: 'b21-sql-ecom-de-at-customers-no-orders-6-months',
    question: "customers in Germany or Austria who haven't ordered anything in the last 6 months - name and email",
    expect: {
      sql: {
        table: 'customers',
        has: [
          /'(DE|Germany)'/i,
          /'(AT|Austria)'/i,
          /\bname\b/,
          /\bemail\b/,
          /NOT\s+EXISTS|NOT\s+IN\s*\(\s*SELECT|IS\s+NULL|MAX\(\s*(\w+\.)?created_at\s*\)\s*<|HAVING[^;]*COUNT\([^;]*=\s*0|EXCEPT/i,
          new RegExp(
            `(interval\\s*'(6 mons?|6 months?|180 days?|18[1-4] days?|26 weeks?)'|'(6 mons?|6 months?|180 days?|18[1-4] days?)'\\s*::\\s*interval|make_interval\\(\\s*months\\s*=>\\s*6|${sqlLiteral}(${[
              180, 181, 182, 183, 184,
            ]
              .map((d) => iso(DAYS_AGO(d)))
              .join('|')}))`,
            'i',
          ),
        ],
        not: [/\b(c|cu|cust|customers)\.created_at\s*(>|>=|<|BETWEEN)/i],
      },
    },
  },
  {
    id: 'b21-sql-ecom-top10-products-units-yesterday',
    question: 'top 10 products by units sold yesterday',
    expect: {
      sql: {
        table: 'order_items',
        has: [
          /SUM\(\s*(\w+\.)?quantity\s*\)/i,
          /\bname\b|product_id/,
          topSql(10),
          /ORDER BY[^;]*DESC/i,
          sqlYesterdayStart('(\\w+\\.)?created_at'),
          sqlYesterdayEnd('(\\w+\\.)?created_at'),
        ],
        not: [/\b(p|pr|prod|products)\.created_at\s*(>=?|<|BETWEEN|::)/i],
      },
    },
  },
  {
    id: 'b21-sql-ecom-revenue-by-category-last-week-not-cancelled',
    question: 'revenue by product category for last week (Mon-Sun), leave out cancelled orders',
    expect: {
      sql: {
        table: 'products',
        has: [
          /SUM\(\s*(\w+\.)?quantity\s*\*\s*(\w+\.)?unit_price\s*\)|SUM\(\s*(\w+\.)?unit_price\s*\*\s*(\w+\.)?quantity\s*\)/i,
          /GROUP BY[^;]*category/i,
          NOT_CANCELLED_SQL,
          new RegExp(
            `date_trunc\\(\\s*'week'\\s*,\\s*${sqlNow}\\s*\\)\\s*-\\s*(interval\\s*'(1 weeks?|7 days?)'|'(1 weeks?|7 days?)'\\s*::\\s*interval)|${sqlLiteral}${iso(LAST_WEEK_MONDAY)}`,
            'i',
          ),
          new RegExp(
            `(created_at\\s*<|BETWEEN[^;]*AND)\\s*\\(?\\s*(date_trunc\\(\\s*'week'\\s*,\\s*${sqlNow}\\s*\\)(?!\\s*-)|${sqlLiteral}${iso(MONDAY)})|(created_at\\s*<=?|BETWEEN[^;]*AND)\\s*${sqlLiteral}${iso(new Date(MONDAY.getTime() - DAY_MS))}([T ]23|'\\s*::\\s*date|')|created_at\\s*<=?\\s*${sqlLiteral}${iso(new Date(MONDAY.getTime() - DAY_MS))}[T ]23|date_trunc\\(\\s*'week'\\s*,\\s*(\\w+\\.)?created_at\\s*\\)\\s*=`,
            'i',
          ),
        ],
      },
    },
  },
  {
    id: 'b21-sql-esl-new-customers-per-month-by-segment-year',
    question: 'how many new customer we get each month in this year, separate by segment?',
    expect: {
      sql: {
        table: 'customers',
        has: [
          /COUNT\(/i,
          /date_trunc\(\s*'month'\s*,\s*(\w+\.)?created_at|EXTRACT\(\s*MONTH\s+FROM\s+(\w+\.)?created_at|date_part\(\s*'month'\s*,\s*(\w+\.)?created_at|to_char\(\s*(\w+\.)?created_at\s*,\s*'[^']*MM/i,
          /GROUP BY[^;]*segment/i,
          new RegExp(
            `created_at\\s*(>=|BETWEEN)\\s*(date_trunc\\(\\s*'year'\\s*,\\s*${sqlNow}\\s*\\)|${sqlLiteral}${iso(YEAR_START)})|EXTRACT\\(\\s*YEAR\\s+FROM\\s+(\\w+\\.)?created_at\\s*\\)\\s*=\\s*(${YEAR}|EXTRACT\\(\\s*YEAR\\s+FROM\\s+${sqlNow})|date_part\\(\\s*'year'\\s*,\\s*(\\w+\\.)?created_at\\s*\\)\\s*=\\s*(${YEAR}|date_part)|date_trunc\\(\\s*'year'\\s*,\\s*(\\w+\\.)?created_at\\s*\\)\\s*=\\s*date_trunc\\(\\s*'year'`,
            'i',
          ),
        ],
      },
    },
  },
  {
    id: 'b21-sql-ecom-overdue-invoices-14d-total-per-currency',
    question: 'total amount of unpaid invoices that are more than 14 days past due, per currency',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          UNPAID_SQL,
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          /GROUP BY[^;]*currency/i,
          new RegExp(
            `due_date\\s*<=?\\s*\\(?\\s*(${sqlNow}\\s*-\\s*(interval\\s*'(14 days?|2 weeks?)'|'(14 days?|2 weeks?)'\\s*::\\s*interval|14\\b)|${sqlLiteral}(${iso(DAYS_AGO(14))}|${iso(DAYS_AGO(15))}))|${sqlNow}\\s*-\\s*(\\w+\\.)?due_date\\s*>=?\\s*(14\\b|15\\b|interval\\s*'14 days?')|due_date\\s*\\+\\s*(interval\\s*'14 days?'|14\\b)\\s*<=?\\s*${sqlNow}`,
            'i',
          ),
        ],
      },
    },
  },
  {
    id: 'b21-sql-ecom-usd-orders-over-1500-new-customers-30d',
    question:
      'orders above 1,500 USD placed by new customers (customers who signed up in the last 30 days) - order id, customer name, total',
    expect: {
      sql: {
        table: 'customers',
        has: [
          /'USD'/,
          /total\s*(>\s*1500|>=\s*1500\.01)\b/i,
          /order_id/,
          /\bname\b/,
          sqlSince(
            '((c|cu|cust|customers)\\.|FROM\\s+customers\\s+((AS\\s+)?(?!WHERE)\\w+\\s+)?WHERE\\s+[^;)]*?)created_at',
            sqlDays(30),
            [DAYS_AGO(30), DAYS_AGO(29)],
          ),
        ],
      },
    },
  },
  {
    id: 'b21-sql-ecom-customers-5plus-orders-since-nov1',
    question: 'which customers placed 5 or more orders since 1 Nov 2026? name, number of orders and total spent',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /HAVING\s+COUNT\([^)]*\)\s*(>=\s*5|>\s*4)\b/i,
          // Second commit: the number of orders is one of the columns asked for (the first run showed
          // name and total only).
          /^\s*SELECT(?:(?!\bFROM\b)[\s\S])*\bCOUNT\(/i,
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          /\bname\b/,
          new RegExp(
            `(\\w+\\.)?created_at\\s*(>=|BETWEEN)\\s*(${sqlLiteral}2026-11-01${iso(MONTH_START) === '2026-11-01' ? `|date_trunc\\(\\s*'month'\\s*,\\s*${sqlNow}\\s*\\)` : ''})`,
            'i',
          ),
        ],
        not: [/\b(c|cu|cust|customers)\.created_at\s*(>|>=|<|BETWEEN)/i],
      },
    },
  },
  {
    id: 'b21-sql-esl-active-products-not-sold-60d',
    question: 'products that is active but nobody buy them in last 60 days',
    expect: {
      sql: {
        table: 'products',
        has: [
          /\bactive\s*(=\s*(true|'t'|1)|IS\s+TRUE)|WHERE\s+(\w+\.)?active\b|AND\s+(\w+\.)?active\b/i,
          /NOT\s+EXISTS|NOT\s+IN\s*\(\s*SELECT|IS\s+NULL|EXCEPT|HAVING[^;]*=\s*0/i,
          sqlSince('(\\w+\\.)?created_at', sqlDays(60), [DAYS_AGO(60), DAYS_AGO(59)]),
        ],
        not: [/\b(p|pr|prod|products)\.created_at\s*(>|>=|<|BETWEEN)/i],
      },
    },
  },
  // two platforms
  {
    id: 'b21-multi-kql-spl-cloudsec-45-155-205-233-entra-cloudtrail-7d',
    question:
      'Threat intel flagged 45.155.205.233. Any Entra sign-ins from it in the last 7 days, and any CloudTrail API calls from it in the same period?',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [/IPAddress\s*(==|=~|in~?\s*\(|has)\s*["']45\.155\.205\.233["']/, kqlAgo('7d', '168h', '1w')],
      },
      spl: {
        table: 'aws',
        has: [/45\.155\.205\.233/, WEEK_SPL],
      },
    },
  },
  {
    id: 'b21-multi-sql-spl-ecom-credential-stuffing-today',
    question:
      'possible credential stuffing on the shop today: login_failed events per source IP in our app database (only IPs with more than 50), and POST requests to the login page per src in the web logs',
    expect: {
      sql: {
        table: 'events',
        has: [
          /event_type\s*(=|IN\s*\()\s*'login_failed'/i,
          /GROUP BY[^;]*ip_address/i,
          /HAVING\s+COUNT\([^)]*\)\s*(>\s*50|>=\s*51)\b/i,
          new RegExp(
            `occurred_at\\s*(>=|BETWEEN)\\s*\\(?\\s*${sqlToday}|(\\w+\\.)?occurred_at\\s*::\\s*date\\s*=\\s*(CURRENT_DATE|${sqlLiteral}${iso(TODAY)})|date_trunc\\(\\s*'day'\\s*,\\s*(\\w+\\.)?occurred_at\\s*\\)\\s*=\\s*(date_trunc\\(\\s*'day'\\s*,\\s*${sqlNow}|CURRENT_DATE)`,
            'i',
          ),
        ],
      },
      spl: {
        table: 'Web',
        has: [/http_method\s*(=|IN\s*\()\s*"?POST/i, /login/i, /by\s+[^|]*\bsrc\b/, TODAY_SPL],
      },
    },
  },
  {
    id: 'b21-multi-kql-spl-sysadmin-powershell-bypass-defender-sysmon-24h',
    question:
      'powershell run with -ExecutionPolicy Bypass on our servers in the last 24h - check both defender and sysmon',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/powershell/i, /ProcessCommandLine\b[^|]*Bypass/i, DAY1_KQL],
      },
      spl: {
        table: 'sysmon',
        has: [/powershell/i, /CommandLine[^|]*Bypass/i, DAY1_SPL],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b21-multi-kql-spl-esl-psilva-entra-and-windows-today',
    question:
      'user p.silva@contoso.com have problem to login, can you check his failed sign in in entra and also the failed windows logon 4625 in splunk for today please',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [/p\.silva@contoso\.com/i, FAILED_SIGNIN_KQL, TODAY_KQL],
      },
      spl: {
        table: 'wineventlog',
        has: [splEvent(4625), /p\.silva/i, TODAY_SPL],
      },
    },
  },
  {
    id: 'b21-multi-sql-spl-ecom-orders-vs-5xx-hourly-yesterday',
    question:
      'did the checkout outage yesterday hurt sales? hourly number of orders from the shop database next to hourly HTTP 5xx errors on the web servers, yesterday',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /COUNT\(/i,
          HOUR_BUCKET_SQL,
          sqlYesterdayStart('(\\w+\\.)?created_at'),
          sqlYesterdayEnd('(\\w+\\.)?created_at'),
        ],
      },
      spl: {
        table: 'Web',
        has: [
          /status\s*(=|IN\s*\()\s*"?5(\*|xx|\d\d)|status\s*>=\s*"?500\b|status\s*=\s*"?5\*|like\(\s*status\s*,\s*"5%"/i,
          SPAN_1H_SPL,
          YESTERDAY_START_SPL,
          YESTERDAY_END_SPL,
        ],
      },
    },
  },
  // clarification
  { id: 'b21-clarify-esl-help-problem', question: 'hello, i need help with the problem pls', clarification: true },
  {
    id: 'b21-clarify-ecom-same-as-last-time',
    question: 'same as last time but for the other one',
    clarification: true,
  },
];

import type { JourneyCase } from './journey-cases';
import {
  TODAY_KQL,
  THIS_MONTH_KQL,
  TODAY_SPL,
  YESTERDAY_END_SPL,
  kqlEvent,
  splEvent,
  topSql,
} from './journey-patterns';
import { DAY_MS, MONTH_START, TODAY, YESTERDAY, dayBefore, iso, kqlDate, splDate, sqlLiteral } from './journey-dates';

/**
 * The "blind20" journey-quality set, written blind on 2026-11-27 (10:35–11:00 UTC). I did not read the
 * query builders (apps/mock-data/src/query/**), the constraint extractor or routing code (libs/planner-core),
 * planner-llm, the planner app, the git history of any of them, or any blind set's failure list. I read:
 * issue 11, a skim of the wire contract, the `JourneyCase` / `QueryCheck` types in journey-cases.ts,
 * journey-dates.ts, journey-checkers.ts and journey-runner.ts (how checks are applied), run-journeys.ts (to
 * register the set), the mesh's schemas (kql/spl/sql.json), blind13's list (for the file format and its
 * window regex helpers; its questions and values were not reused), and the question lines of the other
 * sets (to avoid repeating them).
 * Personas, mixed: a SOC tier-1 analyst working an alert queue (short, abbreviations, typos), an identity /
 * IAM admin, a sales-operations / billing analyst, a head of IT asking loosely, an auditor asking formally.
 * No question names a query language; some name a product (Entra, Sentinel, Defender, Splunk, CloudTrail,
 * "our billing database"), most name a data source as users do or none.
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform, 2 clarification cases (38).
 * Values: UPNs (and a UPN prefix), IPs, a CIDR, ports (53, 6667), hosts (DC01), Windows event IDs (4697,
 * 4724, 4728), sysmon event 1, an Entra error code (50053), a SHA256, process names (schtasks.exe, cmd.exe,
 * explorer.exe, psexec, wevtutil), command-line fragments (/create, cl), a folder path fragment, user
 * agents (sqlmap, nikto), Office / AWS / Entra / Azure operations (Add-MailboxPermission, StopLogging,
 * DeleteTrail, DeactivateMFADevice, Disable Strong Authentication, Delete user, resource deletes), a group
 * name (Domain Admins), countries, an app name, statuses (cancelled, refunded, active), currencies (GBP,
 * CHF, AUD, EUR), amounts, a segment, departments, roles, an event type. Shapes: counts, distinct counts,
 * sums, a difference of sums, a percentage, thresholds after aggregation (> 2, >= 3, > 20), top N (5, 10),
 * first/last seen, daily buckets, by X and Y, negations (excluding, other than, not, except), columns to
 * show. Windows: last N hours/days (6h, 8h, 12h, 24h, 3d, 7d, 10d, 14d, 30d, 90d), today, yesterday (both
 * ends), since monday, this month, a named past month (both ends), a quarter (both ends), since an explicit
 * date, the past week, and an inactivity condition ("haven't logged in for 30 days", not a window). Calendar windows are computed from the
 * run's clock (UTC), so the cases stay right on later days.
 * Checks accept every spelling I could think of for the same condition (==, =~, in, has; ago(7d) or
 * ago(168h); raw SPL or the matching data model; SQL literals, date_trunc, EXTRACT, intervals) and reject
 * only queries that do not answer the question.
 * Before running it I checked every case's checks against a query I wrote by hand for it (each passed).
 * First run (10:43 UTC, set committed as 6481b7e, `npm run eval:journeys -- --sets blind20 --verbose`, in
 * process): 16/38 passed (42.1 %); platforms right on 34/38 (33/36 real cases: the Splunk half of two
 * two-platform cases missing, an extra Splunk step on an Office 365 case; 1/2 clarifications: "do the weekly
 * thing pls" was planned instead of asked about).
 * Second commit (fairness review of the first run's queries; each change marked "Second commit" below):
 * - b20-kql-iam-mailbox-full-access-month: "in Office 365" names no platform, and Splunk's o365 index holds
 *   the same activity as Sentinel's OfficeActivity, so the planner's kql+spl is a right answer; the same
 *   conditions (operation, user, client IP, the mailbox object, this month) are now checked on both.
 * - b20-multi-kql-sql-billing-portal-signins-eur-invoices-7d: KQL's free-text `where * has "Billing Portal"`
 *   is accepted besides a filter on AppDisplayName (it finds the same sign-ins).
 * - tightened b20-kql-temp-folder-exes-top10-devices-today: a filter on FileName (the first run's query
 *   kept only file names containing "them") no longer passes.
 * After the second commit (10:46 UTC, 09e7277, same command): 16/38 passed (42.1 %) — the Billing Portal case
 * now passes, the temp-folder case now fails; platforms right on 35/38 (34/36 real cases, 1/2
 * clarifications).
 */

/** The most recent Monday on or before today, and how many days back it is. */
const DAYS_SINCE_MONDAY = (TODAY.getUTCDay() + 6) % 7;
const MONDAY = new Date(TODAY.getTime() - DAYS_SINCE_MONDAY * DAY_MS);
const THIRTY_DAYS_AGO = new Date(TODAY.getTime() - 30 * DAY_MS);

/** `now()` and its SQL spellings. */
const sqlNow = '(now\\(\\)|CURRENT_DATE|current_timestamp|localtimestamp)';

// KQL windows
const DAY1_KQL = /ago\(\s*(24h|1d|1440m)\s*\)/;
const WEEK_KQL = /ago\(\s*(7d|168h|1w)\s*\)/;
/** Yesterday's start: `startofday(ago(1d))`, `startofday(now(), -1)`, `startofday(now()) - 1d`, or its date. */
const YESTERDAY_START_KQL = new RegExp(
  [
    `startofday\\(\\s*(ago\\(\\s*(1d|24h)\\s*\\)|now\\(\\)\\s*-\\s*(1d|24h))\\s*\\)`,
    `startofday\\(\\s*now\\(\\)\\s*,\\s*-1\\s*\\)`,
    `startofday\\(\\s*now\\(\\)\\s*\\)\\s*-\\s*(1d|24h)`,
    kqlDate(YESTERDAY),
  ].join('|'),
);
/** …and its end: before today's start, `endofday(…)` of yesterday, or the day compared as a whole. */
const YESTERDAY_END_KQL = new RegExp(
  [
    `(<|\\.\\.)\\s*startofday\\(\\s*now\\(\\)\\s*\\)`,
    `endofday\\(\\s*(ago\\(\\s*(1d|24h)\\s*\\)|now\\(\\)\\s*,\\s*-1|now\\(\\)\\s*-\\s*(1d|24h))\\s*\\)`,
    `(<|\\.\\.)\\s*${kqlDate(TODAY)}`,
    `(<=?|\\.\\.)\\s*datetime\\(\\s*["']?${iso(YESTERDAY)}[T ]23`,
    `startofday\\(\\s*(TimeGenerated|Timestamp)\\s*\\)\\s*==`,
  ].join('|'),
);
/** October 2026 (KQL): its first day or `startofmonth(now(), -1)` (when run in November 2026)… */
const OCT_START_KQL = /datetime\(\s*["']?2026-10-01|startofmonth\(\s*now\(\)\s*,\s*-1\s*\)/;
/** …and its end. */
const OCT_END_KQL =
  /(<|\.\.)\s*datetime\(\s*["']?2026-11-01|(<=?|\.\.)\s*datetime\(\s*["']?2026-10-31[T ]23|endofday\(\s*datetime\(\s*["']?2026-10-31|endofmonth\(\s*(datetime\(\s*["']?2026-10|now\(\)\s*,\s*-1)|(<|\.\.)\s*startofmonth\(\s*now\(\)\s*\)/;

// SPL windows
const DAY1_SPL = /earliest\s*=\s*"?-(24h|1d|1440m)\b/;
const WEEK_SPL = /earliest\s*=\s*"?-(7d|168h|1w)\b/;
const YESTERDAY_START_SPL = new RegExp(`earliest\\s*=\\s*"?(-1d@d|${splDate(YESTERDAY)})`);
const THIS_MONTH_SPL = new RegExp(`earliest\\s*=\\s*"?(@mon|-0mon@mon|${splDate(MONTH_START)})`);
const SINCE_MONDAY_SPL = new RegExp(`earliest\\s*=\\s*"?(@w1|-0w@w1|-${DAYS_SINCE_MONDAY}d@d|${splDate(MONDAY)})`);

// SQL windows
/** "in the last N days" on a column (SQL): an interval, a day count, or the matching date. */
const sqlLastDays = (column: string, days: number) =>
  new RegExp(
    `${column}\\s*(>=?|BETWEEN)\\s*\\(?\\s*(${sqlNow}\\s*-\\s*(interval\\s*'${days} days?'|'${days} days?'\\s*::\\s*interval|${days}\\b|make_interval\\(\\s*days\\s*=>\\s*${days})|${sqlLiteral}(${iso(new Date(TODAY.getTime() - days * DAY_MS))}|${iso(new Date(TODAY.getTime() - (days - 1) * DAY_MS))}))`,
    'i',
  );

/** Windows Security event IDs, which must never be applied to sysmon (SPL). */
const WINDOWS_SECURITY_IDS_SPL = /EventCode\s*=\s*"?(4624|4625|4688|4720|4740)\b/;
/** `top 10 by`, `take 10`, `limit 10` (KQL). */
const topKql = (n: number) => new RegExp(`top\\s+${n}\\s+by|take\\s+${n}\\b|limit\\s+${n}\\b`);
/** `top 10 …`, `top limit=10 …`, `head 10`, `sort 10` (SPL). */
const topSpl = (n: number) =>
  new RegExp(`top\\s+(limit\\s*=\\s*)?${n}\\b|head\\s+(limit\\s*=\\s*)?${n}\\b|sort\\s+(limit\\s*=\\s*)?${n}\\b`);
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
/** A day bucket (SPL timechart/bin span). */
const SPAN_1D_SPL = /span\s*=\s*"?(1d|24h)\b/;
/** A day bucket (KQL). */
const BIN_1D_KQL =
  /bin\(\s*(TimeGenerated|Timestamp)\s*,\s*(1d|24h)\s*\)|startofday\(\s*(TimeGenerated|Timestamp)\s*\)/;
/** A day bucket (SQL). */
const DAY_BUCKET_SQL =
  /date_trunc\(\s*'day'\s*,\s*(\w+\.)?created_at|(\w+\.)?created_at\s*::\s*date|DATE\(\s*(\w+\.)?created_at\s*\)|CAST\(\s*(\w+\.)?created_at\s+AS\s+DATE\)|to_char\(\s*(\w+\.)?created_at\s*,\s*'YYYY-MM-DD/i;

export const BLIND20_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: Entra sign-ins and audit, Windows security events, Defender device tables, Office, Azure activity
  {
    id: 'b20-kql-soc-failed-signins-hnguyen-cidr-8h',
    question:
      'alert: failed entra signins for h.nguyen@contoso.com from 41.216.188.0/24 past 8hrs - count by app + error code',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          'h.nguyen@contoso.com',
          /IPAddress\b[^|]*41\.216\.188\.|41\.216\.188\.[^|]*IPAddress/,
          FAILED_SIGNIN_KQL,
          /by\s+[^|]*AppDisplayName/,
          /by\s+[^|]*ResultType/,
          /ago\(\s*(8h|480m)\s*\)/,
        ],
      },
    },
  },
  {
    id: 'b20-kql-iam-deleted-users-since-nov16',
    question: 'Which user accounts were deleted in Entra ID since 16 Nov 2026, and who deleted them?',
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [
          /(OperationName|ActivityDisplayName)\b[^|]*Delete user/i,
          kqlShows('InitiatedBy'),
          kqlShows('TargetResources'),
          /datetime\(\s*["']?2026-11-(16|15T2[3-9])/,
        ],
      },
    },
  },
  {
    id: 'b20-kql-soc-schtasks-create-not-system-3d',
    question: 'defender: schtasks.exe /create on any box in last 3 days, not by SYSTEM - device, account, cmdline',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /FileName\s*(==|=~|in~?\s*\(|has|contains|startswith)\s*["']schtasks/i,
          /ProcessCommandLine\b[^|]*\/create/i,
          /AccountName\s*(!=|!~|!in~?\s*\(|!has|!contains)\s*["']system|not\s*\(\s*AccountName\s*(==|=~|in~?\s*\(|has|contains)\s*["']system/i,
          kqlShows('DeviceName'),
          kqlShows('ProcessCommandLine'),
          /ago\(\s*(3d|72h)\s*\)/,
        ],
      },
    },
  },
  {
    id: 'b20-kql-hoit-salesforce-people-per-day-week',
    question: 'roughly how many people sign in to Salesforce through Entra each day? past week is fine',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /AppDisplayName\b[^|]*Salesforce/i,
          /dcount\(\s*(UserPrincipalName|UserId|UserDisplayName)\s*\)|count_distinct\(\s*(UserPrincipalName|UserId)\s*\)/,
          BIN_1D_KQL,
          WEEK_KQL,
        ],
      },
    },
  },
  {
    id: 'b20-kql-audit-azure-deletes-oct-per-subscription',
    question:
      'For the change-management audit, please report the number of successful Azure resource delete operations per subscription during October 2026.',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          /OperationNameValue\b[^|]*delete/i,
          /ActivityStatusValue\s*(==|=~|in~?\s*\(|has|contains|startswith)\s*["']succe/i,
          /by\s+[^|]*SubscriptionId/,
          OCT_START_KQL,
          OCT_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b20-kql-soc-port-6667-first-last-24h',
    question: 'any device hitting port 6667 (irc??) in the last 24h - per device & remote ip, first and last seen',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /RemotePort\s*(==|in\s*\()\s*6667\b/,
          /min\(\s*(TimeGenerated|Timestamp)\s*\)|arg_min\(/,
          /max\(\s*(TimeGenerated|Timestamp)\s*\)|arg_max\(/,
          /by\s+[^|]*DeviceName/,
          /by\s+[^|]*RemoteIP/,
          DAY1_KQL,
        ],
      },
    },
  },
  {
    id: 'b20-kql-domain-admins-4728-yesterday',
    question:
      'Who was added to the Domain Admins group (event 4728) yesterday according to Sentinel? I need who made the change and on which domain controller.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4728),
          /Domain Admins/i,
          /\b(SubjectUserName|Account)\b|^(?![\s\S]*\|\s*(project|summarize|distinct|count)\b)/,
          kqlShows('Computer'),
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b20-kql-iam-mailbox-full-access-month',
    question:
      'IAM review: who granted mailbox permissions to other users this month (Add-MailboxPermission in Office 365)? user, client IP and the mailbox',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [
          /Operation\b[^|]*Add-MailboxPermission/i,
          kqlShows('UserId'),
          kqlShows('ClientIP'),
          kqlShows('OfficeObjectId'),
          THIS_MONTH_KQL,
        ],
      },
      // Second commit: "in Office 365" names no platform and Splunk's o365 index holds the same Office 365
      // activity as Sentinel's OfficeActivity, so querying both answers it; the same conditions on both.
      spl: {
        table: 'o365',
        has: [/Add-MailboxPermission/i, splShows('UserId'), splShows('ClientIP'), splShows('ObjectId'), THIS_MONTH_SPL],
      },
    },
  },
  {
    id: 'b20-kql-iam-adm-accounts-outside-nl-be-10d',
    question:
      'successful Entra sign-ins by our admin accounts (UPN starting with adm-) from any country other than the Netherlands or Belgium over the last 10 days',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          SUCCESS_SIGNIN_KQL,
          /UserPrincipalName\s*(startswith|startswith_cs|hasprefix|has_prefix|matches regex)\s*[@"']*\^?adm-/i,
          /Location\s*(!in~?\s*\(|!=|!~|!has)\s*["'](NL|BE|Netherlands|Belgium)|not\s*\(\s*Location\s*in~?\s*\(/i,
          /["'](NL|Netherlands)["']/i,
          /["'](BE|Belgium)["']/i,
          /ago\(\s*(10d|240h)\s*\)/,
        ],
      },
    },
  },
  {
    id: 'b20-kql-services-installed-4697-over-2-7d',
    question:
      'servers with more than 2 new services installed (event 4697) in the past 7 days, per computer (sentinel)',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4697), /by\s+[^|]*Computer/, /where\s+[^|]*(>\s*2|>=\s*3)\b/, WEEK_KQL],
      },
    },
  },
  {
    id: 'b20-kql-temp-folder-exes-top10-devices-today',
    question:
      "things running out of users' AppData\\Local\\Temp on defender machines today - top 10 file names by how many devices ran them",
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /FolderPath\b[^|]*AppData\\+Local\\+Temp/i,
          /dcount\(\s*(DeviceName|DeviceId)\s*\)|count_distinct\(\s*(DeviceName|DeviceId)\s*\)/,
          /by\s+[^|]*FileName/,
          topKql(10),
          TODAY_KQL,
        ],
        // Second commit: a filter on the file name answers for some files only (the first run filtered on
        // FileName contains "them", a word of the question).
        not: [/\|\s*where\b[^|]*\bFileName\s*(==|=~|!?contains|!?has|startswith|endswith|in~?\s*\()/],
      },
    },
  },
  // SPL: sysmon, o365, cloudtrail, the azure index, the windows logs, the CIM data models
  {
    id: 'b20-spl-sysmon-sha256-7d',
    question:
      'splunk sysmon: anything with sha256 3b1a2f6c0e4d7b8a9c5e2f1d0b3a4c6e8f7d9b2a1c0e3f5d4b6a8c9e7f1d2b3a in the hashes, last 7 days. host, image, user',
    expect: {
      spl: {
        table: 'sysmon',
        has: [
          /3b1a2f6c0e4d7b8a9c5e2f1d0b3a4c6e8f7d9b2a1c0e3f5d4b6a8c9e7f1d2b3a/i,
          splShows('host'),
          splShows('Image'),
          splShows('User'),
          WEEK_SPL,
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b20-spl-o365-fbianchi-workloads-yesterday',
    question: "o365 index: f.bianchi@contoso.com's activity yesterday, how many operations per workload?",
    expect: {
      spl: {
        table: 'o365',
        has: [/f\.bianchi@contoso\.com/i, /by\s+[^|]*Workload/, YESTERDAY_START_SPL, YESTERDAY_END_SPL],
      },
    },
  },
  {
    id: 'b20-spl-cloudtrail-stoplogging-deletetrail-90d',
    question:
      'Has anyone tried to switch off CloudTrail (StopLogging or DeleteTrail) in the last 90 days? Show the identity ARN, region and source IP.',
    expect: {
      spl: {
        table: 'aws',
        has: [
          /StopLogging/,
          /DeleteTrail/,
          splShows('userIdentity.arn'),
          splShows('awsRegion'),
          splShows('sourceIPAddress'),
          /earliest\s*=\s*"?-(90d|2160h|3mon)\b/,
        ],
      },
    },
  },
  {
    id: 'b20-spl-azure-50053-locked-dc-users-per-ip-today',
    question: 'splunk azure index: error 50053 (account locked) today - per ip, how many diff users?',
    expect: {
      spl: {
        table: 'azure',
        has: [
          /properties\.status\.errorCode\s*(=|IN\s*\()\s*"?50053\b|50053/,
          /(dc|distinct_count|estdc)\(\s*"?properties\.userPrincipalName"?\s*\)/,
          /by\s+[^|]*properties\.ipAddress/,
          TODAY_SPL,
        ],
      },
    },
  },
  {
    id: 'b20-spl-wineventlog-4724-since-monday',
    question: 'password reset attempts (4724) in the splunk windows logs since monday, count by host and user',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [splEvent(4724), /by\s+[^|]*\bhost\b/, /by\s+[^|]*\buser\b/, SINCE_MONDAY_SPL],
      },
    },
  },
  {
    id: 'b20-spl-firewall-dns-not-resolvers-top10-24h',
    question:
      'firewall: allowed traffic to port 53 that is NOT going to our resolvers 10.0.0.53 and 10.0.0.54, last 24 hours. top 10 sources',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /dest_port\s*(=|IN\s*\()\s*"?53\b/,
          /action\s*(=|IN\s*\()\s*"?(allowed|allow|accept|accepted|permitted|pass)/i,
          /(NOT\s*\(?\s*(All_Traffic\.)?dest_ip\s*(=|IN\s*\()|(All_Traffic\.)?dest_ip\s*!=)\s*"?10\.0\.0\.5[34]/i,
          /10\.0\.0\.53[\s\S]*10\.0\.0\.54|10\.0\.0\.54[\s\S]*10\.0\.0\.53/,
          /(by|top)\s+[^|]*src_ip/,
          topSpl(10),
          DAY1_SPL,
        ],
      },
    },
  },
  {
    id: 'b20-spl-web-sqlmap-nikto-7d',
    question:
      'scanner check on the web servers: requests with sqlmap or nikto in the user agent this past week, by src and url',
    expect: {
      spl: {
        table: 'Web',
        has: [/sqlmap/i, /nikto/i, /by\s+[^|]*\bsrc\b/, /by\s+[^|]*\burl\b/, WEEK_SPL],
      },
    },
  },
  {
    id: 'b20-spl-auth-failed-dc01-top10-12h',
    question: 'Authentication data model: top 10 sources of failed logins against DC01 in the last 12 hours',
    expect: {
      spl: {
        table: 'Authentication',
        has: [
          /action\s*(=|IN\s*\()\s*"?(failure|failed|fail)/i,
          /dest\s*(=|IN\s*\()\s*"?DC01\b/i,
          /\bsrc\b/,
          topSpl(10),
          /earliest\s*=\s*"?-(12h|720m)\b/,
        ],
      },
    },
  },
  {
    id: 'b20-spl-endpoint-psexec-per-dest-daily-14d',
    question: 'endpoint process data model: psexec launches per host per day for the past 14 days',
    expect: {
      spl: {
        table: 'Endpoint.Processes',
        has: [/psexe/i, /by\s+[^|]*(Processes\.)?dest\b/, SPAN_1D_SPL, /earliest\s*=\s*"?-(14d|2w|336h)\b/],
      },
    },
  },
  {
    id: 'b20-spl-sysmon-cmd-parent-not-explorer-6h',
    question:
      'sysmon process creations (event 1) of cmd.exe where the parent is anything except explorer.exe, last 6 hrs, count per parent image',
    expect: {
      spl: {
        table: 'sysmon',
        has: [
          /EventCode\s*(=|IN\s*\()\s*"?1\b/i,
          /Image\s*(=|IN\s*\()\s*"?\*?[^|"]*cmd\.exe|cmd\.exe/i,
          /(NOT\s*\(?\s*ParentImage\s*(=|IN\s*\()|ParentImage\s*!=)\s*"?\*?[^|"]*explorer\.exe|NOT\s+(like|match)\(\s*ParentImage[^)]*explorer\.exe/i,
          /by\s+[^|]*ParentImage/,
          /earliest\s*=\s*"?-(6h|360m)\b/,
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  // SQL: the business database
  {
    id: 'b20-sql-gbp-revenue-by-country-q3-top5',
    question: 'top 5 countries by GBP revenue in Q3 2026, excluding cancelled orders',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          /'GBP'/,
          /status\s*(<>|!=)\s*'cancell?ed'|status\s+NOT\s+IN\s*\([^)]*'cancell?ed'|NOT\s*\(?\s*(\w+\.)?status\s*=\s*'cancell?ed'/i,
          /GROUP BY[^;]*country/i,
          topSql(5),
          /2026-07-01|EXTRACT\(\s*QUARTER[^;]*=\s*3|date_part\(\s*'quarter'[^;]*=\s*3/i,
          /2026-10-01|2026-09-30|EXTRACT\(\s*QUARTER[^;]*=\s*3|date_part\(\s*'quarter'[^;]*=\s*3/i,
        ],
        not: [/\b(c|cu|cust|customers)\.created_at\s*(>|>=|BETWEEN)/i],
      },
    },
  },
  {
    id: 'b20-sql-billing-sep-invoices-paid-late-30d-per-currency',
    question:
      'in our billing database, how many invoices issued in September 2026 were paid more than 30 days after they were issued? per currency',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /COUNT\(/i,
          /paid_at\s*-\s*(\w+\.)?issued_at[^;]*(>\s*(interval\s*'30 days?'|30\b)|>=\s*(interval\s*'31 days?'|31\b))|paid_at\s*::\s*date\s*-\s*(\w+\.)?issued_at\s*::\s*date\s*(>\s*30\b|>=\s*31\b)|paid_at\s*>\s*(\w+\.)?issued_at\s*\+\s*interval\s*'30 days?'|date_part\(\s*'day'\s*,\s*(\w+\.)?paid_at\s*-\s*(\w+\.)?issued_at\s*\)\s*>\s*30|EXTRACT\(\s*(DAY|EPOCH)\s+FROM\s*\(?\s*(\w+\.)?paid_at\s*-\s*(\w+\.)?issued_at[^;]*>\s*(30\b|2592000)/i,
          /GROUP BY[^;]*currency/i,
          /issued_at[^;]*2026-09|2026-09[^;]*issued_at/i,
          /2026-10-01|2026-09-30|date_trunc\(\s*'month'|to_char\(|EXTRACT\(\s*MONTH/i,
        ],
      },
    },
  },
  {
    id: 'b20-sql-billing-customers-3plus-overdue-unpaid',
    question:
      'customers with 3 or more invoices past their due date that are still unpaid - name, email, how many and the total owed',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          new RegExp(`due_date\\s*<=?\\s*\\(?\\s*${sqlNow}|${sqlNow}\\s*>=?\\s*(\\w+\\.)?due_date`, 'i'),
          UNPAID_SQL,
          /HAVING\s+COUNT\([^)]*\)\s*(>=\s*3|>\s*2)\b/i,
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          /\bname\b/,
          /\bemail\b/,
        ],
      },
    },
  },
  {
    id: 'b20-sql-chf-share-over-2000-by-segment-30d',
    question: 'for each customer segment, what percentage of CHF orders in the last 30 days were 2,000 or more?',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /'CHF'/,
          /total\s*>=\s*2000\b/i,
          /100(\.0*)?\s*\*|\*\s*100(\.0*)?\b/,
          /GROUP BY[^;]*segment/i,
          sqlLastDays('(\\w+\\.)?created_at', 30),
        ],
        // A WHERE total >= 2000 outside a FILTER keeps only the big orders: every share is then 100 %.
        not: [/(?<!FILTER\s*\(\s*)WHERE\s+[^;]*?(\w+\.)?total\s*>=\s*2000[^;]*GROUP BY/i],
      },
    },
  },
  {
    id: 'b20-sql-top10-products-distinct-buyers-90d',
    question:
      'which 10 products were bought by the most different customers over the last 90 days? product name + buyers',
    expect: {
      sql: {
        table: 'order_items',
        has: [
          /COUNT\(\s*DISTINCT\s+(\w+\.)?customer_id\s*\)/i,
          /\bname\b/,
          topSql(10),
          /ORDER BY[^;]*DESC/i,
          sqlLastDays('(\\w+\\.)?created_at', 90),
        ],
        not: [/\b(p|pr|prod|products)\.created_at\s*(>=?|<|BETWEEN)/i],
      },
    },
  },
  {
    id: 'b20-sql-iam-new-admin-owner-accounts-since-nov20',
    question: 'app accounts created since 2026-11-20 with the admin or owner role - email, role and when created',
    expect: {
      sql: {
        table: 'users',
        has: [
          /role\s*IN\s*\(\s*'(admin|owner)'\s*,\s*'(admin|owner)'\s*\)|role\s*=\s*'admin'[^;]*role\s*=\s*'owner'|role\s*=\s*'owner'[^;]*role\s*=\s*'admin'|role\s*=\s*ANY\s*\(/i,
          /created_at\s*(>=|>|BETWEEN)\s*(TIMESTAMPTZ\s*|DATE\s*|TIMESTAMP\s*|CAST\(\s*)?'2026-11-(20|19)/i,
          /\bemail\b/,
          /\brole\b/,
        ],
        not: [/last_login_at\s*(>=?|<)/i],
      },
    },
  },
  {
    id: 'b20-sql-export-data-events-over-20-14d',
    question: "which app users triggered more than 20 'export_data' events in the past 14 days? email and count",
    expect: {
      sql: {
        table: 'events',
        has: [
          /event_type\s*(=|IN\s*\()\s*'export_data'/i,
          /HAVING\s+COUNT\([^)]*\)\s*(>\s*20|>=\s*21)\b/i,
          /\bemail\b/,
          sqlLastDays('(\\w+\\.)?occurred_at', 14),
        ],
      },
    },
  },
  {
    id: 'b20-sql-security-budget-remaining-fy2026',
    question: "Security department's remaining budget (budget minus spent) per category for fiscal year 2026",
    expect: {
      sql: {
        table: 'budget',
        has: [
          /department\s*(=|ILIKE|LIKE|IN\s*\()\s*'security'|lower\(\s*(\w+\.)?department\s*\)\s*=\s*'security'/i,
          /fiscal_year\s*(=\s*2026|IN\s*\(\s*2026)\b/i,
          /SUM\(\s*(\w+\.)?amount\s*\)\s*-\s*SUM\(\s*(\w+\.)?spent\s*\)|SUM\(\s*(\w+\.)?amount\s*-\s*(\w+\.)?spent\s*\)/i,
          /GROUP BY[^;]*category/i,
        ],
      },
    },
  },
  {
    id: 'b20-sql-iam-finance-legal-no-login-30d',
    question:
      "IAM cleanup: active app accounts in Finance or Legal that haven't logged in for 30 days - email, department and last login",
    expect: {
      sql: {
        table: 'users',
        has: [
          /\bactive\s*(=\s*(true|'t'|1)|IS\s+TRUE)|WHERE\s+(\w+\.)?active\b|AND\s+(\w+\.)?active\b/i,
          /department\s*(IN|=\s*ANY)\s*\(\s*(ARRAY\s*\[\s*)?'(finance|legal)'\s*,\s*'(finance|legal)'|department\s*(=|ILIKE|LIKE)\s*'(finance|legal)'[^;]*department\s*(=|ILIKE|LIKE)\s*'(finance|legal)'|lower\(\s*(\w+\.)?department\s*\)\s*IN\s*\(\s*'(finance|legal)'\s*,\s*'(finance|legal)'/i,
          new RegExp(
            `last_login_at\\s*(<|<=)\\s*\\(?\\s*${sqlNow}\\s*-\\s*(interval\\s*'(30 days?|1 mon(th)?s?)'|'30 days?'\\s*::\\s*interval|30\\b)|last_login_at\\s*(<|<=)\\s*${sqlLiteral}(${iso(THIRTY_DAYS_AGO)}|${iso(dayBefore(THIRTY_DAYS_AGO))}|${iso(new Date(THIRTY_DAYS_AGO.getTime() + DAY_MS))})`,
            'i',
          ),
          /\bemail\b/,
        ],
        // "haven't logged in for 30 days" is a condition on the last login, not a 30-day window.
        not: [/last_login_at\s*>/i],
      },
    },
  },
  {
    id: 'b20-sql-aud-daily-orders-not-refunded-14d',
    question: 'daily number of AUD orders and their revenue over the last 14 days, not counting refunded ones',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /'AUD'/,
          /status\s*(<>|!=)\s*'refunded'|status\s+NOT\s+IN\s*\([^)]*'refunded'|NOT\s*\(?\s*(\w+\.)?status\s*=\s*'refunded'/i,
          DAY_BUCKET_SQL,
          /COUNT\(/i,
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          sqlLastDays('(\\w+\\.)?created_at', 14),
        ],
      },
    },
  },
  // two platforms
  {
    id: 'b20-multi-kql-spl-wevtutil-cl-defender-sysmon-7d',
    question: 'someone clearing event logs with wevtutil cl? check defender and sysmon for the last 7 days',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/wevtutil/i, /ProcessCommandLine\b[^|]*\bcl\b/i, WEEK_KQL],
      },
      spl: {
        table: 'sysmon',
        has: [/wevtutil/i, /CommandLine[^|]*\bcl\b/i, WEEK_SPL],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b20-multi-spl-sql-ip-web-urls-app-login-failed-24h',
    question:
      '89.248.165.72 again - which urls did it request on our web servers in the last 24h, and how many login_failed events came from it in our app database in the same period?',
    expect: {
      spl: {
        table: 'Web',
        has: [/src\s*(=|IN\s*\()\s*"?89\.248\.165\.72\b|89\.248\.165\.72/, /\burl\b/, DAY1_SPL],
      },
      sql: {
        table: 'events',
        has: [
          /ip_address[^;]*89\.248\.165\.72/,
          /event_type\s*(=|IN\s*\()\s*'login_failed'/i,
          /COUNT\(/i,
          new RegExp(
            `occurred_at\\s*(>=?|BETWEEN)\\s*\\(?\\s*${sqlNow}\\s*-\\s*(interval\\s*'(24 hours?|1 days?)'|'(24 hours?|1 days?)'\\s*::\\s*interval)`,
            'i',
          ),
        ],
      },
    },
  },
  {
    id: 'b20-multi-kql-sql-billing-portal-signins-eur-invoices-7d',
    question:
      "finance wants to know: sign-ins to the 'Billing Portal' app in Entra over the past 7 days by country, and how many EUR invoices our billing database issued in the same 7 days",
    expect: {
      kql: {
        table: 'SigninLogs',
        // Second commit: KQL's free-text search (`where * has "Billing Portal"`) finds the app's sign-ins too.
        has: [/(AppDisplayName\b|\*\s*(has|contains))[^|]*Billing Portal/i, /by\s+[^|]*Location/, WEEK_KQL],
      },
      sql: {
        table: 'invoices',
        has: [/'EUR'/, /COUNT\(/i, sqlLastDays('(\\w+\\.)?issued_at', 7)],
      },
    },
  },
  {
    id: 'b20-multi-spl-kql-mfa-disabled-aws-entra-30d',
    question:
      'anyone turning off MFA? DeactivateMFADevice in cloudtrail and "Disable Strong Authentication" in the entra audit log, past 30 days - who did it',
    expect: {
      spl: {
        table: 'aws',
        has: [/DeactivateMFADevice/, splShows('userIdentity.arn'), /earliest\s*=\s*"?-(30d|720h)\b/],
      },
      kql: {
        table: 'AuditLogs',
        has: [/Disable Strong Authentication/i, kqlShows('InitiatedBy'), /ago\(\s*(30d|720h)\s*\)/],
      },
    },
  },
  {
    id: 'b20-multi-kql-spl-172-67-142-9-defender-web-today',
    question:
      'is 172.67.142.9 bad news? did any defender device connect to it today, and did it hit our web servers today (splunk)?',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [/RemoteIP\s*(==|=~|in\s*\(|has)\s*["']172\.67\.142\.9["']/, TODAY_KQL],
      },
      spl: {
        table: 'Web',
        has: [/src\s*(=|IN\s*\()\s*"?172\.67\.142\.9\b|172\.67\.142\.9/, TODAY_SPL],
      },
    },
  },
  // clarification
  { id: 'b20-clarify-so-anything', question: 'so?? anything on that yet', clarification: true },
  { id: 'b20-clarify-do-the-weekly-thing', question: 'do the weekly thing pls', clarification: true },
];

import type { JourneyCase } from './journey-cases';
import {
  kqlLast,
  DAY1_KQL,
  TODAY_KQL,
  THIS_WEEK_KQL,
  splLast,
  DAY1_SPL,
  TODAY_SPL,
  YESTERDAY_START_SPL,
  YESTERDAY_END_SPL,
  sqlDayOf,
  kqlEvent,
  splEvent,
  topSql,
  splAbove,
} from './journey-patterns';
import {
  DAY_MS,
  LAST_MONTH_START,
  MONDAY,
  MONTH_START,
  SUNDAY,
  TODAY,
  YEAR_START,
  dayBefore,
  iso,
  kqlDate,
  splDate,
  sqlLiteral,
} from './journey-dates';

/**
 * The "blind23" journey-quality set, written blind on 2026-11-27 (15:07–15:20 UTC). I did not read the
 * query builders (apps/mock-data/src/query/**), the constraint extractor or routing code (libs/planner-core),
 * planner-llm, the planner app, the git history of any of them, any failure list, or another blind author's
 * work in progress. I read: issue 11, the `JourneyCase` / `QueryCheck` types in journey-cases.ts,
 * journey-dates.ts, journey-checkers.ts and journey-runner.ts (how checks are applied), run-journeys.ts (to
 * register the set), the mesh's schemas (kql/spl/sql.json), blind22's file as the format example (its window
 * and check helpers are reused; its questions and values are not), and the question lines of the other sets
 * (to avoid repeating them).
 * Personas: a Windows / AD sysadmin who is not a security expert (lockouts, service accounts, GPO edits, RDP,
 * event IDs he half-remembers: "its event 4740 i think"), a SOC tier-1 analyst working from alert tickets
 * (pastes IPs, hashes, hostnames, in a hurry, typos: "lst", "conections", "proccess"), an e-commerce
 * operations manager (refunds, pending orders, revenue by month and country, best sellers, overdue invoices,
 * in business words), and a cloud engineer (CloudTrail, Azure activity, Entra audit, Key Vault). No question
 * names a query language; some name a product (Defender, Entra, Sentinel, Splunk, sysmon, CloudTrail,
 * GuardDuty, "our app db"), most name the data.
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform, 2 clarification cases (38). The clarifications are not
 * greetings: one asks for "the usual numbers … same as last time", one refers to "that ip from the ticket"
 * that was never named.
 * Values: UPNs (kestrelretail.com), a service account (svc_sqlbackup) and a wildcard (svc_*), IPs
 * (91.243.44.130, 172.31.8.14, 194.26.29.113, 41.216.188.9), ports (445, 139), hosts (TS-FARM-03,
 * LAPTOP-8821 as the host to look beyond), Windows event IDs (4740, 4625, 4624 with logon type 10, 5136, 1102),
 * a SHA256 and an MD5, process names (wscript.exe, cmd.exe, anydesk.exe, sc.exe + "create"), a URL path
 * (/admin/login) and an HTTP method, Entra error codes (50057), an Entra app (Microsoft Azure Management), an
 * audit operation (Add service principal credentials), an Azure operation (Key Vault access policies), AWS
 * events (PutBucketAcl, DeleteBucketPublicAccessBlock, ConsoleLogin) and a region (eu-west-1), a Splunk field
 * named by the user (Caller_Computer_Name), statuses (refunded, cancelled, pending, unpaid), a segment
 * (wholesale), a category (Accessories), a currency and amount (USD > 250), amounts (> 5,000), a country
 * (Canada), inactive products.
 * Shapes: counts, sums, counts by X and Y, thresholds after aggregation (> 5, > 50, HAVING SUM > 5000), top N
 * (5, 10), hourly buckets, weekly and monthly buckets, group by country / currency / event type, ordering
 * (best sellers first, top spenders), negations (not cancelled or refunded, no orders in 90 days, any device
 * other than the one in the ticket), an age condition (pending for more than 3 days), an overdue condition
 * (more than 30 days past due), columns to show.
 * Windows: last N minutes/hours/days (30m, 4h, 12h, 24h, 2d, 3d, 7d, 30d), today, yesterday (both ends),
 * this week / since monday, this month, this year, the previous calendar month (both ends), last week mon-sun
 * (both ends), a named quarter (Q3 2026, both ends), since an explicit date (nov 23), and conditions that are
 * not windows (no orders in the last 90 days, pending for more than 3 days, 30 days past due).
 * Calendar windows are computed from the run's clock (UTC).
 * Checks accept every spelling I could think of for the same condition (==, =~, in, has; ago(7d) or
 * ago(168h); raw SPL or the matching data model; SQL literals, date_trunc, EXTRACT, intervals) and reject
 * only queries that do not answer the question.
 * Before running it I checked every case's checks against a query I wrote by hand for it (38/38 passed through
 * the runner's checks, and each hand query passed the real checkers: Kusto analyser, SPL structure check,
 * PGlite).
 * First run (15:10 UTC, set committed as 4ec9c3c, `npm run eval:journeys -- --sets blind23 --verbose`, in
 * process): 19/38 passed (50.0 %); platforms right on 34/38 (34/36 real cases: SPL's o365 index instead of
 * the Entra sign-ins for the Azure Management countries question, the KQL half of the deploy-bot case
 * missing; 0/2 clarifications: "the usual numbers" was planned as a users listing, "that ip from the ticket"
 * as a device process listing).
 * Second commit (fairness review of the first run's queries, failing and passing; each change marked "Second
 * commit" below):
 * - b23-kql-cloud-sp-credentials-added-month: a search of every column (`where * has "Add service principal
 *   credentials"`) names the operation; my pattern wanted a word boundary after `*` and missed it (now passes).
 * - b23-kql-ad-svc-sqlbackup-4625-servers-24h: a listing projecting Computer answers "on which servers" as
 *   well as a grouping; but a filter to one logon type (the first run kept `LogonType == 4` from the user's
 *   guess about a scheduled task) hides the same stale password used by a service or a network logon, so it
 *   is rejected (still fails, now on that).
 * - tightened kqlShows / splShows: a column named only in a filter is not shown in the answer. The first run's
 *   b23-kql-soc-91-243-conns-device-process-24h passed with `summarize count() by DeviceName` after a filter
 *   on the initiating process, so "what process" was never shown (now fails).
 * - tightened b23-kql-cloud-keyvault-access-policy-30d: `OperationNameValue contains
 *   "Microsoft.KeyVault/vaults/write"` does not match `…/vaults/accessPolicies/write`, the operation asked for
 *   (now fails).
 * - tightened b23-sql-shop-wholesale-no-orders-90d: the first run passed with a listing of the wholesale
 *   customers' orders that had no invoice in 90 days; the absence must be of orders in the window (now fails).
 * After the second commit (15:12 UTC, same command): 17/38 passed (44.7 %) — sp-credentials now passes; the
 * 91.243, key vault and wholesale cases now fail; platforms right on 34/38 (34/36 real cases, 0/2
 * clarifications).
 * Not changed, though debatable: b23-spl-ad-sc-create-services-this-week rejects a count of every sc.exe run
 * (query, stop, config too) because "create" was dropped; b23-multi-cloud-lberg-console-entra-7d rejects
 * `userIdentity.arn=l.berg@kestrelretail.com` without a wildcard (an ARN is never the bare UPN, so it finds
 * nothing).
 */

/** `now()` and its SQL spellings. */
const sqlNow = '(now\\(\\)|CURRENT_DATE|current_timestamp|localtimestamp)';

/** The most recent Monday before this week's (the last calendar week's start). */
const LAST_MONDAY = new Date(MONDAY.getTime() - 7 * DAY_MS);

// KQL windows
const WEEK_KQL = kqlLast('7d|168h|1w');
const THIS_MONTH_KQL = new RegExp(`startofmonth\\(\\s*now\\(\\)\\s*(,\\s*0\\s*)?\\)|${kqlDate(MONTH_START)}`);
/** The previous calendar month's start (KQL)… */
const LAST_MONTH_START_KQL = new RegExp(
  `startofmonth\\(\\s*now\\(\\)\\s*,\\s*-1\\s*\\)|startofmonth\\(\\s*(datetime_add\\(\\s*["']month["']\\s*,\\s*-1\\s*,\\s*now\\(\\)\\s*\\)|startofmonth\\(\\s*now\\(\\)\\s*\\)\\s*-\\s*1d)\\s*\\)|${kqlDate(LAST_MONTH_START)}`,
);
/** …and its end. */
const LAST_MONTH_END_KQL = new RegExp(
  [
    `(<|\\.\\.)\\s*startofmonth\\(\\s*now\\(\\)\\s*\\)`,
    `endofmonth\\(\\s*(now\\(\\)\\s*,\\s*-1|datetime_add\\(\\s*["']month["']\\s*,\\s*-1\\s*,\\s*now\\(\\)\\s*\\)|${kqlDate(LAST_MONTH_START)})`,
    `(<|\\.\\.)\\s*${kqlDate(MONTH_START)}`,
    `(<=?|\\.\\.)\\s*datetime\\(\\s*["']?${iso(dayBefore(MONTH_START))}[T ]23`,
    `startofmonth\\(\\s*(TimeGenerated|Timestamp)\\s*\\)\\s*==`,
  ].join('|'),
);

// SPL windows
const THIS_WEEK_SPL = new RegExp(`earliest\\s*=\\s*"?(@w[01]|-0w@w[01]|${splDate(SUNDAY)}|${splDate(MONDAY)})`);
const THIS_MONTH_SPL = new RegExp(`earliest\\s*=\\s*"?(@mon|-0mon@mon|${splDate(MONTH_START)})`);
/** Since an explicit day (SPL). */
const splSince = (day: Date) => new RegExp(`earliest\\s*=\\s*"?(${splDate(day)})`);

// SQL windows
/** "in the last N <unit>" on a column (SQL): an interval (any of the spellings), or a day count. */
const sqlLast = (column: string, spellings: string, days?: number) =>
  new RegExp(
    `${column}\\s*(>=?|BETWEEN)\\s*\\(?\\s*${sqlNow}\\s*-\\s*(interval\\s*'(${spellings})'|'(${spellings})'\\s*::\\s*interval${
      days === undefined ? '' : `|${days}\\b|make_interval\\(\\s*days\\s*=>\\s*${days}\\)`
    })${
      days === undefined
        ? ''
        : `|${column}\\s*(>=?|BETWEEN)\\s*${sqlLiteral}(${iso(new Date(TODAY.getTime() - days * DAY_MS))}|${iso(new Date(TODAY.getTime() - (days - 1) * DAY_MS))})`
    }`,
    'i',
  );
/** Since the start of this <unit> on a column (SQL): date_trunc of now, or the literal first day. */
const sqlThis = (column: string, unit: string, start: Date) =>
  new RegExp(
    `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*(date_trunc\\(\\s*'${unit}'\\s*,\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?\\)|${sqlLiteral}${iso(start)})|date_trunc\\(\\s*'${unit}'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=\\s*date_trunc\\(\\s*'${unit}'\\s*,\\s*${sqlNow}`,
    'i',
  );
/** Today (SQL): since today's start, or the day compared as a whole. */
const sqlToday = (column: string) =>
  new RegExp(
    `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*(date_trunc\\(\\s*'day'\\s*,\\s*${sqlNow}\\s*\\)|CURRENT_DATE|${sqlLiteral}(${iso(TODAY)}|today))|${sqlDayOf(column)}\\s*=\\s*\\(?\\s*(CURRENT_DATE|now\\(\\)\\s*::\\s*date|${sqlLiteral}(${iso(TODAY)}|today))`,
    'i',
  );
/**
 * A calendar range's start on a column (SQL): date_trunc of now shifted back by one period (any of the
 * spellings), or the literal day.
 */
const sqlRangeStart = (column: string, unit: string, shifts: string, start: Date) =>
  new RegExp(
    `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*(date_trunc\\(\\s*'${unit}'\\s*,\\s*${sqlNow}\\s*\\)\\s*-\\s*(interval\\s*'(${shifts})'|'(${shifts})'\\s*::\\s*interval)|date_trunc\\(\\s*'${unit}'\\s*,\\s*${sqlNow}\\s*-\\s*(interval\\s*'(${shifts})'|'(${shifts})'\\s*::\\s*interval)\\s*\\)|${sqlLiteral}${iso(start)})`,
    'i',
  );
/** …and its end: before the current period's start, or before the literal next day. */
const sqlRangeEnd = (column: string, unit: string, end: Date) =>
  new RegExp(
    `(${column}\\s*<|BETWEEN[^;]*AND)\\s*\\(?\\s*(date_trunc\\(\\s*'${unit}'\\s*,\\s*${sqlNow}\\s*\\)|${sqlLiteral}(${iso(end)}|${iso(dayBefore(end))}))`,
    'i',
  );

/** Windows Security event IDs, which must never be applied to sysmon (SPL). */
const WINDOWS_SECURITY_IDS_SPL = /EventCode\s*=\s*"?(4624|4625|4688|4720|4740|1102|5136)\b/;
/** `top 10 by`, `take 10`, `limit 10` (KQL). */
const topKql = (n: number) => new RegExp(`top\\s+${n}\\s+by|take\\s+${n}\\b|limit\\s+${n}\\b`);
/** A failed Entra sign-in: a non-zero ResultType, however spelled (KQL). */
const FAILED_SIGNIN_KQL =
  /ResultType\s*\)?\s*(!=|!~|<>)\s*["']?0\b|ResultType\s*!in~?\s*\(\s*["']?0\b|ResultType\s*(in~?\s*\(|==|=~)\s*["']?[1-9]/;
/**
 * A column the answer shows (KQL): named in a project / summarize / distinct clause, or every column kept (no
 * project / summarize / distinct / count). Second commit: a column named only in a filter is not shown.
 */
const kqlShows = (column: string) =>
  new RegExp(
    `\\|\\s*(project|project-reorder|summarize|distinct|extend)\\b[^|]*\\b(${column})\\b|^(?![\\s\\S]*\\|\\s*(project|summarize|distinct|count)\\b)`,
  );
/**
 * A column the answer shows (SPL): named in a table / fields / stats … clause or a tstats grouping, or a raw
 * search keeping every field. Second commit: a field named only in the search terms is not shown.
 */
const splShows = (column: string) =>
  new RegExp(
    `(\\|\\s*(table|fields|stats|chart|timechart|top|rare|dedup)\\b|\\btstats\\b)[^|]*\\b${column.replace(/\./g, '\\.')}\\b|^(?![\\s\\S]*(\\|\\s*(table|fields|stats|chart|timechart|top|rare|dedup)\\b|\\btstats\\b))`,
  );
/** A KQL comparison of a column with a value: ==, =~, in, has, contains. */
const kqlIs = (column: string, value: string) =>
  new RegExp(`${column}\\b\\s*(==|=~|in~?\\s*\\(|has(_cs)?|contains(_cs)?|startswith)\\s*["']${value}`, 'i');
/** A HAVING on a sum (SQL). */
const sqlSumAbove = (column: string, n: number) =>
  new RegExp(`HAVING\\s+[^;]*SUM\\(\\s*(\\w+\\.)?${column}\\s*\\)\\s*(>\\s*${n}|>=\\s*${n + 1})\\b`, 'i');
/** The customers' country, with the orders joined or looked up (SQL). */
const SQL_COUNTRY = /\bcountry\b/i;

export const BLIND23_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: the Windows / AD sysadmin, the SOC tier-1 analyst, the cloud engineer
  {
    id: 'b23-kql-ad-lockouts-per-account-dc-2d',
    question:
      'getting a ton of lockout calls again. which accounts got locked out in the last 2 days? its event 4740 i think. count per account and which DC',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4740),
          /by\s+[^|]*(TargetUserName|Account)\b/,
          /by\s+[^|]*Computer\b/,
          /\bcount\(|\|\s*count\b/,
          kqlLast('2d|48h'),
        ],
      },
    },
  },
  {
    id: 'b23-kql-ad-svc-sqlbackup-4625-servers-24h',
    question:
      'the svc_sqlbackup service account keeps failing to log on (4625), on which servers? past 24 hours. probably a stale password in a scheduled task somewhere',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4625),
          /(TargetUserName|Account|\*)\b[^|]*svc_sqlbackup/i,
          // Second commit: a listing that shows the computer answers "on which servers" too.
          /by\s+[^|]*Computer\b|\|\s*distinct\s+[^|]*Computer\b|make_set\(\s*Computer|\|\s*project\s+[^|]*\bComputer\b/,
          DAY1_KQL,
        ],
        // Second commit: the user's guess ("probably … a scheduled task") is not a filter; keeping one logon type
        // (batch, 4) hides the failures of a service (5) or a network logon (3) with the same stale password.
        not: [/LogonType\s*==\s*\d/],
      },
    },
  },
  {
    id: 'b23-kql-ad-rdp-ts-farm-03-this-week',
    question: 'who has RDPd into TS-FARM-03 this week? (4624 w/ logon type 10) - user, source ip and when',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4624),
          /LogonType\s*(==|in\s*\()\s*10\b/,
          /Computer\b[^|]*TS-FARM-03/i,
          kqlShows('TargetUserName|Account'),
          kqlShows('IpAddress'),
          kqlShows('TimeGenerated'),
          THIS_WEEK_KQL,
        ],
      },
    },
  },
  {
    id: 'b23-kql-ad-gpo-5136-who-when-7d',
    question:
      "did anyone edit a group policy in the last 7 days? I believe that's event id 5136 on the domain controllers. need who did it and when",
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(5136), kqlShows('SubjectUserName|Account'), kqlShows('TimeGenerated'), WEEK_KQL],
      },
    },
  },
  {
    id: 'b23-kql-soc-sha256-other-devices-7d',
    question:
      'INC-20931 alert on LAPTOP-8821 for sha256 6d1f3e0b7a9c24e58f1b3a7c9d0e2f4a6b8c0d1e3f5a7b9c1d3e5f7a9b1c3d5e - did it run on any other device in last 7d? list devices pls',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /SHA256\b[^|]*6d1f3e0b7a9c24e58f1b3a7c9d0e2f4a6b8c0d1e3f5a7b9c1d3e5f7a9b1c3d5e/i,
          /by\s+[^|]*DeviceName|distinct\s+[^|]*DeviceName|project\s+[^|]*DeviceName|make_set\(\s*DeviceName/,
          WEEK_KQL,
        ],
        // "any other device": a filter keeping only LAPTOP-8821 answers the opposite question.
        not: [/DeviceName\s*(==|=~|has)\s*["']LAPTOP-8821/i],
      },
    },
  },
  {
    id: 'b23-kql-soc-91-243-conns-device-process-24h',
    question:
      'alert says powershell beaconing to 91.243.44.130 - defender conections to that ip in the lst 24 hrs, which devices + what process',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          kqlIs('RemoteIP', '91\\.243\\.44\\.130'),
          kqlShows('DeviceName'),
          kqlShows('InitiatingProcessFileName'),
          DAY1_KQL,
        ],
      },
    },
  },
  {
    id: 'b23-kql-soc-wscript-spawning-cmd-today',
    question: 'wscript.exe spawning cmd.exe on any endpoint today?? device + command line',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          kqlIs('InitiatingProcessFileName', 'wscript'),
          kqlIs('FileName', 'cmd'),
          kqlShows('DeviceName'),
          kqlShows('ProcessCommandLine'),
          TODAY_KQL,
        ],
      },
    },
  },
  {
    id: 'b23-kql-soc-nguyen-failed-by-ip-code-12h',
    question: 'failed signins for t.nguyen@kestrelretail.com lst 12 hrs, by ip and result code',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /t\.nguyen@kestrelretail\.com/i,
          FAILED_SIGNIN_KQL,
          /by\s+[^|]*IPAddress/,
          /by\s+[^|]*ResultType/,
          kqlLast('12h|720m'),
        ],
      },
    },
  },
  {
    id: 'b23-kql-cloud-keyvault-access-policy-30d',
    question:
      'who changed key vault access policies in the last 30 days? from azure activity - caller, caller ip and resource group',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          // Second commit: `vaults/write` alone misses `vaults/accessPolicies/write`, the operation asked for.
          /OperationNameValue\b[^|]*(accessPolicies|KeyVault\/vaults\/?\*?["']|KeyVault["'])/i,
          kqlShows('Caller'),
          kqlShows('CallerIpAddress'),
          kqlShows('ResourceGroup'),
          kqlLast('30d|720h'),
        ],
      },
    },
  },
  {
    id: 'b23-kql-cloud-sp-credentials-added-month',
    question:
      "Entra audit log: any 'Add service principal credentials' this month? I want the initiator and the target app",
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [
          // Second commit: a search of every column (`where * has "…"`) names the operation too.
          /((OperationName|ActivityDisplayName)\b|\*\s*(has|contains))[^|]*Add service principal credentials/i,
          kqlShows('InitiatedBy'),
          kqlShows('TargetResources'),
          THIS_MONTH_KQL,
        ],
      },
    },
  },
  {
    id: 'b23-kql-cloud-azure-mgmt-failed-top5-countries-last-month',
    question: 'top 5 countries for failed sign-ins to Microsoft Azure Management during the previous calendar month',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('AppDisplayName', 'Microsoft Azure Management'),
          FAILED_SIGNIN_KQL,
          /by\s+[^|]*Location/,
          topKql(5),
          LAST_MONTH_START_KQL,
          LAST_MONTH_END_KQL,
        ],
      },
    },
  },

  // SPL: the windows logs, sysmon, the firewall and web data models, the aws / azure indexes, the endpoint model
  {
    id: 'b23-spl-ad-4740-since-nov23-user-caller',
    question:
      'splunk windows logs: lockouts (4740) since nov 23, count per user and Caller_Computer_Name - trying to find the box with the old creds',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [
          splEvent(4740),
          /by\s+[^|]*\buser\b/,
          /by\s+[^|]*Caller_Computer_Name/,
          splSince(new Date(Date.UTC(2026, 10, 23))),
        ],
      },
    },
  },
  {
    id: 'b23-spl-ad-svc-accounts-4625-over-5-4h',
    question:
      'any service accounts (svc_*) with more than 5 logon failures (4625) in the last 4 hours? by user and src, its in splunk',
    expect: {
      spl: {
        has: [
          /index\s*=\s*"?wineventlog|datamodel\s*=\s*"?Authentication/,
          /(4625|action\s*=\s*"?fail)/,
          /user\s*=\s*"?svc_\*|like\(\s*(Authentication\.)?user\s*,\s*"svc_%/i,
          /by\s+[^|]*\buser\b/,
          /by\s+[^|]*\bsrc\b/,
          splAbove(5),
          splLast('4h|240m'),
        ],
      },
    },
  },
  {
    id: 'b23-spl-soc-sysmon-md5-hosts-3d',
    question: 'sysmon - md5 0f3a9c1e7b5d2486a1c3e5f7092b4d6e seen on any host lst 3 days? host, image, user',
    expect: {
      spl: {
        table: 'sysmon',
        has: [
          /0f3a9c1e7b5d2486a1c3e5f7092b4d6e/i,
          splShows('host'),
          splShows('Image'),
          splShows('User'),
          splLast('3d|72h'),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b23-spl-soc-fw-blocked-172-31-smb-today',
    question: 'firewall: blocked traffic from 172.31.8.14 to port 445 or 139 today, count by dest',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /src(_ip)?\s*(=|IN\s*\()\s*"?172\.31\.8\.14\b/,
          /dest_port\s*(=|IN\s*\()\s*"?(445|139)\b[^|]*(445|139)\b/,
          /action\s*(=|IN\s*\()\s*"?(blocked|block|denied|deny|dropped|drop)/i,
          /by\s+[^|]*dest(_ip)?\b/,
          TODAY_SPL,
        ],
      },
    },
  },
  {
    id: 'b23-spl-soc-sysmon-anydesk-7d',
    question: 'sysmon proccess creation for anydesk.exe in the past 7 days, cmdline + host',
    expect: {
      spl: {
        table: 'sysmon',
        has: [/anydesk/i, splShows('CommandLine'), splShows('host'), splLast('7d|168h|1w')],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b23-spl-cloud-s3-acl-public-block-24h',
    question:
      'cloudtrail: who called PutBucketAcl or DeleteBucketPublicAccessBlock in the last 24h? arn, source ip, region',
    expect: {
      spl: {
        table: 'aws',
        has: [
          /PutBucketAcl/,
          /DeleteBucketPublicAccessBlock/,
          splShows('userIdentity.arn'),
          splShows('sourceIPAddress'),
          splShows('awsRegion'),
          DAY1_SPL,
        ],
      },
    },
  },
  {
    id: 'b23-spl-cloud-errors-hourly-eu-west-1-yesterday',
    question: 'cloudtrail errors per hour by errorCode in eu-west-1 yesterday',
    expect: {
      spl: {
        table: 'aws',
        has: [
          /awsRegion\s*(=|IN\s*\()\s*"?eu-west-1/,
          /by\s+[^|]*errorCode/,
          /span\s*=\s*"?(1h|60m)\b|bin\s+[^|]*span\s*=\s*"?(1h|60m)|date_hour/,
          YESTERDAY_START_SPL,
          YESTERDAY_END_SPL,
        ],
      },
    },
  },
  {
    id: 'b23-spl-cloud-azure-50057-per-user-7d',
    question: 'azure index in splunk: sign-ins failing with 50057 (disabled account) over the past week, per user',
    expect: {
      spl: {
        table: 'azure',
        has: [/50057/, /by\s+[^|]*properties\.userPrincipalName/, splLast('7d|168h|1w')],
      },
    },
  },
  {
    id: 'b23-spl-soc-web-admin-login-posts-over-50-30m',
    question: 'web logs - which src ips sent more than 50 POSTs to /admin/login in the last 30 mins??',
    expect: {
      spl: {
        table: 'Web',
        has: [
          /http_method\s*(=|IN\s*\()\s*"?POST\b/i,
          /\/admin\/login/,
          /by\s+[^|]*\bsrc\b/,
          splAbove(50),
          splLast('30m|30min|0\\.5h'),
        ],
      },
    },
  },
  {
    id: 'b23-spl-ad-sc-create-services-this-week',
    question:
      'endpoint processes data model: sc.exe being used to create services since monday - which servers (dest) and what user, counts',
    expect: {
      spl: {
        table: 'Endpoint.Processes',
        has: [
          /process_name\s*(=|IN\s*\()\s*"?sc\.exe/i,
          /create/i,
          /by\s+[^|]*\bdest\b/,
          /by\s+[^|]*\buser\b/,
          THIS_WEEK_SPL,
        ],
      },
    },
  },

  // SQL: the e-commerce operations manager, in business words
  {
    id: 'b23-sql-shop-refunds-last-month-per-currency',
    question: 'how many refunds did we do last month and how much money was that? split by currency please',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /status\s*(=|IN\s*\()\s*'refunded'/i,
          /COUNT\(/i,
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          /GROUP BY[^;]*currency/i,
          sqlRangeStart('created_at', 'month', '1 mons?|1 months?', LAST_MONTH_START),
          sqlRangeEnd('created_at', 'month', MONTH_START),
        ],
      },
    },
  },
  {
    id: 'b23-sql-shop-monthly-revenue-by-country-q3',
    question: 'monthly revenue per country for Q3 2026 (July to September), not counting cancelled or refunded orders',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          /GROUP BY[^;]*country/i,
          /date_trunc\(\s*'month'|to_char\(|EXTRACT\(\s*MONTH/i,
          /'cancell?ed'/i,
          /'refunded'/i,
          /NOT\s+IN|<>|!=/i,
          /2026-07-01/,
          /2026-10-01|2026-09-30/,
        ],
        not: [/\b(c|cu|cust|customers)\.created_at\s*(>|>=|BETWEEN)/i],
      },
    },
  },
  {
    id: 'b23-sql-shop-wholesale-no-orders-90d',
    question: "which of our wholesale customers haven't ordered anything in the last 90 days?",
    expect: {
      sql: {
        table: 'customers',
        has: [
          /segment\s*(=|ILIKE|IN\s*\()\s*'wholesale'/i,
          // Second commit: the absence must be of orders in the window (no invoice issued is another question).
          /NOT\s+(EXISTS|IN)\s*\(\s*SELECT[^;]*?\bFROM\s+orders\b[^)]*created_at|LEFT\s+JOIN\s+orders\b[^;]*created_at[^;]*IS\s+NULL|HAVING[^;]*MAX\(\s*(\w+\.)?created_at\s*\)\s*</i,
          /90 days?|'3 mons?|'3 months?|2026-08-2[89]/i,
        ],
        // The 90 days are on the orders, not on when the customer signed up.
        not: [/\b(c|cu|cust|customers)\.created_at\s*(>|>=|<|<=|BETWEEN)/i],
      },
    },
  },
  {
    id: 'b23-sql-shop-top10-customers-spend-this-year',
    question: 'top 10 customers by total spend this year - name, email, country',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          /\bname\b/,
          /\bemail\b/,
          SQL_COUNTRY,
          /ORDER BY[^;]*DESC/i,
          topSql(10),
          sqlThis('created_at', 'year', YEAR_START),
        ],
        not: [/\b(c|cu|cust|customers)\.created_at\s*(>|>=|BETWEEN)/i],
      },
    },
  },
  {
    id: 'b23-sql-shop-pending-older-than-3-days',
    question: 'orders still sitting in pending for more than 3 days - order number, customer and amount',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /status\s*(=|IN\s*\()\s*'pending'/i,
          new RegExp(
            `created_at\\s*(<|<=)\\s*\\(?\\s*${sqlNow}\\s*-\\s*(interval\\s*'(3 days?|72 hours?)'|'3 days?'\\s*::\\s*interval|3\\b)|created_at\\s*(<|<=)\\s*${sqlLiteral}(${iso(new Date(TODAY.getTime() - 3 * DAY_MS))}|${iso(new Date(TODAY.getTime() - 2 * DAY_MS))})|${sqlNow}\\s*-\\s*(\\w+\\.)?created_at\\s*>=?\\s*(interval\\s*'(3 days?|72 hours?)')`,
            'i',
          ),
          /order_id/,
          /customer_id|\bname\b/,
          /\btotal\b/,
        ],
        // "for more than 3 days" is an age condition, not a window of the last 3 days.
        not: [/created_at\s*>=?\s*\(?\s*(now\(\)|CURRENT_DATE|current_timestamp)\s*-/i],
      },
    },
  },
  {
    id: 'b23-sql-shop-accessories-units-last-week',
    question: 'units sold per product in the Accessories category last week (mon-sun), best sellers first',
    expect: {
      sql: {
        table: 'order_items',
        has: [
          /category\s*(=|ILIKE|IN\s*\()\s*'accessories'/i,
          /SUM\(\s*(\w+\.)?quantity\s*\)/i,
          /GROUP BY/i,
          /ORDER BY[^;]*DESC/i,
          sqlRangeStart('created_at', 'week', '1 weeks?|7 days?', LAST_MONDAY),
          sqlRangeEnd('created_at', 'week', MONDAY),
        ],
        not: [/\b(p|pr|prod|products)\.created_at\s*(>|>=|<|BETWEEN)/i],
      },
    },
  },
  {
    id: 'b23-sql-shop-new-customers-weekly-country-month',
    question: 'new customer sign-ups each week this month, by country',
    expect: {
      sql: {
        table: 'customers',
        has: [
          /COUNT\(/i,
          /date_trunc\(\s*'week'|EXTRACT\(\s*WEEK|to_char\([^)]*'I?W/i,
          /GROUP BY[^;]*country/i,
          sqlThis('created_at', 'month', MONTH_START),
        ],
      },
    },
  },
  {
    id: 'b23-sql-shop-usd-250-canada-today',
    question: 'how many orders over 250 USD came in from Canadian customers today, and what do they add up to?',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /currency\s*(=|IN\s*\()\s*'USD'/i,
          /total\s*>\s*250\b/i,
          /'(Canada|CA)'/i,
          /COUNT\(/i,
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          sqlToday('created_at'),
        ],
        not: [/\b(c|cu|cust|customers)\.created_at\s*(>|>=|BETWEEN)/i],
      },
    },
  },
  {
    id: 'b23-sql-shop-inactive-products-still-ordered-30d',
    question: 'products we switched off (inactive) that still got ordered in the past 30 days?',
    expect: {
      sql: {
        table: 'products',
        has: [
          /active\s*(=\s*(false|'f'|0)|IS\s+(FALSE|NOT\s+TRUE))|NOT\s+(\w+\.)?active\b/i,
          /order_items/i,
          sqlLast('(\\b(o\\w*)\\.|orders\\.)created_at', '30 days?|1 mons?|1 months?', 30),
        ],
        not: [/\b(p|pr|prod|products)\.created_at\s*(>|>=|BETWEEN)/i],
      },
    },
  },
  {
    id: 'b23-sql-shop-overdue-invoices-30d-owing-over-5000',
    question:
      'customers with unpaid invoices more than 30 days past due, total owed per customer, only the ones owing over 5,000',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /paid_at\s+IS\s+NULL|status\s*(<>|!=|NOT\s+IN)\s*\(?\s*'paid'|status\s*(=|IN\s*\()\s*'(unpaid|overdue|open)/i,
          new RegExp(
            `due_date\\s*(<|<=)\\s*\\(?\\s*${sqlNow}\\s*-\\s*(interval\\s*'(30 days?|1 mons?|1 months?)'|'30 days?'\\s*::\\s*interval|30\\b)|due_date\\s*(<|<=)\\s*${sqlLiteral}(${iso(new Date(TODAY.getTime() - 30 * DAY_MS))}|${iso(new Date(TODAY.getTime() - 29 * DAY_MS))})|${sqlNow}\\s*-\\s*(\\w+\\.)?due_date\\s*>=?\\s*30\\b`,
            'i',
          ),
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          /GROUP BY[^;]*customer_id|GROUP BY[^;]*\bname\b/i,
          sqlSumAbove('amount', 5000),
        ],
      },
    },
  },

  // two platforms
  {
    id: 'b23-multi-soc-194-26-entra-firewall-24h',
    question: 'ticket ip 194.26.29.113 - check entra sign-ins from it and the firewall logs in splunk, last 24h',
    expect: {
      kql: { table: 'SigninLogs', has: [kqlIs('IPAddress', '194\\.26\\.29\\.113'), DAY1_KQL] },
      spl: { table: 'Network_Traffic', has: [/194\.26\.29\.113/, DAY1_SPL] },
    },
  },
  {
    id: 'b23-multi-cloud-lberg-console-entra-7d',
    question: 'l.berg@kestrelretail.com: her AWS console logins in cloudtrail and her entra sign-ins, past 7 days',
    expect: {
      kql: { table: 'SigninLogs', has: [/l\.berg@kestrelretail\.com/i, WEEK_KQL] },
      spl: {
        table: 'aws',
        has: [/ConsoleLogin/, /l\.berg/i, splLast('7d|168h|1w')],
        not: [/userIdentity\.arn\s*=\s*"?l\.berg/i],
      },
    },
  },
  {
    id: 'b23-multi-cloud-deploy-bot-azure-app-events-today',
    question:
      'deploy-bot@kestrelretail.com - what did it do in azure activity today, and what events did it log in our app db (count by event type)?',
    expect: {
      kql: { table: 'AzureActivity', has: [kqlIs('Caller', 'deploy-bot@kestrelretail\\.com'), TODAY_KQL] },
      sql: {
        table: 'events',
        has: [/'deploy-bot@kestrelretail\.com'/i, /GROUP BY[^;]*event_type/i, sqlToday('occurred_at')],
      },
    },
  },
  {
    id: 'b23-multi-ad-1102-log-cleared-sentinel-splunk-month',
    question: 'has anyone cleared the security event log this month (1102)? check sentinel and splunk both',
    expect: {
      kql: { table: 'SecurityEvent', has: [kqlEvent(1102), THIS_MONTH_KQL] },
      spl: { table: 'wineventlog', has: [splEvent(1102), THIS_MONTH_SPL] },
    },
  },
  {
    id: 'b23-multi-cloud-41-216-cloudtrail-azure-3d',
    question:
      'guardduty flagged 41.216.188.9 - any cloudtrail calls from it, and any azure activity with that caller ip, past 3 days?',
    expect: {
      spl: { table: 'aws', has: [/41\.216\.188\.9/, splLast('3d|72h')] },
      kql: {
        table: 'AzureActivity',
        has: [kqlIs('CallerIpAddress', '41\\.216\\.188\\.9'), kqlLast('3d|72h')],
      },
    },
  },

  // clarification: nothing to act on (a referent never named, "the usual")
  {
    id: 'b23-clarify-shop-usual-numbers-monday-call',
    question: 'can you get me the usual numbers for the monday call, same as last time?',
    clarification: true,
  },
  {
    id: 'b23-clarify-soc-that-ip-from-the-ticket',
    question: 'is that ip from the ticket still showing up anywhere?',
    clarification: true,
  },
];

import type { JourneyCase } from './journey-cases';
import {
  kqlLast,
  DAY1_KQL,
  TODAY_KQL,
  THIS_WEEK_KQL,
  splLast,
  DAY1_SPL,
  TODAY_SPL,
  topSql,
  splAbove,
  sqlCountAbove,
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
  dayBefore,
  iso,
  kqlDate,
  splDate,
  sqlLiteral,
} from './journey-dates';

/**
 * The "blind24" journey-quality set, written blind on 2026-11-27 (15:07–15:11 UTC). I did not read the
 * query builders (apps/mock-data/src/query/**), the constraint extractor or routing code (libs/planner-core),
 * planner-llm, the planner app, the git history of any of them, any failure list, or another blind author's
 * work in progress, and I did not run a question through the planner before the first run. I read: issue 11,
 * the `JourneyCase` / `QueryCheck` types in journey-cases.ts, journey-dates.ts, journey-checkers.ts and
 * journey-runner.ts (how checks are applied), run-journeys.ts (to register the set), the mesh's schemas
 * (kql/spl/sql.json), blind22's file as the format example (its window helpers are reused; its questions and
 * values are not), and the question lines of the other sets (to avoid repeating them).
 * Personas: a threat hunter who writes long, precise hypotheses (parent/child processes, command lines,
 * hashes, LOLBins, beacons), a helpdesk lead asking about named users' sign-in and MFA problems (names, UPNs,
 * Entra error codes), a finance / BI analyst asking database questions (ratios, month-over-month, averages,
 * HAVING, top N), and an auditor asking about privileged changes and access reviews in formal wording. No
 * question names a query language; some name a product (Defender, Entra, Splunk, sysmon, CloudTrail,
 * Microsoft 365, Azure, "our app db"), most name the data.
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform, 2 clarification cases (38).
 * Values: UPNs (northwind-health.org), a bare user (tmbeki, svc_backup), a host (FIN-WS-118), IPs
 * (91.215.85.17), ports (443, 445, 2083), hashes (SHA1, SHA256, MD5), process names (EXCEL.EXE, wscript.exe,
 * msiexec.exe, rundll32.exe, explorer.exe) and command-line fragments (.js under AppData\Local\Temp, http,
 * comsvcs / MiniDump), Entra error codes (500121, 53003), a Windows sub status (0xC000006A), Windows event
 * IDs (4728, 4732, 4720, 4726, 4740, 4767, 4625), audit operations (Add member to role, Add member to group),
 * an Azure operation (roleDefinitions/write) and status (succeeded), AWS events (AttachGroupPolicy,
 * CreateAccessKey, AddUserToGroup), an o365 operation (Add-MailboxPermission), currencies (GBP), statuses
 * (cancelled), a department (Customer Support), roles (admin, superuser), a fiscal notion (previous quarter).
 * Shapes: counts, distinct counts (dcount, COUNT DISTINCT), sums, averages (AOV, average days to pay), first /
 * last seen, a month-over-month % change, a share of total, thresholds after aggregation (> 5, > 25), top N
 * (5, 10, 20), hourly / daily / weekly / monthly buckets, by X and Y, ordering, negations (parent not
 * explorer.exe, leave cancelled out), columns to show. Windows: last N hours/days (24h, 48h, 4h, 3d, 7d,
 * 14d, 30d, 90d, 8 weeks), today, yesterday (both ends), this week, this month, this quarter, this year, the
 * previous calendar month (both ends), the previous quarter (both ends), the last calendar week (both ends),
 * since an explicit date (2026-11-16, 2026-07-01, 1 September 2026), and an inactivity condition ("haven't
 * logged in for 45+ days", not a window). Calendar windows are computed from the run's clock (UTC).
 * Checks accept every spelling I could think of for the same condition (==, =~, in, has; ago(7d) or
 * ago(168h); raw SPL or the matching data model where both hold the data; SQL literals, date_trunc, EXTRACT,
 * intervals) and reject only queries that do not answer the question.
 * Before running it I checked every case's checks against a query I wrote by hand for it (each passed, and
 * each hand query passed the real checkers: Kusto analyser, SPL structure check, PGlite).
 * First run (15:11 UTC, set committed as 26ab92c, `npm run eval:journeys -- --sets blind24 --verbose`, in
 * process): 12/38 passed (31.6 %); platforms right on 32/38 (30/36 real cases: KQL instead of SPL for the
 * 4767 unlocks, the svc_backup 4625, the 4720/4726 daily and the Add-MailboxPermission questions, and the KQL
 * half of the SHA256 and the 91.215.85.17 two-platform cases missing; 2/2 clarifications answered
 * input_required).
 * Not a check problem: the four SPL cases answered with KQL name no store, and SecurityEvent would hold the
 * Windows ones; but each KQL answer misses part of the question too (no per-DC split for 4767, no source
 * machine for svc_backup, no split per event for 4720/4726, AuditLogs instead of OfficeActivity for
 * Add-MailboxPermission), so the expectations stay as written.
 * Second commit (fairness review of the first run's queries; each change marked "Second commit" below):
 * - kqlShows: a column named only in a `where` no longer counts as shown (the Nair case's query filtered on
 *   ResultType but showed no error code; the case failed on the CA status anyway).
 * - tightened b24-kql-hunt-comsvcs-minidump-lsass-14d: its query asked for FileName =~ "comsvcs.dll", FileName
 *   contains "rundll32" and FileName contains "lsass" at once, which keeps no event.
 * - tightened b24-kql-hunt-sha1-first-last-seen-30d: "how many times" needs a count (the query had only first
 *   and last seen).
 * - tightened b24-multi-helpdesk-tmbeki-lockouts-signins-today: `user=t.mbeki@…` finds no DC lockout event,
 *   which names the account tmbeki.
 * - b24-multi-helpdesk-fernandes-entra-and-app-account-24h: `LOWER(u.email) = '…'` is accepted; keeping only
 *   active users is rejected, since the question asks whether the account is active.
 * After the second commit (15:14 UTC, same command): 9/38 passed (23.7 %) — the comsvcs, SHA1 and tmbeki cases
 * now fail, nothing newly passes; platforms right on 32/38 (30/36 real cases, 2/2 clarifications).
 */

/** `now()` and its SQL spellings. */
const sqlNow = '(now\\(\\)|CURRENT_DATE|current_timestamp|localtimestamp)';

/** The most recent Monday before this week's (the last calendar week's start). */
const LAST_MONDAY = new Date(MONDAY.getTime() - 7 * DAY_MS);
/** This quarter's first day, and the previous quarter's. */
const QUARTER_START = new Date(Date.UTC(TODAY.getUTCFullYear(), Math.floor(TODAY.getUTCMonth() / 3) * 3, 1));
const LAST_QUARTER_START = new Date(Date.UTC(QUARTER_START.getUTCFullYear(), QUARTER_START.getUTCMonth() - 3, 1));
/** How many months this quarter began before this month (KQL has no startofquarter). */
const MONTHS_INTO_QUARTER = TODAY.getUTCMonth() % 3;
/** An explicit "since" date two of the questions name. */
const SINCE_NOV_16 = new Date(Date.UTC(2026, 10, 16));

// KQL windows
const WEEK_KQL = kqlLast('7d|168h|1w');
/** This quarter's start (KQL): the literal day, or the month start shifted back into the quarter. */
const THIS_QUARTER_KQL = new RegExp(
  `${kqlDate(QUARTER_START)}|startofmonth\\(\\s*now\\(\\)\\s*${MONTHS_INTO_QUARTER === 0 ? '(,\\s*0\\s*)?' : `,\\s*-\\s*${MONTHS_INTO_QUARTER}\\s*`}\\)`,
);
/** Yesterday's start (KQL). */
const YESTERDAY_START_KQL = new RegExp(
  [
    `startofday\\(\\s*(ago\\(\\s*(1d|24h)\\s*\\)|now\\(\\)\\s*-\\s*(1d|24h))\\s*\\)`,
    `startofday\\(\\s*now\\(\\)\\s*,\\s*-1\\s*\\)`,
    `startofday\\(\\s*now\\(\\)\\s*\\)\\s*-\\s*(1d|24h)`,
    kqlDate(YESTERDAY),
  ].join('|'),
);
/** …and its end. */
const YESTERDAY_END_KQL = new RegExp(
  [
    `(<|\\.\\.)\\s*startofday\\(\\s*now\\(\\)\\s*\\)`,
    `endofday\\(\\s*(ago\\(\\s*(1d|24h)\\s*\\)|now\\(\\)\\s*,\\s*-1|now\\(\\)\\s*-\\s*(1d|24h))\\s*\\)`,
    `(<|\\.\\.)\\s*${kqlDate(TODAY)}`,
    `(<=?|\\.\\.)\\s*datetime\\(\\s*["']?${iso(YESTERDAY)}[T ]23`,
    `startofday\\(\\s*(TimeGenerated|Timestamp)\\s*\\)\\s*==`,
  ].join('|'),
);
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
const THIS_QUARTER_SPL = new RegExp(`earliest\\s*=\\s*"?(@q|-0q@q|${splDate(QUARTER_START)})`);
/** The last calendar week, Monday to Sunday (SPL). */
const LAST_WEEK_START_SPL = new RegExp(`earliest\\s*=\\s*"?(-1w@w1|-7d@w1|${splDate(LAST_MONDAY)})`);
const LAST_WEEK_END_SPL = new RegExp(`latest\\s*=\\s*"?(@w1|-0w@w1|${splDate(MONDAY)})`);

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
    `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*(date_trunc\\(\\s*'${unit}'\\s*,\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?\\)|${sqlLiteral}${iso(start)})|date_trunc\\(\\s*'${unit}'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=\\s*date_trunc\\(\\s*'${unit}'\\s*,\\s*${sqlNow}|EXTRACT\\(\\s*${unit}\\s+FROM\\s+(\\w+\\.)?${column}\\s*\\)\\s*=\\s*(EXTRACT\\(\\s*${unit}\\s+FROM\\s+${sqlNow}|${start.getUTCFullYear()}\\b)`,
    'i',
  );
/** The previous calendar <unit> (month or quarter) on a column (SQL), its start… */
const sqlPreviousStart = (column: string, unit: string, months: number, start: Date) =>
  new RegExp(
    [
      `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*date_trunc\\(\\s*'${unit}'\\s*,\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?\\)\\s*-\\s*(interval\\s*'(${months} months?|${months} mons?|1 ${unit}s?)'|'(${months} months?|1 ${unit}s?)'\\s*::\\s*interval)`,
      `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*date_trunc\\(\\s*'${unit}'\\s*,\\s*${sqlNow}\\s*-\\s*(interval\\s*'(${months} months?|${months} mons?|1 ${unit}s?)'|'(${months} months?|1 ${unit}s?)'\\s*::\\s*interval)`,
      `${column}\\s*(>=|BETWEEN)\\s*${sqlLiteral}${iso(start)}`,
      `date_trunc\\(\\s*'${unit}'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=\\s*date_trunc\\(\\s*'${unit}'\\s*,\\s*${sqlNow}\\s*-\\s*interval`,
      `date_trunc\\(\\s*'${unit}'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=\\s*date_trunc\\(\\s*'${unit}'\\s*,\\s*${sqlNow}\\s*\\)\\s*-\\s*interval`,
      `date_trunc\\(\\s*'${unit}'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=\\s*${sqlLiteral}${iso(start)}`,
    ].join('|'),
    'i',
  );
/** …and its end (the current period's start, exclusive; or the period compared as a whole). */
const sqlPreviousEnd = (column: string, unit: string, end: Date) =>
  new RegExp(
    [
      `${column}\\s*<\\s*\\(?\\s*(date_trunc\\(\\s*'${unit}'\\s*,\\s*${sqlNow}|${sqlLiteral}${iso(end)})`,
      `BETWEEN[^;]*AND\\s*\\(?\\s*(${sqlLiteral}${iso(dayBefore(end))}|date_trunc\\(\\s*'${unit}'\\s*,\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?\\)\\s*-\\s*interval\\s*'1 (day|second|microsecond)s?')`,
      `date_trunc\\(\\s*'${unit}'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=`,
    ].join('|'),
    'i',
  );

/** `EventID == 4728` or `EventID in (4728, …)` (KQL). */
const kqlEvent = (id: number) => new RegExp(`EventID\\s*(==|in\\s*\\()[^|]*\\b${id}\\b`);
/** `EventCode=4767` or `EventCode IN (4767, …)` or `(EventCode=4720 OR EventCode=4726)` (SPL). */
const splEvent = (id: number) => new RegExp(`EventCode\\s*(=|IN\\s*\\([^)]*?)\\s*"?${id}\\b`, 'i');
/** Windows Security event IDs, which must never be applied to sysmon (SPL). */
const WINDOWS_SECURITY_IDS_SPL = /EventCode\s*=\s*"?(4624|4625|4688|4720|4740|4767)\b/;
/** `top 10 by`, `take 10`, `limit 10` (KQL). */
const topKql = (n: number) => new RegExp(`top\\s+${n}\\s+by|take\\s+${n}\\b|limit\\s+${n}\\b`);
/** `top 20 …`, `top limit=20 …`, `head 20`, `sort 20` (SPL). */
const topSpl = (n: number) =>
  new RegExp(`top\\s+(limit\\s*=\\s*)?${n}\\b|head\\s+(limit\\s*=\\s*)?${n}\\b|sort\\s+(limit\\s*=\\s*)?${n}\\b`);
/** An Entra sign-in result code (KQL): `ResultType == "500121"`, `in ("500121")`, `== 500121`. */
const kqlResult = (code: number) =>
  new RegExp(`ResultType\\s*\\)?\\s*(==|=~|in~?\\s*\\([^)]*?|has)\\s*["']?${code}\\b`);
/**
 * A column the answer shows (KQL): named in a stage that outputs it (project, extend, summarize, distinct, top,
 * order), or every column kept (no project / summarize / distinct / count). Second commit: a column named only in
 * a `where` is not shown.
 */
const kqlShows = (column: string) =>
  new RegExp(
    `\\|\\s*(project|project-reorder|extend|summarize|distinct|top|order|sort)\\b[^|]*\\b(${column})\\b|^(?![\\s\\S]*\\|\\s*(project|summarize|distinct|count)\\b)`,
  );
/** A column the answer shows (SPL): named, or a raw search keeping every field (no table / fields / stats …). */
const splShows = (column: string) =>
  new RegExp(
    `\\b(${column})\\b|^(?![\\s\\S]*(\\|\\s*(table|fields|stats|chart|timechart|top|rare|dedup)\\b|\\btstats\\b))`,
  );
/** A column the answer shows (SQL): named, or `SELECT *`. */
const sqlShows = (column: string) => new RegExp(`\\b${column}\\b[\\s\\S]*\\bFROM\\b|SELECT\\s+(\\w+\\.)?\\*`, 'i');
/** Not cancelled (SQL). */
const sqlStatusNot = (status: string) =>
  new RegExp(
    `status\\s*(<>|!=)\\s*'${status}'|status\\s+NOT\\s+IN\\s*\\([^)]*'${status}'|NOT\\s*\\(?\\s*(\\w+\\.)?status\\s*(=|IN\\s*\\()\\s*'${status}'|status\\s+IS\\s+DISTINCT\\s+FROM\\s+'${status}'`,
    'i',
  );
/** A `by` clause naming a field (KQL summarize or SPL stats). */
const by = (field: string) => new RegExp(`\\bby\\s+[^|]*\\b${field}\\b`);
/** An active user (SQL). */
const SQL_ACTIVE = /\bactive\s*(=\s*(true|'t'|1)|IS\s+TRUE)|WHERE\s+(\w+\.)?active\b|AND\s+(\w+\.)?active\b/i;
/** Timestamps a customer or a product carries, which never window an order or an invoice (SQL). */
const SQL_WRONG_CREATED = /\b(c|cu|cust|customers|p|pr|prod|products)\.created_at\s*(>|>=|<|BETWEEN)/i;
/** The sysmon index or the Endpoint data model it feeds (SPL). */
const SYSMON_OR_ENDPOINT = /index\s*=\s*"?sysmon|datamodel\s*=\s*"?Endpoint|from\s+datamodel\s*[:=]?\s*"?Endpoint/;

export const BLIND24_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: Defender device tables, Entra sign-ins and audit, Windows security events, Azure activity
  {
    id: 'b24-kql-hunt-excel-wscript-js-temp-7d',
    question:
      'Hypothesis: initial access via a macro workbook. Looking for EXCEL.EXE as the parent of wscript.exe where the child command line references a .js file under \\AppData\\Local\\Temp\\, across all Defender endpoints over the last 7 days. Need device, account, the child command line and the parent command line.',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /InitiatingProcessFileName\s*(=~|==|in~?\s*\(|has|contains|startswith)\s*["']excel\.exe/i,
          /(?<![A-Za-z])FileName\s*(=~|==|in~?\s*\(|has|contains|startswith)\s*["']wscript/i,
          /ProcessCommandLine\b[^|]*(\.js\b|AppData\\*Local\\*Temp)/i,
          kqlShows('DeviceName'),
          kqlShows('AccountName'),
          kqlShows('ProcessCommandLine'),
          kqlShows('InitiatingProcessCommandLine'),
          WEEK_KQL,
        ],
      },
    },
  },
  {
    id: 'b24-kql-hunt-msiexec-remote-url-per-device-24h',
    question:
      'msiexec pulling packages straight from the internet? msiexec.exe with /i and an http(s) url in the command line, last 24h in Defender, count per device',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /msiexec/i,
          /ProcessCommandLine\b[^|]*http/i,
          by('DeviceName'),
          /count\(\)|count_|\|\s*count\b/,
          DAY1_KQL,
        ],
      },
    },
  },
  {
    id: 'b24-kql-hunt-sha1-first-last-seen-30d',
    question:
      'did anything with SHA1 5b7e2c0f9d14a6e38c21f07d4b9e1a36c8f2d05e execute in the last 30 days? per device: first seen, last seen, how many times',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /SHA1\b[^|]*5b7e2c0f9d14a6e38c21f07d4b9e1a36c8f2d05e/i,
          by('DeviceName'),
          /min\(\s*(TimeGenerated|Timestamp)\s*\)|arg_min\(/,
          /max\(\s*(TimeGenerated|Timestamp)\s*\)|arg_max\(/,
          // Second commit: "how many times" is asked for too.
          /count\(\s*\)|\bcount_\b|countif\(/,
          kqlLast('30d|720h'),
        ],
      },
    },
  },
  {
    id: 'b24-kql-hunt-rundll32-443-beacon-hourly-3d',
    question:
      'Beaconing hypothesis: rundll32.exe initiating outbound connections to remote port 443 at a steady rate. For the past 3 days give me the number of connections per device and remote IP in 1-hour buckets.',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /InitiatingProcessFileName\s*(=~|==|in~?\s*\(|has|contains|startswith)\s*["']rundll32/i,
          /RemotePort\s*(==|in\s*\()\s*443\b/,
          /bin\(\s*(TimeGenerated|Timestamp)\s*,\s*(1h|60m)\s*\)/,
          by('DeviceName'),
          by('RemoteIP'),
          kqlLast('3d|72h'),
        ],
      },
    },
  },
  {
    id: 'b24-kql-hunt-comsvcs-minidump-lsass-14d',
    question:
      'Credential access: rundll32 loading comsvcs.dll with MiniDump in the command line (the classic lsass dump) in the last 14 days — show device, account, full command line and SHA256',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /ProcessCommandLine\b[^|]*(comsvcs|minidump)/i,
          kqlShows('DeviceName'),
          kqlShows('AccountName'),
          kqlShows('ProcessCommandLine'),
          kqlShows('SHA256'),
          kqlLast('14d|336h|2w'),
        ],
        // Second commit: the process is rundll32; comsvcs.dll and lsass are in its command line, so a FileName
        // equal to either of them (or containing lsass) keeps no event.
        not: [/(?<![A-Za-z])FileName\s*(==|=~|has|contains|startswith)\s*["'](comsvcs|lsass)/i],
      },
    },
  },
  {
    id: 'b24-kql-helpdesk-nair-mfa-today',
    question:
      "Priya Nair (priya.nair@northwind-health.org) rang the desk, keeps getting MFA prompts and can't get into Outlook since this morning. Her sign-ins today pls, with error code, app and CA status",
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /priya\.nair@northwind-health\.org/i,
          kqlShows('ResultType'),
          kqlShows('AppDisplayName'),
          kqlShows('ConditionalAccessStatus'),
          TODAY_KQL,
        ],
      },
    },
  },
  {
    id: 'b24-kql-helpdesk-500121-top10-users-week',
    question: 'top 10 users w/ the most 500121 (strong auth failed) sign-in errors this week',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [kqlResult(500121), by('UserPrincipalName'), topKql(10), THIS_WEEK_KQL],
      },
    },
  },
  {
    id: 'b24-kql-helpdesk-53003-distinct-users-per-app-yesterday',
    question: 'how many different ppl got blocked by conditional access (53003) yesterday, per app?',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlResult(53003),
          /dcount\(\s*(UserPrincipalName|UserId|UserDisplayName)\s*\)|count_distinct\(/,
          by('AppDisplayName'),
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b24-kql-audit-role-member-added-previous-month',
    question:
      'Please enumerate every addition of a member to an Entra ID directory role recorded in the audit log during the previous calendar month, stating the initiator and the target of each change.',
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [
          /(OperationName|ActivityDisplayName)\s*(==|=~|has|contains|in~?\s*\(|startswith)\s*["']Add member to role/i,
          kqlShows('InitiatedBy'),
          kqlShows('TargetResources'),
          LAST_MONTH_START_KQL,
          LAST_MONTH_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b24-kql-audit-4728-4732-group-adds-quarter',
    question:
      'Kindly report all additions to security-enabled global and local groups (event IDs 4728 and 4732) recorded in the Windows security log since the beginning of the current quarter, with a count per acting account.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4728), kqlEvent(4732), by('(SubjectUserName|Account)'), THIS_QUARTER_KQL],
      },
    },
  },
  {
    id: 'b24-kql-audit-azure-roledefinitions-write-90d',
    question:
      'For the access review, please list the successful custom role definition changes in Azure (Microsoft.Authorization/roleDefinitions/write) over the past 90 days, by caller and resource group.',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          /roleDefinitions\/write/i,
          /ActivityStatusValue\s*(==|=~|in~?\s*\(|has|contains|startswith)\s*["'](Succeeded|Success)/i,
          kqlShows('Caller'),
          kqlShows('ResourceGroup'),
          kqlLast('90d|2160h'),
        ],
      },
    },
  },

  // SPL: Splunk (sysmon, Windows security, Entra via the azure add-on, CloudTrail, o365, CIM)
  {
    id: 'b24-spl-hunt-sysmon-wscript-parent-not-explorer-48h',
    question:
      'sysmon: wscript.exe launched by anything other than explorer.exe in the past 48 hours — host, parent image, command line',
    expect: {
      spl: {
        has: [
          SYSMON_OR_ENDPOINT,
          /wscript\.exe/i,
          /(ParentImage|parent_process_name|parent_process)\s*!=\s*"?[^|\s]*explorer\.exe|NOT\s+\(?\s*(\S+\.)?(ParentImage|parent_process_name|parent_process)\s*=\s*"?[^|\s]*explorer\.exe/i,
          splShows('host|dest'),
          splShows('ParentImage|parent_process_name|parent_process'),
          splShows('CommandLine|process'),
          splLast('48h|2d|2880m'),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b24-spl-hunt-sysmon-dns-fin-ws-118-top20-24h',
    question: 'top 20 domains FIN-WS-118 looked up in the last 24 hours (sysmon dns queries)',
    expect: {
      spl: {
        table: 'sysmon',
        has: [/index\s*=\s*"?sysmon/, /FIN-WS-118/i, /QueryName/, topSpl(20), DAY1_SPL],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b24-spl-hunt-sysmon-md5-since-date',
    question:
      'any sysmon process creation where Hashes contains MD5=C3A91F07E25D48B6A0F1D7E94B2C6A58 since 2026-11-16? list host, user, image',
    expect: {
      spl: {
        table: 'sysmon',
        has: [
          /index\s*=\s*"?sysmon/,
          /C3A91F07E25D48B6A0F1D7E94B2C6A58/i,
          splShows('host'),
          splShows('User|user'),
          splShows('Image'),
          new RegExp(`earliest\\s*=\\s*"?(${splDate(SINCE_NOV_16)})`),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b24-spl-hunt-cim-smb-fanout-over-25-4h',
    question:
      'lateral movement check via the Network_Traffic data model: which sources hit more than 25 distinct destinations on port 445 in the last 4 hours?',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /Network_Traffic/,
          /dest_port\s*=\s*"?445\b/,
          /dc\(\s*"?(All_Traffic\.)?dest(_ip)?"?\s*\)|distinct_count\(\s*"?(All_Traffic\.)?dest(_ip)?/,
          by('(All_Traffic\\.)?src(_ip)?'),
          splAbove(25),
          splLast('4h|240m'),
        ],
      },
    },
  },
  {
    id: 'b24-spl-helpdesk-okonkwo-aad-error-codes-3d',
    question:
      'splunk aad logs: what error codes has m.okonkwo@northwind-health.org been hitting in the last 3 days, and how many of each?',
    expect: {
      spl: {
        table: 'azure',
        has: [
          /index\s*=\s*"?azure|sourcetype\s*=\s*"?azure:monitor:aad/,
          /m\.okonkwo@northwind-health\.org/i,
          by('properties\\.status\\.errorCode'),
          /stats\s+count|count\s+by/,
          splLast('3d|72h'),
        ],
      },
    },
  },
  {
    id: 'b24-spl-helpdesk-4767-unlocks-per-account-dc-week',
    question: 'which accounts got unlocked this week? windows event 4767, count per account and per DC',
    expect: {
      spl: {
        has: [
          /index\s*=\s*"?wineventlog|sourcetype\s*=\s*"?(Xml)?WinEventLog/,
          splEvent(4767),
          by('user'),
          by('(host|dest|Caller_Computer_Name)'),
          THIS_WEEK_SPL,
        ],
        not: [/index\s*=\s*"?sysmon/],
      },
    },
  },
  {
    id: 'b24-spl-helpdesk-svc-backup-4625-c000006a-today',
    question:
      'svc_backup keeps failing to log on today, 4625 with sub status 0xC000006A — which source and dest machines is it coming from?',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [
          /index\s*=\s*"?wineventlog/,
          splEvent(4625),
          /svc_backup/i,
          /0xC000006A/i,
          splShows('src'),
          splShows('dest'),
          TODAY_SPL,
        ],
      },
    },
  },
  {
    id: 'b24-spl-audit-4720-4726-daily-last-week',
    question:
      'Please provide the daily number of user accounts created (4720) and deleted (4726) during the last calendar week, Monday through Sunday, shown separately per event.',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [
          splEvent(4720),
          splEvent(4726),
          /span\s*=\s*"?(1d|1day|24h)\b|bin\s+_time\s+span\s*=\s*1d|strftime\(\s*_time\s*,\s*"%(Y-%m-%d|F|d|a|A)/,
          by('(EventCode|signature)'),
          LAST_WEEK_START_SPL,
          LAST_WEEK_END_SPL,
        ],
      },
    },
  },
  {
    id: 'b24-spl-audit-cloudtrail-attachgroup-createaccesskey-month',
    question:
      'Kindly list all AttachGroupPolicy and CreateAccessKey calls recorded in CloudTrail during the current month, with the principal ARN and the source IP address.',
    expect: {
      spl: {
        table: 'aws',
        has: [/AttachGroupPolicy/, /CreateAccessKey/, /userIdentity\.arn/, /sourceIPAddress/, THIS_MONTH_SPL],
      },
    },
  },
  {
    id: 'b24-spl-audit-o365-add-mailboxpermission-30d',
    question:
      'The audit committee requests every Add-MailboxPermission operation in the Microsoft 365 audit log over the past 30 days, counted per acting user and target mailbox.',
    expect: {
      spl: {
        table: 'o365',
        has: [/Add-MailboxPermission/, by('UserId'), by('ObjectId'), splLast('30d|720h|1mon')],
      },
    },
  },

  // SQL: the business database
  {
    id: 'b24-sql-bi-late-payers-top10-since-july',
    question:
      'late payers: customers with the most invoices paid after the due date since 2026-07-01, top 10, show count and total amount',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /paid_at\s*(::\s*date\s*)?>\s*(\w+\.)?due_date|due_date\s*<\s*(\w+\.)?paid_at/i,
          /COUNT\(/i,
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          /GROUP BY[^;]*(customer_id|name)/i,
          topSql(10),
          /ORDER BY[^;]*DESC/i,
          new RegExp(`(issued_at|paid_at|due_date)\\s*(>=|BETWEEN)\\s*${sqlLiteral}2026-07-01`, 'i'),
        ],
      },
    },
  },
  {
    id: 'b24-sql-bi-invoiced-mom-change-ytd',
    question: 'invoiced amount by month this year, with month-over-month % change',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          /date_trunc\(\s*'month'\s*,\s*(\w+\.)?issued_at|EXTRACT\(\s*MONTH\s+FROM\s+(\w+\.)?issued_at|to_char\(\s*(\w+\.)?issued_at/i,
          /LAG\s*\(|LEAD\s*\(|interval\s*'1 months?'/i,
          /100(\.0*)?\s*\*|\*\s*100(\.0*)?\b/,
          sqlThis('issued_at', 'year', YEAR_START),
        ],
      },
    },
  },
  {
    id: 'b24-sql-bi-avg-days-to-pay-segment-prev-quarter',
    question: 'Avg days from invoice issue to payment, by customer segment, for invoices paid in the previous quarter',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /AVG\([^;]*paid_at[^;]*-\s*\(?\s*(\w+\.)?issued_at|AVG\([^;]*EXTRACT\(\s*(EPOCH|DAY)\s+FROM\s*\(?\s*(\w+\.)?paid_at\s*(::\s*\w+\s*)?-|AVG\([^;]*DATE_PART\(\s*'day'\s*,\s*(\w+\.)?paid_at/i,
          /GROUP BY[^;]*segment/i,
          sqlPreviousStart('paid_at', 'quarter', 3, LAST_QUARTER_START),
          sqlPreviousEnd('paid_at', 'quarter', QUARTER_START),
        ],
      },
    },
  },
  {
    id: 'b24-sql-bi-customers-over-5-invoices-avg-ytd',
    question: "customers w/ more than 5 invoices issued this yr - how many each + what's their avg invoice amount?",
    expect: {
      sql: {
        table: 'invoices',
        has: [
          sqlCountAbove(5),
          /AVG\(\s*(\w+\.)?amount\s*\)/i,
          /GROUP BY[^;]*(customer_id|name)/i,
          sqlThis('issued_at', 'year', YEAR_START),
        ],
      },
    },
  },
  {
    id: 'b24-sql-bi-top5-categories-revenue-last-month',
    question: 'Top 5 product categories by revenue (qty x unit price) for last month — leave cancelled orders out',
    expect: {
      sql: {
        table: 'order_items',
        has: [
          /SUM\(\s*(\w+\.)?quantity\s*\*\s*(\w+\.)?unit_price\s*\)|SUM\(\s*(\w+\.)?unit_price\s*\*\s*(\w+\.)?quantity\s*\)/i,
          /GROUP BY[^;]*category/i,
          topSql(5),
          /ORDER BY[^;]*DESC/i,
          sqlStatusNot('cancell?ed'),
          sqlPreviousStart('created_at', 'month', 1, LAST_MONTH_START),
          sqlPreviousEnd('created_at', 'month', MONTH_START),
        ],
        not: [SQL_WRONG_CREATED],
      },
    },
  },
  {
    id: 'b24-sql-bi-aov-gbp-by-country-90d',
    question: 'AOV by customer country for GBP orders, past 90 days, highest first',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /AVG\(\s*(\w+\.)?total\s*\)|SUM\(\s*(\w+\.)?total\s*\)\s*\/\s*(NULLIF\(\s*)?COUNT\(/i,
          /currency\s*(=|IN\s*\()\s*'GBP'/i,
          /GROUP BY[^;]*country/i,
          /ORDER BY[^;]*DESC/i,
          sqlLast('created_at', '90 days?|3 months?|3 mons?', 90),
        ],
        not: [SQL_WRONG_CREATED],
      },
    },
  },
  {
    id: 'b24-sql-bi-revenue-share-by-segment-ytd',
    question: 'what share of this year’s order revenue comes from each customer segment (as % of total)?',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          /GROUP BY[^;]*segment/i,
          /100(\.0*)?\s*\*|\*\s*100(\.0*)?\b/,
          /SUM\(\s*SUM\(|OVER\s*\(\s*\)|\/\s*\(\s*SELECT\s+SUM|CROSS\s+JOIN/i,
          sqlThis('created_at', 'year', YEAR_START),
        ],
        not: [SQL_WRONG_CREATED],
      },
    },
  },
  {
    id: 'b24-sql-bi-distinct-paying-customers-weekly-8w',
    question: 'number of distinct customers who paid an invoice, per week, over the last 8 weeks',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /COUNT\(\s*DISTINCT\s+(\w+\.)?customer_id\s*\)/i,
          /date_trunc\(\s*'week'\s*,\s*(\w+\.)?paid_at|EXTRACT\(\s*WEEK\s+FROM\s+(\w+\.)?paid_at|to_char\(\s*(\w+\.)?paid_at/i,
          sqlLast('paid_at', '8 weeks?|56 days?', 56),
        ],
      },
    },
  },
  {
    id: 'b24-sql-audit-admin-superuser-created-since-sept',
    question:
      "Please furnish a listing of all application user accounts holding the role 'admin' or 'superuser' that were created on or after 1 September 2026, including department and creation date.",
    expect: {
      sql: {
        table: 'users',
        has: [
          /role\s*IN\s*\(\s*'(admin|superuser)'\s*,\s*'(admin|superuser)'\s*\)|role\s*=\s*'(admin|superuser)'[^;]*role\s*=\s*'(admin|superuser)'|role\s*=\s*ANY\s*\(/i,
          new RegExp(`created_at\\s*(>=|BETWEEN)\\s*${sqlLiteral}2026-09-01`, 'i'),
          sqlShows('department'),
          sqlShows('created_at'),
        ],
      },
    },
  },
  {
    id: 'b24-sql-helpdesk-support-dept-no-login-45d',
    question:
      "which active users in Customer Support haven't logged into the app for 45+ days (or never)? need name, email, last login",
    expect: {
      sql: {
        table: 'users',
        has: [
          /department\s*(=|ILIKE|LIKE|IN\s*\()\s*'%?Customer Support/i,
          SQL_ACTIVE,
          new RegExp(
            `last_login_at[^;]*(<|<=)\\s*\\(?\\s*${sqlNow}\\s*-\\s*(interval\\s*'45 days?'|'45 days?'\\s*::\\s*interval|45\\b)|last_login_at[^;]*(<|<=)\\s*${sqlLiteral}(${iso(new Date(TODAY.getTime() - 45 * DAY_MS))}|${iso(new Date(TODAY.getTime() - 44 * DAY_MS))})`,
            'i',
          ),
          /last_login_at\s+IS\s+NULL|COALESCE\(\s*(\w+\.)?last_login_at/i,
          sqlShows('email'),
          sqlShows('(display_name|name)'),
        ],
        // "haven't logged in for 45 days" is a condition on the last login, not a window.
        not: [/last_login_at\s*>/i],
      },
    },
  },

  // two platforms
  {
    id: 'b24-multi-hunt-sha256-defender-sysmon-30d',
    question:
      'Tracking a dropper by SHA256 4e1c7a09b3d25f68e0a17c94d2b6f3850c9e7a1d46b28f05e3c9d7a1b60f4e28: has it executed anywhere per Defender, and does sysmon show it in Hashes? last 30 days',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/4e1c7a09b3d25f68e0a17c94d2b6f3850c9e7a1d46b28f05e3c9d7a1b60f4e28/i, kqlLast('30d|720h')],
      },
      spl: {
        has: [
          SYSMON_OR_ENDPOINT,
          /4e1c7a09b3d25f68e0a17c94d2b6f3850c9e7a1d46b28f05e3c9d7a1b60f4e28/i,
          splLast('30d|720h|1mon'),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b24-multi-hunt-c2-ip-2083-defender-firewall-7d',
    question:
      'Suspected C2 at 91.215.85.17 on tcp/2083. Pull Defender device connections to it and the firewall traffic from Splunk for the last 7 days, connections per device (Defender) and per source (firewall).',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /RemoteIP\s*(==|=~|in~?\s*\(|has)\s*["']91\.215\.85\.17["']/,
          /RemotePort\s*(==|in\s*\()\s*2083\b/,
          by('DeviceName'),
          WEEK_KQL,
        ],
      },
      spl: {
        table: 'Network_Traffic',
        has: [/91\.215\.85\.17/, /dest_port\s*=\s*"?2083\b/, by('(All_Traffic\\.)?src(_ip)?'), splLast('7d|168h|1w')],
      },
    },
  },
  {
    id: 'b24-multi-helpdesk-fernandes-entra-and-app-account-24h',
    question:
      "j.fernandes@northwind-health.org can't log in to anything. can you pull her entra sign-ins from the last 24h and check her account in our app db (active? last login?)",
    expect: {
      kql: { table: 'SigninLogs', has: [/j\.fernandes@northwind-health\.org/i, DAY1_KQL] },
      sql: {
        table: 'users',
        has: [
          // Second commit: `LOWER(u.email) = '…'` is accepted.
          /email\s*\)?\s*(=|ILIKE|LIKE|IN\s*\()\s*'j\.fernandes@northwind-health\.org'/i,
          sqlShows('active'),
          sqlShows('last_login_at'),
        ],
        // Second commit: "active?" is asked; keeping only active users hides an inactive account.
        not: [/WHERE[^;]*\bactive\s*(IS\s+TRUE|=\s*(true|'t'|1))|WHERE\s+(\w+\.)?active\s*(AND|ORDER|LIMIT|$)/i],
      },
    },
  },
  {
    id: 'b24-multi-helpdesk-tmbeki-lockouts-signins-today',
    question:
      'tmbeki (t.mbeki@northwind-health.org) locked out again - lockout events 4740 from the DCs in splunk and her entra sign-ins, both today',
    expect: {
      spl: {
        table: 'wineventlog',
        // Second commit: a DC's 4740 event names the account by its logon name (tmbeki), not by the UPN.
        has: [/index\s*=\s*"?wineventlog/, splEvent(4740), /tmbeki|\*mbeki/i, TODAY_SPL],
      },
      kql: { table: 'SigninLogs', has: [/t\.mbeki@northwind-health\.org/i, TODAY_KQL] },
    },
  },
  {
    id: 'b24-multi-audit-group-adds-entra-aws-quarter',
    question:
      'For the quarterly access review, please provide all Entra ID "Add member to group" audit events and all AWS IAM AddUserToGroup calls from CloudTrail during the current quarter.',
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [
          /(OperationName|ActivityDisplayName)\s*(==|=~|has|contains|in~?\s*\(|startswith)\s*["']Add member to group/i,
          THIS_QUARTER_KQL,
        ],
      },
      spl: { table: 'aws', has: [/AddUserToGroup/, THIS_QUARTER_SPL] },
    },
  },

  // clarification
  {
    id: 'b24-clarify-bi-last-tuesday-numbers',
    question: 'can u send me the numbers from last tuesday again',
    clarification: true,
  },
  { id: 'b24-clarify-de-half-sentence', question: 'bitte nochmal prüfen ob das so', clarification: true },
];

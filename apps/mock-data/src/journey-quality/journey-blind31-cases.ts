import type { JourneyCase } from './journey-cases';
import {
  kqlLast,
  DAY1_KQL,
  THIS_WEEK_KQL,
  splLast,
  DAY1_SPL,
  TODAY_SPL,
  YESTERDAY_START_SPL,
  kqlEvent,
  splEvent,
  topSql,
  kqlShows,
  splShows,
  kqlAbove,
  splAbove,
  sqlCountAbove,
  NOT_CUSTOMER_DATE_SQL,
} from './journey-patterns';
import {
  DAY_MS,
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
 * The "blind31" journey-quality set, written blind on 2026-11-27 (18:22–18:33 UTC). I did not read the
 * query builders (apps/mock-data/src/query/**), the constraint extractor or routing code (libs/planner-core),
 * planner-llm, the planner app, the git history of any of them, any failure list, or another blind author's
 * work in progress (blind30 was written at the same time; I did not open it). I read: issue 11, the
 * `JourneyCase` / `QueryCheck` types in journey-cases.ts, journey-checkers.ts, journey-runner.ts,
 * journey-dates.ts, run-journeys.ts (to register the set), the mesh's schemas (kql/spl/sql.json), blind27's
 * file as the format example (its window and shape helpers, which came from blind22, are reused and extended
 * here; its questions and values are not), and the question lines of the other sets, blind28 and blind29
 * included (to avoid repeating their questions and values; a grep over blind28 also showed me its helpers'
 * names, not their bodies).
 * Aim: resemble the held-back set of issue 11 (questions a new user types on a normal day): mostly ordinary
 * one-liners in plain words, some medium, some with typos and abbreviations ("lst", "hrs", "no.", "pls",
 * "w/", "dept", "cmdline", "ppl").
 * Personas, at a mid-size law firm (harlowbrandt.com) with a client-billing web app: a security engineer
 * (an IOC IP, a SHA256, rar.exe with a password flag, MEGAsync, CreateLoginProfile, HardDelete purges, mailbox
 * folder permissions, dns lookups to transfer.sh, scraping of a billing export URL), a junior sysadmin
 * (Kerberos TGT requests for a service account, account renames, file-server object access, time changes,
 * TeamViewer on laptops, MySQL port egress, VPN logins, group changes), an office / IT manager who is not
 * technical (sign-ins to Clio from abroad, how many people use DocuSign, who deleted Entra users, a leaver's
 * accounts, the Facilities budget, Litigation staff who stopped using the billing app) and a billing /
 * accounts analyst (unpaid NOK invoices, DKK invoicing per month, clients with many overdue invoices, days to
 * pay, top Swedish clients, new corporate clients, SGD payments in a date range, inactive Retainer products).
 * No question names a query language; some name a product (Entra, Defender, Sentinel, Splunk, sysmon,
 * CloudTrail, o365, "the app db"), most name the data.
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform, 2 clarification cases (38).
 * Values: UPNs (k.lindqvist@, s.achterberg@harlowbrandt.com), a service account (svc_docsync), a host
 * (HB-FS01), IPs (176.111.174.90, 193.32.162.58, 147.45.112.76), a CIDR (10.140.8.0/22), ports (3306, 1080),
 * a SHA256, event IDs (4768, 4781, 4663, 4616, 4735), process names (teamviewer, rar.exe with "-hp",
 * megasync.exe), apps (Clio, DocuSign, iManage, vpn), an Entra audit operation (Delete user), an Exchange
 * operation (Add-MailboxFolderPermission), o365 and AWS operations (HardDelete, CreateLoginProfile), a DNS
 * name (transfer.sh), a URL path (/billing/export), statuses (unpaid, overdue, blocked, success / failure),
 * amounts and currencies (over 50,000 NOK; DKK; SGD), countries (outside Norway; Sweden), a segment
 * (corporate), departments (Litigation, Facilities), a product category (Retainer), a fiscal year (FY2026).
 * Shapes: counts, distinct counts, sums, an average of a difference of two dates, a threshold after
 * aggregation (> 5, > 15, > 100), top N (5, 10), hourly, daily and monthly buckets, by X, columns to show,
 * negations (outside a country, not active). Windows: last N hours/days/months (4h, 12h, 24h / "past day",
 * 48h, 3d, 7d, 14d, 30d, 6 months), today, yesterday (both ends), since yesterday, since monday, this week,
 * this month, this quarter, this year, the previous calendar quarter (both ends), since a date (Sept 15), an
 * explicit range (1 Oct – 15 Nov), a fiscal year, and an inactivity condition ("haven't logged in ... in 60
 * days", not a window).
 * Calendar windows are computed from the run's clock (UTC); named dates are their most recent occurrence.
 * Checks accept every spelling I could think of for the same condition (==, =~, in, has; ago(7d) or
 * ago(168h); raw SPL or the matching data model; SQL literals, date_trunc, EXTRACT, intervals) and reject
 * only queries that do not answer the question.
 * Before running it I checked every case's checks against a query I wrote by hand for it (scratch script, not
 * committed): every `has` matched, no `not` did, and the hand queries passed the real checkers
 * (`createJourneyCheckers`: the Kusto analyser, the SPL structure check, PGlite).
 * First run (18:32 UTC, set committed as 352ffab, `npm run eval:journeys -- --sets blind31 --verbose`, in
 * process): 27/38 passed (71.1 %); platforms right on 37/38 (35/36 real cases: the leaver question planned
 * only the Entra sign-ins, not the app db account; 2/2 clarifications). Failing: teamviewer on laptops
 * (DeviceNetworkEvents, name dropped), Add-MailboxFolderPermission (DeviceProcessEvents instead of
 * OfficeActivity), iManage from 193.32.162.58 (app dropped), dns to transfer.sh (TargetFilename instead of
 * QueryName), days to pay last quarter (COUNT instead of an average of paid_at - issued_at), new corporate
 * clients (users instead of customers, segment dropped), Litigation users not logged in for 60 days
 * (department dropped), Facilities spend (department dropped), SGD payments 1 Oct – 15 Nov (orders'
 * created_at instead of invoices' paid_at), inactive Retainer products (`active IS TRUE`: negation lost),
 * and the leaver question (second platform missing).
 * Second commit (fairness review of the first run's queries): I read every query, failing and passing. No
 * failing query answered its question (each dropped a value, read the wrong table or column, lost a
 * negation or a measure, or missed a platform), and no passing query was accepted without answering it, so
 * no check changed; only this header did.
 * After the second commit (18:33 UTC, same command): 27/38 passed (71.1 %); platforms right on 37/38 (35/36
 * real cases, 2/2 clarifications); the same eleven cases fail.
 */

/** `now()` and its SQL spellings. */
const sqlNow = '(now\\(\\)|CURRENT_DATE|current_timestamp|localtimestamp)';

/** The most recent occurrence (today or before) of a day of the year. */
const lastOccurrence = (month: number, day: number): Date => {
  const thisYear = new Date(Date.UTC(TODAY.getUTCFullYear(), month - 1, day));
  return thisYear.getTime() <= TODAY.getTime()
    ? thisYear
    : new Date(Date.UTC(TODAY.getUTCFullYear() - 1, month - 1, day));
};
/** "since Sept 15". */
const SEPT_15 = lastOccurrence(9, 15);
/** "between 1 Oct and 15 Nov": the most recent 15 Nov, and 1 Oct of the same year. */
const NOV_15 = lastOccurrence(11, 15);
const OCT_1_OF_RANGE = new Date(Date.UTC(NOV_15.getUTCFullYear(), 9, 1));
/** The first day of this and of the previous calendar quarter (UTC). */
const QUARTER_START = new Date(Date.UTC(TODAY.getUTCFullYear(), Math.floor(TODAY.getUTCMonth() / 3) * 3, 1));
const LAST_QUARTER_START = new Date(Date.UTC(QUARTER_START.getUTCFullYear(), QUARTER_START.getUTCMonth() - 3, 1));
const LAST_QUARTER_LAST_DAY = new Date(QUARTER_START.getTime() - DAY_MS);
/** Whole days from this week's Monday to today. */
const DAYS_SINCE_MONDAY = Math.round((TODAY.getTime() - MONDAY.getTime()) / DAY_MS);
/** Six months before today, as a day (either side of the month arithmetic). */
const SIX_MONTHS_AGO = new Date(Date.UTC(TODAY.getUTCFullYear(), TODAY.getUTCMonth() - 6, TODAY.getUTCDate()));

// KQL windows
const THIS_MONTH_KQL = new RegExp(`startofmonth\\(\\s*now\\(\\)\\s*(,\\s*0\\s*)?\\)|${kqlDate(MONTH_START)}`);
/** Since this week's Monday (KQL). */
const SINCE_MONDAY_KQL = new RegExp(
  [
    `startofweek\\(\\s*now\\(\\)\\s*\\)\\s*\\+\\s*(1d|24h)`,
    kqlDate(MONDAY),
    `startofday\\(\\s*(ago\\(\\s*${DAYS_SINCE_MONDAY}d\\s*\\)|now\\(\\)\\s*,\\s*-${DAYS_SINCE_MONDAY})\\s*\\)`,
    `startofday\\(\\s*now\\(\\)\\s*\\)\\s*-\\s*${DAYS_SINCE_MONDAY}d`,
  ].join('|'),
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
/** "since yesterday" must not stop at yesterday's end (KQL). */
const ENDS_YESTERDAY_KQL = new RegExp(`(<|\\.\\.)\\s*(startofday\\(\\s*now\\(\\)\\s*\\)|${kqlDate(TODAY)})`);
/** A daily bucket on the time column (KQL). */
const DAILY_KQL = /bin\(\s*(TimeGenerated|Timestamp)\s*,\s*(1d|24h)\s*\)|startofday\(\s*(TimeGenerated|Timestamp)\s*\)/;

// SPL windows
const THIS_WEEK_SPL = new RegExp(`earliest\\s*=\\s*"?(@w[01]|-0w@w[01]|${splDate(SUNDAY)}|${splDate(MONDAY)})`);
const THIS_MONTH_SPL = new RegExp(`earliest\\s*=\\s*"?(@mon|-0mon@mon|${splDate(MONTH_START)})`);
const THIS_QUARTER_SPL = new RegExp(`earliest\\s*=\\s*"?(@q|-0q@q|@qtr|-0qtr@qtr|${splDate(QUARTER_START)})`);
const SINCE_MONDAY_SPL = new RegExp(`earliest\\s*=\\s*"?(@w1|-0w@w1|-${DAYS_SINCE_MONDAY}d@d|${splDate(MONDAY)})`);
const YESTERDAY_END_SPL = new RegExp(
  `latest\\s*=\\s*"?(@d|-0d@d|${splDate(TODAY)}|${usDate(YESTERDAY)}:23:59|${iso(YESTERDAY)}T23:59)`,
);
/** An hourly bucket (SPL). */
const HOURLY_SPL = /span\s*=\s*"?(1h|60m|3600s?)\b|date_hour|strftime\(\s*_time\s*,\s*"[^"]*%H"/;

// SQL windows
/** "in the last N <unit>" on a column (SQL): an interval (any of the spellings), or the day as a literal. */
const sqlLast = (column: string, spellings: string, days: readonly Date[]) =>
  new RegExp(
    `${column}\\s*(>=?|BETWEEN)\\s*\\(?\\s*${sqlNow}\\s*-\\s*(interval\\s*'(${spellings})'|'(${spellings})'\\s*::\\s*interval|make_interval\\(\\s*(months|days)\\s*=>\\s*\\d+\\))|${column}\\s*(>=?|BETWEEN)\\s*${sqlLiteral}(${days.map(iso).join('|')})`,
    'i',
  );
/** Since the start of this <unit> on a column (SQL): date_trunc of now, or the literal first day. */
const sqlThis = (column: string, unit: string, start: Date) =>
  new RegExp(
    `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*(date_trunc\\(\\s*'${unit}'\\s*,\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?\\)|${sqlLiteral}${iso(start)})|date_trunc\\(\\s*'${unit}'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=\\s*date_trunc\\(\\s*'${unit}'\\s*,\\s*${sqlNow}`,
    'i',
  );
/** This calendar year on a column (SQL): as {@link sqlThis}, or the year extracted and compared. */
const sqlThisYear = (column: string) =>
  new RegExp(
    `${sqlThis(column, 'year', YEAR_START).source}|(EXTRACT\\(\\s*YEAR\\s+FROM\\s+|date_part\\(\\s*'year'\\s*,\\s*)(\\w+\\.)?${column}\\s*\\)\\s*=\\s*(${YEAR_START.getUTCFullYear()}|EXTRACT\\(\\s*YEAR\\s+FROM\\s+${sqlNow}|date_part\\(\\s*'year'\\s*,\\s*${sqlNow})`,
    'i',
  );
/** Since a given day on a column (SQL). */
const sqlSince = (column: string, day: Date) =>
  new RegExp(`${column}\\s*(>=|>|BETWEEN)\\s*${sqlLiteral}${iso(day)}`, 'i');
/** Before a given day on a column (SQL): `< next day`, `<= day …`, or the closing bound of a BETWEEN. */
const sqlBefore = (column: string, lastDay: Date) => {
  const next = iso(new Date(lastDay.getTime() + DAY_MS));
  return new RegExp(
    `${column}\\s*<\\s*${sqlLiteral}${next}|${column}\\s*<=\\s*${sqlLiteral}${iso(lastDay)}|${column}\\s*(<|<=)\\s*\\(?\\s*${sqlLiteral}${iso(lastDay)}'?\\s*(::\\s*\\w+\\s*)?\\)?\\s*\\+\\s*((interval\\s*)?'1 days?'|1\\b)|BETWEEN[^;]*AND\\s*${sqlLiteral}(${iso(lastDay)}|${next})`,
    'i',
  );
};
/** The previous calendar quarter on a column (SQL), its start… */
const sqlLastQuarterStart = (column: string) =>
  new RegExp(
    [
      `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*(date_trunc\\(\\s*'quarter'\\s*,\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?\\)\\s*-\\s*(interval\\s*'(3 mons?(ths?)?|1 quarters?)'|'(3 mons?(ths?)?|1 quarters?)'\\s*::\\s*interval)|date_trunc\\(\\s*'quarter'\\s*,\\s*${sqlNow}\\s*-\\s*(interval\\s*'(3 mons?(ths?)?|1 quarters?)'|'(3 mons?(ths?)?|1 quarters?)'\\s*::\\s*interval)\\s*\\))`,
      `${column}\\s*(>=|BETWEEN)\\s*${sqlLiteral}${iso(LAST_QUARTER_START)}`,
      `date_trunc\\(\\s*'quarter'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=\\s*(date_trunc\\(\\s*'quarter'\\s*,\\s*${sqlNow}\\s*-\\s*(interval\\s*'(3 mons?(ths?)?|1 quarters?)'|'(3 mons?(ths?)?|1 quarters?)'\\s*::\\s*interval)|${sqlLiteral}${iso(LAST_QUARTER_START)})`,
    ].join('|'),
    'i',
  );
/** …and its end. */
const sqlLastQuarterEnd = (column: string) =>
  new RegExp(
    [
      `${column}\\s*<\\s*\\(?\\s*(date_trunc\\(\\s*'quarter'\\s*,\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?\\)|${sqlLiteral}${iso(QUARTER_START)})`,
      `${column}\\s*<=\\s*${sqlLiteral}${iso(LAST_QUARTER_LAST_DAY)}`,
      `BETWEEN[^;]*AND\\s*\\(?\\s*(date_trunc\\(\\s*'quarter'\\s*,\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?\\)|${sqlLiteral}(${iso(QUARTER_START)}|${iso(LAST_QUARTER_LAST_DAY)}))`,
      `date_trunc\\(\\s*'quarter'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=`,
    ].join('|'),
    'i',
  );
/** A timestamp column taken as a month (SQL). */
const sqlMonthly = (column: string) =>
  new RegExp(
    `date_trunc\\(\\s*'month'\\s*,\\s*(\\w+\\.)?${column}|(EXTRACT\\(\\s*MONTH\\s+FROM\\s+|date_part\\(\\s*'month'\\s*,\\s*)(\\w+\\.)?${column}|to_char\\(\\s*(\\w+\\.)?${column}\\s*,\\s*'(YYYY-)?(MM|Mon|Month)`,
    'i',
  );

/** Windows Security event IDs, which must never be applied to sysmon (SPL). */
const WINDOWS_SECURITY_IDS_SPL = /EventCode\s*=\s*"?(4624|4625|4663|4688|4720|4725|4740|4768)\b/;
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
/** An app name compared to the sign-in's app column, or searched in every column (KQL). */
const kqlApp = (app: string) => new RegExp(`(AppDisplayName\\b|\\*\\s*(has|contains))[^|]*${app}`, 'i');
/** A value on a text column (SQL): `=`, `ILIKE`, `LIKE`, or in an `IN` list. */
const sqlIs = (column: string, value: string) =>
  new RegExp(`${column}\\s*(=|I?LIKE|IN\\s*\\([^)]*?)\\s*'%?${value}%?'`, 'i');
/** An invoice not paid (SQL): the status, no payment date, or not the paid status. */
const UNPAID_SQL =
  /status\s*(=|IN\s*\()[^;]*'unpaid'|paid_at\s+IS\s+NULL|status\s*(<>|!=)\s*'paid'|status\s+NOT\s+IN\s*\([^)]*'paid'/i;
/** An overdue invoice (SQL): the status, or unpaid past its due date. */
const OVERDUE_SQL =
  /status\s*(=|IN\s*\()[^;]*'overdue'|due_date\s*<=?\s*\(?\s*(CURRENT_DATE|now\(\)|current_timestamp)/i;
/** An app user's last login at least 60 days ago (SQL): a condition on last_login_at, not a window. */
const SQL_NO_LOGIN_60D =
  /last_login_at\s*(<=?\s*\(?\s*(now\(\)|CURRENT_DATE|current_timestamp|localtimestamp)\s*-\s*(interval\s*'(60 days?|2 mons?|2 months?)'|'(60 days?|2 mons?|2 months?)'\s*::\s*interval|60\b|make_interval\(\s*days\s*=>\s*60\))|<=?\s*(TIMESTAMPTZ\s*|DATE\s*|TIMESTAMP\s*)?'\d{4}-\d{2}-\d{2})/i;

const SHA256_IOC = 'c1cb27e2ab893b9b77ea0e5b17b19e005071596ab9d0c530a46bbf08e7b1c032';

export const BLIND31_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: Entra sign-ins and audit, Defender device tables, Windows security events, Office activity
  {
    id: 'b31-kql-om-clio-outside-norway-week',
    question: 'did anyone log into Clio from outside Norway this week?',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlApp('Clio'),
          /Location\s*(!=|!~|!in~?\s*\(|!has|!contains)\s*["'](NO|Norway)["']|not\s*\(\s*Location\s*(==|=~|in~?\s*\(|has|contains)\s*["'](NO|Norway)["']/i,
          THIS_WEEK_KQL,
        ],
      },
    },
  },
  {
    id: 'b31-kql-sec-lindqvist-failed-ips-12h',
    question: 'failed logins for k.lindqvist@harlowbrandt.com lst 12 hrs - from which ips?',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [/k\.lindqvist@harlowbrandt\.com/i, FAILED_SIGNIN_KQL, kqlShows('IPAddress'), kqlLast('12h|720m')],
      },
    },
  },
  {
    id: 'b31-kql-sys-4768-svc-docsync-day',
    question: 'kerberos TGT requests (4768) for svc_docsync in the past day',
    expect: {
      kql: { table: 'SecurityEvent', has: [kqlEvent(4768), /svc_docsync/i, DAY1_KQL] },
    },
  },
  {
    id: 'b31-kql-sys-4781-renames-month',
    question: 'who renamed user accounts this month (4781)? need who did it and the DC',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4781), kqlShows('SubjectUserName|Account'), kqlShows('Computer'), THIS_MONTH_KQL],
      },
    },
  },
  {
    id: 'b31-kql-sys-teamviewer-laptops-7d',
    question: 'defender: teamviewer running on any laptops in the last 7 days? device + user',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /teamviewer/i,
          kqlShows('DeviceName'),
          kqlShows('AccountName|InitiatingProcessAccountName'),
          kqlLast('7d|168h|1w'),
        ],
      },
    },
  },
  {
    id: 'b31-kql-sec-176-111-devices-yday',
    question: 'which devices talked to 176.111.174.90 yesterday?',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          kqlIs('RemoteIP', '176\\.111\\.174\\.90'),
          kqlShows('DeviceName'),
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b31-kql-sec-3306-top10-machines-3d',
    question: 'top 10 machines making outbound connections on port 3306 in the last 3 days',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [/RemotePort\s*(==|in\s*\()\s*3306\b/, /by\s+[^|]*DeviceName/, topKql(10), kqlLast('3d|72h')],
      },
    },
  },
  {
    id: 'b31-kql-om-docusign-people-daily-month',
    question: 'how many ppl signed into DocuSign each day this month',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlApp('DocuSign'),
          /(dcount|count_distinct)\(\s*(UserPrincipalName|UserId|UserDisplayName)\s*\)/,
          DAILY_KQL,
          THIS_MONTH_KQL,
        ],
      },
    },
  },
  {
    id: 'b31-kql-sec-over-15-failed-since-yday',
    question: 'accounts with more than 15 failed sign ins since yesterday',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [FAILED_SIGNIN_KQL, /by\s+[^|]*(UserPrincipalName|UserId)\b/, kqlAbove(15), YESTERDAY_START_KQL],
        // Since yesterday runs up to now, not to yesterday's end.
        not: [ENDS_YESTERDAY_KQL],
      },
    },
  },
  {
    id: 'b31-kql-om-entra-deleted-users-month',
    question: 'who deleted users in entra this month?',
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [
          /(OperationName|ActivityDisplayName)\s*(==|=~|in~?\s*\(|has|contains|startswith)[^|]*["'](Hard )?Delete user/i,
          kqlShows('InitiatedBy'),
          THIS_MONTH_KQL,
        ],
      },
    },
  },
  {
    id: 'b31-kql-sec-mailbox-folder-permission-14d',
    question: 'sentinel: anyone run Add-MailboxFolderPermission in the last 14 days? user + client ip',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [
          kqlIs('Operation', 'Add-MailboxFolderPermission'),
          kqlShows('UserId'),
          kqlShows('ClientIP'),
          kqlLast('14d|336h|2w'),
        ],
      },
    },
  },

  // SPL: windows logs, sysmon, firewall, cloudtrail, o365, web, the azure index, the CIM data models
  {
    id: 'b31-spl-sys-4663-hb-fs01-by-user-yday',
    question: 'splunk: who accessed files on HB-FS01 yesterday (4663)? count by user',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [splEvent(4663), /HB-FS01/i, /by\s+[^|]*\buser\b/, YESTERDAY_START_SPL, YESTERDAY_END_SPL],
      },
    },
  },
  {
    id: 'b31-spl-sec-sysmon-rar-hp-week',
    question: 'sysmon: rar.exe with "-hp" in the command line this week? host + full cmdline',
    expect: {
      spl: {
        table: 'sysmon',
        has: [/rar/i, /-hp/, splShows('host'), splShows('CommandLine'), THIS_WEEK_SPL],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b31-spl-sec-fw-10-140-port-1080-blocked-4h',
    question: 'firewall: blocked traffic from 10.140.8.0/22 to port 1080 in the last 4 hours',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /10\.140\.8\.0\/22/,
          /dest_port\s*(=|IN\s*\()\s*"?1080\b/,
          /action\s*(=|IN\s*\()\s*"?(block|blocked|deny|denied|drop|dropped)\b/i,
          splLast('4h|240m'),
        ],
      },
    },
  },
  {
    id: 'b31-spl-sec-createloginprofile-quarter',
    question: 'cloudtrail: CreateLoginProfile calls this quarter - arn and source ip',
    expect: {
      spl: {
        table: 'aws',
        has: [/CreateLoginProfile/, splShows('userIdentity.arn'), splShows('sourceIPAddress'), THIS_QUARTER_SPL],
      },
    },
  },
  {
    id: 'b31-spl-sec-o365-harddelete-over-100-today',
    question: 'o365 in splunk: users with over 100 HardDelete operations today',
    expect: {
      spl: {
        table: 'o365',
        has: [/HardDelete/, /by\s+[^|]*\bUserId\b/, splAbove(100), TODAY_SPL],
      },
    },
  },
  {
    id: 'b31-spl-sec-azure-imanage-193-32-48h',
    question: 'splunk azure signin logs: which users logged into iManage from 193.32.162.58 in the last 2 days?',
    expect: {
      spl: {
        table: 'azure',
        has: [
          /properties\.ipAddress\s*(=|IN\s*\()\s*"?193\.32\.162\.58\b/,
          /iManage/i,
          splShows('properties.userPrincipalName'),
          splLast('48h|2d|2880m'),
        ],
      },
    },
  },
  {
    id: 'b31-spl-sec-web-billing-export-top10-24h',
    question: 'web logs: top 10 IPs hitting /billing/export in the last 24 hrs',
    expect: {
      spl: {
        table: 'Web',
        has: [/billing\/export/, /\bsrc\b/, topSpl(10), DAY1_SPL],
      },
    },
  },
  {
    id: 'b31-spl-sys-auth-dm-failed-vpn-hourly-today',
    question: 'auth datamodel: failed vpn logins per hour today',
    expect: {
      spl: {
        table: 'Authentication',
        has: [/action\s*(=|IN\s*\()\s*"?fail/i, /vpn/i, HOURLY_SPL, TODAY_SPL],
      },
    },
  },
  {
    id: 'b31-spl-sys-4616-time-change-week',
    question: 'splunk: system time changed (4616) on any server this week - host and user',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [splEvent(4616), splShows('host|dest|Computer'), splShows('user|SubjectUserName'), THIS_WEEK_SPL],
      },
    },
  },
  {
    id: 'b31-spl-sec-sysmon-dns-transfer-sh-7d',
    question: 'sysmon dns queries to transfer.sh in the last 7 days, count by host',
    expect: {
      spl: {
        table: 'sysmon',
        has: [/QueryName[^|]*transfer\.sh/i, /count/, /by\s+[^|]*\b(host|Computer)\b/, splLast('7d|168h|1w')],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },

  // SQL: the client-billing app's database
  {
    id: 'b31-sql-ba-unpaid-nok-over-50k',
    question: 'unpaid invoices in NOK over 50,000',
    expect: {
      sql: {
        table: 'invoices',
        has: [sqlIs('currency', 'NOK'), UNPAID_SQL, /amount\s*>=?\s*50000(\.0+)?\b/i],
      },
    },
  },
  {
    id: 'b31-sql-ba-dkk-invoiced-monthly-year',
    question: 'total invoiced per month this year, DKK only',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          sqlIs('currency', 'DKK'),
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          sqlMonthly('issued_at'),
          sqlThisYear('issued_at'),
        ],
      },
    },
  },
  {
    id: 'b31-sql-ba-clients-over-5-overdue',
    question: 'which clients have more than 5 overdue invoices?',
    expect: {
      sql: {
        table: 'invoices',
        has: [OVERDUE_SQL, /GROUP BY[^;]*(customer_id|name)/i, sqlCountAbove(5)],
      },
    },
  },
  {
    id: 'b31-sql-ba-avg-days-to-pay-last-quarter',
    question: 'avg no. of days to pay for invoices paid last quarter',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /AVG\([^;]*(paid_at[^;]*issued_at|issued_at[^;]*paid_at)/i,
          sqlLastQuarterStart('paid_at'),
          sqlLastQuarterEnd('paid_at'),
        ],
      },
    },
  },
  {
    id: 'b31-sql-ba-top5-sweden-clients-since-sept15',
    question: 'top 5 clients by revenue in Sweden since Sept 15',
    expect: {
      sql: {
        has: [
          /'(Sweden|SE)'/i,
          /SUM\([^;]*(total|amount|unit_price)/i,
          /ORDER BY[^;]*DESC/i,
          topSql(5),
          new RegExp(`${sqlSince('created_at', SEPT_15).source}|${sqlSince('issued_at', SEPT_15).source}`, 'i'),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b31-sql-om-new-corporate-clients-6mo',
    question: 'how many new corporate clients did we get in the last 6 months?',
    expect: {
      sql: {
        table: 'customers',
        has: [
          sqlIs('segment', 'corporate'),
          /COUNT\(/i,
          sqlLast('created_at', '6 mons?|6 months?|180 days?|181 days?|182 days?|183 days?|26 weeks?', [
            SIX_MONTHS_AGO,
            new Date(SIX_MONTHS_AGO.getTime() + DAY_MS),
          ]),
        ],
      },
    },
  },
  {
    id: 'b31-sql-om-litigation-no-login-60d',
    question: "litigation dept users who haven't logged into the billing app in 60 days",
    expect: {
      sql: {
        table: 'users',
        has: [sqlIs('department', 'Litigation'), SQL_NO_LOGIN_60D],
        not: [/created_at\s*(>|>=)/i],
      },
    },
  },
  {
    id: 'b31-sql-om-facilities-spent-fy2026',
    question: 'how much of the Facilities budget have we spent so far in FY2026?',
    expect: {
      sql: {
        table: 'budget',
        has: [
          sqlIs('department', 'Facilities'),
          /fiscal_year\s*(=\s*2026|IN\s*\(\s*2026)\b/i,
          /SUM\(\s*(\w+\.)?spent\s*\)/i,
        ],
      },
    },
  },
  {
    id: 'b31-sql-ba-sgd-payments-oct1-nov15',
    question: 'payments received in SGD between 1 Oct and 15 Nov - total amount',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          sqlIs('currency', 'SGD'),
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          sqlSince('paid_at', OCT_1_OF_RANGE),
          sqlBefore('paid_at', NOV_15),
        ],
        // 15 Nov is in the range: a bound strictly before its start (with no day added) leaves it out.
        not: [new RegExp(`paid_at\\s*<\\s*${sqlLiteral}${iso(NOV_15)}'(?!\\s*(::\\s*\\w+\\s*)?\\+)`, 'i')],
      },
    },
  },
  {
    id: 'b31-sql-ba-retainer-products-inactive',
    question: 'list the Retainer category products that are no longer active',
    expect: {
      sql: {
        table: 'products',
        has: [
          sqlIs('category', 'Retainer'),
          /active\s*(=\s*(false|'f'|0)|IS\s+(NOT\s+TRUE|FALSE))|NOT\s+(\w+\.)?active\b/i,
        ],
      },
    },
  },

  // two platforms
  {
    id: 'b31-multi-sec-sha256-defender-sysmon-30d',
    question: `sha256 ${SHA256_IOC} - did it run anywhere in the last 30 days? defender and sysmon`,
    expect: {
      kql: { table: 'DeviceProcessEvents', has: [SHA256_IOC, kqlLast('30d|720h')] },
      spl: {
        has: [/index\s*=\s*"?sysmon|datamodel\s*=\s*"?Endpoint/, SHA256_IOC, splLast('30d|720h|1mon')],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b31-multi-om-leaver-achterberg-entra-appdb',
    question:
      's.achterberg@harlowbrandt.com has left the firm - is she still signing in to entra this week, and is her billing app account still active?',
    expect: {
      kql: { table: 'SigninLogs', has: [/s\.achterberg@harlowbrandt\.com/i, THIS_WEEK_KQL] },
      sql: { table: 'users', has: [/'s\.achterberg@harlowbrandt\.com'/i, /\bactive\b|SELECT\s+\*/i] },
    },
  },
  {
    id: 'b31-multi-sec-megasync-defender-sysmon-month',
    question: 'anyone running MEGAsync (megasync.exe) this month? defender + sysmon',
    expect: {
      kql: { table: 'DeviceProcessEvents', has: [/megasync/i, THIS_MONTH_KQL] },
      spl: {
        has: [/index\s*=\s*"?sysmon|datamodel\s*=\s*"?Endpoint/, /megasync/i, THIS_MONTH_SPL],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b31-multi-sec-147-45-fw-defender-since-monday',
    question: 'firewall + defender: anything talking to 147.45.112.76 since monday?',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [kqlIs('(RemoteIP|LocalIP)', '147\\.45\\.112\\.76'), SINCE_MONDAY_KQL],
      },
      spl: { table: 'Network_Traffic', has: [/147\.45\.112\.76/, SINCE_MONDAY_SPL] },
    },
  },
  {
    id: 'b31-multi-sys-4735-sentinel-splunk-7d',
    question: 'security group changes (4735) on our servers in the last 7 days - sentinel and splunk',
    expect: {
      kql: { table: 'SecurityEvent', has: [kqlEvent(4735), kqlLast('7d|168h|1w')] },
      spl: { table: 'wineventlog', has: [splEvent(4735), splLast('7d|168h|1w')] },
    },
  },

  // clarification
  { id: 'b31-clarify-other-matter', question: 'what about the other matter?', clarification: true },
  { id: 'b31-clarify-help-pls', question: 'help pls', clarification: true },
];

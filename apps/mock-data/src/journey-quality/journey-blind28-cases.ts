import type { JourneyCase } from './journey-cases';
import {
  kqlLast,
  TODAY_KQL,
  THIS_WEEK_KQL,
  COUNT_KQL,
  splLast,
  TODAY_SPL,
  YESTERDAY_START_SPL,
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
 * The "blind28" journey-quality set, written blind on 2026-11-27 (17:40–17:46 UTC). I did not read the
 * query builders (apps/mock-data/src/query/**), the constraint extractor or routing code (libs/planner-core),
 * planner-llm, the planner app, the git history of any of them, any failure list, or another blind author's
 * work in progress. I read: issue 11, the `JourneyCase` / `QueryCheck` types in journey-cases.ts,
 * journey-dates.ts, journey-checkers.ts, run-journeys.ts (to register the set), the mesh's schemas
 * (kql/spl/sql.json), blind27's file as the format example (its window and shape helpers, which came from
 * blind22, are reused here; its questions and values are not), and the question lines of the other sets (to
 * avoid repeating their questions and values).
 * Aim: resemble the held-back set of issue 11 (questions a new user types on a normal day): mostly short
 * one-liners, some medium, plain wording, typos and abbreviations ("hrs", "ppl", "couldnt", "shes", "pls",
 * "avg", "dept", "u").
 * Personas, at a regional hospital group (mercyvale.org) with an online pharmacy shop: a night-shift SOC
 * analyst (NTLM failures, esentutl, Radmin port, a tunnel domain in DNS, share access from a subnet, an IOC
 * SHA-256, installutil, Vietnam/Romania sign-ins, SharePoint downloads), a desktop-support / helpdesk tech
 * (conditional access blocks, a service account changed, Citrix sign-in failures, Entra password resets, a
 * password change attempt, a locked-out nurse, universal group changes, stale Radiology app accounts), a cloud
 * engineer on Azure and AWS (NSG rule changes, failed Azure operations, AssumeRole, CloudTrail errors, an IP
 * at both consoles) and a pharmacy-shop sales / finance analyst (NZD revenue, new customers per week, clinic vs
 * retail order value, disputed PLN invoices, top products, Polish repeat buyers, cheap vitamins, the pharmacy
 * budget).
 * No question names a query language; some name a product (Entra, Defender, Sentinel, Splunk, sysmon,
 * CloudTrail, azure, aws, o365, SharePoint, Citrix, "the app db"), most name only the data.
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform, 2 clarification cases (38).
 * Values: UPNs (r.castellanos@, d.hartley@, m.adeyemi@mercyvale.org), accounts (svc_pacs_backup, tbrennan),
 * IPs and a CIDR (194.169.175.36, 80.94.95.112, 146.70.118.22, 10.88.14.0/24), a port (4899), a SHA-256, event
 * IDs (4776, 4738, 4723, 5140, 4756), process names (esentutl.exe, installutil.exe), a domain
 * (trycloudflare.com), a site (PharmacyContracts), an app (Citrix), an Azure resource type
 * (networkSecurityGroups), an activity status (failed), an Entra audit operation (password reset), AWS call
 * and region (AssumeRole, us-west-2), an o365 operation (SharingSet), an HTTP status (403), an app event type
 * (checkout_failed), statuses (delivered, disputed, active), currencies (NZD, PLN), an amount (2,500), a price
 * (15), countries (Vietnam, Romania, Poland), segments (clinic, retail), a category (Vitamins), departments
 * (Pharmacy, Radiology), a fiscal year. Shapes: counts, distinct counts, sums, averages, thresholds after
 * aggregation (> 3, > 20), top N (5, 10), daily and weekly buckets, by X and Y, columns to show, a
 * comparison of two segments. Windows: last N hours/days (1h, 2h, 6h, 12h, 24h, 3d, 7d, 10d, 30d), today,
 * yesterday (both ends), this week, "since monday" (Monday, not Sunday), this month, this year, the previous
 * calendar month (both ends), since a date (nov 1, oct 1, 1 Sept: the most recent one), a fiscal year, and an
 * inactivity condition ("haven't logged in for 45 days", not a window).
 * Calendar windows are computed from the run's clock (UTC).
 * Checks accept every spelling I could think of for the same condition (==, =~, in, has; ago(7d) or
 * ago(168h); raw SPL or the matching data model; SQL literals, date_trunc, EXTRACT, intervals) and reject
 * only queries that do not answer the question.
 * Before running it I checked every case's checks against a query I wrote by hand for it (scratch script, not
 * committed): every `has` matched, no `not` did, each expected table was named, and the real checkers
 * (Kusto analyser, SPL check, PGlite) found no problem in any of them.
 * First run (17:47 UTC, set committed as 7003ee0, `npm run eval:journeys -- --sets blind28 --verbose`, in
 * process): 26/38 passed (68.4 %); platforms right on 34/38 (32/36 real cases: KQL instead of SPL for the
 * 4723 and 5140 questions, KQL instead of SQL for the stale Radiology app accounts, SPL only for the IP at
 * the azure and aws consoles; 2/2 clarifications).
 * Failing: 4776 (failure filter dropped, by Computer not workstation), the SharePoint site (value dropped),
 * Citrix (failure filter dropped), 80.94.95.112 (a count, not the bytes out), clinic vs retail (clinic and
 * the grouping dropped), disputed PLN invoices (status dropped), the pharmacy budget (department dropped),
 * the locked-out nurse (customers, not the app's users), and the four wrong platforms above (the 4723 query
 * also dropped the user).
 * Second commit (fairness review of the first run's queries; each change marked "Second commit" below): no
 * failing query was rejected for a spelling, so no check was loosened; two checks had accepted queries that
 * do not answer their question and were tightened:
 * - b28-spl-soc-sysmon-trycloudflare-dns-24h: `QueryName=trycloudflare.com` matches only the apex, not the
 *   tunnel names under it that the lookups are for.
 * - b28-sql-fin-poland-more-than-3-orders-since-sep: `COUNT(*) … HAVING COUNT(*) > 3` with no grouping by
 *   customer counts all Polish orders together and names no customer.
 * After the second commit (17:48 UTC, same command): 24/38 passed (63.2 %); platforms right on 34/38 (32/36
 * real cases, 2/2 clarifications); the twelve first-run failures and these two fail.
 * Not changed, though debatable: b28-spl-soc-5140-share-access-cidr-yday names no store; the run answered it
 * from SecurityEvent (5140, the CIDR, yesterday, by IpAddress and Computer), which would also answer it. A
 * platform choice is not a spelling, so it keeps its expectation (as blind26 and blind27 did). And
 * b28-multi-helpdesk-adeyemi-locked-entra-appdb-2h read the shop's customers for a staff member's app account;
 * the app's accounts (active, last login, department) are in users, so it stays a failure.
 */

/** `now()` and its SQL spellings. */
const sqlNow = '(now\\(\\)|CURRENT_DATE|current_timestamp|localtimestamp)';

/** The most recent <month>/<day> on or before today (UTC): "since nov 1" in late November is this year's. */
const lastOccurrence = (month: number, day: number): Date => {
  const thisYear = new Date(Date.UTC(TODAY.getUTCFullYear(), month - 1, day));
  return thisYear.getTime() <= TODAY.getTime()
    ? thisYear
    : new Date(Date.UTC(TODAY.getUTCFullYear() - 1, month - 1, day));
};
const SINCE_SEP_1 = lastOccurrence(9, 1);
const SINCE_OCT_1 = lastOccurrence(10, 1);
const SINCE_NOV_1 = lastOccurrence(11, 1);
/** Whole days since this week's Monday (0 on a Monday). */
const DAYS_SINCE_MONDAY = Math.round((TODAY.getTime() - MONDAY.getTime()) / DAY_MS);

// KQL windows
/** "since monday" (KQL): this week's Monday, not Sunday. */
const SINCE_MONDAY_KQL = new RegExp(
  [
    kqlDate(MONDAY),
    `startofweek\\(\\s*now\\(\\)\\s*\\)\\s*\\+\\s*(1d|24h)`,
    `startofday\\(\\s*(ago\\(\\s*${DAYS_SINCE_MONDAY}d\\s*\\)|now\\(\\)\\s*-\\s*${DAYS_SINCE_MONDAY}d)\\s*\\)`,
    `startofday\\(\\s*now\\(\\)\\s*\\)\\s*-\\s*${DAYS_SINCE_MONDAY}d`,
  ].join('|'),
);
/** Since a given day (KQL): the literal day, or `startofmonth(now())` when the day is this month's first. */
const kqlSince = (day: Date) =>
  new RegExp(
    iso(day) === iso(MONTH_START) ? `${kqlDate(day)}|startofmonth\\(\\s*now\\(\\)\\s*(,\\s*0\\s*)?\\)` : kqlDate(day),
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

// SPL windows
const THIS_WEEK_SPL = new RegExp(`earliest\\s*=\\s*"?(@w[01]|-0w@w[01]|${splDate(SUNDAY)}|${splDate(MONDAY)})`);
/** "since monday" (SPL): this week's Monday, not Sunday. */
const SINCE_MONDAY_SPL = new RegExp(`earliest\\s*=\\s*"?(@w1|-0w@w1|-${DAYS_SINCE_MONDAY}d@d|${splDate(MONDAY)})`);
const YESTERDAY_END_SPL = new RegExp(
  `latest\\s*=\\s*"?(@d|-0d@d|${splDate(TODAY)}|${usDate(YESTERDAY)}:23:59|${iso(YESTERDAY)}T23:59)`,
);
/** A daily bucket on `_time` (SPL). */
const DAILY_SPL = /span\s*=\s*"?(1d|24h|1440m)\b|strftime\(\s*_time\s*,\s*"%Y-%m-%d"\s*\)/;

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
/** Since a given day on a column (SQL): the literal day, bare, typed or cast. */
const sqlSince = (column: string, day: Date) =>
  new RegExp(`${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*${sqlLiteral}${iso(day)}`, 'i');
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
/** A bucket of one <unit> on a column (SQL): date_trunc, a cast to date (days), EXTRACT or to_char. */
const sqlBucket = (column: string, unit: 'day' | 'week') =>
  new RegExp(
    [
      `date_trunc\\(\\s*'${unit}'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)`,
      unit === 'day'
        ? `(\\w+\\.)?${column}\\s*::\\s*date|date\\(\\s*(\\w+\\.)?${column}\\s*\\)|CAST\\(\\s*(\\w+\\.)?${column}\\s+AS\\s+DATE\\s*\\)`
        : `EXTRACT\\(\\s*(ISO)?WEEK\\s+FROM\\s+(\\w+\\.)?${column}|to_char\\(\\s*(\\w+\\.)?${column}\\s*,\\s*'[^']*I?W`,
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
/** An app user's last login at least 45 days ago (SQL): a condition on last_login_at, not a window. */
const SQL_NO_LOGIN_45D =
  /last_login_at\s*(<=?\s*\(?\s*(now\(\)|CURRENT_DATE|current_timestamp|localtimestamp)\s*-\s*(interval\s*'(45 days?|1080 hours?)'|'(45 days?|1080 hours?)'\s*::\s*interval|45\b|make_interval\(\s*days\s*=>\s*45\))|<=?\s*(TIMESTAMPTZ\s*|DATE\s*|TIMESTAMP\s*)?'\d{4}-\d{2}-\d{2})/i;

/** The IOC hash the SOC got from a partner hospital (made up). */
const SHA256_IOC = 'c51fc7254744829677e42a5318e8600ca8155b200a5bccc9872c06cdf7d02c9d';

export const BLIND28_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: Entra sign-ins and audit, Windows security events, Defender device tables, Azure and Office activity
  {
    id: 'b28-kql-helpdesk-castellanos-ca-blocked-week',
    question: 'is r.castellanos@mercyvale.org getting blocked by conditional access? her sign-ins this week',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [/r\.castellanos@mercyvale\.org/i, kqlShows('ConditionalAccessStatus'), THIS_WEEK_KQL],
      },
    },
  },
  {
    id: 'b28-kql-soc-ntlm-4776-failures-by-workstation-6h',
    question: 'ntlm auth failures (4776) last 6 hrs, count by workstation',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4776),
          // Failures only: 4776 is logged for successes too (Status 0x0).
          /\b(Status|SubStatus)\s*(!=|!~|<>|==|=~|!in~?\s*\(|in~?\s*\(|has|contains|startswith)|Activity\s*(has|contains)[^|]*fail/i,
          /by\s+[^|]*WorkstationName/,
          COUNT_KQL,
          kqlLast('6h|360m'),
        ],
      },
    },
  },
  {
    id: 'b28-kql-helpdesk-4738-svc-pacs-backup-30d',
    question: 'who modified the svc_pacs_backup account? event 4738, past 30 days',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4738), /svc_pacs_backup/i, kqlShows('SubjectUserName|Account'), kqlLast('30d|720h|4w')],
      },
    },
  },
  {
    id: 'b28-kql-soc-esentutl-cmdline-yday',
    question: 'esentutl.exe executions on any device yesterday, with the full command line',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/esentutl/i, kqlShows('ProcessCommandLine'), YESTERDAY_START_KQL, YESTERDAY_END_KQL],
      },
    },
  },
  {
    id: 'b28-kql-soc-port-4899-remote-ips-week',
    question: 'any devices connecting out on port 4899 this week (radmin?) - remote ips pls',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [/RemotePort\s*(==|in\s*\()\s*4899\b/, kqlShows('RemoteIP'), THIS_WEEK_KQL],
      },
    },
  },
  {
    id: 'b28-kql-cloud-nsg-rule-changes-7d',
    question: 'NSG rule changes in azure in the last 7 days, who made them and in which resource group',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [/networkSecurityGroups/i, kqlShows('Caller'), kqlShows('ResourceGroup'), kqlLast('7d|168h|1w')],
      },
    },
  },
  {
    id: 'b28-kql-cloud-top5-callers-failed-ops-today',
    question: 'top 5 callers with failed azure operations today',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          /ActivityStatusValue\s*(==|=~|in~?\s*\(|has|contains|startswith)\s*["']Fail/i,
          /by\s+[^|]*Caller\b/,
          COUNT_KQL,
          topKql(5),
          TODAY_KQL,
        ],
      },
    },
  },
  {
    id: 'b28-kql-soc-sharepoint-pharmacycontracts-downloads-yday',
    question: 'who downloaded files from the PharmacyContracts sharepoint site yesterday?',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [/Download/i, /PharmacyContracts/i, kqlShows('UserId'), YESTERDAY_START_KQL, YESTERDAY_END_KQL],
      },
    },
  },
  {
    id: 'b28-kql-helpdesk-citrix-failed-distinct-today',
    question: 'how many ppl couldnt sign in to Citrix today',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /(AppDisplayName\b|\*\s*(has|contains))[^|]*Citrix/i,
          FAILED_SIGNIN_KQL,
          /dcount\(\s*(UserPrincipalName|UserId|UserDisplayName)\s*\)|count_distinct\(\s*(UserPrincipalName|UserId|UserDisplayName)\s*\)|distinct\s+(UserPrincipalName|UserId)\s*\|\s*count/,
          TODAY_KQL,
        ],
      },
    },
  },
  {
    id: 'b28-kql-soc-vietnam-romania-users-3d',
    question: 'sign-ins from vietnam or romania in the last 3 days - which users?',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('Location', '(VN|Vietnam|Viet Nam)'),
          kqlIs('Location', '(RO|Romania)'),
          kqlShows('UserPrincipalName|UserDisplayName'),
          kqlLast('3d|72h'),
        ],
      },
    },
  },
  {
    id: 'b28-kql-helpdesk-entra-pw-resets-since-nov1',
    question: 'password resets done by admins in entra since nov 1',
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [
          /(OperationName|ActivityDisplayName)[^|]*reset[^|]*password/i,
          kqlShows('InitiatedBy'),
          kqlSince(SINCE_NOV_1),
        ],
      },
    },
  },

  // SPL: windows logs, sysmon, o365, cloudtrail, the azure index, the CIM data models
  {
    id: 'b28-spl-soc-sysmon-trycloudflare-dns-24h',
    question: 'sysmon dns lookups for trycloudflare.com in the last 24 hrs, which hosts?',
    expect: {
      spl: {
        table: 'sysmon',
        has: [/trycloudflare/i, splShows('host|Computer'), splLast('24h|1d|1440m')],
        // Second commit: the lookups are for tunnel names under the domain; an exact match finds only the apex.
        not: [WINDOWS_SECURITY_IDS_SPL, /QueryName\s*=\s*"?trycloudflare\.com\b(?!\*)/i],
      },
    },
  },
  {
    id: 'b28-spl-helpdesk-4723-tbrennan-today',
    question: 'did tbrennan try to change her own password today? (4723)',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [splEvent(4723), /tbrennan/i, TODAY_SPL],
      },
    },
  },
  {
    id: 'b28-spl-soc-5140-share-access-cidr-yday',
    question: 'share access (5140) from 10.88.14.0/24 yesterday, by source and host',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [
          splEvent(5140),
          /10\.88\.14\.(0\/24|\*)/,
          /by\s+[^|]*\bsrc\b/,
          /by\s+[^|]*\b(host|dest)\b/,
          YESTERDAY_START_SPL,
          YESTERDAY_END_SPL,
        ],
      },
    },
  },
  {
    id: 'b28-spl-cloud-assumerole-us-west-2-by-arn-12h',
    question: 'AssumeRole calls in us-west-2 in the last 12h, count by arn',
    expect: {
      spl: {
        table: 'aws',
        has: [/AssumeRole/, /us-west-2/, /by\s+[^|]*userIdentity\.arn/, splLast('12h|720m')],
      },
    },
  },
  {
    id: 'b28-spl-cloud-cloudtrail-errors-by-code-event-week',
    question: 'cloudtrail errors this week by errorCode and eventName',
    expect: {
      spl: {
        table: 'aws',
        has: [/by\s+[^|]*errorCode/, /by\s+[^|]*eventName/, THIS_WEEK_SPL],
      },
    },
  },
  {
    id: 'b28-spl-o365-sharingset-per-user-30d',
    question: 'o365 SharingSet events last 30 days, count per user',
    expect: {
      spl: {
        table: 'o365',
        has: [/SharingSet/, /by\s+[^|]*UserId/, splLast('30d|720h|1mon|4w')],
      },
    },
  },
  {
    id: 'b28-spl-azure-hartley-apps-ips-yday',
    question: 'splunk azure signins for d.hartley@mercyvale.org yesterday - what apps and from which ips',
    expect: {
      spl: {
        table: 'azure',
        has: [
          /d\.hartley@mercyvale\.org/i,
          splShows('properties.appDisplayName'),
          splShows('properties.ipAddress'),
          YESTERDAY_START_SPL,
          YESTERDAY_END_SPL,
        ],
      },
    },
  },
  {
    id: 'b28-spl-net-80-94-bytes-out-daily-week',
    question: 'firewall: how much data went out to 80.94.95.112 per day this week (bytes out)',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /dest_ip\s*(=|IN\s*\()\s*"?80\.94\.95\.112\b/,
          /sum\(\s*"?(All_Traffic\.)?bytes_out/,
          DAILY_SPL,
          THIS_WEEK_SPL,
        ],
      },
    },
  },
  {
    id: 'b28-spl-web-403-top10-user-agents-yday',
    question: 'web logs - 403s yesterday, top 10 user agents',
    expect: {
      spl: {
        table: 'Web',
        has: [/status\s*(=|IN\s*\()\s*"?403\b/, /http_user_agent/, topSpl(10), YESTERDAY_START_SPL, YESTERDAY_END_SPL],
      },
    },
  },
  {
    id: 'b28-spl-auth-dm-src-over-20-failures-1h',
    question: 'auth datamodel: sources with over 20 failed logins in the last hour',
    expect: {
      spl: {
        table: 'Authentication',
        has: [
          /action\s*(=|IN\s*\()\s*"?fail/i,
          /by\s+[^|]*\b(Authentication\.)?src\b/,
          splAbove(20),
          splLast('1h|60m|3600s'),
        ],
      },
    },
  },

  // SQL: the pharmacy shop's business database
  {
    id: 'b28-sql-fin-nzd-delivered-revenue-last-month',
    question: 'revenue from delivered orders in NZD last month',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /status\s*(=|IN\s*\()\s*'delivered'/i,
          /currency\s*(=|IN\s*\()\s*'NZD'/i,
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          sqlLastMonthStart('created_at'),
          sqlLastMonthEnd('created_at'),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b28-sql-fin-new-customers-weekly-since-oct1',
    question: 'new customers per week since oct 1',
    expect: {
      sql: {
        table: 'customers',
        has: [/COUNT\(/i, sqlBucket('created_at', 'week'), sqlSince('created_at', SINCE_OCT_1)],
      },
    },
  },
  {
    id: 'b28-sql-fin-aov-clinic-vs-retail-year',
    question: 'avg order value, clinic vs retail customers, this year',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /AVG\(\s*(\w+\.)?total\s*\)/i,
          /'clinic'/i,
          /'retail'/i,
          /GROUP BY[^;]*segment/i,
          sqlThis('created_at', 'year', YEAR_START),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b28-sql-fin-disputed-pln-invoices-over-2500',
    question: 'disputed invoices over 2,500 PLN',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /status\s*(=|IN\s*\()\s*'disputed'/i,
          /currency\s*(=|IN\s*\()\s*'PLN'/i,
          /amount\s*(>|>=)\s*2500(\.0+)?\b/i,
        ],
      },
    },
  },
  {
    id: 'b28-sql-fin-top5-products-units-month',
    question: 'top 5 products by units sold this month',
    expect: {
      sql: {
        table: 'order_items',
        has: [
          /SUM\(\s*(\w+\.)?quantity\s*\)/i,
          /GROUP BY[^;]*(product_id|name)/i,
          /ORDER BY[^;]*DESC/i,
          topSql(5),
          sqlThis('created_at', 'month', MONTH_START),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b28-sql-fin-poland-more-than-3-orders-since-sep',
    question: 'customers in Poland with more than 3 orders since 1 Sept',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /'(Poland|PL)'/i,
          // Second commit: the threshold is per customer; without a grouping it tests the total of all orders.
          /GROUP BY[^;]*(customer_id|name|email)/i,
          sqlCountAbove(3),
          sqlSince('created_at', SINCE_SEP_1),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b28-sql-fin-active-vitamins-under-15',
    question: 'which active products in the Vitamins category cost less than 15?',
    expect: {
      sql: {
        table: 'products',
        has: [
          /category\s*(=|ILIKE|LIKE|IN\s*\()\s*'Vitamins'/i,
          /active\s*(=\s*(true|'t'|'true'|1)\b|IS\s+TRUE)|(WHERE|AND)\s+(\w+\.)?active\s*(AND|ORDER|GROUP|LIMIT|;|\)|$)/im,
          /list_price\s*(<\s*15(\.0+)?\b|<=\s*14\.99)/i,
        ],
      },
    },
  },
  {
    id: 'b28-sql-fin-pharmacy-budget-vs-spent-by-month-fy2025',
    question: 'pharmacy dept budget vs actual spend by month for FY2025',
    expect: {
      sql: {
        table: 'budget',
        has: [
          /department\s*(=|ILIKE|LIKE|IN\s*\()\s*'Pharmacy'/i,
          /fiscal_year\s*(=\s*2025|IN\s*\(\s*2025)\b/i,
          /fiscal_month/,
          /\bspent\b/,
          /\bamount\b/,
        ],
      },
    },
  },
  {
    id: 'b28-sql-helpdesk-radiology-active-no-login-45d',
    question: "radiology accounts in the app that are still active but haven't logged in for 45 days",
    expect: {
      sql: {
        table: 'users',
        has: [
          /department\s*(=|ILIKE|LIKE|IN\s*\()\s*'Radiology'/i,
          /active\s*(=\s*(true|'t'|'true'|1)\b|IS\s+TRUE)|(WHERE|AND)\s+(\w+\.)?active\s*(AND|ORDER|GROUP|LIMIT|;|\)|$)/im,
          SQL_NO_LOGIN_45D,
        ],
      },
    },
  },
  {
    id: 'b28-sql-app-checkout-failed-ip-daily-10d',
    question: 'checkout_failed events from 146.70.118.22 per day over the last 10 days',
    expect: {
      sql: {
        table: 'events',
        has: [
          /event_type\s*(=|IN\s*\()\s*'checkout_failed'/i,
          /ip_address[^;]*'146\.70\.118\.22/i,
          /COUNT\(/i,
          sqlBucket('occurred_at', 'day'),
          sqlLast('occurred_at', '10 days?|240 hours?', 10),
        ],
      },
    },
  },

  // two platforms
  {
    id: 'b28-multi-soc-sha256-defender-sysmon-10d',
    question: `check defender and sysmon for sha256 ${SHA256_IOC} over the last 10 days`,
    expect: {
      kql: { table: 'DeviceProcessEvents', has: [new RegExp(SHA256_IOC, 'i'), kqlLast('10d|240h')] },
      spl: {
        has: [/index\s*=\s*"?sysmon|datamodel\s*=\s*"?Endpoint/, new RegExp(SHA256_IOC, 'i'), splLast('10d|240h')],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b28-multi-cloud-194-169-console-logins-week',
    question: 'did 194.169.175.36 try to log into our azure or aws consoles this week?',
    expect: {
      kql: { table: 'SigninLogs', has: [kqlIs('IPAddress', '194\\.169\\.175\\.36'), THIS_WEEK_KQL] },
      spl: { table: 'aws', has: [/sourceIPAddress\s*(=|IN\s*\()\s*"?194\.169\.175\.36\b/, THIS_WEEK_SPL] },
    },
  },
  {
    id: 'b28-multi-helpdesk-adeyemi-locked-entra-appdb-2h',
    question:
      'm.adeyemi@mercyvale.org says shes locked out - her failed entra sign-ins in the last 2 hrs and her account in the app db',
    expect: {
      kql: { table: 'SigninLogs', has: [/m\.adeyemi@mercyvale\.org/i, FAILED_SIGNIN_KQL, kqlLast('2h|120m')] },
      sql: { table: 'users', has: [/'m\.adeyemi@mercyvale\.org'/i] },
    },
  },
  {
    id: 'b28-multi-soc-installutil-defender-sysmon-3d',
    question: 'installutil.exe running anywhere in the past 3 days? check defender + sysmon',
    expect: {
      kql: { table: 'DeviceProcessEvents', has: [/installutil/i, kqlLast('3d|72h')] },
      spl: {
        has: [/index\s*=\s*"?sysmon|datamodel\s*=\s*"?Endpoint/, /installutil/i, splLast('3d|72h')],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b28-multi-helpdesk-4756-universal-group-since-monday',
    question: 'members added to universal security groups (4756) since monday - sentinel and splunk both',
    expect: {
      kql: { table: 'SecurityEvent', has: [kqlEvent(4756), SINCE_MONDAY_KQL] },
      spl: { table: 'wineventlog', has: [splEvent(4756), SINCE_MONDAY_SPL] },
    },
  },

  // clarification
  { id: 'b28-clarify-still-broken', question: 'still broken, can u check it again?', clarification: true },
  { id: 'b28-clarify-anyone-on', question: 'hello?? anyone on tonight', clarification: true },
];

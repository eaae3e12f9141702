import type { JourneyCase } from './journey-cases';
import {
  kqlLast,
  kqlSince,
  TODAY_KQL,
  THIS_MONTH_KQL,
  YESTERDAY_START_KQL,
  YESTERDAY_END_KQL,
  COUNT_KQL,
  kqlIs,
  kqlPrefix,
  kqlBy,
  kqlEvent,
  splLast,
  DAY1_SPL,
  THIS_MONTH_SPL,
  PREV_MONTH_START_SPL,
  YESTERDAY_START_SPL,
  YESTERDAY_END_SPL,
  splEvent,
  COUNT_SPL,
  splBy,
  sqlNow,
  sqlInterval,
  sqlLast,
  sqlThis,
  sqlDayOf,
  sqlPrevMonthStart,
  sqlIs,
  sqlGroupBy,
  NOT_CUSTOMER_DATE_SQL,
  MONTHLY_SQL,
  WEEKLY_SQL,
  HOURLY_KQL,
  DAILY_KQL,
  WINDOWS_SECURITY_IDS_SPL,
} from './journey-patterns';
import {
  DAY_MS,
  LAST_MONTH_START,
  MONDAY,
  MONTH_START,
  SUNDAY,
  YEAR_START,
  iso,
  kqlDate,
  splDate,
  sqlLiteral,
} from './journey-dates';

/**
 * The "blind74" journey-quality set, written blind on 2026-11-29 (13:00–13:35 UTC). I did not read the query
 * builders (apps/mock-data/src/query/** other than testing/bundled-schemas and the schema JSON files), the
 * constraint extractor or routing code (libs/planner-core), planner-llm, the planner app, the git history of any of
 * them, any failure list, or another blind author's work in progress, and I did not run the planner or the mesh on
 * any question: the first run is the lead's.
 * I read: TEAM.md and BLIND.md, the `JourneyCase` / `QueryCheck` types in journey-cases.ts, journey-dates.ts,
 * journey-patterns.ts (shared window and shape patterns, imported), journey-checkers.ts, run-journeys.ts (to
 * register the set), the mesh's schemas (kql/spl/sql.json via the bundled-schemas module), blind55's file as the
 * format example (its questions, personas and values are not reused) and the question lines of the other blind sets
 * (grepped for organisation names and "usual"/"percent" wordings, to avoid repeating them).
 * Focus: comparisons and proportions (percentages, shares of a whole, per-day / per-hour averages, week over week,
 * this month vs last month, today vs yesterday, ratios, "more than usual") combined with negations ("except",
 * "excluding", "not from", "leaving out", "ignore").
 * Personas (new, organisations invented):
 * - a SaaS company's security engineer (Quorvex, quorvex.io, QX-ENG-* laptops, QX-ENG-BLD-* build boxes; terse chat
 *   with abbreviations and typos): failed share of admin-console sign-ins, "more downloads than usual", CloudTrail
 *   error share per service, DNS query jumps vs the previous 12 hours, Azure AD failures today vs yesterday, O365 deletions month over
 *   month, signups week over week, powershell per day in Defender and Sysmon;
 * - an online home-goods retailer's e-commerce analyst (Brindle & Oak, brindleoak.com, shop.brindleoak.com;
 *   ordinary sentences): cancelled share, revenue this month vs last, orders per weekday, category shares of units,
 *   404 share, out/in bytes ratio per port, AOV in GBP month over month, budget spent share, app logins vs usual;
 * - a store chain's IT compliance officer (Fennimore Retail Group, fennimore-retail.com, FRG-POS-* tills, FRG-DC-*
 *   domain controllers; formal full sentences): 4625 week over week on tills, 4771 vs 4768 per DC, 443 vs 80 from the
 *   tills, audit operations by apps vs users, failure rate per app, lockout share per workstation, late-payment share
 *   per segment, active-user proportion per department.
 * Styles: about a third formal, a third ordinary, a third terse chat. No question names a query language. Sign-ins,
 * Windows security events, O365 and endpoint process / network data exist in more than one store, so those
 * questions name the store (Sentinel, Defender, Splunk, Sysmon, "Splunk's endpoint data"); AzureActivity,
 * CloudTrail, the Web / Authentication / firewall data models and the business tables are asked for as users do.
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform (3 KQL + SPL, 1 KQL + SQL, 1 SPL + SQL), 2 clarification (38).
 * Values: an app (Quorvex Admin Console, Quorvex Billing, Microsoft Teams, Azure Portal, sso-healthcheck), UPN
 * patterns (svc-*, #EXT#, qa@quorvex.io), hosts and prefixes (FRG-POS-*, FRG-POS-TEST01, FRG-DC-LAB, QX-ENG-*,
 * QX-ENG-BLD-*), a CIDR (10.0.0.0/8), ports (443, 80), event IDs (4625, 4768, 4771, 4624, 4740, 22), logon types (3,
 * 5), process names (node.exe, powershell.exe), a domain (quorvex.io), a web host, HTTP 404 / 5xx, a resource group
 * prefix, CloudTrail sources (sts), O365 operations and workloads, statuses (cancelled, refunded), segments
 * (Internal, Trial, Wholesale), categories (Clearance, Policy), departments (Engineering, Marketing), currency (GBP),
 * amounts (20), a fiscal year, an event type (login_failed, login).
 * Shapes: percentages / shares / ratios / fractions, per-day and per-hour averages, comparisons of two periods
 * (week over week, month over month, today vs yesterday), "more than usual" (vs an average), thresholds on a ratio
 * (> 20 %, > 15 %, > 3× the previous 12 hours), counts, distinct counts, sums, group by, and a negation in every case.
 * Windows: last N hours/days (12h, 24h, 48h, 72h, 7d, 14d, 30d, 90d), today, yesterday (both ends), this week vs last
 * week, this month vs last month, this year, since an explicit day (1 Nov 2026), a fiscal year, and conditions that
 * are not windows (paid after due date, weekdays only, active users).
 * Checks accept every spelling I could think of for the same condition and reject only queries that do not answer
 * the question. Before committing I checked every case against queries I wrote by hand (one per platform of each
 * case; a scratch spec, not committed, calling the real checkers from journey-checkers.ts): every `has` matched, no
 * `not` did, and the Kusto analyser, the SPL check and PostgreSQL reported no problem. Not run on the planner.
 */

/** Explicit days the questions name or the windows start on. */
const NOV_1 = new Date(Date.UTC(2026, 10, 1));
const LAST_MONDAY = new Date(MONDAY.getTime() - 7 * DAY_MS);
const LAST_SUNDAY = new Date(SUNDAY.getTime() - 7 * DAY_MS);

// Proportions and ratios
/** A ratio or percentage (KQL / SQL): `* 100`, `100.0 *`, or a division by a name or a parenthesis (not a CIDR). */
const RATIO = /\*\s*100\b|\b100(\.0+)?\s*\*|(?<![/:])\/(?!\/)\s*(\(|[A-Za-z_])/i;
/** A ratio or percentage (SPL): as above (not the Sysmon sourcetype's slash, not a URL), or `top`, which shows one. */
const RATIO_SPL = /\*\s*100\b|\b100(\.0+)?\s*\*|(?<![/:]|Sysmon)\/(?!\/)\s*(\(|[A-Za-z_])|\|\s*top\b/i;

// KQL windows
const LAST_MONTH_START_KQL = new RegExp(
  [
    `startofmonth\\(\\s*(now\\(\\)\\s*,\\s*-1|datetime_add\\(\\s*["']?month["']?\\s*,\\s*-1\\s*,\\s*now\\(\\)\\s*\\))\\s*\\)`,
    `startofmonth\\(\\s*startofmonth\\(\\s*now\\(\\)\\s*\\)\\s*-\\s*1d\\s*\\)`,
    `startofmonth\\(\\s*ago\\(\\s*(30|31)d\\s*\\)\\s*\\)`,
    kqlDate(LAST_MONTH_START),
  ].join('|'),
);
/** From the start of last week (KQL), or the last 14 days for a rolling week over week. */
const LAST_WEEK_START_KQL = new RegExp(
  [
    `startofweek\\(\\s*now\\(\\)\\s*,\\s*-1\\s*\\)`,
    `startofweek\\(\\s*now\\(\\)\\s*\\)\\s*-\\s*(7d|1w|168h)`,
    `startofweek\\(\\s*ago\\(\\s*(7d|1w|168h)\\s*\\)\\s*\\)`,
    `ago\\(\\s*(14d|2w|336h)\\s*\\)`,
    kqlDate(LAST_MONDAY),
    kqlDate(LAST_SUNDAY),
  ].join('|'),
);
/** Telling this week from last week (KQL). */
const WEEK_SPLIT_KQL =
  /startofweek\(\s*(TimeGenerated|Timestamp)|bin\(\s*(TimeGenerated|Timestamp)\s*,\s*(7d|1w|168h)\s*\)|week_of_year\(|(iff?|case|countif)\([^|]*(startofweek|ago\(\s*7d|datetime\()/;
/** Telling this month from last month (KQL). */
const MONTH_SPLIT_KQL =
  /startofmonth\(\s*(TimeGenerated|Timestamp)|getmonth\(|monthofyear\(|datetime_part\(\s*["']month|format_datetime\([^)]*(yyyy-MM|MM)|(iff?|case|countif)\([^|]*startofmonth/;

// SPL windows and shapes
const DAILY_SPL = /span\s*=\s*"?(1d|24h|1day)\b|strftime\([^)]*%(Y-%m-%d|F|d|a|A)|date_wday|date_mday|timewrap/;
const LAST_WEEK_START_SPL = new RegExp(
  `earliest\\s*=\\s*"?(-1w@w[01]?|-7d@w[01]?|-14d|-2w|-336h|${splDate(LAST_MONDAY)}|${splDate(LAST_SUNDAY)})`,
);
const WEEK_SPLIT_SPL =
  /span\s*=\s*"?(1w|7d|1week)\b|strftime\([^)]*%(V|U|W)|timewrap|relative_time\([^)]*@w|if\([^|]*relative_time/;
const MONTH_SPLIT_SPL =
  /span\s*=\s*"?(1mon|1month)\b|strftime\([^)]*%(Y-%m|m|b|B)|date_month|timewrap|if\([^|]*relative_time\([^)]*@mon/;
/** A field not equal to a value (SPL): `f!=v`, `NOT f=v`, `NOT f IN (…v…)`, `f NOT IN (…)`. */
const splNot = (field: string, value: string) =>
  new RegExp(
    `${field}\\s*!=\\s*"?\\*?${value}|NOT\\s*\\(?\\s*(\\w+\\.)*${field}\\s*(=|IN\\s*\\()[^|]*?${value}|${field}\\s+NOT\\s+IN\\s*\\([^)]*${value}|NOT\\s+(like|match)\\(\\s*['"]?(\\w+\\.)*${field}[^)]*${value}`,
    'i',
  );

// KQL negations
/** A column not equal to / not containing a value (KQL). */
const kqlNot = (column: string, value: string) =>
  new RegExp(
    `${column}\\s*(!=|!~|!has|!contains|!startswith|!endswith|!hasprefix|!has_cs|!contains_cs|!startswith_cs|!in~?\\s*\\([^)]*?|!has_any\\s*\\([^)]*?)\\s*["']${value}|not\\(\\s*${column}\\s*(==|=~|has|contains|startswith|endswith|hasprefix|matches\\s+regex|in~?\\s*\\([^)]*?|has_any\\s*\\([^)]*?)\\s*["']\\^?${value}`,
    'i',
  );

// SQL windows and negations
const SQL_LAST_WEEK_START = new RegExp(
  [
    `date_trunc\\(\\s*'week'\\s*,\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?\\)\\s*-\\s*${sqlInterval('7 days?|1 weeks?')}`,
    `date_trunc\\(\\s*'week'\\s*,\\s*\\(?\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?-\\s*${sqlInterval('7 days?|1 weeks?')}`,
    `${sqlNow}\\s*(::\\s*\\w+\\s*)?-\\s*${sqlInterval('14 days?|2 weeks?')}`,
    `${sqlLiteral}(${iso(LAST_MONDAY)}|${iso(LAST_SUNDAY)})`,
  ].join('|'),
  'i',
);
/** A SQL column not equal to a value: `<>`, `!=`, `NOT IN (…)`, `NOT ILIKE`, `IS DISTINCT FROM`. */
const sqlNot = (column: string, value: string) =>
  new RegExp(
    `${column}\\s*\\)?\\s*(<>|!=|NOT\\s+I?LIKE|IS\\s+DISTINCT\\s+FROM|NOT\\s+IN\\s*\\([^)]*?)\\s*'${value}'|NOT\\s*\\(?\\s*(\\w+\\.)?${column}\\s*(=|I?LIKE|IN\\s*\\([^)]*?)\\s*'${value}'`,
    'i',
  );
/** Telling this month from last month (SQL). */
const MONTH_SPLIT_SQL = new RegExp(
  `${MONTHLY_SQL.source}|FILTER\\s*\\(\\s*WHERE[^)]*date_trunc\\(\\s*'month'|CASE\\s+WHEN[^;]*date_trunc\\(\\s*'month'`,
  'i',
);
const WEEK_SPLIT_SQL = new RegExp(
  `${WEEKLY_SQL.source}|FILTER\\s*\\(\\s*WHERE[^)]*date_trunc\\(\\s*'week'|CASE\\s+WHEN[^;]*date_trunc\\(\\s*'week'`,
  'i',
);
/** An SQL address outside 10.0.0.0/8. */
const NOT_TEN_SQL =
  /NOT\s*\(?\s*(\w+\.)?ip_address\s*<<=?\s*(inet\s*)?'10\.0\.0\.0\/8'|(\w+\.)?ip_address\s*(::\s*text\s*)?\)?\s*NOT\s+I?LIKE\s*'10\.|NOT\s*\(?\s*(host\(\s*|text\(\s*)?(\w+\.)?ip_address\s*(::\s*text\s*)?\)?\s*I?LIKE\s*'10\.|NOT\s*\(?\s*(\w+\.)?ip_address\s*(::\s*text\s*)?\)?\s*(<<|~)/i;

export const BLIND74_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL
  {
    id: 'b74-kql-quorvex-admin-console-fail-pct-no-svc-7d',
    question: 'sentinel: wat % of signins to Quorvex Admin Console failed lst 7d? dont count the svc-* accts',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('AppDisplayName', 'Quorvex Admin Console'),
          kqlNot('UserPrincipalName', 'svc-'),
          /ResultType/,
          RATIO,
          kqlLast('7d|168h'),
        ],
      },
    },
  },
  {
    id: 'b74-kql-fennimore-4625-tills-week-over-week-not-kioskupdate',
    question:
      'Please compare the number of failed logons (event 4625) on the FRG-POS-* point-of-sale terminals this week against last week in Sentinel, excluding the account kioskupdate.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4625),
          kqlPrefix('Computer', 'FRG-POS-'),
          /(TargetUserName|Account)\s*(!=|!~|!has|!contains|!endswith|!in~?\s*\()[^|]*kioskupdate|not\(\s*(TargetUserName|Account)\s*(==|=~|has|contains|endswith)[^|]*kioskupdate/i,
          COUNT_KQL,
          WEEK_SPLIT_KQL,
          LAST_WEEK_START_KQL,
        ],
      },
    },
  },
  {
    id: 'b74-kql-quorvex-daily-avg-signins-per-app-not-teams-30d',
    question:
      "In Sentinel, what's the average number of sign-ins per day for each app over the last 30 days? Leave out Microsoft Teams.",
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlNot('AppDisplayName', 'Microsoft Teams'),
          kqlBy('AppDisplayName'),
          /avg\(|\/\s*30(\.0)?\b|\/\s*(\(|[A-Za-z_])/,
          kqlLast('30d|720h'),
        ],
      },
    },
  },
  {
    id: 'b74-kql-quorvex-share-outside-us-yesterday',
    question: 'sentinel - share of yday signins that came from outside the US?',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /Location\s*(!=|!~|!in~?\s*\(|!has|==|=~|in~?\s*\(|has)\s*["']?(US|United States)["']?/i,
          RATIO,
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b74-kql-fennimore-443-vs-80-tills-not-internal-48h',
    question:
      'Using Defender data, please give the ratio of outbound connections on port 443 to those on port 80 from the FRG-POS-* devices over the past 48 hours, excluding any connection to the internal range 10.0.0.0/8.',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /\b443\b/,
          /\b80\b/,
          /RemotePort/,
          kqlPrefix('DeviceName', 'FRG-POS-'),
          /not\(\s*ipv4_is_in(_any)?_range\(\s*RemoteIP\s*,[^)]*10\.0\.0\.0\/8|not\(\s*ipv4_is_private\(\s*RemoteIP|RemoteIP\s*!startswith\s*["']10\.|not\(\s*RemoteIP\s*startswith\s*["']10\./,
          RATIO,
          kqlLast('48h|2d|2880m'),
        ],
      },
    },
  },
  {
    id: 'b74-kql-quorvex-azure-deletes-per-rg-month-vs-last-not-sandbox',
    question:
      'Azure delete operations per resource group, this month vs last month. Leave out the rg-sandbox-* groups.',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          /OperationNameValue\s*(has|contains|endswith|=~|==|matches\s+regex|(in~?|has_any)\s*\()[^|]*delete/i,
          kqlNot('ResourceGroup', 'rg-sandbox-'),
          kqlBy('ResourceGroup'),
          COUNT_KQL,
          MONTH_SPLIT_KQL,
          LAST_MONTH_START_KQL,
        ],
      },
    },
  },
  {
    id: 'b74-kql-quorvex-downloads-more-than-usual-no-guests',
    question:
      'sentinel o365: who downloaded way more files yday than usual (vs their avg over the 2 wks before)? ignore guest #EXT# users',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [
          /FileDownloaded/,
          /UserId\s*(!has|!contains|!endswith|!has_cs|!contains_cs)\s*["']#EXT#|not\(\s*UserId\s*(has|contains|endswith)\s*["']#EXT#/i,
          kqlBy('UserId'),
          /avg\(|\/\s*14(\.0)?\b/,
          /\|\s*where\s+[^|]*>/,
          /ago\(\s*(14|15)d\s*\)|now\(\)\s*-\s*(14|15)d|startofday\(\s*(ago\(\s*(14|15)d\s*\)|now\(\)\s*\)\s*-\s*(14|15)d)/,
        ],
      },
    },
  },
  {
    id: 'b74-kql-fennimore-4771-vs-4768-pct-per-dc-not-lab-72h',
    question:
      'In Sentinel, please establish for each domain controller except FRG-DC-LAB the percentage of Kerberos pre-authentication failures (event 4771) relative to ticket requests (event 4768) over the past 72 hours.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          /EventID[^|]*\b4771\b/,
          /EventID[^|]*\b4768\b/,
          kqlNot('Computer', 'FRG-DC-LAB'),
          kqlBy('Computer'),
          RATIO,
          kqlLast('72h|3d|4320m'),
        ],
      },
    },
  },
  {
    id: 'b74-kql-quorvex-fraction-laptops-node-not-build-7d',
    question:
      'What fraction of our QX-ENG-* laptops ran node.exe in the last 7 days according to Defender? Not counting the QX-ENG-BLD-* build boxes.',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /node\.exe/i,
          kqlPrefix('DeviceName', 'QX-ENG-'),
          kqlNot('DeviceName', 'QX-ENG-BLD-'),
          /dcount(if)?\(\s*(DeviceName|DeviceId)/,
          RATIO,
          kqlLast('7d|168h'),
        ],
      },
    },
  },
  {
    id: 'b74-kql-brindle-avg-per-hour-store-portal-success-today',
    question:
      "How many successful sign-ins per hour on average has the Brindle Store Portal app had today in Sentinel? Don't include failed ones.",
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('AppDisplayName', 'Brindle Store Portal'),
          /ResultType\s*(==|=~|in\s*\()\s*["']?0\b/,
          new RegExp(`${HOURLY_KQL.source}|datetime_diff\\(\\s*["']hour|hourofday\\(|/\\s*24(\\.0)?\\b`),
          TODAY_KQL,
        ],
      },
    },
  },
  {
    id: 'b74-kql-fennimore-audit-apps-vs-users-not-policy-since-nov1',
    question:
      'Of all Entra ID audit operations recorded in Sentinel since 1 November 2026, what proportion were initiated by applications rather than by users, excluding the Policy category?',
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [/InitiatedBy/, kqlNot('Category', 'Policy'), RATIO, kqlSince(NOV_1)],
      },
    },
  },

  // SPL
  {
    id: 'b74-spl-quorvex-cloudtrail-error-pct-per-source-not-sts-24h',
    question: 'cloudtrail: % of api calls that errored per eventSource lst 24h, skip sts',
    expect: {
      spl: {
        table: 'aws',
        has: [/errorCode/, splBy('eventSource'), splNot('eventSource', 'sts'), RATIO_SPL, DAY1_SPL],
      },
    },
  },
  {
    id: 'b74-spl-brindle-404-share-shop-not-uptimerobot-yesterday',
    question:
      'What percentage of requests to shop.brindleoak.com returned a 404 yesterday, not counting our monitoring bot (user agent containing UptimeRobot)?',
    expect: {
      spl: {
        table: 'Web',
        has: [
          /shop\.brindleoak\.com/i,
          /\b404\b/,
          splNot('(Web\\.)?http_user_agent', '\\*?UptimeRobot'),
          RATIO_SPL,
          YESTERDAY_START_SPL,
          YESTERDAY_END_SPL,
        ],
      },
    },
  },
  {
    id: 'b74-spl-fennimore-4624-daily-two-weeks-not-service-logons',
    question:
      'In Splunk, please report the daily number of successful logons (event 4624) on the FRG-POS-* hosts for this week and last week so the two can be compared, excluding service logons (logon type 5).',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [splEvent(4624), /FRG-POS-(\*|%)/i, splNot('Logon_Type', '5\\b'), DAILY_SPL, LAST_WEEK_START_SPL],
      },
    },
  },
  {
    id: 'b74-spl-quorvex-o365-filedeleted-month-vs-last-not-backup',
    question: 'splunk o365 - FileDeleted count per user this mnth vs last mnth, exclude svc_backup',
    expect: {
      spl: {
        table: 'o365',
        has: [
          /FileDeleted/,
          splBy('UserId'),
          splNot('UserId', '\\*?svc_backup'),
          COUNT_SPL,
          MONTH_SPLIT_SPL,
          PREV_MONTH_START_SPL,
        ],
      },
    },
  },
  {
    id: 'b74-spl-brindle-firewall-out-in-ratio-per-port-not-443-7d',
    question:
      'From the firewall data in Splunk, what is the ratio of bytes sent out to bytes received for each destination port over the last 7 days, excluding port 443?',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /sum\(\s*(All_Traffic\.)?bytes_out\s*\)/,
          /sum\(\s*(All_Traffic\.)?bytes_in\s*\)/,
          splBy('(All_Traffic\\.)?dest_port'),
          splNot('(All_Traffic\\.)?dest_port', '443\\b'),
          RATIO_SPL,
          splLast('7d|168h'),
        ],
      },
    },
  },
  {
    id: 'b74-spl-quorvex-sysmon-dns-12h-vs-prior-12h-3x-not-own-domain',
    question:
      'sysmon dns queries per host, last 12h vs the 12h before - which hosts went up >3x? skip *.quorvex.io lookups',
    expect: {
      spl: {
        table: 'sysmon',
        has: [
          /EventCode\s*(=|IN\s*\()\s*"?22\b/i,
          splNot('QueryName', '\\*?\\.?quorvex\\.io'),
          splBy('host'),
          /relative_time|if\([^|]*_time|_time\s*[<>]|timewrap|span\s*=\s*"?(12h|720m)\b/,
          /3(\.0)?\s*\*|\*\s*3(\.0)?\b|\/\s*\w+\s*>=?\s*3\b/,
          splLast('24h|1d|1440m'),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b74-spl-fennimore-auth-failure-rate-per-app-over-20-not-healthcheck-30d',
    question:
      'Please calculate, per application in the Authentication data model, the failure rate of authentications over the last 30 days, excluding the application sso-healthcheck, and list those whose failure rate exceeds 20 percent.',
    expect: {
      spl: {
        table: 'Authentication',
        has: [
          /datamodel\s*=\s*"?Authentication/,
          splBy('(Authentication\\.)?app'),
          /fail/i,
          splNot('(Authentication\\.)?app', 'sso-healthcheck'),
          RATIO_SPL,
          /\|\s*(where|search)\s+[^|]*(>=?\s*(20|0\.2)\b)/,
          splLast('30d|720h'),
        ],
      },
    },
  },
  {
    id: 'b74-spl-fennimore-tills-powershell-dc-month-vs-last-not-test01',
    question:
      "In Splunk's endpoint data, how many distinct FRG-POS-* tills ran powershell.exe this month compared with last month? Leave out FRG-POS-TEST01.",
    expect: {
      spl: {
        has: [
          /powershell/i,
          /FRG-POS-/i,
          /\bdc\(|distinct_count\(/,
          /(NOT\s*\(?\s*[^|]*|!=\s*"?)FRG-POS-TEST01/i,
          MONTH_SPLIT_SPL,
          PREV_MONTH_START_SPL,
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b74-spl-quorvex-aad-failures-per-app-today-vs-yday-not-portal',
    question: 'splunk azure ad: failed signins per app today vs yday, excl Azure Portal',
    expect: {
      spl: {
        table: 'azure',
        has: [
          /errorCode/,
          splBy('(properties\\.)?appDisplayName'),
          splNot('(properties\\.)?appDisplayName', 'Azure Portal'),
          /span\s*=\s*"?(1d|24h)\b|date_mday|strftime|if\([^|]*relative_time|timewrap/,
          YESTERDAY_START_SPL,
        ],
      },
    },
  },
  {
    id: 'b74-spl-fennimore-lockout-share-per-workstation-not-kiosk-7d',
    question:
      'In Splunk, please show each source workstation’s share of the account lockouts (event 4740) over the past 7 days, excluding lockouts of the account kiosk.',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [splEvent(4740), /Caller_Computer_Name/, splNot('user', 'kiosk\\b'), RATIO_SPL, splLast('7d|168h')],
      },
    },
  },

  // SQL
  {
    id: 'b74-sql-brindle-cancelled-pct-month-not-under-20',
    question: "What percentage of this month's orders were cancelled, not counting orders under 20?",
    expect: {
      sql: {
        table: 'orders',
        has: [
          /'cancelled'/i,
          /total\s*(>=\s*20\b|>\s*19\.99)|NOT\s*\(?\s*(\w+\.)?total\s*<\s*20\b/i,
          RATIO,
          sqlThis('created_at', 'month', MONTH_START),
        ],
      },
    },
  },
  {
    id: 'b74-sql-brindle-revenue-country-month-vs-last-not-cancelled-refunded',
    question: 'Revenue this month versus last month by country, leaving out cancelled and refunded orders.',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          sqlGroupBy('country'),
          /(NOT\s+IN\s*\([^)]*|<>\s*|!=\s*)'cancelled'/i,
          /(NOT\s+IN\s*\([^)]*|<>\s*|!=\s*)'refunded'/i,
          MONTH_SPLIT_SQL,
          sqlPrevMonthStart('created_at'),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b74-sql-brindle-avg-orders-per-weekday-30d',
    question: 'avg orders per day over the last 30 days, weekends excluded',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /EXTRACT\(\s*(ISO)?DOW|date_part\(\s*'(iso)?dow'|to_char\([^)]*'(D|Dy|ID|Day)'/i,
          /AVG\(|\/\s*(\(|[A-Za-z_]|2[0-2]\b)/i,
          sqlLast('created_at', '30 days?', 30),
        ],
      },
    },
  },
  {
    id: 'b74-sql-fennimore-late-paid-share-per-segment-not-internal-year',
    question:
      "Please report, for each customer segment other than 'Internal', the share of invoices issued this year that were paid after their due date.",
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /paid_at\s*(::\s*date\s*)?>\s*(\w+\.)?due_date|due_date\s*<\s*(\w+\.)?paid_at/i,
          sqlNot('(\\w+\\.)?segment', 'Internal'),
          sqlGroupBy('segment'),
          RATIO,
          sqlThis('issued_at', 'year', YEAR_START),
        ],
      },
    },
  },
  {
    id: 'b74-sql-brindle-category-share-units-over-15-not-clearance-90d',
    question:
      'Which product categories made up more than 15% of units sold in the last 90 days, leaving out the Clearance category?',
    expect: {
      sql: {
        table: 'order_items',
        has: [
          /SUM\(\s*(\w+\.)?quantity\s*\)/i,
          sqlGroupBy('category'),
          sqlNot('(\\w+\\.)?category', 'Clearance'),
          /(>=?)\s*(15(\.0+)?|0\.15)\b/,
          sqlLast('created_at', '90 days?', 90),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b74-sql-quorvex-signups-week-over-week-not-trial',
    question: 'new customer signups this wk vs last wk, not counting the Trial segment',
    expect: {
      sql: {
        table: 'customers',
        has: [sqlNot('(\\w+\\.)?segment', 'Trial'), /created_at/, WEEK_SPLIT_SQL, SQL_LAST_WEEK_START],
      },
    },
  },
  {
    id: 'b74-sql-fennimore-active-users-logged-in-30d-pct-per-dept-not-engineering',
    question:
      'Please state, for each department except Engineering, the proportion of active users who have logged in during the last 30 days.',
    expect: {
      sql: {
        table: 'users',
        has: [
          sqlNot('(\\w+\\.)?department', 'Engineering'),
          sqlGroupBy('department'),
          /active\s*(=\s*(true|'t(rue)?')|IS\s+TRUE)|(WHERE|AND)\s+(\w+\.)?active\s*(\n|$|GROUP|ORDER|AND\b|\))/i,
          sqlLast('last_login_at', '30 days?', 30),
          RATIO,
        ],
      },
    },
  },
  {
    id: 'b74-sql-brindle-budget-spent-share-fy2026-not-marketing',
    question: 'For fiscal year 2026, what share of its budget has each department spent? Marketing excluded.',
    expect: {
      sql: {
        table: 'budget',
        has: [
          /SUM\(\s*(\w+\.)?spent\s*\)/i,
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          /fiscal_year\s*(=|IN\s*\()\s*2026\b/i,
          sqlNot('(\\w+\\.)?department', 'Marketing'),
          sqlGroupBy('department'),
          RATIO,
        ],
      },
    },
  },
  {
    id: 'b74-sql-brindle-aov-gbp-month-vs-last-not-wholesale',
    question: 'AOV in GBP this month vs last month, excluding orders from Wholesale customers',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /AVG\(\s*(\w+\.)?total\s*\)|SUM\(\s*(\w+\.)?total\s*\)\s*\/\s*COUNT/i,
          sqlIs('(\\w+\\.)?currency', 'GBP'),
          sqlNot('(\\w+\\.)?segment', 'Wholesale'),
          MONTH_SPLIT_SQL,
          sqlPrevMonthStart('created_at'),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b74-sql-quorvex-failed-logins-daily-vs-usual-not-internal-14d',
    question:
      "Daily count of 'login_failed' events in our app over the last 14 days, next to the usual daily average for that period. Ignore logins from 10.0.0.0/8.",
    expect: {
      sql: {
        table: 'events',
        has: [
          sqlIs('(\\w+\\.)?event_type', 'login_failed'),
          NOT_TEN_SQL,
          new RegExp(`${sqlDayOf('occurred_at')}|date_trunc\\(\\s*'day'`, 'i'),
          /AVG\(|\/\s*14(\.0+)?\b/i,
          sqlLast('occurred_at', '14 days?', 14),
        ],
      },
    },
  },

  // Two platforms
  {
    id: 'b74-multi-fennimore-4625-per-host-both-not-network-yesterday',
    question:
      'Please compare, in both Sentinel and Splunk, the number of failed logons (event 4625) per host yesterday, excluding network logons (logon type 3).',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4625),
          /LogonType\s*(!=|!in\s*\()\s*["']?3\b|not\(\s*LogonType\s*(==|in\s*\()\s*["']?3\b/,
          kqlBy('Computer'),
          COUNT_KQL,
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
      spl: {
        table: 'wineventlog',
        has: [
          splEvent(4625),
          splNot('Logon_Type', '3\\b'),
          splBy('host|dest|Computer'),
          COUNT_SPL,
          YESTERDAY_START_SPL,
          YESTERDAY_END_SPL,
        ],
      },
    },
  },
  {
    id: 'b74-multi-quorvex-billing-signins-vs-app-logins-daily-not-qa-7d',
    question:
      "Daily sign-ins to the Quorvex Billing app in Sentinel next to the daily 'login' events in our app database, last 7 days, both without the test account qa@quorvex.io.",
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('AppDisplayName', 'Quorvex Billing'),
          kqlNot('UserPrincipalName', 'qa@quorvex\\.io'),
          DAILY_KQL,
          kqlLast('7d|168h'),
        ],
      },
      sql: {
        table: 'events',
        has: [
          sqlIs('(\\w+\\.)?event_type', 'login'),
          new RegExp(
            `${sqlNot('(\\w+\\.)?email', 'qa@quorvex\\.io').source}|NOT\\s+(IN|EXISTS)\\s*\\(\\s*SELECT[^;]*email\\s*(=|I?LIKE)\\s*'qa@quorvex\\.io'`,
            'i',
          ),
          new RegExp(`${sqlDayOf('occurred_at')}|date_trunc\\(\\s*'day'`, 'i'),
          sqlLast('occurred_at', '7 days?', 7),
        ],
      },
    },
  },
  {
    id: 'b74-multi-quorvex-powershell-daily-defender-sysmon-not-build-7d',
    question: 'powershell runs per day, defender vs sysmon, lst 7d - excl the QX-ENG-BLD-* boxes',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/powershell/i, kqlNot('DeviceName', 'QX-ENG-BLD-'), DAILY_KQL, kqlLast('7d|168h')],
      },
      spl: {
        table: 'sysmon',
        has: [/powershell/i, splNot('(host|Computer)', 'QX-ENG-BLD-'), DAILY_SPL, splLast('7d|168h')],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b74-multi-brindle-orders-and-5xx-week-over-week-not-cancelled',
    question:
      'Week over week: how many orders did we get this week vs last week (not counting cancelled ones), and how many 5xx errors did shop.brindleoak.com return over the same two weeks?',
    expect: {
      sql: {
        table: 'orders',
        has: [sqlNot('(\\w+\\.)?status', 'cancelled'), WEEK_SPLIT_SQL, SQL_LAST_WEEK_START],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
      spl: {
        table: 'Web',
        has: [
          /shop\.brindleoak\.com/i,
          /status\s*(>=?\s*"?(500|499)\b|=\s*"?5\*|IN\s*\(\s*"?5)|like\(\s*(Web\.)?status\s*,\s*"5%"|match\(\s*(Web\.)?status/i,
          WEEK_SPLIT_SPL,
          LAST_WEEK_START_SPL,
        ],
      },
    },
  },
  {
    id: 'b74-multi-fennimore-guest-share-o365-both-not-teams-month',
    question:
      'Please determine, in both Sentinel and Splunk, the share of Office 365 operations this month performed by guest accounts (user IDs containing #EXT#), excluding the Microsoft Teams workload.',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [/#EXT#/, kqlNot('OfficeWorkload', '(MicrosoftTeams|Microsoft Teams|Teams)'), RATIO, THIS_MONTH_KQL],
      },
      spl: {
        table: 'o365',
        has: [/#EXT#/, splNot('Workload', '\\*?(MicrosoftTeams|Microsoft Teams|Teams)'), RATIO_SPL, THIS_MONTH_SPL],
      },
    },
  },

  // Clarification: nothing to act on
  {
    id: 'b74-clarify-is-that-more-than-usual',
    question: 'is that more than normal?? vs the other one i mean, minus the usual exclusions',
    clarification: true,
  },
  {
    id: 'b74-clarify-proportion-improved',
    question:
      'Could you kindly confirm whether the proportion has improved relative to the previous period, excluding the agreed exceptions?',
    clarification: true,
  },
];

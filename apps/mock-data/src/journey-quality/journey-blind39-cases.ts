import type { JourneyCase } from './journey-cases';
import {
  kqlLast,
  TODAY_KQL,
  THIS_WEEK_KQL,
  THIS_MONTH_KQL,
  LAST_MONTH_END,
  COUNT_KQL,
  splLast,
  DAY1_SPL,
  TODAY_SPL,
  YESTERDAY_START_SPL,
  sqlDayOf,
  sqlInterval,
  sqlLast,
  kqlEvent,
  splEvent,
  WINDOWS_SECURITY_IDS_SPL,
  topSql,
  kqlShows,
  splShows,
  splAbove,
  sqlCountAbove,
  sqlIs,
  NOT_CUSTOMER_DATE_SQL,
  COUNT_SPL,
} from './journey-patterns';
import {
  LAST_MONTH_START,
  MONTH_START,
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
 * The "blind39" journey-quality set, written blind on 2026-11-27 (23:10–23:25 UTC). I did not read the
 * query builders (apps/mock-data/src/query/**), the constraint extractor or routing code (libs/planner-core),
 * planner-llm, the planner app, the git history of any of them, any failure list, or another blind author's
 * work in progress, and I did not run the planner on any question: by the lead's instruction the first run is
 * the lead's, on the final code. I read: issue 11, the `JourneyCase` / `QueryCheck` types in journey-cases.ts,
 * journey-dates.ts, journey-checkers.ts, journey-runner.ts, run-journeys.ts (to register the set), the mesh's
 * schemas (kql/spl/sql.json), blind37's file as the format example (some of its window and shape helpers,
 * which came from blind22 and blind27, are reused here; its questions and values are not), and the question
 * lines of the other sets (to avoid their questions and, where I could, their values).
 * Aim: resemble the held-back set of issue 11 (questions a new user types on a normal day).
 * Personas:
 * - a university IT security officer (ashgrove.edu): student accounts, residence-hall and student Wi-Fi
 *   ranges (172.16.40.0/22, 10.88.0.0/16), ports 6881 and 25, event IDs 4648 and 4771, a registrar's PC
 *   (REG-PC-114), Startup-folder file drops, consent to applications, a phished member of staff, tor.exe;
 * - a DevOps on-call engineer at a SaaS startup (tallyloop.io): Azure VM deallocations in rg-billing-prod,
 *   failed ARM deployments, python's http.server on laptops, webhook 5xx per 5 minutes, CloudTrail
 *   throttling for a deploy role, MFA-denied sign-ins (500121), node.exe talking to redis (6379) on build
 *   agents, api_key_created events, an IP (23.129.64.11), the deploy bot's account;
 * - a compliance auditor at an insurer (formal, complete sentences): "Add owner to application" last calendar
 *   month, 4738 year to date, legacy IMAP / POP sign-ins this quarter, SendAs in Office 365, audit policy
 *   changes (4719), the Claims department's inactive accounts (45 days, a condition, not a window), fiscal
 *   2025 Q4 budget variance, permission_granted events over a threshold, scheduled tasks (4698) on UW-SRV-07;
 * - a sales-operations analyst (loose, abbreviations): CAD bookings by month, top 15 Enterprise accounts in
 *   Canada, H1 2026 orders and AOV by country, first-time buyers this month by segment, the Audio category,
 *   stale pending USD orders over 2,500.
 * No question names a query language; some name a product (Entra, Defender, Sentinel, Splunk, sysmon,
 * CloudTrail, Office 365, "our app db"), most name the data.
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform, 2 clarification cases (38).
 * Shapes: counts, distinct counts, sums, averages, a difference of sums, thresholds after aggregation (> 15,
 * > 4 distinct, > 5), top N (15), hourly and 5-minute buckets, monthly buckets, by X and Y, columns to show,
 * ordering (largest first), negations (not cancelled), a first-occurrence question (MIN per customer), an
 * all-time question (no window).
 * Windows: last N minutes/hours/days (90m, 2h, 6h, 12h, 18h, 24h, 36h, 48h, 3d, 5d, 7d, 10d, 14d, 30d, 60d),
 * today, since 06:00 today, yesterday (both ends), this week, this month, this quarter, this year, the
 * previous calendar month (both ends), since an explicit date, an explicit range (H1 2026), fiscal months, and
 * two conditions that are not windows ("not logged in for 45 days", "older than 10 days").
 * Calendar windows are computed from the run's clock (UTC).
 * Checks accept every spelling I could think of for the same condition (==, =~, in, has; ago(7d) or
 * ago(168h); raw SPL or the matching data model; SQL literals, date_trunc, EXTRACT, intervals) and reject
 * only queries that do not answer the question.
 * Before committing I checked every case's checks against a query I wrote by hand for it (scratch script,
 * not committed; 54 hand queries, two or three spellings for some cases, calling the real checkers from
 * journey-checkers.ts: every `has` matched, no `not` did, and the Kusto analyser, the SPL check and
 * PostgreSQL reported no problem; a few wrong queries, e.g. a window on last_login_at, were rejected).
 * Not run on the planner by me: the lead does the first run on the final code.
 */

/** `now()` and its SQL spellings. */
const sqlNow = '(now\\(\\)|CURRENT_DATE|current_timestamp|localtimestamp)';

// KQL windows
/** The first day of this calendar quarter (UTC). */
const QUARTER_START = new Date(Date.UTC(TODAY.getUTCFullYear(), Math.floor(TODAY.getUTCMonth() / 3) * 3, 1));
/** This quarter's start (KQL has no `startofquarter`): the literal date, or a month start shifted by getmonth. */
const THIS_QUARTER_KQL = new RegExp(
  `${kqlDate(QUARTER_START)}|(startofmonth|datetime_add)\\([^|]*getmonth\\(|make_datetime\\(\\s*getyear\\(`,
);
const THIS_YEAR_KQL = new RegExp(`startofyear\\(\\s*now\\(\\)\\s*\\)|${kqlDate(YEAR_START)}`);
/** Since 06:00 today (KQL): the explicit datetime, or the day's start plus six hours. */
const SINCE_SIX_KQL = new RegExp(
  [
    `datetime\\(\\s*["']?${iso(TODAY)}[T ]0?6:00`,
    `startofday\\(\\s*now\\(\\)\\s*\\)\\s*\\+\\s*(6h|360m|time\\(\\s*0?6:00(:00)?\\s*\\))`,
    `datetime_add\\(\\s*["']hour["']\\s*,\\s*6\\s*,\\s*startofday\\(\\s*now\\(\\)\\s*\\)\\s*\\)`,
  ].join('|'),
);
/** The previous calendar month's start (KQL)… */
const PREV_MONTH_START_KQL = new RegExp(
  [
    `startofmonth\\(\\s*now\\(\\)\\s*,\\s*-1\\s*\\)`,
    `startofmonth\\(\\s*(ago\\(\\s*\\d+d\\s*\\)|startofmonth\\(\\s*now\\(\\)\\s*\\)\\s*-\\s*1d)\\s*\\)`,
    `datetime_add\\(\\s*["']month["']\\s*,\\s*-1\\s*,\\s*startofmonth\\(\\s*now\\(\\)\\s*\\)\\s*\\)`,
    kqlDate(LAST_MONTH_START),
  ].join('|'),
);
/** …and its end: before this month's start, or `endofmonth` of the previous month. */
const PREV_MONTH_END_KQL = new RegExp(
  [
    `(<|\\.\\.)\\s*startofmonth\\(\\s*now\\(\\)\\s*\\)`,
    `endofmonth\\(\\s*now\\(\\)\\s*,\\s*-1\\s*\\)`,
    `endofmonth\\(\\s*startofmonth\\(\\s*now\\(\\)\\s*,\\s*-1\\s*\\)\\s*\\)`,
    `(<|\\.\\.)\\s*${kqlDate(MONTH_START)}`,
    `(<=?|\\.\\.)\\s*datetime\\(\\s*["']?${iso(LAST_MONTH_END)}[T ]23`,
  ].join('|'),
);
/** An hourly bucket on the time column (KQL). */
const HOURLY_KQL =
  /bin\(\s*(TimeGenerated|Timestamp)\s*,\s*(1h|60m)\s*\)|startofhour\(\s*(TimeGenerated|Timestamp)\s*\)/;

// SPL windows
const THIS_YEAR_SPL = new RegExp(`earliest\\s*=\\s*"?(@y|-0y@y|${splDate(YEAR_START)})`);
const YESTERDAY_END_SPL = new RegExp(
  `latest\\s*=\\s*"?(@d|-0d@d|${splDate(TODAY)}|${usDate(YESTERDAY)}:23:59|${iso(YESTERDAY)}T23:59)`,
);

// SQL windows
/** Since the start of this <unit> on a column (SQL): date_trunc of now, or the literal first day. */
const sqlThis = (column: string, unit: string, start: Date) =>
  new RegExp(
    `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*(date_trunc\\(\\s*'${unit}'\\s*,\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?\\)|${sqlLiteral}${iso(start)})|date_trunc\\(\\s*'${unit}'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=\\s*date_trunc\\(\\s*'${unit}'\\s*,\\s*${sqlNow}`,
    'i',
  );
/** Today (SQL) on a column: from today's start, or the day compared as a whole. */
const sqlToday = (column: string) =>
  new RegExp(
    [
      sqlThis(column, 'day', TODAY).source,
      `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*(CURRENT_DATE|now\\(\\)\\s*::\\s*date)\\b(?!\\s*-)`,
      `${sqlDayOf(column)}\\s*=\\s*\\(?\\s*(CURRENT_DATE|now\\(\\)\\s*::\\s*date|${sqlLiteral}${iso(TODAY)})`,
    ].join('|'),
    'i',
  );
/** "older than N" on a column (SQL): a condition, not a window. */
const sqlOlderThan = (column: string, spellings: string, days: number) =>
  new RegExp(
    [
      `${column}\\s*(,[^)]*\\))?\\s*<=?\\s*\\(?\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?-\\s*${sqlInterval(spellings, days)}`,
      `age\\(\\s*(\\w+\\.)?${column}\\s*\\)\\s*>=?\\s*${sqlInterval(spellings, days)}`,
      `${sqlNow}\\s*(::\\s*\\w+\\s*)?-\\s*(\\w+\\.)?${column}\\s*(::\\s*\\w+\\s*)?\\)?\\s*(>=?)\\s*${sqlInterval(spellings, days)}`,
    ].join('|'),
    'i',
  );

/** A column the answer shows (SQL): named, or `SELECT *`. */
const sqlShows = (column: string) => new RegExp(`\\b(${column})\\b|SELECT\\s+(\\w+\\.)?\\*`, 'i');
/**
 * A value compared to a KQL column: `==`, `=~`, `has`, `contains`, or anywhere in an `in` / `has_any` list
 * (the value need not come first in the list).
 */
const kqlIs = (column: string, value: string) =>
  new RegExp(`${column}\\s*(==|=~|has|contains|(in~?|has_any)\\s*\\([^)]*?)\\s*["']${value}["']`, 'i');
/** Cancelled orders left out (SQL). */
const NOT_CANCELLED_SQL = /status\s*(<>|!=|NOT\s+IN\s*\(|NOT\s+I?LIKE)\s*[^;]*'cancell?ed'/i;
/** A window start on a column (SQL): `>=` now minus something, or a literal date. */
const sqlWindowOn = (column: string) =>
  new RegExp(`${column}\\s*(>=?|BETWEEN)\\s*\\(?\\s*(${sqlNow}|date_trunc|${sqlLiteral})`, 'i');
/** A sysmon search or the Endpoint data model (SPL). */
const SYSMON_OR_ENDPOINT_SPL = /index\s*=\s*"?sysmon|datamodel\s*=\s*"?Endpoint|Endpoint\.Processes/;

export const BLIND39_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: university IT security officer (Entra sign-ins and audit, Windows security events, Defender, Office)
  {
    id: 'b39-kql-uni-students-belarus-kazakhstan-5d',
    question:
      'any student accts (@students.ashgrove.edu) signing in to entra from belarus or kazakhstan past 5 days?? upn, ip, country',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /students\.ashgrove\.edu/i,
          /Belarus|["']BY["']/i,
          /Kazakhstan|["']KZ["']/i,
          kqlShows('UserPrincipalName'),
          kqlShows('IPAddress'),
          kqlShows('Location'),
          kqlLast('5d|120h|7200m'),
        ],
      },
    },
  },
  {
    id: 'b39-kql-uni-reg-pc-114-4648-since-six',
    question:
      "sentinel: 4648 (explicit creds) on the registrar's pc REG-PC-114 since 06:00 this morning - which target accounts?",
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4648), /REG-PC-114/i, kqlShows('TargetUserName'), SINCE_SIX_KQL],
      },
    },
  },
  {
    id: 'b39-kql-uni-res-halls-6881-week',
    question:
      'defender - devices in the res hall labs range 172.16.40.0/22 hitting port 6881 this week, and how often each',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /172\.16\.40\.0\/22/,
          /RemotePort\s*(==|in\s*\()\s*6881\b/,
          COUNT_KQL,
          /by\s+[^|]*(DeviceName|DeviceId)/,
          THIS_WEEK_KQL,
        ],
      },
    },
  },
  {
    id: 'b39-kql-uni-exam-office-sharing-month',
    question:
      'M365 logs in sentinel: has exam-office@ashgrove.edu done any SharingInvitationCreated this month? which files',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [
          kqlIs('Operation', 'SharingInvitationCreated'),
          /exam-office@ashgrove\.edu/i,
          kqlShows('SourceFileName|OfficeObjectId'),
          THIS_MONTH_KQL,
        ],
      },
    },
  },
  {
    id: 'b39-kql-uni-consent-to-application-10d',
    question: "entra audit - how many 'Consent to application' events per app in the last 10 days",
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [
          kqlIs('(OperationName|ActivityDisplayName)', 'Consent to application'),
          COUNT_KQL,
          /by\s+[^|]*TargetResources|TargetResources[\s\S]*\|\s*summarize[^|]*by\s/,
          kqlLast('10d|240h'),
        ],
      },
    },
  },

  // KQL: DevOps on-call engineer (Azure activity, Defender on laptops)
  {
    id: 'b39-kql-devops-rg-billing-prod-vm-36h',
    question: 'who deallocated or restarted VMs in rg-billing-prod in the past 36h? caller + ip',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          /rg-billing-prod/i,
          /deallocate/i,
          /restart/i,
          kqlShows('Caller'),
          kqlShows('CallerIpAddress'),
          kqlLast('36h|2160m|1\\.5d'),
        ],
      },
    },
  },
  {
    id: 'b39-kql-devops-failed-deployments-hourly-today',
    question: 'failed Microsoft.Resources/deployments/write today, per hour and resource group',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          /Microsoft\.Resources\/deployments\/write/i,
          /ActivityStatusValue\s*(==|=~|in~?\s*\(|has|contains|startswith)[^|]*Fail/i,
          COUNT_KQL,
          HOURLY_KQL,
          /by\s+[^|]*ResourceGroup/,
          TODAY_KQL,
        ],
      },
    },
  },
  {
    id: 'b39-kql-devops-python-http-server-10d',
    question:
      'defender: anyone running python -m http.server on the eng laptops in the last 10 days? device, acct, cmdline',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /python/i,
          /http\.server/,
          kqlShows('DeviceName'),
          kqlShows('AccountName'),
          kqlShows('ProcessCommandLine'),
          kqlLast('10d|240h'),
        ],
      },
    },
  },

  // KQL: compliance auditor at an insurer (formal)
  {
    id: 'b39-kql-audit-add-owner-application-prev-month',
    question:
      'For the control test, please list all "Add owner to application" operations recorded in the Entra ID audit log during the previous calendar month, with the initiator and the target application.',
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [
          kqlIs('(OperationName|ActivityDisplayName)', 'Add owner to application'),
          kqlShows('InitiatedBy'),
          kqlShows('TargetResources'),
          PREV_MONTH_START_KQL,
          PREV_MONTH_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b39-kql-audit-4738-per-dc-ytd',
    question:
      'Please state, from Microsoft Sentinel, the number of user account changes (event ID 4738) per domain controller since 1 January of this year.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4738), COUNT_KQL, /by\s+[^|]*Computer/, THIS_YEAR_KQL],
      },
    },
  },
  {
    id: 'b39-kql-audit-legacy-imap-pop-quarter',
    question:
      'Kindly provide the number of Entra ID sign-ins that used legacy authentication protocols (IMAP4 or POP3) per user for the current quarter to date.',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [/IMAP/i, /POP/i, COUNT_KQL, /by\s+[^|]*(UserPrincipalName|UserId|UserDisplayName)/, THIS_QUARTER_KQL],
      },
    },
  },

  // SPL: university IT security officer
  {
    id: 'b39-spl-uni-4771-over-15-per-user-2h',
    question: 'splunk: kerb preauth fails (4771) >15 per user last 2 hrs',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [splEvent(4771), /by\s+[^|]*\buser\b/i, splAbove(15), splLast('2h|120m')],
      },
    },
  },
  {
    id: 'b39-spl-uni-sysmon-startup-folder-3d',
    question: 'sysmon - new files written into Startup folders in the past 3 days? host, image and the file',
    expect: {
      spl: {
        table: 'sysmon',
        has: [/Startup/i, splShows('host'), splShows('Image'), splShows('TargetFilename'), splLast('3d|72h|4320m')],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b39-spl-uni-student-wifi-smtp-today',
    question: 'firewall: outbound smtp (port 25) from student wifi 10.88.0.0/16 today — src ips + connection counts',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /10\.88\.0\.0\/16|10\.88\.\*/,
          /dest_port\s*(=|IN\s*\()\s*"?25\b/,
          COUNT_SPL,
          /by\s+[^|]*\b(All_Traffic\.)?src(_ip)?\b/,
          TODAY_SPL,
        ],
      },
    },
  },
  {
    id: 'b39-spl-uni-auth-over-4-distinct-src-24h',
    question: 'authentication datamodel: users w/ successful logins from more than 4 distinct sources, last 24 hrs',
    expect: {
      spl: {
        table: 'Authentication',
        has: [
          /action\s*(=|IN\s*\()\s*"?success/i,
          /\b(dc|distinct_count|estdc)\(\s*"?(Authentication\.)?src\b/,
          /by\s+[^|]*\buser\b/,
          splAbove(4),
          DAY1_SPL,
        ],
      },
    },
  },

  // SPL: DevOps on-call engineer
  {
    id: 'b39-spl-devops-webhooks-5xx-5min-2h',
    question: 'web 5xx on /v2/webhooks per 5 min, last 2h',
    expect: {
      spl: {
        table: 'Web',
        has: [
          /\/v2\/webhooks/,
          /(Web\.)?status\s*(>=\s*"?(500|499)\b|>\s*"?499\b|=\s*"?5\*|IN\s*\(\s*"?5\d\d)|like\(\s*(Web\.)?status\s*,\s*"5%"|match\(\s*(Web\.)?status\s*,\s*"\^?5/,
          COUNT_SPL,
          /span\s*=\s*(5m|5min|5mins|5minutes|300s?)\b/,
          splLast('2h|120m'),
        ],
      },
    },
  },
  {
    id: 'b39-spl-devops-cloudtrail-throttling-deploy-bot-6h',
    question: 'cloudtrail ThrottlingException for the deploy-bot role in the last 6h - count by eventName',
    expect: {
      spl: {
        table: 'aws',
        has: [/ThrottlingException/, /deploy-bot/, COUNT_SPL, /by\s+[^|]*\beventName\b/, splLast('6h|360m')],
      },
    },
  },
  {
    id: 'b39-spl-devops-aad-500121-per-app-yday',
    question: 'splunk aad signins - mfa denied (500121) yesterday, how many per app?',
    expect: {
      spl: {
        table: 'azure',
        has: [/500121/, COUNT_SPL, /by\s+[^|]*properties\.appDisplayName/, YESTERDAY_START_SPL, YESTERDAY_END_SPL],
      },
    },
  },
  {
    id: 'b39-spl-devops-sysmon-node-redis-build-agents-12h',
    question: 'sysmon: node.exe connecting to 6379 from the build agents (BUILD-AG-0*), last 12h, by dest ip',
    expect: {
      spl: {
        table: 'sysmon',
        has: [
          /node\.exe/i,
          /DestinationPort\s*(=|IN\s*\()\s*"?6379\b/,
          /BUILD-AG-0/i,
          /by\s+[^|]*\bDestinationIp\b/,
          splLast('12h|720m'),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },

  // SPL: compliance auditor
  {
    id: 'b39-spl-audit-o365-sendas-60d',
    question:
      'Please provide all SendAs operations recorded in the Office 365 audit data in Splunk over the last 60 days, with the user and the client IP address.',
    expect: {
      spl: {
        table: 'o365',
        has: [/SendAs/, splShows('UserId'), splShows('ClientIP'), splLast('60d|1440h|2mon')],
      },
    },
  },
  {
    id: 'b39-spl-audit-4719-per-host-ytd',
    question:
      'Number of system audit policy changes (event code 4719) per host in the Splunk Windows event logs since the start of the year.',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [splEvent(4719), COUNT_SPL, /by\s+[^|]*\b(host|dest|Computer)\b/, THIS_YEAR_SPL],
      },
    },
  },

  // SQL: sales-operations analyst (orders, customers, products)
  {
    id: 'b39-sql-salesops-cad-bookings-monthly-since-may',
    question: 'monthly bookings in CAD since 2026-05-01, excl cancelled',
    expect: {
      sql: {
        table: 'orders',
        has: [
          sqlIs('currency', 'CAD'),
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          /date_trunc\(\s*'month'\s*,\s*(\w+\.)?created_at|EXTRACT\(\s*MONTH\s+FROM\s+(\w+\.)?created_at|to_char\(\s*(\w+\.)?created_at\s*,\s*'YYYY-MM/i,
          /created_at\s*(>=|BETWEEN)\s*(TIMESTAMPTZ\s*|DATE\s*|TIMESTAMP\s*|CAST\(\s*)?'2026-05-01/i,
          NOT_CANCELLED_SQL,
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b39-sql-salesops-top15-enterprise-canada',
    question: 'top 15 Enterprise accts in Canada by total order value (all time), biggest first',
    expect: {
      sql: {
        table: 'orders',
        has: [
          sqlIs('segment', 'enterprise'),
          /'(Canada|CA)'/i,
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          /ORDER BY[^;]*DESC/i,
          topSql(15),
        ],
        not: [/created_at\s*(>|>=|BETWEEN)/i],
      },
    },
  },
  {
    id: 'b39-sql-salesops-h1-orders-aov-by-country',
    question: 'H1 2026 (jan-jun): # of orders and AOV per country',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /COUNT\(/i,
          /AVG\(\s*(\w+\.)?total\s*\)|SUM\(\s*(\w+\.)?total\s*\)\s*\/\s*(NULLIF\()?\s*COUNT\(/i,
          /GROUP BY[^;]*country/i,
          /created_at\s*(>=|BETWEEN)\s*(TIMESTAMPTZ\s*|DATE\s*|TIMESTAMP\s*|CAST\(\s*)?'2026-01-01|EXTRACT\(\s*YEAR\s+FROM\s+(\w+\.)?created_at\s*\)\s*=\s*2026\b/i,
          /created_at\s*<\s*(TIMESTAMPTZ\s*|DATE\s*|TIMESTAMP\s*|CAST\(\s*)?'2026-07-01|created_at\s*<=\s*(TIMESTAMPTZ\s*|DATE\s*|TIMESTAMP\s*|CAST\(\s*)?'2026-06-30|AND\s*(TIMESTAMPTZ\s*|DATE\s*|TIMESTAMP\s*|CAST\(\s*)?'2026-(06-30|07-01)|EXTRACT\(\s*MONTH\s+FROM\s+(\w+\.)?created_at\s*\)\s*(<=\s*6|<\s*7|BETWEEN\s*1\s*AND\s*6)\b|EXTRACT\(\s*QUARTER\s+FROM\s+(\w+\.)?created_at\s*\)\s*(IN\s*\(\s*1\s*,\s*2\s*\)|<=\s*2\b|<\s*3\b|BETWEEN\s*1\s*AND\s*2\b)/i,
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b39-sql-salesops-first-time-buyers-month-by-segment',
    question:
      'how many first-time buyers this month (customers whose very first order was this month), split by segment?',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /MIN\(\s*(\w+\.)?created_at\s*\)|NOT\s+EXISTS|NOT\s+IN\s*\(/i,
          new RegExp(`date_trunc\\(\\s*'month'\\s*,\\s*${sqlNow}|${sqlLiteral}${iso(MONTH_START)}`, 'i'),
          /GROUP BY[^;]*segment/i,
          /COUNT\(/i,
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b39-sql-salesops-audio-units-revenue-7d',
    question: 'Audio category, last 7 days: units sold + revenue per product. product names pls',
    expect: {
      sql: {
        table: 'order_items',
        has: [
          sqlIs('category', 'Audio'),
          /SUM\(\s*(\w+\.)?quantity\s*\)/i,
          /SUM\(\s*(\w+\.)?(quantity\s*\*\s*(\w+\.)?unit_price|unit_price\s*\*\s*(\w+\.)?quantity)\s*\)/i,
          /GROUP BY[^;]*(name|product_id)/i,
          sqlLast('created_at', '7 days?|1 weeks?|168 hours?', 7),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b39-sql-salesops-stale-pending-usd-over-2500',
    question: 'pending USD orders over 2,500 that are older than 10 days - order id, customer name, total',
    expect: {
      sql: {
        table: 'orders',
        has: [
          sqlIs('status', 'pending'),
          sqlIs('currency', 'USD'),
          /total\s*(>\s*2500|>=\s*2500\.01)\b/i,
          // "Older than 10 days" is a condition on the order's date, not the query's window.
          sqlOlderThan('created_at', '10 days?|240 hours?', 10),
          /order_id/,
          /\bname\b/,
        ],
        not: [sqlWindowOn('created_at')],
      },
    },
  },

  // SQL: compliance auditor (app users, budget, events)
  {
    id: 'b39-sql-audit-claims-inactive-45d',
    question:
      'As part of the annual access recertification, please provide a list of all active application accounts in the Claims department that have not logged in within the last 45 days, together with their email address, role and the date of their last login.',
    expect: {
      sql: {
        table: 'users',
        has: [
          sqlIs('department', 'Claims'),
          /active\s*(=\s*(true|'t'|'true'|1)\b|IS\s+TRUE)|(WHERE|AND)\s+(\w+\.)?active\b(?!\s*(=|<>|!=|IS\s+(NOT|FALSE)))/i,
          // "Not logged in within 45 days" is a condition on last_login_at, not the query's window.
          sqlOlderThan('last_login_at', '45 days?|1080 hours?', 45),
          /email/,
          /role/,
          /last_login_at/,
        ],
        not: [sqlWindowOn('last_login_at')],
      },
    },
  },
  {
    id: 'b39-sql-audit-budget-variance-fy2025-q4',
    question:
      'Please report, for each department, the budget, the amount spent and the variance for fiscal year 2025, months 10 to 12 only.',
    expect: {
      sql: {
        table: 'budget',
        has: [
          /fiscal_year\s*(=|IN\s*\()\s*2025\b/i,
          /fiscal_month\s*(BETWEEN\s*10\s*AND\s*12|IN\s*\(\s*10\s*,\s*11\s*,\s*12\s*\)|>=\s*10|>\s*9)\b/i,
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          /SUM\(\s*(\w+\.)?spent\s*\)/i,
          /GROUP BY[^;]*department/i,
        ],
      },
    },
  },
  {
    id: 'b39-sql-audit-permission-granted-over-5-month',
    question:
      'Which users performed more than five permission_granted events in the application this month? Please include their email and the count.',
    expect: {
      sql: {
        table: 'events',
        has: [
          sqlIs('event_type', 'permission_granted'),
          sqlCountAbove(5),
          /email/,
          sqlThis('occurred_at', 'month', MONTH_START),
        ],
      },
    },
  },

  // SQL: DevOps on-call engineer
  {
    id: 'b39-sql-devops-api-key-created-48h',
    question: 'api_key_created events in the app db, last 48h — who (email) and from which ip',
    expect: {
      sql: {
        table: 'events',
        has: [
          sqlIs('event_type', 'api_key_created'),
          /email/,
          sqlShows('ip_address'),
          sqlLast('occurred_at', '48 hours?|2 days?|2880 minutes?', 2),
        ],
      },
    },
  },

  // Two platforms
  {
    id: 'b39-multi-uni-lindqvist-phished-signins-o365-18h',
    question:
      'one of our lecturers, r.lindqvist@ashgrove.edu, entered her password on a fake library login page yesterday evening and the helpdesk only told us now. can you pull her entra sign-ins and everything she did in office 365 (the o365 data we have in splunk) over the last 18 hours so we can see if somebody else got in?',
    expect: {
      kql: { table: 'SigninLogs', has: [/r\.lindqvist@ashgrove\.edu/i, kqlLast('18h|1080m')] },
      spl: { table: 'o365', has: [/r\.lindqvist@ashgrove\.edu/i, splLast('18h|1080m')] },
    },
  },
  {
    id: 'b39-multi-devops-23-129-cloudtrail-azure-90m',
    question: '23.129.64.11 hammering us?? cloudtrail calls + azure activity from it, last 90 min',
    expect: {
      kql: { table: 'AzureActivity', has: [kqlIs('CallerIpAddress', '23\\.129\\.64\\.11'), kqlLast('90m|1\\.5h')] },
      spl: { table: 'aws', has: [/sourceIPAddress\s*(=|IN\s*\()\s*"?23\.129\.64\.11/, splLast('90m|1\\.5h')] },
    },
  },
  {
    id: 'b39-multi-audit-4698-uw-srv-07-14d',
    question:
      'Please confirm whether any scheduled task was created (event ID 4698) on host UW-SRV-07 during the last 14 days, in both Sentinel and Splunk.',
    expect: {
      kql: { table: 'SecurityEvent', has: [kqlEvent(4698), /UW-SRV-07/i, kqlLast('14d|336h|2w')] },
      spl: { table: 'wineventlog', has: [splEvent(4698), /UW-SRV-07/i, splLast('14d|336h|2w')] },
    },
  },
  {
    id: 'b39-multi-devops-deploy-bot-signins-appdb-today',
    question: 'deploy-bot@tallyloop.io acting weird - its entra sign-ins today + its events in our app db today',
    expect: {
      kql: { table: 'SigninLogs', has: [/deploy-bot@tallyloop\.io/i, TODAY_KQL] },
      sql: { table: 'events', has: [/'deploy-bot@tallyloop\.io'/i, sqlToday('occurred_at')] },
    },
  },
  {
    id: 'b39-multi-uni-tor-exe-30d',
    question: 'tor.exe on any campus machine in the last 30 days? defender + sysmon, which machines',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/tor\.exe/i, kqlShows('DeviceName'), kqlLast('30d|720h')],
      },
      spl: {
        has: [SYSMON_OR_ENDPOINT_SPL, /tor\.exe/i, splShows('host|dest'), splLast('30d|720h|1mon')],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },

  // Clarification: nothing to act on
  { id: 'b39-clarify-pull-it-again', question: 'can u pull it again w/ the new filter', clarification: true },
  {
    id: 'b39-clarify-further-to-earlier',
    question: 'Further to my earlier message, kindly advise.',
    clarification: true,
  },
];

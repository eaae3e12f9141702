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
  YEAR,
  YEAR_START,
  YESTERDAY,
  iso,
  kqlDate,
  splDate,
  sqlLiteral,
  usDate,
} from './journey-dates';

/**
 * The "blind34" journey-quality set, written blind on 2026-11-27 (20:31–20:50 UTC). I did not read the
 * query builders (apps/mock-data/src/query/**), the constraint extractor or routing code (libs/planner-core),
 * planner-llm, the planner app, the git history of any of them, any failure list, or another blind author's
 * work in progress. I read: issue 11, the `JourneyCase` / `QueryCheck` types in journey-cases.ts,
 * journey-dates.ts, journey-checkers.ts, run-journeys.ts (to register the set), the mesh's schemas
 * (kql/spl/sql.json), blind27's file as the format example (its window and shape helpers, which came from
 * blind22, are reused here; its questions and values are not), and the question lines of the other sets (to
 * avoid repeating them).
 * Aim: resemble the held-back set of issue 11 (questions a new user types on a normal day): mostly ordinary
 * one-liners, some loose ("pls", "no.", "hrs", "avg", "dept", "+"), some formal.
 * Personas, at brightlane.io (a web shop): a cloud engineer who looks after the AWS and Azure accounts and the
 * web servers (Azure Portal sign-ins, deletions in a resource group, NSG changes, Entra app secrets, failed
 * Azure operations, web-prd-0x hosts and IIS w3wp.exe, CloudTrail TerminateInstances / AssumeRole / error
 * codes, web 500s, bytes out, scripted user agents, RDP to the web subnet, lockouts, new local accounts, an IP
 * in Azure and AWS), and a customer-support manager (refunds, support tickets as app events ticket_opened /
 * ticket_escalated, a customer lookup, unpaid invoices, new customers, order value per segment, idle agents,
 * cancelled Dutch orders, the support mailbox, Zendesk sign-ins, a refunds export, a double-charge complaint, a
 * leaver).
 * The SQL schema has no tickets table, so tickets are asked as app events with the event type named.
 * No question names a query language; some name a product (Azure, Entra, Defender, Sentinel, Splunk, sysmon,
 * CloudTrail, o365, sharepoint, Zendesk, "our db"), most name the data.
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform, 2 clarification cases (38).
 * Values: UPNs / emails (c.ibarra@brightlane.io, support@brightlane.io, dana.whitfield@gmail.com), IPs
 * (198.51.100.23, 20.61.4.18, 81.2.69.142), a CIDR (10.20.30.0/24), ports (443, 3389), hosts (web-prd-01..03),
 * event IDs (4625, 4740, 4720), process names (w3wp.exe, cmd.exe, powershell.exe), a file name
 * (refunds-export.xlsx), apps (Azure Portal, Zendesk), a resource group (rg-prod-web), Azure operations
 * (networkSecurityGroups/write), an Entra audit operation (quoted), an Office operation (MailboxLogin,
 * New-InboxRule), AWS calls, error and region (TerminateInstances, AssumeRole, AccessDenied, us-east-1), a URL
 * path and HTTP status (/checkout/pay, 500), a user-agent string (python-requests), firewall action (allowed),
 * app event types (ticket_opened, ticket_escalated), statuses (refunded, unpaid, cancelled), amounts with
 * currency (€200, £1,000), countries (Netherlands), a department (Support).
 * Shapes: counts, distinct counts, sums, averages, thresholds after aggregation (> 3), top N (5, 10), hourly
 * and daily buckets, by X, ordering (biggest first, oldest due date first), columns to show, a negation (not
 * counting AccessDenied).
 * Windows: last N hours/days (6h, 12h, 24h, 48h, 72h, 3d, 5d, 7d, 14d, 30d, 90d), today / since midnight,
 * yesterday (both ends), this week, since Monday, this month, last month (both ends), this quarter, this year,
 * since a date (Nov 1), an explicit range (1–15 November), and an inactivity condition ("haven't logged in for
 * 30 days", not a window). Calendar windows are computed from the run's clock (UTC).
 * Checks accept every spelling I could think of for the same condition (==, =~, in, has; ago(7d) or
 * ago(168h); raw SPL or the matching data model; SQL literals, date_trunc, EXTRACT, intervals) and reject
 * only queries that do not answer the question.
 * Before running it I checked every case's checks against a query I wrote by hand for it (scratch script, not
 * committed, calling `createJourneyCheckers`): every `has` matched, no `not` did, and the real checkers (Kusto
 * analyser, SPL check, PostgreSQL) found no problem in any hand query; the table checks were not run on them.
 * To write that script I looked up the export names of query/testing/bundled-schemas.ts (one grep of its
 * `export` lines; run-journeys.ts imports it), nothing else under query/.
 * First run (20:34 UTC, set committed as 2df3310, `npm run eval:journeys -- --sets blind34 --verbose`, in
 * process): 31/38 passed (81.6 %); platforms right on 34/38 (32/36 real cases: sysmon instead of Defender for
 * the web-prd-03 port 443 question, the app db instead of the web logs for python-requests, Entra sign-ins
 * instead of the app db for idle support agents, Azure only for 198.51.100.23 with the AWS side missing; 2/2
 * clarifications). Failing: those four, the support mailbox logins (SigninLogs instead of OfficeActivity), the
 * top 5 escalating agents (no grouping by agent), and w3wp.exe on web-prd-02 (host dropped on both platforms).
 * Second commit (fairness review of the first run's queries; each change marked "Second commit" below): no
 * failing query answered its question, so no check was loosened; one check had accepted a query that does not:
 * - tightened b34-spl-cloud-fw-3389-web-subnet-48h: the run put 10.20.30.0/24 on src_ip, which finds RDP
 *   from the web subnet, not to it; the subnet must now be on the destination.
 * After the second commit (20:36 UTC, same command): 30/38 passed (78.9 %); platforms right on 34/38 (32/36
 * real cases, 2/2 clarifications); the seven first-run failures and the subnet question fail.
 * Not changed, though debatable: b34-kql-cloud-web-prd-03-top10-remote-443-24h names no product; the run
 * answered it from sysmon (DestinationPort=443 on host web-prd-03, top 10 DestinationIp), which is outbound
 * traffic to port 443 and would answer the loose reading too. A platform choice is not a spelling, so it keeps
 * its expectation (as blind26 and blind27 did).
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
/** A daily bucket on the time column (KQL). */
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

/** "since Monday" (SPL): the week starting on Monday, not Sunday. */
const SINCE_MONDAY_SPL = new RegExp(`earliest\\s*=\\s*"?(@w1|-0w@w1|${splDate(MONDAY)})`);
/** An hourly bucket (SPL): `span=1h` on timechart or bin. */
const HOURLY_SPL = /span\s*=\s*"?(1h|60m)\b/;
/** The 1st of November this year, for "since Nov 1" and the explicit range. */
const NOV_1 = new Date(Date.UTC(YEAR, 10, 1));
/** The 15th and 16th of November this year (the range's last day, and the day after). */
const NOV_15 = new Date(Date.UTC(YEAR, 10, 15));
const NOV_16 = new Date(Date.UTC(YEAR, 10, 16));
/** A support agent's last login at least 30 days ago (SQL): a condition on last_login_at, not a window. */
const SQL_INACTIVE_30_LOGIN = new RegExp(
  `last_login_at\\s*(<=?\\s*\\(?\\s*${sqlNow}\\s*-\\s*(interval\\s*'(30 days?|1 mons?|1 months?)'|'(30 days?|1 mons?|1 months?)'\\s*::\\s*interval|30\\b|make_interval\\(\\s*days\\s*=>\\s*30\\))|<=?\\s*${sqlLiteral}\\d{4}-\\d{2}-\\d{2})`,
  'i',
);
/** A day bucket on a column (SQL). */
const sqlDailyBucket = (column: string) => new RegExp(sqlDayOf(column), 'i');
/** The brightlane.io support address or mailbox. */
const SUPPORT_MAILBOX = /support@brightlane\.io/i;

export const BLIND34_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: Entra sign-ins and audit, Azure activity, Defender on the web servers, Office 365
  {
    id: 'b34-kql-cloud-azure-portal-failed-per-user-12h',
    question: 'failed sign ins to the Azure Portal over the last 12 hours, per user',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /(AppDisplayName\b|\*\s*(has|contains))[^|]*Azure Portal/i,
          FAILED_SIGNIN_KQL,
          /by\s+[^|]*(UserPrincipalName|UserDisplayName|UserId)\b/,
          kqlLast('12h|720m'),
        ],
      },
    },
  },
  {
    id: 'b34-kql-cloud-rg-prod-web-deletes-yday',
    question: 'Was anything deleted in resource group rg-prod-web yesterday? Who did it and from which IP?',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          kqlIs('ResourceGroup', 'rg-prod-web'),
          /delete/i,
          kqlShows('Caller'),
          kqlShows('CallerIpAddress'),
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b34-kql-cloud-nsg-write-week',
    question: 'who touched our network security groups in azure this week? (networkSecurityGroups/write)',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [/networkSecurityGroups\/write/i, kqlShows('Caller'), THIS_WEEK_KQL],
      },
    },
  },
  {
    id: 'b34-kql-cloud-web-prd-03-top10-remote-443-24h',
    question: 'top 10 remote ips talking to web-prd-03 on port 443 in the last 24 hrs',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /DeviceName\s*(==|=~|has|contains|startswith|in~?\s*\()\s*["']web-prd-03/i,
          /(RemotePort|LocalPort)\s*(==|in\s*\()\s*["']?443\b/,
          /by\s+[^|]*RemoteIP/,
          topKql(10),
          DAY1_KQL,
        ],
      },
    },
  },
  {
    id: 'b34-kql-cloud-w3wp-spawning-shells-7d',
    question: 'has w3wp.exe spawned cmd.exe or powershell.exe on any of the IIS boxes in the past 7 days?',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/InitiatingProcessFileName[^|]*w3wp/i, /cmd\.exe/i, /powershell/i, kqlLast('7d|168h|1w')],
      },
    },
  },
  {
    id: 'b34-kql-cloud-4625-web-prd-01-by-ip-today',
    question: 'how many failed logons (4625) on WEB-PRD-01 today, broken down by source IP',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4625),
          /Computer\s*(==|=~|has|contains|startswith|in~?\s*\()\s*["']WEB-PRD-01/i,
          COUNT_KQL,
          /by\s+[^|]*IpAddress/,
          TODAY_KQL,
        ],
      },
    },
  },
  {
    id: 'b34-kql-support-zendesk-distinct-users-month',
    question: 'how many different people have signed into Zendesk this month?',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /(AppDisplayName\b|\*\s*(has|contains))[^|]*Zendesk/i,
          /dcount\(\s*(UserPrincipalName|UserId)\s*\)|count_distinct\(\s*(UserPrincipalName|UserId)\s*\)/,
          THIS_MONTH_KQL,
        ],
      },
    },
  },
  {
    id: 'b34-kql-support-mailbox-logins-3d',
    question: 'Who has logged into the support@brightlane.io shared mailbox in the past 3 days (MailboxLogin)?',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [/MailboxLogin/, SUPPORT_MAILBOX, kqlShows('UserId'), kqlLast('3d|72h')],
      },
    },
  },
  {
    id: 'b34-kql-support-refunds-export-download-week',
    question: 'did anybody download refunds-export.xlsx from sharepoint this week?',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [/refunds-export\.xlsx/i, /download/i, kqlShows('UserId'), THIS_WEEK_KQL],
      },
    },
  },
  {
    id: 'b34-kql-cloud-entra-app-secrets-30d',
    question:
      "any new client secrets added to app registrations in Entra over the last 30 days? ('Update application – Certificates and secrets management')",
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [/Certificates and secrets management/i, kqlShows('InitiatedBy'), kqlLast('30d|720h')],
      },
    },
  },
  {
    id: 'b34-kql-cloud-azure-failed-ops-provider-daily-since-nov1',
    question: 'failed azure operations per day by resource provider since Nov 1',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          /ActivityStatusValue\s*(==|=~|has|contains|in~?\s*\()\s*["']Fail/i,
          /by\s+[^|]*ResourceProviderValue/,
          DAILY_KQL,
          new RegExp(`TimeGenerated\\s*(>=?|between\\s*\\()\\s*${kqlDate(NOV_1)}`),
        ],
      },
    },
  },

  // SPL: cloudtrail, the azure index, o365, windows logs, the Web and Network_Traffic data models
  {
    id: 'b34-spl-cloud-terminateinstances-us-east-1-week',
    question: 'cloudtrail - TerminateInstances in us-east-1 this week, count by arn',
    expect: {
      spl: {
        table: 'aws',
        has: [/TerminateInstances/, /us-east-1/, /by\s+[^|]*userIdentity\.arn/, THIS_WEEK_SPL],
      },
    },
  },
  {
    id: 'b34-spl-cloud-assumerole-distinct-ips-per-arn-yday',
    question: 'how many distinct source IPs called AssumeRole yesterday, per arn?',
    expect: {
      spl: {
        table: 'aws',
        has: [
          /AssumeRole/,
          /(dc|distinct_count|estdc)\(\s*"?sourceIPAddress"?\s*\)/,
          /by\s+[^|]*userIdentity\.arn/,
          YESTERDAY_START_SPL,
          YESTERDAY_END_SPL,
        ],
      },
    },
  },
  {
    id: 'b34-spl-cloud-top5-errorcodes-not-accessdenied-7d',
    question: 'Top 5 cloudtrail error codes in the past week, not counting AccessDenied.',
    expect: {
      spl: {
        table: 'aws',
        has: [
          /errorCode/,
          /(errorCode\s*!=\s*"?AccessDenied|NOT\s+errorCode\s*=\s*"?AccessDenied|errorCode\s+NOT\s+IN\s*\([^)]*AccessDenied)/i,
          topSpl(5),
          splLast('7d|168h|1w'),
        ],
      },
    },
  },
  {
    id: 'b34-spl-web-500-checkout-pay-per-server-6h',
    question: 'web servers: http 500s on /checkout/pay in the last 6 hours, count per server',
    expect: {
      spl: {
        table: 'Web',
        has: [/status\s*(=|IN\s*\()\s*"?500\b/, /\/checkout\/pay/, /by\s+[^|]*\b(dest|host)\b/, splLast('6h|360m')],
      },
    },
  },
  {
    id: 'b34-spl-web-top10-urls-bytes-out-today',
    question: 'which 10 urls sent the most bytes out from our web servers today? total per url',
    expect: {
      spl: {
        table: 'Web',
        has: [/sum\(\s*"?(Web\.)?bytes_out"?\s*\)/, /by\s+[^|]*\b(Web\.)?url\b/, topSpl(10), TODAY_SPL],
      },
    },
  },
  {
    id: 'b34-spl-web-python-requests-hourly-today',
    question: "requests with 'python-requests' in the user agent, per hour since midnight",
    expect: {
      spl: {
        table: 'Web',
        has: [/http_user_agent[^|]*python-requests/i, HOURLY_SPL, TODAY_SPL],
      },
    },
  },
  {
    id: 'b34-spl-azure-ip-users-apps-month',
    question: 'splunk azure index: who signed in from 20.61.4.18 this month, and to which apps?',
    expect: {
      spl: {
        table: 'azure',
        has: [
          /properties\.ipAddress\s*(=|IN\s*\()\s*"?20\.61\.4\.18\b/,
          splShows('properties.userPrincipalName'),
          splShows('properties.appDisplayName'),
          THIS_MONTH_SPL,
        ],
      },
    },
  },
  {
    id: 'b34-spl-support-o365-new-inboxrule-14d',
    question: 'o365: any New-InboxRule on our mailboxes in the last 14 days? by user pls',
    expect: {
      spl: {
        table: 'o365',
        has: [/Operation\s*(=|IN\s*\()\s*"?New-InboxRule/i, /by\s+[^|]*UserId/, splLast('14d|336h|2w')],
      },
    },
  },
  {
    id: 'b34-spl-cloud-fw-3389-web-subnet-48h',
    question: 'firewall: allowed connections to port 3389 in our web subnet 10.20.30.0/24 over the last 48h, by src ip',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /dest_port\s*(=|IN\s*\()\s*"?3389\b/,
          // Second commit: the subnet is where the connections go, so it must be on the destination.
          /dest(_ip)?\s*(=|IN\s*\()\s*"?10\.20\.30\.(0\/24|\*)|cidrmatch\(\s*"10\.20\.30\.0\/24"\s*,\s*"?(All_Traffic\.)?dest(_ip)?\b/,
          /action\s*(=|IN\s*\()\s*"?(allow|allowed|accept|permitted)/i,
          /by\s+[^|]*\bsrc(_ip)?\b/,
          splLast('48h|2d|2880m'),
        ],
        // Second commit: the subnet on the source finds connections from the web servers, not to them.
        not: [/src(_ip)?\s*(=|IN\s*\()\s*"?10\.20\.30\./],
      },
    },
  },
  {
    id: 'b34-spl-cloud-4740-lockouts-per-user-since-monday',
    question: 'account lockouts (4740) in the windows event logs since monday, count per user',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [splEvent(4740), /by\s+[^|]*\buser\b/, SINCE_MONDAY_SPL],
      },
    },
  },

  // SQL: the shop's database, for support (refunds, tickets as app events, customers, invoices)
  {
    id: 'b34-sql-support-eur-refunds-over-200-month',
    question: 'refunds over €200 this month - order id, customer and amount',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /status\s*(=|IN\s*\()\s*'refunded'/i,
          /currency\s*(=|IN\s*\()\s*'EUR'/i,
          /total\s*(>\s*200|>=\s*200)\b/i,
          /order_id/,
          /customer/i,
          sqlThis('created_at', 'month', MONTH_START),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b34-sql-support-more-than-3-refunds-year',
    question: 'which customers got more than 3 refunds this year? name + email',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /status\s*(=|IN\s*\()\s*'refunded'/i,
          sqlCountAbove(3),
          /name/,
          /email/,
          sqlThis('created_at', 'year', YEAR_START),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b34-sql-support-tickets-opened-daily-14d',
    question: 'no. of support tickets opened per day over the last 2 weeks (ticket_opened events)',
    expect: {
      sql: {
        table: 'events',
        has: [
          /event_type\s*(=|IN\s*\()\s*'ticket_opened'/i,
          /COUNT\(/i,
          /GROUP BY/i,
          sqlDailyBucket('occurred_at'),
          sqlLast('occurred_at', '14 days?|2 weeks?|336 hours?', 14),
        ],
      },
    },
  },
  {
    id: 'b34-sql-support-top5-escalators-last-month',
    question: 'top 5 agents by ticket_escalated events last month',
    expect: {
      sql: {
        table: 'events',
        has: [
          /event_type\s*(=|IN\s*\()\s*'ticket_escalated'/i,
          /COUNT\(/i,
          /GROUP BY[^;]*(user_id|email|display_name)/i,
          topSql(5),
          sqlLastMonthStart('occurred_at'),
          sqlLastMonthEnd('occurred_at'),
        ],
      },
    },
  },
  {
    id: 'b34-sql-support-customer-lookup-email',
    question: "customer lookup: dana.whitfield@gmail.com - what's her status, segment and signup date?",
    expect: {
      sql: {
        table: 'customers',
        has: [/'dana\.whitfield@gmail\.com'/i, /status/, /segment/, /created_at/],
      },
    },
  },
  {
    id: 'b34-sql-support-unpaid-gbp-invoices-over-1000',
    question: 'Unpaid GBP invoices above £1,000, oldest due date first.',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /currency\s*(=|IN\s*\()\s*'GBP'/i,
          /amount\s*(>\s*1000|>=\s*1000)\b/i,
          /status\s*(=|IN\s*\()\s*'(unpaid|overdue)|status\s*(<>|!=)\s*'paid'|status\s+NOT\s+IN\s*\(\s*'paid'|paid_at\s+IS\s+NULL/i,
          /ORDER BY\s+(\w+\.)?due_date(\s+ASC)?\b(?!\s+DESC)/i,
        ],
      },
    },
  },
  {
    id: 'b34-sql-support-new-customers-per-country-quarter',
    question: 'new customers per country this quarter, biggest first',
    expect: {
      sql: {
        table: 'customers',
        has: [
          /COUNT\(/i,
          /GROUP BY[^;]*country/i,
          /ORDER BY[^;]*DESC/i,
          sqlThis('created_at', 'quarter', QUARTER_START),
        ],
      },
    },
  },
  {
    id: 'b34-sql-support-aov-by-segment-90d',
    question: 'avg order value per customer segment, last 90 days',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /AVG\(\s*(\w+\.)?total\s*\)/i,
          /GROUP BY[^;]*segment/i,
          sqlLast('created_at', '90 days?|3 mons?|3 months?', 90),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b34-sql-support-agents-no-login-30d',
    question: "support agents (dept Support) who haven't logged into the app for 30 days",
    expect: {
      sql: {
        table: 'users',
        has: [/department\s*(=|ILIKE|LIKE|IN\s*\()\s*'support'/i, SQL_INACTIVE_30_LOGIN],
      },
    },
  },
  {
    id: 'b34-sql-support-cancelled-nl-nov-1-15',
    question: 'cancelled orders from customers in the Netherlands between 1 and 15 November',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /status\s*(=|IN\s*\()\s*'cancell?ed'/i,
          /'(Netherlands|NL)'/i,
          new RegExp(`created_at\\s*(>=|BETWEEN)\\s*${sqlLiteral}${iso(NOV_1)}`, 'i'),
          new RegExp(`(<\\s*${sqlLiteral}${iso(NOV_16)}|(<=|AND)\\s*${sqlLiteral}${iso(NOV_15)})`, 'i'),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },

  // two platforms
  {
    id: 'b34-multi-cloud-198-51-100-23-azure-aws-72h',
    question: 'is 198.51.100.23 hitting our azure subscription or our aws account? last 72 hours',
    expect: {
      kql: { table: 'AzureActivity', has: [kqlIs('CallerIpAddress', '198\\.51\\.100\\.23'), kqlLast('72h|3d')] },
      spl: { table: 'aws', has: [/sourceIPAddress\s*(=|IN\s*\()\s*"?198\.51\.100\.23\b/, splLast('72h|3d|4320m')] },
    },
  },
  {
    id: 'b34-multi-support-double-charge-orders-web-week',
    question:
      'customer dana.whitfield@gmail.com says she was charged twice - her orders this week in our db, and web requests from her ip 81.2.69.142 to /checkout',
    expect: {
      sql: {
        table: 'orders',
        has: [/'dana\.whitfield@gmail\.com'/i, sqlThis('created_at', 'week', MONDAY)],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
      spl: { table: 'Web', has: [/\bsrc\s*(=|IN\s*\()\s*"?81\.2\.69\.142\b/, /\/checkout/] },
    },
  },
  {
    id: 'b34-multi-cloud-w3wp-children-web-prd-02-24h',
    question: 'web-prd-02: anything launched by w3wp.exe in the last 24h? check defender and sysmon',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/web-prd-02/i, /InitiatingProcessFileName[^|]*w3wp/i, DAY1_KQL],
      },
      spl: {
        has: [
          /index\s*=\s*"?sysmon|datamodel\s*=\s*"?Endpoint/,
          /web-prd-02/i,
          /(ParentImage|parent_process_name|parent_process)[^|]*w3wp/i,
          DAY1_SPL,
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b34-multi-cloud-4720-new-accounts-sentinel-splunk-month',
    question: 'new local accounts created (4720) this month - check sentinel and splunk both',
    expect: {
      kql: { table: 'SecurityEvent', has: [kqlEvent(4720), THIS_MONTH_KQL] },
      spl: { table: 'wineventlog', has: [splEvent(4720), THIS_MONTH_SPL] },
    },
  },
  {
    id: 'b34-multi-support-ibarra-leaver-entra-appdb-5d',
    question:
      'c.ibarra@brightlane.io left the support team. did she sign in to anything in entra in the past 5 days, and is her app account still active?',
    expect: {
      kql: { table: 'SigninLogs', has: [/c\.ibarra@brightlane\.io/i, kqlLast('5d|120h')] },
      sql: { table: 'users', has: [/'c\.ibarra@brightlane\.io'/i, /active/] },
    },
  },

  // clarification
  { id: 'b34-clarify-greeting', question: 'hey there 👋', clarification: true },
  { id: 'b34-clarify-no-referent', question: 'ok and what about the numbers from before?', clarification: true },
];

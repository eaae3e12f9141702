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
import { DAY_MS, MONDAY, SUNDAY, TODAY, YESTERDAY, iso, kqlDate, splDate, sqlLiteral, usDate } from './journey-dates';

/**
 * The "blind37" journey-quality set, written blind on 2026-11-27 (22:00–22:20 UTC). I did not read the
 * query builders (apps/mock-data/src/query/**), the constraint extractor or routing code (libs/planner-core),
 * planner-llm, the planner app, the git history of any of them, any failure list, or another blind author's
 * work in progress. I read: issue 11, the `JourneyCase` / `QueryCheck` types in journey-cases.ts,
 * journey-dates.ts, journey-checkers.ts, run-journeys.ts (to register the set), the mesh's schemas
 * (kql/spl/sql.json), blind27's file as the format example (its window and shape helpers, which came from
 * blind22, are reused here; its questions and values are not), and the question lines of the other sets.
 * Aim: resemble the held-back set of issue 11 (questions a new user types on a normal day).
 * Personas, at a hospital group (ardentmed.org):
 * - an incident responder in the middle of an incident: terse, value-heavy one-liners with dashes and
 *   abbreviations ("lst", "hrs", "w/", "acct", "pls"): a SHA256 and a SHA1, IPs (91.214.124.33, 193.42.33.7,
 *   45.61.136.90, 103.145.13.200, 10.20.5.14), hosts (FIN-WS-117, HR-LT-0931), users (svc_backup, a.osei,
 *   UPNs), event IDs (4688, 4624 type 3, 1102, 4625, 4740), ports (8443, 3389, 4443), process names
 *   (certutil.exe -urlcache, winword.exe, rundll32, mimikatz, procdump), a domain, Office / Entra / AWS
 *   operations (FileDownloaded, Reset user password, New-InboxRule, DeleteTrail, StopLogging);
 * - an accounts-receivable clerk: invoices, payments and customers (a customer id, an invoice id, open /
 *   overdue / unpaid invoices, payments received, currencies EUR / USD, Spain, suspended customers,
 *   segments, amounts with thresholds).
 * No question names a query language; some name a product (Entra, Defender, Sentinel, Splunk, sysmon,
 * CloudTrail, sharepoint, "our app db"), most name the data.
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform, 2 clarification cases (38).
 * Shapes: counts, distinct counts, sums, thresholds after aggregation (> 20, 3 or more, over 5k), top N (10,
 * 20), hourly buckets, by X and Y, columns to show, ordering (oldest first, largest first), a lookup by id.
 * Windows: last N hours/days (1h, 6h, 12h, 24h, 48h, 72h, 3d, 7d, 30d), today, yesterday (both ends),
 * this week, since Monday, this quarter, since an explicit date, an explicit date range, and a condition
 * that is not a window ("more than 90 days past due").
 * Calendar windows are computed from the run's clock (UTC).
 * Checks accept every spelling I could think of for the same condition (==, =~, in, has; ago(7d) or
 * ago(168h); raw SPL or the matching data model; SQL literals, date_trunc, EXTRACT, intervals) and reject
 * only queries that do not answer the question.
 * Before committing I checked every case's checks against a query I wrote by hand for it (scratch script,
 * not committed, calling the real checkers from journey-checkers.ts: every `has` matched, no `not` did, and
 * the Kusto analyser, the SPL check and PostgreSQL reported no problem).
 * Not run on the planner by me: the lead does the first run on the final code.
 * First run (by the lead, on `main` of 2026-11-27 22:10, `4ea6b44`, after every fix branch of the evening but the
 * two working on blind36 had landed; no fixer saw this set): 27/38 (71.1 %); platforms 36/38, both clarifications
 * `input_required`.
 * Second commit (the lead's fairness review of the eleven failing queries): "oldest first" is answered by the
 * oldest invoices first (`ORDER BY issued_at`) as much as by the longest overdue (`ORDER BY due_date`); the check
 * takes both. Nothing was loosened for a query that does not answer its question. Second run: 28/38 (73.7 %).
 */

/** `now()` and its SQL spellings. */
const sqlNow = '(now\\(\\)|CURRENT_DATE|current_timestamp|localtimestamp)';

// KQL windows
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
/** An hourly bucket on the time column (KQL). */
const HOURLY_KQL =
  /bin\(\s*(TimeGenerated|Timestamp)\s*,\s*(1h|60m)\s*\)|startofhour\(\s*(TimeGenerated|Timestamp)\s*\)/;

// SPL windows
const THIS_WEEK_SPL = new RegExp(`earliest\\s*=\\s*"?(@w[01]|-0w@w[01]|${splDate(SUNDAY)}|${splDate(MONDAY)})`);
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

/** Days from this Monday to today. */
const DAYS_SINCE_MONDAY = (TODAY.getTime() - MONDAY.getTime()) / DAY_MS;
/** Since this Monday (KQL): the date, Sunday's week start plus a day, or the start of the day N days ago. */
const SINCE_MONDAY_KQL = new RegExp(
  [
    kqlDate(MONDAY),
    `startofweek\\(\\s*now\\(\\)\\s*(,\\s*0\\s*)?\\)\\s*\\+\\s*(1d|24h)`,
    `startofweek\\(\\s*now\\(\\)\\s*,\\s*0\\s*,\\s*1\\s*\\)`,
    `startofday\\(\\s*ago\\(\\s*${DAYS_SINCE_MONDAY}d\\s*\\)\\s*\\)`,
  ].join('|'),
);
/** Since this Monday (SPL). */
const SINCE_MONDAY_SPL = new RegExp(`earliest\\s*=\\s*"?(@w1|-0w@w1|${splDate(MONDAY)})`);
/** An invoice not paid yet (SQL): no payment date, or an open status. */
const UNPAID_SQL =
  /paid_at\s+IS\s+NULL|status\s*(=|IN\s*\()\s*'(unpaid|open|overdue|outstanding|issued|pending|sent)'|status\s*(<>|!=|NOT\s+IN\s*\()\s*'paid'/i;
/** An overdue invoice (SQL): the overdue status, or unpaid and past its due date. */
const OVERDUE_SQL =
  /status\s*(=|IN\s*\()\s*'overdue'|due_date\s*<=?\s*\(?\s*(CURRENT_DATE|now\(\)|current_timestamp|localtimestamp)/i;
/** A SHA256 and a SHA1 the responder pastes. */
const SHA256 = '4083498e1b990658686ea2ed42a7d50622c2a2f0c2015ad22c51750296c84362';
const SHA1 = '121ecbf3c2b22ea2dc663e811c376ae3a843ea54';
/** A sysmon search or the Endpoint data model (SPL). */
const SYSMON_OR_ENDPOINT_SPL = /index\s*=\s*"?sysmon|datamodel\s*=\s*"?Endpoint|Endpoint\.Processes/;

export const BLIND37_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: incident responder (Defender device tables, Entra sign-ins and audit, Windows security events, Azure, Office)
  {
    id: 'b37-kql-ir-sha256-devices-48h',
    question: `sha256 ${SHA256} - which devices ran it, lst 48h`,
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [new RegExp(SHA256, 'i'), kqlShows('DeviceName'), kqlLast('48h|2d|2880m')],
      },
    },
  },
  {
    id: 'b37-kql-ir-ip-signins-since-nov20',
    question: 'sign-ins from 91.214.124.33 since 20 Nov - which users, success or fail?',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('IPAddress', '91\\.214\\.124\\.33'),
          kqlShows('UserPrincipalName'),
          kqlShows('ResultType'),
          /(TimeGenerated\s*(>=?|between\s*\()\s*)datetime\(\s*["']?2026-11-20/,
        ],
      },
    },
  },
  {
    id: 'b37-kql-ir-fin-ws-117-4688-cmdline-6h',
    question: 'FIN-WS-117: 4688s with command lines, past 6 hrs',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4688), /FIN-WS-117/i, kqlShows('CommandLine'), kqlLast('6h|360m')],
      },
    },
  },
  {
    id: 'b37-kql-ir-svc-backup-4624-type3-hosts-today',
    question: 'svc_backup network logons (4624 type 3) today - on which hosts and how many each',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4624),
          /LogonType\s*(==|in\s*\()\s*["']?3\b/,
          /svc_backup/i,
          /by\s+[^|]*Computer/,
          COUNT_KQL,
          TODAY_KQL,
        ],
      },
    },
  },
  {
    id: 'b37-kql-ir-port-8443-distinct-devices-24h',
    question: 'how many distinct devices talking out to port 8443 in the last 24h?',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /RemotePort\s*(==|in\s*\()\s*8443\b/,
          /dcount\(\s*(DeviceName|DeviceId)\s*\)|count_distinct\(\s*(DeviceName|DeviceId)\s*\)|distinct\s+(DeviceName|DeviceId)[\s\S]*\|\s*count/,
          DAY1_KQL,
        ],
      },
    },
  },
  {
    id: 'b37-kql-ir-certutil-urlcache-week',
    question: 'certutil.exe -urlcache anywhere on our endpoints this week?',
    expect: {
      kql: { table: 'DeviceProcessEvents', has: [/certutil/i, /urlcache/i, THIS_WEEK_KQL] },
    },
  },
  {
    id: 'b37-kql-ir-domain-devices-process-yday',
    question: 'who resolved / connected to updates-msft-cdn.com yesterday? device + initiating process',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /RemoteUrl\s*(==|=~|has|contains|endswith|in~?\s*\()[^|]*updates-msft-cdn\.com/i,
          kqlShows('DeviceName'),
          kqlShows('InitiatingProcessFileName'),
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b37-kql-ir-reset-user-password-72h',
    question: "entra audit - any 'Reset user password' in the last 72 hrs? who initiated + target",
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [
          /(OperationName|ActivityDisplayName)\s*(==|=~|in~?\s*\(|has|contains)\s*["']Reset user password/i,
          kqlShows('InitiatedBy'),
          kqlShows('TargetResources'),
          kqlLast('72h|3d|4320m'),
        ],
      },
    },
  },
  {
    id: 'b37-kql-ir-kowalski-failed-hourly-12h',
    question: 'failed sign-ins for d.kowalski@ardentmed.org per hour, last 12h',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [/d\.kowalski@ardentmed\.org/i, FAILED_SIGNIN_KQL, COUNT_KQL, HOURLY_KQL, kqlLast('12h|720m')],
      },
    },
  },
  {
    id: 'b37-kql-ir-haddad-filedownloaded-top20-today',
    question: 'FileDownloaded by m.haddad@ardentmed.org in sharepoint today - top 20 files',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [
          kqlIs('Operation', 'FileDownloaded'),
          /m\.haddad@ardentmed\.org/i,
          /by\s+[^|]*(SourceFileName|OfficeObjectId)/,
          topKql(20),
          TODAY_KQL,
        ],
      },
    },
  },
  {
    id: 'b37-kql-ir-azure-caller-ip-ops-30d',
    question: 'azure activity from caller ip 193.42.33.7, past 30 days - count per operation',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          kqlIs('CallerIpAddress', '193\\.42\\.33\\.7'),
          COUNT_KQL,
          /by\s+[^|]*OperationNameValue/,
          kqlLast('30d|720h'),
        ],
      },
    },
  },

  // SPL: incident responder (Windows event logs, sysmon, o365, CloudTrail, Azure AD, firewall, endpoint data model)
  {
    id: 'b37-spl-ir-1102-log-cleared-week',
    question: 'splunk - security log cleared (1102) this week, which hosts?',
    expect: {
      spl: { table: 'wineventlog', has: [splEvent(1102), splShows('host|dest|Caller_Computer_Name'), THIS_WEEK_SPL] },
    },
  },
  {
    id: 'b37-spl-ir-sysmon-45-61-image-host-24h',
    question: 'sysmon: what talked to 45.61.136.90 in the lst 24 hrs? image + host',
    expect: {
      spl: {
        table: 'sysmon',
        has: [/DestinationIp\s*(=|IN\s*\()\s*"?45\.61\.136\.90/, splShows('Image'), splShows('host'), DAY1_SPL],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b37-spl-ir-sysmon-dns-paste-drop-3d',
    question: 'sysmon dns lookups for paste-drop.net past 3 days, count by host',
    expect: {
      spl: {
        table: 'sysmon',
        has: [/QueryName\s*(=|IN\s*\()[^|]*paste-drop\.net/i, /count/, /by\s+[^|]*\bhost\b/, splLast('3d|72h|4320m')],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b37-spl-ir-4625-src-over-20-1h',
    question: 'src IPs w/ more than 20 failed logons (4625) in the last hour',
    expect: {
      spl: {
        has: [
          /EventCode\s*(=|IN\s*\()\s*"?4625\b|action\s*=\s*"?fail/i,
          /by\s+[^|]*\b(Authentication\.)?src(_ip)?\b/,
          splAbove(20),
          splLast('1h|60m'),
        ],
      },
    },
  },
  {
    id: 'b37-spl-ir-sysmon-winword-children-today',
    question: 'anything spawned by winword.exe today? sysmon, image + cmdline',
    expect: {
      spl: {
        has: [
          SYSMON_OR_ENDPOINT_SPL,
          /(ParentImage|parent_process_name|parent_process)\s*(=|IN\s*\()[^|]*winword/i,
          splShows('Image|process_name|process'),
          splShows('CommandLine|process'),
          TODAY_SPL,
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b37-spl-ir-o365-new-inboxrule-patel-7d',
    question: 'o365 - New-InboxRule by r.patel@ardentmed.org past 7d, client ip?',
    expect: {
      spl: {
        table: 'o365',
        has: [/New-InboxRule/, /r\.patel@ardentmed\.org/i, splShows('ClientIP'), splLast('7d|168h|1w')],
      },
    },
  },
  {
    id: 'b37-spl-ir-cloudtrail-deletetrail-stoplogging-30d',
    question: 'cloudtrail: DeleteTrail or StopLogging calls in the last 30 days - arn, source ip, region',
    expect: {
      spl: {
        table: 'aws',
        has: [
          /DeleteTrail/,
          /StopLogging/,
          splShows('userIdentity.arn'),
          splShows('sourceIPAddress'),
          splShows('awsRegion'),
          splLast('30d|720h|1mon'),
        ],
      },
    },
  },
  {
    id: 'b37-spl-ir-fw-3389-top10-dest-yday',
    question: 'firewall - top 10 dest IPs on 3389 yesterday',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /dest_port\s*(=|IN\s*\()\s*"?3389\b/,
          /(All_Traffic\.)?dest_ip/,
          topSpl(10),
          YESTERDAY_START_SPL,
          YESTERDAY_END_SPL,
        ],
      },
    },
  },
  {
    id: 'b37-spl-ir-rundll32-by-dest-user-48h',
    question: 'endpoint datamodel - rundll32 executions by dest and user, 48h',
    expect: {
      spl: {
        has: [
          SYSMON_OR_ENDPOINT_SPL,
          /rundll32/i,
          /by\s+[^|]*\b(Processes\.)?(dest|host)\b/,
          /by\s+[^|]*\b(Processes\.)?(user|User)\b/,
          splLast('48h|2d|2880m'),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b37-spl-ir-aad-brennan-since-monday',
    question: 'azure AD logs in splunk: t.brennan@ardentmed.org sign-ins since monday - ips + apps',
    expect: {
      spl: {
        table: 'azure',
        has: [
          /t\.brennan@ardentmed\.org/i,
          splShows('properties.ipAddress'),
          splShows('properties.appDisplayName'),
          SINCE_MONDAY_SPL,
        ],
      },
    },
  },

  // SQL: accounts-receivable clerk (invoices, payments, customers)
  {
    id: 'b37-sql-ar-open-invoices-customer-40217',
    question: 'open invoices for customer 40217 - invoice no., amount, due date',
    expect: {
      sql: {
        table: 'invoices',
        has: [/customer_id\s*(=|IN\s*\()\s*40217\b/, UNPAID_SQL, /invoice_id/, /amount/, /due_date/],
      },
    },
  },
  {
    id: 'b37-sql-ar-payments-received-yday-by-currency',
    question: 'how much did we receive in payments yesterday? total per currency',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          /GROUP BY[^;]*currency/i,
          sqlYesterdayStart('paid_at'),
          sqlYesterdayEnd('paid_at'),
        ],
      },
    },
  },
  {
    id: 'b37-sql-ar-eur-90-days-past-due-oldest-first',
    question: 'EUR invoices more than 90 days past due and still not paid, oldest first',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /currency\s*(=|IN\s*\()\s*'EUR'/i,
          UNPAID_SQL,
          // "More than 90 days past due" is a condition on due_date, not the query's window.
          /due_date\s*<=?\s*\(?\s*(CURRENT_DATE|now\(\)|current_timestamp|localtimestamp)\s*-\s*(interval\s*'(90 days?|3 mons?|3 months?)'|'90 days?'\s*::\s*interval|90\b|make_interval\(\s*days\s*=>\s*90\))|(CURRENT_DATE|now\(\)(::date)?)\s*-\s*(\w+\.)?due_date\s*\)?\s*(>\s*90|>=\s*91)\b/i,
          /ORDER BY\s+(\w+\.)?(due_date|issued_at)\b(?!\s+DESC)/i,
        ],
        not: [/issued_at\s*(>|>=|BETWEEN)/i],
      },
    },
  },
  {
    id: 'b37-sql-ar-invoiced-by-segment-quarter',
    question: 'no. of invoices and total invoiced per customer segment this quarter',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /COUNT\(/i,
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          /GROUP BY[^;]*segment/i,
          sqlThis('issued_at', 'quarter', QUARTER_START),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b37-sql-ar-customers-3-plus-overdue',
    question: 'which customers have 3 or more overdue invoices? name, email and how many',
    expect: {
      sql: {
        table: 'invoices',
        has: [OVERDUE_SQL, sqlCountAbove(2), /\bname\b/, /email/],
      },
    },
  },
  {
    id: 'b37-sql-ar-invoice-88123-paid',
    question: 'was invoice 88123 paid? when and how much',
    expect: {
      sql: { table: 'invoices', has: [/invoice_id\s*(=|IN\s*\()\s*88123\b/, /paid_at/, /amount/] },
    },
  },
  {
    id: 'b37-sql-ar-spain-outstanding-over-5k',
    question: 'outstanding balance per customer in Spain, only those owing over 5k',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /'(Spain|ES)'/i,
          UNPAID_SQL,
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          /HAVING\s+[^;]*SUM\(\s*(\w+\.)?amount\s*\)\s*(>\s*5000|>=\s*5001)\b/i,
        ],
      },
    },
  },
  {
    id: 'b37-sql-ar-suspended-customers-unpaid',
    question: 'any unpaid invoices for suspended customers? customer name, invoice id, amount',
    expect: {
      sql: {
        table: 'invoices',
        has: [/status\s*(=|IN\s*\()\s*'suspended'/i, UNPAID_SQL, /\bname\b/, /invoice_id/, /amount/],
      },
    },
  },
  {
    id: 'b37-sql-ar-paid-this-week-count-sum',
    question: 'how many invoices got paid this week and how much did that bring in?',
    expect: {
      sql: {
        table: 'invoices',
        has: [/COUNT\(/i, /SUM\(\s*(\w+\.)?amount\s*\)/i, sqlThis('paid_at', 'week', MONDAY)],
        not: [/issued_at\s*(>|>=|BETWEEN)/i],
      },
    },
  },
  {
    id: 'b37-sql-ar-usd-invoiced-range-top10-customers',
    question: 'USD invoiced between 1 Oct and 15 Nov 2026, top 10 customers by amount',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /currency\s*(=|IN\s*\()\s*'USD'/i,
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          /issued_at\s*(>=|BETWEEN)\s*(TIMESTAMPTZ\s*|DATE\s*|TIMESTAMP\s*|CAST\(\s*)?'2026-10-01/i,
          /issued_at\s*<\s*(TIMESTAMPTZ\s*|DATE\s*|TIMESTAMP\s*|CAST\(\s*)?'2026-11-16|issued_at\s*<=\s*(TIMESTAMPTZ\s*|DATE\s*|TIMESTAMP\s*|CAST\(\s*)?'2026-11-15|AND\s*(TIMESTAMPTZ\s*|DATE\s*|TIMESTAMP\s*|CAST\(\s*)?'2026-11-1[56]/i,
          topSql(10),
          /ORDER BY[^;]*DESC/i,
        ],
      },
    },
  },

  // Two platforms: incident responder
  {
    id: 'b37-multi-ir-103-145-signins-firewall-24h',
    question: '103.145.13.200 - entra sign-ins and firewall traffic, last 24h',
    expect: {
      kql: { table: 'SigninLogs', has: [kqlIs('IPAddress', '103\\.145\\.13\\.200'), DAY1_KQL] },
      spl: {
        has: [/datamodel\s*=\s*"?Network_Traffic|All_Traffic/, /103\.145\.13\.200/, DAY1_SPL],
      },
    },
  },
  {
    id: 'b37-multi-ir-hr-lt-0931-mimikatz-procdump-7d',
    question: 'HR-LT-0931 - any mimikatz or procdump in the last 7 days? defender + sysmon',
    expect: {
      kql: { table: 'DeviceProcessEvents', has: [/HR-LT-0931/i, /mimikatz/i, /procdump/i, kqlLast('7d|168h|1w')] },
      spl: {
        has: [SYSMON_OR_ENDPOINT_SPL, /HR-LT-0931/i, /mimikatz/i, /procdump/i, splLast('7d|168h|1w')],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b37-multi-ir-osei-4740-sentinel-splunk-today',
    question: 'lockouts for a.osei today (4740) - check sentinel and splunk',
    expect: {
      kql: { table: 'SecurityEvent', has: [kqlEvent(4740), /a\.osei/i, TODAY_KQL] },
      spl: { table: 'wineventlog', has: [splEvent(4740), /a\.osei/i, TODAY_SPL] },
    },
  },
  {
    id: 'b37-multi-ir-moreau-entra-appdb-7d',
    question:
      'compromised acct l.moreau@ardentmed.org - her entra sign-ins last 7d + what she did in our app db (event types, ips)',
    expect: {
      kql: { table: 'SigninLogs', has: [/l\.moreau@ardentmed\.org/i, kqlLast('7d|168h|1w')] },
      sql: { table: 'events', has: [/'l\.moreau@ardentmed\.org'/i, /event_type/, /ip_address/] },
    },
  },
  {
    id: 'b37-multi-ir-sha1-defender-endpoint-since-monday',
    question: `sha1 ${SHA1} seen anywhere since monday? defender + splunk endpoint`,
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [kqlIs('SHA1', SHA1), SINCE_MONDAY_KQL],
      },
      spl: {
        has: [SYSMON_OR_ENDPOINT_SPL, new RegExp(SHA1, 'i'), SINCE_MONDAY_SPL],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },

  // Clarification: nothing to act on
  { id: 'b37-clarify-ok-next', question: 'ok thx. next?', clarification: true },
  { id: 'b37-clarify-do-the-usual', question: 'do the usual pls', clarification: true },
];

import type { JourneyCase } from './journey-cases';
import {
  kqlLast,
  DAY1_KQL,
  TODAY_KQL,
  THIS_WEEK_KQL,
  splLast,
  DAY1_SPL,
  TODAY_SPL,
  sqlDayOf,
  kqlEvent,
  splEvent,
  topSql,
  kqlShows,
  kqlAbove,
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
  YESTERDAY,
  dayBefore,
  iso,
  kqlDate,
  splDate,
  sqlLiteral,
} from './journey-dates';

/**
 * The "blind22" journey-quality set, written blind on 2026-11-27 (12:05–12:25 UTC). I did not read the
 * query builders (apps/mock-data/src/query/**), the constraint extractor or routing code (libs/planner-core),
 * planner-llm, the planner app, the git history of any of them, any failure list, or another blind author's
 * work in progress. I read: issue 11, the `JourneyCase` / `QueryCheck` types in journey-cases.ts,
 * journey-dates.ts, journey-checkers.ts and journey-runner.ts (how checks are applied), run-journeys.ts (to
 * register the set), the mesh's schemas (kql/spl/sql.json), blind20's list as the format example (its
 * questions and values were not reused), and the question lines of the other sets (to avoid repeating them).
 * Personas: a network / firewall engineer (terse, ports, CIDRs, "talkers", abbreviations), a fraud analyst at
 * a payments company (refunds, big orders, new accounts, failed logins, BEC inbox rules), a compliance officer
 * asking very formally ("Kindly provide…", "during the previous calendar month"), and a CISO asking very
 * loosely in one line ("mimikatz anywhere this wk?"). No question names a query language; some name a
 * product (Entra, Defender, Sentinel, Splunk, sysmon, CloudTrail, Office 365, "our app db"), most name the
 * data as users do.
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform, 2 clarification cases (38).
 * Values: UPNs (payfast.io), IPs, CIDRs (185.220.101.0/24, 10.50.0.0/16, 10.0.0.0/8), ports (9001, 9030,
 * 3389, 22, 445), hosts (SRV-EDGE-01), Windows event IDs (5157, 1102), an Entra error code (50126), an app
 * (Merchant Portal), an Azure operation (roleAssignments/write), Office operations (FileAccessed,
 * New-InboxRule, Set-InboxRule), AWS events (PutUserPolicy, AttachRolePolicy, DeleteRolePolicy,
 * ConsoleLogin), process names (mimikatz, psexec, vssadmin) and a command-line fragment (delete shadows), a
 * URL path (/api/v1/refunds), an HTTP method, a domain (pastebin.com, duckdns.org), an app event type
 * (login_failed), statuses (refunded, cancelled), currencies (EUR, USD, GBP), amounts, a country (Nigeria,
 * Ireland), a role (admin), a fiscal year. Shapes: counts, distinct counts, sums, avg/min/max, a difference
 * of sums, a percentage, thresholds after aggregation (> 3, > 15, > 20, > 100, 10+, spent > budget), two
 * thresholds at once, top N (5, 10), hourly buckets, by X and Y, negations (outside a country, outside a
 * CIDR, leave out cancelled), columns to show. Windows: last N hours/days (1h, 4h, 6h, 24h, 48h, 3d, 7d,
 * 14d, 30d, 90d), today / since midnight, yesterday (both ends), this week, this month, this quarter, the
 * previous calendar month (both ends), the last calendar week (both ends), a named month (both ends), since
 * an explicit date, customers who signed up in the last 30 days (the window on the customer, not the
 * order), and an inactivity condition ("have not logged in during the past 60 days", not a window).
 * Calendar windows are computed from the run's clock (UTC).
 * Checks accept every spelling I could think of for the same condition (==, =~, in, has; ago(7d) or
 * ago(168h); raw SPL or the matching data model; SQL literals, date_trunc, EXTRACT, intervals) and reject
 * only queries that do not answer the question.
 * Before running it I checked every case's checks against a query I wrote by hand for it (each passed, and
 * each hand query passed the real checkers: Kusto analyser, SPL structure check, PGlite).
 * First run (12:12 UTC, set committed as a519af2, `npm run eval:journeys -- --sets blind22 --verbose`, in
 * process): 19/38 passed (50.0 %); platforms right on 32/38 (31/36 real cases: KQL instead of SPL for the
 * blocked-ssh and psexec questions, KQL instead of SQL for the login_failed one, the KQL half of the
 * vssadmin case and the SQL half of the k.tanaka case missing; 1/2 clarifications: the formal "matter we
 * discussed" letter was planned as a sign-in listing).
 * Second commit (fairness review of the first run's queries; each change marked "Second commit" below):
 * - b22-spl-net-sysmon-smb-outside-10-8-24h: `where NOT cidrmatch("10.0.0.0/8", 'DestinationIp')` (the field
 *   name quoted, as eval allows) is accepted.
 * - b22-kql-net-pastebin-hosts-process-yesterday: the processes listed per device (`make_set(
 *   InitiatingProcessFileName) by DeviceName`, with the count) answer "device + initiating process + count".
 * - tightened b22-kql-net-wfp-5157-srv-edge-hourly-6h: an exact match `Activity =~ "blocked"` keeps no 5157
 *   event, so the hourly count it passed with is always 0.
 * - tightened b22-multi-comp-okafor-entra-cloudtrail-console-month: `userIdentity.arn=r.okafor@payfast.io`
 *   without a wildcard matches no ARN (the case failed on its KQL half anyway).
 * After the second commit (12:15 UTC, same command): 20/38 passed (52.6 %) — the smb and pastebin cases now
 * pass, the WFP case now fails; platforms right on 32/38 (31/36 real cases, 1/2 clarifications).
 * Not changed, though debatable: b22-spl-ciso-psexec-today names no store, and the first run's KQL answer
 * (SecurityEvent, Process contains "psexec", today) would also answer it; the runner checks one platform
 * set, and a platform choice is not a spelling, so the case keeps its SPL expectation.
 */

/** `now()` and its SQL spellings. */
const sqlNow = '(now\\(\\)|CURRENT_DATE|current_timestamp|localtimestamp)';

/** The most recent Monday before this week's (the last calendar week's start). */
const LAST_MONDAY = new Date(MONDAY.getTime() - 7 * DAY_MS);
/** This quarter's first day. */
const QUARTER_START = new Date(Date.UTC(TODAY.getUTCFullYear(), Math.floor(TODAY.getUTCMonth() / 3) * 3, 1));

// KQL windows
const WEEK_KQL = kqlLast('7d|168h|1w');
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
/** The last calendar week, Monday to Sunday (SPL). */
const LAST_WEEK_START_SPL = new RegExp(`earliest\\s*=\\s*"?(-1w@w1|-7d@w1|${splDate(LAST_MONDAY)})`);
const LAST_WEEK_END_SPL = new RegExp(`latest\\s*=\\s*"?(@w1|-0w@w1|${splDate(MONDAY)})`);

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
const WINDOWS_SECURITY_IDS_SPL = /EventCode\s*=\s*"?(4624|4625|4688|4720|4740|1102|5157)\b/;
/** `top 10 by`, `take 10`, `limit 10` (KQL). */
const topKql = (n: number) => new RegExp(`top\\s+${n}\\s+by|take\\s+${n}\\b|limit\\s+${n}\\b`);
/** `top 10 …`, `top limit=10 …`, `head 10`, `sort 10` (SPL). */
const topSpl = (n: number) =>
  new RegExp(`top\\s+(limit\\s*=\\s*)?${n}\\b|head\\s+(limit\\s*=\\s*)?${n}\\b|sort\\s+(limit\\s*=\\s*)?${n}\\b`);
/** A failed Entra sign-in: a non-zero ResultType, however spelled (KQL). */
const FAILED_SIGNIN_KQL =
  /ResultType\s*\)?\s*(!=|!~|<>)\s*["']?0\b|ResultType\s*!in~?\s*\(\s*["']?0\b|ResultType\s*(in~?\s*\(|==|=~)\s*["']?[1-9]/;
/** A column the answer shows (SPL): named, or a raw search keeping every field (no table / fields / stats …). */
const splShows = (column: string) =>
  new RegExp(
    `\\b${column.replace(/\./g, '\\.')}\\b|^(?![\\s\\S]*(\\|\\s*(table|fields|stats|chart|timechart|top|rare|dedup)\\b|\\btstats\\b))`,
  );
/** Not cancelled / not refunded (SQL). */
const sqlStatusNot = (status: string) =>
  new RegExp(
    `status\\s*(<>|!=)\\s*'${status}'|status\\s+NOT\\s+IN\\s*\\([^)]*'${status}'|NOT\\s*\\(?\\s*(\\w+\\.)?status\\s*(=|IN\\s*\\()\\s*'${status}'|status\\s+IS\\s+DISTINCT\\s+FROM\\s+'${status}'`,
    'i',
  );

export const BLIND22_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: Defender device tables, Entra sign-ins and audit, Windows security events, Azure and Office activity
  {
    id: 'b22-kql-net-tor-cidr-9001-9030-48h',
    question:
      'defender - anything connecting out to 185.220.101.0/24 on 9001 or 9030 in the last 48h? need device, remote ip+port and the process',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /RemoteIP\b[^|]*185\\?\.220\\?\.101\\?\./,
          /RemotePort\s*in\s*\(\s*(9001\s*,\s*9030|9030\s*,\s*9001)\s*\)|RemotePort\s*==\s*(9001|9030)\b[^|]*RemotePort\s*==\s*(9001|9030)\b/,
          kqlShows('DeviceName'),
          kqlShows('InitiatingProcessFileName'),
          kqlLast('48h|2d|2880m'),
        ],
        // The /24 is a range: an exact match on its network address finds nothing.
        not: [/RemoteIP\s*(==|=~)\s*["']185\.220\.101\.0["']/],
      },
    },
  },
  {
    id: 'b22-kql-net-rdp-3389-top10-devices-week',
    question: 'top 10 machines making outbound rdp (3389) connections over the past week',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [/RemotePort\s*(==|in\s*\()\s*3389\b/, /by\s+[^|]*DeviceName/, topKql(10), WEEK_KQL],
      },
    },
  },
  {
    id: 'b22-kql-fraud-finops-outside-ireland-month',
    question:
      'how many times did finance.ops@payfast.io sign in from outside Ireland this month? break it down by country pls',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /finance\.ops@payfast\.io/i,
          /Location\s*(!=|!~|!in~?\s*\(|!has|!contains)\s*["'](IE|Ireland)|not\s*\(\s*Location\s*(==|=~|in~?\s*\(|has)\s*["'](IE|Ireland)/i,
          /\bcount\(|\|\s*count\b/,
          /by\s+[^|]*Location/,
          THIS_MONTH_KQL,
        ],
      },
    },
  },
  {
    id: 'b22-kql-ciso-high-risk-signins-today',
    question: 'how many high risk entra logins today',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [/RiskLevelDuringSignIn\s*(==|=~|in~?\s*\(|has)\s*["']high/i, /\bcount\(|\|\s*count\b/, TODAY_KQL],
      },
    },
  },
  {
    id: 'b22-kql-comp-ca-policy-changes-last-month',
    question:
      'Kindly provide a list of all Conditional Access policy modifications recorded in the Entra ID audit log during the previous calendar month, indicating the initiator and the time of each change.',
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [
          /(OperationName|ActivityDisplayName|Category|\*)\b[^|]*conditional access/i,
          kqlShows('InitiatedBy'),
          kqlShows('TimeGenerated'),
          LAST_MONTH_START_KQL,
          LAST_MONTH_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b22-kql-comp-role-assignments-since-nov1-by-caller',
    question:
      'Please enumerate all Azure role assignment write operations (Microsoft.Authorization/roleAssignments/write) performed since 1 November 2026, grouped by caller.',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          /OperationNameValue\b[^|]*roleAssignments\/write/i,
          /by\s+[^|]*\bCaller\b/,
          new RegExp(
            `datetime\\(\\s*["']?(2026-11-01|2026-10-31T2[3-9])${
              iso(MONTH_START) === '2026-11-01' ? '|startofmonth\\(\\s*now\\(\\)\\s*\\)' : ''
            }`,
          ),
        ],
      },
    },
  },
  {
    id: 'b22-kql-net-wfp-5157-srv-edge-hourly-6h',
    question: 'how many WFP blocked connections (event id 5157) did SRV-EDGE-01 log in the last 6 hrs, hourly',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(5157),
          /Computer\b[^|]*SRV-EDGE-01/i,
          /bin\(\s*TimeGenerated\s*,\s*(1h|60m)\s*\)|startofhour\(\s*TimeGenerated\s*\)|step\s+(1h|60m)\b/,
          kqlLast('6h|360m'),
        ],
        // Second commit: an exact match of Activity on the word "blocked" keeps no 5157 event (its Activity is
        // "5157 - The Windows Filtering Platform has blocked a connection."), so the count is always 0.
        not: [/Activity\s*(==|=~|in~?\s*\()\s*["']blocked["']/i],
      },
    },
  },
  {
    id: 'b22-kql-fraud-merchant-portal-50126-ips-10plus-24h',
    question:
      'Merchant Portal sign-ins failing with 50126 (bad password) in the last 24 hrs - which IPs have 10+ of them?',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /(AppDisplayName\b|\*\s*(has|contains))[^|]*Merchant Portal/i,
          /ResultType\s*(==|=~|in~?\s*\(|has)\s*["']?50126\b/,
          /by\s+[^|]*IPAddress/,
          kqlAbove(9),
          DAY1_KQL,
        ],
      },
    },
  },
  {
    id: 'b22-kql-ciso-mimikatz-this-week',
    question: 'mimikatz anywhere this wk?',
    expect: {
      kql: {
        has: [/DeviceProcessEvents|SecurityEvent/, /mimikatz/i, THIS_WEEK_KQL],
      },
    },
  },
  {
    id: 'b22-kql-comp-sharepoint-fileaccessed-distinct-users-site-30d',
    question:
      'For our records, please state the number of distinct users who accessed SharePoint files (FileAccessed operations) in Office 365 during the last 30 days, broken down by site, as logged in Sentinel.',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [
          /Operation\s*(==|=~|in~?\s*\(|has|contains)\s*["']FileAccessed/i,
          /dcount\(\s*UserId\s*\)|count_distinct\(\s*UserId\s*\)/,
          /by\s+[^|]*Site_Url/,
          kqlLast('30d|720h'),
        ],
      },
    },
  },
  {
    id: 'b22-kql-net-pastebin-hosts-process-yesterday',
    question: 'which hosts reached pastebin.com yesterday and from what process? device + initiating process + count',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /RemoteUrl\b[^|]*pastebin/i,
          /by\s+[^|]*DeviceName/,
          // Second commit: the processes listed per device (`make_set(InitiatingProcessFileName) by DeviceName`) answer too.
          /by\s+[^|]*InitiatingProcessFileName|(make_set|make_list|make_bag)(_if)?\(\s*InitiatingProcessFileName\b/,
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },

  // SPL: firewall traffic, sysmon, web, the azure / aws / o365 indexes, the windows logs
  {
    id: 'b22-spl-net-top10-talkers-bytes-out-10-50-4h',
    question: 'firewall: top 10 talkers out of 10.50.0.0/16 by bytes sent, last 4 hrs',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /(All_Traffic\.)?src(_ip)?\s*(=|IN\s*\()\s*"?10\.50\.(\*|0\.0\/16)|cidrmatch\(\s*"10\.50\.0\.0\/16"\s*,\s*"?(All_Traffic\.)?src(_ip)?/,
          /sum\(\s*"?(All_Traffic\.)?bytes_out/,
          /by\s+[^|]*src_ip/,
          topSpl(10),
          splLast('4h|240m'),
        ],
      },
    },
  },
  {
    id: 'b22-spl-net-blocked-ssh-over-100-since-midnight',
    question: 'blocked inbound ssh (22) since midnight - src ips with more than 100 attempts',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /dest_port\s*(=|IN\s*\()\s*"?22\b/,
          /action\s*(=|IN\s*\()\s*"?(blocked|block|denied|deny|dropped|drop|reject|rejected|failure|teardown)/i,
          /by\s+[^|]*src_ip/,
          splAbove(100),
          TODAY_SPL,
        ],
      },
    },
  },
  {
    id: 'b22-spl-net-sysmon-smb-outside-10-8-24h',
    question: 'sysmon: processes talking smb (445) to anything outside 10.0.0.0/8, last 24h - image, host, dest ip',
    expect: {
      spl: {
        table: 'sysmon',
        has: [
          /DestinationPort\s*(=|IN\s*\()\s*"?445\b/,
          // Second commit: an eval expression may quote the field name (`cidrmatch("10.0.0.0/8", 'DestinationIp')`).
          /NOT\s*\(?\s*DestinationIp\s*(=|IN\s*\()\s*"?10\.|DestinationIp\s*!=\s*"?10\.|(NOT\s+|!\s*)cidrmatch\(\s*"10\.0\.0\.0\/8"\s*,\s*['"]?DestinationIp/i,
          splShows('Image'),
          splShows('host'),
          splShows('DestinationIp'),
          DAY1_SPL,
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b22-spl-fraud-refund-api-posts-over-20-1h',
    question: 'web logs - POSTs to /api/v1/refunds in the last hour, which sources sent more than 20?',
    expect: {
      spl: {
        table: 'Web',
        has: [
          /http_method\s*(=|IN\s*\()\s*"?POST\b/i,
          /\/api\/v1\/refunds/,
          /by\s+[^|]*\bsrc\b/,
          splAbove(20),
          splLast('1h|60m'),
        ],
      },
    },
  },
  {
    id: 'b22-spl-fraud-azure-payments-svc-distinct-ips-14d',
    question:
      'splunk azure logs: from how many distinct IPs did payments-svc@payfast.io sign in over the last 14 days?',
    expect: {
      spl: {
        table: 'azure',
        has: [
          /payments-svc@payfast\.io/i,
          /(dc|distinct_count|estdc)\(\s*"?properties\.ipAddress"?\s*\)/,
          splLast('14d|2w|336h'),
        ],
      },
    },
  },
  {
    id: 'b22-spl-comp-aws-iam-policy-changes-last-week',
    question:
      'We require a record of all IAM policy modifications in AWS CloudTrail (PutUserPolicy, AttachRolePolicy, DeleteRolePolicy) during the last calendar week (Monday to Sunday), listing the identity ARN, the event name and the region.',
    expect: {
      spl: {
        table: 'aws',
        has: [
          /PutUserPolicy/,
          /AttachRolePolicy/,
          /DeleteRolePolicy/,
          splShows('userIdentity.arn'),
          splShows('eventName'),
          splShows('awsRegion'),
          LAST_WEEK_START_SPL,
          LAST_WEEK_END_SPL,
        ],
      },
    },
  },
  {
    id: 'b22-spl-comp-1102-log-cleared-per-host-90d',
    question:
      'Kindly report the number of Security audit log clearing events (event code 1102) per host over the past 90 days.',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [splEvent(1102), /by\s+[^|]*\bhost\b/, splLast('90d|2160h|3mon')],
      },
    },
  },
  {
    id: 'b22-spl-ciso-psexec-today',
    question: 'psexec used anywhere today?',
    expect: {
      spl: {
        has: [/psexe/i, TODAY_SPL],
        not: [/index\s*=\s*"?sysmon[\s\S]*EventCode\s*=\s*"?(4624|4625|4688|4720|4740)\b/],
      },
    },
  },
  {
    id: 'b22-spl-fraud-o365-inbox-rules-user-ip-30d',
    question:
      'BEC check in o365: who created or changed inbox rules (New-InboxRule / Set-InboxRule) past 30 days - count per user + client ip',
    expect: {
      spl: {
        table: 'o365',
        has: [/New-InboxRule/, /Set-InboxRule/, /by\s+[^|]*UserId/, /by\s+[^|]*ClientIP/, splLast('30d|720h|1mon')],
      },
    },
  },
  {
    id: 'b22-spl-net-sysmon-duckdns-per-host-hourly-today',
    question: 'dns lookups for *.duckdns.org in sysmon today, per host per hour',
    expect: {
      spl: {
        table: 'sysmon',
        has: [/QueryName\b[^|]*duckdns\.org|duckdns\.org/i, /by\s+[^|]*\bhost\b/, /span\s*=\s*"?(1h|60m)\b/, TODAY_SPL],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },

  // SQL: the payments company's business database
  {
    id: 'b22-sql-fraud-eur-5000-more-than-3-orders-7d',
    question: 'customers with more than 3 orders over €5,000 in the past 7 days - name, email, order count and total',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /'EUR'/,
          /total\s*>\s*5000\b/i,
          sqlCountAbove(3),
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          /\bname\b/,
          /\bemail\b/,
          sqlLast('created_at', '7 days?|1 weeks?|168 hours?', 7),
        ],
      },
    },
  },
  {
    id: 'b22-sql-fraud-refund-rate-by-country-quarter',
    question: 'refund rate by country this quarter - refunded orders as a % of all orders',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /'refunded'/i,
          /100(\.0*)?\s*\*|\*\s*100(\.0*)?\b/,
          /GROUP BY[^;]*country/i,
          sqlThis('created_at', 'quarter', QUARTER_START),
        ],
        not: [
          // A WHERE status = 'refunded' before the grouping keeps only refunds: every rate is then 100 %.
          /(?<!FILTER\s*\(\s*)WHERE\s+[^;]*?status\s*=\s*'refunded'[^;]*GROUP BY/i,
          /\b(c|cu|cust|customers)\.created_at\s*(>|>=|BETWEEN)/i,
        ],
      },
    },
  },
  {
    id: 'b22-sql-fraud-login-failed-over-15-from-4-ips-48h',
    question:
      'app accounts with over 15 login_failed events coming from more than 3 different IPs in the last 48 hours',
    expect: {
      sql: {
        table: 'events',
        has: [
          /event_type\s*(=|IN\s*\()\s*'login_failed'/i,
          sqlCountAbove(15),
          /COUNT\(\s*DISTINCT\s+(\w+\.)?ip_address\s*\)\s*(>\s*3|>=\s*4)\b/i,
          sqlLast('occurred_at', '48 hours?|2 days?', 2),
        ],
      },
    },
  },
  {
    id: 'b22-sql-fraud-new-customers-big-usd-gbp-orders',
    question: 'big orders (> 10k) in USD or GBP from customers who signed up in the last 30 days',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /total\s*>\s*10000\b/i,
          /currency\s*IN\s*\(\s*'(USD|GBP)'\s*,\s*'(USD|GBP)'\s*\)|currency\s*=\s*'(USD|GBP)'[^;]*currency\s*=\s*'(USD|GBP)'|currency\s*=\s*ANY\s*\(/i,
          sqlLast(
            '(\\b(c\\w*)\\.|FROM\\s+customers\\s+(AS\\s+\\w+\\s+)?WHERE\\s+[^;)]*?\\b)created_at',
            '30 days?|1 mons?|1 months?',
            30,
          ),
        ],
      },
    },
  },
  {
    id: 'b22-sql-fraud-order-avg-min-max-currency-yesterday',
    question: "yesterday's orders: avg / min / max total per currency, leave out cancelled ones",
    expect: {
      sql: {
        table: 'orders',
        has: [
          /AVG\(\s*(\w+\.)?total\s*\)/i,
          /MIN\(\s*(\w+\.)?total\s*\)/i,
          /MAX\(\s*(\w+\.)?total\s*\)/i,
          /GROUP BY[^;]*currency/i,
          sqlStatusNot('cancell?ed'),
          sqlYesterdayStart('created_at'),
          sqlYesterdayEnd('created_at'),
        ],
      },
    },
  },
  {
    id: 'b22-sql-comp-active-admins-no-login-60d',
    question:
      'Please provide a list of all active user accounts holding the administrator role which have not logged in during the past 60 days, including their department and the date of their last login.',
    expect: {
      sql: {
        table: 'users',
        has: [
          /role\s*(=|ILIKE|LIKE|IN\s*\()\s*'%?admin/i,
          /\bactive\s*(=\s*(true|'t'|1)|IS\s+TRUE)|WHERE\s+(\w+\.)?active\b|AND\s+(\w+\.)?active\b/i,
          new RegExp(
            `(last_login_at|COALESCE\\(\\s*(\\w+\\.)?last_login_at[^)]*\\))\\s*(<|<=)\\s*\\(?\\s*${sqlNow}\\s*-\\s*(interval\\s*'(60 days?|2 mons?|2 months?)'|'60 days?'\\s*::\\s*interval|60\\b)|last_login_at\\s*(<|<=)\\s*${sqlLiteral}(${iso(new Date(TODAY.getTime() - 60 * DAY_MS))}|${iso(new Date(TODAY.getTime() - 59 * DAY_MS))}|${iso(new Date(TODAY.getTime() - 61 * DAY_MS))})`,
            'i',
          ),
          /\bdepartment\b/,
          /SELECT[\s\S]*last_login_at[\s\S]*FROM|SELECT\s+(\w+\.)?\*/i,
        ],
        // "have not logged in during the past 60 days" is a condition on the last login, not a window.
        not: [/last_login_at\s*>/i],
      },
    },
  },
  {
    id: 'b22-sql-comp-invoiced-october-2026-currency-status',
    question:
      'For the audit file, kindly report the total invoiced amount per currency and status for all invoices issued in October 2026.',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          /GROUP BY[^;]*currency/i,
          /GROUP BY[^;]*status/i,
          /issued_at[^;]*2026-10|2026-10[^;]*issued_at|EXTRACT\(\s*MONTH\s+FROM\s+(\w+\.)?issued_at\s*\)\s*=\s*10/i,
          /2026-11-01|2026-10-31|date_trunc\(\s*'month'|to_char\(|EXTRACT\(\s*MONTH/i,
        ],
      },
    },
  },
  {
    id: 'b22-sql-ciso-active-users-per-dept',
    question: 'active app users per dept?',
    expect: {
      sql: {
        table: 'users',
        has: [
          /\bactive\s*(=\s*(true|'t'|1)|IS\s+TRUE)|WHERE\s+(\w+\.)?active\b|AND\s+(\w+\.)?active\b|FILTER\s*\(\s*WHERE\s+(\w+\.)?active/i,
          /COUNT\(/i,
          /GROUP BY[^;]*department/i,
        ],
      },
    },
  },
  {
    id: 'b22-sql-fraud-top5-products-units-nigeria-month',
    question: 'Top 5 products by units sold to Nigerian customers this month',
    expect: {
      sql: {
        table: 'order_items',
        has: [
          /SUM\(\s*(\w+\.)?quantity\s*\)/i,
          /'(Nigeria|NG)'/i,
          topSql(5),
          /ORDER BY[^;]*DESC/i,
          sqlThis('created_at', 'month', MONTH_START),
        ],
        not: [/\b(c|cu|cust|customers|p|pr|prod|products)\.created_at\s*(>|>=|BETWEEN)/i],
      },
    },
  },
  {
    id: 'b22-sql-comp-departments-overspent-fy2026',
    question: 'Which departments exceeded their budget in fiscal year 2026, and by what amount?',
    expect: {
      sql: {
        table: 'budget',
        has: [
          /fiscal_year\s*(=\s*2026|IN\s*\(\s*2026)\b/i,
          /GROUP BY[^;]*department/i,
          /HAVING\s+(SUM\(\s*(\w+\.)?spent\s*\)\s*>\s*SUM\(\s*(\w+\.)?amount\s*\)|SUM\(\s*(\w+\.)?amount\s*\)\s*<\s*SUM\(\s*(\w+\.)?spent\s*\)|SUM\(\s*(\w+\.)?spent\s*\)\s*-\s*SUM\(\s*(\w+\.)?amount\s*\)\s*>\s*0|SUM\(\s*(\w+\.)?spent\s*-\s*(\w+\.)?amount\s*\)\s*>\s*0)|WHERE\s+[^;]*(overspent|over_by|overspend|excess)\s*>\s*0/i,
          /SUM\(\s*(\w+\.)?spent\s*\)\s*-\s*SUM\(\s*(\w+\.)?amount\s*\)|SUM\(\s*(\w+\.)?spent\s*-\s*(\w+\.)?amount\s*\)/i,
        ],
      },
    },
  },

  // two platforms
  {
    id: 'b22-multi-net-45-155-firewall-defender-3d',
    question:
      'did 45.155.205.233 talk to anything of ours? check the firewall logs in splunk and the defender device connections, last 3 days',
    expect: {
      spl: { table: 'Network_Traffic', has: [/45\.155\.205\.233/, splLast('3d|72h')] },
      kql: {
        table: 'DeviceNetworkEvents',
        has: [/RemoteIP\s*(==|=~|in~?\s*\(|has)\s*["']45\.155\.205\.233["']/, kqlLast('3d|72h')],
      },
    },
  },
  {
    id: 'b22-multi-fraud-102-89-entra-failed-app-login-failed-24h',
    question: 'IP 102.89.34.10 - failed entra sign-ins from it and login_failed events from it in our app db, last 24h',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [/IPAddress\s*(==|=~|in~?\s*\(|has)\s*["']102\.89\.34\.10["']/, FAILED_SIGNIN_KQL, DAY1_KQL],
      },
      sql: {
        table: 'events',
        has: [
          /ip_address[^;]*102\.89\.34\.10/,
          /event_type\s*(=|IN\s*\()\s*'login_failed'/i,
          sqlLast('occurred_at', '24 hours?|1 days?', 1),
        ],
      },
    },
  },
  {
    id: 'b22-multi-comp-okafor-entra-cloudtrail-console-month',
    question:
      'Please provide, for the current month, all Entra ID sign-ins and all AWS console logins (CloudTrail ConsoleLogin) of the user r.okafor@payfast.io.',
    expect: {
      kql: { table: 'SigninLogs', has: [/r\.okafor@payfast\.io/i, THIS_MONTH_KQL] },
      spl: {
        table: 'aws',
        has: [/ConsoleLogin/, /r\.okafor/i, THIS_MONTH_SPL],
        // Second commit: an ARN is never the bare user name, so `userIdentity.arn=r.okafor@payfast.io` (no
        // wildcard) finds no console login.
        not: [/userIdentity\.arn\s*=\s*"?r\.okafor/i],
      },
    },
  },
  {
    id: 'b22-multi-ciso-vssadmin-delete-shadows-week',
    question: 'vssadmin delete shadows anywhere this week? defender + sysmon',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/vssadmin/i, /ProcessCommandLine\b[^|]*(delete[^|]*shadows|shadows[^|]*delete)/i, THIS_WEEK_KQL],
      },
      // sysmon feeds the CIM Endpoint data model too: either is a right place to look.
      spl: {
        has: [
          /index\s*=\s*"?sysmon|datamodel\s*=\s*"?Endpoint/,
          /vssadmin/i,
          /delete[^|]*shadows|shadows[^|]*delete/i,
          THIS_WEEK_SPL,
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b22-multi-fraud-tanaka-signins-country-app-events-14d',
    question:
      'insider check on k.tanaka@payfast.io: her entra sign-ins by country + what she did in our app (events by type), both last 14 days',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [/k\.tanaka@payfast\.io/i, /by\s+[^|]*Location/, kqlLast('14d|336h|2w')],
      },
      sql: {
        table: 'events',
        has: [
          /'k\.tanaka@payfast\.io'/i,
          /GROUP BY[^;]*event_type/i,
          sqlLast('occurred_at', '14 days?|2 weeks?|336 hours?', 14),
        ],
      },
    },
  },

  // clarification
  { id: 'b22-clarify-ciso-rerun-the-usual', question: 'rerun the usual for me', clarification: true },
  {
    id: 'b22-clarify-comp-formal-matter-discussed',
    question:
      'Dear team, I would be grateful if you could look into the matter we discussed and revert at your earliest convenience.',
    clarification: true,
  },
];

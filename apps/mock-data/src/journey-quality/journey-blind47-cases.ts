import type { JourneyCase } from './journey-cases';
import {
  kqlLast,
  kqlSince,
  TODAY_KQL,
  THIS_WEEK_KQL,
  COUNT_KQL,
  kqlEvent,
  kqlAbove,
  kqlShows,
  splLast,
  DAY1_SPL,
  TODAY_SPL,
  splEvent,
  WINDOWS_SECURITY_IDS_SPL,
  splShows,
  COUNT_SPL,
  splTop,
  sqlInterval,
  sqlLast,
  sqlDayOf,
  topSql,
  sqlCountAbove,
  sqlIs,
  sqlShows,
  NOT_CUSTOMER_DATE_SQL,
  YESTERDAY_START_KQL,
  YESTERDAY_END_KQL,
  splAbove,
  DESC_SQL,
} from './journey-patterns';
import { DAY_MS, MONDAY, MONTH_START, TODAY, iso, splDate, sqlLiteral } from './journey-dates';

/**
 * The "blind47" journey-quality set, written blind on 2026-11-28 (08:35–09:00 UTC). I did not read the
 * query builders (apps/mock-data/src/query/**), the constraint extractor or routing code (libs/planner-core),
 * planner-llm, the planner app, the git history of any of them, any failure list, or another blind author's
 * work in progress, and I did not run the planner on any question: the first run is the lead's.
 * I read: TEAM.md and BLIND.md, the `JourneyCase` / `QueryCheck` types in journey-cases.ts, journey-dates.ts,
 * run-journeys.ts (to register the set), the mesh's schemas (kql/spl/sql.json), and blind44's file as the
 * format example (its window and shape helpers are reused here; its questions and values are not).
 * Written under a short deadline: 24 cases, not 38.
 * Personas (new):
 * - a retail chain's loss-prevention analyst (BrightMart, brightmart.co.uk): till PCs (TILL-*), refund abuse,
 *   gift-card files, external sharing, an employee's sign-ins and back-office events;
 * - a hosting provider's NOC engineer: outbound SMTP from customer machines, SSH blocked at the firewall,
 *   503s on the web tier, CloudTrail AccessDenied, VM deletions in a resource group, a scanning IP;
 * - a charity's finance officer: overdue invoices, EUR invoices of the previous quarter, overspent budgets,
 *   units sold in the charity shop's category this week;
 * - a hospital's identity admin (St Mary's, stmarys-health.org): a clinician's failed sign-ins, lockouts,
 *   sign-ins to the clinical app from outside the UK, RDP failures on clinical workstations, stale accounts.
 * No question names a query language. Phrasing mixes terse shorthand, chatty stories and a few typos
 * (yesterdy, recieved, departmnet).
 * Counts: 7 KQL, 6 SPL, 6 SQL, 3 two-platform (2 KQL + SPL, 1 KQL + SQL), 2 clarification cases (24).
 * Values: UPNs, an IP, ports (22, 25), a SHA1, a host prefix (TILL-*, CLIN-WS-*), event IDs (4625, 4740, 11),
 * an Azure resource group and operation, an O365 operation, an AWS error code and region, HTTP status 503,
 * order / invoice statuses, a currency (EUR), a country (the UK, negated), a department, a category, a
 * fiscal year.
 * Shapes: counts, sums, thresholds after aggregation (> 3, > 5, > 100), top N (5, 10), hourly and monthly
 * buckets, group by X (and Y), ordering (biggest first), columns to show, negations (outside the UK, unpaid).
 * Windows: last N hours/days (4h, 6h, 12h, 24h, 48h, 2d, 3d, 7d, 14d, 30d), today, yesterday (both ends),
 * this week, this month, the previous calendar quarter (both ends), since an explicit date (1 Nov), a fiscal
 * year, and an inactivity condition ("not logged in for 60 days": a condition, not a window).
 * Checks accept every spelling I could think of for the same condition and reject only queries that do not
 * answer the question. Before committing I checked every case's checks against 25 queries I wrote by hand
 * (one per platform of each case; a scratch script, not committed, calling the real checkers from
 * journey-checkers.ts): every `has` matched, no `not` did, and the Kusto analyser, the SPL check and
 * PostgreSQL reported no problem. Not run on the planner by me.
 */

/** `now()` and its SQL spellings. */
const sqlNow = '(now\\(\\)|CURRENT_DATE|current_timestamp|localtimestamp)';
/** The explicit date a question names. */
const NOV_1 = new Date(Date.UTC(2026, 10, 1));
/** The first day of this calendar quarter, and of the previous one (UTC). */
const QUARTER_START = new Date(Date.UTC(TODAY.getUTCFullYear(), Math.floor(TODAY.getUTCMonth() / 3) * 3, 1));
const PREV_QUARTER_START = new Date(Date.UTC(QUARTER_START.getUTCFullYear(), QUARTER_START.getUTCMonth() - 3, 1));
/** The previous quarter's number (1–4) and last day. */
const PREV_QUARTER = Math.floor(PREV_QUARTER_START.getUTCMonth() / 3) + 1;
const PREV_QUARTER_END = new Date(QUARTER_START.getTime() - DAY_MS);

// KQL windows and shapes
/** "Since 1 Nov" (KQL): the literal day, or this month's start while the run is in November 2026. */
const SINCE_NOV_1_KQL = new RegExp(
  [
    kqlSince(NOV_1).source,
    ...(iso(MONTH_START) === iso(NOV_1) ? ['>=?\\s*startofmonth\\(\\s*now\\(\\)\\s*\\)'] : []),
  ].join('|'),
);
/** Top N (KQL). */
const kqlTop = (n: number) => new RegExp(`top\\s+${n}\\s+by|take\\s+${n}\\b|limit\\s+${n}\\b`);
/**
 * A value compared to a KQL column: `==`, `=~`, `has`, `contains`, or anywhere in an `in` / `has_any` list
 * (the value need not come first in the list).
 */
const kqlIs = (column: string, value: string) =>
  new RegExp(`${column}\\s*(==|=~|has|contains|startswith|(in~?|has_any)\\s*\\([^)]*?)\\s*["']${value}["']`, 'i');
/** A failed Entra sign-in (KQL): ResultType other than 0. */
const FAILED_SIGNIN_KQL =
  /ResultType\s*(!=|!~|<>)\s*["']?0["']?(?!\d)|ResultType\s*!in~?\s*\([^)]*["']?0["']?\s*[,)]|toint\(\s*ResultType\s*\)\s*(!=\s*0|>\s*0)\b/;

// SQL windows and shapes
/** Since the start of this <unit> on a column (SQL): date_trunc of now, or the literal first day. */
const sqlThis = (column: string, unit: string, ...starts: readonly Date[]) =>
  new RegExp(
    `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*(date_trunc\\(\\s*'${unit}'\\s*,\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?\\)|${sqlLiteral}(${starts.map(iso).join('|')}))|date_trunc\\(\\s*'${unit}'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=\\s*date_trunc\\(\\s*'${unit}'\\s*,\\s*${sqlNow}`,
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
/** Three months back, as Postgres may spell it. */
const SQL_QUARTER_BACK = "(interval\\s*'(3 months?|1 quarter)'|'(3 months?|1 quarter)'\\s*::\\s*interval)";
/** The previous calendar quarter's start on a column (SQL). */
const sqlPrevQuarterStart = (column: string) =>
  new RegExp(
    [
      `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*date_trunc\\(\\s*'quarter'\\s*,\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?\\)\\s*-\\s*${SQL_QUARTER_BACK}`,
      `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*date_trunc\\(\\s*'quarter'\\s*,\\s*\\(?\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?-\\s*${SQL_QUARTER_BACK}`,
      `${column}\\s*(>=|BETWEEN)\\s*${sqlLiteral}${iso(PREV_QUARTER_START)}`,
      `date_trunc\\(\\s*'quarter'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=\\s*date_trunc\\(\\s*'quarter'\\s*,\\s*\\(?\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?-\\s*${SQL_QUARTER_BACK}`,
      `EXTRACT\\(\\s*QUARTER\\s+FROM\\s+(\\w+\\.)?${column}\\s*\\)\\s*=\\s*${PREV_QUARTER}\\b`,
    ].join('|'),
    'i',
  );
/** …and its end: before this quarter's start. */
const sqlPrevQuarterEnd = (column: string) =>
  new RegExp(
    [
      `${column}\\s*<\\s*\\(?\\s*(date_trunc\\(\\s*'quarter'\\s*,\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?\\)|${sqlLiteral}${iso(QUARTER_START)})`,
      `(BETWEEN|<=)\\s*[^;]*${iso(PREV_QUARTER_END)}[T ]23:59`,
      `${sqlDayOf(column)}\\s*(<=\\s*|BETWEEN\\s*[^;]*?AND\\s*)${sqlLiteral}${iso(PREV_QUARTER_END)}'`,
      `date_trunc\\(\\s*'quarter'\\s*,\\s*(\\w+\\.)?${column}\\s*\\)\\s*=`,
      `EXTRACT\\(\\s*QUARTER\\s+FROM\\s+(\\w+\\.)?${column}\\s*\\)\\s*=\\s*${PREV_QUARTER}\\b`,
    ].join('|'),
    'i',
  );
/** A calendar month bucket on a column (SQL). */
const sqlMonthly = (column: string) =>
  new RegExp(
    `date_trunc\\(\\s*'month'\\s*,\\s*(\\w+\\.)?${column}|EXTRACT\\(\\s*MONTH\\s+FROM\\s+(\\w+\\.)?${column}|to_char\\(\\s*(\\w+\\.)?${column}\\s*,\\s*'(YYYY-)?MM`,
    'i',
  );
/** A true boolean column (SQL): `= true`, `IS TRUE`, or the bare column. */
const sqlTrue = (column: string) =>
  new RegExp(
    `${column}\\s*(=\\s*(true|'t'|'true'|1)\\b|IS\\s+TRUE)|(WHERE|AND)\\s+(\\w+\\.)?${column}\\b(?!\\s*(=|<>|!=|IS\\s+(NOT|FALSE)))`,
    'i',
  );

/** This month's start (SPL). */
const THIS_MONTH_SPL = new RegExp(`earliest\\s*=\\s*"?(@mon(th)?|-0mon(th)?@mon(th)?|${splDate(MONTH_START)})`);
/** An hourly bucket (SPL). */
const HOURLY_SPL = /span\s*=\s*"?(1h|60m|3600s|1hr|1hour)\b/;
/** The SHA1 the loss-prevention analyst was sent. */
const SHA1_IOC = '6f1ed002ab5595859014ebf0951522d9ef9a1c93';
/** A sum of the invoices' amount (SQL). */
const SUM_AMOUNT_SQL = /SUM\(\s*(\w+\.)?amount\s*\)/i;

export const BLIND47_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: hospital identity admin
  {
    id: 'b47-kql-iam-okafor-failed-12h',
    question: 'failed sign ins for dr.okafor@stmarys-health.org in the last 12 hrs? she says her phone keeps asking',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [kqlIs('UserPrincipalName', 'dr\\.okafor@stmarys-health\\.org'), FAILED_SIGNIN_KQL, kqlLast('12h|720m')],
      },
    },
  },
  {
    id: 'b47-kql-iam-4740-per-account-yesterday',
    question:
      'Could you pull the account lockouts (event 4740) from Sentinel for yesterdy, with a count per locked account? The ward managers say it was a bad night.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4740),
          COUNT_KQL,
          /by\s+[^|]*(TargetUserName|Account)\b/,
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b47-kql-iam-epic-outside-uk-week-top10',
    question:
      'Sign-ins to the "Epic Hyperspace" app this week from anywhere outside the UK — top 10 countries by number of sign-ins',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('AppDisplayName', 'Epic Hyperspace'),
          /Location\s*(!=|!~|!in~?|!has|!contains)\s*\(?[^|]*["'](GB|UK|United Kingdom)["']|not\(\s*Location\s*(==|=~|in~?|has)\s*\(?\s*["'](GB|UK|United Kingdom)["']/i,
          /by\s+[^|]*Location\b/,
          kqlTop(10),
          THIS_WEEK_KQL,
        ],
      },
    },
  },
  // KQL: NOC engineer
  {
    id: 'b47-kql-noc-smtp-25-over-100-6h',
    question:
      'defender network events: which customer VMs opened more than 100 connections to remote port 25 in the past 6 hours? suspect a spam bot',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /RemotePort\s*(==|in\s*\()\s*25\b/,
          COUNT_KQL,
          /by\s+[^|]*(DeviceName|DeviceId)\b/,
          kqlAbove(100),
          kqlLast('6h|360m'),
        ],
      },
    },
  },
  {
    id: 'b47-kql-noc-vm-delete-rg-3d',
    question: 'who deleted VMs in resource group rg-hosting-edge over the last 3 days? need caller + time',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          kqlIs('ResourceGroup', 'rg-hosting-edge'),
          /virtualMachines\/delete|OperationNameValue\s*(has|contains|endswith|=~|==)\s*["'][^"']*delete/i,
          kqlShows('Caller'),
          kqlShows('TimeGenerated'),
          kqlLast('3d|72h'),
        ],
      },
    },
  },
  // KQL: loss-prevention analyst
  {
    id: 'b47-kql-lp-marsh-downloads-since-nov1',
    question:
      'Office 365: every file j.marsh@brightmart.co.uk has downloaded (FileDownloaded) since 1 Nov. She handed in her notice last week.',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [kqlIs('UserId', 'j\\.marsh@brightmart\\.co\\.uk'), kqlIs('Operation', 'FileDownloaded'), SINCE_NOV_1_KQL],
      },
    },
  },
  {
    id: 'b47-kql-lp-sha1-till-30d',
    question: `did any of the till PCs (TILL-*) run a file with sha1 ${SHA1_IOC} in the last 30 days? device, account and folder path pls`,
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          new RegExp(SHA1_IOC, 'i'),
          /DeviceName\s*(startswith(_cs)?|has_prefix|hasprefix|matches\s+regex|=~|has|contains|like)\s*["']\^?TILL-/i,
          kqlShows('DeviceName'),
          kqlShows('AccountName'),
          kqlShows('FolderPath'),
          kqlLast('30d|720h'),
        ],
      },
    },
  },

  // SPL: NOC engineer
  {
    id: 'b47-spl-noc-ssh-blocked-top10-4h',
    question: 'firewall: top 10 source IPs getting blocked on port 22, last 4 hours',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /dest_port\s*(=|IN\s*\()\s*"?22\b/i,
          /action\s*(=|IN\s*\()\s*"?(blocked|denied|deny|block|dropped|drop)|action\s*!=\s*"?allow/i,
          /\bsrc(_ip)?\b/,
          splTop(10),
          splLast('4h|240m'),
        ],
      },
    },
  },
  {
    id: 'b47-spl-noc-503-hourly-today',
    question: 'How many 503s is the web tier throwing today? hourly, split per web server',
    expect: {
      spl: {
        table: 'Web',
        has: [/status\s*(=|IN\s*\()\s*"?503\b/i, HOURLY_SPL, /by\s+[^|]*\b(Web\.)?(dest|host)\b/, TODAY_SPL],
      },
    },
  },
  {
    id: 'b47-spl-noc-accessdenied-euw1-2d',
    question:
      'CloudTrail AccessDenied errors in eu-west-1 over the last 2 days, grouped by event name and the caller arn',
    expect: {
      spl: {
        table: 'aws',
        has: [
          /errorCode\s*(=|IN\s*\()\s*"?AccessDenied/i,
          /awsRegion\s*(=|IN\s*\()\s*"?eu-west-1/i,
          /by\s+[^|]*eventName/,
          /by\s+[^|]*userIdentity\.arn/,
          splLast('2d|48h|2880m'),
        ],
      },
    },
  },
  // SPL: hospital identity admin
  {
    id: 'b47-spl-iam-4625-clin-ws-over5-24h',
    question:
      'In Splunk, failed logons (4625) on the clinical workstations CLIN-WS-* over the past 24h — per user, only users with more than 5',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [
          splEvent(4625),
          /(host|dest|ComputerName)\s*(=|IN\s*\()\s*"?CLIN-WS-\*|like\(\s*(host|dest)\s*,\s*"CLIN-WS-%/i,
          COUNT_SPL,
          /by\s+[^|]*\buser\b/,
          splAbove(5),
          DAY1_SPL,
        ],
      },
    },
  },
  // SPL: loss-prevention analyst
  {
    id: 'b47-spl-lp-anonymous-links-month',
    question: 'o365 audit: who created anonymous sharing links (AnonymousLinkCreated) this month, count per user',
    expect: {
      spl: {
        table: 'o365',
        has: [/AnonymousLinkCreated/, COUNT_SPL, /by\s+[^|]*UserId/, THIS_MONTH_SPL],
      },
    },
  },
  {
    id: 'b47-spl-lp-giftcard-files-14d',
    question:
      'sysmon file creates (event 11) with "giftcard" in the file name over the last 14 days. which host and which user?',
    expect: {
      spl: {
        table: 'sysmon',
        has: [
          /EventCode\s*(=|IN\s*\()\s*"?11\b/i,
          /giftcard/i,
          splShows('host|dest'),
          splShows('User|user'),
          splLast('14d|2w|336h'),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },

  // SQL: charity finance officer
  {
    id: 'b47-sql-fin-overdue-unpaid-per-customer',
    question:
      'Which invoices are past their due date and still unpaid? Total outstanding per customer, biggest first please.',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /due_date\s*<\s*\(?\s*(CURRENT_DATE|now\(\)|current_timestamp|localtimestamp)|status\s*(=|IN\s*\()[^)]*'overdue'/i,
          /paid_at\s+IS\s+NULL|status\s*(<>|!=)\s*'paid'|status\s+NOT\s+IN\s*\([^)]*'paid'|status\s*(=|IN\s*\()[^)]*'(overdue|unpaid|open|outstanding)'/i,
          SUM_AMOUNT_SQL,
          /GROUP\s+BY\s+[^;]*(customer_id|name)/i,
          DESC_SQL,
        ],
      },
    },
  },
  {
    id: 'b47-sql-fin-eur-invoices-prev-quarter-monthly',
    question: 'total of EUR invoices issued last quarter, broken down by month',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          sqlIs('currency', 'EUR'),
          SUM_AMOUNT_SQL,
          sqlMonthly('issued_at'),
          sqlPrevQuarterStart('issued_at'),
          sqlPrevQuarterEnd('issued_at'),
        ],
      },
    },
  },
  {
    id: 'b47-sql-fin-overspent-fy2026',
    question:
      'trustees want to know: which departmnet went over budget in fiscal year 2026 (spent more than allocated)?',
    expect: {
      sql: {
        table: 'budget',
        has: [
          /fiscal_year\s*(=|IN\s*\()\s*'?2026\b/i,
          /SUM\(\s*(\w+\.)?spent\s*\)\s*>=?\s*SUM\(\s*(\w+\.)?amount\s*\)|SUM\(\s*(\w+\.)?amount\s*\)\s*<=?\s*SUM\(\s*(\w+\.)?spent\s*\)|(\w+\.)?spent\s*>\s*(\w+\.)?amount|(\w+\.)?amount\s*<\s*(\w+\.)?spent|SUM\(\s*(\w+\.)?spent\s*-\s*(\w+\.)?amount\s*\)\s*>\s*0/i,
          /department/i,
        ],
      },
    },
  },
  {
    id: 'b47-sql-fin-shop-top5-units-week',
    question: 'our db: top 5 products in the "Second-hand Books" category by units sold this week',
    expect: {
      sql: {
        table: 'order_items',
        has: [
          sqlIs('category', 'Second-hand Books'),
          /SUM\(\s*(\w+\.)?quantity\s*\)/i,
          topSql(5),
          DESC_SQL,
          sqlThis('created_at', 'week', MONDAY),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  // SQL: loss-prevention analyst
  {
    id: 'b47-sql-lp-refunded-over3-30d',
    question: 'customers with more than 3 refunded orders in the last 30 days (refund abuse check)',
    expect: {
      sql: {
        table: 'orders',
        has: [
          sqlIs('status', 'refunded'),
          /GROUP\s+BY\s+[^;]*(customer_id|name|email)/i,
          sqlCountAbove(3),
          sqlLast('created_at', '30 days?|1 months?|720 hours?', 30),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  // SQL: hospital identity admin
  {
    id: 'b47-sql-iam-radiology-inactive-60d',
    question:
      "Radiology accounts in the app database that are still active but haven't logged in for 60 days — name, email, last login",
    expect: {
      sql: {
        table: 'users',
        has: [
          sqlIs('department', 'Radiology'),
          sqlTrue('active'),
          sqlOlderThan('last_login_at', '60 days?|2 months?|1440 hours?', 60),
          sqlShows('display_name'),
          sqlShows('email'),
          sqlShows('last_login_at'),
        ],
        not: [sqlLast('last_login_at', '60 days?|2 months?|1440 hours?', 60)],
      },
    },
  },

  // Two platforms
  {
    id: 'b47-multi-iam-jpatel-4740-today',
    question: 'is jpatel getting locked out again today? check Sentinel and Splunk for 4740s on that account',
    expect: {
      kql: { table: 'SecurityEvent', has: [kqlEvent(4740), /jpatel/i, TODAY_KQL] },
      spl: { table: 'wineventlog', has: [splEvent(4740), /jpatel/i, TODAY_SPL] },
    },
  },
  {
    id: 'b47-multi-noc-45-155-205-17-48h',
    question:
      '45.155.205.17 has been hammering us. Any Entra sign-ins from it, and what did the firewall see from that address, last 48h?',
    expect: {
      kql: { table: 'SigninLogs', has: [kqlIs('IPAddress', '45\\.155\\.205\\.17'), kqlLast('48h|2d|2880m')] },
      spl: { table: 'Network_Traffic', has: [/45\.155\.205\.17/, splLast('48h|2d|2880m')] },
    },
  },
  {
    id: 'b47-multi-lp-kobi-signins-events-7d',
    question:
      'k.obi@brightmart.co.uk — we recieved a tip-off. her entra sign-ins and her events in the back-office db for the last 7 days',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [kqlIs('UserPrincipalName', 'k\\.obi@brightmart\\.co\\.uk'), kqlLast('7d|168h|1w')],
      },
      sql: {
        table: 'events',
        has: [/k\.obi@brightmart\.co\.uk/i, sqlLast('occurred_at', '7 days?|168 hours?|1 weeks?', 7)],
      },
    },
  },

  // Clarification: nothing to act on
  { id: 'b47-clarify-hi-quick-one', question: 'hi there, quick one for you', clarification: true },
  { id: 'b47-clarify-other-store', question: 'can you run that for the other store as well?', clarification: true },
];

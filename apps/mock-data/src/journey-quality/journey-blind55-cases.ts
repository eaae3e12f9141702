import type { JourneyCase } from './journey-cases';
import {
  LAST_MONTH_END,
  kqlLast,
  DAY1_KQL,
  kqlSince,
  TODAY_KQL,
  THIS_WEEK_KQL,
  THIS_MONTH_KQL,
  YESTERDAY_END_KQL,
  COUNT_KQL,
  kqlEvent,
  kqlShows,
  kqlIs,
  kqlPrefix,
  kqlBy,
  splLast,
  DAY1_SPL,
  TODAY_SPL,
  YESTERDAY_START_SPL,
  YESTERDAY_END_SPL,
  splSince,
  splEvent,
  splShows,
  COUNT_SPL,
  splTop,
  splBy,
  sqlThis,
  sqlDayOf,
  sqlPrevMonthStart,
  sqlPrevMonthEnd,
  topSql,
  sqlIs,
  sqlShows,
  sqlGroupBy,
  NOT_CUSTOMER_DATE_SQL,
  UNPAID_SQL,
  DESC_SQL,
  MONTHLY_SQL,
  dots,
} from './journey-patterns';
import {
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
 * The "blind55" journey-quality set, written blind on 2026-11-28 (15:08–15:20 UTC). I did not read the query
 * builders (apps/mock-data/src/query/**), the constraint extractor or routing code (libs/planner-core),
 * planner-llm, the planner app, the git history of any of them, any failure list, or another blind author's work
 * in progress, and I did not run the planner on any question: the first run is the lead's.
 * I read: TEAM.md and BLIND.md, the `JourneyCase` / `QueryCheck` types in journey-cases.ts, journey-dates.ts,
 * journey-checkers.ts, run-journeys.ts (to register the set), the mesh's schemas (kql/spl/sql.json, the files the
 * bundled-schemas module loads), blind52's file as the format example (several of its window and shape helpers are
 * reused here; its questions, personas and values are not) and the question lines of the other blind sets (to
 * avoid their personas, questions and clarification wordings).
 * Personas (new, organisations invented):
 * - a game studio's DevOps lead (Ashfall Interactive, ashfall.games, AF-BLD-* build agents; terse chat with
 *   abbreviations and typos, AWS and Azure heavy): Azure deletions in a resource group, failed Azure operations per
 *   resource provider, a pipeline service account's sign-ins, cloudflared on build agents, distinct sign-in users
 *   per country, S3 bucket deletions and policy changes, TerminateInstances per region per day, erroring Terraform
 *   calls, 5xx on the API host, failed Azure DevOps sign-ins in Splunk's Azure AD feed, a build agent talking to a
 *   /24, cloud changes today in Azure and AWS;
 * - a dental-supply wholesaler's finance controller (Kessler-Vane Dental Supply, kvdental.com; ordinary sentences):
 *   EUR invoicing per month, overdue invoices per customer, a department's remaining budget per month, top
 *   Orthodontics products this quarter, big orders yesterday, dormant Clinic Group customers, late payments, days
 *   to pay per country, cancelled USD orders in a range, average list price per category, an invoice-export check;
 * - an insurance company's incident responder (Northgate Mutual, northgatemutual.com, NGM-* hosts; formal
 *   write-up sentences): 4732 on two DCs last month, network logons of a service account, pastebin connections,
 *   vssadmin delete shadows, New-InboxRule, admin password resets, 1102 log clearing, .iso files in Downloads,
 *   Image File Execution Options registry changes, bytes sent to a Tor exit, Add-MailboxPermission, 4672 for an
 *   admin account, rundll32 + comsvcs.dll.
 * Styles: about a third formal full sentences, a third ordinary, a third terse chat. No question names a query
 * language; a question names its store (Sentinel, Defender, Splunk, Sysmon, "Splunk's Azure AD logs", the
 * firewall data in Splunk) whenever the schemas hold that data in more than one store; AzureActivity, CloudTrail,
 * the Web and registry data models and the business tables are asked for without a store name.
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform (4 KQL + SPL, 1 KQL + SQL), 2 clarification cases (38).
 * Values: UPNs, a service account (svc_claimsbatch), an admin account (adm-rkoval), hosts and a prefix (NGM-DC01,
 * NGM-DC02, AF-BLD-14, AF-BLD-*), an IP (185.220.101.47) and a CIDR (45.83.64.0/24), event IDs (4732, 4624 with
 * logon type 3, 1102, 11, 4672), process names (cloudflared.exe, vssadmin.exe, rundll32.exe + comsvcs.dll), a
 * domain (pastebin.com), a web host, HTTP 5xx, a resource group, Azure status and write operations, CloudTrail
 * event names (DeleteBucket, PutBucketPolicy, TerminateInstances), a user agent (terraform), O365 operations
 * (New-InboxRule, Add-MailboxPermission, FileDownloaded), a registry key, an app (Azure DevOps), currencies (EUR,
 * USD), an amount threshold (2,500), a category, a segment, a department, a fiscal year, an event type.
 * Shapes: counts, distinct counts, sums, averages (of a price and of days between two dates), a sum of a difference,
 * top N (5, 10), daily and monthly buckets, group by X (and Y), ordering, columns to show, negations / absences
 * (no order since, not paid, paid after due date).
 * Windows: last N hours/days/months (6h, 12h, 24h, 48h, 72h, 3d, 7d, 10d, 14d, 30d, 6 months), today, yesterday
 * (both ends), this week / since Monday, this month, this quarter, this year, the previous calendar month (both
 * ends), since explicit dates (1 Sep, 16, 20, 24, 25 Nov 2026), explicit ranges (3–17 Nov, 10–20 Nov 2026), a fiscal
 * year, and conditions that are not windows ("overdue right now", "paid after the due date", active products).
 * Checks accept every spelling I could think of for the same condition and reject only queries that do not answer
 * the question. Before committing I checked every case against queries I wrote by hand (one per platform of each
 * case; a scratch script, not committed, calling the real checkers from journey-checkers.ts): every `has` matched,
 * no `not` did, and the Kusto analyser, the SPL check and PostgreSQL reported no problem. Not run on the planner.
 */

/** `now()` and its SQL spellings. */
const sqlNow = '(now\\(\\)|CURRENT_DATE|current_timestamp|localtimestamp)';
/** The first day of this calendar quarter. */
const QUARTER_START = new Date(Date.UTC(TODAY.getUTCFullYear(), Math.floor(TODAY.getUTCMonth() / 3) * 3, 1));

// KQL windows and shapes
const YESTERDAY_START_KQL = new RegExp(
  `startofday\\(\\s*(ago\\(\\s*(1d|24h)\\s*\\)|now\\(\\)\\s*-\\s*(1d|24h))\\s*\\)|startofday\\(\\s*now\\(\\)\\s*\\)\\s*-\\s*(1d|24h)|${kqlDate(YESTERDAY)}`,
);
/** The previous calendar month (KQL): start and end. */
const LAST_MONTH_START_KQL = new RegExp(
  [
    `startofmonth\\(\\s*(now\\(\\)\\s*,\\s*-1|datetime_add\\(\\s*["']?month["']?\\s*,\\s*-1\\s*,\\s*now\\(\\)\\s*\\))\\s*\\)`,
    `startofmonth\\(\\s*startofmonth\\(\\s*now\\(\\)\\s*\\)\\s*-\\s*1d\\s*\\)`,
    kqlDate(LAST_MONTH_START),
  ].join('|'),
);
const LAST_MONTH_END_KQL = new RegExp(
  [
    `(<|\\.\\.)\\s*startofmonth\\(\\s*now\\(\\)\\s*\\)`,
    `endofmonth\\(\\s*(now\\(\\)\\s*,\\s*-1|datetime_add\\(\\s*["']?month["']?\\s*,\\s*-1\\s*,\\s*now\\(\\)\\s*\\))\\s*\\)`,
    `(<|\\.\\.)\\s*${kqlDate(MONTH_START)}`,
    `(<=?|\\.\\.)\\s*datetime\\(\\s*["']?${iso(LAST_MONTH_END)}`,
  ].join('|'),
);

// SPL windows and shapes
const THIS_WEEK_SPL = new RegExp(`earliest\\s*=\\s*"?(@w[01]?|-0w@w[01]?|${splDate(SUNDAY)}|${splDate(MONDAY)})`);
const THIS_MONTH_SPL = new RegExp(`earliest\\s*=\\s*"?(@mon|-0mon@mon|${splDate(MONTH_START)})`);
/** Windows Security event IDs, which must never be applied to sysmon (SPL). */
const WINDOWS_SECURITY_IDS_SPL = /EventCode\s*=\s*"?(4624|4625|4648|4672|4688|4698|4720|4732)\b/;
/** A daily bucket (SPL). */
const DAILY_SPL = /span\s*=\s*"?(1d|24h|1day)\b|strftime\([^)]*%(Y-%m-%d|F|d)/;

// SQL windows and shapes
/** An SQL interval of the given spellings (`interval '7 days'`, `'7 days'::interval`). */
const sqlInterval = (spellings: string) => `(interval\\s*'(${spellings})'|'(${spellings})'\\s*::\\s*interval)`;
/** Yesterday as an SQL expression. */
const SQL_YESTERDAY = `(CURRENT_DATE\\s*-\\s*(1\\b|${sqlInterval('1 days?')})|(now\\(\\)|current_timestamp)\\s*::\\s*date\\s*-\\s*(1\\b|${sqlInterval('1 days?')})|date_trunc\\(\\s*'day'\\s*,\\s*${sqlNow}\\s*\\)\\s*-\\s*${sqlInterval('1 days?|24 hours')}|${sqlLiteral}${iso(YESTERDAY)})`;
/** Today's start as an SQL expression. */
const SQL_TODAY = `(CURRENT_DATE|(now\\(\\)|current_timestamp)\\s*::\\s*date|date_trunc\\(\\s*'day'\\s*,\\s*${sqlNow}\\s*\\)|${sqlLiteral}${iso(TODAY)})`;
/** Yesterday's start and end on a column (SQL). */
const sqlYesterdayStart = (column: string) =>
  new RegExp(
    `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*${SQL_YESTERDAY}|${sqlDayOf(column)}\\s*=\\s*\\(?\\s*${SQL_YESTERDAY}`,
    'i',
  );
const sqlYesterdayEnd = (column: string) =>
  new RegExp(
    `${column}\\s*<\\s*\\(?\\s*${SQL_TODAY}|${sqlDayOf(column)}\\s*=\\s*\\(?\\s*${SQL_YESTERDAY}|BETWEEN\\s[^;]*AND\\s*[^;]*${iso(YESTERDAY)}[T ]23:59`,
    'i',
  );
/** This calendar year on a column (SQL). */
const sqlThisYear = (column: string) =>
  new RegExp(
    `${sqlThis(column, 'year', YEAR_START).source}|EXTRACT\\(\\s*YEAR\\s+FROM\\s+(\\w+\\.)?(${column})\\s*\\)\\s*=\\s*${YEAR}|date_part\\(\\s*'year'\\s*,\\s*(\\w+\\.)?(${column})\\s*\\)\\s*=\\s*${YEAR}`,
    'i',
  );

/** Explicit days the questions name. */
const SEP_1 = new Date(Date.UTC(2026, 8, 1));
const NOV_10 = new Date(Date.UTC(2026, 10, 10));
const NOV_16 = new Date(Date.UTC(2026, 10, 16));
const NOV_20 = new Date(Date.UTC(2026, 10, 20));
const NOV_21 = new Date(Date.UTC(2026, 10, 21));
const NOV_24 = new Date(Date.UTC(2026, 10, 24));
const NOV_25 = new Date(Date.UTC(2026, 10, 25));
/** Six months back from today: its day, and the first of the month five or six months back. */
const SIX_MONTHS_AGO = [
  new Date(Date.UTC(TODAY.getUTCFullYear(), TODAY.getUTCMonth() - 6, TODAY.getUTCDate())),
  new Date(Date.UTC(TODAY.getUTCFullYear(), TODAY.getUTCMonth() - 6, 1)),
  new Date(Date.UTC(TODAY.getUTCFullYear(), TODAY.getUTCMonth() - 5, 1)),
];

/** A Tor exit node the insurer's proxy flagged. */
const TOR_EXIT_IP = '185.220.101.47';

export const BLIND55_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: game studio DevOps lead (terse chat)
  {
    id: 'b55-kql-studio-matchmaking-rg-deletes-3d',
    question: 'who deleted stuff in rg-matchmaking-prod lst 3 days? caller + wat got deleted',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          kqlIs('ResourceGroup', 'rg-matchmaking-prod'),
          /OperationNameValue\s*(has|contains|endswith|=~|==|matches\s+regex|(in~?|has_any)\s*\()[^|]*delete/i,
          kqlShows('Caller'),
          kqlShows('OperationNameValue|_ResourceId'),
          kqlLast('3d|72h|4320m'),
        ],
      },
    },
  },
  {
    id: 'b55-kql-studio-failed-azure-ops-by-provider-week',
    question: 'failed azure ops this wk, count per resource provider',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          /ActivityStatusValue\s*(==|=~|has|contains|startswith|(in~?|has_any)\s*\()[^|]*["']Fail/i,
          COUNT_KQL,
          kqlBy('ResourceProviderValue'),
          THIS_WEEK_KQL,
        ],
      },
    },
  },
  {
    id: 'b55-kql-studio-svc-pipeline-signins-12h',
    question: 'sentinel signins for svc-pipeline@ashfall.games last 12h - by ip and result code',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('UserPrincipalName', 'svc-pipeline@ashfall\\.games'),
          kqlBy('IPAddress'),
          kqlBy('ResultType'),
          kqlLast('12h|720m'),
        ],
      },
    },
  },
  {
    id: 'b55-kql-studio-cloudflared-build-agents-48h',
    question: 'defendr: cloudflared.exe on AF-BLD-* boxes lst 48h, need devicename cmdline + acct',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /cloudflared/i,
          kqlPrefix('DeviceName', 'AF-BLD-'),
          kqlShows('DeviceName'),
          kqlShows('ProcessCommandLine'),
          kqlShows('AccountName'),
          kqlLast('48h|2d|2880m'),
        ],
      },
    },
  },
  {
    id: 'b55-kql-studio-distinct-users-per-country-month',
    question: 'In Sentinel, how many different people signed in from each country this month?',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /dcount\(\s*(UserPrincipalName|UserId|UserDisplayName)\s*\)|\|\s*distinct\s+[^|]*(UserPrincipalName|UserId)/,
          kqlBy('Location'),
          THIS_MONTH_KQL,
        ],
      },
    },
  },
  // KQL: insurer's incident responder (formal)
  {
    id: 'b55-kql-insurer-4732-dcs-prev-month',
    question:
      'Please enumerate, from Sentinel, every addition of a member to a security-enabled local group (event 4732) on the domain controllers NGM-DC01 and NGM-DC02 during the previous calendar month, stating the target group and the account that made the change.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4732),
          /NGM-DC01/i,
          /NGM-DC02/i,
          kqlShows('TargetUserName'),
          kqlShows('SubjectUserName|Account'),
          LAST_MONTH_START_KQL,
          LAST_MONTH_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b55-kql-insurer-svc-claimsbatch-type3-since-nov20',
    question:
      'Please provide a count, per computer, of the successful network logons (logon type 3) by the service account svc_claimsbatch recorded in Sentinel since 20 November 2026.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4624),
          /LogonType\s*(==|in\s*\()\s*3\b/,
          /svc_claimsbatch/i,
          COUNT_KQL,
          kqlBy('Computer'),
          kqlSince(NOV_20),
        ],
      },
    },
  },
  {
    id: 'b55-kql-insurer-pastebin-connections-yesterday',
    question:
      'Please identify the Defender-onboarded devices that connected to any pastebin.com address yesterday, with the device name and the initiating process for each connection.',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /RemoteUrl\s*(has|contains|endswith|=~|==|matches\s+regex|(in~?|has_any)\s*\()[^|]*pastebin\.com/i,
          kqlShows('DeviceName'),
          kqlShows('InitiatingProcessFileName'),
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b55-kql-insurer-vssadmin-delete-shadows-7d',
    question:
      'In Defender, please list every execution of vssadmin.exe with "delete shadows" in its command line over the last 7 days, including the device, the account and the full command line.',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /vssadmin/i,
          /delete\s+shadows|has_all\s*\([^)]*delete[^)]*shadows/i,
          kqlShows('DeviceName'),
          kqlShows('AccountName'),
          kqlShows('ProcessCommandLine'),
          kqlLast('7d|168h|1w'),
        ],
      },
    },
  },
  {
    id: 'b55-kql-insurer-new-inboxrule-per-user-10d',
    question:
      "Please count, per user, the New-InboxRule operations recorded in Sentinel's Office 365 activity over the last 10 days.",
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [/New-InboxRule/i, COUNT_KQL, kqlBy('UserId'), kqlLast('10d|240h')],
      },
    },
  },
  {
    id: 'b55-kql-insurer-password-resets-since-nov16',
    question:
      'Please list the administrator password resets recorded in the Sentinel directory audit log since 16 November 2026, showing who initiated each reset and which account was affected.',
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [
          /reset[^|]*password|password[^|]*reset/i,
          kqlShows('InitiatedBy'),
          kqlShows('TargetResources'),
          kqlSince(NOV_16),
        ],
      },
    },
  },

  // SPL: game studio DevOps lead (terse chat)
  {
    id: 'b55-spl-studio-s3-bucket-delete-policy-7d',
    question: 'cloudtrail - who did DeleteBucket or PutBucketPolicy lst 7 days? arn + src ip',
    expect: {
      spl: {
        table: 'aws',
        has: [
          /DeleteBucket\b/,
          /PutBucketPolicy/,
          splShows('userIdentity.arn'),
          splShows('sourceIPAddress'),
          splLast('7d|168h|1w'),
        ],
      },
    },
  },
  {
    id: 'b55-spl-studio-terminateinstances-region-daily-month',
    question: 'TerminateInstances per region per day this month',
    expect: {
      spl: {
        table: 'aws',
        has: [/TerminateInstances/, DAILY_SPL, splBy('awsRegion'), THIS_MONTH_SPL],
      },
    },
  },
  {
    id: 'b55-spl-studio-terraform-errors-yesterday',
    question: 'aws api calls from terraform that errored yday, count by errorCode',
    expect: {
      spl: {
        table: 'aws',
        has: [/terraform/i, COUNT_SPL, splBy('errorCode'), YESTERDAY_START_SPL, YESTERDAY_END_SPL],
      },
    },
  },
  {
    id: 'b55-spl-studio-api-5xx-top10-urls-6h',
    question: '5xx on api.ashfall.games last 6h - top 10 urls',
    expect: {
      spl: {
        table: 'Web',
        has: [
          /api\.ashfall\.games/i,
          /status\s*(>=?\s*"?(500|499)\b|=\s*"?5(\*|\d\d))|like\(\s*(\w+\.)?status\s*,\s*"5%"|match\(\s*(\w+\.)?status\s*,\s*"\^?5|status\s*IN\s*\(\s*"?5\d\d/i,
          /\burl\b/,
          splTop(10),
          splLast('6h|360m'),
        ],
      },
    },
  },
  {
    id: 'b55-spl-studio-azure-devops-failed-signins-week',
    question: 'splunk azure ad logs: failed signins to Azure DevOps since mon, by user',
    expect: {
      spl: {
        table: 'azure',
        has: [
          /Azure DevOps/i,
          /errorCode"?\s*(!=\s*"?0|>\s*"?0|=\s*"?[1-9])|NOT\s+"?properties\.status\.errorCode"?\s*=\s*"?0/i,
          splBy('properties.userPrincipalName'),
          THIS_WEEK_SPL,
        ],
      },
    },
  },
  // SPL: insurer's incident responder (formal)
  {
    id: 'b55-spl-insurer-1102-log-cleared-by-host-30d',
    question:
      'Please report, from the Windows event logs held in Splunk, every clearing of the security audit log (event 1102) during the last 30 days, summarised by host.',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [splEvent(1102), COUNT_SPL, splBy('host|dest|Computer'), splLast('30d|720h|1mon')],
      },
    },
  },
  {
    id: 'b55-spl-insurer-sysmon-iso-downloads-72h',
    question:
      "Using the Sysmon data in Splunk, please identify file creation events (event 11) that wrote .iso files into users' Downloads folders in the past 72 hours, with the host, the creating image and the target file name.",
    expect: {
      spl: {
        table: 'sysmon',
        has: [
          /EventCode\s*(=|IN\s*\()\s*"?11\b/,
          /Downloads/i,
          /\.iso\b/i,
          splShows('host'),
          splShows('Image'),
          splShows('TargetFilename'),
          splLast('72h|3d|4320m'),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b55-spl-insurer-ifeo-registry-14d',
    question:
      'Please enumerate the registry modifications made under the Image File Execution Options key on our endpoints over the last 14 days, giving the affected host and the value data written.',
    expect: {
      spl: {
        table: 'Endpoint.Registry',
        has: [
          /Image File Execution Options/i,
          splShows('dest'),
          splShows('registry_value_data'),
          splLast('14d|336h|2w'),
        ],
      },
    },
  },
  {
    id: 'b55-spl-insurer-bytes-to-tor-exit-since-nov24',
    question: `Please quantify, from the firewall traffic in Splunk, the total bytes sent to ${TOR_EXIT_IP} by each internal source address since 24 November 2026.`,
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [new RegExp(dots(TOR_EXIT_IP)), /sum\(\s*"?(All_Traffic\.)?bytes_out/i, splBy('src_ip'), splSince(NOV_24)],
      },
    },
  },
  {
    id: 'b55-spl-insurer-add-mailboxpermission-nov10-20',
    question:
      'Please extract from the Microsoft 365 audit data in Splunk every Add-MailboxPermission operation between 10 and 20 November 2026, including the user, the client IP and the object concerned.',
    expect: {
      spl: {
        table: 'o365',
        has: [
          /Add-MailboxPermission/i,
          splShows('UserId'),
          splShows('ClientIP'),
          splShows('ObjectId'),
          splSince(NOV_10),
          new RegExp(
            `latest\\s*=\\s*"?(${splDate(NOV_21)}|${usDate(NOV_20)}:23:59|${iso(NOV_20)}T23:59|${NOV_21.getTime() / 1000 - 1})`,
          ),
        ],
      },
    },
  },

  // SQL: dental-supply wholesaler's finance controller (ordinary)
  {
    id: 'b55-sql-dental-eur-invoiced-monthly-6mo',
    question: 'What was our total invoiced amount in EUR for each month over the last 6 months?',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          sqlIs('currency', 'EUR'),
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          MONTHLY_SQL,
          new RegExp(
            `issued_at\\s*(>=?|BETWEEN)\\s*\\(?\\s*((date_trunc\\(\\s*'month'\\s*,\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?\\)|${sqlNow}\\s*(::\\s*\\w+\\s*)?)\\s*-\\s*${sqlInterval('[56] months?')}|${sqlLiteral}(${SIX_MONTHS_AGO.map(iso).join('|')}))`,
            'i',
          ),
        ],
      },
    },
  },
  {
    id: 'b55-sql-dental-overdue-owed-per-customer',
    question: 'Which customers have overdue invoices right now, and how much does each one owe?',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          UNPAID_SQL,
          /due_date\s*<=?\s*\(?\s*(CURRENT_DATE|now\(\)|current_timestamp|localtimestamp)|(CURRENT_DATE|now\(\)|current_timestamp|localtimestamp)\s*>\s*(\w+\.)?due_date|status\s*(=|IN\s*\()[^)]*'overdue'/i,
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          sqlGroupBy('customer_id|name'),
        ],
      },
    },
  },
  {
    id: 'b55-sql-dental-warehouse-budget-left-fy2026',
    question:
      'For the Warehouse department, how much budget is left (budget minus spend) in each month of fiscal 2026?',
    expect: {
      sql: {
        table: 'budget',
        has: [
          sqlIs('department', 'Warehouse'),
          /fiscal_year\s*=\s*2026\b/i,
          /amount\s*\)?\s*-\s*((SUM|COALESCE)\(\s*)*(\w+\.)?spent/i,
          sqlGroupBy('fiscal_month'),
        ],
      },
    },
  },
  {
    id: 'b55-sql-dental-top5-orthodontics-units-quarter',
    question: 'What are the top 5 products by units sold in the Orthodontics category this quarter?',
    expect: {
      sql: {
        table: 'order_items',
        has: [
          sqlIs('category', 'Orthodontics'),
          /SUM\(\s*(\w+\.)?quantity\s*\)/i,
          DESC_SQL,
          topSql(5),
          sqlThis('created_at', 'quarter', QUARTER_START),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b55-sql-dental-orders-over-2500-yesterday',
    question: 'How many orders over 2,500 came in yesterday, and what did they add up to?',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /total\s*>\s*2500(\.0+)?\b/i,
          /COUNT\(/i,
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          sqlYesterdayStart('created_at'),
          sqlYesterdayEnd('created_at'),
        ],
      },
    },
  },
  {
    id: 'b55-sql-dental-clinic-group-no-orders-since-sep1',
    question: "Which customers in the 'Clinic Group' segment haven't ordered anything since 1 September 2026?",
    expect: {
      sql: {
        table: 'customers',
        has: [
          sqlIs('segment', 'Clinic Group'),
          /NOT\s+EXISTS|NOT\s+IN\s*\(\s*SELECT|LEFT\s+JOIN[^;]*IS\s+NULL|HAVING\s+[^;]*(COUNT\([^)]*\)\s*=\s*0|MAX\([^)]*created_at\s*\)\s*<)/i,
          new RegExp(iso(SEP_1)),
        ],
      },
    },
  },
  {
    id: 'b55-sql-dental-paid-late-this-year',
    question:
      'Which invoices were paid late this year, i.e. paid after their due date? I need the customer, amount, due date and paid date.',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          new RegExp(
            `${sqlDayOf('paid_at')}\\s*>\\s*(\\w+\\.)?due_date|(\\w+\\.)?paid_at\\s*>=?\\s*\\(?\\s*(\\w+\\.)?due_date|due_date\\s*<\\s*(\\w+\\.)?paid_at|due_date\\s*<\\s*${sqlDayOf('paid_at')}`,
            'i',
          ),
          sqlThisYear('(paid_at|issued_at|due_date)'),
          /\bname\b|customer_id/i,
          sqlShows('amount'),
          sqlShows('due_date'),
          sqlShows('paid_at'),
        ],
      },
    },
  },
  {
    id: 'b55-sql-dental-days-to-pay-by-country-prev-month',
    question:
      'On average, how many days did customers in each country take to pay the invoices they paid in the previous calendar month?',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /AVG\([^;]*paid_at[^;]*issued_at|AVG\([^;]*issued_at[^;]*paid_at/i,
          sqlGroupBy('country'),
          sqlPrevMonthStart('paid_at'),
          sqlPrevMonthEnd('paid_at'),
        ],
      },
    },
  },
  {
    id: 'b55-sql-dental-cancelled-usd-nov3-17',
    question:
      'Show me the cancelled USD orders from 3 November to 17 November 2026, with the customer name and the order total.',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /status\s*\)?\s*(=|I?LIKE|IN\s*\([^)]*?)\s*'cancell?ed'/i,
          sqlIs('currency', 'USD'),
          new RegExp(
            `created_at\\s*(>=|BETWEEN)\\s*${sqlLiteral}2026-11-03|${sqlDayOf('created_at')}\\s*(>=|BETWEEN)\\s*${sqlLiteral}2026-11-03`,
            'i',
          ),
          new RegExp(
            `created_at\\s*<\\s*${sqlLiteral}2026-11-18|(<=|AND)\\s*${sqlLiteral}2026-11-17[T ]23:59|${sqlDayOf('created_at')}\\s*(<=\\s*|BETWEEN\\s*[^;]*?AND\\s*)${sqlLiteral}2026-11-17'`,
            'i',
          ),
          /\bname\b/i,
          sqlShows('total'),
        ],
      },
    },
  },
  {
    id: 'b55-sql-dental-avg-list-price-active-by-category',
    question: "What's the average list price per category for our active products, highest first?",
    expect: {
      sql: {
        table: 'products',
        has: [
          /AVG\(\s*(\w+\.)?list_price\s*\)/i,
          sqlGroupBy('category'),
          /active\s*(=\s*(true|'t(rue)?')|IS\s+TRUE)|(WHERE|AND)\s+(\w+\.)?active\s*(\n|$|GROUP|ORDER|AND\b|\))/i,
          DESC_SQL,
        ],
      },
    },
  },

  // Two platforms
  {
    id: 'b55-multi-insurer-4672-adm-rkoval-both-since-nov25',
    question:
      'Please determine whether the administrative account adm-rkoval was granted special privileges at logon (event 4672) since 25 November 2026, checking both Sentinel and Splunk, and summarise the occurrences by host.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4672), /adm-rkoval/i, kqlBy('Computer'), kqlSince(NOV_25)],
      },
      spl: {
        table: 'wineventlog',
        has: [splEvent(4672), /adm-rkoval/i, splBy('host|dest|Computer'), splSince(NOV_25)],
      },
    },
  },
  {
    id: 'b55-multi-studio-af-bld-14-cidr-defender-sysmon-24h',
    question: 'any conns from AF-BLD-14 to 45.83.64.0/24? defender + sysmon, last 24h',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /AF-BLD-14/i,
          /ipv4_is_in(_any)?_range\(\s*RemoteIP\s*,[^)]*45\.83\.64\.0\/24|RemoteIP\s*(startswith|hasprefix|has_prefix|matches\s+regex)\s*["']\^?45\\{0,2}\.83\\{0,2}\.64\\{0,2}\./,
          DAY1_KQL,
        ],
      },
      spl: {
        table: 'sysmon',
        has: [/AF-BLD-14/i, /45\.83\.64\.(0\/24|\*)|cidrmatch\(\s*"45\.83\.64\.0\/24"/, DAY1_SPL],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b55-multi-dental-invoice-downloads-and-exports-yesterday',
    question:
      "Someone may have pulled our invoice files. Can you show me yesterday's Office 365 downloads in Sentinel of files with \"invoice\" in the name, and the 'invoice_export' events from our app database for the same day?",
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [
          /FileDownloaded/,
          /(SourceFileName|OfficeObjectId)\s*(has|contains|startswith|matches\s+regex|=~|has_any\s*\()[^|]*invoice/i,
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
      sql: {
        table: 'events',
        has: [sqlIs('event_type', 'invoice_export'), sqlYesterdayStart('occurred_at'), sqlYesterdayEnd('occurred_at')],
      },
    },
  },
  {
    id: 'b55-multi-insurer-rundll32-comsvcs-defender-sysmon-10d',
    question:
      'Please search both Defender and Splunk Sysmon for rundll32.exe executions that load comsvcs.dll over the past 10 days, listing the host and the command line of each.',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/rundll32/i, /comsvcs/i, kqlShows('DeviceName'), kqlShows('ProcessCommandLine'), kqlLast('10d|240h')],
      },
      spl: {
        table: 'sysmon',
        has: [/rundll32/i, /comsvcs/i, splShows('host'), splShows('CommandLine'), splLast('10d|240h')],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b55-multi-studio-cloud-changes-azure-aws-today',
    question: 'who changed stuff in the cloud today? azure write ops per caller + aws cloudtrail calls per arn',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [/write/i, COUNT_KQL, kqlBy('Caller'), TODAY_KQL],
      },
      spl: {
        table: 'aws',
        has: [COUNT_SPL, splBy('userIdentity.arn'), TODAY_SPL],
      },
    },
  },

  // Clarification: nothing to act on
  {
    id: 'b55-clarify-bridge-call-item',
    question: "Kindly action the outstanding item from this morning's bridge call at your earliest convenience.",
    clarification: true,
  },
  { id: 'b55-clarify-build-thing-again', question: 'that build thing again?? same fix as b4 pls', clarification: true },
];

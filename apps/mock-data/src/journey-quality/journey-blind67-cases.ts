import type { JourneyCase } from './journey-cases';
import {
  COUNT_KQL,
  COUNT_SPL,
  DAILY_KQL,
  DAY1_KQL,
  DAY1_SPL,
  DESC_SQL,
  FAILED_SIGNIN_KQL,
  NOT_CUSTOMER_DATE_SQL,
  THIS_MONTH_KQL,
  THIS_MONTH_SPL,
  THIS_WEEK_SPL,
  TODAY_KQL,
  UNPAID_SQL,
  WEEKLY_SQL,
  WINDOWS_SECURITY_IDS_SPL,
  YESTERDAY_END_KQL,
  YESTERDAY_END_SPL,
  YESTERDAY_START_KQL,
  YESTERDAY_START_SPL,
  kqlBy,
  kqlEvent,
  kqlIs,
  kqlLast,
  kqlPrefix,
  kqlShows,
  kqlSince,
  splAbove,
  splBy,
  splEvent,
  splLast,
  splShows,
  splSince,
  splTop,
  sqlDayOf,
  sqlGroupBy,
  sqlInterval,
  sqlIs,
  sqlLast,
  sqlNow,
  sqlPrevMonthEnd,
  sqlPrevMonthStart,
  sqlShows,
  sqlSince,
  sqlThis,
  topSql,
} from './journey-patterns';
import { DAY_MS, MONDAY, TODAY, YEAR, YEAR_START, YESTERDAY, iso, kqlDate, sqlLiteral } from './journey-dates';

/**
 * The "blind67" journey-quality set, written blind on 2026-11-29 (04:47–05:45 UTC). I did not read the query
 * builders (apps/mock-data/src/query/** apart from the bundled-schemas module and the schema JSON files), the
 * constraint extractor or routing code (libs/planner-core), planner-llm, the planner app, the git history of any of
 * them, any journey failure list, or the set another author (blind66) wrote at the same time, and I did not run the
 * planner, the mesh or eval:journeys on any question: the first run is the lead's.
 * I read: TEAM.md and BLIND.md, the `JourneyCase` / `QueryCheck` types in journey-cases.ts, journey-dates.ts,
 * journey-checkers.ts, journey-patterns.ts (the shared window and shape patterns, imported here), run-journeys.ts
 * (to register the set), the mesh's schemas (apps/mock-data/schemas/kql|spl|sql.json, the files bundled-schemas
 * loads), blind55's file as the format example (its questions, personas and values are not reused; two SQL
 * yesterday helpers are), the persona lines of the earlier sets' headers and the question lines of all earlier sets
 * (to pick fields nobody used and avoid their values and wordings).
 * Personas (new fields, organisations invented):
 * - a taxi firm's SOC analyst (Nightjar Cabs, nightjarcabs.co.uk, NJC-DSP-* dispatch consoles, the NJC-DC1 domain
 *   controller, rg-dispatch-prod; terse chat with abbreviations and typos): RustDesk / ScreenConnect on the
 *   dispatch consoles, outbound RDP per remote IP, lockouts on the DC yesterday, uploads to gofile / mega, VM
 *   deletions and stops in a resource group, a sync service account's failures per source, dynamic-DNS lookups,
 *   CloudTrail logging changes, failing sign-ins to an HR app over a threshold, Run-key changes, PowerShell's
 *   parent processes, RDP logons on the DC in two stores, a SHA1 in two stores;
 * - a recruitment agency's HR / people-operations manager (Tallis & Grey Recruitment, tallisgrey.com; formal full
 *   sentences, not a security specialist): deleted directory users in a date range, daily distinct users of the
 *   agency's CRM, disabled Windows accounts, a departing consultant's downloads and syncs, members added to the
 *   "Payroll Admins" group, active users and managers per department, overdue client invoices, a leaver's sign-ins
 *   and application account;
 * - a secondary school's office manager (Brookmere Academy, brookmere.sch.uk; ordinary sentences, plain words):
 *   the office mailbox's failed sign-ins, staff signing in to the MIS from abroad, deletions on the exam-papers
 *   site, visits to the parent-payments site, the Science budget, Admissions staff who stopped logging in,
 *   password resets per day, inbox rules on the bursar's mailbox in two stores;
 * - a garden centre's owner doing her own reporting (Fernleigh Garden Centre, fernleigh-garden.co.uk; ordinary to
 *   loose): best sellers in a category last month, GBP sales per week, big spenders this year, switched-off
 *   cheap products, stuck orders, what the tills sent out, web-shop 404s and orders yesterday.
 * Styles: about a third formal full sentences (HR), a third ordinary (school office, garden centre), a third terse
 * chat (taxi SOC). No question names a query language; a question names its store (Sentinel, Defender, Splunk,
 * Sysmon, CloudTrail, "the firewall logs") whenever the schemas hold that data in more than one store; Azure
 * activity, the business tables and the Splunk-only data models are asked for without one where the schemas hold
 * them in a single place.
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform (3 KQL + SPL, 1 KQL + SQL, 1 SPL + SQL), 2 clarification (38).
 * Values: UPNs and mailboxes, a service account (svc_fleetsync), hosts and a prefix (NJC-DC1, NJC-DSP-*), a CIDR
 * (10.40.8.0/24), a port (3389), a SHA1, event IDs (4740, 4725, 4624 with logon type 10, 4728 / 4732, sysmon 22),
 * process names (rustdesk.exe, ScreenConnect, powershell.exe), domains (gofile.io, mega.nz, no-ip.com, ddns.net,
 * two web hosts), HTTP 404, a resource group, Azure operations, CloudTrail event names (UpdateTrail,
 * PutEventSelectors), O365 operations (FileDownloaded, FileSync*, New-InboxRule), a registry key, apps (Arbor MIS,
 * Bullhorn, Sage People), a group name, countries (outside the UK), currencies (GBP, EUR), amounts (500, 10), a
 * category with an ampersand, departments (Science, Admissions), a role, statuses (pending, on hold), an event
 * type, a fiscal year.
 * Value spellings vary: quoted ("…", '…'), in brackets, after a colon, lists with "and", "or", "either … or".
 * Shapes: counts, distinct counts, sums, a difference of sums, a threshold after aggregation (SPL count, SQL sum),
 * top N (5, 10), daily and weekly buckets, group by, ordering (biggest first, by department), columns to show,
 * negations (outside a country, not active, not paid, not logged in since).
 * Windows: last N hours/days (4h, 24h, 48h, 3d, 7d, 14d / a fortnight, 30d), today, yesterday (both ends), this
 * week / since Monday, this month, this year, the previous calendar month, since explicit dates (1 Sep, 1 Oct, 18,
 * 20, 25 Nov 2026), an explicit range (2–15 Nov 2026), a fiscal year, and conditions that are not windows (older
 * than 3 days, more than 30 days past due).
 * Checks accept every spelling I could think of for the same condition and reject only queries that do not answer
 * the question. Before committing I checked every case against queries I wrote by hand (one per platform of each
 * case; a scratch script, not committed, calling the real checkers from journey-checkers.ts). Not run on the planner.
 */

/** Explicit days the questions name. */
const SEP_1 = new Date(Date.UTC(2026, 8, 1));
const OCT_1 = new Date(Date.UTC(2026, 9, 1));
const NOV_2 = new Date(Date.UTC(2026, 10, 2));
const NOV_15 = new Date(Date.UTC(2026, 10, 15));
const NOV_18 = new Date(Date.UTC(2026, 10, 18));
const NOV_20 = new Date(Date.UTC(2026, 10, 20));
const NOV_25 = new Date(Date.UTC(2026, 10, 25));

/** A SHA1 an MSSP advisory shared with the taxi firm. */
const ADVISORY_SHA1 = '7c4a8d09ca3762af61e59520943dc26494f8941b';

// KQL
/**
 * "Since Monday" (KQL): the Monday's date, or the Monday of the week that holds yesterday; the Sunday-start
 * `startofweek(now())` only on days it falls within a day of that Monday (not on a Sunday, when it is today).
 */
const SINCE_MONDAY_KQL = new RegExp(
  [
    kqlDate(MONDAY),
    `startofweek\\(\\s*(now\\(\\)\\s*-\\s*1d|ago\\(\\s*1d\\s*\\))\\s*\\)\\s*\\+\\s*1d`,
    ...(TODAY.getUTCDay() === 0 ? [] : [`startofweek\\(\\s*now\\(\\)\\s*\\)`]),
  ].join('|'),
);
/** A window end on the last day of an explicit range (KQL): before the next day, or up to the last day's end. */
const kqlUntil = (lastDay: Date) => {
  const next = new Date(lastDay.getTime() + DAY_MS);
  return new RegExp(
    `(<|\\.\\.)\\s*${kqlDate(next)}|(<=?|\\.\\.)\\s*datetime\\(\\s*["']?${iso(lastDay)}[T ]23:59|endofday\\(\\s*${kqlDate(lastDay)}`,
  );
};
/** An application the sign-in was made to (KQL). */
const kqlApp = (app: string) =>
  new RegExp(`AppDisplayName\\s*(==|=~|has|contains|startswith|(in~?|has_any)\\s*\\([^)]*?)\\s*["']${app}`, 'i');

// SPL
/** An event code alone or in a list (SPL): `EventCode=4732`, `EventCode IN (4728, 4732)`, `EventCode=4728 OR EventCode=4732`. */
const splEventIn = (id: number) => new RegExp(`EventCode\\s*(=|IN\\s*\\([^)]*?)\\s*"?${id}\\b`, 'i');
/** A daily bucket (SPL). */
const DAILY_SPL = /span\s*=\s*"?(1d|24h|1day)\b|strftime\([^)]*%(Y-%m-%d|F|d)|bin\s+[^|]*span\s*=\s*"?1d/;
/** Biggest first (SPL). */
const DESC_SPL = /\|\s*sort\s+(\d+\s+)?-\s*\S|\|\s*sort\s+[^|]*\bdesc\b/;

// SQL
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
/** A daily bucket (SQL). */
const DAILY_SQL =
  /date_trunc\(\s*'day'|::\s*date\b|\bdate\(\s*(\w+\.)?\w+\s*\)|CAST\([^)]*AS\s+DATE\s*\)|to_char\([^)]*'YYYY-MM-DD/i;
/** A row count (SQL). */
const COUNT_SQL = /COUNT\(/i;

export const BLIND67_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: secondary school's office manager (ordinary)
  {
    id: 'b67-kql-school-office-mailbox-failed-signins-week',
    question:
      "Can you check in Sentinel whether the office account office@brookmere.sch.uk had any failed sign-ins since Monday? I'd like the time, the IP address and the reason for each one.",
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('UserPrincipalName', 'office@brookmere\\.sch\\.uk'),
          FAILED_SIGNIN_KQL,
          kqlShows('IPAddress'),
          kqlShows('ResultDescription|ResultType'),
          SINCE_MONDAY_KQL,
        ],
      },
    },
  },
  {
    id: 'b67-kql-school-arbor-mis-outside-uk-30d',
    question:
      'Looking at the Microsoft sign-in logs in Sentinel, which of our staff signed in to "Arbor MIS" from outside the United Kingdom in the last 30 days? Just their names and the country, please.',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlApp('Arbor'),
          /Location\s*(!=|<>|!~|!in~?\s*\(|!has|!contains)[^|]*["'](GB|UK|United Kingdom)["']|not\s*\(\s*Location\s*(==|=~|in~?|has)[^|]*(GB|UK|United Kingdom)/i,
          kqlShows('UserDisplayName|UserPrincipalName'),
          kqlShows('Location'),
          kqlLast('30d|720h'),
        ],
      },
    },
  },
  {
    id: 'b67-kql-school-exam-papers-deletions-month',
    question:
      "Somebody has been deleting things on our 'Exam Papers' SharePoint site. Can you pull this month's file deletions on it from Sentinel, with who did it and the file name?",
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [
          /Operation\s*(==|=~|has|contains|startswith|(in~?|has_any)\s*\()[^|]*(FileDeleted|Delet)/i,
          /(Site_Url|OfficeObjectId)\s*(has|contains|=~|==|startswith|matches\s+regex|(in~?|has_any)\s*\()[^|]*Exam[\s_-]*Papers/i,
          kqlShows('UserId'),
          kqlShows('SourceFileName|OfficeObjectId'),
          THIS_MONTH_KQL,
        ],
      },
    },
  },
  // KQL: taxi firm's SOC analyst (terse chat)
  {
    id: 'b67-kql-taxi-rustdesk-screenconnect-dispatch-7d',
    question: 'defender: rustdesk.exe or screenconnect on NJC-DSP-* consoles lst 7d?? need devicename, acct n cmdline',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /rustdesk/i,
          /screenconnect/i,
          kqlPrefix('DeviceName', 'NJC-DSP-'),
          kqlShows('DeviceName'),
          kqlShows('AccountName'),
          kqlShows('ProcessCommandLine'),
          kqlLast('7d|168h|1w'),
        ],
      },
    },
  },
  {
    id: 'b67-kql-taxi-outbound-rdp-dispatch-by-remoteip-24h',
    question: 'outbound rdp (3389) frm the NJC-DSP-* boxes in defender, last 24h - count per remote ip',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /RemotePort\s*(==|in\s*\()\s*3389\b/,
          kqlPrefix('DeviceName', 'NJC-DSP-'),
          COUNT_KQL,
          kqlBy('RemoteIP'),
          DAY1_KQL,
        ],
      },
    },
  },
  {
    id: 'b67-kql-taxi-4740-njc-dc1-yesterday',
    question: 'sentinel - lockouts (4740) on NJC-DC1 ystrday, which accts n how many times each',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4740),
          /NJC-DC1/i,
          COUNT_KQL,
          kqlBy('TargetUserName|TargetAccount|Account'),
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b67-kql-taxi-gofile-mega-today',
    question: 'any1 on defender hitting gofile.io or mega.nz today? device + the proc that did it',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /RemoteUrl\s*(has|contains|endswith|=~|==|matches\s+regex|(in~?|has_any)\s*\()[^|]*gofile/i,
          /mega\.nz|["']mega["']/i,
          kqlShows('DeviceName'),
          kqlShows('InitiatingProcessFileName'),
          TODAY_KQL,
        ],
      },
    },
  },
  {
    id: 'b67-kql-taxi-vm-delete-stop-rg-dispatch-since-nov20',
    question: 'who deleted or stopped VMs in rg-dispatch-prod since 20 nov? caller, op, when',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          kqlIs('ResourceGroup', 'rg-dispatch-prod'),
          /OperationNameValue[^|]*delete/i,
          /OperationNameValue[^|]*(deallocate|powerOff|stop)/i,
          kqlShows('Caller'),
          kqlSince(NOV_20),
        ],
      },
    },
  },
  // KQL: recruitment agency's HR manager (formal)
  {
    id: 'b67-kql-hr-deleted-users-nov2-15',
    question:
      'Please list every user account that was deleted according to the Entra ID audit log in Sentinel between 2 and 15 November 2026, together with the administrator who performed each deletion.',
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [
          /(OperationName|ActivityDisplayName)\s*(==|=~|has|contains|startswith|(in~?|has_any)\s*\()[^|]*delete[^|]*user/i,
          kqlShows('InitiatedBy'),
          kqlShows('TargetResources'),
          kqlSince(NOV_2),
          kqlUntil(NOV_15),
        ],
      },
    },
  },
  {
    id: 'b67-kql-hr-bullhorn-daily-distinct-fortnight',
    question:
      'I would like to know, for each day over the past fortnight, how many different employees signed in to Bullhorn, as recorded in Sentinel.',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlApp('Bullhorn'),
          /dcount\(\s*(UserPrincipalName|UserId|UserDisplayName)\s*\)/,
          DAILY_KQL,
          kqlLast('14d|336h|2w'),
        ],
      },
    },
  },
  {
    id: 'b67-kql-hr-disabled-accounts-4725-30d',
    question:
      'Please report, from Sentinel, the Windows accounts that were disabled (event 4725) during the last 30 days, stating for each one the account disabled and the person who disabled it.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4725),
          kqlShows('TargetUserName|TargetAccount'),
          kqlShows('SubjectUserName|SubjectAccount|Account'),
          kqlLast('30d|720h'),
        ],
      },
    },
  },

  // SPL: taxi firm's SOC analyst (terse chat)
  {
    id: 'b67-spl-taxi-svc-fleetsync-4625-by-src-4h',
    question: 'splunk wineventlog: 4625s for svc_fleetsync by src, last 4h',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [
          splEvent(4625),
          /svc_fleetsync/i,
          COUNT_SPL,
          splBy('src|src_ip|Source_Network_Address|IpAddress'),
          splLast('4h|240m'),
        ],
      },
    },
  },
  {
    id: 'b67-spl-taxi-sysmon-dyndns-lookups-3d',
    question: 'sysmon evt 22 - lookups for either *.no-ip.com or *.ddns.net in the lst 3 days, by host',
    expect: {
      spl: {
        table: 'sysmon',
        has: [splEventIn(22), /no-ip\.com/i, /ddns\.net/i, splBy('host'), splLast('3d|72h|4320m')],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b67-spl-taxi-cloudtrail-logging-changes-week',
    question: 'cloudtrail: UpdateTrail and PutEventSelectors calls this wk?? who (arn) + src ip',
    expect: {
      spl: {
        table: 'aws',
        has: [
          /UpdateTrail/,
          /PutEventSelectors/,
          splShows('userIdentity.arn'),
          splShows('sourceIPAddress'),
          THIS_WEEK_SPL,
        ],
      },
    },
  },
  {
    id: 'b67-spl-taxi-sage-people-failures-over-15-7d',
    question: 'auth datamodel - users w/ more than 15 failed logins to sage people lst 7 days',
    expect: {
      spl: {
        table: 'Authentication',
        has: [/sage\s*people/i, /action\s*=\s*"?fail/i, COUNT_SPL, splBy('user'), splAbove(15), splLast('7d|168h|1w')],
      },
    },
  },
  {
    id: 'b67-spl-taxi-run-keys-dispatch-48h',
    question: 'registry: Run key changes on NJC-DSP-* hosts past 48h, show the path and value data',
    expect: {
      spl: {
        table: 'Endpoint.Registry',
        has: [
          /\\{1,4}Run(Once)?\b|CurrentVersion\*?Run|registry_key_name\s*(=|IN\s*\()\s*"?Run/i,
          /NJC-DSP-/i,
          splShows('registry_path|registry_key_name'),
          splShows('registry_value_data'),
          splLast('48h|2d|2880m'),
        ],
      },
    },
  },
  {
    id: 'b67-spl-taxi-powershell-parents-top10-24h',
    question: 'splunk: top 10 parent procs launching powershell.exe on NJC hosts, past 24h',
    expect: {
      spl: {
        has: [
          /powershell/i,
          /NJC/i,
          /\bby\s+[^|]*\b(parent_process_name|ParentImage|parent_process)\b|\|\s*top\s+[^|]*\b(parent_process_name|ParentImage|parent_process)\b/,
          splTop(10),
          DAY1_SPL,
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  // SPL: recruitment agency's HR manager (formal)
  {
    id: 'b67-spl-hr-okafor-downloads-syncs-14d',
    question:
      'Please list, from the Microsoft 365 audit data in Splunk, the files that our departing consultant r.okafor@tallisgrey.com downloaded or synced during the last 14 days, with the client IP address used.',
    expect: {
      spl: {
        table: 'o365',
        has: [
          /r\.okafor@tallisgrey\.com/i,
          /FileDownloaded/,
          /FileSync/,
          splShows('ObjectId'),
          splShows('ClientIP'),
          splLast('14d|336h|2w'),
        ],
      },
    },
  },
  {
    id: 'b67-spl-hr-payroll-admins-added-month',
    question:
      'Please identify, from the Windows logs held in Splunk, everyone added to the group "Payroll Admins" since the first of this month (either event 4728 or event 4732).',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [splEventIn(4728), splEventIn(4732), /Payroll Admins/i, THIS_MONTH_SPL],
      },
    },
  },
  // SPL: school office manager and garden centre owner (ordinary)
  {
    id: 'b67-spl-school-payments-site-visits-daily-7d',
    question:
      'How many visits did our parent payments website, pay.brookmere.sch.uk, get on each day of the last 7 days?',
    expect: {
      spl: {
        table: 'Web',
        has: [/pay\.brookmere\.sch\.uk/i, COUNT_SPL, DAILY_SPL, splLast('7d|168h|1w')],
      },
    },
  },
  {
    id: 'b67-spl-garden-tills-bytes-out-by-dest-yesterday',
    question:
      'How much data did our tills (10.40.8.0/24) send out yesterday according to the firewall logs? Break it down by where it went, biggest first.',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /10\.40\.8\.(0\/24|\*)|cidrmatch\(\s*"10\.40\.8\.0\/24"/,
          /sum\(\s*"?(All_Traffic\.)?bytes_out/i,
          splBy('dest_ip|dest'),
          DESC_SPL,
          YESTERDAY_START_SPL,
          YESTERDAY_END_SPL,
        ],
      },
    },
  },

  // SQL: garden centre owner (ordinary to loose)
  {
    id: 'b67-sql-garden-top5-bulbs-seeds-prev-month',
    question: "What were my 5 best sellers in the 'Bulbs & Seeds' category last month, going by units sold?",
    expect: {
      sql: {
        table: 'order_items',
        has: [
          sqlIs('category', 'Bulbs & Seeds'),
          /SUM\(\s*(\w+\.)?quantity\s*\)/i,
          DESC_SQL,
          topSql(5),
          sqlPrevMonthStart('created_at'),
          sqlPrevMonthEnd('created_at'),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b67-sql-garden-gbp-weekly-since-oct1',
    question: 'what were our sales in GBP each week since 1 October 2026?',
    expect: {
      sql: {
        table: 'orders',
        has: [sqlIs('currency', 'GBP'), /SUM\(\s*(\w+\.)?total\s*\)/i, WEEKLY_SQL, sqlSince('created_at', OCT_1)],
      },
    },
  },
  {
    id: 'b67-sql-garden-customers-over-500-year',
    question: 'Which customers have spent more than 500 with us in total this year? Name, email and how much.',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          /HAVING\s+[^;]*SUM\(\s*(\w+\.)?total\s*\)\s*(>\s*500(\.0+)?\b|>=\s*500\.01)|WHERE\s+[^;]*\b(spent|total_spent|amount_spent|total_spend|spend|revenue|sum_total)\s*>\s*500\b/i,
          sqlThisYear('created_at'),
          /\bname\b/i,
          sqlShows('email'),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b67-sql-garden-inactive-products-under-10',
    question: "List the products we've switched off (not active any more) that are priced under 10.",
    expect: {
      sql: {
        table: 'products',
        has: [
          /active\s*(=\s*(false|'f(alse)?')|IS\s+(FALSE|NOT\s+TRUE))|NOT\s+(\w+\.)?active\b/i,
          /list_price\s*(<\s*10(\.0+)?\b|<=\s*9\.99\b)/i,
        ],
      },
    },
  },
  {
    id: 'b67-sql-garden-stuck-orders-3-days',
    question: 'how many orders are still either pending or on hold and are older than 3 days?',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /'pending'/i,
          /'(on[ _-]?hold|held)'/i,
          COUNT_SQL,
          new RegExp(
            `created_at\\s*<=?\\s*\\(?\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?-\\s*${sqlInterval('3 days?|72 hours', 3)}|${sqlNow}\\s*-\\s*(\\w+\\.)?created_at\\s*>=?\\s*${sqlInterval('3 days?|72 hours')}|age\\(\\s*(\\w+\\.)?created_at\\s*\\)\\s*>=?\\s*${sqlInterval('3 days?|72 hours')}`,
            'i',
          ),
        ],
      },
    },
  },
  // SQL: school office manager (ordinary)
  {
    id: 'b67-sql-school-science-budget-fy2026',
    question:
      'How much of the Science department budget has been spent so far in fiscal year 2026, and how much is left?',
    expect: {
      sql: {
        table: 'budget',
        has: [
          sqlIs('department', 'Science'),
          /fiscal_year\s*=\s*2026\b/i,
          /SUM\(\s*(\w+\.)?spent\s*\)/i,
          /amount\s*\)?\s*-\s*((SUM|COALESCE)\(\s*)*(\w+\.)?spent/i,
        ],
      },
    },
  },
  {
    id: 'b67-sql-school-admissions-no-login-since-sep1',
    question: 'Which staff in the Admissions department have not logged in since 1 September 2026?',
    expect: {
      sql: {
        table: 'users',
        has: [
          sqlIs('department', 'Admissions'),
          new RegExp(
            `(last_login_at|COALESCE\\(\\s*(\\w+\\.)?last_login_at[^)]*\\))\\s*<\\s*${sqlLiteral}${iso(SEP_1)}|NOT\\s*\\(\\s*(\\w+\\.)?last_login_at\\s*>=\\s*${sqlLiteral}${iso(SEP_1)}`,
            'i',
          ),
        ],
      },
    },
  },
  {
    id: 'b67-sql-school-password-reset-daily-fortnight',
    question: 'Can you count the "password_reset" events on our portal for each day over the last fortnight?',
    expect: {
      sql: {
        table: 'events',
        has: [
          sqlIs('event_type', 'password_reset'),
          COUNT_SQL,
          DAILY_SQL,
          sqlLast('occurred_at', '14 days?|2 weeks?|336 hours', 14),
        ],
      },
    },
  },
  // SQL: recruitment agency's HR manager (formal)
  {
    id: 'b67-sql-hr-active-users-managers-per-department',
    question:
      "Please provide the number of active users in each department, together with how many of them hold the 'manager' role, ordered by department.",
    expect: {
      sql: {
        table: 'users',
        has: [
          /active\s*(=\s*(true|'t(rue)?')|IS\s+TRUE)|(WHERE|AND)\s+(\w+\.)?active\b/i,
          COUNT_SQL,
          sqlGroupBy('department'),
          /'manager'/i,
          /ORDER\s+BY\s+((\w+\.)?department|1)\b/i,
        ],
      },
    },
  },
  {
    id: 'b67-sql-hr-overdue-30d-eur-gbp-invoices',
    question:
      'Please list the client invoices in EUR or GBP that remain unpaid more than 30 days after their due date, with the client name and the amount.',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          UNPAID_SQL,
          new RegExp(
            [
              `due_date\\s*<=?\\s*\\(?\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?-\\s*${sqlInterval('30 days?|1 months?', 30)}`,
              `${sqlNow}\\s*(::\\s*\\w+\\s*)?-\\s*(\\w+\\.)?due_date\\s*>=?\\s*(30\\b|${sqlInterval('30 days?')})`,
              `due_date\\s*\\+\\s*(30\\b|${sqlInterval('30 days?')})\\s*<=?\\s*${sqlNow}`,
            ].join('|'),
            'i',
          ),
          /'EUR'/,
          /'GBP'/,
          /\bname\b/i,
          sqlShows('amount'),
        ],
      },
    },
  },

  // Two platforms
  {
    id: 'b67-multi-taxi-rdp-logons-njc-dc1-both-since-nov25',
    question: 'type 10 logons (4624) on NJC-DC1 since 25 nov - check sentinel and splunk both, count by acct + src ip',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4624),
          /LogonType\s*(==|in\s*\()\s*10\b/,
          /NJC-DC1/i,
          COUNT_KQL,
          kqlBy('TargetUserName|Account'),
          kqlBy('IpAddress'),
          kqlSince(NOV_25),
        ],
      },
      spl: {
        table: 'wineventlog',
        has: [
          splEvent(4624),
          /Logon_Type\s*(=|IN\s*\()\s*"?10\b/,
          /NJC-DC1/i,
          COUNT_SPL,
          splBy('user'),
          splBy('src'),
          splSince(NOV_25),
        ],
      },
    },
  },
  {
    id: 'b67-multi-taxi-sha1-defender-sysmon-30d',
    question: `sha1 ${ADVISORY_SHA1} seen anywhere? defender + sysmon, last 30d`,
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [new RegExp(`SHA1[^|]*${ADVISORY_SHA1}`, 'i'), kqlLast('30d|720h')],
      },
      spl: {
        table: 'sysmon',
        has: [new RegExp(ADVISORY_SHA1, 'i'), splLast('30d|720h|1mon')],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b67-multi-hr-leaver-signins-and-app-account-since-nov18',
    question:
      'Please establish whether our former employee j.mercer@tallisgrey.com has signed in anywhere, according to Sentinel, since her leaving date of 18 November 2026, and whether her account in our business application database is still marked as active.',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [kqlIs('UserPrincipalName', 'j\\.mercer@tallisgrey\\.com'), kqlSince(NOV_18)],
      },
      sql: {
        table: 'users',
        has: [sqlIs('email', 'j\\.mercer@tallisgrey\\.com'), sqlShows('active')],
      },
    },
  },
  {
    id: 'b67-multi-school-bursar-inbox-rules-both-30d',
    question:
      'Our bursar thinks her emails are going missing. Please look in both Sentinel and Splunk for any new inbox rules (New-InboxRule) set up on bursar@brookmere.sch.uk in the last 30 days.',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [/New-InboxRule/i, /bursar@brookmere\.sch\.uk/i, kqlLast('30d|720h')],
      },
      spl: {
        table: 'o365',
        has: [/New-InboxRule/i, /bursar@brookmere\.sch\.uk/i, splLast('30d|720h|1mon')],
      },
    },
  },
  {
    id: 'b67-multi-garden-webshop-404s-and-orders-yesterday',
    question:
      'Yesterday our web shop shop.fernleigh-garden.co.uk kept showing "page not found" (404) errors: how many per URL, and how many orders did we still get yesterday?',
    expect: {
      spl: {
        table: 'Web',
        has: [
          /shop\.fernleigh-garden\.co\.uk/i,
          /status\s*(=|IN\s*\([^)]*?)\s*"?404\b/,
          COUNT_SPL,
          splBy('url'),
          YESTERDAY_START_SPL,
          YESTERDAY_END_SPL,
        ],
      },
      sql: {
        table: 'orders',
        has: [COUNT_SQL, sqlYesterdayStart('created_at'), sqlYesterdayEnd('created_at')],
      },
    },
  },

  // Clarification: nothing a query could be written from
  {
    id: 'b67-clarify-staff-briefing-thing',
    question: 'Could you sort out the thing Mrs Patel mentioned at this morning\u2019s staff briefing, please?',
    clarification: true,
  },
  { id: 'b67-clarify-same-as-last-nite', question: 'same as last nite pls, u know the one', clarification: true },
];

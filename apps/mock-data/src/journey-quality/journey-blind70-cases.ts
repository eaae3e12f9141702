import type { JourneyCase } from './journey-cases';
import {
  COUNT_KQL,
  COUNT_SPL,
  DAILY_KQL,
  DAY1_KQL,
  DAY1_SPL,
  DESC_SQL,
  FAILED_SIGNIN_KQL,
  HOURLY_SPL,
  NOT_CUSTOMER_DATE_SQL,
  PREV_MONTH_END_SPL,
  PREV_MONTH_START_SPL,
  THIS_MONTH_KQL,
  THIS_QUARTER_SQL,
  THIS_WEEK_SPL,
  TODAY_SPL,
  WINDOWS_SECURITY_IDS_SPL,
  YESTERDAY_END_KQL,
  YESTERDAY_END_SPL,
  YESTERDAY_START_SPL,
  kqlAbove,
  kqlBy,
  kqlEvent,
  kqlIs,
  kqlLast,
  kqlPrefix,
  kqlSince,
  kqlTop,
  splAbove,
  splBy,
  splEvent,
  splLast,
  splSince,
  splTop,
  sqlDayOf,
  sqlInterval,
  sqlIs,
  sqlLast,
  sqlNow,
  sqlShows,
  sqlSince,
  sqlThis,
  topSql,
} from './journey-patterns';
import {
  MONTH_START,
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
 * The "blind70" journey-quality set, written blind on 2026-11-29 (07:01–07:20 UTC). I did not read the query
 * builders (apps/mock-data/src/query/** apart from testing/bundled-schemas), the constraint extractor or routing
 * code (libs/planner-core), planner-llm, the planner app, the git history of any of them, any failure list, or
 * another blind author's work in progress, and I did not run the planner on any question: the first run is the
 * lead's.
 * I read: TEAM.md and BLIND.md, the `JourneyCase` / `QueryCheck` types in journey-cases.ts, journey-dates.ts,
 * journey-patterns.ts (most window and shape checks are imported from it), journey-checkers.ts, run-journeys.ts (to
 * register the set), the lines of journey-runner.ts that say how a pattern and a table are matched, the imports of
 * journey-quality.spec.ts, the mesh's schemas (apps/mock-data/schemas/kql|spl|sql.json, the files bundled-schemas
 * loads), blind55's file as the format example (its questions, personas and values are not reused) and the question
 * lines of the other blind sets (to avoid their organisations, values and clarification wordings).
 * Personas (new, organisations invented):
 * - a hospital group's clinical systems admins (Harrowvale Health Group, hvhealth.org; HVH-CLN-* clinical
 *   workstations, HVH-CTX-* Citrix servers, HVH-PACS-* imaging servers, HVH-PHX-* pharmacy PCs; terse chat and
 *   ordinary sentences): failure share of portal sign-ins per day, busiest logon hour on Citrix, lockouts with first
 *   and last time, PsExec on pharmacy PCs above a threshold, 4625 per day on clinical PCs, rare parents of cmd.exe,
 *   the patient portal's error rate per hour, a PACS service account's failures in both SIEMs;
 * - the group's privacy officer (formal sentences) asking who accessed records: distinct files opened per user on a
 *   SharePoint site (top 10), role assignments per week per initiator, heavy FileAccessed users on another site,
 *   4663 object access on the records share above a threshold, record views per department per day, the share of
 *   stale active accounts per department, staff above 50 record views yesterday, one doctor's sign-ins and record
 *   views per day since a date;
 * - the group's pharmacy / supplies purchasing office (ordinary sentences, some terse): share of budget spent per
 *   category, departments above 90 % spent, the five cheapest active products of a category;
 * - an online game studio (Brightforge Games, brightforge.gg; BF-GS-* game servers, BF-QA-* QA machines): live-ops
 *   (terse chat: failed Azure operation share per resource group, top processes by distinct remote IPs, average
 *   daily 4625 per server, AccessDenied share per ARN above a call threshold, firewall bytes to the game range,
 *   busiest hour of launcher sign-in failures, a service account in both SIEMs), anti-cheat (ordinary: accounts
 *   signing in from more than three countries, distinct machines running a debugger per day, first and last change
 *   of the anti-cheat service's registry key, a dumper per day this week, a cheat loader hash in Defender and
 *   Sysmon with first time seen) and store revenue (formal and terse: daily USD revenue, average order value per
 *   country for a segment top 5, top Skins items by revenue this year, refund rate per currency, busiest 5xx hour on
 *   the store site and orders per hour).
 * Styles: about a third formal full sentences, a third ordinary, a third terse chat with abbreviations and typos.
 * No question names a query language; a question names its store (Sentinel, Defender, Splunk, Sysmon, "Splunk's
 * Azure AD logs", the firewall data in Splunk, the application database) whenever the schemas hold that data in
 * more than one store; AzureActivity, CloudTrail, the Web and registry data models and the business tables are
 * asked for without a store name.
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform (3 KQL + SPL, 1 KQL + SQL, 1 SPL + SQL), 2 clarification (38).
 * Values: UPNs, service accounts (svc-pacs, svc-liveops@brightforge.gg), host prefixes (HVH-CTX-*, HVH-PHX-*,
 * HVH-CLN-*, HVH-PACS-*, BF-GS-*, BF-QA-*), a CIDR (10.40.0.0/16), a port and transport (udp 7777), event IDs (4624,
 * 4625, 4663, 4740), process names (PsExec, x64dbg.exe, ksdumper.exe, cmd.exe), a SHA256, apps (HVH Clinical
 * Portal, Brightforge Launcher), SharePoint sites, a registry key, an AAD operation, web hosts, HTTP 4xx/5xx,
 * AccessDenied, statuses (completed, refunded), a currency (USD), categories (Wound Care, Skins), a segment
 * (Whale), a department (Pharmacy), a fiscal year, an event type (record_view).
 * Shapes: ratios and percentages (failure share, error rate, refund rate, budget spent, stale-account share),
 * averages per group (daily failures per server, order value per country), top / bottom N (top 3, 5, 10; the five
 * cheapest; the five rarest), thresholds after aggregation (> 2, > 3, > 50, > 200, > 500, > 90 %), first / last
 * occurrence, time buckets (per hour, per day, per week), "per day over the last two weeks", "busiest hour",
 * distinct counts, sums, group by, ordering, columns to show.
 * Windows: last N hours/days (24h, 48h, 72h, 7d, 14d / two weeks, 90d), today, yesterday (both ends), this week,
 * this month, this quarter, this year, the previous calendar month (both ends), since explicit dates (20 and 23 Nov
 * 2026), an explicit range (9–22 Nov 2026), a fiscal year, and conditions that are not windows (active accounts not
 * logged in for 60 days, active products).
 * Checks accept every spelling I could think of for the same condition and reject only queries that do not answer
 * the question. Before committing I checked every case against queries I wrote by hand (one per platform of each
 * case; a scratch script, not committed, calling the real checkers from journey-checkers.ts): every `has` matched,
 * no `not` did, and the Kusto analyser, the SPL check and PostgreSQL reported no problem. Not run on the planner.
 */

// KQL windows and shapes
const YESTERDAY_START_KQL = new RegExp(
  `startofday\\(\\s*(ago\\(\\s*(1d|24h)\\s*\\)|now\\(\\)\\s*-\\s*(1d|24h))\\s*\\)|startofday\\(\\s*now\\(\\)\\s*\\)\\s*-\\s*(1d|24h)|${kqlDate(YESTERDAY)}`,
);
/** A share of a total (KQL): one value divided by another. */
const RATIO_KQL = /[\w)\]]\s*\/\s*[\w(]/;
/** A daily bucket on either time column (KQL). */
const DAY_BUCKET_KQL = new RegExp(
  `${DAILY_KQL.source}|startofday\\(\\s*Timestamp\\s*\\)|format_datetime\\(\\s*(TimeGenerated|Timestamp)\\s*,\\s*["']yyyy-MM-dd`,
);
/** An hour bucket or the hour of the day (KQL). */
const HOUR_KQL = /bin\(\s*(TimeGenerated|Timestamp)\s*,\s*(1h|60m)\s*\)|hourofday\(|datetime_part\(\s*["']hour/;
/** The single biggest bucket (KQL): top 1, take 1 after a sort, arg_max, or a descending sort. */
const BUSIEST_KQL = /\|\s*(top\s+1\b|take\s+1\b|limit\s+1\b)|arg_max\(|\|\s*(order|sort)\s+by\s+(?![^|]*\basc\b)/;
/** Biggest first (KQL): a sort not ascending, or top N by. */
const DESC_KQL = /\|\s*(top\s+\d+\s+by|(order|sort)\s+by\s+(?![^|]*\basc\b))/;
/** First and last time seen (KQL). */
const FIRST_KQL = /min\(\s*(TimeGenerated|Timestamp)\s*\)|arg_min\(\s*(TimeGenerated|Timestamp)\b/;
const LAST_KQL = /max\(\s*(TimeGenerated|Timestamp)\s*\)|arg_max\(\s*(TimeGenerated|Timestamp)\b/;
/** A weekly bucket (KQL). */
const WEEKLY_KQL = /bin\(\s*TimeGenerated\s*,\s*(7d|1w|168h)\s*\)|startofweek\(\s*TimeGenerated\s*\)/;

// SPL windows and shapes
/** A share of a total (SPL): an eval dividing one value by another. */
const RATIO_SPL = /\beval\s+[^|]*[\w)'"]\s*\/\s*[\w('"]/;
/** A daily bucket (SPL). */
const DAILY_SPL = /span\s*=\s*"?(1d|24h|1day)\b|strftime\([^)]*%(Y-%m-%d|F|d)/;
/** An hour bucket or the hour of the day (SPL). */
const HOUR_SPL = new RegExp(`${HOURLY_SPL.source}|date_hour|strftime\\([^)]*%H`);
/** The single biggest bucket (SPL): a descending sort (then head 1), or top 1. */
const BUSIEST_SPL = /\|\s*(sort\s+(0\s+|limit\s*=\s*\d+\s+)?-\s*[\w.'"]+|top\s+(limit\s*=\s*1\b|1\b)|head\s+1\b)/;
/** Biggest first (SPL). */
const DESC_SPL = /\|\s*(sort\s+(0\s+|limit\s*=\s*\d+\s+)?-|top\b)/;
/** The five rarest (SPL): rare limit=5, an ascending sort then head 5, sort 5 ascending, or descending then tail 5. */
const RAREST5_SPL =
  /\|\s*rare\b[^|]*\blimit\s*=\s*5\b|\|\s*sort\s+(0\s+|limit\s*=\s*\d+\s+)?\+?\s*[\w.]+\s*\|\s*head\s+5\b|\|\s*sort\s+(5\s+|limit\s*=\s*5\s+)\+?\s*[\w.]+\s*(\||$)|\|\s*sort\s+[^|]*-\s*[\w.]+\s*\|\s*tail\s+5\b/;
/** First and last time seen (SPL). */
const FIRST_SPL = /min\(\s*_time\s*\)|earliest\(\s*_time\s*\)|\bearliest_time\(/;
const LAST_SPL = /max\(\s*_time\s*\)|latest\(\s*_time\s*\)|\blatest_time\(/;
/** A distinct count (SPL). */
const splDistinct = (field: string) =>
  new RegExp(`\\b(dc|distinct_count|estdc)\\(\\s*"?'?(\\w+\\.)?(${field.replace(/\./g, '\\.')})\\b`);
/** A host / dest / Computer name starting with a prefix (SPL). */
const splPrefix = (prefix: string) =>
  new RegExp(
    `(host|dest|Computer|ComputerName|\\w+\\.dest)\\s*(=|IN\\s*\\([^)]*?)\\s*"?${prefix}|(like|match)\\([^)]*${prefix}`,
    'i',
  );
/** A failed Azure AD sign-in in Splunk's azure index: a non-zero error code. */
const FAILED_AZURE_SPL =
  /errorCode"?\s*(!=\s*"?0|>\s*"?0|=\s*"?[1-9])|NOT\s+"?properties\.status\.errorCode"?\s*=\s*"?0/i;
/** An HTTP 5xx status (SPL). */
const STATUS_5XX_SPL =
  /status'?\)?\s*(>=?\s*"?(500|499)\b|=\s*"?5(\*|\d\d))|like\(\s*[^,]*status['"]?\s*,\s*"5%"|match\(\s*[^,]*status['"]?\s*,\s*"\^?5|status\s*IN\s*\(\s*"?5\d\d/i;
/** An HTTP 4xx or 5xx status (SPL): >= 400, both 4* and 5*, a match on [45], or below 400 counted as good. */
const STATUS_4XX_5XX_SPL =
  /status'?\)?\s*>=?\s*"?(400|399)\b|status\s*(=|IN\s*\()[^|]*"?4(\*|\d\d)[^|]*5(\*|\d\d)|match\(\s*[^,]*status['"]?\s*,\s*"[^"]*\[45\]|status'?\)?\s*<\s*"?400\b/i;

// SQL windows and shapes
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
    `${sqlThis(column, 'year', YEAR_START).source}|EXTRACT\\(\\s*YEAR\\s+FROM\\s+(\\w+\\.)?(${column})\\s*\\)\\s*=\\s*(${YEAR}|EXTRACT\\(\\s*YEAR\\s+FROM\\s+${sqlNow})|date_part\\(\\s*'year'\\s*,\\s*(\\w+\\.)?(${column})\\s*\\)\\s*=\\s*${YEAR}`,
    'i',
  );
/** Grouped by a column, by name or by its position in the select list (SQL). */
const sqlGrouped = (columns: string) =>
  new RegExp(`GROUP\\s+BY\\s+[^;]*\\b(${columns})\\b|\\b(${columns})\\b[^;]*GROUP\\s+BY\\s+\\d`, 'i');
/** A share of a total (SQL): a count or sum divided by another, or the average of a 0/1 condition. */
const RATIO_SQL =
  /\)\s*(::\s*\w+\s*)?(\*\s*100(\.0*)?\s*)?\/\s*(NULLIF\(\s*)?(COUNT|SUM)\(|AVG\(\s*(CASE\b|\(+\s*(\w+\.)?\w+\s*(=|<|>|IS)[^;]*\)\s*::\s*(int|integer|numeric|float))/i;
/** A daily bucket on a column (SQL). */
const sqlDaily = (column: string) =>
  new RegExp(`${sqlDayOf(column)}|to_char\\(\\s*(\\w+\\.)?${column}\\s*,\\s*'YYYY-MM-DD'`, 'i');
/** An hour bucket or hour of day (SQL). */
const HOURLY_SQL = /date_trunc\(\s*'hour'|EXTRACT\(\s*HOUR\s+FROM|date_part\(\s*'hour'|to_char\([^)]*HH24/i;
/** An active row (SQL). */
const ACTIVE_SQL =
  /active\s*(=\s*(true|'t(rue)?'|1)|IS\s+TRUE)|(WHERE|AND)\s+(\w+\.)?active\s*(\n|$|GROUP|ORDER|AND\b|\))/i;

/** Explicit days the questions name. */
const NOV_9 = new Date(Date.UTC(2026, 10, 9));
const NOV_20 = new Date(Date.UTC(2026, 10, 20));
const NOV_22 = new Date(Date.UTC(2026, 10, 22));
const NOV_23 = new Date(Date.UTC(2026, 10, 23));

/** The cheat loader the anti-cheat team was sent. */
const LOADER_SHA256 = '6c4816a79d59f5b20a49ec542e64b82289f0017f0118903808ce6a314eba4c72';

export const BLIND70_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: hospital group (clinical systems admins, privacy officer)
  {
    id: 'b70-kql-hospital-portal-failed-share-daily-2w',
    question: 'sentinel: % of failed signins to "HVH Clinical Portal" per day, last 2 wks',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('AppDisplayName', 'HVH Clinical Portal'),
          FAILED_SIGNIN_KQL,
          RATIO_KQL,
          DAY_BUCKET_KQL,
          kqlLast('14d|2w|336h'),
        ],
      },
    },
  },
  {
    id: 'b70-kql-hospital-citrix-busiest-logon-hour-yesterday',
    question:
      'In Sentinel, which hour yesterday had the most successful logons (event 4624) on the Citrix servers HVH-CTX-*?',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4624),
          kqlPrefix('Computer', 'HVH-CTX-'),
          COUNT_KQL,
          HOUR_KQL,
          BUSIEST_KQL,
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b70-kql-hospital-lockouts-first-last-7d',
    question: 'lockouts (4740) lst 7d in sentinel - per acct: how many, first + last time',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4740), COUNT_KQL, kqlBy('TargetUserName|Account'), FIRST_KQL, LAST_KQL, kqlLast('7d|168h|1w')],
      },
    },
  },
  {
    id: 'b70-kql-hospital-psexec-pharmacy-over-2-72h',
    question: 'defender - psexec on the pharmacy boxes HVH-PHX-* last 72h. which devices ran it more than twice?',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /psexec/i,
          kqlPrefix('DeviceName', 'HVH-PHX-'),
          COUNT_KQL,
          kqlBy('DeviceName|DeviceId'),
          kqlAbove(2),
          kqlLast('72h|3d|4320m'),
        ],
      },
    },
  },
  {
    id: 'b70-kql-privacy-patientrecords-top10-distinct-files-month',
    question:
      'For our access review, please list from Sentinel the ten users who opened the largest number of distinct files on the PatientRecords SharePoint site this month, with the number of files for each.',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [
          /PatientRecords/i,
          /dcount\(\s*(OfficeObjectId|SourceFileName)|count_distinct\(\s*(OfficeObjectId|SourceFileName)|\|\s*distinct\s+[^|]*(OfficeObjectId|SourceFileName)/,
          kqlBy('UserId'),
          kqlTop(10),
          THIS_MONTH_KQL,
        ],
      },
    },
  },
  {
    id: 'b70-kql-privacy-role-adds-weekly-per-initiator-90d',
    question:
      'Please provide, from the Sentinel directory audit log, the weekly number of "Add member to role" operations over the last 90 days, broken down by the account that initiated them.',
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [
          /Add member to role/i,
          COUNT_KQL,
          WEEKLY_KQL,
          /\bby\s+[^|]*InitiatedBy|extend\s+(\w+)\s*=[^|]*InitiatedBy[\s\S]*\bby\s+[^|]*\b\1\b/,
          kqlLast('90d|2160h|12w'),
        ],
      },
    },
  },
  // KQL: game studio (live-ops, anti-cheat)
  {
    id: 'b70-kql-studio-failed-azure-ops-share-per-rg-yesterday',
    question: 'azure: % failed ops per resource group yday, worst first',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          /ActivityStatusValue[^|]*["']Fail/i,
          RATIO_KQL,
          kqlBy('ResourceGroup'),
          DESC_KQL,
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b70-kql-studio-accounts-over-3-countries-7d',
    question:
      'Which accounts signed in from more than 3 different countries in the last 7 days? Sentinel sign-in logs please, with the list of countries.',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /dcount\(\s*Location|count_distinct\(\s*Location/,
          /make_(set|list)(_if)?\(\s*Location/,
          kqlBy('UserPrincipalName|UserId'),
          kqlAbove(3),
          kqlLast('7d|168h|1w'),
        ],
      },
    },
  },
  {
    id: 'b70-kql-studio-gs-top3-procs-distinct-remote-ips-24h',
    question: 'defender: on BF-GS-* game servers, top 3 initiating procs by # of distinct remote IPs, last 24h',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          kqlPrefix('DeviceName', 'BF-GS-'),
          /dcount\(\s*RemoteIP|count_distinct\(\s*RemoteIP/,
          kqlBy('InitiatingProcessFileName'),
          kqlTop(3),
          DAY1_KQL,
        ],
      },
    },
  },
  {
    id: 'b70-kql-studio-x64dbg-machines-per-day-since-nov20',
    question: 'How many different machines ran x64dbg.exe each day since 20 November 2026? Defender data, please.',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /x64dbg/i,
          /dcount\(\s*(DeviceName|DeviceId)|count_distinct\(\s*(DeviceName|DeviceId)/,
          DAY_BUCKET_KQL,
          kqlSince(NOV_20),
        ],
      },
    },
  },
  {
    id: 'b70-kql-studio-avg-daily-4625-per-gs-14d',
    question:
      'In Sentinel, what is the average number of failed logons (4625) per day for each BF-GS-* server over the last 14 days?',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4625),
          kqlPrefix('Computer', 'BF-GS-'),
          /avg\(|\/\s*14(\.0)?\b|\/\s*(todouble\()?\s*dcount\(/,
          kqlBy('Computer'),
          kqlLast('14d|2w|336h'),
        ],
      },
    },
  },

  // SPL: hospital group
  {
    id: 'b70-spl-hospital-portal-error-rate-hourly-24h',
    question: 'patient portal (portal.hvhealth.org) error rate - % of requests w/ 4xx or 5xx per hour, last 24h',
    expect: {
      spl: {
        table: 'Web',
        has: [/portal\.hvhealth\.org/i, STATUS_4XX_5XX_SPL, RATIO_SPL, HOUR_SPL, DAY1_SPL],
      },
    },
  },
  {
    id: 'b70-spl-hospital-4625-clinical-pcs-daily-2w',
    question:
      'From the Windows logs in Splunk, how many failed logons (4625) did the clinical workstations HVH-CLN-* have per day over the last two weeks?',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [splEvent(4625), splPrefix('HVH-CLN-'), COUNT_SPL, DAILY_SPL, splLast('14d|2w|336h')],
      },
    },
  },
  {
    id: 'b70-spl-hospital-rare-cmd-parents-pharmacy-nov9-22',
    question:
      'Using the Sysmon process-creation data in Splunk, please identify the five least common parent processes that launched cmd.exe on the pharmacy workstations (HVH-PHX-*) between 9 and 22 November 2026.',
    expect: {
      spl: {
        table: 'sysmon',
        has: [
          /cmd\.exe/i,
          /ParentImage/,
          splPrefix('HVH-PHX-'),
          RAREST5_SPL,
          splSince(NOV_9),
          new RegExp(
            `latest\\s*=\\s*"?(${splDate(NOV_23)}|${usDate(NOV_22)}:23:59|${iso(NOV_22)}T23:59|${NOV_23.getTime() / 1000 - 1})`,
          ),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b70-spl-privacy-safeguarding-files-over-200-week',
    question:
      'Please report, from the Microsoft 365 audit data in Splunk, the users who accessed more than 200 files on the Safeguarding SharePoint site this week, with the number of files for each.',
    expect: {
      spl: {
        table: 'o365',
        has: [
          /File(Accessed|\*)/i,
          /Safeguarding/i,
          /\b(count|dc|distinct_count|estdc)\b/,
          splBy('UserId'),
          splAbove(200),
          THIS_WEEK_SPL,
        ],
      },
    },
  },
  {
    id: 'b70-spl-privacy-4663-medicalrecords-over-500-yesterday',
    question:
      'Please list, from the Windows Security logs in Splunk, the accounts that generated more than 500 object-access events (4663) against the MedicalRecords file share yesterday, most active first.',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [
          splEvent(4663),
          /MedicalRecords/i,
          COUNT_SPL,
          splBy('user|Account_Name|src_user|SubjectUserName'),
          splAbove(500),
          DESC_SPL,
          YESTERDAY_START_SPL,
          YESTERDAY_END_SPL,
        ],
      },
    },
  },
  // SPL: game studio
  {
    id: 'b70-spl-studio-accessdenied-share-per-arn-over-50-7d',
    question: 'cloudtrail: % AccessDenied per arn last 7d, only arns w/ >50 calls',
    expect: {
      spl: {
        table: 'aws',
        has: [/AccessDenied/, RATIO_SPL, splBy('userIdentity.arn'), splAbove(50), splLast('7d|168h|1w')],
      },
    },
  },
  {
    id: 'b70-spl-studio-anticheat-registry-first-last-prev-month',
    question:
      "Which machines had changes to the anti-cheat service's registry key (Services\\BrightforgeAC) last month, and when was the first and the last change on each?",
    expect: {
      spl: {
        table: 'Endpoint.Registry',
        has: [/BrightforgeAC/i, FIRST_SPL, LAST_SPL, splBy('dest'), PREV_MONTH_START_SPL, PREV_MONTH_END_SPL],
      },
    },
  },
  {
    id: 'b70-spl-studio-fw-top10-src-bytes-game-range-today',
    question:
      'fw data in splunk: top 10 src ips by total bytes to the game server range 10.40.0.0/16 on udp 7777, today',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /10\.40\.(0\.0\/16|\*)|cidrmatch\(\s*"10\.40\.0\.0\/16"/,
          /dest_port\s*=\s*"?7777\b/,
          /udp/i,
          /sum\(\s*"?(All_Traffic\.)?bytes(_in|_out)?\b/i,
          splBy('src_ip|src'),
          splTop(10),
          TODAY_SPL,
        ],
      },
    },
  },
  {
    id: 'b70-spl-studio-launcher-failed-signins-busiest-hour-yesterday',
    question:
      "In Splunk's Azure AD sign-in logs, which hour yesterday had the most failed sign-ins to the Brightforge Launcher app?",
    expect: {
      spl: {
        table: 'azure',
        has: [/Brightforge Launcher/i, FAILED_AZURE_SPL, HOUR_SPL, BUSIEST_SPL, YESTERDAY_START_SPL, YESTERDAY_END_SPL],
      },
    },
  },
  {
    id: 'b70-spl-studio-ksdumper-machines-per-day-week',
    question:
      'How many different machines ran ksdumper.exe on each day this week? Use the endpoint process data in Splunk.',
    expect: {
      spl: {
        has: [/ksdumper/i, splDistinct('dest|host|Computer'), DAILY_SPL, THIS_WEEK_SPL],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },

  // SQL: hospital group (purchasing office, privacy officer)
  {
    id: 'b70-sql-purchasing-pharmacy-budget-share-per-category-fy2026',
    question:
      'What percentage of its budget has the Pharmacy department spent in each category in fiscal year 2026? Highest first.',
    expect: {
      sql: {
        table: 'budget',
        has: [
          sqlIs('department', 'Pharmacy'),
          /fiscal_year\s*=\s*2026\b/i,
          /spent[^;]*\/[^;]*amount/i,
          sqlGrouped('category'),
          DESC_SQL,
        ],
      },
    },
  },
  {
    id: 'b70-sql-purchasing-depts-over-90pct-fy2026',
    question: 'depts that have already spent >90% of their FY2026 budget?',
    expect: {
      sql: {
        table: 'budget',
        has: [
          /fiscal_year\s*=\s*2026\b/i,
          sqlGrouped('department'),
          /spent[^;]*(\/[^;]*amount|>=?\s*0?\.90?\s*\*[^;]*amount|>=?[^;]*amount\s*\)?\s*\*\s*0?\.90?\b)/i,
          />=?\s*(90(\.0+)?|0?\.90?)\b|\*\s*0?\.90?\b/,
        ],
      },
    },
  },
  {
    id: 'b70-sql-purchasing-cheapest-5-active-wound-care',
    question: "Which are the 5 cheapest active products in the 'Wound Care' category?",
    expect: {
      sql: {
        table: 'products',
        has: [
          sqlIs('category', 'Wound Care'),
          ACTIVE_SQL,
          /ORDER\s+BY\s+(\w+\.)?list_price(\s+ASC)?\s*(NULLS\s+\w+\s*)?(,|LIMIT|FETCH|;|$)/i,
          topSql(5),
        ],
        not: [/list_price\s+DESC/i],
      },
    },
  },
  {
    id: 'b70-sql-privacy-record-views-per-dept-daily-2w',
    question:
      'Please provide the daily number of patient record views (event type record_view) per department over the last two weeks, taken from the application database.',
    expect: {
      sql: {
        table: 'events',
        has: [
          sqlIs('event_type', 'record_view'),
          /COUNT\(/i,
          sqlGrouped('department'),
          sqlDaily('occurred_at'),
          sqlLast('occurred_at', '14 days|2 weeks|336 hours', 14),
        ],
      },
    },
  },
  {
    id: 'b70-sql-privacy-stale-active-accounts-share-per-dept',
    question: 'For each department, what share of the active user accounts have not logged in for more than 60 days?',
    expect: {
      sql: {
        table: 'users',
        has: [
          ACTIVE_SQL,
          new RegExp(
            `last_login_at\\s*<=?\\s*\\(?\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?-\\s*${sqlInterval('60 days?|2 months?', 60)}|${sqlNow}\\s*-\\s*(\\w+\\.)?last_login_at\\s*>=?\\s*${sqlInterval('60 days?|2 months?')}`,
            'i',
          ),
          RATIO_SQL,
          sqlGrouped('department'),
        ],
      },
    },
  },
  {
    id: 'b70-sql-privacy-staff-over-50-record-views-yesterday',
    question:
      'Which staff members viewed more than 50 patient records (record_view events) yesterday? Show their name, department and count.',
    expect: {
      sql: {
        table: 'events',
        has: [
          sqlIs('event_type', 'record_view'),
          /HAVING\s+[^;]*COUNT\([^;]*?\)\s*(>\s*50|>=\s*51)\b|WHERE\s+\w+\s*(>\s*50|>=\s*51)\b/i,
          sqlShows('display_name'),
          sqlShows('department'),
          sqlYesterdayStart('occurred_at'),
          sqlYesterdayEnd('occurred_at'),
        ],
      },
    },
  },
  // SQL: game studio store revenue
  {
    id: 'b70-sql-store-daily-usd-revenue-completed-2w',
    question: 'Please report the daily store revenue in USD from completed orders over the last two weeks.',
    expect: {
      sql: {
        table: 'orders',
        has: [
          sqlIs('currency', 'USD'),
          /status\s*\)?\s*(=|I?LIKE|IN\s*\([^)]*?)\s*'complete(d)?'/i,
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          sqlDaily('created_at'),
          sqlLast('created_at', '14 days|2 weeks|336 hours', 14),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b70-sql-store-whale-aov-per-country-top5-month',
    question: 'avg order value per country for Whale segment players this month, top 5',
    expect: {
      sql: {
        table: 'orders',
        has: [
          sqlIs('segment', 'Whale'),
          /AVG\(\s*(\w+\.)?total\s*\)/i,
          sqlGrouped('country'),
          DESC_SQL,
          topSql(5),
          sqlThis('created_at', 'month', MONTH_START),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b70-sql-store-top10-skins-revenue-year',
    question: "What were our top 10 items in the 'Skins' category by revenue this year?",
    expect: {
      sql: {
        table: 'order_items',
        has: [
          sqlIs('category', 'Skins'),
          /SUM\(\s*(\w+\.)?quantity\s*\*\s*(\w+\.)?unit_price|SUM\(\s*(\w+\.)?unit_price\s*\*\s*(\w+\.)?quantity/i,
          DESC_SQL,
          topSql(10),
          sqlThisYear('created_at'),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b70-sql-store-refund-rate-per-currency-quarter',
    question: 'refund rate (% of orders refunded) per currency this qtr',
    expect: {
      sql: {
        table: 'orders',
        has: [/'refunded'/i, RATIO_SQL, sqlGrouped('currency'), THIS_QUARTER_SQL],
      },
    },
  },

  // Two platforms
  {
    id: 'b70-multi-hospital-svc-pacs-4625-per-src-48h',
    question:
      'failed logons (4625) for svc-pacs on HVH-PACS-* servers lst 48h - sentinel + splunk, count per source ip',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4625),
          /svc-pacs/i,
          /HVH-PACS-/i,
          COUNT_KQL,
          kqlBy('IpAddress|WorkstationName'),
          kqlLast('48h|2d|2880m'),
        ],
      },
      spl: {
        table: 'wineventlog',
        has: [
          splEvent(4625),
          /svc-pacs/i,
          /HVH-PACS-/i,
          COUNT_SPL,
          splBy('src|src_ip|Source_Network_Address|IpAddress'),
          splLast('48h|2d|2880m'),
        ],
      },
    },
  },
  {
    id: 'b70-multi-privacy-dr-pellow-signins-record-views-since-nov23',
    question:
      'Please compile, for dr.pellow@hvhealth.org, her sign-ins recorded in Sentinel since 23 November 2026 and her record_view events in the application database over the same period, with a daily count for each.',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [kqlIs('UserPrincipalName', 'dr\\.pellow@hvhealth\\.org'), COUNT_KQL, DAY_BUCKET_KQL, kqlSince(NOV_23)],
      },
      sql: {
        table: 'events',
        has: [
          /dr\.pellow@hvhealth\.org/i,
          sqlIs('event_type', 'record_view'),
          /COUNT\(/i,
          sqlDaily('occurred_at'),
          sqlSince('occurred_at', NOV_23),
        ],
      },
    },
  },
  {
    id: 'b70-multi-studio-loader-hash-qa-first-seen-7d',
    question: `A cheat loader with SHA256 ${LOADER_SHA256} was reported. Has it run on any of our QA machines (BF-QA-*) in the last 7 days? Check Defender and Sysmon, and give me the first time it was seen on each machine.`,
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          new RegExp(LOADER_SHA256, 'i'),
          /BF-QA-/i,
          FIRST_KQL,
          kqlBy('DeviceName|DeviceId'),
          kqlLast('7d|168h|1w'),
        ],
      },
      spl: {
        table: 'sysmon',
        has: [new RegExp(LOADER_SHA256, 'i'), /BF-QA-/i, FIRST_SPL, splBy('host|Computer|dest'), splLast('7d|168h|1w')],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b70-multi-store-5xx-busiest-hour-and-orders-hourly-yesterday',
    question:
      'store.brightforge.gg had issues yesterday - which hour had the most 5xx on it (web logs), and how many store orders did we take per hour yesterday?',
    expect: {
      spl: {
        table: 'Web',
        has: [/store\.brightforge\.gg/i, STATUS_5XX_SPL, HOUR_SPL, BUSIEST_SPL, YESTERDAY_START_SPL, YESTERDAY_END_SPL],
      },
      sql: {
        table: 'orders',
        has: [/COUNT\(/i, HOURLY_SQL, sqlYesterdayStart('created_at'), sqlYesterdayEnd('created_at')],
      },
    },
  },
  {
    id: 'b70-multi-studio-svc-liveops-signins-per-app-24h',
    question:
      'svc-liveops@brightforge.gg signins last 24h - sentinel AND splunk azure ad logs, distinct ips + count per app',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('UserPrincipalName', 'svc-liveops@brightforge\\.gg'),
          /dcount\(\s*IPAddress|count_distinct\(\s*IPAddress/,
          COUNT_KQL,
          kqlBy('AppDisplayName'),
          DAY1_KQL,
        ],
      },
      spl: {
        table: 'azure',
        has: [
          /svc-liveops@brightforge\.gg/i,
          splDistinct('properties.ipAddress'),
          COUNT_SPL,
          splBy('properties.appDisplayName'),
          DAY1_SPL,
        ],
      },
    },
  },

  // Clarification: nothing to act on
  {
    id: 'b70-clarify-ward-sister-phone',
    question: 'Could you look into what the ward sister flagged on the phone earlier and get back to me?',
    clarification: true,
  },
  { id: 'b70-clarify-patch-numbers', question: 'numbers for the patch thing pls, like last time', clarification: true },
];

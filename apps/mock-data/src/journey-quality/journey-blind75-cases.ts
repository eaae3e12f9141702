import type { JourneyCase } from './journey-cases';
import {
  COUNT_KQL,
  COUNT_SPL,
  DAILY_KQL,
  DAY1_KQL,
  DESC_SQL,
  LAST_MONTH_END,
  NOT_CUSTOMER_DATE_SQL,
  THIS_MONTH_KQL,
  THIS_WEEK_KQL,
  TODAY_KQL,
  TODAY_SPL,
  UNPAID_SQL,
  WEEKLY_SQL,
  WINDOWS_SECURITY_IDS_SPL,
  YESTERDAY_END_KQL,
  YESTERDAY_END_SPL,
  YESTERDAY_START_KQL,
  YESTERDAY_START_SPL,
  kqlAbove,
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
  splIs,
  splLast,
  splShows,
  splSince,
  splTop,
  sqlCountAbove,
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
  sqlUntil,
} from './journey-patterns';
import { LAST_MONTH_START, MONDAY, MONTH_START, YEAR, YEAR_START, iso, kqlDate, splDate } from './journey-dates';

/**
 * The "blind75" journey-quality set, written blind on 2026-11-29 (13:00–13:30 UTC). I did not read the query
 * builders (apps/mock-data/src/query/**), the constraint extractor or routing code (libs/planner-core),
 * planner-llm, the planner app, the git history of any of them, any failure list, or another blind author's work
 * in progress, and I did not run the planner on any question: the first run is the lead's.
 * I read: TEAM.md and BLIND.md, the `JourneyCase` / `QueryCheck` types in journey-cases.ts, journey-dates.ts,
 * journey-checkers.ts, journey-patterns.ts (most window and shape checks are imported from it), run-journeys.ts (to
 * register the set), the mesh's schemas (apps/mock-data/schemas/kql|spl|sql.json, the files the bundled-schemas
 * module loads), blind55's file as the format example (its two previous-month KQL checks are copied; its questions,
 * personas and values are not) and the question lines of the other blind sets (to avoid their personas and questions).
 * Personas (public sector and education, organisations invented):
 * - a city council's information-security officer (Corvane City Council, corvane.gov.uk, CCC-* hosts; long formal
 *   requests with several constraints at once): failed Planning Portal sign-ins between two dates with four columns,
 *   Entra group additions with initiator and target, Azure write/delete operations per caller in a resource group
 *   over a threshold, deleted accounts (4726) on two DCs last month ordered by count, CloudTrail security-group
 *   changes in one region with three columns, network logons (4624 type 3) to a file server per source over a
 *   threshold, Run-key registry changes on CCC-WS* hosts, unpaid GBP fees per segment over a threshold in October,
 *   suspended citizen records, parking-permit orders last month per status, an IP checked in two stores, a clerk's
 *   sign-ins next to its application login events;
 * - a university's IT service desk (Whitlow University, whitlow.ac.uk, Linux research cluster wu-hpc-*, SSH login
 *   nodes wu-login01/02; ordinary sentences): wget/curl on the Linux nodes, outbound SSH from a login node
 *   yesterday, distinct students signing in to Canvas per day, a SHA1 run since a date, failed SSH logins per source
 *   over a threshold, nmap per user, top destinations by bytes out from a /16 yesterday, tuition fees collected per
 *   month this year, international students' overdue fees, spend-to-budget ratio per department, failed app logins
 *   from outside 10.0.0.0/8, xmrig on the cluster in two stores, Kerberos pre-auth failures (4771) in two stores;
 * - a school district's network technician (Fenmarsh Unified School District, fenmarshusd.org, FUSD-* hosts; terse
 *   mobile chat with abbreviations and typos): an admin's sign-ins from outside the US today, anonymous sharing links
 *   this week, library PCs reaching tiktok.com, a student's failed Azure AD sign-ins in Splunk, Set-Mailbox runs, 404s
 *   on the parent portal, PsExec in Sysmon since a date, new student accounts per week, average lunch-fee invoice per
 *   status this month, dormant Transportation staff, a teacher's FileDeleted in two stores, and both clarifications.
 * Styles: about a third formal full sentences, a third ordinary, a third terse chat. No question names a query
 * language; a question names its store (Sentinel, Defender, Splunk, Sysmon, "Splunk's endpoint data", "the users
 * table") whenever the schemas hold that data in more than one store (Azure AD sign-ins, O365, Windows security
 * events, processes, network connections); AzureActivity, the Entra audit log, CloudTrail, the SSH / Web / registry
 * / network-traffic data models (Splunk only) and the business tables are asked for without a store name or with a
 * plain one. Linux hosts appear as far as the schemas hold them: Defender device tables and Splunk's CIM data models.
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform (4 KQL + SPL, 1 KQL + SQL), 2 clarification cases (38).
 * Values: UPNs (it-admin@, j.ortega@, finance.clerk@, a numeric student UPN, the @student.whitlow.ac.uk domain), a
 * user (k.osei), hosts and prefixes (CCC-DC01/02, CCC-FS01, CCC-WS*, wu-hpc-*, wu-login01/02, FUSD-LIB-*, FUSD-*),
 * IPs and CIDRs (198.51.100.77, 10.40.0.0/16, 10.0.0.0/8), port 22, a SHA1, event IDs (4726, 4624 + logon type 3,
 * 4771, Sysmon process creation), process names (wget, curl, nmap, xmrig, PsExec), a domain (tiktok.com), a web host
 * and HTTP 404, an Azure resource group, CloudTrail event names and a region, O365 operations (AnonymousLinkCreated,
 * Set-Mailbox, FileDeleted), an Entra operation (Add member to group), apps (Corvane Planning Portal, Canvas), a
 * country (US, United Kingdom), currencies (GBP, USD), thresholds (10, 50, 20, 3 after aggregation; 5,000 on a sum),
 * statuses (suspended, unpaid, overdue), a category (Parking Permits), departments (IT Services, Transportation),
 * a fiscal year.
 * Shapes: counts, distinct counts, sums, averages, a ratio of sums, thresholds after aggregation (HAVING / where),
 * top N (5, 10), daily / weekly / monthly buckets, group by, ordering, columns to show, first / last seen,
 * negations (outside the US, not UK, outside a CIDR, a department excluded, not logged in).
 * Windows: last N hours/days (6h, 12h, 24h, 48h, 72h, 2d, 3d, 7d, 10d, 14d, 30d, 90d), today, yesterday (both
 * ends), this week / since Monday, this month, this year, the previous calendar month (both ends), since explicit
 * dates (1 Sep, 20, 24, 25 Nov 2026), explicit ranges (16–22 Nov, 1–31 Oct 2026), a fiscal year, and conditions
 * that are not windows (overdue, unpaid, not logged in for 30 days).
 * Checks accept every spelling I could think of for the same condition and reject only queries that do not answer
 * the question. Before committing I checked every case against queries I wrote by hand (one per platform of each
 * case; a scratch script, not committed, calling the real checkers from journey-checkers.ts): every `has` matched,
 * no `not` did, and the Kusto analyser, the SPL check and PostgreSQL reported no problem. Not run on the planner.
 */

/** Explicit days the questions name. */
const SEP_1 = new Date(Date.UTC(2026, 8, 1));
const OCT_1 = new Date(Date.UTC(2026, 9, 1));
const OCT_31 = new Date(Date.UTC(2026, 9, 31));
const NOV_16 = new Date(Date.UTC(2026, 10, 16));
const NOV_20 = new Date(Date.UTC(2026, 10, 20));
const NOV_22 = new Date(Date.UTC(2026, 10, 22));
const NOV_23 = new Date(Date.UTC(2026, 10, 23));
const NOV_24 = new Date(Date.UTC(2026, 10, 24));
const NOV_25 = new Date(Date.UTC(2026, 10, 25));

/** The end of an explicit range on its last day (KQL): before the next day, or up to the last day's 23:59. */
const kqlUntil = (lastDay: Date, nextDay: Date) =>
  new RegExp(
    `(<|\\.\\.)\\s*(${kqlDate(nextDay)}|todatetime\\(\\s*["']${iso(nextDay)})|(<=?|\\.\\.)\\s*(datetime\\(\\s*["']?${iso(lastDay)}[T ]23:59|endofday\\(\\s*${kqlDate(lastDay)})`,
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
/** Since Monday (SPL): Monday-anchored week start or Monday's date (never a Sunday-anchored week, which on a Sunday is today). */
const SINCE_MONDAY_SPL = new RegExp(`earliest\\s*=\\s*"?(@w1|-0w@w1|${splDate(MONDAY)})`);
/** Biggest first (KQL): `sort by` / `order by` (descending by default) or `top N by`, never ascending. */
const SORTED_KQL = /\|\s*(sort|order)\s+by\b|\|\s*top\s+\d+\s+by\b/;
const ASC_KQL = /\|\s*(sort|order)\s+by\s+[^|]*\basc\b/;
/** A failed Azure AD sign-in in Splunk's azure index: a non-zero error code. */
const FAILED_AZURE_SPL =
  /errorCode\s*(!=|>)\s*"?0\b|NOT\s+[^|]*errorCode\s*=\s*"?0\b|errorCode\s*!=\s*"?0|status\s*=\s*"?fail/i;
/** An invoice past its due date and not paid (SQL). */
const OVERDUE_SQL =
  /due_date\s*<=?\s*\(?\s*(CURRENT_DATE|now\(\)|current_timestamp|localtimestamp)|(CURRENT_DATE|now\(\)|current_timestamp|localtimestamp)\s*>=?\s*(\w+\.)?due_date|status\s*(=|IN\s*\()[^)]*'overdue'/i;
/** This calendar year on a column (SQL). */
const sqlThisYear = (column: string) =>
  new RegExp(
    `${sqlThis(column, 'year', YEAR_START).source}|EXTRACT\\(\\s*YEAR\\s+FROM\\s+(\\w+\\.)?(${column})\\s*\\)\\s*=\\s*${YEAR}|date_part\\(\\s*'year'\\s*,\\s*(\\w+\\.)?(${column})\\s*\\)\\s*=\\s*${YEAR}`,
    'i',
  );

export const BLIND75_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: city council (formal), university IT (ordinary), school district (terse chat)
  {
    id: 'b75-kql-council-planning-portal-failed-range',
    question:
      'Please list every failed sign-in to the Corvane Planning Portal application recorded in Sentinel between 16 and 22 November 2026 inclusive, showing the user principal name, IP address, location and result description for each.',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('AppDisplayName', 'Corvane Planning Portal'),
          /ResultType\s*(!=|!in|!~|<>)|ResultType\s*(==|in\s*\()\s*["']?[1-9]/,
          kqlSince(NOV_16),
          kqlUntil(NOV_22, NOV_23),
          kqlShows('UserPrincipalName'),
          kqlShows('IPAddress'),
          kqlShows('Location'),
          kqlShows('ResultDescription'),
        ],
      },
    },
  },
  {
    id: 'b75-kql-council-group-additions-14d',
    question:
      'Could you provide the Entra ID audit entries from the last 14 days in which a member was added to a group, stating who initiated each change and which group was affected?',
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [
          /(OperationName|ActivityDisplayName)\s*(==|=~|has|contains|startswith|(in~?|has_any)\s*\()[^|]*["']Add member to group/i,
          kqlShows('InitiatedBy'),
          kqlShows('TargetResources'),
          kqlLast('14d|336h|2w'),
        ],
      },
    },
  },
  {
    id: 'b75-kql-council-revenues-rg-writes-deletes-month',
    question:
      'I require the number of write and delete operations performed in the Azure resource group rg-council-revenues since the first of this month, per caller, restricted to callers with more than 10 such operations.',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          kqlIs('ResourceGroup', 'rg-council-revenues'),
          /OperationNameValue[^|]*write/i,
          /OperationNameValue[^|]*delete/i,
          COUNT_KQL,
          kqlBy('Caller'),
          kqlAbove(10),
          THIS_MONTH_KQL,
        ],
      },
    },
  },
  {
    id: 'b75-kql-council-4726-dcs-last-month',
    question:
      'For the previous calendar month, please report from Sentinel the number of user accounts deleted (event 4726) on the domain controllers CCC-DC01 and CCC-DC02, grouped by the account that performed the deletion and ordered from highest to lowest.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4726),
          /CCC-DC01/i,
          /CCC-DC02/i,
          COUNT_KQL,
          kqlBy('SubjectUserName|SubjectAccount|Account'),
          SORTED_KQL,
          LAST_MONTH_START_KQL,
          LAST_MONTH_END_KQL,
        ],
        not: [ASC_KQL],
      },
    },
  },
  {
    id: 'b75-kql-uni-linux-wget-curl-3d',
    question:
      'Did anyone run wget or curl on the Linux research nodes (wu-hpc-*) in the last 3 days according to Defender? I need the device, the account and the command line.',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /\bwget\b/i,
          /\bcurl\b/i,
          kqlPrefix('DeviceName', 'wu-hpc'),
          kqlShows('DeviceName'),
          kqlShows('AccountName'),
          kqlShows('ProcessCommandLine'),
          kqlLast('3d|72h|4320m'),
        ],
      },
    },
  },
  {
    id: 'b75-kql-uni-login01-ssh-out-yesterday',
    question: 'In Defender, how many outbound SSH connections (port 22) did wu-login01 make yesterday, per remote IP?',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /RemotePort\s*(==|in\s*\()\s*22\b/,
          kqlIs('DeviceName', 'wu-login01'),
          COUNT_KQL,
          kqlBy('RemoteIP'),
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b75-kql-uni-canvas-distinct-students-daily',
    question:
      'How many different students signed in to Canvas each day over the past 7 days? Student accounts end in @student.whitlow.ac.uk, and this is the Sentinel sign-in data.',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('AppDisplayName', 'Canvas'),
          /UserPrincipalName\s*(endswith|has|contains|matches\s+regex|like|=~)[^|]*student\.whitlow\.ac\.uk/i,
          /dcount\(\s*(UserPrincipalName|UserId)|count_distinct\(\s*(UserPrincipalName|UserId)/,
          DAILY_KQL,
          kqlLast('7d|168h'),
        ],
      },
    },
  },
  {
    id: 'b75-kql-uni-sha1-since-nov20',
    question:
      'Has a file with SHA1 c1d4e7f0a3b6c9d2e5f8a1b4c7d0e3f6a9b2c5d8 been executed on any device in Defender since 20 November 2026? Show each device with when it was first and last seen.',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /SHA1\s*(==|=~|in~?\s*\(|has)\s*["']c1d4e7f0a3b6c9d2e5f8a1b4c7d0e3f6a9b2c5d8/i,
          kqlBy('DeviceName'),
          /min\(|arg_min\(/,
          /max\(|arg_max\(/,
          kqlSince(NOV_20),
        ],
      },
    },
  },
  {
    id: 'b75-kql-school-itadmin-outside-us-today',
    question: 'sentinel - any signins 4 it-admin@fenmarshusd.org from outside the US tdy??',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('UserPrincipalName', 'it-admin@fenmarshusd\\.org'),
          /Location\s*(!=|!~|!in~?\s*\(|!has|<>)\s*["'](US|United States)|not\s*\(\s*Location\s*(==|=~|in~?\s*\(|has)\s*["'](US|United States)/i,
          TODAY_KQL,
        ],
      },
    },
  },
  {
    id: 'b75-kql-school-anon-links-week',
    question: 'sentinal office logs: who made anonymous sharing links this wk? user + file pls',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [
          /Operation\s*(==|=~|has|contains|startswith|(in~?|has_any)\s*\()[^|]*["']Anonymous/i,
          kqlShows('UserId'),
          kqlShows('SourceFileName|OfficeObjectId'),
          THIS_WEEK_KQL,
        ],
      },
    },
  },
  {
    id: 'b75-kql-school-library-tiktok-24h',
    question: 'defender - FUSD-LIB-* pcs hittin tiktok.com lst 24h, count per device',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /RemoteUrl\s*(has|contains|endswith|=~|==|matches\s+regex|(in~?|has_any)\s*\()[^|]*tiktok\.com/i,
          kqlPrefix('DeviceName', 'FUSD-LIB-'),
          COUNT_KQL,
          kqlBy('DeviceName'),
          DAY1_KQL,
        ],
      },
    },
  },

  // SPL
  {
    id: 'b75-spl-council-cloudtrail-sg-changes-30d',
    question:
      'Please produce a list of the AWS CloudTrail events in which security group ingress rules were authorised or revoked (AuthorizeSecurityGroupIngress, RevokeSecurityGroupIngress) in the eu-west-2 region during the last 30 days, showing the caller ARN, the source IP address and the event name.',
    expect: {
      spl: {
        table: 'aws',
        has: [
          /index\s*=\s*"?aws\b/,
          /AuthorizeSecurityGroupIngress/,
          /RevokeSecurityGroupIngress/,
          splIs('awsRegion', 'eu-west-2'),
          splShows('userIdentity.arn'),
          splShows('sourceIPAddress'),
          splShows('eventName'),
          splLast('30d|720h|1mon|4w'),
        ],
      },
    },
  },
  {
    id: 'b75-spl-council-fs01-network-logons-week',
    question:
      'From Splunk, I need the number of successful network logons (event 4624 with logon type 3) to the file server CCC-FS01 per source address since Monday, limited to sources that exceed 50 logons.',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [
          splEvent(4624),
          /Logon_Type\s*(=|IN\s*\()\s*"?3\b/i,
          /(host|dest|ComputerName|Computer)\s*(=|IN\s*\()\s*"?CCC-FS01/i,
          COUNT_SPL,
          splBy('src|src_ip|Source_Network_Address|IpAddress'),
          splAbove(50),
          SINCE_MONDAY_SPL,
        ],
      },
    },
  },
  {
    id: 'b75-spl-council-run-keys-ws-72h',
    question:
      "Please identify, from Splunk's registry data, any changes under the Windows Run keys on hosts whose names begin with CCC-WS during the last 72 hours, listing the host, the registry path and the value data.",
    expect: {
      spl: {
        has: [
          /Endpoint\.Registry|datamodel\s*=\s*"?Endpoint/,
          /registry_(path|key_name)\s*(=|IN\s*\(|LIKE\s*\(?)[^|]*\bRun/i,
          /(dest|host)\s*(=|IN\s*\(|LIKE\s*\(?)\s*"?CCC-WS/i,
          splShows('dest|host'),
          splShows('registry_path'),
          splShows('registry_value_data'),
          splLast('72h|3d|4320m'),
        ],
      },
    },
  },
  {
    id: 'b75-spl-uni-ssh-failures-login-nodes-6h',
    question:
      'How many failed SSH logins did each source address have against wu-login01 and wu-login02 over the last 6 hours? Only sources with more than 20, please.',
    expect: {
      spl: {
        table: 'Authentication',
        has: [
          /(Authentication\.)?action\s*(=|IN\s*\()\s*"?fail/i,
          /ssh/i,
          /wu-login01/i,
          /wu-login02/i,
          COUNT_SPL,
          splBy('src'),
          splAbove(20),
          splLast('6h|360m'),
        ],
      },
    },
  },
  {
    id: 'b75-spl-uni-nmap-per-user-7d',
    question:
      "Using Splunk's endpoint process data, which users ran nmap on any wu-hpc host in the last 7 days, and how many times each?",
    expect: {
      spl: {
        has: [
          /Endpoint\.Processes|datamodel\s*=\s*"?Endpoint/,
          /nmap/i,
          /wu-hpc/i,
          COUNT_SPL,
          splBy('user'),
          splLast('7d|168h|1w'),
        ],
      },
    },
  },
  {
    id: 'b75-spl-uni-top5-dest-bytes-out-yesterday',
    question:
      'What were the top 5 destination IPs by bytes sent from the research subnet 10.40.0.0/16 yesterday, in the network traffic data?',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /10\.40\.0\.0\/16|10\.40\.\*/,
          /sum\(\s*([\w.]+\.)?bytes_out\s*\)/,
          splBy('dest_ip|dest'),
          splTop(5),
          YESTERDAY_START_SPL,
          YESTERDAY_END_SPL,
        ],
      },
    },
  },
  {
    id: 'b75-spl-school-student-azure-failures-2d',
    question: 'splunk azure ad - failed signins for 2031847@students.fenmarshusd.org last 2 days, app + ip',
    expect: {
      spl: {
        table: 'azure',
        has: [
          /index\s*=\s*"?azure\b/,
          /2031847@students\.fenmarshusd\.org/i,
          FAILED_AZURE_SPL,
          splShows('properties.appDisplayName|appDisplayName'),
          splShows('properties.ipAddress|ipAddress'),
          splLast('2d|48h|2880m'),
        ],
      },
    },
  },
  {
    id: 'b75-spl-school-set-mailbox-10d',
    question: 'splunk o365 - who ran Set-Mailbox lst 10 days? user n ip',
    expect: {
      spl: {
        table: 'o365',
        has: [
          /index\s*=\s*"?o365\b/,
          /Operation\s*(=|IN\s*\()\s*"?Set-Mailbox/i,
          splShows('UserId'),
          splShows('ClientIP'),
          splLast('10d|240h'),
        ],
      },
    },
  },
  {
    id: 'b75-spl-school-parent-portal-404-today',
    question: 'web logs: 404s on parents.fenmarshusd.org tday, top 10 urls',
    expect: {
      spl: {
        table: 'Web',
        has: [/status\s*(=|IN\s*\()\s*"?404\b/, /parents\.fenmarshusd\.org/i, /\burl\b/, splTop(10), TODAY_SPL],
      },
    },
  },
  {
    id: 'b75-spl-school-psexec-sysmon-since-nov24',
    question: 'sysmon: any FUSD-* box run psexec since nov 24? host + user',
    expect: {
      spl: {
        table: 'sysmon',
        has: [/index\s*=\s*"?sysmon\b/, /psexe/i, /FUSD-/i, splShows('host'), splShows('User|user'), splSince(NOV_24)],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },

  // SQL: citizens and students are customers, fees are invoices
  {
    id: 'b75-sql-council-unpaid-gbp-segment-october',
    question:
      'Please provide the total value of unpaid GBP invoices per customer segment for invoices issued between 1 October and 31 October 2026, showing only segments whose unpaid total exceeds 5,000.',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          sqlIs('currency', 'GBP'),
          UNPAID_SQL,
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          sqlGroupBy('segment'),
          /HAVING\s+[^;]*SUM\(\s*(\w+\.)?amount\s*\)\s*(>\s*5000|>=\s*5001)\b/i,
          sqlSince('issued_at', OCT_1),
          sqlUntil('issued_at', OCT_31),
        ],
      },
    },
  },
  {
    id: 'b75-sql-council-suspended-citizens-90d',
    question:
      "Could you list the citizen records (customers) created in the last 90 days whose status is 'suspended', showing their name, email address and the date they were created?",
    expect: {
      sql: {
        table: 'customers',
        has: [
          sqlIs('status', 'suspended'),
          sqlLast('created_at', '90 days?|3 months?', 90),
          sqlShows('name'),
          sqlShows('email'),
          sqlShows('created_at'),
        ],
      },
    },
  },
  {
    id: 'b75-sql-council-parking-permits-last-month',
    question:
      "Please state the number of orders and their combined value for products in the 'Parking Permits' category placed during the previous calendar month, broken down by order status.",
    expect: {
      sql: {
        table: 'orders',
        has: [
          sqlIs('category', 'Parking Permits'),
          /COUNT\(/i,
          /SUM\(/i,
          sqlGroupBy('status'),
          sqlPrevMonthStart('created_at'),
          sqlPrevMonthEnd('created_at'),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b75-sql-uni-fees-collected-monthly-year',
    question:
      'How much did we collect in tuition fees each month this year? Count paid invoices only and put each one in the month it was paid.',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          /date_trunc\(\s*'month'\s*,\s*(\w+\.)?paid_at|EXTRACT\(\s*MONTH\s+FROM\s+(\w+\.)?paid_at|date_part\(\s*'month'\s*,\s*(\w+\.)?paid_at|to_char\(\s*(\w+\.)?paid_at/i,
          sqlThisYear('paid_at'),
        ],
        not: [/date_trunc\(\s*'month'\s*,\s*(\w+\.)?issued_at/i],
      },
    },
  },
  {
    id: 'b75-sql-uni-international-overdue',
    question:
      'Which international students (customers whose country is not the United Kingdom) have overdue invoices, and how much does each of them owe in total?',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /country\s*(<>|!=|NOT\s+IN\s*\(|NOT\s+I?LIKE)\s*[^;]*'(United Kingdom|UK|GB)'/i,
          OVERDUE_SQL,
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          sqlGroupBy('customer_id|name|email'),
        ],
      },
    },
  },
  {
    id: 'b75-sql-uni-budget-ratio-fy2026',
    question:
      'What share of its budget has each department spent in fiscal year 2026 (spent divided by budget), leaving out IT Services, highest first?',
    expect: {
      sql: {
        table: 'budget',
        has: [
          /fiscal_year\s*=\s*2026\b/i,
          /SUM\(\s*(\w+\.)?spent\s*\)[^;]*\/[^;]*SUM\(\s*(\w+\.)?amount\s*\)/i,
          sqlGroupBy('department'),
          /department\s*(<>|!=|NOT\s+IN\s*\(|NOT\s+I?LIKE)\s*'IT Services'/i,
          DESC_SQL,
        ],
      },
    },
  },
  {
    id: 'b75-sql-uni-failed-app-logins-outside-10-48h',
    question:
      'In our application database, which users had more than 3 failed login events from IP addresses outside 10.0.0.0/8 in the last 48 hours?',
    expect: {
      sql: {
        table: 'events',
        has: [
          /event_type\s*(=|I?LIKE|IN\s*\()[^;]*fail/i,
          /NOT\s*\(?\s*(\w+\.)?ip_address\s*(::\s*\w+\s*)?<<=?\s*(inet\s*)?'10\.0\.0\.0\/8'|NOT\s+[^;]*<<=?\s*(inet\s*|CAST\(\s*)?'10\.0\.0\.0\/8'|ip_address\s*\)?\s*(::\s*\w+\s*)?(NOT\s+(I?LIKE|SIMILAR\s+TO)|!~\*?)\s*'\^?10\\?\.|NOT\s*\(?\s*(host|text|CAST)\(\s*(\w+\.)?ip_address[^)]*\)\s*(I?LIKE|SIMILAR\s+TO|~)\s*'\^?10\\?\./i,
          sqlGroupBy('user_id|email'),
          sqlCountAbove(3),
          sqlLast('occurred_at', '48 hours?|2 days?', 2),
        ],
      },
    },
  },
  {
    id: 'b75-sql-school-new-students-weekly-since-sep1',
    question: 'hw many new student accts (customers) per wk since sept 1st?',
    expect: {
      sql: {
        table: 'customers',
        has: [WEEKLY_SQL, /COUNT\(/i, sqlSince('created_at', SEP_1)],
      },
    },
  },
  {
    id: 'b75-sql-school-lunch-fees-avg-status-month',
    question: 'lunch fee invoices this month - avg amt by status, usd only',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /AVG\(\s*(\w+\.)?amount\s*\)/i,
          sqlGroupBy('status'),
          sqlIs('currency', 'USD'),
          sqlThis('issued_at', 'month', MONTH_START),
        ],
      },
    },
  },
  {
    id: 'b75-sql-school-transportation-dormant-30d',
    question: 'users table: ppl in Transportation dept that havent logged in for 30 days or more',
    expect: {
      sql: {
        table: 'users',
        has: [
          sqlIs('department', 'Transportation'),
          new RegExp(
            `last_login_at\\s*<=?\\s*\\(?\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?-\\s*${sqlInterval('30 days?|1 months?', 30)}`,
            'i',
          ),
        ],
      },
    },
  },

  // Two platforms
  {
    id: 'b75-two-council-ip-since-nov25',
    question:
      'Please check both Sentinel and Splunk for any network connections to 198.51.100.77 from council machines since 25 November 2026, showing the host and the destination port.',
    expect: {
      kql: {
        has: [/198\.51\.100\.77/, kqlSince(NOV_25), kqlShows('DeviceName|Computer'), kqlShows('RemotePort')],
      },
      spl: {
        has: [
          /198\.51\.100\.77/,
          splSince(NOV_25),
          splShows('host|src|src_ip|dest'),
          splShows('dest_port|DestinationPort'),
        ],
      },
    },
  },
  {
    id: 'b75-two-council-clerk-signins-and-app-logins-7d',
    question:
      "For the account finance.clerk@corvane.gov.uk, please show its Sentinel sign-ins over the last 7 days together with its login events in the council's application database over the same period.",
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [kqlIs('UserPrincipalName', 'finance\\.clerk@corvane\\.gov\\.uk'), kqlLast('7d|168h')],
      },
      sql: {
        table: 'events',
        has: [
          /finance\.clerk@corvane\.gov\.uk/i,
          /event_type\s*(=|I?LIKE|IN\s*\()[^;]*login/i,
          sqlLast('occurred_at', '7 days?|1 weeks?|168 hours', 7),
        ],
      },
    },
  },
  {
    id: 'b75-two-uni-xmrig-hpc-14d',
    question:
      "Search Defender and Splunk's endpoint data for any xmrig process on the wu-hpc nodes in the last 14 days.",
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/xmrig/i, kqlPrefix('DeviceName', 'wu-hpc'), kqlLast('14d|336h|2w')],
      },
      spl: { has: [/xmrig/i, /wu-hpc/i, splLast('14d|336h|2w')] },
    },
  },
  {
    id: 'b75-two-uni-kosei-4771-12h',
    question:
      'Kerberos pre-authentication failures (4771) for the user k.osei in Sentinel and in Splunk over the last 12 hours, counted per source IP.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4771), /k\.osei/i, COUNT_KQL, kqlBy('IpAddress'), kqlLast('12h|720m')],
      },
      spl: {
        has: [splEvent(4771), /k\.osei/i, COUNT_SPL, splBy('src|src_ip|Client_Address|IpAddress'), splLast('12h|720m')],
      },
    },
  },
  {
    id: 'b75-two-school-ortega-filedeleted-yday',
    question: 'o365 in sentinel AND splunk: FileDeleted by j.ortega@fenmarshusd.org yday',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [/FileDeleted/, /j\.ortega@fenmarshusd\.org/i, YESTERDAY_START_KQL, YESTERDAY_END_KQL],
      },
      spl: {
        table: 'o365',
        has: [/FileDeleted/, /j\.ortega@fenmarshusd\.org/i, YESTERDAY_START_SPL, YESTERDAY_END_SPL],
      },
    },
  },

  // Clarification
  {
    id: 'b75-clarify-committee-figures',
    question: "I would be grateful if you could send me the figures we discussed at Tuesday's committee.",
    clarification: true,
  },
  { id: 'b75-clarify-is-it-broke', question: 'hey is it broke again?? pls chk asap', clarification: true },
];

import type { JourneyCase } from './journey-cases';
import {
  kqlLast,
  kqlSince,
  THIS_WEEK_KQL,
  THIS_MONTH_KQL,
  YESTERDAY_START_KQL,
  YESTERDAY_END_KQL,
  COUNT_KQL,
  kqlEvent,
  kqlShows,
  kqlIs,
  kqlPrefix,
  splLast,
  DAY1_SPL,
  splEvent,
  WINDOWS_SECURITY_IDS_SPL,
  splShows,
  COUNT_SPL,
  splTop,
  splAbove,
  sqlInterval,
  sqlLast,
  sqlThis,
  sqlDayOf,
  sqlPrevMonthStart,
  sqlPrevMonthEnd,
  topSql,
  sqlIs,
  sqlShows,
  NOT_CUSTOMER_DATE_SQL,
  UNPAID_SQL,
  DESC_SQL,
  YESTERDAY_START_SPL,
  HOURLY_SPL,
  kqlTop,
  TODAY_KQL,
  YESTERDAY_END_SPL,
  FAILED_SIGNIN_KQL,
  kqlBy,
  splBy,
  sqlGroupBy,
} from './journey-patterns';
import { YEAR, YEAR_START, sqlLiteral } from './journey-dates';

/**
 * The "blind53" journey-quality set, written blind on 2026-11-28 (15:07–15:35 UTC). I did not read the query
 * builders (apps/mock-data/src/query/** apart from the bundled-schemas module and the schema JSON), the constraint
 * extractor or routing code (libs/planner-core), planner-llm, the planner app, the git history of any of them, any
 * failure list, or another blind author's work in progress, and I did not run the planner on any question: the
 * first run is the lead's.
 * I read: TEAM.md and BLIND.md, the `JourneyCase` / `QueryCheck` types in journey-cases.ts, journey-dates.ts,
 * journey-checkers.ts, run-journeys.ts (to register the set), the mesh's schemas (kql/spl/sql.json), blind52's file
 * as the format example (its window and shape helpers are reused here; its questions, personas and values are not)
 * and the question lines of the other blind sets (to avoid their personas and questions).
 * Personas (new):
 * - a regional water utility's OT/IT security team (Brackenford Water, brackenfordwater.net, BFW-* hosts: HMIs,
 *   engineering workstations; terse chat): 4740 lockouts, plink/ssh on HMIs, Modbus port 502 to addresses outside
 *   the OT range, a vendor account's failed sign-ins, 7045 service installs, DLLs dropped in ProgramData, OT egress
 *   by bytes, Run-key changes, certutil -urlcache, 4720 + 4732, stale Operations users, badge_denied events;
 * - a university registrar's office (Stenwick University, stenwick.ac.uk; formal full sentences): Student Records
 *   sign-ins from outside the UK, deletions on the Registry SharePoint site, password resets per admin, 5xx on the
 *   transcript request page, StudentPortal failures, anonymous sharing links, overdue EUR invoices, the Registry
 *   budget, Admissions users, password_reset events, certificate revenue, a staff member's sign-ins and record;
 * - a logistics company's cloud team (Corvid Freight Lines, corvidfreight.com, CFL-DSP-* laptops; ordinary):
 *   failed Azure operations per resource group, NSG deletions, kubectl / az on dispatch laptops, Fleet Tracker daily
 *   users, S3 bucket deletes and policy changes, AssumeRole from outside 10/8, Route Planner failures, orders per
 *   currency, enterprise customers without orders, quantity per category, a service account in both stores, a
 *   dispatcher's downloads and account.
 * Styles: a third formal full sentences (registrar), a third ordinary (logistics), a third terse chat (water). No
 * question names a query language; every question whose data lives in more than one store names the store.
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform (3 KQL + SPL, 2 KQL + SQL), 2 clarification cases (38).
 * Values: UPNs, CIDRs (10.20.0.0/16, 10.0.0.0/8), a port (502), host names and prefixes (BFW-*, BFW-HMI, BFW-EWS-02,
 * CFL-DSP-), event IDs (4740, 7045, 4720, 4732), process names (plink.exe, ssh.exe, kubectl.exe, az.cmd, certutil),
 * a country (United Kingdom), applications (Student Records, Fleet Tracker, StudentPortal, Route Planner), a
 * resource group, a URL path, CloudTrail event names, an O365 operation, a registry key, a currency (EUR),
 * departments (Registry, Admissions, Operations), a product category, a customer segment, event types, statuses.
 * Shapes: counts, distinct counts, sums (incl. quantity × price, amount − spent), averages, thresholds after
 * aggregation (> 15, > 3), top N (5, 10), hourly and daily buckets, group by, ordering, columns to show, negations
 * (outside the UK, remote IP not in a range, source outside 10/8, not cancelled, no orders, never logged in).
 * Windows: last N hours/days (6h, 12h, 24h, 48h, 2d, 3d, 7d, 10d, 14d, 30d, 60d, 90d), today, yesterday (both
 * ends), since Monday, this month, this year, the previous calendar month (both ends), since an explicit date
 * (1 Nov 2026), an explicit range (1–15 Nov 2026), a fiscal year, and conditions that are not windows ("past their
 * due date", "never logged in").
 * Checks accept every spelling I could think of for the same condition and reject only queries that do not answer
 * the question. Before committing I checked every case against queries I wrote by hand (one per platform of each
 * case; a scratch script, not committed, calling the real checkers from journey-checkers.ts): every `has` matched,
 * no `not` did, and the Kusto analyser, the SPL check and PostgreSQL reported no problem. Not run on the planner.
 */

/** `now()` and its SQL spellings. */
const sqlNow = '(now\\(\\)|CURRENT_DATE|current_timestamp|localtimestamp)';

// KQL windows and shapes
/**
 * A value compared to a KQL column: `==`, `=~`, `has`, `contains`, or anywhere in an `in` / `has_any` list
 * (the value need not come first in the list).
 */

/** Explicit days the questions name. */
const NOV_1 = new Date(Date.UTC(2026, 10, 1));

// Helpers of this set
/** One of several event IDs (KQL): `== id`, or anywhere in an `in` list. */
const kqlEventAny = (id: number) => new RegExp(`EventID\\s*(==\\s*${id}\\b|in\\s*\\([^)]*\\b${id}\\b)`);
/** One of several event codes (SPL): `= id`, or anywhere in an `IN` list. */
const splEventAny = (id: number) => new RegExp(`EventCode\\s*(=\\s*"?${id}\\b|IN\\s*\\([^)]*\\b${id}\\b)`, 'i');
/** A Windows host of the water utility (SPL): `host=BFW-*`, `dest="BFW-…"`. */
const SPL_BFW_HOST = /\b(host|dest|Computer|ComputerName)\s*(=|IN\s*\()\s*"?BFW-/i;
/** A remote address outside the OT range 10.20.0.0/16 (KQL). */
const REMOTE_NOT_OT_KQL =
  /not\s*\(\s*ipv4_is_in(_any)?_range\(\s*RemoteIP\s*,\s*(dynamic\(\s*\[\s*)?["']10\.20\.0\.0\/16|ipv4_is_in_range\(\s*RemoteIP\s*,\s*["']10\.20\.0\.0\/16["']\s*\)\s*==\s*false|RemoteIP\s*!(startswith|has_prefix|hasprefix)\s*["']10\.20\.|not\s*\(\s*RemoteIP\s*(startswith|has_prefix|hasprefix)\s*["']10\.20\./i;
/** A sign-in location other than the United Kingdom (KQL). */
const NOT_UK_KQL =
  /Location\s*(!=|!~|!in~?\s*\(|!has|!contains|<>)[^|]*["'](GB|UK|United Kingdom)["']|not\(\s*Location\s*(==|=~|has|contains|in~?\s*\()[^|]*["'](GB|UK|United Kingdom)["']/i;
/** An application named in a sign-in (KQL). */
const kqlApp = (name: string) =>
  new RegExp(`AppDisplayName\\s*(==|=~|has|contains|startswith|in~?\\s*\\()[^|]*${name}`, 'i');
/** A failed Azure AD sign-in in Splunk's azure index: a non-zero error code. */
const AZ_FAIL_SPL =
  /['"]?properties\.status\.errorCode['"]?\s*(!=\s*"?0\b|>\s*"?0\b|=\s*"?[1-9])|NOT\s+['"]?properties\.status\.errorCode['"]?\s*=\s*"?0\b/i;
/** An allowed connection (SPL, Network_Traffic). */
const ALLOWED_SPL = /action\s*(=|IN\s*\()\s*"?(allowed|allow|accept|accepted|permitted|pass)/i;
/** A 5xx status (SPL): `status>=500`, `status=5*`, a list of 5xx codes, or a pattern on status. */
const STATUS_5XX_SPL =
  /status\s*(>=?\s*"?(499|500)\b|=\s*"?5(\*|\d\d)|IN\s*\(\s*"?5\d\d)|(like|match)\(\s*(Web\.)?status\s*,\s*"\^?5/i;
/** A source address outside 10.0.0.0/8 (SPL, CloudTrail). */
const NOT_10_SPL =
  /NOT\s+sourceIPAddress\s*=\s*"?10\.(\*|0\.0\.0\/8)|sourceIPAddress\s*!=\s*"?10\.(\*|0\.0\.0\/8)|(NOT\s*|!)\s*cidrmatch\(\s*"10\.0\.0\.0\/8"\s*,\s*sourceIPAddress\s*\)|NOT\s*\(\s*sourceIPAddress\s*=\s*"?10\./i;
/** A daily bucket (KQL). */
const DAILY_KQL = /bin\(\s*TimeGenerated\s*,\s*(1d|24h)\s*\)|startofday\(\s*TimeGenerated\s*\)/;
/** Orders not cancelled (SQL). */
const NOT_CANCELLED_SQL =
  /status\s*(<>|!=)\s*'cancell?ed'|status\s+NOT\s+IN\s*\([^)]*'cancell?ed'|NOT\s*\(?\s*(\w+\.)?status\s*(=|I?LIKE)\s*'cancell?ed'/i;
/** An active user (SQL). */
const ACTIVE_SQL =
  /\bactive\s*(=\s*(TRUE|'t'|'true')|IS\s+TRUE)|(WHERE|AND)\s+(\w+\.)?active\s*(AND|GROUP|ORDER|;|\)|$)/im;
/** Revenue from order lines (SQL): quantity times unit price. */
const ITEM_REVENUE_SQL =
  /SUM\(\s*(\w+\.)?(quantity\s*\*\s*(\w+\.)?unit_price|unit_price\s*\*\s*(\w+\.)?quantity)\s*\)/i;
/** This year on the orders' date (SQL). */
const ORDERS_THIS_YEAR_SQL = new RegExp(
  `${sqlThis('created_at', 'year', YEAR_START).source}|EXTRACT\\(\\s*YEAR\\s+FROM\\s+(\\w+\\.)?created_at\\s*\\)\\s*=\\s*${YEAR}`,
  'i',
);
/** 1–15 November 2026 on events (SQL): the start, and an end that keeps the whole of the 15th. */
const NOV_1_START_SQL = new RegExp(
  `(occurred_at|${sqlDayOf('occurred_at')})\\s*(>=|BETWEEN)\\s*${sqlLiteral}2026-11-01`,
  'i',
);
const NOV_15_END_SQL = new RegExp(
  `occurred_at\\s*<\\s*${sqlLiteral}2026-11-16|(<=|AND)\\s*${sqlLiteral}2026-11-15[T ]23:59|${sqlDayOf('occurred_at')}\\s*(<=\\s*|BETWEEN\\s*[^;]*?AND\\s*)${sqlLiteral}2026-11-15'`,
  'i',
);

export const BLIND53_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: water utility OT/IT security team (terse chat)
  {
    id: 'b53-kql-water-4740-bfw-per-target-3d',
    question: 'sentinel secevent: 4740 lockouts on BFW-* last 3d, count per TargetUserName',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4740),
          kqlPrefix('Computer', 'BFW-'),
          COUNT_KQL,
          kqlBy('TargetUserName'),
          kqlLast('3d|72h|4320m'),
        ],
      },
    },
  },
  {
    id: 'b53-kql-water-plink-ssh-hmi-10d',
    question: 'defender: plink.exe or ssh.exe run on any BFW-HMI box past 10d? device, acct, cmdline',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /plink\.exe/i,
          /ssh\.exe/i,
          kqlPrefix('DeviceName', 'BFW-HMI'),
          kqlShows('DeviceName'),
          kqlShows('AccountName|InitiatingProcessAccountName'),
          kqlShows('ProcessCommandLine'),
          kqlLast('10d|240h'),
        ],
      },
    },
  },
  {
    id: 'b53-kql-water-modbus-502-outside-ot-today',
    question: 'defender net conns to port 502 where remote ip NOT in 10.20.0.0/16, today, count by DeviceName',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /RemotePort\s*(==\s*502\b|in\s*\([^)]*\b502\b)/,
          REMOTE_NOT_OT_KQL,
          COUNT_KQL,
          kqlBy('DeviceName'),
          TODAY_KQL,
        ],
      },
    },
  },
  {
    id: 'b53-kql-water-vendor-failed-signins-7d',
    question: 'failed entra sign-ins for ext-lumen.ctrl@brackenfordwater.net in sentinel, 7d, w/ ip + reason',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('UserPrincipalName', 'ext-lumen\\.ctrl@brackenfordwater\\.net'),
          FAILED_SIGNIN_KQL,
          kqlShows('IPAddress'),
          kqlShows('ResultDescription|ResultType'),
          kqlLast('7d|168h|1w'),
        ],
      },
    },
  },
  // KQL: university registrar's office (formal)
  {
    id: 'b53-kql-reg-student-records-outside-uk-since-nov1',
    question:
      'Could you please list the sign-ins to the Student Records application recorded in Sentinel since 1 November 2026 that came from outside the United Kingdom, showing the user, the location and the IP address?',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlApp('Student Records'),
          NOT_UK_KQL,
          kqlShows('UserPrincipalName|UserDisplayName'),
          kqlShows('Location'),
          kqlShows('IPAddress'),
          kqlSince(NOV_1),
        ],
      },
    },
  },
  {
    id: 'b53-kql-reg-registry-site-deletions-yesterday',
    question:
      'Please show the files that were deleted from the Registry SharePoint site yesterday, according to the Office 365 activity in Sentinel, together with the user responsible for each deletion.',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [
          /Operation\s*(==|=~|has|contains|startswith|in~?\s*\()[^|]*(FileDeleted|FileRecycled|Delet)/i,
          /(Site_Url|OfficeObjectId)\s*(has|contains|==|=~|startswith|endswith|matches\s+regex|in~?\s*\()[^|]*registry/i,
          kqlShows('UserId'),
          kqlShows('SourceFileName|OfficeObjectId'),
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b53-kql-reg-password-resets-per-admin-month',
    question:
      'Which administrators reset user passwords in Entra ID this month, and how many resets did each of them perform? Please use the directory audit log in Sentinel.',
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [
          /(OperationName|ActivityDisplayName)\s*(==|=~|has|contains|startswith|in~?\s*\()[^|]*reset[^"'|]*password/i,
          /InitiatedBy/,
          COUNT_KQL,
          /summarize[^|]*\bby\b/,
          THIS_MONTH_KQL,
        ],
      },
    },
  },
  // KQL: logistics company's cloud team (ordinary)
  {
    id: 'b53-kql-logi-failed-ops-top5-rg-48h',
    question: 'Which resource groups had the most failed Azure operations over the last 48 hours? Just the top 5.',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          /ActivityStatusValue\s*(==|=~|has|contains|startswith|in~?\s*\()[^|]*["']Fail/i,
          COUNT_KQL,
          kqlBy('ResourceGroup'),
          kqlTop(5),
          kqlLast('48h|2d|2880m'),
        ],
      },
    },
  },
  {
    id: 'b53-kql-logi-nsg-deletes-rg-routing-prod-week',
    question:
      'Can you show me every network security group deletion in the rg-routing-prod resource group since Monday? I need the caller, their IP and when it happened.',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          kqlIs('ResourceGroup', 'rg-routing-prod'),
          /networkSecurityGroups/i,
          /delete/i,
          kqlShows('Caller'),
          kqlShows('CallerIpAddress'),
          kqlShows('TimeGenerated'),
          THIS_WEEK_KQL,
        ],
      },
    },
  },
  {
    id: 'b53-kql-logi-kubectl-az-dispatch-laptops-14d',
    question:
      'did anyone run kubectl.exe or az.cmd on the dispatch laptops (CFL-DSP-something) in the last two weeks according to defender? count per device',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /kubectl/i,
          /az\.cmd/i,
          kqlPrefix('DeviceName', 'CFL-DSP-'),
          COUNT_KQL,
          kqlBy('DeviceName|DeviceId'),
          kqlLast('14d|2w|336h'),
        ],
      },
    },
  },
  {
    id: 'b53-kql-logi-fleet-tracker-daily-users-7d',
    question:
      'How many different users signed in to the Fleet Tracker app each day over the past week? Use the Sentinel sign-in logs.',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlApp('Fleet Tracker'),
          /dcount\(\s*(UserPrincipalName|UserId|UserDisplayName)\s*\)|count_distinct\(/,
          DAILY_KQL,
          kqlLast('7d|168h|1w'),
        ],
      },
    },
  },

  // SPL: water utility (terse)
  {
    id: 'b53-spl-water-7045-bfw-by-host-30d',
    question: 'splunk: 7045 svc installs on BFW-* hosts last 30d, count by host',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [splEvent(7045), SPL_BFW_HOST, COUNT_SPL, splBy('host|dest|ComputerName'), splLast('30d|720h|1mon')],
      },
    },
  },
  {
    id: 'b53-spl-water-dll-programdata-ews02-24h',
    question: 'sysmon: .dll files dropped under C:\\ProgramData on BFW-EWS-02, last 24h - Image + TargetFilename',
    expect: {
      spl: {
        table: 'sysmon',
        has: [
          /TargetFilename/,
          /ProgramData/i,
          /\.dll/i,
          /(host|Computer)\s*=\s*"?BFW-EWS-02/i,
          splShows('Image'),
          splShows('TargetFilename'),
          DAY1_SPL,
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b53-spl-water-ot-egress-top10-bytes-yesterday',
    question: 'splunk fw: allowed traffic out of OT net 10.20.0.0/16 yesterday, top 10 dest_ip by total bytes_out',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /src(_ip)?\s*=\s*"?10\.20\.(0\.0\/16|\*)|cidrmatch\(\s*"10\.20\.0\.0\/16"\s*,\s*(All_Traffic\.)?src(_ip)?/i,
          ALLOWED_SPL,
          /sum\(\s*"?(All_Traffic\.)?bytes_out/i,
          splBy('dest_ip'),
          splTop(10),
          YESTERDAY_START_SPL,
          YESTERDAY_END_SPL,
        ],
      },
    },
  },
  {
    id: 'b53-spl-water-run-keys-ews-7d',
    question: 'splunk registry: Run key changes on BFW-EWS-* last 7d, show dest, registry_path, registry_value_data',
    expect: {
      spl: {
        table: 'Endpoint.Registry',
        has: [
          /(registry_path|registry_key_name)[^|]*\\Run\b/i,
          /dest\s*(=|IN\s*\()\s*"?BFW-EWS-/i,
          splShows('dest'),
          splShows('registry_path'),
          splShows('registry_value_data'),
          splLast('7d|168h|1w'),
        ],
      },
    },
  },
  // SPL: registrar's office (formal)
  {
    id: 'b53-spl-reg-transcripts-5xx-by-status-6h',
    question:
      'Please report the number of requests to the /transcripts/request page on apply.stenwick.ac.uk that failed with a server error (5xx) during the last six hours, broken down by status code.',
    expect: {
      spl: {
        table: 'Web',
        has: [/transcripts\/request/i, STATUS_5XX_SPL, COUNT_SPL, splBy('status'), splLast('6h|360m')],
      },
    },
  },
  {
    id: 'b53-spl-reg-studentportal-failures-over15-24h',
    question:
      'Could you count the failed authentications per user against the StudentPortal application in Splunk over the last 24 hours, listing only users with more than 15 failures?',
    expect: {
      spl: {
        table: 'Authentication',
        has: [/action\s*(=|IN\s*\()\s*"?fail/i, /StudentPortal/i, COUNT_SPL, splBy('user'), splAbove(15), DAY1_SPL],
      },
    },
  },
  {
    id: 'b53-spl-reg-anonymous-links-per-user-30d',
    question:
      'In Splunk, which users created anonymous sharing links in SharePoint or OneDrive over the last 30 days, and how many did each of them create?',
    expect: {
      spl: {
        table: 'o365',
        has: [/Anonymous/i, COUNT_SPL, splBy('UserId'), splLast('30d|720h|1mon')],
      },
    },
  },
  // SPL: logistics cloud team (ordinary)
  {
    id: 'b53-spl-logi-bucket-delete-policy-3d',
    question:
      'Who called DeleteBucket or PutBucketPolicy in our AWS accounts in the last 3 days? Show the identity, the region and the source IP.',
    expect: {
      spl: {
        table: 'aws',
        has: [
          /DeleteBucket\b/,
          /PutBucketPolicy/,
          splShows('userIdentity.arn|userIdentity.type'),
          splShows('awsRegion'),
          splShows('sourceIPAddress'),
          splLast('3d|72h'),
        ],
      },
    },
  },
  {
    id: 'b53-spl-logi-assumerole-outside-10-hourly-12h',
    question: 'give me an hourly count of AssumeRole calls coming from outside 10.0.0.0/8 for the last 12 hours',
    expect: {
      spl: {
        table: 'aws',
        has: [/AssumeRole/, NOT_10_SPL, COUNT_SPL, HOURLY_SPL, splLast('12h|720m')],
      },
    },
  },
  {
    id: 'b53-spl-logi-route-planner-failed-per-user-1d',
    question: 'failed sign-ins to the Route Planner app per user in the last day, from the azure ad data in splunk',
    expect: {
      spl: {
        table: 'azure',
        has: [/Route Planner/i, AZ_FAIL_SPL, COUNT_SPL, splBy('properties.userPrincipalName'), DAY1_SPL],
      },
    },
  },

  // SQL: registrar's office (formal)
  {
    id: 'b53-sql-reg-overdue-eur-by-country',
    question:
      'Please provide the total amount of unpaid invoices in EUR that are already past their due date, grouped by customer country.',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          UNPAID_SQL,
          new RegExp(`due_date\\s*<\\s*\\(?\\s*${sqlNow}|status\\s*(=|IN\\s*\\()[^)]*'overdue'`, 'i'),
          sqlIs('currency', 'EUR'),
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          sqlGroupBy('country'),
        ],
      },
    },
  },
  {
    id: 'b53-sql-reg-registry-remaining-budget-fy2026',
    question:
      'What is the remaining budget, that is the amount minus what has been spent, for the Registry department in each month of fiscal year 2026?',
    expect: {
      sql: {
        table: 'budget',
        has: [
          sqlIs('department', 'Registry'),
          /fiscal_year\s*=\s*2026\b/i,
          /(SUM\(\s*)?(\w+\.)?amount\s*\)?\s*-\s*(SUM\(\s*)?(\w+\.)?spent/i,
          /fiscal_month/i,
        ],
      },
    },
  },
  {
    id: 'b53-sql-reg-active-admissions-by-role',
    question: 'How many active users are there in the Admissions department, broken down by role?',
    expect: {
      sql: {
        table: 'users',
        has: [sqlIs('department', 'Admissions'), ACTIVE_SQL, /COUNT\(/i, sqlGroupBy('role')],
      },
    },
  },
  {
    id: 'b53-sql-reg-password-reset-over3-nov1-15',
    question:
      "Please list the users who recorded more than three 'password_reset' events between 1 and 15 November 2026, with the number of events for each.",
    expect: {
      sql: {
        table: 'events',
        has: [
          sqlIs('event_type', 'password_reset'),
          /HAVING\s+COUNT\([^)]*\)\s*(>\s*3|>=\s*4)\b/i,
          NOV_1_START_SQL,
          NOV_15_END_SQL,
        ],
      },
    },
  },
  {
    id: 'b53-sql-reg-top5-certificates-revenue-year',
    question:
      "Which five products in the 'Certificates' category brought in the most revenue from orders placed this year?",
    expect: {
      sql: {
        table: 'products',
        has: [sqlIs('category', 'Certificates'), ITEM_REVENUE_SQL, ORDERS_THIS_YEAR_SQL, DESC_SQL, topSql(5)],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  // SQL: logistics cloud team helping finance (ordinary)
  {
    id: 'b53-sql-logi-orders-per-currency-last-month',
    question: 'What was our order count and order value per currency last month? Leave out cancelled orders.',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /COUNT\(/i,
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          sqlGroupBy('currency'),
          NOT_CANCELLED_SQL,
          sqlPrevMonthStart('created_at'),
          sqlPrevMonthEnd('created_at'),
        ],
      },
    },
  },
  {
    id: 'b53-sql-logi-enterprise-no-orders-90d',
    question: "which enterprise customers haven't placed any order in the last 90 days?",
    expect: {
      sql: {
        table: 'customers',
        has: [
          sqlIs('segment', 'enterprise'),
          /NOT\s+EXISTS|NOT\s+IN\s*\(\s*SELECT|LEFT\s+JOIN[^;]*IS\s+NULL|HAVING\s+[^;]*MAX\([^)]*created_at\s*\)\s*</i,
          /interval\s*'(90 days?|3 months?)'|'(90 days?|3 months?)'\s*::\s*interval|make_interval\(\s*days\s*=>\s*90|CURRENT_DATE\s*-\s*90\b/i,
        ],
      },
    },
  },
  {
    id: 'b53-sql-logi-avg-qty-by-category-30d',
    question: 'average quantity per order line by product category over the past 30 days',
    expect: {
      sql: {
        table: 'order_items',
        has: [
          /AVG\(\s*(\w+\.)?quantity\s*\)/i,
          sqlGroupBy('category'),
          sqlLast('created_at', '30 days?|1 months?', 30),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  // SQL: water utility (terse)
  {
    id: 'b53-sql-water-operations-stale-logins-60d',
    question: 'app db: Operations dept users w/ no login in 60d (or never logged in)',
    expect: {
      sql: {
        table: 'users',
        has: [
          sqlIs('department', 'Operations'),
          /last_login_at\s+IS\s+NULL/i,
          new RegExp(
            `last_login_at\\s*<=?\\s*\\(?\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?-\\s*${sqlInterval('60 days?|2 months?', 60)}`,
            'i',
          ),
        ],
      },
    },
  },
  {
    id: 'b53-sql-water-badge-denied-top5-ip-7d',
    question: "events tbl: top 5 ip_address by 'badge_denied' count, 7d",
    expect: {
      sql: {
        table: 'events',
        has: [
          sqlIs('event_type', 'badge_denied'),
          /COUNT\(/i,
          sqlGroupBy('ip_address'),
          DESC_SQL,
          topSql(5),
          sqlLast('occurred_at', '7 days?|1 weeks?', 7),
        ],
      },
    },
  },

  // Two platforms
  {
    id: 'b53-multi-water-certutil-urlcache-defender-sysmon-10d',
    question: 'certutil urlcache downloads past 10d - defender + sysmon, device/host + cmdline',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/certutil/i, /urlcache/i, kqlShows('DeviceName'), kqlShows('ProcessCommandLine'), kqlLast('10d|240h')],
      },
      spl: {
        table: 'sysmon',
        has: [/certutil/i, /urlcache/i, splShows('host'), splShows('CommandLine'), splLast('10d|240h')],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b53-multi-water-4720-4732-bfw-both-14d',
    question: 'acct creates (4720) + local group adds (4732) on BFW-* hosts, 14d, sentinel and splunk',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEventAny(4720), kqlEventAny(4732), kqlPrefix('Computer', 'BFW-'), kqlLast('14d|336h|2w')],
      },
      spl: {
        table: 'wineventlog',
        has: [splEventAny(4720), splEventAny(4732), SPL_BFW_HOST, splLast('14d|336h|2w')],
      },
    },
  },
  {
    id: 'b53-multi-reg-adeyemi-signins-and-user-record-3d',
    question:
      'For the account k.adeyemi@stenwick.ac.uk, please show the Entra ID sign-ins recorded in Sentinel over the last three days, together with the role, department and last login date held for that user in our business database.',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [kqlIs('UserPrincipalName', 'k\\.adeyemi@stenwick\\.ac\\.uk'), kqlLast('3d|72h')],
      },
      sql: {
        table: 'users',
        has: [
          sqlIs('email', 'k\\.adeyemi@stenwick\\.ac\\.uk'),
          sqlShows('role'),
          sqlShows('department'),
          sqlShows('last_login_at'),
        ],
      },
    },
  },
  {
    id: 'b53-multi-logi-svc-edi-failures-both-6h',
    question:
      'any sign-in failures for svc-edi@corvidfreight.com in the last 6 hours? check both sentinel and the azure ad data in splunk',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [kqlIs('UserPrincipalName', 'svc-edi@corvidfreight\\.com'), FAILED_SIGNIN_KQL, kqlLast('6h|360m')],
      },
      spl: {
        table: 'azure',
        has: [/svc-edi@corvidfreight\.com/i, AZ_FAIL_SPL, splLast('6h|360m')],
      },
    },
  },
  {
    id: 'b53-multi-logi-tanaka-downloads-and-account-2d',
    question:
      'For our dispatcher r.tanaka@corvidfreight.com: what files did they download in Office 365 over the last 2 days (from Sentinel), and is their account still active in our users table, and when did they last log in?',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [kqlIs('UserId', 'r\\.tanaka@corvidfreight\\.com'), /FileDownloaded/, kqlLast('2d|48h|2880m')],
      },
      sql: {
        table: 'users',
        has: [sqlIs('email', 'r\\.tanaka@corvidfreight\\.com'), sqlShows('active'), sqlShows('last_login_at')],
      },
    },
  },

  // Clarification: nothing to act on
  {
    id: 'b53-clarify-figures-sent-earlier',
    question: 'Could you double-check the figures I sent over earlier, please?',
    clarification: true,
  },
  { id: 'b53-clarify-right-dates', question: 'that looks off, try again w/ the right dates', clarification: true },
];

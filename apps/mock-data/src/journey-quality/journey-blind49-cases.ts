import type { JourneyCase } from './journey-cases';
import {
  kqlLast,
  DAY1_KQL,
  kqlSince,
  TODAY_KQL,
  THIS_WEEK_KQL,
  THIS_MONTH_KQL,
  YESTERDAY_START_KQL,
  YESTERDAY_END_KQL,
  COUNT_KQL,
  kqlEvent,
  kqlAbove,
  kqlShows,
  kqlIs,
  kqlPrefix,
  splLast,
  DAY1_SPL,
  TODAY_SPL,
  splSince,
  PREV_MONTH_START_SPL,
  PREV_MONTH_END_SPL,
  splEvent,
  WINDOWS_SECURITY_IDS_SPL,
  splShows,
  COUNT_SPL,
  splTop,
  splAbove,
  sqlLast,
  sqlThis,
  sqlDayOf,
  sqlSince,
  sqlUntil,
  sqlPrevMonthStart,
  sqlPrevMonthEnd,
  topSql,
  sqlCountAbove,
  sqlIs,
  sqlShows,
  NOT_CUSTOMER_DATE_SQL,
  UNPAID_SQL,
  DESC_SQL,
} from './journey-patterns';
import {
  MONDAY,
  MONTH_START,
  SUNDAY,
  YEAR,
  YEAR_START,
  YESTERDAY,
  iso,
  kqlDate,
  splDate,
  sqlLiteral,
} from './journey-dates';

/**
 * The "blind49" journey-quality set, written blind on 2026-11-28 (10:00–11:00 UTC). I did not read the
 * query builders (apps/mock-data/src/query/**), the constraint extractor or routing code (libs/planner-core),
 * planner-llm, the planner app, the git history of any of them, any failure list, or another blind author's
 * work in progress, and I did not run the planner on any question: the first run is the lead's.
 * I read: issue 11, TEAM.md and BLIND.md, the `JourneyCase` / `QueryCheck` types in journey-cases.ts,
 * journey-dates.ts, journey-checkers.ts and journey-runner.ts (how checks match), run-journeys.ts (to register
 * the set), the mesh's schemas (kql/spl/sql.json), blind47's file as the format example (some of its window and
 * shape helpers are reused here; its questions and values are not) and the question lines of the other blind sets
 * (to avoid their personas and questions).
 * Personas (new):
 * - an insurer's claims-fraud analyst (Harrowgate Mutual, harrowgate-mutual.co.uk): claims handlers' sign-ins to
 *   ClaimCenter from a foreign range, mass downloads from the claims archive, bank-detail changes and claim
 *   submissions in the portal db, unpaid premium invoices of an explicit quarter;
 * - a SaaS startup's only DevOps engineer (terse, lowercase, typos): NSG changes, CloudTrail deletes, 5xx on the
 *   web tier, ssh brute force on the bastion, new admin accounts, daily order value, an MD5 on the CI runners;
 * - a museum's IT manager: gallery kiosks (MUS-KIOSK-*), guest invitations, external sharing, the collections
 *   server's egress, shop revenue by category, the Conservation budget, membership buyers per country;
 * - a municipal court's records clerk (formal, full sentences): a sealed docket file's readers over an explicit
 *   range, stale court accounts, lockouts last month, password resets this week, unpaid court-fee invoices;
 * - an MSSP tier-1 analyst on night shift (client codes, shorthand): encoded PowerShell, logon failures on a DC
 *   since 22:00 yesterday, impossible travel, comsvcs MiniDump, RDP from outside, ngrok-free.app lookups, an IOC IP.
 * No question names a query language. Phrasing mixes terse shorthand, formal requests and typos (touchd, anythin,
 * accts, yesterady, recieved).
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform (4 KQL + SPL, one of them Azure activity + CloudTrail; 1
 * KQL + SQL), 2 clarification cases (38).
 * Values: UPNs and a UPN domain, IPs, CIDRs (102.89.0.0/16, 41.58.0.0/16, 10.0.0.0/8), ports (3389,
 * 5900), an MD5, host names and prefixes (HB-DC01, MUS-KIOSK-*, ci-runner-*, bastion-01), event IDs (4625, 4688,
 * 4724, 4740; sysmon 3, 22), process names (powershell.exe, rundll32.exe, rustdesk.exe), a file name, a SharePoint
 * site, Azure resource groups and operations, CloudTrail event names, HTTP statuses, O365 operations, app names,
 * event types, order / invoice statuses, an amount with currency (over 500 USD), a currency (USD), countries (grouped), a department, a category,
 * a role, a fiscal year.
 * Shapes: counts, distinct counts, sums, averages, thresholds after aggregation, top N (5, 10), hourly and daily
 * buckets, group by X (and Y), ordering, columns to show, negations (outside a range, not cancelled, unpaid).
 * Windows: last N minutes/hours/days (90m, 2h, 3h, 6h, 12h, 24h, 3d, 7d, 14d, 30d), today, yesterday
 * (both ends), since 22:00 yesterday, this week, this month, this year, the previous calendar month (both ends),
 * an explicit quarter (Q3 2026), an explicit day range (9–13 Nov 2026), since an explicit date (1 and 16 Nov
 * 2026), and inactivity conditions ("not signed in for 60 days", "last login before 1 September": conditions,
 * not windows).
 * Checks accept every spelling I could think of for the same condition and reject only queries that do not
 * answer the question. Before committing I checked every case's checks against queries I wrote by hand (one per
 * platform of each case; a scratch script, not committed, calling the real checkers from journey-checkers.ts):
 * every `has` matched, no `not` did, and the Kusto analyser, the SPL check and PostgreSQL reported no problem.
 * Not run on the planner by me.
 */

/** Explicit days the questions name. */
const NOV_1 = new Date(Date.UTC(2026, 10, 1));
const NOV_9 = new Date(Date.UTC(2026, 10, 9));
const NOV_13 = new Date(Date.UTC(2026, 10, 13));
const NOV_14 = new Date(Date.UTC(2026, 10, 14));
const NOV_16 = new Date(Date.UTC(2026, 10, 16));
const SEP_1 = new Date(Date.UTC(2026, 8, 1));
const Q3_START = new Date(Date.UTC(2026, 6, 1));
const Q3_END = new Date(Date.UTC(2026, 8, 30));
const Q4_START = new Date(Date.UTC(2026, 9, 1));

// KQL windows and shapes
/** 22:00 yesterday (KQL): the literal datetime, or yesterday's start plus 22 hours, or today's start minus 2. */
const SINCE_22_YESTERDAY_KQL = new RegExp(
  `datetime\\(\\s*["']?${iso(YESTERDAY)}[T ]22(:00)?|startofday\\(\\s*(ago\\(\\s*(1d|24h)\\s*\\)|now\\(\\)\\s*-\\s*(1d|24h))\\s*\\)\\s*\\+\\s*(22h|1320m)|startofday\\(\\s*now\\(\\)\\s*\\)\\s*-\\s*(2h|120m)`,
);
/**
 * A value compared to a KQL column: `==`, `=~`, `has`, `contains`, or anywhere in an `in` / `has_any` list
 * (the value need not come first in the list).
 */

// SPL windows and shapes
const THIS_WEEK_SPL = new RegExp(`earliest\\s*=\\s*"?(@w[01]?|-0w@w[01]?|${splDate(SUNDAY)}|${splDate(MONDAY)})`);
/** "Since 1 Nov" (SPL): the literal day, or this month's start while the run is in November 2026. */
const SINCE_NOV_1_SPL = new RegExp(
  [splSince(NOV_1).source, ...(iso(MONTH_START) === iso(NOV_1) ? ['earliest\\s*=\\s*"?(@mon|-0mon@mon)'] : [])].join(
    '|',
  ),
);
/** A daily bucket (SPL). */
const DAILY_SPL = /span\s*=\s*"?(1d|24h|1day)\b|bin\s+[^|]*span\s*=\s*"?1d|timechart\s+[^|]*span\s*=\s*"?1d/;

// SQL windows and shapes
/** A daily bucket on a column (SQL). */
const sqlDaily = (column: string) =>
  new RegExp(`GROUP\\s+BY\\s+[^;]*(${sqlDayOf(column)}|\\b1\\b|\\bday\\b|\\bd\\b)|${sqlDayOf(column)}`, 'i');
/** A true boolean column (SQL): `= true`, `IS TRUE`, or the bare column. */
const sqlTrue = (column: string) =>
  new RegExp(
    `${column}\\s*(=\\s*(true|'t'|'true'|1)\\b|IS\\s+TRUE)|(WHERE|AND)\\s+(\\w+\\.)?${column}\\b(?!\\s*(=|<>|!=|IS\\s+(NOT|FALSE)))`,
    'i',
  );

/** The MD5 the DevOps engineer found in a CI log. */
const MD5_IOC = 'b7c2e91f04d83a6e5f12c9a0d4e7b318';
/** The IOC the MSSP's feed pushed overnight. */
const IOC_IP = '91.215.85.142';

export const BLIND49_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: MSSP tier-1, night shift
  {
    id: 'b49-kql-mssp-4688-encoded-ps-3h',
    question:
      'nightshift t1 - client ACME-LAW: any 4688 with powershell -enc in the commandline in the last 3 hrs? computer, account, cmdline',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4688),
          /-enc/i,
          /powershell/i,
          kqlShows('Computer'),
          kqlShows('Account|SubjectUserName'),
          kqlShows('CommandLine'),
          kqlLast('3h|180m'),
        ],
      },
    },
  },
  {
    id: 'b49-kql-mssp-hb-dc01-4625-since-22h',
    question: 'client HOLBROOK: 4625s against HB-DC01 since 22:00 UTC yesterday, per hour and source ip',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4625),
          kqlIs('Computer', 'HB-DC01(\\.[\\w.-]*)?'),
          /bin\(\s*TimeGenerated\s*,\s*(1h|60m)\s*\)/,
          /by\s+[^|]*IpAddress\b/,
          SINCE_22_YESTERDAY_KQL,
        ],
      },
    },
  },
  {
    id: 'b49-kql-mssp-upn-countries-over3-24h',
    question:
      'impossible travel check - any UPNs signing in from more than 3 distinct countries in the last 24h? list them + count',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /dcount\(\s*Location\s*\)|count_distinct\(\s*Location\s*\)|make_set\(\s*Location/,
          /by\s+[^|]*UserPrincipalName/,
          /(>\s*3|>=\s*4)\b/,
          DAY1_KQL,
        ],
      },
    },
  },
  // KQL: claims-fraud analyst
  {
    id: 'b49-kql-fraud-claimcenter-102-89-14d',
    question:
      'Claims handlers signing in to ClaimCenter from 102.89.0.0/16 over the last 14 days - I need user, IP and time for each sign-in',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('AppDisplayName', 'ClaimCenter'),
          /102\.89\.0\.0\/16|["']102\.89\./,
          kqlShows('UserPrincipalName|UserDisplayName'),
          kqlShows('IPAddress'),
          kqlShows('TimeGenerated'),
          kqlLast('14d|336h|2w'),
        ],
      },
    },
  },
  {
    id: 'b49-kql-fraud-archive-downloads-yesterday-over40',
    question:
      'how many files did each adjuster download from the claims-archive SharePoint site yesterady? only people with more than 40',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [
          /FileDownload|Operation\s*(has|contains)\s*["']download/i,
          /claims-archive/i,
          COUNT_KQL,
          /by\s+[^|]*UserId/,
          kqlAbove(40),
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },
  // KQL: DevOps engineer
  {
    id: 'b49-kql-devops-nsg-rg-prod-api-week',
    question: 'who touchd the nsg rules in rg-prod-api this week? caller + operation',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          kqlIs('ResourceGroup', 'rg-prod-api'),
          /networkSecurityGroups|securityRules|\bnsg\b/i,
          kqlShows('Caller'),
          kqlShows('OperationNameValue'),
          THIS_WEEK_KQL,
        ],
      },
    },
  },
  {
    id: 'b49-kql-devops-md5-ci-runners-7d',
    question: `defender: anythin with md5 ${MD5_IOC} on the ci-runner-* boxes last 7d? device + cmdline`,
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          new RegExp(MD5_IOC, 'i'),
          kqlPrefix('DeviceName', 'ci-runner-'),
          kqlShows('DeviceName'),
          kqlShows('ProcessCommandLine'),
          kqlLast('7d|168h|1w'),
        ],
      },
    },
  },
  // KQL: museum IT manager
  {
    id: 'b49-kql-museum-kiosk-rdp-vnc-today',
    question:
      'Are any of the gallery kiosks (MUS-KIOSK-*) connecting out on port 3389 or 5900 today? Device, remote IP and port please.',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /RemotePort\s*(==\s*3389|in\s*\([^)]*3389)/,
          /RemotePort\s*(==\s*5900|in\s*\([^)]*5900)/,
          kqlPrefix('DeviceName', 'MUS-KIOSK-'),
          kqlShows('RemoteIP'),
          TODAY_KQL,
        ],
      },
    },
  },
  {
    id: 'b49-kql-museum-guest-invites-month',
    question: 'How many guest users have been invited into our Entra tenant this month, and who invited them?',
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [/invite/i, /InitiatedBy/, COUNT_KQL, THIS_MONTH_KQL],
      },
    },
  },
  // KQL: court records clerk
  {
    id: 'b49-kql-court-sealed-docket-9-13-nov',
    question:
      'Could you tell me who accessed the file Sealed-Docket-2026-CR-0412.pdf in SharePoint between 9 and 13 November 2026? I need the user and the time of each access.',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [
          /Sealed-Docket-2026-CR-0412\.pdf/,
          kqlShows('UserId'),
          kqlShows('TimeGenerated'),
          kqlSince(NOV_9),
          new RegExp(
            `(<|\\.\\.)\\s*(${kqlDate(NOV_14)})|(<=?|\\.\\.)\\s*datetime\\(\\s*["']?${iso(NOV_13)}[T ]23|endofday\\(\\s*${kqlDate(NOV_13)}`,
          ),
        ],
      },
    },
  },
  {
    id: 'b49-kql-court-stale-accounts-60d',
    question:
      'Please list the court staff accounts (@marlow-courts.gov) that have not signed in to Entra for 60 days or more, with the date of their last sign-in.',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /marlow-courts\.gov/i,
          /max\(\s*TimeGenerated\s*\)|arg_max\(\s*TimeGenerated/,
          /<=?\s*(ago\(\s*(60d|1440h)\s*\)|now\(\)\s*-\s*(60d|1440h)\b)|now\(\)\s*-\s*\w+\s*>=?\s*(60d|1440h)|datetime_diff\(\s*["']day["']\s*,\s*now\(\)[^)]*\)\s*>=?\s*60\b/,
        ],
        not: [/TimeGenerated\s*>=?\s*ago\(\s*(60d|1440h)\s*\)/],
      },
    },
  },

  // SPL: DevOps engineer
  {
    id: 'b49-spl-devops-rds-deletes-30d',
    question: 'cloudtrail: who called DeleteDBInstance or DeleteDBCluster in the last 30 days? arn, src ip, region',
    expect: {
      spl: {
        table: 'aws',
        has: [
          /DeleteDBInstance/,
          /DeleteDBCluster/,
          splShows('userIdentity.arn'),
          splShows('sourceIPAddress'),
          splShows('awsRegion'),
          splLast('30d|720h|1mon'),
        ],
      },
    },
  },
  {
    id: 'b49-spl-devops-5xx-top-urls-today',
    question: 'web: top 10 urls throwing 500 or 502 today',
    expect: {
      spl: {
        table: 'Web',
        has: [/\b500\b/, /\b502\b/, /\burl\b/, splTop(10), TODAY_SPL],
      },
    },
  },
  {
    id: 'b49-spl-devops-bastion-ssh-fails-over30-2h',
    question: 'auth dm: failed ssh logins on bastion-01 lst 2h, by src, only srcs with >30',
    expect: {
      spl: {
        table: 'Authentication',
        has: [
          /action\s*(=|IN\s*\()\s*"?fail/i,
          /dest\s*(=|IN\s*\()\s*"?bastion-01/i,
          COUNT_SPL,
          /by\s+[^|]*\b(Authentication\.)?src\b/,
          splAbove(30),
          splLast('2h|120m'),
        ],
      },
    },
  },
  // SPL: MSSP tier-1, night shift
  {
    id: 'b49-spl-mssp-comsvcs-minidump-12h',
    question:
      'client PELLAM - rundll32 with comsvcs.dll in the cmdline anywhere in the last 12h? sysmon. host, user, cmdline',
    expect: {
      spl: {
        table: 'sysmon',
        has: [
          /rundll32/i,
          /comsvcs/i,
          splShows('host'),
          splShows('User'),
          splShows('CommandLine'),
          splLast('12h|720m'),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b49-spl-mssp-rdp-from-outside-6h',
    question:
      'fw datamodel: allowed inbound 3389 from outside 10.0.0.0/8 in the last 6 hours - how many distinct dest ips per src ip?',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /dest_port\s*(=|IN\s*\()\s*"?3389\b/i,
          /action\s*(=|IN\s*\()\s*"?(allow|allowed|accept|accepted|permitted)/i,
          /NOT\s+\(?\s*(All_Traffic\.)?src(_ip)?\s*=\s*"?10\.|!\s*cidrmatch\(\s*"10\.0\.0\.0\/8"|NOT\s+cidrmatch\(\s*"10\.0\.0\.0\/8"|src(_ip)?\s*!=\s*"?10\./i,
          /\b(dc|distinct_count)\(\s*(All_Traffic\.)?dest_ip\s*\)/,
          /by\s+[^|]*\b(All_Traffic\.)?src_ip\b/,
          splLast('6h|360m'),
        ],
      },
    },
  },
  {
    id: 'b49-spl-mssp-ngrok-free-90m',
    question: 'sysmon event 22 - any host resolving *.ngrok-free.app in the last 90 mins? host + query name',
    expect: {
      spl: {
        table: 'sysmon',
        has: [
          /EventCode\s*(=|IN\s*\()\s*"?22\b/i,
          /ngrok-free\.app/i,
          splShows('host'),
          splShows('QueryName'),
          splLast('90m|5400s|1\\.5h'),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  // SPL: court records clerk
  {
    id: 'b49-spl-court-lockouts-last-month',
    question:
      'From the Windows logs in Splunk, how many times was each clerk account locked out (event 4740) during last month?',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [
          splEvent(4740),
          COUNT_SPL,
          /by\s+[^|]*\b(user|Target_User_Name|TargetUserName)\b/,
          PREV_MONTH_START_SPL,
          PREV_MONTH_END_SPL,
        ],
      },
    },
  },
  // SPL: museum IT manager
  {
    id: 'b49-spl-museum-external-sharing-since-nov1',
    question:
      'o365 in splunk: SharingInvitationCreated and AddedToSecureLink events since 1 November - how many per user?',
    expect: {
      spl: {
        table: 'o365',
        has: [/SharingInvitationCreated/, /AddedToSecureLink/, COUNT_SPL, /by\s+[^|]*UserId/, SINCE_NOV_1_SPL],
      },
    },
  },
  {
    id: 'b49-spl-museum-collections-egress-daily-14d',
    question: 'firewall data: total bytes sent out by the collections server 10.20.5.14 per day over the last 14 days',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /src(_ip)?\s*=\s*"?10\.20\.5\.14\b/,
          /sum\(\s*(All_Traffic\.)?bytes_out\s*\)/,
          DAILY_SPL,
          splLast('14d|2w|336h'),
        ],
      },
    },
  },
  // SPL: claims-fraud analyst
  {
    id: 'b49-spl-fraud-claimcenter-102-89-week',
    question:
      "In Splunk's Azure AD sign-in data, which accounts signed in to ClaimCenter from 102.89.x.x addresses this week? User, IP and how many times.",
    expect: {
      spl: {
        table: 'azure',
        has: [
          /ClaimCenter/,
          /102\.89\.(0\.0\/16|\*)/,
          COUNT_SPL,
          /by\s+[^|]*properties\.userPrincipalName/,
          /by\s+[^|]*properties\.ipAddress/,
          THIS_WEEK_SPL,
        ],
      },
    },
  },

  // SQL: claims-fraud analyst
  {
    id: 'b49-sql-fraud-bank-details-over2-30d',
    question:
      "portal db: which user_ids changed their bank details (event type 'bank_details_changed') more than twice in the last 30 days? with the count",
    expect: {
      sql: {
        table: 'events',
        has: [
          sqlIs('event_type', 'bank_details_changed'),
          /GROUP\s+BY\s+[^;]*user_id/i,
          sqlCountAbove(2),
          sqlLast('occurred_at', '30 days?|1 months?|720 hours?', 30),
        ],
      },
    },
  },
  {
    id: 'b49-sql-fraud-claims-41-58-daily-month',
    question: 'claim_submitted events per day this month coming from 41.58.0.0/16',
    expect: {
      sql: {
        table: 'events',
        has: [
          sqlIs('event_type', 'claim_submitted'),
          /41\.58\.(0\.0\/16|%|0\.0'|\*)/,
          /\bCOUNT\(/i,
          sqlDaily('occurred_at'),
          sqlThis('occurred_at', 'month', MONTH_START),
        ],
      },
    },
  },
  {
    id: 'b49-sql-fraud-q3-unpaid-per-currency',
    question: 'Total of the premium invoices issued in Q3 2026 that are still unpaid, per currency.',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          UNPAID_SQL,
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          /GROUP\s+BY\s+[^;]*currency/i,
          new RegExp(
            `${sqlSince('issued_at', Q3_START).source}|EXTRACT\\(\\s*QUARTER\\s+FROM\\s+(\\w+\\.)?issued_at\\s*\\)\\s*=\\s*3\\b|date_trunc\\(\\s*'quarter'\\s*,\\s*(\\w+\\.)?issued_at\\s*\\)\\s*=\\s*${sqlLiteral}${iso(Q3_START)}`,
            'i',
          ),
          new RegExp(
            `${sqlUntil('issued_at', Q3_END).source}|EXTRACT\\(\\s*QUARTER\\s+FROM\\s+(\\w+\\.)?issued_at\\s*\\)\\s*=\\s*3\\b|date_trunc\\(\\s*'quarter'\\s*,\\s*(\\w+\\.)?issued_at\\s*\\)\\s*=\\s*${sqlLiteral}${iso(Q3_START)}|issued_at\\s*<\\s*${sqlLiteral}${iso(Q4_START)}`,
            'i',
          ),
          /2026/,
        ],
      },
    },
  },
  // SQL: DevOps engineer
  {
    id: 'b49-sql-devops-new-admins-7d',
    question: 'any new admin accts in the app db last 7d? email + created',
    expect: {
      sql: {
        table: 'users',
        has: [
          sqlIs('role', 'admin'),
          sqlLast('created_at', '7 days?|1 weeks?|168 hours?', 7),
          sqlShows('email'),
          sqlShows('created_at'),
        ],
      },
    },
  },
  {
    id: 'b49-sql-devops-avg-usd-order-daily-14d',
    question: 'avg order total per day for USD orders, last 14d, excl cancelled',
    expect: {
      sql: {
        table: 'orders',
        has: [
          sqlIs('currency', 'USD'),
          /AVG\(\s*(\w+\.)?total\s*\)/i,
          /status\s*(<>|!=)\s*'cancelled'|status\s+NOT\s+IN\s*\([^)]*'cancelled'/i,
          sqlDaily('created_at'),
          sqlLast('created_at', '14 days?|2 weeks?|336 hours?', 14),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  // SQL: museum IT manager
  {
    id: 'b49-sql-museum-top5-prints-revenue-year',
    question:
      "museum shop: top 5 products in the 'Prints & Posters' category by revenue this year (quantity x unit price)",
    expect: {
      sql: {
        table: 'order_items',
        has: [
          sqlIs('category', 'Prints & Posters'),
          /SUM\(\s*(\w+\.)?quantity\s*\*\s*(\w+\.)?unit_price\s*\)|SUM\(\s*(\w+\.)?unit_price\s*\*\s*(\w+\.)?quantity\s*\)/i,
          topSql(5),
          DESC_SQL,
          new RegExp(
            `${sqlThis('created_at', 'year', YEAR_START).source}|EXTRACT\\(\\s*YEAR\\s+FROM\\s+(\\w+\\.)?created_at\\s*\\)\\s*=\\s*${YEAR}\\b`,
            'i',
          ),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b49-sql-museum-conservation-budget-fy2026-monthly',
    question: 'Conservation department: budget vs actual spend for each month of fiscal year 2026',
    expect: {
      sql: {
        table: 'budget',
        has: [
          sqlIs('department', 'Conservation'),
          /fiscal_year\s*(=|IN\s*\()\s*'?2026\b/i,
          /fiscal_month/i,
          /\bamount\b/i,
          /\bspent\b/i,
        ],
      },
    },
  },
  {
    id: 'b49-sql-museum-membership-buyers-country-month',
    question:
      "how many different customers bought a membership (product category 'Membership') this month, per country?",
    expect: {
      sql: {
        table: 'products',
        has: [
          sqlIs('category', 'Membership'),
          /COUNT\(\s*DISTINCT\s+[^)]*customer_id/i,
          /GROUP\s+BY\s+[^;]*country/i,
          sqlThis('created_at', 'month', MONTH_START),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  // SQL: court records clerk
  {
    id: 'b49-sql-court-fees-over-500-usd-prev-month-unpaid',
    question:
      'Could you please list every court-fee invoice over 500 USD that was issued last month and has not been paid? I need the customer name, the amount and the due date.',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          sqlIs('currency', 'USD'),
          /amount\s*(>\s*500|>=\s*500\.01)\b/i,
          UNPAID_SQL,
          sqlPrevMonthStart('issued_at'),
          sqlPrevMonthEnd('issued_at'),
          /\bname\b/i,
          sqlShows('due_date'),
        ],
      },
    },
  },
  {
    id: 'b49-sql-court-records-last-login-before-sep1',
    question:
      'Which accounts in the Records department are still active but have not logged in since 1 September 2026? Please include the name, email and last login.',
    expect: {
      sql: {
        table: 'users',
        has: [
          sqlIs('department', 'Records'),
          sqlTrue('active'),
          new RegExp(`last_login_at\\s*<\\s*${sqlLiteral}${iso(SEP_1)}`, 'i'),
          sqlShows('display_name'),
          sqlShows('email'),
          sqlShows('last_login_at'),
        ],
        not: [new RegExp(`last_login_at\\s*>=?\\s*${sqlLiteral}${iso(SEP_1)}`, 'i')],
      },
    },
  },

  // Two platforms
  {
    id: 'b49-multi-mssp-ioc-ip-24h',
    question: `IOC from the feed: ${IOC_IP} - any defender network connections to it, or sysmon network events (event 3) to it, in the last 24h?`,
    expect: {
      kql: { table: 'DeviceNetworkEvents', has: [kqlIs('RemoteIP', IOC_IP.replace(/\./g, '\\.')), DAY1_KQL] },
      spl: {
        table: 'sysmon',
        has: [new RegExp(IOC_IP.replace(/\./g, '\\.')), DAY1_SPL],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b49-multi-fraud-ferreira-since-nov16',
    question:
      'we recieved a tip about claims handler d.ferreira@harrowgate-mutual.co.uk. her entra sign-ins since 16 Nov 2026 and her events in the claims portal db for the same period',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [kqlIs('UserPrincipalName', 'd\\.ferreira@harrowgate-mutual\\.co\\.uk'), kqlSince(NOV_16)],
      },
      sql: {
        table: 'events',
        has: [/d\.ferreira@harrowgate-mutual\.co\.uk/i, sqlSince('occurred_at', NOV_16)],
      },
    },
  },
  {
    id: 'b49-multi-devops-prod-deletes-today',
    question: 'anyone deleting stuff in prod today?? azure activity in rg-prod-api + cloudtrail Delete* calls',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [kqlIs('ResourceGroup', 'rg-prod-api'), /delete/i, TODAY_KQL],
      },
      spl: {
        table: 'aws',
        has: [
          /eventName\s*=\s*"?Delete\*|like\(\s*eventName\s*,\s*"Delete%|match\(\s*eventName\s*,\s*"\^Delete/,
          TODAY_SPL,
        ],
      },
    },
  },
  {
    id: 'b49-multi-court-4724-resets-week',
    question:
      "Please check both Sentinel and Splunk for password resets performed by an administrator (event 4724) on the court's domain controllers this week, showing who performed each reset and for which account.",
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4724), kqlShows('SubjectUserName|Account'), kqlShows('TargetUserName'), THIS_WEEK_KQL],
      },
      spl: { table: 'wineventlog', has: [splEvent(4724), splShows('user|src_user|Subject'), THIS_WEEK_SPL] },
    },
  },
  {
    id: 'b49-multi-museum-rustdesk-3d',
    question:
      'is rustdesk.exe running on any of our machines? check defender and sysmon for the last 3 days, device + user',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/rustdesk\.exe/i, kqlShows('DeviceName'), kqlShows('AccountName'), kqlLast('3d|72h')],
      },
      spl: {
        table: 'sysmon',
        has: [/rustdesk\.exe/i, splShows('host'), splShows('User'), splLast('3d|72h')],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },

  // Clarification: nothing to act on
  { id: 'b49-clarify-night-shift-pls-advise', question: 'night shift t1 here, pls advise', clarification: true },
  { id: 'b49-clarify-did-that-fix-it', question: 'did that fix it?', clarification: true },
];

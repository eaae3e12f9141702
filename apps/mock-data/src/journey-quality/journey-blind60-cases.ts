import type { JourneyCase } from './journey-cases';
import {
  kqlLast,
  kqlSince,
  TODAY_KQL,
  THIS_WEEK_KQL,
  THIS_MONTH_KQL,
  YESTERDAY_END_KQL,
  COUNT_KQL,
  kqlEvent,
  kqlAbove,
  kqlShows,
  kqlIs,
  kqlPrefix,
  kqlBy,
  FAILED_SIGNIN_KQL,
  HOURLY_KQL,
  DAILY_KQL,
  splLast,
  TODAY_SPL,
  THIS_WEEK_SPL,
  THIS_MONTH_SPL,
  YESTERDAY_START_SPL,
  YESTERDAY_END_SPL,
  PREV_MONTH_START_SPL,
  PREV_MONTH_END_SPL,
  splSince,
  splEvent,
  splShows,
  COUNT_SPL,
  splTop,
  splBy,
  HOURLY_SPL,
  WINDOWS_SECURITY_IDS_SPL,
  sqlThis,
  sqlLast,
  sqlSince,
  sqlDayOf,
  sqlUntil,
  sqlPrevMonthStart,
  sqlPrevMonthEnd,
  topSql,
  sqlCountAbove,
  sqlIs,
  sqlShows,
  sqlGroupBy,
  NOT_CUSTOMER_DATE_SQL,
  UNPAID_SQL,
  DESC_SQL,
  WEEKLY_SQL,
  THIS_QUARTER_SQL,
  dots,
} from './journey-patterns';
import { YEAR, YEAR_START, YESTERDAY, iso, kqlDate, sqlLiteral } from './journey-dates';

/**
 * The "blind60" journey-quality set, written blind on 2026-11-28 (22:05–22:20 UTC). I did not read the query
 * builders (apps/mock-data/src/query/** apart from the bundled-schemas module, to find the schema files), the
 * constraint extractor or routing code (libs/planner-core), planner-llm, the planner app, the git history of any of
 * them, any failure list, or another blind author's work in progress, and I did not run the planner on any question:
 * the first run is the lead's.
 * I read: TEAM.md and BLIND.md, journey-cases.ts (types), journey-dates.ts, journey-patterns.ts (the shared checks,
 * imported here), journey-checkers.ts, run-journeys.ts (to register the set), the mesh's schemas (kql/spl/sql.json,
 * the files the bundled-schemas module loads), blind55's file as the format example (its questions, personas and
 * values are not reused) and grepped the other blind sets' header comments and question lines to avoid their
 * personas and questions. The brief's hint was a freight airline's maintenance IT and a public library network; no
 * earlier set has an airline, so the first is used, but blind58 already has a (national) library, so a county fire
 * and rescue service replaces the library, and a woollen mill is my own.
 * Personas (new, organisations invented):
 * - a freight airline's maintenance IT (Kittiwake Air Cargo, kittiwakecargo.aero, KAC-HGR-* hangar PCs, KAC-MX-*
 *   maintenance laptops, the TechLog Pro maintenance app; terse chat with abbreviations and typos): failed TechLog
 *   Pro sign-ins over a threshold, tailscale on hangar PCs, FTP from laptops, VM deallocations in a resource group,
 *   a service account's 4625s, security-group ingress in CloudTrail, 401/403 on the TechLog web portal, portmap.io
 *   lookups, WinSCP on the laptops, never-logged-in Line Maintenance users, login_failed bursts per IP, an IOC IP,
 *   meshagent.exe in two stores;
 * - a county fire and rescue service's ICT security officer (Greyhaven Fire and Rescue Service, GFRS-* hosts, the
 *   Mobilising Portal app, a FireSafety SharePoint site, a commercial training arm that invoices; formal full
 *   sentences): disabled accounts (4725) over an explicit range, Mobilising Portal sign-ins from abroad,
 *   Conditional Access policy changes this year, daily SharePoint deletions, universal-group additions (4756) last
 *   month, SSH volume above 500 MB, VPN authentication failures, Remove-MailboxPermission, invoicing per currency
 *   last month, top customers over an explicit range, password-reset attempts (4724) in two stores, Azure role
 *   assignments and AWS policy attachments;
 * - a woollen mill's office (Pellow Brook Mills, pellowbrook.co.uk, PBM-OFF-* office PCs, Sage 200, an online yarn
 *   shop; ordinary sentences): `net group "domain admins"` on office PCs, hourly Sage 200 sign-ins and failures,
 *   Azure AD sign-in errors from a /24, shop requests per hour by method, GBP spend per segment, unsold Knitting
 *   Yarn, weekly new customers, big unpaid EUR invoices, the Dyehouse budget, charged vs list price per category, a
 *   clerk's sign-ins and app events.
 * Styles: about a third formal full sentences, a third ordinary, a third terse chat. No question names a query
 * language; a question names its store (Sentinel, Defender, Splunk, Sysmon, "the Azure AD logs in Splunk", the
 * firewall data in Splunk, "our app database") whenever the schemas hold that data in more than one store;
 * AzureActivity, CloudTrail, the Web data model and the business tables are asked for without a store name.
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform (3 KQL + SPL, 1 KQL + SPL over different sources, 1 KQL + SQL),
 * 2 clarification cases (38).
 * Values: UPNs (m.trevaskis@pellowbrook.co.uk), accounts (svc_techlog, d.penhallow), hosts and prefixes (GFRS-DC01,
 * GFRS-DC02, GFRS-VPN01, KAC-HGR-*, KAC-MX-*, PBM-OFF-*), an IP (193.233.20.14) and a CIDR (92.40.12.0/24), ports
 * (21, 22), event IDs (4625, 4725, 4756, 4724), process names (tailscale, winscp.exe, meshagent.exe, net / net1),
 * a domain (portmap.io), web hosts, HTTP statuses 401 / 403, apps (TechLog Pro, Mobilising Portal, Sage 200), a
 * resource group, CloudTrail event names, an O365 operation, a SharePoint site, a country (UK), currencies (GBP,
 * EUR), amounts (5,000, 500 MB), categories, a department, a fiscal year, an event type.
 * Shapes: counts, sums, averages (charged and list price), thresholds after aggregation (> 3, 20+, > 500 MB), top N
 * (5, 10), hourly / daily / weekly buckets, group by X (and Y), countif next to a total, first seen, ordering, columns
 * to show, negations / absences (outside the UK, not cancelled, unpaid, never logged in, no sale since a date).
 * Windows: last N hours/days (12h, 24h, 48h, 72h, 3d, 5d, 7d, 14d, 30d), today, yesterday (both ends), this week /
 * since Monday, this month, this quarter, this year, the previous calendar month (both ends), since explicit dates
 * (1 Sep, 1 Oct, 16 Nov, 23 Nov 2026), explicit ranges (2–15 Nov, 1–15 Nov 2026), a fiscal year, and conditions
 * that are not windows (unpaid, never logged in).
 * Checks accept every spelling I could think of for the same condition and reject only queries that do not answer
 * the question. Before committing I checked every case against queries I wrote by hand (one per platform of each
 * case; a scratch script, not committed, calling the real checkers from journey-checkers.ts): every `has` matched,
 * no `not` did, and the Kusto analyser, the SPL check and PostgreSQL reported no problem. Not run on the planner.
 */

// KQL windows and shapes
const YESTERDAY_START_KQL = new RegExp(
  `startofday\\(\\s*(ago\\(\\s*(1d|24h)\\s*\\)|now\\(\\)\\s*-\\s*(1d|24h))\\s*\\)|startofday\\(\\s*now\\(\\)\\s*\\)\\s*-\\s*(1d|24h)|${kqlDate(YESTERDAY)}`,
);
const THIS_YEAR_KQL = new RegExp(`startofyear\\(\\s*now\\(\\)\\s*\\)|${kqlDate(YEAR_START)}`);
/** First seen (KQL / SPL). */
const FIRST_SEEN_KQL = /\bmin\(\s*(TimeGenerated|Timestamp)\s*\)|arg_min\(\s*(TimeGenerated|Timestamp)/;
const FIRST_SEEN_SPL = /\b(min|earliest|first)\(\s*_time\s*\)/;

// SPL shapes
/** A daily bucket (SPL). */
const DAILY_SPL = /span\s*=\s*"?(1d|24h|1day)\b|strftime\([^)]*%(Y-%m-%d|F|d)/;
/** An Azure AD sign-in with an error (SPL, the azure index). */
const AZ_FAIL_SPL =
  /errorCode["']?\s*(!=\s*["']?0|>\s*["']?0|=\s*["']?[1-9])|NOT\s+["']?properties\.status\.errorCode["']?\s*=\s*["']?0/i;

// SQL windows and shapes
/** This calendar year on a column (SQL). */
const sqlThisYear = (column: string) =>
  new RegExp(
    `${sqlThis(column, 'year', YEAR_START).source}|EXTRACT\\(\\s*YEAR\\s+FROM\\s+(\\w+\\.)?(${column})\\s*\\)\\s*=\\s*${YEAR}|date_part\\(\\s*'year'\\s*,\\s*(\\w+\\.)?(${column})\\s*\\)\\s*=\\s*${YEAR}`,
    'i',
  );
/** A window start on an explicit day (SQL): on the column, or on the column taken as a day. */
const sqlFrom = (column: string, date: Date) =>
  new RegExp(
    `${sqlSince(column, date).source}|${sqlDayOf(column)}\\s*(>=|BETWEEN)\\s*\\(?\\s*${sqlLiteral}${iso(date)}`,
    'i',
  );
/** No sale / row in the window (SQL). */
const ABSENCE_SQL =
  /NOT\s+EXISTS|NOT\s+IN\s*\(\s*SELECT|LEFT\s+JOIN[^;]*IS\s+NULL|HAVING\s+[^;]*(COALESCE\(\s*SUM\([^;]*\)\s*,\s*0\s*\)\s*(=|<=)\s*0|COUNT\([^)]*\)\s*=\s*0|SUM\([^)]*\)\s*IS\s+NULL)|EXCEPT\s+SELECT/i;
/** Every status but cancelled (SQL). */
const NOT_CANCELLED_SQL =
  /status\s*(<>|!=)\s*'cancell?ed'|status\s+NOT\s+(IN\s*\([^)]*|I?LIKE\s*)'cancell?ed'|NOT\s*\(?\s*(\w+\.)?status\s*(=|IN\s*\([^)]*)\s*'cancell?ed'|status\s+IS\s+DISTINCT\s+FROM\s+'cancell?ed'/i;

/** Explicit days the questions name. */
const SEP_1 = new Date(Date.UTC(2026, 8, 1));
const OCT_1 = new Date(Date.UTC(2026, 9, 1));
const NOV_1 = new Date(Date.UTC(2026, 10, 1));
const NOV_2 = new Date(Date.UTC(2026, 10, 2));
const NOV_15 = new Date(Date.UTC(2026, 10, 15));
const NOV_16 = new Date(Date.UTC(2026, 10, 16));
const NOV_23 = new Date(Date.UTC(2026, 10, 23));
/** The end of 15 November 2026 (KQL): before the 16th, or up to the 15th's last minute. */
const NOV_15_END_KQL = new RegExp(
  `(<|\\.\\.)\\s*(${kqlDate(NOV_16)}|${kqlDate(NOV_15)}["']?\\s*\\)\\s*\\+\\s*(1d|24h))|(<=|\\.\\.)\\s*(datetime\\(\\s*["']?${iso(NOV_15)}[T ]23:59|endofday\\(\\s*${kqlDate(NOV_15)})`,
);

/** An address the airline's threat feed flagged. */
const IOC_IP = '193.233.20.14';
const TREVASKIS = 'm\\.trevaskis@pellowbrook\\.co\\.uk';

export const BLIND60_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: freight airline's maintenance IT (terse chat)
  {
    id: 'b60-kql-cargo-techlog-failed-signins-over3-48h',
    question: 'sentinel: failed signins to TechLog Pro lst 48h, count per user, only ppl w/ more than 3',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('AppDisplayName', 'TechLog Pro'),
          FAILED_SIGNIN_KQL,
          COUNT_KQL,
          kqlBy('UserPrincipalName|UserDisplayName|UserId'),
          kqlAbove(3),
          kqlLast('48h|2d|2880m'),
        ],
      },
    },
  },
  {
    id: 'b60-kql-cargo-tailscale-hangar-pcs-since-monday',
    question: 'defender - anything run tailscale on the KAC-HGR-* pcs since mon? devicename, acct, cmdline',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /tailscale/i,
          kqlPrefix('DeviceName', 'KAC-HGR-'),
          kqlShows('DeviceName'),
          kqlShows('AccountName'),
          kqlShows('ProcessCommandLine'),
          THIS_WEEK_KQL,
        ],
      },
    },
  },
  {
    id: 'b60-kql-cargo-mx-laptops-ftp-yesterday',
    question: 'in defender which KAC-MX laptops made ftp (port 21) conns yday? device + remote ip',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /RemotePort\s*(==|in\s*\()\s*21\b/,
          kqlPrefix('DeviceName', 'KAC-MX'),
          kqlShows('DeviceName'),
          kqlShows('RemoteIP'),
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b60-kql-cargo-vm-deallocate-rg-month',
    question: 'who deallocated vms in rg-kac-mro-prod this mnth? caller + which vm',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          kqlIs('ResourceGroup', 'rg-kac-mro-prod'),
          /OperationNameValue\s*(has|contains|endswith|=~|==|matches\s+regex|(in~?|has_any)\s*\()[^|]*deallocate/i,
          kqlShows('Caller'),
          kqlShows('_ResourceId'),
          THIS_MONTH_KQL,
        ],
      },
    },
  },
  {
    id: 'b60-kql-cargo-svc-techlog-4625-by-computer-status-72h',
    question: 'sentinel - 4625s for svc_techlog lst 72h, by computer + status code',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4625),
          /svc_techlog/i,
          COUNT_KQL,
          kqlBy('Computer'),
          kqlBy('Status|SubStatus'),
          kqlLast('72h|3d|4320m'),
        ],
      },
    },
  },
  // KQL: fire and rescue service's ICT security officer (formal)
  {
    id: 'b60-kql-fire-4725-disabled-dc01-nov2-15',
    question:
      'Please list, from Sentinel, every user account that was disabled (event 4725) on the domain controller GFRS-DC01 between 2 and 15 November 2026, stating the disabled account and the account that disabled it.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4725),
          /GFRS-DC01/i,
          kqlShows('TargetUserName'),
          kqlShows('SubjectUserName|Account'),
          kqlSince(NOV_2),
          NOV_15_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b60-kql-fire-mobilising-portal-outside-uk-14d',
    question:
      'Please report, from Sentinel, the sign-ins to the Mobilising Portal application made from outside the United Kingdom during the last 14 days, giving the user, the country and the IP address of each.',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('AppDisplayName', 'Mobilising Portal'),
          /Location\s*(!=|!~|!in~?|!has|!contains|!startswith|<>)\s*\(?[^|]*["'](GB|UK|United Kingdom)["']|not\s*\(\s*Location\s*(==|=~|in~?|has|startswith|contains)\s*\(?[^|]*["'](GB|UK|United Kingdom)["']/i,
          kqlShows('UserPrincipalName|UserDisplayName'),
          kqlShows('Location'),
          kqlShows('IPAddress'),
          kqlLast('14d|336h|2w'),
        ],
      },
    },
  },
  {
    id: 'b60-kql-fire-conditional-access-policy-changes-year',
    question:
      'Please enumerate the changes to Conditional Access policies recorded in the Sentinel directory audit log since the start of this year, stating the operation, who initiated it and when it occurred.',
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [
          /conditional\s*access/i,
          kqlShows('OperationName|ActivityDisplayName'),
          kqlShows('InitiatedBy'),
          kqlShows('TimeGenerated'),
          THIS_YEAR_KQL,
        ],
      },
    },
  },
  {
    id: 'b60-kql-fire-firesafety-site-deletions-daily-30d',
    question:
      'Please provide a daily count of the files deleted from the FireSafety SharePoint site over the last 30 days, taken from the Office 365 activity in Sentinel.',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [
          /FileDeleted/,
          /(Site_Url|OfficeObjectId)\s*(has|contains|startswith|matches\s+regex|=~|has_any\s*\()[^|]*FireSafety|\*\s*has\s*["']FireSafety/i,
          COUNT_KQL,
          DAILY_KQL,
          kqlLast('30d|720h'),
        ],
      },
    },
  },
  // KQL: woollen mill's office (ordinary)
  {
    id: 'b60-kql-mill-net-domain-admins-office-pcs-5d',
    question:
      'Could you check Defender for anyone running net or net1 commands that mention "domain admins" on our office PCs (PBM-OFF-*) in the last 5 days? I need the PC, the user and the full command.',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /\bnet1?(\.exe)?\b/i,
          /domain admins/i,
          kqlPrefix('DeviceName', 'PBM-OFF-'),
          kqlShows('DeviceName'),
          kqlShows('AccountName'),
          kqlShows('ProcessCommandLine'),
          kqlLast('5d|120h'),
        ],
      },
    },
  },
  {
    id: 'b60-kql-mill-sage200-hourly-and-failed-today',
    question: 'In Sentinel, how many sign-ins to Sage 200 did we get in each hour today, and how many of those failed?',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('AppDisplayName', 'Sage 200'),
          COUNT_KQL,
          /countif\(\s*(toint\(\s*)?ResultType\s*\)?\s*(!=|!in|!~|<>|>)|sum\(\s*iff?\(\s*(toint\(\s*)?ResultType\s*\)?\s*(!=|!~|<>|>)|\bby\s+[^|]*\bResultType\b/,
          HOURLY_KQL,
          TODAY_KQL,
        ],
      },
    },
  },

  // SPL: freight airline's maintenance IT (terse chat)
  {
    id: 'b60-spl-cargo-sg-ingress-by-arn-region-5d',
    question: 'cloudtrail: AuthorizeSecurityGroupIngress calls lst 5d - count by arn + region',
    expect: {
      spl: {
        table: 'aws',
        has: [
          /AuthorizeSecurityGroupIngress/,
          COUNT_SPL,
          splBy('userIdentity.arn'),
          splBy('awsRegion'),
          splLast('5d|120h|7200m'),
        ],
      },
    },
  },
  {
    id: 'b60-spl-cargo-techlog-401-403-top5-src-today',
    question: '401/403s on techlog.kittiwakecargo.aero today, top 5 src ips',
    expect: {
      spl: {
        table: 'Web',
        has: [/techlog\.kittiwakecargo\.aero/i, /\b401\b/, /\b403\b/, /\bsrc\b/, splTop(5), TODAY_SPL],
      },
    },
  },
  {
    id: 'b60-spl-cargo-sysmon-portmap-dns-per-host-7d',
    question: 'sysmon dns lookups for portmap.io lst 7d, count per host',
    expect: {
      spl: {
        table: 'sysmon',
        has: [
          /EventCode\s*(=|IN\s*\()\s*"?22\b|QueryName/,
          /portmap\.io/i,
          COUNT_SPL,
          splBy('host|Computer'),
          splLast('7d|168h|1w'),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b60-spl-cargo-sysmon-winscp-mx-laptops-12h',
    question: 'splunk sysmon: winscp.exe launches on KAC-MX-* lst 12h, w/ parent + cmdline',
    expect: {
      spl: {
        table: 'sysmon',
        has: [/winscp/i, /KAC-MX/i, splShows('ParentImage'), splShows('CommandLine'), splLast('12h|720m')],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  // SPL: fire and rescue service's ICT security officer (formal)
  {
    id: 'b60-spl-fire-4756-dcs-daily-prev-month',
    question:
      'Please provide, from the Windows event logs held in Splunk, a daily count of members added to security-enabled universal groups (event 4756) on GFRS-DC01 and GFRS-DC02 during the previous calendar month.',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [
          splEvent(4756),
          /GFRS-DC01/i,
          /GFRS-DC02/i,
          COUNT_SPL,
          DAILY_SPL,
          PREV_MONTH_START_SPL,
          PREV_MONTH_END_SPL,
        ],
      },
    },
  },
  {
    id: 'b60-spl-fire-ssh-sources-over-500mb-since-nov16',
    question:
      'Please identify, from the firewall traffic in Splunk, the internal source addresses that have sent more than 500 MB in total to destination port 22 since 16 November 2026, with the total bytes sent by each.',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /dest_port\s*(=|IN\s*\()\s*"?22\b/,
          /sum\(\s*"?(All_Traffic\.)?bytes_out/i,
          splBy('src_ip|src'),
          /\|\s*(where|search)\s+[^|]*>=?\s*(500000000|524288000|5e8|500\s*\*\s*1024\s*\*\s*1024|500\s*\*\s*1000\s*\*\s*1000|500)\b/,
          splSince(NOV_16),
        ],
      },
    },
  },
  {
    id: 'b60-spl-fire-vpn01-auth-failures-user-src-yesterday',
    question:
      'Please summarise, per user and source address, the failed authentications against GFRS-VPN01 recorded yesterday in the Authentication data model in Splunk.',
    expect: {
      spl: {
        table: 'Authentication',
        has: [
          /action\s*(=|IN\s*\()\s*"?fail/i,
          /GFRS-VPN01/i,
          COUNT_SPL,
          splBy('user'),
          splBy('src'),
          YESTERDAY_START_SPL,
          YESTERDAY_END_SPL,
        ],
      },
    },
  },
  {
    id: 'b60-spl-fire-remove-mailboxpermission-week',
    question:
      'Please extract from the Microsoft 365 audit data in Splunk every Remove-MailboxPermission operation performed this week, showing the user, the client IP and the mailbox concerned.',
    expect: {
      spl: {
        table: 'o365',
        has: [
          /Remove-MailboxPermission/i,
          splShows('UserId'),
          splShows('ClientIP'),
          splShows('ObjectId'),
          THIS_WEEK_SPL,
        ],
      },
    },
  },
  // SPL: woollen mill's office (ordinary)
  {
    id: 'b60-spl-mill-azure-signin-errors-cidr-month',
    question:
      'Using the Azure AD logs in Splunk, which of our staff had sign-in errors from addresses in 92.40.12.0/24 this month?',
    expect: {
      spl: {
        table: 'azure',
        has: [
          /92\.40\.12\.(0\/24|\*)|cidrmatch\(\s*"92\.40\.12\.0\/24"/,
          AZ_FAIL_SPL,
          splShows('properties.userPrincipalName'),
          THIS_MONTH_SPL,
        ],
      },
    },
  },
  {
    id: 'b60-spl-mill-shop-requests-hourly-by-method-yesterday',
    question:
      'How many requests did our online yarn shop at shop.pellowbrook.co.uk get per hour yesterday, broken down by HTTP method?',
    expect: {
      spl: {
        table: 'Web',
        has: [
          /shop\.pellowbrook\.co\.uk/i,
          COUNT_SPL,
          HOURLY_SPL,
          splBy('http_method'),
          YESTERDAY_START_SPL,
          YESTERDAY_END_SPL,
        ],
      },
    },
  },

  // SQL: woollen mill's office (ordinary)
  {
    id: 'b60-sql-mill-gbp-spend-by-segment-year',
    question: 'How much did each customer segment spend with us in GBP this year? Biggest first, please.',
    expect: {
      sql: {
        table: 'orders',
        has: [
          sqlIs('currency', 'GBP'),
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          sqlGroupBy('segment'),
          sqlThisYear('created_at'),
          DESC_SQL,
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b60-sql-mill-knitting-yarn-unsold-since-oct1',
    question: "Which products in the Knitting Yarn category haven't sold a single unit since 1 October 2026?",
    expect: {
      sql: {
        table: 'products',
        has: [sqlIs('category', 'Knitting Yarn'), ABSENCE_SQL, sqlFrom('created_at', OCT_1)],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b60-sql-mill-new-customers-weekly-since-sep1',
    question: 'How many new customers signed up each week since the start of September 2026?',
    expect: {
      sql: {
        table: 'customers',
        has: [WEEKLY_SQL, /COUNT\(/i, sqlFrom('created_at', SEP_1)],
      },
    },
  },
  {
    id: 'b60-sql-mill-unpaid-eur-over-5000-oldest-due-first',
    question: 'Show me the unpaid invoices over 5,000 EUR, with the oldest due date first.',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          sqlIs('currency', 'EUR'),
          /amount\s*>=?\s*5000(\.0+)?\b/i,
          UNPAID_SQL,
          /ORDER\s+BY\s+(\w+\.)?due_date\b(?!\s+DESC)/i,
        ],
      },
    },
  },
  {
    id: 'b60-sql-mill-dyehouse-spend-vs-budget-fy2026',
    question:
      "For the Dyehouse department, what's the total spend per budget category in fiscal year 2026, next to what was budgeted?",
    expect: {
      sql: {
        table: 'budget',
        has: [
          sqlIs('department', 'Dyehouse'),
          /fiscal_year\s*=\s*2026\b/i,
          /SUM\(\s*(\w+\.)?spent\s*\)/i,
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          sqlGroupBy('category'),
        ],
      },
    },
  },
  {
    id: 'b60-sql-mill-avg-charged-vs-list-price-by-category-quarter',
    question:
      'What was the average unit price we actually charged for each product category this quarter, compared with the average list price?',
    expect: {
      sql: {
        table: 'order_items',
        has: [
          /AVG\(\s*(\w+\.)?unit_price\s*\)|SUM\([^;]*unit_price\s*\*\s*(\w+\.)?quantity[^;]*\)\s*\/\s*(NULLIF\(\s*)?SUM\(\s*(\w+\.)?quantity|SUM\([^;]*quantity\s*\*\s*(\w+\.)?unit_price[^;]*\)\s*\/\s*(NULLIF\(\s*)?SUM\(\s*(\w+\.)?quantity/i,
          /AVG\(\s*(\w+\.)?list_price\s*\)/i,
          sqlGroupBy('category'),
          THIS_QUARTER_SQL,
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  // SQL: freight airline's maintenance IT (terse chat)
  {
    id: 'b60-sql-cargo-line-maintenance-never-logged-in',
    question: 'app db: users in Line Maintenance dept that never logged in, w/ role + when created',
    expect: {
      sql: {
        table: 'users',
        has: [
          sqlIs('department', 'Line Maintenance'),
          /last_login_at\s+IS\s+NULL/i,
          sqlShows('role'),
          sqlShows('created_at'),
        ],
      },
    },
  },
  {
    id: 'b60-sql-cargo-login-failed-per-ip-20plus-24h',
    question: 'app db events: login_failed per ip lst 24h, only ips w/ 20+',
    expect: {
      sql: {
        table: 'events',
        has: [
          sqlIs('event_type', 'login_failed'),
          sqlGroupBy('ip_address'),
          sqlCountAbove(19),
          sqlLast('occurred_at', '24 hours?|1 days?', 1),
        ],
      },
    },
  },
  // SQL: fire and rescue service's ICT security officer (formal)
  {
    id: 'b60-sql-fire-invoiced-per-currency-prev-month-not-cancelled',
    question:
      "Please provide, for the Service's commercial training arm, the total amount invoiced in each currency during the previous calendar month, excluding cancelled invoices.",
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          sqlGroupBy('currency'),
          sqlPrevMonthStart('issued_at'),
          sqlPrevMonthEnd('issued_at'),
          NOT_CANCELLED_SQL,
        ],
      },
    },
  },
  {
    id: 'b60-sql-fire-top10-customers-order-value-nov1-15',
    question:
      'Please list the ten customers with the highest combined order value between 1 and 15 November 2026, together with their country.',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          DESC_SQL,
          topSql(10),
          sqlFrom('created_at', NOV_1),
          sqlUntil('created_at', NOV_15),
          /\bcountry\b/i,
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },

  // Two platforms
  {
    id: 'b60-multi-cargo-ioc-ip-defender-firewall-5d',
    question: `ioc ${IOC_IP} - anything of ours connect to it lst 5d? check defender + the splunk fw data`,
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          new RegExp(`RemoteIP\\s*(==|=~|in\\s*\\(|has)\\s*["']${dots(IOC_IP)}["']`),
          kqlShows('DeviceName'),
          kqlLast('5d|120h'),
        ],
      },
      spl: {
        table: 'Network_Traffic',
        has: [
          new RegExp(`dest(_ip)?\\s*(=|IN\\s*\\()\\s*"?${dots(IOC_IP)}`, 'i'),
          splShows('src_ip|src'),
          splLast('5d|120h'),
        ],
      },
    },
  },
  {
    id: 'b60-multi-fire-4724-penhallow-daily-month',
    question:
      'Please establish, in both Sentinel and Splunk, on which days this month an attempt was made to reset the password of the account d.penhallow (event 4724), with the number of attempts on each day.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4724), /penhallow/i, COUNT_KQL, DAILY_KQL, THIS_MONTH_KQL],
      },
      spl: {
        table: 'wineventlog',
        has: [splEvent(4724), /penhallow/i, COUNT_SPL, DAILY_SPL, THIS_MONTH_SPL],
      },
    },
  },
  {
    id: 'b60-multi-mill-trevaskis-signins-and-app-events-3d',
    question: `Can you pull ${TREVASKIS.replace(/\\/g, '')}'s sign-ins from Sentinel for the last 3 days, and what her account did in our app database (the events table) over the same 3 days?`,
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [kqlIs('UserPrincipalName', TREVASKIS), kqlLast('3d|72h|4320m')],
      },
      sql: {
        table: 'events',
        has: [sqlIs('email', TREVASKIS), sqlLast('occurred_at', '3 days?|72 hours', 3)],
      },
    },
  },
  {
    id: 'b60-multi-cargo-meshagent-defender-sysmon-first-seen-30d',
    question: 'meshagent.exe running anywhere? defender + splunk sysmon lst 30d, hosts + first seen',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/meshagent/i, kqlShows('DeviceName'), FIRST_SEEN_KQL, kqlLast('30d|720h')],
      },
      spl: {
        table: 'sysmon',
        has: [/meshagent/i, splShows('host|Computer'), FIRST_SEEN_SPL, splLast('30d|720h|1mon')],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b60-multi-fire-azure-role-assignments-aws-policy-attach-since-nov23',
    question:
      'Please list every role assignment written in the Azure activity log in Sentinel, and every AttachUserPolicy or AttachRolePolicy call in AWS CloudTrail, since 23 November 2026, with the identity that made each change.',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [/roleAssignments/i, kqlShows('Caller'), kqlSince(NOV_23)],
      },
      spl: {
        table: 'aws',
        has: [/AttachUserPolicy/, /AttachRolePolicy/, splShows('userIdentity.arn'), splSince(NOV_23)],
      },
    },
  },

  // Clarification: nothing to act on
  {
    id: 'b60-clarify-cargo-same-as-yday-nightshift',
    question: 'same as yday for the nightshift pls, thx',
    clarification: true,
  },
  {
    id: 'b60-clarify-fire-station-manager-concern',
    question:
      'I should be grateful if you would look into the concern the station manager raised and let me know the outcome.',
    clarification: true,
  },
];

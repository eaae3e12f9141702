import type { JourneyCase } from './journey-cases';
import {
  LAST_MONTH_END,
  kqlLast,
  DAY1_KQL,
  kqlSince,
  THIS_WEEK_KQL,
  COUNT_KQL,
  kqlEvent,
  kqlShows,
  kqlIs,
  kqlPrefix,
  splLast,
  DAY1_SPL,
  TODAY_SPL,
  splSince,
  splEvent,
  WINDOWS_SECURITY_IDS_SPL,
  splShows,
  COUNT_SPL,
  splTop,
  splAbove,
  sqlInterval,
  sqlLast,
  sqlThis,
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
  sqlToday,
  kqlBy,
  splBy,
  sqlGroupBy,
  splIs,
} from './journey-patterns';
import { LAST_MONTH_START, MONDAY, MONTH_START, SUNDAY, iso, kqlDate, splDate } from './journey-dates';

/**
 * The "blind54" journey-quality set, written blind on 2026-11-28 (15:08–15:16 UTC). I did not read the query
 * builders (apps/mock-data/src/query/**), the constraint extractor or routing code (libs/planner-core),
 * planner-llm, the planner app, the git history of any of them, any failure list, or another blind author's work
 * in progress, and I did not run the planner on any question: the first run is the lead's. (I did glance at the
 * first 80 lines of query/testing/spl-checker.ts, the SPL structure check the journeys use, to see which commands
 * it accepts; nothing of a builder.)
 * I read: TEAM.md and BLIND.md, the `JourneyCase` / `QueryCheck` types in journey-cases.ts, journey-dates.ts,
 * journey-checkers.ts, run-journeys.ts (to register the set), the mesh's schemas (kql/spl/sql.json), blind52's file
 * as the format example (its window and shape helpers are reused here; its questions and values are not) and the
 * question lines of the other blind sets (to avoid their personas and questions).
 * Personas (new):
 * - a law firm's IT manager (Ravensworth & Pike LLP, ravensworthpike.com; formal full sentences): sign-ins blocked
 *   by Conditional Access, a partner's SharePoint files over an explicit range, Azure operations in a resource
 *   group last month, 4740 lockouts today, O365 sharing links, CloudTrail calls from outside the office egress
 *   addresses, Authentication data model failures yesterday, IT budget remainder, idle Litigation accounts,
 *   overdue EUR invoices, event 1102 in both SIEMs, an associate's file downloads in both;
 * - an e-commerce marketplace's fraud analyst (Tradewell Bazaar; ordinary): staff signing in from 3+ countries,
 *   risky Seller Portal sign-ins, 403s on checkout, Azure AD sign-in failures per IP, POSTs to the login API,
 *   customers with several big orders, brand-new big USD spenders, chargebacks per country, payout-detail changes
 *   from many IPs, average order value per currency per day, top Electronics products, Seller Portal sign-ins vs
 *   orders per day;
 * - a municipal government's SOC analyst on night shift (City of Eastbrook, EB-* hosts; terse chat): bitsadmin
 *   /transfer, connections to 9001/9030, an MD5, password resets, 4688 on EB-PAY*, sysmon DNS from a clerk PC,
 *   4720 + 4732, mshta from Outlook, inbound RDP from outside 10/8, admin app users created today, a 4625 spike on
 *   the VPN box in both SIEMs, svchost outside system32 in Defender and sysmon.
 * Styles: about a third formal full sentences, a third ordinary, a third terse chat. No question names a query
 * language; a question names its store whenever the schemas hold that data in more than one place.
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform (3 KQL + SPL on Windows / O365 data, 1 Defender + sysmon,
 * 1 KQL + SQL), 2 clarification cases (38).
 * Values: UPNs, IPs (203.0.113.10/11), a CIDR (10.0.0.0/8), ports (9001, 9030, 3389), an MD5, hosts and a prefix
 * (EB-CLERK-114, EB-VPN01, EB-PAY*), event IDs (4740, 4688, 4720, 4732, 4625, 1102), process names (bitsadmin,
 * mshta, outlook, svchost.exe), an Entra app (Seller Portal), risk levels, Conditional Access status, a resource
 * group, O365 operations (SharingInvitationCreated, AnonymousLinkCreated, FileDownloaded), HTTP statuses and
 * methods, URL paths, an event type (payout_details_changed), an order status (chargeback), currencies (USD, EUR),
 * a category (Electronics), departments (IT, Litigation), a role (admin), a fiscal year.
 * Shapes: counts, distinct counts (countries, IPs), sums, averages, a difference of sums, thresholds after
 * aggregation (> 2, >= 3, > 20, > 2000), top N (5, 10, 20), hourly and daily buckets, group by X (and Y), ordering,
 * columns to show, negations (outside the egress addresses, non-10.x sources, outside system32, unpaid).
 * Windows: last N (30m, 90m, 1h, 3h, 6h, 8h, 10h, 12h, 24h, 2d, 3d, 7d, 14d, 30d, 45d), today / since midnight,
 * yesterday (both ends), since Monday, this week, this month, the previous calendar month (both ends), since an
 * explicit date (1 Nov 2026), an explicit range (16–20 Nov 2026), and conditions that are not windows (past the
 * due date, not logged in for 45 days, fiscal year 2026).
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

// Extra windows and shapes of this set
/** The previous calendar month (KQL): start and end. */
const PREV_MONTH_START_KQL = new RegExp(
  `startofmonth\\(\\s*(now\\(\\)\\s*,\\s*-1|datetime_add\\(\\s*["']month["']\\s*,\\s*-1\\s*,\\s*now\\(\\)\\s*\\)|ago\\(\\s*\\d+d\\s*\\))\\s*\\)|${kqlDate(LAST_MONTH_START)}`,
);
const PREV_MONTH_END_KQL = new RegExp(
  `(<|\\.\\.)\\s*(startofmonth\\(\\s*now\\(\\)\\s*\\)|${kqlDate(MONTH_START)})|endofmonth\\(\\s*(now\\(\\)\\s*,\\s*-1|datetime_add\\(\\s*["']month["']\\s*,\\s*-1)|(<=?|\\.\\.)\\s*datetime\\(\\s*["']?${iso(LAST_MONTH_END)}[T ]23`,
);
/** This month (SPL). */
const THIS_MONTH_SPL = new RegExp(`earliest\\s*=\\s*"?(@mon|@month|-0mon@mon|${splDate(MONTH_START)})`);
/** A daily bucket (KQL / SQL). */
const DAILY_KQL = /bin\(\s*(TimeGenerated|Timestamp)\s*,\s*(1d|24h)\s*\)|startofday\(\s*(TimeGenerated|Timestamp)\s*\)/;
const daily_sql = (column: string) =>
  new RegExp(
    `date_trunc\\(\\s*'day'\\s*,\\s*(\\w+\\.)?${column}|(\\w+\\.)?${column}\\s*::\\s*date|date\\(\\s*(\\w+\\.)?${column}\\s*\\)|CAST\\(\\s*(\\w+\\.)?${column}\\s+AS\\s+DATE|to_char\\(\\s*(\\w+\\.)?${column}\\s*,\\s*'YYYY-MM-DD'`,
    'i',
  );
/** Since the start of this week on a column (SQL): Monday, or date_trunc('week'). */
const THIS_WEEK_CUSTOMER_SQL = sqlThis('created_at', 'week', MONDAY, SUNDAY);
/** A KQL value list containing both values (either order). */
const kqlBoth = (column: string, a: string, b: string) =>
  new RegExp(
    `${column}\\s*in~?\\s*\\([^)]*(${a}[^)]*${b}|${b}[^)]*${a})|${column}\\s*(==|=~)\\s*["']?${a}[^|]*\\bor\\b[^|]*${column}\\s*(==|=~)\\s*["']?${b}|${column}\\s*(==|=~)\\s*["']?${b}[^|]*\\bor\\b[^|]*${column}\\s*(==|=~)\\s*["']?${a}`,
    'i',
  );
/** An SPL value list containing both values (either order). */
const splBoth = (field: string, a: string, b: string) =>
  new RegExp(
    `${field}\\s*IN\\s*\\([^)]*(${a}[^)]*${b}|${b}[^)]*${a})|${field}\\s*=\\s*"?${a}"?\\s+OR\\s+${field}\\s*=\\s*"?${b}|${field}\\s*=\\s*"?${b}"?\\s+OR\\s+${field}\\s*=\\s*"?${a}|\\(${field}\\s*=\\s*"?${a}"?\\s+OR\\s+${field}\\s*=\\s*"?${b}`,
    'i',
  );

/** Explicit days the questions name. */
const NOV_1 = new Date(Date.UTC(2026, 10, 1));
const NOV_16 = new Date(Date.UTC(2026, 10, 16));

/** An MD5 the city's SOC got from a state fusion-centre bulletin. */
const BULLETIN_MD5 = 'c4e8a01f7b3d92e56a1f0c8b7d24e9f3';

export const BLIND54_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: law firm's IT manager (formal)
  {
    id: 'b54-kql-law-ca-blocked-user-app-ip-7d',
    question:
      'Please list the sign-ins recorded in Sentinel over the past seven days that were blocked by Conditional Access, showing the user, the application and the IP address for each.',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /ConditionalAccessStatus\s*(==|=~|has|contains|in~?\s*\([^)]*?)\s*["']failure["']|ResultType\s*(==|in\s*\([^)]*?)\s*["']?53003\b/i,
          kqlShows('UserPrincipalName|UserDisplayName|UserId'),
          kqlShows('AppDisplayName'),
          kqlShows('IPAddress'),
          kqlLast('7d|168h|1w'),
        ],
      },
    },
  },
  {
    id: 'b54-kql-law-pike-sharepoint-nov16-20',
    question:
      'Could you show me the SharePoint files that h.pike@ravensworthpike.com accessed between 16 November and 20 November 2026, according to the Office 365 activity in Sentinel?',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [
          kqlIs('UserId', 'h\\.pike@ravensworthpike\\.com'),
          /SharePoint/i,
          kqlShows('SourceFileName|OfficeObjectId'),
          kqlSince(NOV_16),
          new RegExp(
            `(<=?|\\.\\.)\\s*(datetime\\(\\s*["']?2026-11-(20|21)|endofday\\(\\s*${kqlDate(new Date(Date.UTC(2026, 10, 20)))})`,
          ),
        ],
      },
    },
  },
  {
    id: 'b54-kql-law-docmgmt-rg-ops-by-caller-last-month',
    question:
      'I would like a count of the Azure operations performed in the resource group rg-docmgmt-prod during the previous calendar month, broken down by caller.',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          kqlIs('ResourceGroup', 'rg-docmgmt-prod'),
          COUNT_KQL,
          kqlBy('Caller'),
          PREV_MONTH_START_KQL,
          PREV_MONTH_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b54-kql-law-4740-by-account-today',
    question:
      'Please tell me which accounts have been locked out today, according to the domain controller security events in Sentinel, and how many times each.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4740), COUNT_KQL, kqlBy('TargetUserName|Account|TargetAccount'), TODAY_KQL],
      },
    },
  },
  // KQL: marketplace fraud analyst (ordinary)
  {
    id: 'b54-kql-fraud-staff-over-2-countries-3d',
    question:
      'which of our staff accounts signed in from more than 2 different countries in the last 3 days? check Sentinel',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /dcount\(\s*Location\s*\)|count_distinct\(\s*Location\s*\)|make_set\(\s*Location\s*\)/,
          kqlBy('UserPrincipalName|UserDisplayName|UserId'),
          /\|\s*where\s+[^|]*(>\s*2|>=\s*3|array_length\([^)]*\)\s*(>\s*2|>=\s*3))\b/,
          kqlLast('3d|72h'),
        ],
      },
    },
  },
  {
    id: 'b54-kql-fraud-seller-portal-medium-high-risk-week',
    question: 'Any medium or high risk sign-ins to the Seller Portal app since Monday? Looking at Sentinel.',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('AppDisplayName', 'Seller Portal'),
          kqlBoth('RiskLevelDuringSignIn', 'medium', 'high'),
          THIS_WEEK_KQL,
        ],
      },
    },
  },
  // KQL: municipal SOC, night shift (terse)
  {
    id: 'b54-kql-soc-bitsadmin-transfer-6h',
    question: 'defender: bitsadmin /transfer last 6h, device + cmdline',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/bitsadmin/i, /transfer/i, kqlShows('DeviceName'), kqlShows('ProcessCommandLine'), kqlLast('6h|360m')],
      },
    },
  },
  {
    id: 'b54-kql-soc-9001-9030-by-proc-today',
    question: 'defender net conns to 9001/9030 since midnight, by proc',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /RemotePort\s*in\s*\([^)]*(9001[^)]*9030|9030[^)]*9001)|RemotePort\s*==\s*9001[^|]*\bor\b[^|]*RemotePort\s*==\s*9030/,
          COUNT_KQL,
          kqlBy('InitiatingProcessFileName'),
          TODAY_KQL,
        ],
      },
    },
  },
  {
    id: 'b54-kql-soc-md5-bulletin-14d',
    question: `md5 ${BULLETIN_MD5} on any box? defender, 14d`,
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [new RegExp(BULLETIN_MD5, 'i'), kqlLast('14d|336h|2w')],
      },
    },
  },
  {
    id: 'b54-kql-soc-pwd-resets-who-8h',
    question: 'sentinel auditlogs: pwd resets last 8h + who did them',
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [/reset[^|]*password|password[^|]*reset/i, kqlShows('InitiatedBy'), kqlLast('8h|480m')],
      },
    },
  },
  {
    id: 'b54-kql-soc-4688-eb-pay-top5-90m',
    question: 'sentinel 4688 on EB-PAY* last 90m, top 5 procs',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4688),
          kqlPrefix('Computer', 'EB-PAY'),
          COUNT_KQL,
          kqlBy('Process|NewProcessName|CommandLine'),
          kqlTop(5),
          kqlLast('90m|1\\.5h'),
        ],
      },
    },
  },

  // SPL: law firm IT manager (formal)
  {
    id: 'b54-spl-law-o365-sharing-links-month',
    question:
      'Please list the SharingInvitationCreated and AnonymousLinkCreated operations in the Microsoft 365 audit data held in Splunk for this month, with the user and the object concerned.',
    expect: {
      spl: {
        table: 'o365',
        has: [
          /SharingInvitationCreated/,
          /AnonymousLinkCreated/,
          splShows('UserId'),
          splShows('ObjectId'),
          THIS_MONTH_SPL,
        ],
      },
    },
  },
  {
    id: 'b54-spl-law-cloudtrail-outside-egress-by-arn-24h',
    question:
      'Please provide the number of CloudTrail API calls made from addresses other than our two office egress addresses, 203.0.113.10 and 203.0.113.11, during the last 24 hours, broken down by IAM identity.',
    expect: {
      spl: {
        table: 'aws',
        has: [
          /(NOT\s+sourceIPAddress\s*(=|IN\s*\()|sourceIPAddress\s*!=)\s*"?203\.0\.113\.1[01]|NOT\s*\(\s*sourceIPAddress\s*(=|IN\s*\()\s*"?203\.0\.113\.1[01]|where\s+NOT\s+[^|]*sourceIPAddress/i,
          /203\.0\.113\.10/,
          /203\.0\.113\.11/,
          COUNT_SPL,
          splBy('userIdentity.arn'),
          DAY1_SPL,
        ],
      },
    },
  },
  {
    id: 'b54-spl-law-auth-failures-by-app-dest-yesterday',
    question:
      'Using the Authentication data model, please show the failed authentications of yesterday, grouped by application and by destination.',
    expect: {
      spl: {
        table: 'Authentication',
        has: [
          /action\s*(=|IN\s*\()\s*"?fail/i,
          COUNT_SPL,
          splBy('(Authentication\\.)?app'),
          /\bby\s+[^|]*\b(Authentication\.)?dest\b/,
          YESTERDAY_START_SPL,
          YESTERDAY_END_SPL,
        ],
      },
    },
  },
  // SPL: marketplace fraud analyst (ordinary)
  {
    id: 'b54-spl-fraud-checkout-403-top10-src-2d',
    question: 'top 10 source IPs getting 403s on the /checkout pages in our web logs, last 2 days',
    expect: {
      spl: {
        table: 'Web',
        has: [/status\s*(=|IN\s*\()\s*"?403\b/, /checkout/i, /\bsrc\b/, splTop(10), splLast('2d|48h')],
      },
    },
  },
  {
    id: 'b54-spl-fraud-azure-ip-over-20-fails-12h',
    question: "in Splunk's Azure AD sign-in data, which IPs had more than 20 failed sign-ins over the last 12 hours?",
    expect: {
      spl: {
        table: 'azure',
        has: [
          /properties\.status\.errorCode\s*(!=\s*"?0|>\s*"?0|=\s*"?\*?[1-9])|NOT\s+properties\.status\.errorCode\s*=\s*"?0/,
          COUNT_SPL,
          splBy('properties.ipAddress'),
          splAbove(20),
          splLast('12h|720m'),
        ],
      },
    },
  },
  {
    id: 'b54-spl-fraud-post-api-login-hourly-today',
    question: 'can I get an hourly count of POST requests to /api/login from the web data today?',
    expect: {
      spl: {
        table: 'Web',
        has: [/http_method\s*(=|IN\s*\()\s*"?POST/i, /api\/login/i, HOURLY_SPL, TODAY_SPL],
      },
    },
  },
  // SPL: municipal SOC (terse)
  {
    id: 'b54-spl-soc-sysmon-dns-eb-clerk-top20-3h',
    question: 'sysmon dns from EB-CLERK-114, last 3h, top 20 QueryName',
    expect: {
      spl: {
        table: 'sysmon',
        has: [/EB-CLERK-114/i, /QueryName/, splTop(20), splLast('3h|180m')],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b54-spl-soc-4720-4732-by-user-host-10h',
    question: 'splunk wineventlog 4720 + 4732 last 10h, by user + host',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [splBoth('EventCode', '4720', '4732'), splBy('user'), /\bby\s+[^|]*\b(host|dest)\b/, splLast('10h|600m')],
      },
    },
  },
  {
    id: 'b54-spl-soc-sysmon-mshta-from-outlook-24h',
    question: 'sysmon: mshta spawned by outlook, 24h',
    expect: {
      spl: {
        table: 'sysmon',
        has: [/mshta/i, /ParentImage\s*=\s*"?\*?[^|]*outlook/i, DAY1_SPL],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b54-spl-soc-rdp-inbound-non-10-by-src-1h',
    question: 'net traffic dm: 3389 from non-10.x srcs, last 1h, count by src_ip',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /dest_port\s*(=|IN\s*\()\s*"?3389\b/,
          /NOT\s*\(?\s*(All_Traffic\.)?src_ip\s*=\s*"?10\.|(All_Traffic\.)?src_ip\s*!=\s*"?10\.|NOT\s+cidrmatch\(\s*"10\.0\.0\.0\/8"/i,
          COUNT_SPL,
          splBy('(All_Traffic\\.)?src_ip'),
          splLast('1h|60m'),
        ],
      },
    },
  },

  // SQL: marketplace fraud analyst (ordinary)
  {
    id: 'b54-sql-fraud-3-plus-big-orders-24h',
    question: 'which customers placed 3 or more orders over 1000 each in the last 24 hours?',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /total\s*>\s*1000\b/i,
          /HAVING\s+COUNT\([^)]*\)\s*(>=\s*3|>\s*2)\b/i,
          sqlLast('created_at', '24 hours?|1 days?|1 day'),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b54-sql-fraud-new-this-week-usd-over-2000',
    question: 'new customers who signed up this week and already have USD orders totalling more than 2,000',
    expect: {
      sql: {
        table: 'customers',
        has: [
          THIS_WEEK_CUSTOMER_SQL,
          sqlIs('currency', 'USD'),
          /HAVING\s+SUM\(\s*(\w+\.)?total\s*\)\s*(>\s*2000|>=\s*2000\.01)\b/i,
        ],
      },
    },
  },
  {
    id: 'b54-sql-fraud-chargebacks-by-country-last-month',
    question: "how many orders ended up with status 'chargeback' per country last month, and what were they worth?",
    expect: {
      sql: {
        table: 'orders',
        has: [
          sqlIs('status', 'chargeback'),
          /COUNT\(/i,
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          sqlGroupBy('country'),
          sqlPrevMonthStart('created_at'),
          sqlPrevMonthEnd('created_at'),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b54-sql-fraud-payout-changes-over-2-ips-7d',
    question:
      "which app users had 'payout_details_changed' events from more than 2 different IP addresses in the past week?",
    expect: {
      sql: {
        table: 'events',
        has: [
          sqlIs('event_type', 'payout_details_changed'),
          /HAVING\s+COUNT\(\s*DISTINCT\s+(\w+\.)?ip_address\s*\)\s*(>\s*2|>=\s*3)\b/i,
          sqlGroupBy('user_id|email|display_name'),
          new RegExp(
            `${sqlLast('occurred_at', '7 days?|1 weeks?', 7).source}|${sqlThis('occurred_at', 'week', MONDAY, SUNDAY).source}`,
            'i',
          ),
        ],
      },
    },
  },
  {
    id: 'b54-sql-fraud-avg-order-per-currency-daily-14d',
    question: 'average order value per currency, day by day, for the past 14 days',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /AVG\(\s*(\w+\.)?total\s*\)/i,
          sqlGroupBy('currency'),
          daily_sql('created_at'),
          sqlLast('created_at', '14 days?|2 weeks?', 14),
        ],
      },
    },
  },
  {
    id: 'b54-sql-fraud-top5-electronics-qty-month',
    question: 'top 5 products in the Electronics category by units sold this month',
    expect: {
      sql: {
        table: 'order_items',
        has: [
          sqlIs('category', 'Electronics'),
          /SUM\(\s*(\w+\.)?quantity\s*\)/i,
          sqlThis('created_at', 'month', MONTH_START),
          DESC_SQL,
          topSql(5),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  // SQL: law firm IT manager (formal)
  {
    id: 'b54-sql-law-it-remaining-budget-fy2026',
    question:
      'Please show the remaining budget, that is the budget amount minus the amount spent, for each category of the IT department in fiscal year 2026, with the largest remainder first.',
    expect: {
      sql: {
        table: 'budget',
        has: [
          sqlIs('department', 'IT'),
          /fiscal_year\s*=\s*2026\b/i,
          /SUM\(\s*(\w+\.)?amount\s*\)\s*-\s*SUM\(\s*(\w+\.)?spent\s*\)|SUM\(\s*(\w+\.)?amount\s*-\s*(\w+\.)?spent\s*\)/i,
          sqlGroupBy('category'),
          DESC_SQL,
        ],
      },
    },
  },
  {
    id: 'b54-sql-law-litigation-idle-45d',
    question:
      'Could you list the active accounts in the Litigation department that have not logged in during the last 45 days, with their e-mail address and last login time?',
    expect: {
      sql: {
        table: 'users',
        has: [
          sqlIs('department', 'Litigation'),
          /\bactive\s*(=\s*(true|'t'|1)\b|IS\s+TRUE)|WHERE\s+(\w+\.)?active\b|AND\s+(\w+\.)?active\b/i,
          new RegExp(
            `last_login_at\\s*<=?\\s*\\(?\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?-\\s*${sqlInterval('45 days?', 45)}`,
            'i',
          ),
          sqlShows('email'),
          sqlShows('last_login_at'),
        ],
        not: [/last_login_at\s*>=?\s*\(?\s*(now\(\)|CURRENT_DATE|current_timestamp)\s*-/i],
      },
    },
  },
  {
    id: 'b54-sql-law-overdue-eur-count-sum',
    question:
      'Please give me the number and the total amount of EUR invoices that are past their due date and still unpaid.',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          sqlIs('currency', 'EUR'),
          /due_date\s*<\s*\(?\s*(CURRENT_DATE|now\(\)|current_timestamp|localtimestamp)/i,
          UNPAID_SQL,
          /COUNT\(/i,
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
        ],
      },
    },
  },
  // SQL: municipal SOC (terse)
  {
    id: 'b54-sql-soc-admin-users-created-today',
    question: 'app db: users w/ role admin created today?',
    expect: {
      sql: {
        table: 'users',
        has: [sqlIs('role', 'admin'), sqlToday('created_at')],
      },
    },
  },

  // Two platforms
  {
    id: 'b54-multi-soc-4625-eb-vpn01-both-30m',
    question: '4625 spike on EB-VPN01?? sentinel + splunk, last 30m, by src ip',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4625), kqlIs('Computer', 'EB-VPN01(\\.[\\w.-]*)?'), kqlBy('IpAddress'), kqlLast('30m|0\\.5h')],
      },
      spl: {
        table: 'wineventlog',
        has: [splEvent(4625), /EB-VPN01/i, splBy('src|src_ip|Source_Network_Address'), splLast('30m|0\\.5h')],
      },
    },
  },
  {
    id: 'b54-multi-soc-svchost-outside-system32-24h',
    question: 'svchost.exe running outside system32 - defender + sysmon, 24h, host + path',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /svchost\.exe/i,
          /FolderPath\s*(!has|!contains|!startswith|!endswith|!~|!=|!in~?)\s*[^|]*system32|not\(\s*FolderPath\s*(has|contains|startswith|endswith|=~|==|matches)[^|]*system32/i,
          kqlShows('DeviceName'),
          kqlShows('FolderPath'),
          DAY1_KQL,
        ],
      },
      spl: {
        table: 'sysmon',
        has: [
          /svchost\.exe/i,
          /NOT\s+Image\s*=\s*"?[^|]*system32|Image\s*!=\s*"?[^|]*system32|NOT\s+(like|match)\(\s*Image\s*,[^|]*system32/i,
          splShows('host'),
          splShows('Image'),
          DAY1_SPL,
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b54-multi-law-1102-both-30d',
    question:
      'Please check both Sentinel and Splunk for Windows event 1102, the security log being cleared, over the past 30 days, and list the computer concerned each time.',
    expect: {
      kql: { table: 'SecurityEvent', has: [kqlEvent(1102), kqlShows('Computer'), kqlLast('30d|720h')] },
      spl: {
        table: 'wineventlog',
        has: [splEvent(1102), splShows('host|dest|Computer'), splLast('30d|720h|1mon')],
      },
    },
  },
  {
    id: 'b54-multi-law-achterberg-downloads-since-nov1',
    question:
      'For r.achterberg@ravensworthpike.com, please retrieve the OneDrive and SharePoint file downloads recorded since 1 November 2026, from both Sentinel and Splunk.',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [kqlIs('UserId', 'r\\.achterberg@ravensworthpike\\.com'), /FileDownloaded/, kqlSince(NOV_1)],
      },
      spl: {
        table: 'o365',
        has: [splIs('UserId', 'r\\.achterberg@ravensworthpike\\.com'), /FileDownloaded/, splSince(NOV_1)],
      },
    },
  },
  {
    id: 'b54-multi-fraud-seller-portal-signins-vs-orders-daily-14d',
    question:
      'I want to line up two things per day over the last 14 days: sign-ins to the Seller Portal app in Sentinel, and the number of orders in our shop database.',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [kqlIs('AppDisplayName', 'Seller Portal'), COUNT_KQL, DAILY_KQL, kqlLast('14d|336h|2w')],
      },
      sql: {
        table: 'orders',
        has: [/COUNT\(/i, daily_sql('created_at'), sqlLast('created_at', '14 days?|2 weeks?', 14)],
      },
    },
  },

  // Clarification: nothing to act on
  { id: 'b54-clarify-same-again-other-one', question: 'ok same again but the other one', clarification: true },
  {
    id: 'b54-clarify-good-evening-question',
    question: 'Good evening, I have a question for you.',
    clarification: true,
  },
];

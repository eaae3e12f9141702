import type { JourneyCase } from './journey-cases';
import {
  LAST_MONTH_END,
  kqlLast,
  kqlSince,
  TODAY_KQL,
  THIS_WEEK_KQL,
  YESTERDAY_START_KQL,
  YESTERDAY_END_KQL,
  COUNT_KQL,
  kqlEvent,
  kqlShows,
  kqlIs,
  kqlPrefix,
  kqlAbove,
  kqlTop,
  kqlBy,
  DAILY_KQL,
  splLast,
  DAY1_SPL,
  TODAY_SPL,
  THIS_MONTH_SPL,
  YESTERDAY_START_SPL,
  YESTERDAY_END_SPL,
  splSince,
  splEvent,
  splShows,
  COUNT_SPL,
  splTop,
  splAbove,
  splBy,
  splIs,
  WINDOWS_SECURITY_IDS_SPL,
  sqlNow,
  sqlInterval,
  sqlLast,
  sqlThis,
  sqlDayOf,
  sqlPrevMonthStart,
  sqlPrevMonthEnd,
  sqlToday,
  topSql,
  sqlIs,
  sqlShows,
  sqlGroupBy,
  NOT_CUSTOMER_DATE_SQL,
  UNPAID_SQL,
  DESC_SQL,
  dots,
} from './journey-patterns';
import { DAY_MS, MONTH_START, TODAY, YEAR_START, YESTERDAY, iso, kqlDate, splDate, usDate } from './journey-dates';

/**
 * The "blind65" journey-quality set, written blind on 2026-11-29 (04:11–05:20 UTC). I did not read the query
 * builders (apps/mock-data/src/query/** apart from the bundled-schemas module), the constraint extractor or routing
 * code (libs/planner-core), planner-llm, the planner app, the git history of any of them, any journey failure list,
 * or another blind author's work in progress (blind63, blind64), and I did not run the planner, the mesh or
 * eval:journeys on any question: the first run is the lead's.
 * I read: TEAM.md and BLIND.md, the `JourneyCase` / `QueryCheck` types in journey-cases.ts, journey-dates.ts,
 * journey-patterns.ts (the shared window and shape patterns imported above), journey-checkers.ts, run-journeys.ts
 * (to register the set), the mesh's schemas (apps/mock-data/schemas/kql.json, spl.json, sql.json, which
 * bundled-schemas loads), blind55's file as the format example (its previous-calendar-month KQL patterns are
 * rebuilt here; its questions, personas and values are not reused) and the persona lines and a few question lines
 * of the other blind sets (to avoid their organisations and clarification wordings).
 * The set leans on the ways real users are sloppy: words pointing back inside the message ("those", "them", "he",
 * "the same period"), two asks in one message, corrections mid-sentence ("no wait, make that …", "sorry, I meant
 * …", where the check rejects the value the user took back), numbers written as words ("forty-eight", "top
 * five", "more than fifteen"), and relative dates ("since Tuesday", "the day before yesterday", "the last
 * fortnight", "since midnight", "last month", "so far this year").
 * Personas (new, organisations invented):
 * - a payments start-up's SRE (Zephyrpay, zephyrpay.io, ZP-* hosts; terse chat with abbreviations and typos, AWS
 *   and Defender heavy): curl/wget on API boxes, a user's failed sign-ins with a corrected window, top sign-in
 *   countries since Tuesday, group additions in the Entra audit log, CloudTrail AccessDenied the day before
 *   yesterday, O365 logins from one IP, encoded PowerShell in Sysmon (corrected window), RunInstances per region
 *   and user, overdue invoices per currency, stuck pending orders, app password resets, a user's sign-in IPs in
 *   two stores, 4625 on the VPN box in two stores;
 * - a ski-resort group's IT and commerce manager (Glenmorrow Resorts, glenmorrow.ski, LIFT-* hosts; ordinary
 *   sentences): Azure changes in a resource group, daily sign-ins and failures, RDP outside the corporate /16,
 *   external sharing in O365, blocked firewall ports, 404 pages on the ticket site, failed logons per user on a
 *   server with a word threshold, CHF takings last month, unsold rental products since 1 November, average order
 *   value with a corrected grouping, new Swiss/Austrian customers and their spend, top lift-pass products, lockouts
 *   in two stores, one IP in the app database and the Splunk firewall data;
 * - a satellite ground-station operator's security officer (Hvalfjord Ground Stations, GS-* hosts; formal
 *   write-up sentences): a service account's processes on two hosts in a date range, Kerberos pre-authentication
 *   failures per source with a word threshold, scheduled tasks last calendar month, 4728 since a date, Run-key
 *   registry changes, .top DNS look-ups in Sysmon, budget overspend per month, dormant active users per role, a
 *   hash in Defender and Sysmon.
 * Styles: about a third formal full sentences, a third ordinary, a third terse chat. No question names a query
 * language; a question names its store (Sentinel, Defender, Splunk, Sysmon, "Splunk's Azure AD logs", the
 * firewall data in Splunk, "the app database") whenever the schemas hold that data in more than one store;
 * AzureActivity, CloudTrail, the Web and registry data and the business tables are asked for without one.
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform (4 KQL + SPL, 1 SPL + SQL), 2 clarification
 * cases (38).
 * Values: UPNs (dana.okafor@zephyrpay.io, jdoe@zephyrpay.io, maria.lund@glenmorrow.ski), a service account
 * (svc_telemetry), hosts and prefixes (ZP-API-*, ZP-*, ZP-VPN-01, LIFT-SRV-03, GS-KIR-01, GS-KIR-02, GS-*), IPs
 * (91.203.14.77, 45.155.205.19), a CIDR (10.40.0.0/16), a port (3389), a SHA-256, event IDs (4771, 4698, 4740,
 * 4625, 4728, Sysmon 22), process names (curl.exe, wget.exe, powershell.exe -enc), a TLD (.top), a web host, HTTP
 * 404, a resource group, Azure delete/write operations, an audit activity, CloudTrail event names and error codes
 * (AccessDenied, RunInstances), O365 operations, registry Run keys, firewall actions, currencies (CHF, per
 * currency), countries (Switzerland, Austria), categories (Rentals, Lift Passes), an event type (password_reset),
 * a fiscal year (2026), roles, statuses (pending, unpaid/overdue).
 * Shapes: counts, countif next to a total, sums (of a column and of quantity × price), an average, an overspend
 * (difference), top N (5, 10), thresholds after aggregation (> 5, > 15), daily buckets, group by X (and Y),
 * ordering (oldest first, biggest first), columns to show, negations / absences (outside a CIDR, never sold since,
 * not logged in since, not paid).
 * Windows: last N hours/days (8h with 6h taken back, 12h, 24h, 48h, 3d, 4d with 2d taken back, 7d, 14d / a
 * fortnight, 30d, 90 days, three months), today / since midnight, yesterday (both ends), the day before yesterday
 * (both ends), since Tuesday, this week, this month, so far this year, the previous calendar month (both ends),
 * "last month" (calendar or 30 days both accepted), since explicit dates (3 Nov, 1 Nov, 1 Oct 2026), an explicit
 * range (18–22 Nov 2026), a fiscal year, and conditions that are not windows (overdue by more than 30 days,
 * pending for more than 48 hours).
 * Checks accept every spelling I could think of for the same condition and reject only queries that do not answer
 * the question. Before committing I checked every case against queries I wrote by hand (one per platform of each
 * case; a scratch script, not committed, calling the real checkers from journey-checkers.ts): every `has` matched,
 * no `not` did, and the Kusto analyser, the SPL check and PostgreSQL reported no problem. Not run on the planner.
 */

/** All of the given patterns, in any order, as one pattern (for "either this window or that one" checks). */
const allOf = (...patterns: readonly RegExp[]) =>
  new RegExp(`^${patterns.map((p) => `(?=[\\s\\S]*?(${p.source}))`).join('')}`, 'i');
/** Either of two patterns. */
const either = (...patterns: readonly RegExp[]) => new RegExp(patterns.map((p) => `(${p.source})`).join('|'), 'i');

/** Explicit and relative days the questions name. */
const NOV_3 = new Date(Date.UTC(2026, 10, 3));
const NOV_18 = new Date(Date.UTC(2026, 10, 18));
const NOV_22 = new Date(Date.UTC(2026, 10, 22));
const OCT_1 = new Date(Date.UTC(2026, 9, 1));
/** The most recent 1 November on or before today ("since 1 November"). */
const LAST_NOV_1 = new Date(
  Date.UTC(TODAY.getUTCMonth() >= 10 ? TODAY.getUTCFullYear() : TODAY.getUTCFullYear() - 1, 10, 1),
);
/** The most recent Tuesday on or before today ("since Tuesday"), and how many days back it is. */
const DAYS_SINCE_TUESDAY = (TODAY.getUTCDay() + 5) % 7;
const TUESDAY = new Date(TODAY.getTime() - DAYS_SINCE_TUESDAY * DAY_MS);
/** The day before yesterday. */
const DAY_BEFORE_YESTERDAY = new Date(YESTERDAY.getTime() - DAY_MS);

// KQL windows
/** The previous calendar month (KQL): start and end. */
const LAST_MONTH_START_KQL = new RegExp(
  [
    `startofmonth\\(\\s*(now\\(\\)\\s*,\\s*-1|datetime_add\\(\\s*["']?month["']?\\s*,\\s*-1\\s*,\\s*now\\(\\)\\s*\\)|ago\\(\\s*\\d+d\\s*\\))\\s*\\)`,
    `startofmonth\\(\\s*startofmonth\\(\\s*now\\(\\)\\s*\\)\\s*-\\s*1d\\s*\\)`,
    kqlDate(new Date(Date.UTC(MONTH_START.getUTCFullYear(), MONTH_START.getUTCMonth() - 1, 1))),
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
/** Since the start of a day N days back (KQL): `startofday(ago(5d))` or the literal day. */
const kqlSinceDaysBack = (date: Date, days: number) =>
  new RegExp(
    `startofday\\(\\s*(ago\\(\\s*${days}d\\s*\\)|now\\(\\)\\s*-\\s*${days}d)\\s*\\)|startofday\\(\\s*now\\(\\)\\s*\\)\\s*-\\s*${days}d|${kqlSince(date).source}`,
  );
/** A window end: before the day after, or up to the last day (KQL). */
const kqlUntil = (lastDay: Date) =>
  new RegExp(
    `(<|\\.\\.)\\s*${kqlDate(new Date(lastDay.getTime() + DAY_MS))}|(<=?|\\.\\.)\\s*datetime\\(\\s*["']?${iso(lastDay)}[T ]23:59|(<=?|\\.\\.)\\s*endofday\\(\\s*${kqlDate(lastDay)}`,
  );

// SPL windows
/** The day before yesterday (SPL), both ends. */
const DBY_START_SPL = new RegExp(`earliest\\s*=\\s*"?(-2d@d|-48h@d|${splDate(DAY_BEFORE_YESTERDAY)})`);
const DBY_END_SPL = new RegExp(
  `latest\\s*=\\s*"?(-1d@d|-24h@d|${splDate(YESTERDAY)}|${usDate(DAY_BEFORE_YESTERDAY)}:23:59|${iso(DAY_BEFORE_YESTERDAY)}T23:59)`,
);
/** A Sysmon query must not use Windows Security event IDs (this set adds 4740 and 4771 to the shared list). */
const NOT_SECURITY_IDS_SPL = /EventCode\s*=\s*"?(4740|4771|4728)\b/;

// SQL windows
/** "last month" read either way: the previous calendar month (both ends), or the last 30 days / 1 month. */
const sqlLastMonthEitherWay = (column: string) =>
  either(allOf(sqlPrevMonthStart(column), sqlPrevMonthEnd(column)), sqlLast(column, '30 days|1 months?|1 mon', 30));

/** Values. */
const SHA = '7d2e91c4b0a35f8e6c1d9a2b4e07f3c5a81b6d9e2f4c0a7b3e5d1f8c6a9b2e4d';
const O365_IP = '91.203.14.77';
const APP_IP = '45.155.205.19';

export const BLIND65_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: payments start-up SRE (terse chat)
  {
    id: 'b65-kql-zp-curl-wget-api-boxes-3d',
    question:
      'defender - any curl.exe or wget runs on the ZP-API-* boxes in the last three days? devicename + cmdline pls',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /curl/i,
          /wget/i,
          kqlPrefix('DeviceName', 'ZP-API-'),
          kqlShows('DeviceName'),
          kqlShows('ProcessCommandLine'),
          kqlLast('3d|72h|4320m'),
        ],
      },
    },
  },
  {
    id: 'b65-kql-zp-dana-failed-signins-by-app-4d',
    question:
      'sentinel signins for dana.okafor@zephyrpay.io past 2 days, no wait make it 4 - only the failed ones, count by app',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('UserPrincipalName', 'dana\\.okafor@zephyrpay\\.io'),
          /ResultType\s*(!=|!in|!~|<>)|ResultType\s*(==|in\s*\()\s*["']?[1-9]/,
          COUNT_KQL,
          kqlBy('AppDisplayName'),
          kqlLast('4d|96h|5760m'),
        ],
        not: [kqlLast('2d|48h|2880m')],
      },
    },
  },
  {
    id: 'b65-kql-zp-top5-signin-countries-since-tuesday',
    question: 'top five countries ppl signed in from since tuesday (sentinel)',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [COUNT_KQL, kqlBy('Location'), kqlTop(5), kqlSinceDaysBack(TUESDAY, DAYS_SINCE_TUESDAY)],
      },
    },
  },
  {
    id: 'b65-kql-zp-group-member-adds-today',
    question: 'sentinel entra audit log: who added ppl to groups today? and how many did each of them add',
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [/add\s*member\s*to\s*group|member[^|]*group/i, /InitiatedBy/, COUNT_KQL, /\bby\b/, TODAY_KQL],
      },
    },
  },
  // KQL: ski-resort IT manager (ordinary)
  {
    id: 'b65-kql-glen-rg-lift-ops-changes-yesterday',
    question: 'Which resources in the rg-lift-ops resource group were deleted or changed yesterday, and who did it?',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          kqlIs('ResourceGroup', 'rg-lift-ops'),
          /delete/i,
          /write/i,
          kqlShows('Caller'),
          kqlShows('_ResourceId|OperationNameValue'),
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b65-kql-glen-daily-signins-and-failures-fortnight',
    question:
      'How many sign-ins did we have in Sentinel each day over the last fortnight, and how many of those failed?',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          DAILY_KQL,
          COUNT_KQL,
          /countif\([^)]*ResultType|sumif\([^)]*ResultType|(sum|count)\w*\(\s*iff?\([^)]*ResultType|\bby\s+[^|]*\bResultType\b/,
          kqlLast('14d|336h|2w'),
        ],
      },
    },
  },
  {
    id: 'b65-kql-glen-rdp-outside-corp-cidr-week',
    question:
      'Which devices in Defender connected to port 3389 on anything outside our 10.40.0.0/16 network over the past week?',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /RemotePort\s*(==|in\s*\()\s*3389\b/,
          /(not\s*\(\s*ipv4_is_in(_any)?_range\(\s*RemoteIP\s*,\s*["']10\.40\.0\.0\/16|ipv4_is_in(_any)?_range\(\s*RemoteIP\s*,\s*["']10\.40\.0\.0\/16["']\s*\)\s*(==\s*false|!=\s*true)|RemoteIP\s*!(startswith|hasprefix)\s*["']10\.40\.)/,
          kqlShows('DeviceName'),
          kqlLast('7d|168h|1w'),
        ],
      },
    },
  },
  {
    id: 'b65-kql-glen-maria-external-sharing-week',
    question:
      "Can you pull maria.lund@glenmorrow.ski's sharing activity from the Office 365 logs in Sentinel this week? I want the file names and which sites they were on.",
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [
          kqlIs('UserId', 'maria\\.lund@glenmorrow\\.ski'),
          /Operation\s*(has|contains|startswith|=~|==|matches\s+regex|(in~?|has_any)\s*\()[^|]*(Shar|AnonymousLink)/i,
          kqlShows('SourceFileName|OfficeObjectId'),
          kqlShows('Site_Url'),
          THIS_WEEK_KQL,
        ],
      },
    },
  },
  // KQL: ground-station security officer (formal)
  {
    id: 'b65-kql-hvf-svc-telemetry-processes-nov18-22',
    question:
      'Please list all processes launched by the account svc_telemetry on the ground-station hosts GS-KIR-01 and GS-KIR-02, as recorded by Defender, between 18 and 22 November 2026, with the command line of each.',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /AccountName\s*(==|=~|has|contains|in~?\s*\()[^|]*svc_telemetry/i,
          /GS-KIR-01/i,
          /GS-KIR-02/i,
          kqlShows('ProcessCommandLine'),
          kqlSince(NOV_18),
          kqlUntil(NOV_22),
        ],
      },
    },
  },
  {
    id: 'b65-kql-hvf-4771-per-source-over-fifteen-48h',
    question:
      'Please report from Sentinel the number of Kerberos pre-authentication failures (event 4771) per source IP address during the last forty-eight hours, showing only the addresses with more than fifteen failures.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4771), COUNT_KQL, kqlBy('IpAddress'), kqlAbove(15), kqlLast('48h|2d|2880m')],
      },
    },
  },
  {
    id: 'b65-kql-hvf-4698-gs-hosts-prev-month',
    question:
      'Please identify, from Sentinel, every scheduled task created (event 4698) on hosts whose names begin with GS- during the previous calendar month, and state the account responsible for each.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4698),
          kqlPrefix('Computer', 'GS-'),
          kqlShows('SubjectUserName|Account'),
          LAST_MONTH_START_KQL,
          LAST_MONTH_END_KQL,
        ],
      },
    },
  },

  // SPL: payments start-up SRE (terse chat)
  {
    id: 'b65-spl-zp-cloudtrail-accessdenied-day-before-yesterday',
    question: 'cloudtrail AccessDenied errors the day before yesterday - count by user arn and eventName',
    expect: {
      spl: {
        table: 'aws',
        has: [/AccessDenied/, COUNT_SPL, splBy('userIdentity.arn'), splBy('eventName'), DBY_START_SPL, DBY_END_SPL],
      },
    },
  },
  {
    id: 'b65-spl-zp-o365-logins-from-ip-12h',
    question: `splunk o365: which users logged in from ${O365_IP} in the last twelve hrs`,
    expect: {
      spl: {
        table: 'o365',
        has: [new RegExp(dots(O365_IP)), /UserLogged|Login/i, splShows('UserId'), splLast('12h|720m')],
      },
    },
  },
  {
    id: 'b65-spl-zp-sysmon-encoded-powershell-8h',
    question: 'sysmon: powershell w/ -enc in the cmdline on ZP-* hosts, last 6h, no wait 8h. host + user + cmdline',
    expect: {
      spl: {
        table: 'sysmon',
        has: [
          /powershell/i,
          /-enc/i,
          /ZP-/i,
          splShows('host'),
          splShows('User'),
          splShows('CommandLine'),
          splLast('8h|480m'),
        ],
        not: [splLast('6h|360m'), WINDOWS_SECURITY_IDS_SPL, NOT_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b65-spl-zp-runinstances-region-user-yesterday',
    question: 'who launched ec2 instances yday? RunInstances count per region + per user arn',
    expect: {
      spl: {
        table: 'aws',
        has: [
          /RunInstances/,
          COUNT_SPL,
          splBy('awsRegion'),
          splBy('userIdentity.arn'),
          YESTERDAY_START_SPL,
          YESTERDAY_END_SPL,
        ],
      },
    },
  },
  // SPL: ski-resort IT manager (ordinary)
  {
    id: 'b65-spl-glen-top10-blocked-ports-day',
    question:
      'In the firewall data in Splunk, what were the top ten destination ports that got blocked over the last day?',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [/action\s*(=|IN\s*\()\s*"?(block|blocked|deny|denied|drop|dropped)/i, /dest_port/, splTop(10), DAY1_SPL],
      },
    },
  },
  {
    id: 'b65-spl-glen-ticket-site-404-top5-month',
    question: 'Which pages on tickets.glenmorrow.ski threw the most 404s this month? Just the top five, please.',
    expect: {
      spl: {
        table: 'Web',
        has: [/tickets\.glenmorrow\.ski/i, /status\s*(=|IN\s*\()\s*"?404\b/i, /\burl\b/, splTop(5), THIS_MONTH_SPL],
      },
    },
  },
  {
    id: 'b65-spl-glen-failed-logons-lift-srv-03-over-five-yesterday',
    question:
      'In Splunk, how many failed Windows logons did each user have on LIFT-SRV-03 yesterday? Only show the ones with more than five.',
    expect: {
      spl: {
        has: [
          /EventCode\s*(=|IN\s*\()\s*"?4625\b|action\s*=\s*"?fail/i,
          /LIFT-SRV-03/i,
          COUNT_SPL,
          splBy('user|Account_Name|TargetUserName'),
          splAbove(5),
          YESTERDAY_START_SPL,
          YESTERDAY_END_SPL,
        ],
      },
    },
  },
  // SPL: ground-station security officer (formal)
  {
    id: 'b65-spl-hvf-4728-since-nov3',
    question:
      "Please enumerate, from Splunk's Windows event logs, every member added to a security-enabled global group (event 4728) since 3 November 2026, including the account added and the host on which the change was made.",
    expect: {
      spl: {
        table: 'wineventlog',
        has: [splEvent(4728), splShows('user'), splShows('host|dest'), splSince(NOV_3)],
      },
    },
  },
  {
    id: 'b65-spl-hvf-run-keys-per-host-30d',
    question:
      'Please provide the number of modifications to the Run and RunOnce autostart registry keys, per endpoint, over the last thirty days.',
    expect: {
      spl: {
        table: 'Endpoint.Registry',
        has: [/\\\\?Run\b|RunOnce|CurrentVersion\\{1,2}Run/i, COUNT_SPL, splBy('dest|host'), splLast('30d|720h|1mon')],
      },
    },
  },
  {
    id: 'b65-spl-hvf-sysmon-dns-top-tld-24h',
    question:
      'Please report, from the Sysmon data in Splunk, the DNS queries (event 22) for domains ending in .top made during the past twenty-four hours, summarised by host and queried name.',
    expect: {
      spl: {
        table: 'sysmon',
        has: [
          /EventCode\s*(=|IN\s*\()\s*"?22\b/,
          /\*\.top\b|%\.top\b|\.top\$|endswith\([^)]*\.top/i,
          COUNT_SPL,
          splBy('host'),
          splBy('QueryName'),
          DAY1_SPL,
        ],
        not: [WINDOWS_SECURITY_IDS_SPL, NOT_SECURITY_IDS_SPL],
      },
    },
  },

  // SQL: ski-resort commerce manager (ordinary)
  {
    id: 'b65-sql-glen-chf-takings-last-month',
    question: 'How much did we take in CHF orders last month, and how many orders was that?',
    expect: {
      sql: {
        table: 'orders',
        has: [sqlIs('currency', 'CHF'), /SUM\(\s*(\w+\.)?total\s*\)/i, /COUNT\(/i, sqlLastMonthEitherWay('created_at')],
      },
    },
  },
  {
    id: 'b65-sql-glen-unsold-rentals-since-nov1',
    question: "Which products in the Rentals category haven't sold a single unit since 1 November?",
    expect: {
      sql: {
        table: 'products',
        has: [
          sqlIs('category', 'Rentals'),
          /NOT\s+EXISTS|NOT\s+IN\s*\(\s*SELECT|LEFT\s+JOIN[^;]*IS\s+NULL|HAVING\s+[^;]*(COUNT\([^)]*\)|SUM\([^)]*\))\s*=\s*0|COALESCE\(\s*SUM\([^)]*\)\s*,\s*0\s*\)\s*=\s*0/i,
          /order_items/i,
          new RegExp(iso(LAST_NOV_1)),
        ],
      },
    },
  },
  {
    id: 'b65-sql-glen-aov-by-country-corrected-ytd',
    question: "What's our average order value by segment - no wait, sorry, by country - so far this year?",
    expect: {
      sql: {
        table: 'orders',
        has: [/AVG\(\s*(\w+\.)?total\s*\)/i, sqlGroupBy('country'), sqlThis('created_at', 'year', YEAR_START)],
        not: [sqlGroupBy('segment'), NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b65-sql-glen-new-ch-at-customers-spend-90d',
    question:
      "List the customers from Switzerland or Austria who signed up in the last ninety days, and what they've spent with us so far.",
    expect: {
      sql: {
        table: 'customers',
        has: [
          /'(Switzerland|CH)'/i,
          /'(Austria|AT)'/i,
          sqlLast('created_at', '90 days|3 months', 90),
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          /\bname\b|email/i,
        ],
      },
    },
  },
  {
    id: 'b65-sql-glen-top5-lift-pass-revenue-3mo',
    question: 'What were our five best-selling Lift Passes products by revenue over the past three months?',
    expect: {
      sql: {
        table: 'order_items',
        has: [
          sqlIs('category', 'Lift Passes'),
          /SUM\(\s*[^;]*quantity\s*\*\s*(\w+\.)?unit_price|SUM\(\s*[^;]*unit_price\s*\*\s*(\w+\.)?quantity/i,
          DESC_SQL,
          topSql(5),
          either(
            sqlLast('created_at', '3 months?|90 days|3 mons?', 90),
            new RegExp(
              `created_at\\s*>=?\\s*\\(?\\s*date_trunc\\(\\s*'month'\\s*,\\s*${sqlNow}\\s*\\)\\s*-\\s*${sqlInterval('[23] months?')}`,
              'i',
            ),
          ),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  // SQL: payments start-up finance ops (terse chat)
  {
    id: 'b65-sql-zp-overdue-30d-per-currency',
    question: 'invoices overdue by more than thirty days - total owed per currency',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          UNPAID_SQL,
          new RegExp(
            `due_date\\s*<=?\\s*\\(?\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?-\\s*(${sqlInterval('30 days', 30)}|30\\b)|${sqlNow}\\s*(::\\s*\\w+\\s*)?-\\s*(\\w+\\.)?due_date\\s*(>\\s*(${sqlInterval('30 days')}|30\\b)|>=\\s*(${sqlInterval('31 days')}|31\\b))|due_date\\s*\\+\\s*(${sqlInterval('30 days')}|30\\b)\\s*<\\s*${sqlNow}`,
            'i',
          ),
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          sqlGroupBy('currency'),
        ],
      },
    },
  },
  {
    id: 'b65-sql-zp-pending-over-48h-oldest-first',
    question: 'orders stuck in pending for more than 48h, oldest first, w/ cust email + total',
    expect: {
      sql: {
        table: 'orders',
        has: [
          sqlIs('status', 'pending'),
          new RegExp(
            `created_at\\s*<=?\\s*\\(?\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?-\\s*${sqlInterval('48 hours|2 days')}|${sqlNow}\\s*-\\s*(\\w+\\.)?created_at\\s*>=?\\s*${sqlInterval('48 hours|2 days')}`,
            'i',
          ),
          /ORDER\s+BY\s+(\w+\.)?created_at(\s+ASC)?\s*(,|;|\)|LIMIT|$)|ORDER\s+BY\s+[^;]*(age|waiting|pending_for|hours)\w*\s+DESC/i,
          /email/i,
          sqlShows('total'),
        ],
      },
    },
  },
  {
    id: 'b65-sql-zp-password-resets-daily-by-dept-2wk',
    question: 'app db - password_reset events per day for the past two weeks + which depts they came from',
    expect: {
      sql: {
        table: 'events',
        has: [
          sqlIs('event_type', 'password_reset'),
          new RegExp(`${sqlDayOf('occurred_at')}`, 'i'),
          /department/i,
          sqlLast('occurred_at', '14 days|2 weeks', 14),
        ],
      },
    },
  },
  // SQL: ground-station security officer (formal)
  {
    id: 'b65-sql-hvf-budget-overspend-fy2026',
    question:
      'Please list every department whose spending exceeded its allocated budget in any month of fiscal year 2026, stating the month and the amount of the overspend.',
    expect: {
      sql: {
        table: 'budget',
        has: [
          /fiscal_year\s*=\s*2026\b/i,
          /spent\s*\)?\s*>\s*(SUM\(\s*)?(\w+\.)?amount|amount\s*\)?\s*<\s*(SUM\(\s*)?(\w+\.)?spent/i,
          /spent\s*\)?\s*-\s*(SUM\(\s*)?(\w+\.)?amount/i,
          sqlShows('department'),
          sqlShows('fiscal_month'),
        ],
      },
    },
  },
  {
    id: 'b65-sql-hvf-dormant-active-users-per-role-since-oct1',
    question:
      'Please provide the number of active application users, per role, who have not logged in since 1 October 2026.',
    expect: {
      sql: {
        table: 'users',
        has: [
          /active\s*(=\s*(true|'t(rue)?')|IS\s+TRUE)|(WHERE|AND)\s+(\w+\.)?active\s*(\n|$|GROUP|ORDER|AND\b|\))/i,
          new RegExp(
            `last_login_at\\s*(,[^)]*\\)\\s*)?<\\s*\\(?\\s*(TIMESTAMPTZ\\s*|DATE\\s*|TIMESTAMP\\s*|CAST\\(\\s*)?'${iso(OCT_1)}`,
            'i',
          ),
          /COUNT\(/i,
          sqlGroupBy('role'),
        ],
      },
    },
  },

  // Two platforms
  {
    id: 'b65-multi-zp-jdoe-signin-ips-sentinel-splunk-7d',
    question:
      'jdoe@zephyrpay.io - did he sign in from anywhere weird? check sentinel signins and splunk azure ad logs, last seven days, count by ip',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [kqlIs('UserPrincipalName', 'jdoe@zephyrpay\\.io'), COUNT_KQL, kqlBy('IPAddress'), kqlLast('7d|168h|1w')],
      },
      spl: {
        table: 'azure',
        has: [/jdoe@zephyrpay\.io/i, COUNT_SPL, splBy('properties.ipAddress|ipAddress|src'), splLast('7d|168h|1w')],
      },
    },
  },
  {
    id: 'b65-multi-zp-4625-vpn-since-midnight',
    question: '4625s on ZP-VPN-01 since midnight, sentinel and splunk both - count by source ip',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4625), /ZP-VPN-01/i, COUNT_KQL, kqlBy('IpAddress'), TODAY_KQL],
      },
      spl: {
        table: 'wineventlog',
        has: [splEvent(4625), /ZP-VPN-01/i, COUNT_SPL, splBy('src|Source_Network_Address|src_ip'), TODAY_SPL],
      },
    },
  },
  {
    id: 'b65-multi-glen-lockouts-yesterday-sentinel-splunk',
    question:
      'Did anyone get locked out (4740) yesterday? Check both Sentinel and Splunk and tell me which accounts it was.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4740), kqlShows('TargetUserName|Account'), YESTERDAY_START_KQL, YESTERDAY_END_KQL],
      },
      spl: {
        table: 'wineventlog',
        has: [splEvent(4740), splShows('user'), YESTERDAY_START_SPL, YESTERDAY_END_SPL],
      },
    },
  },
  {
    id: 'b65-multi-glen-ip-app-db-and-firewall-today',
    question: `The address ${APP_IP} keeps showing up. Show me today's events from it in the app database, and any Splunk firewall traffic it sent today too.`,
    expect: {
      sql: {
        table: 'events',
        has: [
          new RegExp(
            `(ip_address\\s*(::\\s*text\\s*)?|host\\(\\s*(\\w+\\.)?ip_address\\s*\\)\\s*)(=|<<=?)\\s*'${dots(APP_IP)}`,
            'i',
          ),
          sqlToday('occurred_at'),
        ],
      },
      spl: {
        table: 'Network_Traffic',
        has: [splIs('src_ip|All_Traffic.src_ip|src', dots(APP_IP)), TODAY_SPL],
      },
    },
  },
  {
    id: 'b65-multi-hvf-sha256-defender-sysmon-fortnight',
    question: `Please determine, in both Defender and the Sysmon data in Splunk, whether any process with SHA-256 ${SHA} ran during the last fortnight, and on which hosts.`,
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          new RegExp(`SHA256\\s*(==|=~|in~?\\s*\\(|has)\\s*["']${SHA}`, 'i'),
          kqlShows('DeviceName'),
          kqlLast('14d|336h|2w'),
        ],
      },
      spl: {
        table: 'sysmon',
        has: [new RegExp(SHA, 'i'), splShows('host'), splLast('14d|336h|2w')],
        not: [WINDOWS_SECURITY_IDS_SPL, NOT_SECURITY_IDS_SPL],
      },
    },
  },

  // Clarification: nothing to act on
  {
    id: 'b65-clarify-steering-group-proceed',
    question:
      "With reference to the matter raised at Thursday's steering group, please proceed on the basis we agreed and let me have the results.",
    clarification: true,
  },
  {
    id: 'b65-clarify-same-for-her-too',
    question: 'ok do the same for her too, like b4 but w/o the extra bits',
    clarification: true,
  },
];

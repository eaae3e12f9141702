import type { JourneyCase } from './journey-cases';
import {
  COUNT_KQL,
  COUNT_SPL,
  DAILY_KQL,
  DAY1_KQL,
  DESC_SQL,
  FAILED_SIGNIN_KQL,
  MONTHLY_SQL,
  NOT_CUSTOMER_DATE_SQL,
  PREV_MONTH_END_SPL,
  PREV_MONTH_START_SPL,
  THIS_MONTH_KQL,
  THIS_MONTH_SPL,
  THIS_WEEK_KQL,
  TODAY_KQL,
  TODAY_SPL,
  UNPAID_SQL,
  WINDOWS_SECURITY_IDS_SPL,
  YESTERDAY_END_KQL,
  YESTERDAY_END_SPL,
  YESTERDAY_START_KQL,
  YESTERDAY_START_SPL,
  dots,
  kqlAbove,
  kqlBy,
  kqlEvent,
  kqlIs,
  kqlLast,
  kqlPrefix,
  kqlShows,
  kqlSince,
  sqlGroupBy,
  sqlInterval,
  sqlIs,
  sqlLast,
  sqlNow,
  sqlShows,
  sqlSince,
  sqlThis,
  splAbove,
  splBy,
  splEvent,
  splLast,
  splShows,
  splSince,
  splTop,
  topSql,
} from './journey-patterns';
import {
  DAY_MS,
  LAST_MONTH_START,
  MONDAY,
  MONTH_START,
  SUNDAY,
  TODAY,
  YEAR,
  YEAR_START,
  iso,
  kqlDate,
  sqlLiteral,
} from './journey-dates';

/**
 * The "blind73" journey-quality set, written blind on 2026-11-29 (10:15–10:40 UTC). I did not read the query
 * builders (apps/mock-data/src/query/**), the constraint extractor or routing code (libs/planner-core),
 * planner-llm, the planner app, the git history of any of them, any failure list, or another blind author's work
 * in progress, and I did not run the planner on any question: the first run is the lead's.
 * I read: TEAM.md and BLIND.md, the `JourneyCase` / `QueryCheck` types in journey-cases.ts, journey-dates.ts,
 * journey-patterns.ts, journey-checkers.ts, run-journeys.ts (to register the set), the mesh's schemas
 * (kql/spl/sql.json, the files the bundled-schemas module loads), blind55's file as the format example (its
 * questions, personas and values are not reused) and the header comments of the other blind sets (to pick
 * organisations none of them used).
 * Focus: questions written by managers and auditors in business terms rather than field names ("staff who could
 * not get in", "machines that talked to that address", "customers who stopped buying", "departments that went
 * over", "accounts that were given administrator rights", "programs that start automatically"), with values and
 * windows given in everyday ways (spelled-out numbers, "since the start of the month", "over the weekend of …",
 * "the last two full weeks", "since Friday", "since yesterday morning", "the last fortnight", "since the 1st").
 * Personas (new, organisations invented):
 * - a regional bus operator's internal auditor (Tarnbrook Buses, tarnbrookbus.co.uk, TBB-* hosts: TBB-DC01/02,
 *   the TBB-PAY01 payroll server, TBB-TKT-* ticket-office PCs, TBB-DEP-* depot PCs; formal full sentences): the
 *   Fleet Scheduler app, administrator rights granted, a flagged address over a weekend, lockouts, ScreenConnect,
 *   payroll-server logon failures, new domain accounts, Run-key changes, failed logons per application, dormant
 *   staff accounts, role changes in the app, mailbox forwarding changes, repeated failures on a DC;
 * - a contract caterer's operations and finance manager (Saltmarsh Catering, saltmarshcatering.com, KIT-* kitchen
 *   tablets; ordinary sentences): the Menu Planner app from abroad, anonymous sharing links, telnet from tablets,
 *   file deletions, head-office upload volumes, 404s on the ordering site, customers who stopped buying,
 *   departments over budget, GBP invoicing per segment, new customers per country, average order value, an admin's
 *   sign-ins and app activity;
 * - a recycling company's managing director (Greencoil Recycling, the Weighbridge Portal app, rg-weighbridge; terse
 *   chat with abbreviations and typos): USB-drive programs, VMs switched off or deleted, repeated sign-in failures
 *   today, new AWS access keys, a /24 from sysmon, many IPs per user, top GBP customers, long-overdue invoices,
 *   unsold products, a flagged IP in Defender and Sysmon, failed Weighbridge Portal sign-ins in both stores.
 * Styles: about a third formal full sentences, a third ordinary, a third terse chat. No question names a query
 * language; a question names its store (Sentinel, Defender, Splunk, Sysmon, "the firewall data in Splunk",
 * "Splunk's Office 365 logs") whenever the schemas hold that data in more than one store; AzureActivity,
 * CloudTrail, the Web, Registry and Authentication data and the business tables are asked for without a store name
 * (the Authentication data model is named, as it is a Splunk notion).
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform (3 KQL + SPL twice with the same data, 1 Sentinel + Splunk for
 * Office 365, 1 KQL + SQL), 2 clarification cases (38).
 * Values: UPNs, apps (Fleet Scheduler, Menu Planner, Weighbridge Portal), hosts and prefixes (TBB-DC01, TBB-DC02,
 * TBB-PAY01, TBB-TKT-*, TBB-DEP-*, KIT-*), IPs (91.214.124.17, 45.155.205.233), CIDRs (194.26.29.0/24,
 * 10.40.0.0/16), a port spelled out (twenty-three), event IDs (4740, 4625, 4720), process names (ScreenConnect), a
 * drive letter, a resource group, a web host and a status (404), CloudTrail CreateAccessKey, O365 operations
 * (AnonymousLinkCreated, FileDeleted, Set-Mailbox), a registry key (Run), currencies (GBP), a country (UK) as a
 * negation, thresholds (three or more, more than five, more than ten), order statuses, event types.
 * Shapes: counts, distinct counts, sums, averages, a difference, top N (5, 10), daily and monthly buckets, group by,
 * thresholds after aggregation, ordering, columns to show, negations / absences (stopped buying, never sold, not
 * logged in, outside the UK, leaving out statuses).
 * Windows: last N hours/days (6h, 12h, 24h, 48h, 72h, 5d, 7d, 14d, 30d, 90 days), today, yesterday, since yesterday
 * morning, since Friday, this week, since the start of the month / the 1st, this year, the previous calendar month,
 * the last two full weeks, an explicit weekend (21–22 Nov 2026), since explicit dates (1 Sep, 1 Oct, 20 Nov 2026),
 * the first half of the year against "since July", and conditions that are not windows (overdue by thirty days,
 * active accounts, over budget).
 * Checks accept every spelling I could think of for the same condition and reject only queries that do not answer
 * the question. Before committing I checked every case against queries I wrote by hand (one per platform of each
 * case; a scratch script, not committed, calling the real checkers from journey-checkers.ts): every `has` matched,
 * no `not` did, and the Kusto analyser, the SPL check and PostgreSQL reported no problem. Not run on the planner.
 */

/** Explicit days the questions name. */
const SEP_1 = new Date(Date.UTC(2026, 8, 1));
const OCT_1 = new Date(Date.UTC(2026, 9, 1));
const NOV_20 = new Date(Date.UTC(2026, 10, 20));
const NOV_21 = new Date(Date.UTC(2026, 10, 21));
const NOV_22 = new Date(Date.UTC(2026, 10, 22));
const NOV_23 = new Date(Date.UTC(2026, 10, 23));

/** The most recent Friday on or before today, and how many days back it is. */
const FRIDAY_BACK = (TODAY.getUTCDay() + 2) % 7;
const FRIDAY = new Date(TODAY.getTime() - FRIDAY_BACK * DAY_MS);
const kqlSinceFriday = new RegExp(
  `${kqlSince(FRIDAY).source}|startofday\\(\\s*(ago\\(\\s*${FRIDAY_BACK}d\\s*\\)|now\\(\\)\\s*-\\s*${FRIDAY_BACK}d)\\s*\\)|startofday\\(\\s*now\\(\\)\\s*\\)\\s*-\\s*${FRIDAY_BACK}d`,
);

/** The last two full weeks: Sunday- or Monday-based, either end. */
const TWO_WEEKS_BACK = [new Date(SUNDAY.getTime() - 14 * DAY_MS), new Date(MONDAY.getTime() - 14 * DAY_MS)];
const TWO_FULL_WEEKS_START_KQL = new RegExp(
  [
    `startofweek\\(\\s*now\\(\\)\\s*\\)\\s*-\\s*(14d|336h|2\\s*\\*\\s*7d)`,
    `startofweek\\(\\s*(ago\\(\\s*(14d|336h)\\s*\\)|now\\(\\)\\s*-\\s*(14d|336h)|now\\(\\)\\s*,\\s*-2)\\s*\\)`,
    ...TWO_WEEKS_BACK.map(kqlDate),
  ].join('|'),
);
const TWO_FULL_WEEKS_END_KQL = new RegExp(
  `(<|\\.\\.)\\s*(startofweek\\(\\s*now\\(\\)\\s*\\)|${kqlDate(SUNDAY)}|${kqlDate(MONDAY)})|endofweek\\(\\s*(ago\\(\\s*(7d|168h)\\s*\\)|now\\(\\)\\s*,\\s*-1)`,
);
const sqlTwoFullWeeksStart = (column: string) =>
  new RegExp(
    `${column}\\s*(>=|BETWEEN)\\s*\\(?\\s*(date_trunc\\(\\s*'week'\\s*,\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?\\)\\s*-\\s*${sqlInterval('14 days|2 weeks')}|${sqlLiteral}(${TWO_WEEKS_BACK.map(iso).join('|')}))`,
    'i',
  );
const sqlTwoFullWeeksEnd = (column: string) =>
  new RegExp(
    `${column}\\s*<\\s*\\(?\\s*(date_trunc\\(\\s*'week'\\s*,\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?\\)|${sqlLiteral}(${iso(SUNDAY)}|${iso(MONDAY)}))|BETWEEN\\s[^;]*AND\\s*date_trunc\\(\\s*'week'\\s*,\\s*${sqlNow}`,
    'i',
  );

/** The weekend of 21–22 November 2026 (KQL): its end. */
const WEEKEND_END_KQL = new RegExp(
  `(<|\\.\\.)\\s*${kqlDate(NOV_23)}|(<=?|\\.\\.)\\s*datetime\\(\\s*["']?${iso(NOV_22)}[T ]23:59`,
);

/** This calendar year on a column (SQL). */
const sqlThisYear = (column: string) =>
  new RegExp(
    `${sqlThis(column, 'year', YEAR_START).source}|EXTRACT\\(\\s*YEAR\\s+FROM\\s+(\\w+\\.)?(${column})\\s*\\)\\s*=\\s*(${YEAR}|EXTRACT\\(\\s*YEAR\\s+FROM\\s+${sqlNow})|date_part\\(\\s*'year'\\s*,\\s*(\\w+\\.)?(${column})\\s*\\)\\s*=\\s*${YEAR}`,
    'i',
  );

/** A daily bucket (SPL). */
const DAILY_SPL =
  /span\s*=\s*"?(1d|24h|1day)\b|strftime\([^)]*%(Y-%m-%d|F|d)|bin\s+(span\s*=\s*)?_time\s+span\s*=\s*1d/;
/** A failed Entra sign-in in Splunk's azure index. */
const FAILED_SIGNIN_SPL =
  /errorCode"?\s*(!=\s*"?0|>\s*"?0|=\s*"?[1-9])|NOT\s+"?properties\.status\.errorCode"?\s*=\s*"?0/i;
/** "Those that have nothing since": an anti-join or a last date before the cut (SQL). */
const ABSENT_SQL =
  /NOT\s+EXISTS|NOT\s+IN\s*\(\s*SELECT|LEFT\s+JOIN[^;]*IS\s+NULL|HAVING\s+[^;]*(MAX\([^)]*created_at\s*\)\s*<|COUNT\([^)]*\)\s*(FILTER\s*\([^)]*\)\s*)?=\s*0|SUM\([^;]*=\s*0)|\bEXCEPT\b/i;

/** The previous calendar month as a fiscal month (SQL): its number and year. */
const PREV_MONTH_NUMBER = LAST_MONTH_START.getUTCMonth() + 1;
const PREV_MONTH_YEAR = LAST_MONTH_START.getUTCFullYear();
const PREV_FISCAL_MONTH_SQL = new RegExp(
  `fiscal_month\\s*=\\s*\\(?\\s*(${PREV_MONTH_NUMBER}\\b|(EXTRACT\\(\\s*MONTH\\s+FROM|date_part\\(\\s*'month'\\s*,)\\s*\\(?\\s*(date_trunc\\(\\s*'month'\\s*,\\s*)?${sqlNow}\\s*(::\\s*\\w+\\s*)?\\)?\\s*-\\s*${sqlInterval('1 months?')})`,
  'i',
);
const PREV_FISCAL_YEAR_SQL = new RegExp(
  `fiscal_year\\s*=\\s*\\(?\\s*(${PREV_MONTH_YEAR}\\b|(EXTRACT\\(\\s*YEAR\\s+FROM|date_part\\(\\s*'year'\\s*,)\\s*\\(?\\s*(date_trunc\\(\\s*'month'\\s*,\\s*)?${sqlNow}\\s*(::\\s*\\w+\\s*)?\\)?\\s*-\\s*${sqlInterval('1 months?')})`,
  'i',
);

const FLAGGED_IP = '91.214.124.17';
const C2_IP = '45.155.205.233';

export const BLIND73_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: the bus operator's internal auditor (formal)
  {
    id: 'b73-kql-bus-fleet-scheduler-turned-away-month',
    question:
      'Please list the members of staff who could not get into the Fleet Scheduler application since the start of the month, according to Sentinel, and how many times each of them was turned away.',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('AppDisplayName', 'Fleet Scheduler'),
          FAILED_SIGNIN_KQL,
          COUNT_KQL,
          kqlBy('UserPrincipalName|UserDisplayName|UserId'),
          THIS_MONTH_KQL,
        ],
      },
    },
  },
  {
    id: 'b73-kql-bus-machines-talked-to-flagged-ip-weekend',
    question: `Our provider has flagged the address ${FLAGGED_IP}. Please establish, using Defender, which of our machines talked to it over the weekend of 21 and 22 November 2026, and which program on each machine made the connection.`,
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          new RegExp(`RemoteIP\\s*(==|=~|has|contains|(in~?|has_any)\\s*\\([^)]*?)\\s*["']${dots(FLAGGED_IP)}["']`),
          kqlShows('DeviceName'),
          kqlShows('InitiatingProcessFileName|InitiatingProcessCommandLine'),
          kqlSince(NOV_21),
          WEEKEND_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b73-kql-bus-admin-rights-granted-two-full-weeks',
    question:
      "Please report, from Sentinel's directory audit log, which accounts were given administrator rights (added to a role) during the last two full weeks, and who granted them.",
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [
          /(OperationName|ActivityDisplayName)\s*(==|=~|has|contains|startswith|(in~?|has_any)\s*\()[^|]*(member to role|eligible member|role assignment)/i,
          kqlShows('TargetResources'),
          kqlShows('InitiatedBy'),
          TWO_FULL_WEEKS_START_KQL,
          TWO_FULL_WEEKS_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b73-kql-bus-dc02-lockouts-48h',
    question:
      'Please state, from the Windows security events in Sentinel, which accounts were locked out on the domain controller TBB-DC02 in the past forty-eight hours, and how many times each.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4740), /TBB-DC02/i, COUNT_KQL, kqlBy('TargetUserName|Account'), kqlLast('48h|2d|2880m')],
      },
    },
  },
  {
    id: 'b73-kql-bus-screenconnect-depot-30d',
    question:
      'Please determine, using Defender, on which depot computers (the TBB-DEP- machines) the ScreenConnect remote-support program was run in the last thirty days, and how often on each.',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /ScreenConnect/i,
          kqlPrefix('DeviceName', 'TBB-DEP-'),
          COUNT_KQL,
          kqlBy('DeviceName'),
          kqlLast('30d|720h'),
        ],
      },
    },
  },
  // KQL: the caterer's operations manager (ordinary)
  {
    id: 'b73-kql-catering-menu-planner-abroad-daily-week',
    question:
      'In Sentinel, how many different people signed in to the Menu Planner app from outside the UK on each day this week?',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('AppDisplayName', 'Menu Planner'),
          /Location\s*(!=|!~|!in~?\s*\(|!has|!contains)[^|]*["'](GB|UK|United Kingdom)["']|not\s*\(\s*Location\s*(==|=~|in~?\s*\(|has)[^|]*["'](GB|UK|United Kingdom)["']/i,
          /dcount\(\s*(UserPrincipalName|UserId|UserDisplayName)\s*\)/,
          DAILY_KQL,
          THIS_WEEK_KQL,
        ],
      },
    },
  },
  {
    id: 'b73-kql-catering-anonymous-links-month',
    question:
      'Can you pull up, from the Office 365 records in Sentinel, the files people shared with anonymous links since the start of the month, and who shared each one?',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [
          /Operation\s*(==|=~|has|contains|startswith|(in~?|has_any)\s*\()[^|]*AnonymousLink/i,
          kqlShows('UserId'),
          kqlShows('OfficeObjectId|SourceFileName'),
          THIS_MONTH_KQL,
        ],
      },
    },
  },
  {
    id: 'b73-kql-catering-kitchen-tablets-port-23-5d',
    question:
      'Which of our kitchen tablets (names starting KIT-) connected to anything on port twenty-three over the last five days? Defender should have it.',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          kqlPrefix('DeviceName', 'KIT-'),
          /RemotePort\s*(==|in\s*\()\s*23\b/,
          kqlShows('DeviceName'),
          kqlLast('5d|120h'),
        ],
      },
    },
  },
  // KQL: the recycling company's MD (terse chat)
  {
    id: 'b73-kql-recycle-usb-drive-programs-since-fri',
    question: 'defender - which pcs ran anything off the E: drive (usb sticks) since fri? pc name, file n who',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /FolderPath\s*(startswith(_cs)?|hasprefix|has_prefix|=~|matches\s+regex|contains|has|like)\s*[@]?["']\^?E:/i,
          kqlShows('DeviceName'),
          kqlShows('FileName'),
          kqlShows('AccountName'),
          kqlSinceFriday,
        ],
      },
    },
  },
  {
    id: 'b73-kql-recycle-weighbridge-vms-off-deleted-fortnight',
    question: 'who switched off or deleted VMs in rg-weighbridge in the last fortnight?? need who + when',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          kqlIs('ResourceGroup', 'rg-weighbridge'),
          /deallocate|powerOff/i,
          /delete/i,
          kqlShows('Caller'),
          kqlShows('TimeGenerated'),
          kqlLast('14d|336h'),
        ],
      },
    },
  },
  {
    id: 'b73-kql-recycle-cant-get-in-3plus-today',
    question: 'sentinel: ppl who couldnt get in 3 or more times today - who n how many',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [FAILED_SIGNIN_KQL, COUNT_KQL, kqlBy('UserPrincipalName|UserDisplayName|UserId'), kqlAbove(2), TODAY_KQL],
      },
    },
  },

  // SPL: the bus operator's internal auditor (formal)
  {
    id: 'b73-spl-bus-payroll-server-failures-72h',
    question:
      'Please provide, from the Windows security logs held in Splunk, the number of failed attempts to log on to the payroll server TBB-PAY01 for each user account during the last seventy-two hours.',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [
          splEvent(4625),
          /TBB-PAY01/i,
          COUNT_SPL,
          splBy('user|TargetUserName|Account_Name'),
          splLast('72h|3d|4320m'),
        ],
      },
    },
  },
  {
    id: 'b73-spl-bus-new-domain-accounts-prev-month',
    question:
      'Please list the new user accounts that were created on our Windows domain during the previous calendar month, as recorded in Splunk, with the name of each new account and the server that recorded it.',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [splEvent(4720), splShows('user'), splShows('host|dest'), PREV_MONTH_START_SPL, PREV_MONTH_END_SPL],
      },
    },
  },
  {
    id: 'b73-spl-bus-ticket-office-run-keys-since-nov20',
    question:
      'Please enumerate the changes made since 20 November 2026 to the programs that start automatically when someone logs on (the Run registry keys) on the ticket-office machines TBB-TKT-*, giving the machine and the value written.',
    expect: {
      spl: {
        table: 'Endpoint.Registry',
        has: [
          /CurrentVersion\\+Run|\\+Run(Once)?\b|registry_key_name\s*=\s*"?Run(Once)?\b/i,
          /TBB-TKT-/i,
          splShows('dest'),
          splShows('registry_value_data'),
          splSince(NOV_20),
        ],
      },
    },
  },
  {
    id: 'b73-spl-bus-failed-logons-per-app-12h',
    question:
      "Please summarise the failed logons per application over the last twelve hours using Splunk's Authentication data model.",
    expect: {
      spl: {
        table: 'Authentication',
        has: [/action\s*(=|IN\s*\()\s*"?(failure|failed|fail)/i, COUNT_SPL, splBy('app'), splLast('12h|720m')],
      },
    },
  },
  // SPL: the caterer's operations manager (ordinary)
  {
    id: 'b73-spl-catering-top5-file-deleters-fortnight',
    question:
      "In Splunk's Office 365 logs, who deleted the most files over the last fortnight? Just the top five people.",
    expect: {
      spl: {
        table: 'o365',
        has: [/FileDeleted/i, /UserId/, splTop(5), splLast('14d|336h|2w')],
      },
    },
  },
  {
    id: 'b73-spl-catering-head-office-daily-upload-7d',
    question:
      'How much data did each of the head-office machines (the 10.40.0.0/16 range) send out each day over the last week? It should be in the firewall data in Splunk.',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /src(_ip)?\s*=\s*"?10\.40\.(\*|0\.0\/16)|cidrmatch\(\s*"10\.40\.0\.0\/16"/,
          /sum\(\s*"?(All_Traffic\.)?bytes_out/i,
          splBy('src_ip'),
          DAILY_SPL,
          splLast('7d|168h|1w'),
        ],
      },
    },
  },
  {
    id: 'b73-spl-catering-ordering-site-404-top10-today',
    question:
      "Which pages on our online ordering site (order.saltmarshcatering.com) are giving customers 'page not found' errors the most today? Top ten, please.",
    expect: {
      spl: {
        table: 'Web',
        has: [/order\.saltmarshcatering\.com/i, /status\s*(=|IN\s*\()\s*"?404\b/i, /\burl\b/, splTop(10), TODAY_SPL],
      },
    },
  },
  // SPL: the recycling company's MD (terse chat)
  {
    id: 'b73-spl-recycle-new-access-keys-30d',
    question: "aws - who's been making new access keys lst 30 days? arn + how many",
    expect: {
      spl: {
        table: 'aws',
        has: [/CreateAccessKey/, COUNT_SPL, splBy('userIdentity.arn'), splLast('30d|720h|1mon')],
      },
    },
  },
  {
    id: 'b73-spl-recycle-sysmon-cidr-since-yday-morning',
    question: 'sysmon: anything reaching out to 194.26.29.0/24 since yday morning? host + exe',
    expect: {
      spl: {
        table: 'sysmon',
        has: [
          /DestinationIp\s*=\s*"?194\.26\.29\.(0\/24|\*)|cidrmatch\(\s*"194\.26\.29\.0\/24"\s*,\s*DestinationIp/,
          splShows('host'),
          splShows('Image'),
          YESTERDAY_START_SPL,
        ],
        not: [WINDOWS_SECURITY_IDS_SPL, YESTERDAY_END_SPL],
      },
    },
  },
  {
    id: 'b73-spl-recycle-entra-users-many-ips-month',
    question: 'splunk entra signins: any users coming from more than five different ips since the 1st?',
    expect: {
      spl: {
        table: 'azure',
        has: [
          /(dc|distinct_count)\(\s*"?properties\.ipAddress/,
          splBy('properties.userPrincipalName'),
          splAbove(5),
          THIS_MONTH_SPL,
        ],
      },
    },
  },

  // SQL: the caterer's operations and finance manager (ordinary)
  {
    id: 'b73-sql-catering-customers-stopped-buying-since-july',
    question:
      'Which customers stopped buying from us? I mean the ones who ordered in the first half of this year but have not ordered anything since the start of July.',
    expect: {
      sql: {
        table: 'orders',
        has: [
          ABSENT_SQL,
          new RegExp(`${YEAR}-07-01`),
          new RegExp(`${YEAR}-01-01|date_trunc\\(\\s*'year'`, 'i'),
          /\bname\b/i,
        ],
      },
    },
  },
  {
    id: 'b73-sql-catering-departments-over-budget-last-month',
    question: 'Which departments went over their budget last month, and by how much?',
    expect: {
      sql: {
        table: 'budget',
        has: [
          /spent\s*\)?\s*>\s*(SUM\(\s*)?(\w+\.)?amount|amount\s*\)?\s*<\s*(SUM\(\s*)?(\w+\.)?spent|spent\s*\)?\s*-\s*(SUM\(\s*)?(\w+\.)?amount\s*\)?\s*>\s*0/i,
          /spent\s*\)?\s*-\s*(SUM\(\s*)?(\w+\.)?amount/i,
          /\bdepartment\b/i,
          PREV_FISCAL_MONTH_SQL,
          PREV_FISCAL_YEAR_SQL,
        ],
      },
    },
  },
  {
    id: 'b73-sql-catering-gbp-invoiced-per-segment-month',
    question: 'How much have we invoiced in pounds sterling since the start of the month, split by customer segment?',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          sqlIs('currency', 'GBP'),
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          sqlGroupBy('segment'),
          sqlThis('issued_at', 'month', MONTH_START),
        ],
      },
    },
  },
  {
    id: 'b73-sql-catering-new-customers-per-country-two-full-weeks',
    question: 'How many new customers did we sign up in each country during the last two full weeks?',
    expect: {
      sql: {
        table: 'customers',
        has: [/COUNT\(/i, sqlGroupBy('country'), sqlTwoFullWeeksStart('created_at'), sqlTwoFullWeeksEnd('created_at')],
      },
    },
  },
  {
    id: 'b73-sql-catering-aov-monthly-year-no-cancel-refund',
    question:
      'What was our average order value in each month this year, leaving out the orders that were cancelled or refunded?',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /AVG\(\s*(\w+\.)?total\s*\)/i,
          MONTHLY_SQL,
          sqlThisYear('created_at'),
          /status\s*\)?\s+NOT\s+IN\s*\([^)]*'cancell?ed'[^)]*'refunded'|status\s*\)?\s+NOT\s+IN\s*\([^)]*'refunded'[^)]*'cancell?ed'|status\s*\)?\s*(<>|!=)\s*'cancell?ed'[^;]*status\s*\)?\s*(<>|!=)\s*'refunded'|status\s*\)?\s*(<>|!=)\s*'refunded'[^;]*status\s*\)?\s*(<>|!=)\s*'cancell?ed'/i,
        ],
      },
    },
  },
  // SQL: the bus operator's internal auditor (formal)
  {
    id: 'b73-sql-bus-dormant-active-accounts-90d',
    question:
      'Please list the staff accounts that are still active but whose holders have not logged in for more than ninety days, together with each holder’s department.',
    expect: {
      sql: {
        table: 'users',
        has: [
          /active\s*(=\s*(true|'t(rue)?')|IS\s+TRUE)|(WHERE|AND)\s+(\w+\.)?active\s*(\n|$|GROUP|ORDER|AND\b|OR\b|\))/i,
          new RegExp(
            `last_login_at\\s*<=?\\s*\\(?\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?-\\s*${sqlInterval('90 days?|3 months', 90)}`,
            'i',
          ),
          sqlShows('department'),
        ],
        not: [/last_login_at\s*>=?\s*\(?\s*(now\(\)|CURRENT_DATE|current_timestamp)/i],
      },
    },
  },
  {
    id: 'b73-sql-bus-role-changes-since-oct1',
    question:
      "Please list every change to a user's role recorded by our application since 1 October 2026, with the user's email address, the time of the change and the address it came from.",
    expect: {
      sql: {
        table: 'events',
        has: [
          /event_type\s*\)?\s*(=|I?LIKE|IN\s*\()[^;]*role/i,
          /\bemail\b/i,
          sqlShows('occurred_at'),
          sqlShows('ip_address'),
          sqlSince('occurred_at', OCT_1),
        ],
      },
    },
  },
  // SQL: the recycling company's MD (terse chat)
  {
    id: 'b73-sql-recycle-top5-gbp-customers-year',
    question: 'top 5 customers by spend this yr, gbp only - name + total',
    expect: {
      sql: {
        table: 'orders',
        has: [
          sqlIs('currency', 'GBP'),
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          /\bname\b/i,
          DESC_SQL,
          topSql(5),
          sqlThisYear('created_at'),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b73-sql-recycle-unpaid-30-days-past-due-per-customer',
    question: 'who owes us on invoices more than thirty days past due? per customer, biggest first',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          UNPAID_SQL,
          new RegExp(
            `due_date\\s*<\\s*\\(?\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?-\\s*${sqlInterval('30 days?', 30)}|${sqlNow}\\s*(::\\s*\\w+\\s*)?-\\s*(\\w+\\.)?due_date\\s*>\\s*(30\\b|${sqlInterval('30 days?')})|due_date\\s*\\+\\s*(30\\b|${sqlInterval('30 days?')})\\s*<`,
            'i',
          ),
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          sqlGroupBy('customer_id|name'),
          DESC_SQL,
        ],
      },
    },
  },
  {
    id: 'b73-sql-recycle-unsold-active-products-since-sep1',
    question: 'which products havent sold a single unit since sept 1st? active ones only, name + category',
    expect: {
      sql: {
        table: 'products',
        has: [
          ABSENT_SQL,
          new RegExp(iso(SEP_1)),
          /active\s*(=\s*(true|'t(rue)?')|IS\s+TRUE)|(WHERE|AND)\s+(\w+\.)?active\s*(\n|$|GROUP|ORDER|AND\b|\))/i,
          /\bname\b/i,
          sqlShows('category'),
        ],
      },
    },
  },

  // Two platforms
  {
    id: 'b73-multi-bus-dc01-repeated-failures-both-6h',
    question:
      'Please check both Sentinel and Splunk for accounts that failed to log on to TBB-DC01 more than ten times in the last six hours, giving the number of failures per account.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4625),
          /TBB-DC01/i,
          COUNT_KQL,
          kqlBy('TargetUserName|Account'),
          kqlAbove(10),
          kqlLast('6h|360m'),
        ],
      },
      spl: {
        table: 'wineventlog',
        has: [
          splEvent(4625),
          /TBB-DC01/i,
          COUNT_SPL,
          splBy('user|TargetUserName|Account_Name'),
          splAbove(10),
          splLast('6h|360m'),
        ],
      },
    },
  },
  {
    id: 'b73-multi-bus-set-mailbox-forwarding-both-7d',
    question:
      'Please establish, from the Office 365 audit data in both Sentinel and Splunk, who ran Set-Mailbox (for example to forward mail elsewhere) during the last seven days, and against which mailbox.',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [/Set-Mailbox\b/i, kqlShows('UserId'), kqlShows('OfficeObjectId'), kqlLast('7d|168h')],
      },
      spl: {
        table: 'o365',
        has: [/Set-Mailbox\b/i, splShows('UserId'), splShows('ObjectId'), splLast('7d|168h|1w')],
      },
    },
  },
  {
    id: 'b73-multi-catering-ops-lead-signins-and-app-activity-24h',
    question:
      'Our ordering-app admin, ops.lead@saltmarshcatering.com, may have had her account misused. Can you show me her Sentinel sign-ins from the last day, and everything she did in our app database over the same period?',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [kqlIs('UserPrincipalName', 'ops\\.lead@saltmarshcatering\\.com'), DAY1_KQL],
      },
      sql: {
        table: 'events',
        has: [/ops\.lead@saltmarshcatering\.com/i, sqlLast('occurred_at', '24 hours?|1 days?', 1)],
      },
    },
  },
  {
    id: 'b73-multi-recycle-c2-ip-defender-sysmon-2d',
    question: `defender + sysmon: did any box talk to ${C2_IP} in the past 2 days?? need host + process`,
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          new RegExp(`RemoteIP\\s*(==|=~|has|contains|(in~?|has_any)\\s*\\([^)]*?)\\s*["']${dots(C2_IP)}["']`),
          kqlShows('DeviceName'),
          kqlShows('InitiatingProcessFileName|InitiatingProcessCommandLine'),
          kqlLast('2d|48h|2880m'),
        ],
      },
      spl: {
        table: 'sysmon',
        has: [
          new RegExp(`DestinationIp\\s*(=|IN\\s*\\([^)]*?)\\s*"?${dots(C2_IP)}`),
          splShows('host'),
          splShows('Image'),
          splLast('2d|48h|2880m'),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b73-multi-recycle-weighbridge-portal-failed-yday',
    question: 'who couldnt get into Weighbridge Portal ystrday? sentinel + splunk entra logs both pls, per user',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('AppDisplayName', 'Weighbridge Portal'),
          FAILED_SIGNIN_KQL,
          kqlBy('UserPrincipalName|UserDisplayName|UserId'),
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
      spl: {
        table: 'azure',
        has: [
          /Weighbridge Portal/i,
          FAILED_SIGNIN_SPL,
          splBy('properties.userPrincipalName'),
          YESTERDAY_START_SPL,
          YESTERDAY_END_SPL,
        ],
      },
    },
  },

  // Clarification: nothing to act on
  {
    id: 'b73-clarify-auditor-same-basis',
    question: 'Further to my earlier note, please proceed with the review on the same basis as before and report back.',
    clarification: true,
  },
  {
    id: 'b73-clarify-md-other-depot',
    question: 'can u redo the one from tues but for the other depot',
    clarification: true,
  },
];

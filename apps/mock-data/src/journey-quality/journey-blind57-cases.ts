import type { JourneyCase } from './journey-cases';
import {
  COUNT_KQL,
  COUNT_SPL,
  DAY1_KQL,
  DAY1_SPL,
  DESC_SQL,
  FAILED_SIGNIN_KQL,
  HOURLY_KQL,
  QUARTER_START,
  THIS_MONTH_KQL,
  THIS_MONTH_SPL,
  THIS_WEEK_KQL,
  THIS_WEEK_SPL,
  TODAY_KQL,
  TODAY_SPL,
  UNPAID_SQL,
  WEEKLY_SQL,
  YESTERDAY_END_SPL,
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
  kqlTop,
  splAbove,
  splBy,
  splEvent,
  splIs,
  splLast,
  splShows,
  splSince,
  splTop,
  sqlGroupBy,
  sqlIs,
  sqlLast,
  sqlPrevMonthEnd,
  sqlPrevMonthStart,
  sqlShows,
  sqlSince,
  sqlThis,
  sqlUntil,
  topSql,
} from './journey-patterns';
import { YEAR_START } from './journey-dates';

/**
 * The "blind57" journey-quality set, written blind on 2026-11-28 (19:58–20:05 UTC, after the lead's 19:20 deadline). I did
 * not read the query builders (apps/mock-data/src/query/** apart from query/testing/bundled-schemas.ts and the schema
 * JSON), the constraint extractor or routing code (libs/planner-core), planner-llm, the planner app, the git history
 * of any of them, any failure list, or another blind author's work in progress, and I did not run the planner on
 * any question: the first run is the lead's.
 * I read: TEAM.md and BLIND.md, the `JourneyCase` type in journey-cases.ts, journey-dates.ts, journey-patterns.ts,
 * journey-checkers.ts, run-journeys.ts (to register the set), the mesh's schemas (kql/spl/sql.json), blind55's file
 * as the format example (its questions, personas and values are not reused) and the persona lines of other sets.
 * Personas (new, organisations invented):
 * - an e-sports / online gaming company's trust & safety analyst and SRE (Riftline Esports, riftline.gg, RL-GS-*
 *   game servers, RL-STAGE-* stage PCs; terse chat with abbreviations and typos): tournament admin portal sign-ins,
 *   cheat tools on stage PCs, game-server ports, users from many countries, AzureActivity deletes, CloudTrail
 *   AccessDenied, Web 401s on /login, bytes out from a /16, sysmon DNS lookups, Azure AD error 50126;
 * - a pharmaceutical research lab's compliance officer (Halvorsen Biologics, halvorsenbio.com, LAB-* hosts; formal
 *   full sentences): accounts created on DCs, role assignments in Entra audit, hourly 4625 on an ELN server,
 *   encoded PowerShell, a hash sweep, Run-key changes, RDP failures, w3wp children, audit-log clearing;
 * - a toll-road operator's billing analysts (Carrow Bridge & Tollway, carrowtoll.co.uk; ordinary sentences): overdue
 *   invoices per country, GBP invoicing last month, top account holders, days to pay, dormant Fleet customers, order
 *   statuses since a date, big EUR invoices in a range, stale Billing users, weekly disputes, Operations budget.
 * Styles: about a third formal, a third ordinary, a third terse chat. No question names a query language; a question
 * names its store (Sentinel, Defender, Splunk, sysmon, "Splunk's Azure AD data") whenever the schemas hold that data in
 * more than one store; AzureActivity, CloudTrail, Web, Network_Traffic (firewall), registry and business tables are
 * asked for without a store name.
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform (4 KQL + SPL, 1 KQL + SQL), 2 clarification cases (38).
 * Values: UPNs, an app name, hosts and prefixes, event IDs (4720, 4625, 4688, 4740, 1102, 1, 22), logon type 10, a
 * SHA256, an IP, a CIDR (10.40.0.0/16), ports (7777, 443), process names, a domain suffix (.ru), an HTTP status
 * (401), a URL path, CloudTrail errorCode, an AAD error code (50126), O365 operations (FileDeleted, Set-Mailbox),
 * a registry key, currencies (GBP, EUR), an amount (1,000), a segment, departments, an event type, a fiscal year.
 * Shapes: counts, distinct counts, sums, averages, top N (5, 10), hourly / weekly / monthly buckets, thresholds after
 * aggregation, group by, ordering, columns to show, negations / absences (no orders since, not logged in since).
 * Windows: last N hours/days/weeks (4h, 6h, 12h, 24h, 48h, 72h, 3d, 7d, 14d, 30d, 60d, 90d, 8 weeks), today,
 * yesterday (both ends), this week, this month, this quarter, this year, the previous calendar month, since explicit
 * dates (1 Oct, 1 Nov, 20 Nov 2026), an explicit range (2–15 Nov 2026), a fiscal year, "overdue right now".
 * Checks accept every spelling I could think of and reject only queries that do not answer the question. Before
 * committing I checked every case against hand-written queries with the real checkers (scratch script, deleted).
 */

const OCT_1 = new Date(Date.UTC(2026, 9, 1));
const NOV_1 = new Date(Date.UTC(2026, 10, 1));
const NOV_2 = new Date(Date.UTC(2026, 10, 2));
const NOV_15 = new Date(Date.UTC(2026, 10, 15));
const NOV_20 = new Date(Date.UTC(2026, 10, 20));

/** A file hash the lab's threat feed flagged. */
const LAB_HASH = '3f9a1c0e6b2d4a8f9e7c5b1d2a3f4e6c8b9a0d1e2f3a4b5c6d7e8f9a0b1c2d3e';
/** An address the SRE saw in an abuse report. */
const ABUSE_IP = '91.240.118.29';

/** Overdue now (SQL): the due date is before today. */
const OVERDUE_SQL = /due_date\s*<\s*\(?\s*(CURRENT_DATE|now\(\)|current_timestamp)|status\s*(=|IN\s*\()[^)]*'overdue'/i;
/** A sum / average (SQL). */
const SUM_AMOUNT_SQL = /SUM\(\s*(\w+\.)?amount\s*\)/i;

export const BLIND57_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: e-sports trust & safety / SRE (terse chat)
  {
    id: 'b57-kql-esports-tourney-portal-failed-signins-6h',
    question: 'sentinel: failed signins to Tourney Admin Portal lst 6h, by user n ip',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('AppDisplayName', 'Tourney Admin Portal'),
          FAILED_SIGNIN_KQL,
          kqlBy('UserPrincipalName|UserDisplayName|UserId'),
          kqlBy('IPAddress'),
          kqlLast('6h|360m'),
        ],
      },
    },
  },
  {
    id: 'b57-kql-esports-cheatengine-stage-pcs-week',
    question:
      'defender - anything running cheatengine-x86_64.exe on RL-STAGE-* pcs this wk? need device, acct, cmdline',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /cheatengine-x86_64/i,
          kqlPrefix('DeviceName', 'RL-STAGE-'),
          kqlShows('DeviceName'),
          kqlShows('AccountName'),
          kqlShows('ProcessCommandLine'),
          THIS_WEEK_KQL,
        ],
      },
    },
  },
  {
    id: 'b57-kql-esports-gameserver-port-7777-24h',
    question: 'defender net events: inbound/outbound on port 7777 from RL-GS-* last 24h, count per remote ip, top 10',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /(RemotePort|LocalPort)\s*(==|in\s*\()\s*7777\b/,
          kqlPrefix('DeviceName', 'RL-GS-'),
          COUNT_KQL,
          kqlBy('RemoteIP'),
          kqlTop(10),
          DAY1_KQL,
        ],
      },
    },
  },
  {
    id: 'b57-kql-esports-users-many-countries-7d',
    question: 'sentinel, which accts signed in from more than 3 diff countries in the past 7 days',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /dcount\(\s*Location\s*\)/,
          kqlBy('UserPrincipalName|UserId|UserDisplayName'),
          kqlAbove(3),
          kqlLast('7d|168h'),
        ],
      },
    },
  },
  {
    id: 'b57-kql-esports-live-rg-deletes-since-nov20',
    question: 'who deleted resources in rg-esports-live since nov 20? show caller, operation, time',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          kqlIs('ResourceGroup', 'rg-esports-live'),
          /OperationNameValue\s*(has|contains|endswith|=~|==|matches\s+regex|(in~?|has_any)\s*\()[^|]*delete/i,
          kqlShows('Caller'),
          kqlShows('OperationNameValue'),
          kqlShows('TimeGenerated'),
          kqlSince(NOV_20),
        ],
      },
    },
  },
  // KQL: pharma compliance officer (formal)
  {
    id: 'b57-kql-pharma-accounts-created-14d',
    question:
      'Please list every user account created (event 4720) in Sentinel over the last 14 days, together with the account that created it and the computer.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4720),
          kqlShows('TargetUserName'),
          kqlShows('SubjectUserName|Account'),
          kqlShows('Computer'),
          kqlLast('14d|336h'),
        ],
      },
    },
  },
  {
    id: 'b57-kql-pharma-role-assignments-last-month',
    question:
      "In Sentinel's Entra ID audit log, which role assignments ('Add member to role') were made during the previous calendar month, and who initiated them?",
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [
          /(OperationName|ActivityDisplayName)\s*(==|=~|has|contains|startswith|(in~?|has_any)\s*\()[^|]*Add member to role/i,
          kqlShows('InitiatedBy'),
          /startofmonth\(\s*(now\(\)\s*,\s*-1|datetime_add\([^)]*-1[^)]*\))\s*\)|startofmonth\(\s*startofmonth\(\s*now\(\)\s*\)\s*-\s*1d\s*\)|datetime\(\s*["']?\d{4}-\d{2}-01/,
          /(<|\.\.)\s*(startofmonth\(\s*now\(\)\s*\)|datetime\(\s*["']?\d{4}-\d{2}-01)|endofmonth\(/,
        ],
      },
    },
  },
  {
    id: 'b57-kql-pharma-eln-4625-hourly-24h',
    question:
      'Could you provide an hourly count of failed logons (event ID 4625) on the server LAB-ELN01 in Sentinel for the last 24 hours?',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4625), kqlIs('Computer', 'LAB-ELN01'), COUNT_KQL, HOURLY_KQL, DAY1_KQL],
      },
    },
  },
  {
    id: 'b57-kql-pharma-encoded-powershell-lab-today',
    question:
      'I would like to see process creation events (4688) in Sentinel today on the LAB- hosts where the command line contains -EncodedCommand.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4688),
          /CommandLine\s*(has|contains|matches\s+regex)[^|]*-?enc/i,
          kqlPrefix('Computer', 'LAB-'),
          TODAY_KQL,
        ],
      },
    },
  },
  {
    id: 'b57-kql-pharma-hash-sweep-30d',
    question: `Has any device in Defender executed a file with SHA256 ${LAB_HASH} in the last 30 days? If so, which device and when.`,
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          new RegExp(`SHA256\\s*(==|=~|has|in~?\\s*\\()[^|]*${LAB_HASH}`, 'i'),
          kqlShows('DeviceName'),
          kqlShows('Timestamp|TimeGenerated'),
          kqlLast('30d|720h'),
        ],
      },
    },
  },
  {
    id: 'b57-kql-pharma-sharepoint-deletes-month',
    question: 'Who deleted the most SharePoint files this month according to Sentinel? Top 5 users please.',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [kqlIs('Operation', 'FileDeleted'), COUNT_KQL, kqlBy('UserId'), kqlTop(5), THIS_MONTH_KQL],
      },
    },
  },
  // SPL
  {
    id: 'b57-spl-esports-dns-ru-24h',
    question: 'sysmon dns lookups for *.ru domains lst 24h, per host',
    expect: {
      spl: {
        table: 'sysmon',
        has: [/QueryName\s*(=\s*"?\*\.ru|IN\s*\([^)]*\*\.ru)|QueryName[^|]*\\\.ru/i, splBy('host'), DAY1_SPL],
      },
    },
  },
  {
    id: 'b57-spl-esports-lockouts-week',
    question: 'splunk win logs: lockouts (4740) this wk, count per user',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [splEvent(4740), COUNT_SPL, splBy('user|TargetUserName|Target_User_Name'), THIS_WEEK_SPL],
      },
    },
  },
  {
    id: 'b57-spl-esports-aws-accessdenied-yesterday',
    question: 'aws AccessDenied errors ystrday - count by eventName and user arn',
    expect: {
      spl: {
        table: 'aws',
        has: [
          splIs('errorCode', 'AccessDenied'),
          COUNT_SPL,
          splBy('eventName'),
          /\bby\s+[^|]*userIdentity\.arn/,
          YESTERDAY_START_SPL,
          YESTERDAY_END_SPL,
        ],
      },
    },
  },
  {
    id: 'b57-spl-esports-login-401-agents-4h',
    question: 'top 10 user agents getting 401 on /login in the last 4 hrs',
    expect: {
      spl: {
        table: 'Web',
        has: [
          /status\s*=\s*"?401\b/,
          /url\s*=\s*"?\*?\/login/i,
          splBy('http_user_agent'),
          splTop(10),
          splLast('4h|240m'),
        ],
      },
    },
  },
  {
    id: 'b57-spl-esports-bytes-out-443-top5',
    question: 'firewall: sum bytes out from 10.40.0.0/16 to port 443 per dest ip, top 5, lst 24h',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /src(_ip)?\s*=\s*"?10\.40\.0\.0\/16|cidrmatch\(\s*"10\.40\.0\.0\/16"|src(_ip)?\s*=\s*"?10\.40\.\*/,
          /dest_port\s*=\s*"?443\b/,
          /sum\(\s*(All_Traffic\.)?bytes_out\s*\)/,
          splBy('dest_ip|dest'),
          splTop(5),
          DAY1_SPL,
        ],
      },
    },
  },
  {
    id: 'b57-spl-esports-aad-50126-48h',
    question: "splunk's azure ad data: error code 50126 per user last 48h",
    expect: {
      spl: {
        table: 'azure',
        has: [
          splIs('properties.status.errorCode', '50126'),
          COUNT_SPL,
          splBy('properties.userPrincipalName|user'),
          splLast('48h|2d|2880m'),
        ],
      },
    },
  },
  {
    id: 'b57-spl-pharma-run-key-3d',
    question:
      'Please show all changes to the CurrentVersion\\Run registry key on hosts whose names begin with LAB- during the past three days, including the value name and data.',
    expect: {
      spl: {
        table: 'Endpoint.Registry',
        has: [
          /CurrentVersion\\*\\Run/i,
          /dest\s*=\s*"?LAB-\*/i,
          splShows('registry_value_name'),
          splShows('registry_value_data'),
          splLast('3d|72h|4320m'),
        ],
      },
    },
  },
  {
    id: 'b57-spl-pharma-rdp-failures-12h',
    question:
      'In Splunk, which source addresses produced more than five failed logons (4625) with logon type 10 in the last twelve hours?',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [
          splEvent(4625),
          /Logon_Type\s*=\s*"?10\b/,
          COUNT_SPL,
          splBy('src|Source_Network_Address|IpAddress'),
          splAbove(5),
          splLast('12h|720m'),
        ],
      },
    },
  },
  {
    id: 'b57-spl-pharma-w3wp-children-today',
    question: 'In sysmon, list the processes started by w3wp.exe today, with the command line and host.',
    expect: {
      spl: {
        table: 'sysmon',
        has: [
          splEvent(1),
          /ParentImage\s*=\s*"?\*?(\\\\)?w3wp\.exe/i,
          splShows('CommandLine'),
          splShows('host'),
          TODAY_SPL,
        ],
      },
    },
  },
  {
    id: 'b57-spl-pharma-set-mailbox-since-nov1',
    question: 'Which users ran Set-Mailbox in Splunk O365 data since 1 November 2026, and how many times each?',
    expect: {
      spl: {
        table: 'o365',
        has: [splIs('Operation', 'Set-Mailbox'), COUNT_SPL, splBy('UserId'), splSince(NOV_1)],
      },
    },
  },
  // SQL: toll-road billing analysts (ordinary)
  {
    id: 'b57-sql-toll-overdue-by-country',
    question: 'How many invoices are overdue right now, broken down by customer country?',
    expect: {
      sql: {
        table: 'invoices',
        has: [OVERDUE_SQL, UNPAID_SQL, /COUNT\(/i, sqlGroupBy('country')],
      },
    },
  },
  {
    id: 'b57-sql-toll-gbp-invoiced-last-month',
    question: 'What was the total amount we invoiced in GBP last month?',
    expect: {
      sql: {
        table: 'invoices',
        has: [sqlIs('currency', 'GBP'), SUM_AMOUNT_SQL, sqlPrevMonthStart('issued_at'), sqlPrevMonthEnd('issued_at')],
      },
    },
  },
  {
    id: 'b57-sql-toll-top-account-holders-year',
    question: 'Top 10 customers by total invoiced amount this year, with their names',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          SUM_AMOUNT_SQL,
          sqlShows('name'),
          sqlGroupBy('customer_id|name'),
          DESC_SQL,
          topSql(10),
          sqlThis('issued_at', 'year', YEAR_START),
        ],
      },
    },
  },
  {
    id: 'b57-sql-toll-days-to-pay-quarter',
    question: 'On average, how many days did it take customers to pay invoices that were paid this quarter?',
    expect: {
      sql: {
        table: 'invoices',
        has: [/AVG\(/i, /paid_at/i, /issued_at/i, sqlThis('paid_at', 'quarter', QUARTER_START)],
      },
    },
  },
  {
    id: 'b57-sql-toll-dormant-fleet-90d',
    question: "Which customers in the Fleet segment haven't placed an order in the last 90 days?",
    expect: {
      sql: {
        table: 'customers',
        has: [
          sqlIs('segment', 'Fleet'),
          /NOT\s+EXISTS|NOT\s+IN|LEFT\s+JOIN[^;]*IS\s+NULL|HAVING\s+MAX\(/i,
          /(now\(\)|CURRENT_DATE|current_timestamp)\s*-\s*(interval\s*'(90 days?|3 months?)'|'(90 days?)'\s*::\s*interval|90\b)/i,
        ],
      },
    },
  },
  {
    id: 'b57-sql-toll-orders-per-status-since-oct1',
    question: 'Number of orders per status since October 1st 2026',
    expect: {
      sql: { table: 'orders', has: [/COUNT\(/i, sqlGroupBy('status'), sqlSince('created_at', OCT_1)] },
    },
  },
  {
    id: 'b57-sql-toll-eur-over-1000-nov2-15',
    question: 'List invoices over 1,000 EUR issued between 2 and 15 November 2026, biggest first.',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          sqlIs('currency', 'EUR'),
          /amount\s*(>\s*1000|>=\s*1001)\b/i,
          sqlSince('issued_at', NOV_2),
          sqlUntil('issued_at', NOV_15),
          DESC_SQL,
        ],
      },
    },
  },
  {
    id: 'b57-sql-toll-billing-users-stale-60d',
    question: "Which active users in the Billing department haven't logged in for 60 days?",
    expect: {
      sql: {
        table: 'users',
        has: [
          sqlIs('department', 'Billing'),
          /active\s*(=\s*true|IS\s+TRUE)|WHERE\s+(\w+\.)?active\b/i,
          /last_login_at\s*(<|IS\s+NULL)/i,
          /(60 days?|'60'|\b60\b)/i,
        ],
        not: [/last_login_at\s*>=?\s*\(?\s*(now|CURRENT_DATE)/i],
      },
    },
  },
  {
    id: 'b57-sql-toll-weekly-disputes-8w',
    question: "Weekly count of 'dispute_opened' events over the past 8 weeks",
    expect: {
      sql: {
        table: 'events',
        has: [
          sqlIs('event_type', 'dispute_opened'),
          /COUNT\(/i,
          WEEKLY_SQL,
          sqlLast('occurred_at', '8 weeks?|56 days?', 56),
        ],
      },
    },
  },
  {
    id: 'b57-sql-toll-operations-budget-remaining-fy2026',
    question: 'How much budget does Operations have left per category for fiscal year 2026?',
    expect: {
      sql: {
        table: 'budget',
        has: [
          sqlIs('department', 'Operations'),
          /fiscal_year\s*=\s*'?2026\b/,
          /amount\s*\)?\s*-\s*(SUM\(\s*)?(\w+\.)?spent/i,
          sqlGroupBy('category'),
        ],
      },
    },
  },
  // Two platforms
  {
    id: 'b57-two-esports-svc-anticheat-failed-logons-24h',
    question: 'failed logons for svc-anticheat on RL-GS-* servers lst 24h, check sentinel AND splunk',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4625), /svc-anticheat/i, kqlPrefix('Computer', 'RL-GS-'), DAY1_KQL],
      },
      spl: {
        table: 'wineventlog',
        has: [splEvent(4625), /svc-anticheat/i, /(host|dest|ComputerName|Computer)\s*=\s*"?RL-GS-\*/i, DAY1_SPL],
      },
    },
  },
  {
    id: 'b57-two-esports-abuse-ip-72h',
    question: `anything talking to ${ABUSE_IP} in defender network events or sysmon network conns lst 72h? host + process`,
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          kqlIs('RemoteIP', dots(ABUSE_IP)),
          kqlShows('DeviceName'),
          kqlShows('InitiatingProcessFileName'),
          kqlLast('72h|3d|4320m'),
        ],
      },
      spl: {
        table: 'sysmon',
        has: [splIs('DestinationIp', dots(ABUSE_IP)), splShows('host'), splShows('Image'), splLast('72h|3d|4320m')],
        not: [/EventCode\s*=\s*"?(1|22)\b/],
      },
    },
  },
  {
    id: 'b57-two-pharma-signins-outside-france-7d',
    question:
      "Please review the sign-ins of j.moreau@halvorsenbio.com from outside France during the last seven days, both in Sentinel and in Splunk's Azure AD data.",
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('UserPrincipalName', 'j\\.moreau@halvorsenbio\\.com'),
          /Location\s*(!=|!~|!in|!has)[^|]*(FR|France)/i,
          kqlLast('7d|168h'),
        ],
      },
      spl: {
        table: 'azure',
        has: [/j\.moreau@halvorsenbio\.com/i, /(!=|NOT\s)[^|]*(FR|France)/i, splLast('7d|168h')],
      },
    },
  },
  {
    id: 'b57-two-pharma-audit-log-cleared-month',
    question:
      'Has the security audit log been cleared (event 1102) on any server this month? Please check both Sentinel and Splunk.',
    expect: {
      kql: { table: 'SecurityEvent', has: [kqlEvent(1102), THIS_MONTH_KQL] },
      spl: { table: 'wineventlog', has: [splEvent(1102), THIS_MONTH_SPL] },
    },
  },
  {
    id: 'b57-two-toll-billing-clerk-signins-and-profile',
    question:
      "For k.obi@carrowtoll.co.uk, show the failed Sentinel sign-ins over the last 7 days and the user's role, department and last login from our users table.",
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [kqlIs('UserPrincipalName', 'k\\.obi@carrowtoll\\.co\\.uk'), FAILED_SIGNIN_KQL, kqlLast('7d|168h')],
      },
      sql: {
        table: 'users',
        has: [
          sqlIs('email', 'k\\.obi@carrowtoll\\.co\\.uk'),
          sqlShows('role'),
          sqlShows('department'),
          sqlShows('last_login_at'),
        ],
      },
    },
  },
  // Clarification
  {
    id: 'b57-clarify-esports-same-as-before',
    question: 'can u rerun the one from b4 but for the other region',
    clarification: true,
  },
  {
    id: 'b57-clarify-pharma-inspection-figures',
    question: "Please prepare the figures we discussed for next week's inspection.",
    clarification: true,
  },
];

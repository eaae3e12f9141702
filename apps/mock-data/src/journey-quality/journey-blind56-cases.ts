import type { JourneyCase } from './journey-cases';
import {
  COUNT_KQL,
  COUNT_SPL,
  DAILY_KQL,
  DAY1_KQL,
  DAY1_SPL,
  FAILED_SIGNIN_KQL,
  HOURLY_SPL,
  PREV_MONTH_END_SPL,
  PREV_MONTH_START_SPL,
  THIS_MONTH_KQL,
  THIS_MONTH_SPL,
  THIS_WEEK_KQL,
  THIS_WEEK_SPL,
  TODAY_KQL,
  TODAY_SPL,
  UNPAID_SQL,
  WEEKLY_SQL,
  YESTERDAY_END_KQL,
  YESTERDAY_START_KQL,
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
  splBy,
  splEvent,
  splLast,
  splShows,
  splSince,
  splTop,
  sqlCountAbove,
  sqlGroupBy,
  sqlIs,
  sqlLast,
  sqlPrevMonthEnd,
  sqlPrevMonthStart,
  sqlShows,
  sqlSince,
  sqlThis,
  sqlToday,
  sqlUntil,
} from './journey-patterns';
import { YEAR, YEAR_START } from './journey-dates';

/**
 * The "blind56" journey-quality set, written blind on 2026-11-28 (18:42–19:40 UTC). I did not read the query
 * builders (apps/mock-data/src/query/**), the constraint extractor or routing code (libs/planner-core),
 * planner-llm, the planner app, the git history of any of them, any failure list, or another blind author's work
 * in progress, and I did not run the planner on any question: the first run is the lead's.
 * I read: TEAM.md and BLIND.md, journey-cases.ts (types), journey-dates.ts, journey-patterns.ts (the shared checks,
 * imported here), journey-checkers.ts, run-journeys.ts (to register the set), the mesh's schemas (kql/spl/sql.json,
 * the files the bundled-schemas module loads), blind55's file as the format example (its questions, personas and
 * values are not reused) and grepped the other blind sets' header comments and question lines to avoid their
 * personas (airline, water utility, veterinary chain, ski resort and law firm were all taken, so none is used).
 * Personas (new, organisations invented):
 * - an astronomical observatory's lone sysadmin (Mount Corran Observatory, corran-obs.org, MCO-* hosts, the
 *   telescope control boxes MCO-TCS-*; terse chat with abbreviations and typos): Azure deletes, PsExec on the
 *   telescope boxes, RDP out, failed sign-ins per app today, DeleteTrail / CreateAccessKey, DynDNS lookups, 404s on
 *   the public site, Azure AD sign-ins from a /24, a C2 address, encoded PowerShell;
 * - a credit union's security analyst (Tamarack Federal Credit Union, tamarackfcu.org, TFCU-* hosts; formal full
 *   sentences): RC4 Kerberos tickets, a SHA256, a member's SharePoint downloads per day, Conditional Access
 *   failures, consent grants, account creation, failed logons on a file server, procdump, blocked SMB, Run keys,
 *   a service account's failures per hour, lockouts, one user's sign-ins in both stores;
 * - a funeral-home group's finance office (Ashby & Lowe Funeral Homes; ordinary sentences): CAD invoicing last
 *   month, customers with several unpaid invoices, biggest Canadian orders, weekly new customers, average order
 *   value, never-ordered Urns, overspent departments, dormant Finance accounts, category revenue over a range,
 *   password resets today, an export check.
 * Styles: about a third formal, a third ordinary, a third terse chat. No question names a query language; a
 * question names its store when the schemas hold that data in more than one (Sentinel / Defender / Splunk /
 * Sysmon / "Splunk's Azure AD data"); AzureActivity, CloudTrail, the Web / Registry / Network_Traffic / Processes /
 * Authentication data models and the business tables are asked for without a store name where only one holds them
 * (the data models are named as Splunk's where Defender or Sysmon hold similar data).
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform (4 KQL + SPL, 1 KQL + SQL), 2 clarification cases (38).
 * Values: UPNs, accounts (svc_loanorig, j.marchetti), hosts and prefixes (MCO-TCS-*, TFCU-FS02,
 * TFCU-WS-*), IPs (91.215.85.12) and a CIDR (198.51.100.0/24), ports (3389, 445), event IDs (4769, 4720, 4625, 4740),
 * ticket encryption 0x17, a SHA256, process names (psexec, procdump, powershell -enc), a domain (duckdns.org), HTTP
 * 404, CloudTrail event names, O365 operations, a registry key, currencies (CAD), a country (Canada), categories,
 * departments, a status (completed), an event type (password_reset, data_export).
 * Shapes: counts, distinct counts, sums, averages, a sum of a product, top N (5, 10), hourly / daily / weekly
 * buckets, group by X (and Y), thresholds after aggregation (> 20, > 3, spent > budget), ordering, columns to show,
 * negations (outside a country, never ordered, not logged in).
 * Windows: last N hours/days (12h, 24h, 36h, 48h, 72h, 5d, 7d, 14d, 30d, 60d, 90d), today, yesterday (both ends),
 * this week / since Monday, this month, this year, the previous calendar month (both ends), since explicit dates
 * (1 Oct, 20, 23, 25 Nov 2026), an explicit range (1–15 Nov 2026), a fiscal year, and conditions that are not
 * windows (unpaid, never ordered).
 * Checks accept every spelling I could think of for the same condition and reject only queries that do not answer
 * the question. I checked every case against queries I wrote by hand (a scratch script, not committed, calling
 * the real checkers). Not run on the planner.
 */

const SHA = 'a3f1c9e07b5d2e84f6a0c1b9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9';
const C2_IP = '91.215.85.12';
const OCT_1 = new Date(Date.UTC(2026, 9, 1));
const NOV_1 = new Date(Date.UTC(2026, 10, 1));
const NOV_15 = new Date(Date.UTC(2026, 10, 15));
const NOV_20 = new Date(Date.UTC(2026, 10, 20));
const NOV_23 = new Date(Date.UTC(2026, 10, 23));
const NOV_25 = new Date(Date.UTC(2026, 10, 25));

/** A "contains / equals" comparison of a KQL column against a value anywhere in the same pipe stage. */
const kqlHas = (column: string, value: string) =>
  new RegExp(
    `${column}\\s*(has|contains|endswith|startswith|=~|==|matches\\s+regex|(in~?|has_any|has_all)\\s*\\()[^|]*${value}`,
    'i',
  );
/** An SPL count of distinct values. */
const splDistinct = (field: string) => new RegExp(`(dc|distinct_count)\\(\\s*"?${field.replace(/\./g, '\\.')}`);

export const BLIND56_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: observatory sysadmin (terse chat)
  {
    id: 'b56-kql-obs-azure-deletes-per-caller-month',
    question: 'azure deletes this month - how many per caller?',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [kqlHas('OperationNameValue', 'delete'), COUNT_KQL, kqlBy('Caller'), THIS_MONTH_KQL],
      },
    },
  },
  {
    id: 'b56-kql-obs-psexec-tcs-boxes-36h',
    question: 'defender: any psexec on the MCO-TCS-* telescope boxes in last 36h?? need device, acct, cmdline',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /psexe/i,
          kqlPrefix('DeviceName', 'MCO-TCS-'),
          kqlShows('DeviceName'),
          kqlShows('AccountName'),
          kqlShows('ProcessCommandLine'),
          kqlLast('36h|2160m|1\\.5d'),
        ],
      },
    },
  },
  {
    id: 'b56-kql-obs-top5-rdp-out-24h',
    question: 'top 5 machines makin outbound rdp (3389) conns lst 24h, from defender',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [/RemotePort\s*(==|in\s*\()\s*3389\b/, COUNT_KQL, kqlBy('DeviceName'), kqlTop(5), DAY1_KQL],
      },
    },
  },
  {
    id: 'b56-kql-obs-failed-signins-per-app-over20-today',
    question: 'sentinel - failed signins per app today, only apps w/ more than 20',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [FAILED_SIGNIN_KQL, COUNT_KQL, kqlBy('AppDisplayName'), kqlAbove(20), TODAY_KQL],
      },
    },
  },
  // KQL: credit union security analyst (formal)
  {
    id: 'b56-kql-cu-rc4-tgs-7d',
    question:
      'Please list, from Sentinel, the Kerberos service ticket requests (event 4769) that used RC4 encryption (ticket encryption type 0x17) over the last 7 days, counted by requesting account and service name.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [
          kqlEvent(4769),
          /TicketEncryptionType\s*(==|=~|in~?\s*\(|has|contains)\s*["']?0x17/i,
          COUNT_KQL,
          kqlBy('TargetUserName|Account|SubjectUserName'),
          kqlBy('ServiceName'),
          kqlLast('7d|168h|1w'),
        ],
      },
    },
  },
  {
    id: 'b56-kql-cu-sha256-since-nov20',
    question: `Please identify every process execution in Defender whose SHA256 is ${SHA} since 20 November 2026, with the device name and folder path.`,
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          new RegExp(`SHA256\\s*(==|=~|in~?\\s*\\(|has)\\s*["']${SHA}`, 'i'),
          kqlShows('DeviceName'),
          kqlShows('FolderPath'),
          kqlSince(NOV_20),
        ],
      },
    },
  },
  {
    id: 'b56-kql-cu-sharepoint-downloads-daily-14d',
    question:
      "Please provide a daily count of the SharePoint file downloads by j.marchetti@tamarackfcu.org over the last 14 days, taken from Sentinel's Office 365 activity.",
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [
          /FileDownloaded/,
          kqlIs('UserId', 'j\\.marchetti@tamarackfcu\\.org'),
          COUNT_KQL,
          DAILY_KQL,
          kqlLast('14d|336h|2w'),
        ],
      },
    },
  },
  {
    id: 'b56-kql-cu-ca-failures-yesterday',
    question:
      'Please enumerate the sign-ins that Conditional Access failed in Sentinel yesterday, showing the user principal name, the application and the IP address.',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /ConditionalAccessStatus\s*(==|=~|has|contains|in~?\s*\()\s*["']fail/i,
          kqlShows('UserPrincipalName'),
          kqlShows('AppDisplayName'),
          kqlShows('IPAddress'),
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b56-kql-cu-consent-grants-prev-month',
    question:
      'Please report the application consent grants recorded in the Entra ID audit log in Sentinel during the previous calendar month, with who initiated each grant and the target application.',
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [
          /(OperationName|ActivityDisplayName)\s*(has|contains|startswith|=~|==|in~?\s*\(|has_any\s*\()[^|]*consent/i,
          kqlShows('InitiatedBy'),
          kqlShows('TargetResources'),
          /startofmonth\(\s*(now\(\)\s*,\s*-1|datetime_add\(\s*["']?month["']?\s*,\s*-1\s*,\s*now\(\)\s*\))\s*\)|startofmonth\(\s*startofmonth\(\s*now\(\)\s*\)\s*-\s*1d\s*\)|datetime\(\s*["']?2026-10-01/,
          /(<|\.\.)\s*startofmonth\(\s*now\(\)\s*\)|endofmonth\(\s*(now\(\)\s*,\s*-1|datetime_add\(\s*["']?month["']?\s*,\s*-1\s*,\s*now\(\)\s*\))\s*\)|(<|\.\.)\s*datetime\(\s*["']?2026-11-01|(<=?|\.\.)\s*datetime\(\s*["']?2026-10-31/,
        ],
      },
    },
  },
  {
    id: 'b56-kql-cu-accounts-created-week',
    question:
      'Which user accounts were created on our domain controllers this week according to Sentinel (event 4720), and by whom?',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4720), kqlShows('TargetUserName'), kqlShows('SubjectUserName|Account'), THIS_WEEK_KQL],
      },
    },
  },
  {
    id: 'b56-kql-cu-signins-outside-us-5d',
    question:
      'Show me the Sentinel sign-ins for svc_loanorig@tamarackfcu.org from outside the US in the last 5 days, with IP and location.',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('UserPrincipalName', 'svc_loanorig@tamarackfcu\\.org'),
          /Location\s*(!=|!~|!in~?\s*\(|!has|!contains)\s*\(?\s*["'](US\b|United States)|not\s*\(\s*Location\s*(==|=~|in)/i,
          kqlShows('IPAddress'),
          kqlShows('Location'),
          kqlLast('5d|120h'),
        ],
      },
    },
  },

  // SPL: observatory sysadmin (terse chat)
  {
    id: 'b56-spl-obs-deletetrail-createaccesskey-week',
    question: 'cloudtrail - any DeleteTrail or CreateAccessKey since monday? who + region',
    expect: {
      spl: {
        table: 'aws',
        has: [/DeleteTrail/, /CreateAccessKey/, splShows('userIdentity.arn'), splShows('awsRegion'), THIS_WEEK_SPL],
      },
    },
  },
  {
    id: 'b56-spl-obs-duckdns-lookups-24h',
    question: 'sysmon dns lookups for duckdns.org lst 24h - host + image pls',
    expect: {
      spl: {
        table: 'sysmon',
        has: [
          /QueryName\s*(=|IN\s*\(|!?=)?\s*"?\*?[^|]*duckdns\.org|duckdns\.org/i,
          splShows('host'),
          splShows('Image'),
          DAY1_SPL,
        ],
        not: [/EventCode\s*=\s*"?(4624|4625|4688|4720)\b/],
      },
    },
  },
  {
    id: 'b56-spl-obs-404-top10-urls-today',
    question: '404s on www.corran-obs.org today, top 10 urls',
    expect: {
      spl: {
        table: 'Web',
        has: [/www\.corran-obs\.org/i, /status\s*(=|IN\s*\()\s*"?404\b/i, /\burl\b/, splTop(10), TODAY_SPL],
      },
    },
  },
  {
    id: 'b56-spl-obs-azure-ad-distinct-users-cidr-month',
    question: 'splunk azure ad data: how many diff users signed in from 198.51.100.0/24 this month',
    expect: {
      spl: {
        table: 'azure',
        has: [
          /198\.51\.100\.(0\/24|\*)|cidrmatch\(\s*"198\.51\.100\.0\/24"/,
          splDistinct('properties.userPrincipalName'),
          THIS_MONTH_SPL,
        ],
      },
    },
  },
  // SPL: credit union security analyst (formal)
  {
    id: 'b56-spl-cu-4625-fs02-48h',
    question:
      'Please report, from the Windows security logs in Splunk, the failed logons (event 4625) against TFCU-FS02 over the past 48 hours, counted by source address and account.',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [
          splEvent(4625),
          /TFCU-FS02/i,
          COUNT_SPL,
          splBy('src'),
          splBy('user|Account_Name|TargetUserName'),
          splLast('48h|2d|2880m'),
        ],
      },
    },
  },
  {
    id: 'b56-spl-cu-procdump-30d',
    question:
      "Using Splunk's endpoint process data model, please list every execution of procdump.exe or procdump64.exe during the last 30 days, with the host, the user and the full command line.",
    expect: {
      spl: {
        table: 'Endpoint.Processes',
        has: [/procdump/i, splShows('dest'), splShows('user'), /\bprocess\b/, splLast('30d|720h|1mon')],
      },
    },
  },
  {
    id: 'b56-spl-cu-blocked-smb-since-nov23',
    question:
      'Please quantify, from the network traffic data, the blocked connections to destination port 445 per source IP since 23 November 2026.',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          /dest_port\s*(=|IN\s*\()\s*"?445\b/,
          /action\s*(=|IN\s*\()\s*"?(blocked|denied|dropped|deny|drop)|action\s*!=\s*"?allowed/i,
          COUNT_SPL,
          splBy('src_ip|src'),
          splSince(NOV_23),
        ],
      },
    },
  },
  {
    id: 'b56-spl-cu-run-key-ws-5d',
    question:
      'Please list the registry modifications under the CurrentVersion\\Run key on the TFCU-WS-* workstations over the last 5 days, giving the host, the value name and the value data.',
    expect: {
      spl: {
        table: 'Endpoint.Registry',
        has: [
          /CurrentVersion\\{1,4}Run/i,
          /TFCU-WS-/i,
          splShows('dest'),
          splShows('registry_value_name'),
          splShows('registry_value_data'),
          splLast('5d|120h'),
        ],
      },
    },
  },
  {
    id: 'b56-spl-cu-svc-auth-failures-hourly-12h',
    question:
      'Please produce an hourly breakdown of authentication failures for the account svc_loanorig from the Splunk Authentication data model over the last 12 hours.',
    expect: {
      spl: {
        table: 'Authentication',
        has: [/svc_loanorig/i, /action\s*(=|IN\s*\()\s*"?fail/i, HOURLY_SPL, splLast('12h|720m')],
      },
    },
  },
  {
    id: 'b56-spl-cu-o365-anon-links-prev-month',
    question:
      'From the Microsoft 365 audit data in Splunk, please count the anonymous sharing links (AnonymousLinkCreated) each user created during the previous calendar month.',
    expect: {
      spl: {
        table: 'o365',
        has: [/AnonymousLinkCreated/, COUNT_SPL, splBy('UserId'), PREV_MONTH_START_SPL, PREV_MONTH_END_SPL],
      },
    },
  },

  // SQL: funeral-home group's finance office (ordinary)
  {
    id: 'b56-sql-funeral-cad-invoiced-last-month',
    question: 'How much did we invoice in Canadian dollars last month?',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          sqlIs('currency', 'CAD'),
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          sqlPrevMonthStart('issued_at'),
          sqlPrevMonthEnd('issued_at'),
        ],
      },
    },
  },
  {
    id: 'b56-sql-funeral-customers-over-3-unpaid',
    question: 'Which customers have more than 3 unpaid invoices at the moment?',
    expect: {
      sql: {
        table: 'invoices',
        has: [UNPAID_SQL, sqlCountAbove(3), sqlGroupBy('customer_id|name')],
      },
    },
  },
  {
    id: 'b56-sql-funeral-top10-canada-orders-year',
    question: 'What were the 10 biggest orders this year from customers in Canada?',
    expect: {
      sql: {
        table: 'orders',
        has: [
          /country\s*\)?\s*(=|I?LIKE|IN\s*\([^)]*?)\s*'%?(Canada|CA)%?'/i,
          /ORDER\s+BY\s+[^;]*total\s+DESC/i,
          /LIMIT\s+10\b|FETCH\s+FIRST\s+10\b/i,
          new RegExp(
            `${sqlThis('(o\\.|orders\\.)?created_at', 'year', YEAR_START).source}|(EXTRACT\\(\\s*YEAR\\s+FROM|date_part\\(\\s*'year'\\s*,)\\s*(o\\.|orders\\.)?created_at\\s*\\)\\s*=\\s*${YEAR}`,
            'i',
          ),
        ],
        not: [/\b(c|cu|cust|customers)\.created_at\s*(>|>=|<|BETWEEN)/i],
      },
    },
  },
  {
    id: 'b56-sql-funeral-new-customers-weekly-since-oct1',
    question: 'How many new customers did we get each week since 1 October 2026?',
    expect: {
      sql: {
        table: 'customers',
        has: [/COUNT\(/i, WEEKLY_SQL, sqlSince('created_at', OCT_1)],
      },
    },
  },
  {
    id: 'b56-sql-funeral-avg-completed-order-by-currency-90d',
    question: "What's the average value of completed orders per currency over the last 90 days?",
    expect: {
      sql: {
        table: 'orders',
        has: [
          sqlIs('status', 'completed'),
          /AVG\(\s*(\w+\.)?total\s*\)/i,
          sqlGroupBy('currency'),
          sqlLast('created_at', '90 days?|3 months?', 90),
        ],
      },
    },
  },
  {
    id: 'b56-sql-funeral-urns-never-ordered',
    question: 'Are there any products in the Urns category that have never been ordered?',
    expect: {
      sql: {
        table: 'products',
        has: [
          sqlIs('category', 'Urns'),
          /NOT\s+EXISTS|NOT\s+IN\s*\(\s*SELECT|LEFT\s+JOIN[^;]*IS\s+NULL|HAVING\s+COUNT\([^)]*\)\s*=\s*0|EXCEPT/i,
          /order_items/i,
        ],
      },
    },
  },
  {
    id: 'b56-sql-funeral-overspent-departments-fy2026',
    question: 'Which departments have spent more than their budget in fiscal year 2026, and by how much?',
    expect: {
      sql: {
        table: 'budget',
        has: [
          /fiscal_year\s*=\s*2026\b/i,
          /SUM\(\s*(\w+\.)?spent\s*\)\s*>\s*SUM\(\s*(\w+\.)?amount\s*\)|SUM\(\s*(\w+\.)?amount\s*\)\s*<\s*SUM\(\s*(\w+\.)?spent\s*\)|SUM\([^;]*spent\s*-\s*(\w+\.)?amount[^;]*\)\s*>\s*0|spent\s*>\s*(\w+\.)?amount|spent\s*\)\s*-\s*SUM\(\s*(\w+\.)?amount\s*\)\s*>\s*0|\b\w+\s*>\s*0\b/i,
          /spent\s*\)?\s*-\s*(SUM\(\s*)?(\w+\.)?amount/i,
          sqlGroupBy('department'),
        ],
      },
    },
  },
  {
    id: 'b56-sql-funeral-finance-users-no-login-60d',
    question: "Which active users in the Finance department haven't logged in for 60 days or more?",
    expect: {
      sql: {
        table: 'users',
        has: [
          sqlIs('department', 'Finance'),
          /active\s*(=\s*(true|'t(rue)?')|IS\s+TRUE)|(WHERE|AND)\s+(\w+\.)?active\s*(\n|$|AND\b|\))/i,
          new RegExp(
            `last_login_at\\s*(,[^)]*\\))?\\s*<=?\\s*\\(?\\s*(now\\(\\)|CURRENT_DATE|current_timestamp)\\s*-\\s*(interval\\s*'(60 days?|2 months?)'|'(60 days?)'\\s*::\\s*interval|60\\b)`,
            'i',
          ),
          /last_login_at\s+IS\s+NULL|COALESCE\(\s*(\w+\.)?last_login_at/i,
        ],
      },
    },
  },
  {
    id: 'b56-sql-funeral-category-units-revenue-nov1-15',
    question:
      'For orders placed between 1 and 15 November 2026, what was the total quantity and the revenue per product category?',
    expect: {
      sql: {
        table: 'order_items',
        has: [
          /SUM\(\s*(\w+\.)?quantity\s*\)/i,
          /SUM\(\s*(\w+\.)?quantity\s*\*\s*(\w+\.)?unit_price\s*\)|SUM\(\s*(\w+\.)?unit_price\s*\*\s*(\w+\.)?quantity\s*\)/i,
          sqlGroupBy('category'),
          sqlSince('created_at', NOV_1),
          sqlUntil('created_at', NOV_15),
        ],
        not: [/\b(p|pr|prod|products)\.created_at\s*(>|>=|<|BETWEEN)/i],
      },
    },
  },
  {
    id: 'b56-sql-funeral-password-resets-today',
    question: "Can you list today's password_reset events from the app, with the user's email and the IP address?",
    expect: {
      sql: {
        table: 'events',
        has: [sqlIs('event_type', 'password_reset'), /\bemail\b/i, sqlShows('ip_address'), sqlToday('occurred_at')],
      },
    },
  },

  // Two platforms
  {
    id: 'b56-multi-cu-lockouts-both-72h',
    question:
      'Please check both Sentinel and Splunk for account lockouts (event 4740) of the user j.marchetti during the last 72 hours, summarised by computer.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4740), /j\.marchetti/i, COUNT_KQL, kqlBy('Computer'), kqlLast('72h|3d|4320m')],
      },
      spl: {
        table: 'wineventlog',
        has: [
          splEvent(4740),
          /j\.marchetti/i,
          COUNT_SPL,
          splBy('host|dest|Computer|Caller_Computer_Name'),
          splLast('72h|3d|4320m'),
        ],
      },
    },
  },
  {
    id: 'b56-multi-obs-c2-ip-defender-sysmon-7d',
    question: `anything talkin to ${C2_IP}? defender n sysmon, last 7d, host + process`,
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          new RegExp(`RemoteIP\\s*(==|=~|in~?\\s*\\(|has)[^|]*${dots(C2_IP)}`),
          kqlShows('DeviceName'),
          kqlShows('InitiatingProcessFileName'),
          kqlLast('7d|168h|1w'),
        ],
      },
      spl: {
        table: 'sysmon',
        has: [
          new RegExp(`DestinationIp\\s*(=|IN\\s*\\()\\s*"?${dots(C2_IP)}|${dots(C2_IP)}`),
          splShows('host'),
          splShows('Image'),
          splLast('7d|168h|1w'),
        ],
        not: [/EventCode\s*=\s*"?(4624|4625|4688|4720)\b/],
      },
    },
  },
  {
    id: 'b56-multi-cu-user-signins-both-since-nov25',
    question:
      "Please retrieve the sign-ins of j.marchetti@tamarackfcu.org since 25 November 2026 from both Sentinel and Splunk's Azure AD data, with the IP address and the application for each.",
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('UserPrincipalName', 'j\\.marchetti@tamarackfcu\\.org'),
          kqlShows('IPAddress'),
          kqlShows('AppDisplayName'),
          kqlSince(NOV_25),
        ],
      },
      spl: {
        table: 'azure',
        has: [
          /j\.marchetti@tamarackfcu\.org/i,
          splShows('properties.ipAddress'),
          splShows('properties.appDisplayName'),
          splSince(NOV_25),
        ],
      },
    },
  },
  {
    id: 'b56-multi-obs-encoded-powershell-24h',
    question: 'encoded powershell (-enc) lst 24h?? check defender + splunk sysmon, host n cmdline',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [/powershell/i, /-enc|encodedcommand/i, kqlShows('DeviceName'), kqlShows('ProcessCommandLine'), DAY1_KQL],
      },
      spl: {
        table: 'sysmon',
        has: [/powershell/i, /-enc|encodedcommand/i, splShows('host'), splShows('CommandLine'), DAY1_SPL],
        not: [/EventCode\s*=\s*"?(4624|4625|4688|4720)\b/],
      },
    },
  },
  {
    id: 'b56-multi-funeral-exports-and-downloads-30d',
    question:
      'Did someone take client records out? Show me the data_export events in our app database and the Office 365 file downloads in Sentinel for the last 30 days, per user.',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [/FileDownloaded/, COUNT_KQL, kqlBy('UserId'), kqlLast('30d|720h')],
      },
      sql: {
        table: 'events',
        has: [
          sqlIs('event_type', 'data_export'),
          sqlGroupBy('user_id|email|display_name'),
          sqlLast('occurred_at', '30 days?|1 months?', 30),
        ],
      },
    },
  },

  // Clarification: nothing to act on
  {
    id: 'b56-clarify-same-as-tuesday',
    question: 'Could you run the same thing as on Tuesday, only for the other branch this time?',
    clarification: true,
  },
  {
    id: 'b56-clarify-obs-dome-ticket',
    question: 'pls chk that thing frm the dome ticket again, same as b4',
    clarification: true,
  },
];

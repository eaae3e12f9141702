import type { JourneyCase } from './journey-cases';
import {
  LAST_MONTH_END,
  kqlLast,
  kqlSince,
  TODAY_KQL,
  THIS_WEEK_KQL,
  THIS_MONTH_KQL,
  YESTERDAY_START_KQL as YESTERDAY_START_KQL_BASE,
  COUNT_KQL,
  DAILY_KQL,
  kqlEvent,
  kqlAbove,
  kqlShows,
  kqlIs,
  kqlPrefix,
  kqlBy,
  splLast,
  TODAY_SPL,
  THIS_WEEK_SPL,
  YESTERDAY_START_SPL,
  YESTERDAY_END_SPL,
  HOURLY_SPL,
  splSince,
  splEvent,
  splShows,
  COUNT_SPL,
  splTop,
  splBy,
  sqlNow,
  sqlInterval,
  sqlLast,
  sqlThis,
  sqlSince,
  sqlPrevMonthStart,
  sqlPrevMonthEnd,
  topSql,
  sqlIs,
  sqlShows,
  sqlGroupBy,
  sqlCountAbove,
  NOT_CUSTOMER_DATE_SQL,
  UNPAID_SQL,
  DESC_SQL,
  WEEKLY_SQL,
  dots,
} from './journey-patterns';
import { LAST_MONTH_START, MONDAY, MONTH_START, YEAR, YEAR_START, iso, kqlDate, splDate } from './journey-dates';

/**
 * The "blind64" journey-quality set, written blind on 2026-11-29 (from 04:11 UTC). I did not read the query
 * builders (apps/mock-data/src/query/**), the constraint extractor or routing code (libs/planner-core),
 * planner-llm, the planner app, the git history of any of them, any journey failure list, or another blind author's
 * work in progress, and I did not run the planner, the mesh or eval:journeys on any question: the first run is the
 * lead's.
 * I read: TEAM.md and BLIND.md, the `JourneyCase` / `QueryCheck` types in journey-cases.ts, journey-dates.ts,
 * journey-checkers.ts, journey-patterns.ts (the shared window and shape patterns, imported here), run-journeys.ts
 * (to register the set), the mesh's schemas (apps/mock-data/schemas/kql|spl|sql.json, which the bundled-schemas
 * module loads), blind55's file as the format example (its questions, personas and values are not reused) and the
 * question lines and persona lines of the other blind sets (to avoid their personas and most of their values).
 * Personas (new, organisations invented):
 * - a polar research station's one-person IT (Halvorsen Station, halvorsenpolar.org, HVS-* hosts; terse chat over
 *   a slow satellite link, abbreviations and typos): failed sign-ins since yesterday, syncthing on station hosts,
 *   high-risk sign-ins today, VM stops in a resource group, SSH out of the gateway, DNS lookups of a science host,
 *   RDS snapshot deletions, 413s on the data-upload API, firewall bytes per port from a subnet, Run-key changes,
 *   an admin password reset on a user, connections to a /24;
 * - a national lottery operator's security compliance officer (Crownfield National Lottery,
 *   crownfieldlottery.co.uk, CNL-* hosts; formal full sentences): 4722 re-enabled accounts, 4771 per source IP
 *   above a threshold, msiexec from a URL, RoleManagement audit by activity last month, SharePoint deletions in a
 *   date range, daily successful sign-ins to an app, 4794 DSRM password sets, 4625 on a draw server, Office
 *   parents spawning processes, SearchQueryPerformed per client IP, hourly Azure AD failures to an app, a SHA256
 *   in Defender and Sysmon, Key Vault and Secrets Manager deletions;
 * - a harp maker's sales office (Lindqvist Harps, lindqvistharps.se; ordinary sentences): SEK invoicing per
 *   customer this year, Pedal Harps sold over a threshold since a date, weekly Japanese sign-ups, old unpaid big
 *   invoices, refunded orders per currency last month, overspent budget months in a fiscal year, top 10 customers
 *   this year, dormant Workshop staff, api_key_created events above a threshold, average discount per category, and
 *   a shop login's Entra sign-ins plus app events.
 * Styles: about a third formal full sentences, a third ordinary, a third terse chat. No question names a query
 * language; a question names its store (Sentinel, Defender, Splunk, Sysmon, "Splunk's Azure AD sign-in logs", the
 * firewall traffic in Splunk, "our app database") whenever the schemas hold that data in more than one store;
 * AzureActivity, CloudTrail, the Web and Registry data models and the business tables are asked for without one.
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform (3 KQL + SPL, 1 KQL + SQL, 1 KQL (AzureActivity) + SPL (aws)),
 * 2 clarification cases (38).
 * Values: UPNs (m.okonkwo@halvorsenpolar.org, j.whitcombe@ / r.castellane@crownfieldlottery.co.uk,
 * sales@lindqvistharps.se), a user (j.ferreira), hosts and prefixes (HVS-*, HVS-GW01, HVS-SCI-03, CNL-DRAW-01), a
 * CIDR each for KQL+SPL and SPL (91.213.50.0/24, 10.42.8.0/24), ports (22), event IDs (4722, 4771, 4794, 4625, 1,
 * 4724), process names (syncthing.exe, msiexec.exe, outlook.exe), a SHA256, a resource group (rg-hvs-telemetry),
 * Azure operations (deallocate / powerOff, Key Vault delete), CloudTrail events (DeleteDBSnapshot, DeleteSecret),
 * O365 operations (FileDeleted, SearchQueryPerformed), apps (Draw Management Portal, Retailer Terminal Console),
 * a risk level, an audit category (RoleManagement), HTTP 413 + POST + URL path, a registry key (Run), currencies
 * (SEK, per currency), amounts (15,000), thresholds (20 failures, 20 units, 3 events), a category (Pedal Harps), a
 * country (Japan), a status (refunded), a department (Workshop), a fiscal year, event types.
 * Shapes: counts, sums (amount, bytes, quantity), averages (of a difference), thresholds after aggregation
 * (where / HAVING), top N (5, 10), hourly / daily / weekly buckets, group by X (and Y), ordering, columns to show,
 * negations / absences (non-zero error code, not paid, not logged in for 45 days), a comparison of two columns.
 * Windows: last N hours/days/weeks (4h, 6h, 12h, 36h, 48h, 2d, 3d, 5d, 7d, 14d, 21d, 30d, 90d, 8 weeks), today,
 * since yesterday, yesterday (both ends), this week, since Monday, this month, this year, the previous calendar
 * month (both ends), since explicit dates (1 Oct, 2, 20 Nov 2026), an explicit range (16–22 Nov 2026), a fiscal year,
 * and conditions that are not windows (issued more than 60 days ago, overspent, 45 days without a login).
 * Checks accept every spelling I could think of for the same condition and reject only queries that do not answer
 * the question. Before committing I checked every case against queries I wrote by hand (one per platform of each
 * case, plus second spellings for eleven cases and wrong queries for eight; a scratch script, not committed, calling
 * the real checkers from journey-checkers.ts): every `has` matched,
 * no `not` did, and the Kusto analyser, the SPL check and PostgreSQL reported no problem. Not run on the planner.
 */

// KQL windows and shapes
/** Yesterday's start (KQL), also as today's start minus a day. */
const YESTERDAY_START_KQL = new RegExp(
  `${YESTERDAY_START_KQL_BASE.source}|startofday\\(\\s*now\\(\\)\\s*\\)\\s*-\\s*(1d|24h)`,
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
/** A window end on the last day of an explicit range (KQL): before the next day, or up to the day's end. */
const kqlUntil = (lastDay: Date) => {
  const next = new Date(lastDay.getTime() + 86_400_000);
  return new RegExp(
    `(<|\\.\\.)\\s*(${kqlDate(next)}|todatetime\\(\\s*["']${iso(next)})|(<=?|\\.\\.)\\s*datetime\\(\\s*["']?${iso(lastDay)}[T ]23|endofday\\(\\s*${kqlDate(lastDay)}|(\\.\\.|<=?)\\s*${kqlDate(lastDay)}\\s*["']?\\s*\\)\\s*\\+\\s*1d`,
  );
};
/** A successful sign-in (KQL): result code 0. */
const SUCCESS_SIGNIN_KQL =
  /ResultType\s*(==|=~|in\s*\()\s*["']0["']|ResultType\s*==\s*0\b|toint\(\s*ResultType\s*\)\s*==\s*0\b/;
/** A failed sign-in (KQL): a non-zero result code. */
const FAILED_SIGNIN_KQL = /ResultType\s*(!=|!in|!~|<>)|ResultType\s*(==|in\s*\()\s*["']?[1-9]/;

// SPL windows and shapes
/** Since Monday (SPL): snapped to the week starting Monday, or Monday's date. */
const SINCE_MONDAY_SPL = new RegExp(`earliest\\s*=\\s*"?(@w1|-0w@w1|-\\d+d@w1|${splDate(MONDAY)})`);
/** Windows Security event IDs, which must never be applied to sysmon (SPL). */
const WINDOWS_SECURITY_IDS_SPL = /EventCode\s*=\s*"?(4624|4625|4648|4688|4722|4724|4771|4794)\b/;
/** A non-zero Azure AD error code (SPL). */
const FAILED_AAD_SPL =
  /errorCode"?\s*(!=\s*"?0|>\s*"?0|=\s*"?[1-9])|NOT\s+"?properties\.status\.errorCode"?\s*=\s*"?0|errorCode"?\s*!=\s*"0"/i;

// SQL windows and shapes
/** This calendar year on a column (SQL). */
const sqlThisYear = (column: string) =>
  new RegExp(
    `${sqlThis(column, 'year', YEAR_START).source}|EXTRACT\\(\\s*YEAR\\s+FROM\\s+(\\w+\\.)?(${column})\\s*\\)\\s*=\\s*${YEAR}|date_part\\(\\s*'year'\\s*,\\s*(\\w+\\.)?(${column})\\s*\\)\\s*=\\s*${YEAR}`,
    'i',
  );
/** A timestamp older than N days (SQL): `col < now() - interval 'N days'`, or `now() - col > interval 'N days'`. */
const sqlOlderThan = (column: string, spellings: string, days: number) =>
  new RegExp(
    `${column}\\s*<=?\\s*\\(?\\s*${sqlNow}\\s*(::\\s*\\w+\\s*)?-\\s*${sqlInterval(spellings, days)}|${sqlNow}\\s*(::\\s*\\w+\\s*)?-\\s*(\\w+\\.)?${column}\\s*(::\\s*\\w+\\s*)?\\)?\\s*>=?\\s*(${sqlInterval(spellings, days)})|${sqlInterval(spellings, days)}\\s*<=?\\s*${sqlNow}[^;]*-\\s*(\\w+\\.)?${column}`,
    'i',
  );

/** Explicit days the questions name. */
const OCT_1 = new Date(Date.UTC(2026, 9, 1));
const NOV_2 = new Date(Date.UTC(2026, 10, 2));
const NOV_16 = new Date(Date.UTC(2026, 10, 16));
const NOV_20 = new Date(Date.UTC(2026, 10, 20));
const NOV_22 = new Date(Date.UTC(2026, 10, 22));

/** A binary hash the lottery's threat-intel feed flagged. */
const FLAGGED_SHA256 = 'c2a85dfafae7b6aafb18eb7aaaefc1d0aebd16e280c4cae9fff15fe5d11e568c';
/** A range the polar station's satellite provider reported as hostile. */
const HOSTILE_CIDR = '91.213.50.0/24';
/** An IPv4 address or CIDR literal in KQL, with or without escaped dots. */
const kqlCidr = (cidr: string) => {
  const [base] = cidr.split('/');
  const prefix = base.split('.').slice(0, 3).join('\\\\{0,2}\\.');
  return new RegExp(
    `ipv4_is_in(_any)?_range\\(\\s*RemoteIP\\s*,[^)]*${dots(cidr)}|ipv4_is_match\\(\\s*RemoteIP\\s*,\\s*["']${dots(cidr)}|RemoteIP\\s*(startswith|hasprefix|has_prefix|matches\\s+regex)\\s*["']\\^?${prefix}\\\\{0,2}\\.`,
  );
};
/** A CIDR in SPL: the CIDR itself (Splunk matches `field=a.b.c.0/24`), a wildcard, or cidrmatch. */
const splCidr = (cidr: string) => {
  const [base] = cidr.split('/');
  const prefix = dots(base.split('.').slice(0, 3).join('.'));
  return new RegExp(`${prefix}\\.(0\\/24|\\*)|cidrmatch\\(\\s*"${dots(cidr)}"`);
};

export const BLIND64_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: polar research station's one-person IT (terse chat)
  {
    id: 'b64-kql-polar-okonkwo-failed-signins-since-yday',
    question: 'sentinel: failed signins for m.okonkwo@halvorsenpolar.org since yday, wich apps + error desc?',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('UserPrincipalName', 'm\\.okonkwo@halvorsenpolar\\.org'),
          FAILED_SIGNIN_KQL,
          kqlShows('AppDisplayName'),
          kqlShows('ResultDescription'),
          YESTERDAY_START_KQL,
        ],
      },
    },
  },
  {
    id: 'b64-kql-polar-syncthing-hvs-hosts-5d',
    question: 'defender - syncthing.exe running on any HVS-* box lst 5 days? device, acct, cmdline pls',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /syncthing/i,
          kqlPrefix('DeviceName', 'HVS-'),
          kqlShows('DeviceName'),
          kqlShows('AccountName'),
          kqlShows('ProcessCommandLine'),
          kqlLast('5d|120h|7200m'),
        ],
      },
    },
  },
  {
    id: 'b64-kql-polar-high-risk-signins-today',
    question: 'any high risk signins in sentinel 2day? user ip n location',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('RiskLevelDuringSignIn', 'high'),
          kqlShows('UserPrincipalName|UserDisplayName'),
          kqlShows('IPAddress'),
          kqlShows('Location'),
          TODAY_KQL,
        ],
      },
    },
  },
  {
    id: 'b64-kql-polar-vm-stop-deallocate-rg-month',
    question: 'who stopped or deallocated vms in rg-hvs-telemetry this mnth? caller + which vm',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          kqlIs('ResourceGroup', 'rg-hvs-telemetry'),
          /deallocate/i,
          /powerOff|\bstop/i,
          kqlShows('Caller'),
          kqlShows('_ResourceId'),
          THIS_MONTH_KQL,
        ],
      },
    },
  },
  {
    id: 'b64-kql-polar-gw01-ssh-out-by-remote-ip-36h',
    question: 'defender: outbound ssh (port 22) from HVS-GW01 last 36h, count per remote ip',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          /RemotePort\s*(==|in\s*\()\s*22\b/,
          /HVS-GW01/i,
          COUNT_KQL,
          kqlBy('RemoteIP'),
          kqlLast('36h|2160m|1\\.5d'),
        ],
      },
    },
  },
  // KQL: lottery operator's security compliance officer (formal)
  {
    id: 'b64-kql-lottery-4722-enabled-accounts-since-nov2',
    question:
      'Please provide, from Sentinel, every user account that was enabled (event 4722) since 2 November 2026, stating the account that was enabled and the administrator who enabled it.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4722), kqlShows('TargetUserName'), kqlShows('SubjectUserName|Account'), kqlSince(NOV_2)],
      },
    },
  },
  {
    id: 'b64-kql-lottery-4771-per-ip-over-20-48h',
    question:
      'Kindly report the number of Kerberos pre-authentication failures (event 4771) per source IP address recorded in Sentinel over the past 48 hours, retaining only addresses with more than 20 failures.',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4771), COUNT_KQL, kqlBy('IpAddress'), kqlAbove(20), kqlLast('48h|2d|2880m')],
      },
    },
  },
  {
    id: 'b64-kql-lottery-msiexec-from-url-week',
    question:
      'Please identify the Defender-managed devices on which msiexec.exe installed a package directly from an http or https address during the current week, giving the device name, the account and the command line.',
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [
          /msiexec/i,
          /https?(:\/\/)?["']|["']https?|http[^|]*(has|contains|matches)|(has|contains|has_any|matches\s+regex)[^|]*http/i,
          kqlShows('DeviceName'),
          kqlShows('AccountName'),
          kqlShows('ProcessCommandLine'),
          THIS_WEEK_KQL,
        ],
      },
    },
  },
  {
    id: 'b64-kql-lottery-rolemanagement-by-activity-prev-month',
    question:
      'Please summarise, by activity, the Entra ID directory audit events in the RoleManagement category recorded in Sentinel during the previous calendar month.',
    expect: {
      kql: {
        table: 'AuditLogs',
        has: [
          kqlIs('Category', 'RoleManagement'),
          COUNT_KQL,
          kqlBy('ActivityDisplayName|OperationName'),
          LAST_MONTH_START_KQL,
          LAST_MONTH_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b64-kql-lottery-whitcombe-filedeleted-nov16-22',
    question:
      "From Sentinel's Office 365 records, please list the files deleted (FileDeleted) by j.whitcombe@crownfieldlottery.co.uk between 16 and 22 November 2026, with the file name and the site URL.",
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [
          /FileDeleted/i,
          kqlIs('UserId', 'j\\.whitcombe@crownfieldlottery\\.co\\.uk'),
          kqlShows('SourceFileName|OfficeObjectId'),
          kqlShows('Site_Url'),
          kqlSince(NOV_16),
          kqlUntil(NOV_22),
        ],
      },
    },
  },
  {
    id: 'b64-kql-lottery-draw-portal-daily-success-30d',
    question:
      "Please provide the daily number of successful sign-ins to the 'Draw Management Portal' application recorded in Sentinel over the last 30 days.",
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('AppDisplayName', 'Draw Management Portal'),
          SUCCESS_SIGNIN_KQL,
          COUNT_KQL,
          DAILY_KQL,
          kqlLast('30d|720h'),
        ],
      },
    },
  },

  // SPL: polar research station's one-person IT (terse chat)
  {
    id: 'b64-spl-polar-sysmon-dns-sci03-top10-6h',
    question: 'sysmon in splunk: top 10 domains HVS-SCI-03 looked up in the lst 6h',
    expect: {
      spl: {
        table: 'sysmon',
        has: [/HVS-SCI-03/i, /QueryName/, splTop(10), splLast('6h|360m')],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b64-spl-polar-delete-db-snapshot-week',
    question: 'cloudtrail: who deleted rds snapshots (DeleteDBSnapshot) this wk? arn + region',
    expect: {
      spl: {
        table: 'aws',
        has: [/DeleteDBSnapshot/, splShows('userIdentity.arn'), splShows('awsRegion'), THIS_WEEK_SPL],
      },
    },
  },
  {
    id: 'b64-spl-polar-upload-413-by-src-yesterday',
    question: 'POSTs to /api/upload on data.halvorsenpolar.org that got a 413 yday - count by src',
    expect: {
      spl: {
        table: 'Web',
        has: [
          /data\.halvorsenpolar\.org/i,
          /\/api\/upload/,
          /http_method\s*(=|IN\s*\()\s*"?POST/i,
          /status\s*(=|IN\s*\()\s*"?413\b/,
          COUNT_SPL,
          splBy('src'),
          YESTERDAY_START_SPL,
          YESTERDAY_END_SPL,
        ],
      },
    },
  },
  {
    id: 'b64-spl-polar-fw-top5-ports-bytes-out-subnet-12h',
    question: 'fw traffic in splunk: top 5 dest ports by bytes out from 10.42.8.0/24, last 12h',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          splCidr('10.42.8.0/24'),
          /sum\(\s*"?(All_Traffic\.)?bytes_out/i,
          splBy('dest_port'),
          splTop(5),
          splLast('12h|720m'),
        ],
      },
    },
  },
  {
    id: 'b64-spl-polar-run-key-changes-hvs-since-monday',
    question: 'registry Run key changes on HVS-* endpoints since mon? host, value name + data',
    expect: {
      spl: {
        table: 'Endpoint.Registry',
        has: [
          /\\Run\b|\bRun\\?\*|\bRun(Once)?"|registry_key_name"?\s*(=|IN\s*\()\s*"?Run/,
          /dest\s*=\s*"?HVS-\*?/i,
          splShows('dest'),
          splShows('registry_value_name'),
          splShows('registry_value_data'),
          SINCE_MONDAY_SPL,
        ],
      },
    },
  },
  // SPL: lottery operator's security compliance officer (formal)
  {
    id: 'b64-spl-lottery-4794-dsrm-21d',
    question:
      'Please report, from the Windows Security logs in Splunk, every attempt to set the Directory Services Restore Mode administrator password (event 4794) over the past 21 days, with the host and the account responsible.',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [splEvent(4794), splShows('host|dest'), splShows('user'), splLast('21d|504h|3w')],
      },
    },
  },
  {
    id: 'b64-spl-lottery-4625-draw01-by-src-user-4h',
    question:
      'Please quantify the failed logons (event 4625) recorded in Splunk against the host CNL-DRAW-01 during the last 4 hours, grouped by source address and account.',
    expect: {
      spl: {
        table: 'wineventlog',
        has: [splEvent(4625), /CNL-DRAW-01/i, COUNT_SPL, splBy('src'), splBy('user'), splLast('4h|240m')],
      },
    },
  },
  {
    id: 'b64-spl-lottery-sysmon-outlook-children-7d',
    question:
      'Please list, from the Sysmon data in Splunk, the process creations (event 1) whose parent image is outlook.exe over the last 7 days, including the host, the image and the command line.',
    expect: {
      spl: {
        table: 'sysmon',
        has: [
          /EventCode\s*(=|IN\s*\()\s*"?1\b/,
          /ParentImage[^|]*outlook\.exe/i,
          splShows('host'),
          splShows('Image'),
          splShows('CommandLine'),
          splLast('7d|168h|1w'),
        ],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b64-spl-lottery-castellane-searchquery-per-ip-since-nov20',
    question:
      'Please provide, from the Microsoft 365 audit data in Splunk, the number of SearchQueryPerformed operations per client IP for r.castellane@crownfieldlottery.co.uk since 20 November 2026.',
    expect: {
      spl: {
        table: 'o365',
        has: [
          /SearchQueryPerformed/i,
          /r\.castellane@crownfieldlottery\.co\.uk/i,
          COUNT_SPL,
          splBy('ClientIP'),
          splSince(NOV_20),
        ],
      },
    },
  },
  {
    id: 'b64-spl-lottery-terminal-console-aad-failures-hourly-today',
    question:
      "Please give an hourly breakdown, from Splunk's Azure AD sign-in logs, of today's sign-ins to the 'Retailer Terminal Console' application that returned a non-zero error code.",
    expect: {
      spl: {
        table: 'azure',
        has: [/Retailer Terminal Console/i, FAILED_AAD_SPL, HOURLY_SPL, TODAY_SPL],
      },
    },
  },

  // SQL: harp maker's sales office (ordinary)
  {
    id: 'b64-sql-harps-sek-invoiced-per-customer-year',
    question: 'How much have we invoiced in SEK to each customer this year? Biggest first.',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          sqlIs('currency', 'SEK'),
          /SUM\(\s*(\w+\.)?amount\s*\)/i,
          sqlGroupBy('customer_id|name'),
          DESC_SQL,
          sqlThisYear('issued_at'),
        ],
      },
    },
  },
  {
    id: 'b64-sql-harps-pedal-harps-over-20-units-since-oct1',
    question: 'Which products in the Pedal Harps category have sold more than 20 units since 1 October 2026?',
    expect: {
      sql: {
        table: 'order_items',
        has: [
          sqlIs('category', 'Pedal Harps'),
          /HAVING\s+[^;]*SUM\(\s*(\w+\.)?quantity\s*\)\s*(>\s*20|>=\s*21)\b/i,
          sqlSince('created_at', OCT_1),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b64-sql-harps-japan-signups-weekly-8w',
    question: 'How many new customers from Japan have we had each week over the last 8 weeks?',
    expect: {
      sql: {
        table: 'customers',
        has: [
          /country\s*\)?\s*(=|I?LIKE|IN\s*\([^)]*?)\s*'(Japan|JP)'/i,
          /COUNT\(/i,
          WEEKLY_SQL,
          sqlLast('created_at', '8 weeks?|56 days?|2 months?', 56),
        ],
      },
    },
  },
  {
    id: 'b64-sql-harps-unpaid-over-15000-older-60d',
    question: 'List the invoices over 15,000 that are still unpaid and were issued more than 60 days ago.',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /amount\s*>\s*15000(\.0+)?\b|amount\s*>=\s*15000\.01/i,
          UNPAID_SQL,
          sqlOlderThan('issued_at', '60 days?', 60),
        ],
      },
    },
  },
  {
    id: 'b64-sql-harps-refunded-per-currency-prev-month',
    question: 'How many orders were refunded last month, and what was their total value in each currency?',
    expect: {
      sql: {
        table: 'orders',
        has: [
          sqlIs('status', 'refunded'),
          /COUNT\(/i,
          /SUM\(\s*(\w+\.)?total\s*\)/i,
          sqlGroupBy('currency'),
          sqlPrevMonthStart('created_at'),
          sqlPrevMonthEnd('created_at'),
        ],
      },
    },
  },
  {
    id: 'b64-sql-harps-overspent-months-fy2026',
    question:
      'In fiscal year 2026, which departments went over budget in a month? Show the department, the month, the budget and what was spent.',
    expect: {
      sql: {
        table: 'budget',
        has: [
          /fiscal_year\s*=\s*2026\b/i,
          /spent\s*\)?\s*>\s*(SUM\(\s*)?(\w+\.)?amount|amount\s*\)?\s*<\s*(SUM\(\s*)?(\w+\.)?spent/i,
          sqlShows('department'),
          sqlShows('fiscal_month'),
          sqlShows('amount'),
          sqlShows('spent'),
        ],
      },
    },
  },
  {
    id: 'b64-sql-harps-top10-customers-value-year',
    question: 'Who are our top 10 customers by total order value so far this year, and which country is each in?',
    expect: {
      sql: {
        table: 'orders',
        has: [/SUM\(\s*(\w+\.)?total\s*\)/i, DESC_SQL, topSql(10), sqlShows('country'), sqlThisYear('created_at')],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b64-sql-harps-workshop-no-login-45d',
    question: "Which staff in the Workshop department haven't logged in for 45 days or more?",
    expect: {
      sql: {
        table: 'users',
        has: [sqlIs('department', 'Workshop'), sqlOlderThan('last_login_at', '45 days?', 45)],
      },
    },
  },
  {
    id: 'b64-sql-harps-api-key-created-over-3-7d',
    question:
      'How many api_key_created events did each user have in the past week? Only show the ones with more than 3.',
    expect: {
      sql: {
        table: 'events',
        has: [
          sqlIs('event_type', 'api_key_created'),
          sqlGroupBy('user_id|email|display_name'),
          sqlCountAbove(3),
          sqlLast('occurred_at', '7 days?|1 weeks?|168 hours', 7),
        ],
      },
    },
  },
  {
    id: 'b64-sql-harps-avg-discount-per-category-90d',
    question:
      "What's the average discount per product category over the last 90 days, meaning list price minus the price we actually sold at?",
    expect: {
      sql: {
        table: 'order_items',
        has: [
          /AVG\([^;]*list_price\s*-\s*(\w+\.)?unit_price|AVG\([^;]*unit_price[^;]*list_price/i,
          sqlGroupBy('category'),
          sqlLast('created_at', '90 days?|3 months?', 90),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },

  // Two platforms
  {
    id: 'b64-multi-polar-4724-ferreira-sentinel-splunk-today',
    question: 'did an admin reset j.ferreira pw today (4724)? chk sentinel + splunk both',
    expect: {
      kql: {
        table: 'SecurityEvent',
        has: [kqlEvent(4724), /j\.ferreira/i, TODAY_KQL],
      },
      spl: {
        table: 'wineventlog',
        has: [splEvent(4724), /j\.ferreira/i, TODAY_SPL],
      },
    },
  },
  {
    id: 'b64-multi-lottery-sha256-defender-sysmon-30d',
    question: `Please establish whether a binary with SHA256 ${FLAGGED_SHA256} has executed anywhere in our estate in the past 30 days, using both Defender and the Sysmon data in Splunk, and list the hosts concerned.`,
    expect: {
      kql: {
        table: 'DeviceProcessEvents',
        has: [new RegExp(FLAGGED_SHA256, 'i'), kqlShows('DeviceName'), kqlLast('30d|720h')],
      },
      spl: {
        table: 'sysmon',
        has: [new RegExp(FLAGGED_SHA256, 'i'), splShows('host'), splLast('30d|720h|1mon')],
        not: [WINDOWS_SECURITY_IDS_SPL],
      },
    },
  },
  {
    id: 'b64-multi-harps-shop-login-signins-and-locks-3d',
    question:
      "Our shop login sales@lindqvistharps.se may be under attack. Can you show me its sign-ins in Sentinel and any 'account_locked' events for it in our app database, both for the last 3 days?",
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [kqlIs('UserPrincipalName', 'sales@lindqvistharps\\.se'), kqlLast('3d|72h')],
      },
      sql: {
        table: 'events',
        has: [
          sqlIs('event_type', 'account_locked'),
          /sales@lindqvistharps\.se/i,
          sqlLast('occurred_at', '3 days?|72 hours', 3),
        ],
      },
    },
  },
  {
    id: 'b64-multi-polar-hostile-cidr-defender-fw-2d',
    question: `any traffic to ${HOSTILE_CIDR} in the lst 2 days?? defender + splunk fw logs, count per device/src ip`,
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [kqlCidr(HOSTILE_CIDR), COUNT_KQL, kqlBy('DeviceName'), kqlLast('2d|48h')],
      },
      spl: {
        table: 'Network_Traffic',
        has: [splCidr(HOSTILE_CIDR), COUNT_SPL, splBy('src_ip|src'), splLast('2d|48h')],
      },
    },
  },
  {
    id: 'b64-multi-lottery-keyvault-secret-deletions-14d',
    question:
      'Please list any deletion of a Key Vault in Azure and any DeleteSecret call in AWS during the last 14 days, together with the identity responsible for each.',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [/KeyVault[^|]*delete|delete[^|]*KeyVault/i, kqlShows('Caller'), kqlLast('14d|336h|2w')],
      },
      spl: {
        table: 'aws',
        has: [/DeleteSecret/, splShows('userIdentity.arn'), splLast('14d|336h|2w')],
      },
    },
  },

  // Clarification: nothing to act on
  {
    id: 'b64-clarify-lottery-commission-matter',
    question:
      'Further to the Commission’s letter, please carry out the customary verification and confirm the position by close of business.',
    clarification: true,
  },
  {
    id: 'b64-clarify-polar-fix-after-resupply',
    question: 'did u sort teh thing frm b4 the resupply flight? lmk',
    clarification: true,
  },
];

import type { JourneyCase } from './journey-cases';
import {
  COUNT_KQL,
  COUNT_SPL,
  DAY1_KQL,
  DAY1_SPL,
  DESC_SQL,
  MONTHLY_SQL,
  NOT_CUSTOMER_DATE_SQL,
  THIS_MONTH_KQL,
  THIS_MONTH_SPL,
  THIS_WEEK_KQL,
  THIS_WEEK_SPL,
  TODAY_SPL,
  UNPAID_SQL,
  YESTERDAY_END_KQL,
  YESTERDAY_END_SPL,
  YESTERDAY_START_KQL,
  YESTERDAY_START_SPL,
  dots,
  kqlAbove,
  kqlBy,
  kqlIs,
  kqlLast,
  kqlShows,
  kqlSince,
  sqlGroupBy,
  sqlIs,
  sqlLast,
  sqlPrevMonthEnd,
  sqlPrevMonthStart,
  sqlShows,
  sqlSince,
  sqlThis,
  sqlUntil,
  splAbove,
  splBy,
  splIs,
  splLast,
  splShows,
  splSince,
  splTop,
  topSql,
} from './journey-patterns';
import { LAST_MONTH_START, MONTH_START, YEAR, YEAR_START, kqlDate } from './journey-dates';

/**
 * The "blind72" journey-quality set, written blind on 2026-11-29 (10:15–10:25 UTC). I did not read the query
 * builders (apps/mock-data/src/query/** apart from the bundled-schemas module; I grepped the SQL seed's lines for
 * its segment, category and department value lists, nothing else), the constraint extractor or routing code
 * (libs/planner-core), planner-llm, the planner app, the git history of any of them, any failure list, or another blind author's work in progress, and I did not run the planner on any
 * question: the first run is the lead's.
 * I read: TEAM.md and BLIND.md, the `JourneyCase` / `QueryCheck` types in journey-cases.ts, journey-dates.ts,
 * journey-patterns.ts (most checks here are built from it), journey-checkers.ts, run-journeys.ts (to register the
 * set), the mesh's schemas (kql/spl/sql.json), blind55's file as the format example (its questions, personas and
 * values are not reused), the header comments of the other blind sets (to pick organisations none of them used) and
 * the question lines of the other blind sets (to avoid repeating them).
 * Focus: network, firewall, proxy, DNS, mail and cloud-control-plane data, asked tersely with the askers' jargon
 * (DoT, CGNAT, NSG, SG ingress, WPAD, 407s, SMTP AUTH, transport rules, ports by service name, CIDRs, domains).
 * Personas (new, organisations invented):
 * - a regional fibre ISP's network engineer (Saltmarsh Fibre, saltmarshfibre.net; terse chat, abbreviations,
 *   typos): DoT (853) from endpoints, inbound RDP from the CGNAT range, DNS to resolvers other than ours, firewall
 *   denies on BGP (179), bytes out per port from a /22, proxy 407s, WPAD lookups, a blocklisted /24 over SSH; SQL:
 *   new Business subscribers per month, overdue Residential GBP invoices, top accounts by order total, portal
 *   events from the CGNAT range;
 * - a data consultancy's cloud admin (Verdigris Analytics, verdigris.io; ordinary sentences): NSG rule changes,
 *   public IPs created, failed Microsoft.Network operations, DNS zone changes, conditional-access blocks on admin
 *   apps, SG ingress opened, flow logs deleted / CloudTrail stopped, Route 53 changes, AccessDenied calls, a
 *   break-glass account in both sign-in stores, network security changes across both clouds; SQL: average invoice
 *   per currency, inactive Cloud Services products still sold, departments over 90% of budget;
 * - a publisher's messaging administrator (Quillfeather Press, quillfeatherpress.co.uk; formal full sentences):
 *   Set-Mailbox / New-TransportRule, Authenticated SMTP sign-ins, SendAs / SendOnBehalf by one user, transport-rule
 *   edits in Splunk, failed Exchange Online sign-ins in Splunk's Azure AD data, mailbox changes in both stores; SQL:
 *   customers per e-mail domain, dormant Editorial users, orders per status in a date range.
 * Styles: about a third formal, a third ordinary, a third terse chat. No question names a query language; a
 * question names its store (Defender / MDE, Sentinel, Splunk, sysmon, "the fw logs in splunk") whenever the schemas
 * hold that data in more than one store (endpoint network connections and DNS: Defender and Sysmon/firewall; sign-ins
 * and Office 365: Sentinel and Splunk); AzureActivity, CloudTrail, the firewall (Network_Traffic) and proxy (Web)
 * data models and the business tables are asked for without a store name.
 * Counts: 11 KQL, 10 SPL, 10 SQL, 5 two-platform (4 KQL + SPL, 1 KQL + SQL), 2 clarification cases (38).
 * Values: ports (853, 3389, 53, 179, 22, 407 as an HTTP status), CIDRs (100.64.0.0/10, 100.64.12.0/22,
 * 91.215.85.0/24, 203.0.113.0/24), resolver IPs (10.0.0.53, 10.0.1.53), UPNs (j.achterberg@…, breakglass-01@…),
 * domains (verdigris.io as a DNS zone, wpad), Azure operations (securityRules, publicIPAddresses, dnszones,
 * Microsoft.Network), CloudTrail events (AuthorizeSecurityGroupIngress/Egress, DeleteFlowLogs, StopLogging,
 * ChangeResourceRecordSets, AccessDenied), Exchange operations (Set-Mailbox, New-/Set-TransportRule, SendAs,
 * SendOnBehalf, Set-InboxRule), client apps (Authenticated SMTP, Azure Portal, Azure CLI, Exchange Online), a
 * currency (GBP), segments, a category, departments, a fiscal year, order statuses.
 * Shapes: lists with columns, counts, sums, averages, a ratio threshold, thresholds after
 * aggregation (> 50, > 3), top N (5, 10), monthly buckets, group by X (and Y), ordering, negations (not our
 * resolvers, inactive products, not logged in), CIDR membership on all three platforms.
 * Windows: last N hours/days (6h, 12h, 24h, 48h, 72h, 3d, 7d, 14d, 30d, 90d), today, yesterday (both ends), this
 * week / since Monday, this month, this year, the previous calendar month (both ends), since explicit dates (1, 16,
 * 20, 24 Nov 2026), an explicit range (2–15 Nov 2026), a fiscal year, and conditions that are not windows (overdue
 * now, 60 days without a login).
 * Checks accept every spelling I could think of for the same condition and reject only queries that do not answer
 * the question. Before committing I checked every case against queries I wrote by hand (one per platform of each
 * case; a scratch script, not committed, calling the real checkers from journey-checkers.ts): every `has` matched,
 * no `not` did, and the Kusto analyser, the SPL check and PostgreSQL reported no problem. Not run on the planner.
 */

/** Explicit days the questions name. */
const NOV_1 = new Date(Date.UTC(2026, 10, 1));
const NOV_2 = new Date(Date.UTC(2026, 10, 2));
const NOV_15 = new Date(Date.UTC(2026, 10, 15));
const NOV_16 = new Date(Date.UTC(2026, 10, 16));
const NOV_20 = new Date(Date.UTC(2026, 10, 20));
const NOV_24 = new Date(Date.UTC(2026, 10, 24));

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
  ].join('|'),
);

/** An operator that keeps rows whose column holds a value (KQL), up to the value's quote. */
const KQL_OP = `\\s*(==|=~|has|contains|startswith|endswith|has_cs|contains_cs|matches\\s+regex|(in~?|has_any)\\s*\\()[^|]*`;
/** A column holding a value anywhere in the same `where` (KQL). */
const kqlHolds = (columns: string, value: string) => new RegExp(`(${columns})${KQL_OP}${value}`, 'i');
/** A port compared on a column (KQL / SPL). */
const kqlPort = (column: string, port: number) => new RegExp(`${column}\\s*(==|in\\s*\\([^)]*?)\\s*${port}\\b`);
const splPort = (field: string, port: number) => new RegExp(`${field}\\s*(=|IN\\s*\\([^)]*?)\\s*"?${port}"?\\b`, 'i');
/** A remote address inside a CIDR (KQL). */
const kqlInCidr = (column: string, cidr: string) =>
  new RegExp(
    `(ipv4_is_in_range|ipv4_is_in_any_range|ipv4_is_match|ipv4_compare)\\(\\s*${column}\\s*,[^)]*["']${dots(cidr)}["']`,
  );
/** An address field inside a CIDR (SPL): `dest_ip="91.215.85.0/24"`, `cidrmatch("…", dest_ip)`. */
const splInCidr = (fields: string, cidr: string) =>
  new RegExp(
    `(${fields})\\s*(=|IN\\s*\\([^)]*?)\\s*"?${dots(cidr)}|cidrmatch\\(\\s*"${dots(cidr)}"\\s*,\\s*([\\w.]*\\.)?(${fields})\\s*\\)`,
  );
/**
 * `events.ip_address` inside a CIDR (SQL): the containment operators, a mask comparison
 * (`set_masklen` / `network` / `inet_merge`), or a range from the first to the last address.
 */
const sqlInCidr = (cidr: string, first: string, last: string) =>
  new RegExp(
    [
      `ip_address\\s*<<=?\\s*(inet\\s*|cidr\\s*)?'${dots(cidr)}'`,
      `'${dots(cidr)}'\\s*(::\\s*(inet|cidr)\\s*)?>>=?\\s*(\\w+\\.)?ip_address`,
      `(set_masklen|network|inet_merge)\\(\\s*[^;]*ip_address[^;]*'${dots(cidr)}'`,
      `ip_address\\s*(BETWEEN|>=)\\s*(inet\\s*)?'${dots(first)}'[^;]*'${dots(last)}'`,
    ].join('|'),
    'i',
  );
/** A blocked / denied firewall action (SPL). */
const BLOCKED_SPL =
  /action\s*(=|IN\s*\()\s*"?(blocked|block|denied|deny|dropped|drop|rejected|reject)|action\s*!=\s*"?(allowed|allow|accept)/i;
/** A failed Azure operation (KQL). */
const FAILED_AZURE_KQL = /ActivityStatusValue\s*(==|=~|has|contains|startswith|(in~?|has_any)\s*\()[^|]*["']Fail/i;
/** A failed Azure AD sign-in in Splunk's azure feed. */
const FAILED_AAD_SPL =
  /properties\.status\.errorCode\s*(!=|>|IN\s*\(\s*"?[1-9])|NOT\s+"?properties\.status\.errorCode"?\s*=\s*"?0|properties\.status\.errorCode\s*=\s*"?[1-9]/i;
/** A sum of a column (SQL). */
const sqlSum = (column: string) => new RegExp(`SUM\\(\\s*(\\w+\\.)?${column}\\s*\\)`, 'i');
const COUNT_SQL = /COUNT\(/i;
/** This calendar year on a column (SQL). */
const sqlThisYear = (column: string) =>
  new RegExp(
    `${sqlThis(column, 'year', YEAR_START).source}|EXTRACT\\(\\s*YEAR\\s+FROM\\s+(\\w+\\.)?(${column})\\s*\\)\\s*=\\s*${YEAR}|date_part\\(\\s*'year'\\s*,\\s*(\\w+\\.)?(${column})\\s*\\)\\s*=\\s*${YEAR}`,
    'i',
  );

/** The CGNAT range, the resolvers and the blocklisted ranges the ISP uses. */
const CGNAT = '100.64.0.0/10';
const RESOLVERS = ['10.0.0.53', '10.0.1.53'];
/** A resolver excluded (KQL): `RemoteIP !in (…)`, `RemoteIP != "…"`, `not(RemoteIP in (…))`. */
const kqlNotIp = (ip: string) =>
  new RegExp(
    `RemoteIP\\s*(!in~?\\s*\\([^)]*?|!=\\s*|!~\\s*|!has_any\\s*\\([^)]*?)["']${dots(ip)}["']|not\\s*\\(\\s*RemoteIP\\s*(in~?|has_any|==)\\s*\\(?[^)]*?["']${dots(ip)}["']`,
  );

export const BLIND72_JOURNEY_CASES: readonly JourneyCase[] = [
  // KQL: ISP network engineer (terse chat)
  {
    id: 'b72-kql-isp-mde-dot-853-24h',
    question: 'mde: any boxes doing DoT (tcp/853) lst 24h? dev, remote ip + proc',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          kqlPort('RemotePort', 853),
          kqlShows('DeviceName'),
          kqlShows('RemoteIP'),
          kqlShows('InitiatingProcessFileName'),
          DAY1_KQL,
        ],
      },
    },
  },
  {
    id: 'b72-kql-isp-mde-inbound-rdp-cgnat-week',
    question: 'defender - inbound rdp from cgnat space 100.64.0.0/10 since mon, devices w/ >3 hits',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          kqlPort('LocalPort', 3389),
          kqlInCidr('RemoteIP', CGNAT),
          COUNT_KQL,
          kqlBy('DeviceName'),
          kqlAbove(3),
          THIS_WEEK_KQL,
        ],
        not: [kqlPort('RemotePort', 3389)],
      },
    },
  },
  {
    id: 'b72-kql-isp-mde-dns-not-our-resolvers-6h',
    question:
      "defendr: who's sending dns (53) to something that isnt our resolvers 10.0.0.53/10.0.1.53? lst 6h, cnt by dev",
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          kqlPort('RemotePort', 53),
          kqlNotIp(RESOLVERS[0]!),
          kqlNotIp(RESOLVERS[1]!),
          COUNT_KQL,
          kqlBy('DeviceName'),
          kqlLast('6h|360m'),
        ],
        not: [/(?<!not\s*\(\s*)RemoteIP\s*(==|in\s*\()\s*["']10\.0\.[01]\.53/],
      },
    },
  },
  // KQL: consultancy cloud admin (ordinary)
  {
    id: 'b72-kql-cloud-nsg-rule-changes-7d',
    question:
      'Who changed NSG security rules in Azure over the last 7 days? I need the caller, the resource group and which rule.',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          kqlHolds('OperationNameValue|_ResourceId', '(securityRules|networkSecurityGroups)'),
          kqlShows('Caller'),
          kqlShows('ResourceGroup'),
          kqlShows('_ResourceId|OperationNameValue'),
          kqlLast('7d|168h|1w'),
        ],
      },
    },
  },
  {
    id: 'b72-kql-cloud-public-ips-created-month',
    question: 'Which public IP addresses were created in Azure this month, by whom, and in which subscription?',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          kqlHolds('OperationNameValue|_ResourceId', 'publicIPAddresses'),
          kqlShows('Caller'),
          kqlShows('SubscriptionId'),
          THIS_MONTH_KQL,
        ],
      },
    },
  },
  {
    id: 'b72-kql-cloud-failed-network-ops-yesterday',
    question: 'How many Microsoft.Network operations failed yesterday in Azure, per caller?',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          kqlHolds('ResourceProviderValue|OperationNameValue|_ResourceId', 'Microsoft\\.Network'),
          FAILED_AZURE_KQL,
          COUNT_KQL,
          kqlBy('Caller'),
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b72-kql-cloud-dns-zone-changes-since-nov20',
    question: 'Show me the changes made to our Azure DNS zone verdigris.io since 20 November 2026, with who made them.',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          kqlHolds('OperationNameValue|_ResourceId|ResourceProviderValue', '(dnszones|verdigris\\.io)'),
          /verdigris\.io/i,
          kqlShows('Caller'),
          kqlSince(NOV_20),
        ],
      },
    },
  },
  {
    id: 'b72-kql-cloud-ca-blocked-admin-apps-72h',
    question:
      'In Sentinel, sign-ins to the Azure Portal or Azure CLI that conditional access blocked in the last 72 hours, grouped by user and IP.',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          /Azure Portal/i,
          /Azure CLI/i,
          /ConditionalAccessStatus\s*(==|=~|has|contains|startswith|(in~?|has_any)\s*\()[^|]*["']fail|ResultType\s*(==|in\s*\()[^|]*53003/i,
          kqlBy('UserPrincipalName|UserId|UserDisplayName'),
          kqlBy('IPAddress'),
          kqlLast('72h|3d|4320m'),
        ],
      },
    },
  },
  // KQL: publisher's messaging administrator (formal)
  {
    id: 'b72-kql-mail-setmailbox-transportrule-14d',
    question:
      "Please list every Set-Mailbox or New-TransportRule operation recorded in Sentinel's Office 365 audit data over the last 14 days, with the user who performed it and the client IP address.",
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [/Set-Mailbox/i, /New-TransportRule/i, kqlShows('UserId'), kqlShows('ClientIP'), kqlLast('14d|336h|2w')],
      },
    },
  },
  {
    id: 'b72-kql-mail-authenticated-smtp-prev-month',
    question:
      'Please report, from Sentinel, the number of sign-ins per user that used the legacy Authenticated SMTP client during the previous calendar month.',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlHolds('ClientAppUsed', 'SMTP'),
          COUNT_KQL,
          kqlBy('UserPrincipalName|UserId|UserDisplayName'),
          LAST_MONTH_START_KQL,
          LAST_MONTH_END_KQL,
        ],
      },
    },
  },
  {
    id: 'b72-kql-mail-sendas-achterberg-since-nov24',
    question:
      "Please identify the SendAs and SendOnBehalf operations performed by j.achterberg@quillfeatherpress.co.uk since 24 November 2026, according to Sentinel's Office 365 records, including the affected object and the client IP address.",
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [
          /SendAs/,
          /SendOnBehalf/,
          kqlIs('UserId', 'j\\.achterberg@quillfeatherpress\\.co\\.uk'),
          kqlShows('OfficeObjectId'),
          kqlShows('ClientIP'),
          kqlSince(NOV_24),
        ],
      },
    },
  },

  // SPL: ISP network engineer (terse chat)
  {
    id: 'b72-spl-isp-fw-bgp-denies-24h',
    question: 'fw denies on tcp/179 (bgp) lst 24h, by src_ip + dest_ip',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [BLOCKED_SPL, splPort('dest_port', 179), splBy('src_ip'), splBy('dest_ip'), DAY1_SPL],
      },
    },
  },
  {
    id: 'b72-spl-isp-fw-bytes-out-per-port-cidr-yday',
    question: 'fw: top 5 dst ports by bytes out from 100.64.12.0/22 yday',
    expect: {
      spl: {
        table: 'Network_Traffic',
        has: [
          splInCidr('src_ip|src', '100.64.12.0/22'),
          /sum\(\s*"?([\w.]*\.)?bytes_out"?\s*\)/,
          splBy('dest_port'),
          splTop(5),
          YESTERDAY_START_SPL,
          YESTERDAY_END_SPL,
        ],
      },
    },
  },
  {
    id: 'b72-spl-isp-proxy-407-over-50-today',
    question: 'proxy 407s today - srcs w/ more than 50',
    expect: {
      spl: {
        table: 'Web',
        has: [splIs('status', '407'), COUNT_SPL, splBy('src'), splAbove(50), TODAY_SPL],
      },
    },
  },
  {
    id: 'b72-spl-isp-sysmon-wpad-lookups-3d',
    question: 'sysmon dns - who looked up wpad* lst 3 days, count per host',
    expect: {
      spl: {
        table: 'sysmon',
        has: [
          /QueryName\s*(=\s*"?\*?wpad|IN\s*\([^)]*wpad)|(like|match)\(\s*QueryName\s*,\s*"[^"]*wpad/i,
          COUNT_SPL,
          splBy('host'),
          splLast('3d|72h'),
        ],
      },
    },
  },
  // SPL: consultancy cloud admin (ordinary)
  {
    id: 'b72-spl-cloud-sg-ingress-opened-7d',
    question:
      'Which AWS security groups had ingress rules opened in the last 7 days? Show who did it (the ARN), the region and the source IP.',
    expect: {
      spl: {
        table: 'aws',
        has: [
          /AuthorizeSecurityGroupIngress/,
          splShows('userIdentity.arn'),
          splShows('awsRegion'),
          splShows('sourceIPAddress'),
          splLast('7d|168h|1w'),
        ],
      },
    },
  },
  {
    id: 'b72-spl-cloud-flowlogs-stoplogging-month',
    question: 'Has anyone deleted VPC flow logs or stopped CloudTrail logging this month? Who?',
    expect: {
      spl: {
        table: 'aws',
        has: [/DeleteFlowLogs/, /StopLogging/, splShows('userIdentity.arn'), THIS_MONTH_SPL],
      },
    },
  },
  {
    id: 'b72-spl-cloud-route53-changes-since-nov1',
    question: 'Route 53 record changes (ChangeResourceRecordSets) since 1 November 2026, counted per user ARN.',
    expect: {
      spl: {
        table: 'aws',
        has: [/ChangeResourceRecordSets/, COUNT_SPL, splBy('userIdentity.arn'), splSince(NOV_1)],
      },
    },
  },
  {
    id: 'b72-spl-cloud-accessdenied-48h',
    question: 'AccessDenied errors in CloudTrail over the last 48 hours, broken down by eventSource and eventName.',
    expect: {
      spl: {
        table: 'aws',
        has: [/AccessDenied/, COUNT_SPL, splBy('eventSource'), splBy('eventName'), splLast('48h|2d|2880m')],
      },
    },
  },
  // SPL: publisher's messaging administrator (formal)
  {
    id: 'b72-spl-mail-transport-rules-since-nov16',
    question:
      'Please list, from the Office 365 data in Splunk, every creation or modification of an Exchange transport rule (New-TransportRule, Set-TransportRule) since 16 November 2026, with the user and the client IP address.',
    expect: {
      spl: {
        table: 'o365',
        has: [/New-TransportRule/i, /Set-TransportRule/i, splShows('UserId'), splShows('ClientIP'), splSince(NOV_16)],
      },
    },
  },
  {
    id: 'b72-spl-mail-failed-exchange-online-signins-12h',
    question:
      "Please provide the failed sign-ins to Office 365 Exchange Online recorded in Splunk's Azure AD sign-in data over the last 12 hours, grouped by user principal name and IP address.",
    expect: {
      spl: {
        table: 'azure',
        has: [
          /Exchange Online/i,
          FAILED_AAD_SPL,
          splBy('properties.userPrincipalName'),
          splBy('properties.ipAddress'),
          splLast('12h|720m'),
        ],
      },
    },
  },

  // SQL: ISP network engineer's business questions (terse chat)
  {
    id: 'b72-sql-isp-new-business-subs-monthly-year',
    question: 'new Business-segment customers per month this yr?',
    expect: {
      sql: {
        table: 'customers',
        has: [sqlIs('segment', 'Business'), COUNT_SQL, MONTHLY_SQL, sqlThisYear('created_at')],
      },
    },
  },
  {
    id: 'b72-sql-isp-overdue-residential-gbp-total',
    question: 'total outstanding on overdue GBP invoices for Residential subs rn',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          sqlIs('segment', 'Residential'),
          sqlIs('currency', 'GBP'),
          /due_date\s*<\s*\(?\s*(CURRENT_DATE|now\(\)|current_timestamp|localtimestamp)|status\s*(=|IN\s*\()[^)]*'overdue'/i,
          UNPAID_SQL,
          sqlSum('amount'),
        ],
      },
    },
  },
  {
    id: 'b72-sql-isp-top10-accounts-order-total-90d',
    question: 'top 10 accts by order total lst 90d - name + country',
    expect: {
      sql: {
        table: 'orders',
        has: [
          sqlSum('total'),
          topSql(10),
          DESC_SQL,
          sqlShows('name'),
          sqlShows('country'),
          sqlLast('created_at', '90 days?|3 months?', 90),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b72-sql-isp-portal-events-cgnat-7d',
    question: 'portal events from cgnat 100.64.0.0/10 lst 7d by event_type',
    expect: {
      sql: {
        table: 'events',
        has: [
          sqlInCidr(CGNAT, '100.64.0.0', '100.127.255.255'),
          COUNT_SQL,
          sqlGroupBy('event_type'),
          sqlLast('occurred_at', '7 days?|1 weeks?', 7),
        ],
      },
    },
  },
  // SQL: consultancy cloud admin's business questions (ordinary)
  {
    id: 'b72-sql-cloud-avg-invoice-per-currency-prev-month',
    question: 'What was the average invoice amount per currency for invoices issued last month?',
    expect: {
      sql: {
        table: 'invoices',
        has: [
          /AVG\(\s*(\w+\.)?amount\s*\)/i,
          sqlGroupBy('currency'),
          sqlPrevMonthStart('issued_at'),
          sqlPrevMonthEnd('issued_at'),
        ],
      },
    },
  },
  {
    id: 'b72-sql-cloud-inactive-cloud-services-still-ordered',
    question: "Which inactive products in the 'Cloud Services' category still appeared on orders placed this year?",
    expect: {
      sql: {
        table: 'order_items',
        has: [
          sqlIs('category', 'Cloud Services'),
          /(\w+\.)?active\s*(=\s*false|IS\s+(NOT\s+TRUE|FALSE))|NOT\s+(\w+\.)?active\b|active\s*(=|IS)\s*'?(f|0)'?\b/i,
          sqlThisYear('created_at'),
        ],
        not: [NOT_CUSTOMER_DATE_SQL],
      },
    },
  },
  {
    id: 'b72-sql-cloud-departments-over-90pct-budget-fy2026',
    question: 'Which departments have spent more than 90% of their budget in fiscal year 2026?',
    expect: {
      sql: {
        table: 'budget',
        has: [
          /fiscal_year\s*(=\s*2026|IN\s*\(\s*2026\s*\))/i,
          sqlGroupBy('department'),
          /SUM\(\s*(\w+\.)?spent\s*\)[^;]*(\b0?\.90?\b|\b90\b)|(\b0?\.90?\b|\b90\b)[^;]*SUM\(\s*(\w+\.)?(spent|amount)\s*\)/i,
          sqlSum('amount'),
        ],
      },
    },
  },
  // SQL: publisher's messaging administrator's business questions (formal)
  {
    id: 'b72-sql-mail-customers-per-email-domain-top10',
    question: 'Please provide the number of customers per e-mail domain, for the ten most common domains.',
    expect: {
      sql: {
        table: 'customers',
        has: [
          /split_part\(\s*(\w+\.)?email\s*,\s*'@'\s*,\s*2\s*\)|substring\(\s*(\w+\.)?email\s+from|substr(ing)?\(\s*(\w+\.)?email\s*,|regexp_replace\(\s*(\w+\.)?email|regexp_match\(\s*(\w+\.)?email|split_part\(\s*lower\(\s*(\w+\.)?email\s*\)\s*,\s*'@'\s*,\s*2\s*\)/i,
          COUNT_SQL,
          topSql(10),
          DESC_SQL,
        ],
      },
    },
  },
  {
    id: 'b72-sql-mail-editorial-users-no-login-60d',
    question:
      'Please list the application users in the Editorial department who have not logged in for 60 days or more, with their e-mail address and last login.',
    expect: {
      sql: {
        table: 'users',
        has: [
          sqlIs('department', 'Editorial'),
          /last_login_at\s*(<|<=)\s*\(?\s*(now\(\)|CURRENT_DATE|current_timestamp|localtimestamp)\s*(::\s*\w+\s*)?-\s*(interval\s*'60 days?'|'60 days?'\s*::\s*interval|60\b|make_interval\(\s*days\s*=>\s*60\s*\))/i,
          sqlShows('email'),
          sqlShows('last_login_at'),
        ],
      },
    },
  },
  {
    id: 'b72-sql-mail-orders-per-status-nov2-15',
    question:
      'Please report the number of orders and their total value per status for orders placed between 2 and 15 November 2026.',
    expect: {
      sql: {
        table: 'orders',
        has: [
          COUNT_SQL,
          sqlSum('total'),
          sqlGroupBy('status'),
          sqlSince('created_at', NOV_2),
          sqlUntil('created_at', NOV_15),
        ],
      },
    },
  },

  // Two platforms
  {
    id: 'b72-two-isp-blocklisted-24-ssh-mde-fw-48h',
    question: 'check mde + the fw logs in splunk for anything talking to 91.215.85.0/24 over ssh, lst 48h',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          new RegExp(
            `${kqlInCidr('RemoteIP', '91.215.85.0/24').source}|RemoteIP\\s*(startswith|hasprefix)\\s*["']91\\.215\\.85\\.`,
          ),
          kqlPort('RemotePort', 22),
          kqlLast('48h|2d|2880m'),
        ],
      },
      spl: {
        table: 'Network_Traffic',
        has: [
          new RegExp(`${splInCidr('dest_ip|dest', '91.215.85.0/24').source}|dest(_ip)?\\s*=\\s*"?91\\.215\\.85\\.\\*`),
          splPort('dest_port', 22),
          splLast('48h|2d|2880m'),
        ],
      },
    },
  },
  {
    id: 'b72-two-mail-mailbox-changes-both-stores-yesterday',
    question:
      'Please check both Sentinel and Splunk Office 365 records for Set-Mailbox and Set-InboxRule operations performed yesterday, listing the user and the client IP address.',
    expect: {
      kql: {
        table: 'OfficeActivity',
        has: [
          /Set-Mailbox/i,
          /Set-InboxRule/i,
          kqlShows('UserId'),
          kqlShows('ClientIP'),
          YESTERDAY_START_KQL,
          YESTERDAY_END_KQL,
        ],
      },
      spl: {
        table: 'o365',
        has: [
          /Set-Mailbox/i,
          /Set-InboxRule/i,
          splShows('UserId'),
          splShows('ClientIP'),
          YESTERDAY_START_SPL,
          YESTERDAY_END_SPL,
        ],
      },
    },
  },
  {
    id: 'b72-two-cloud-network-security-changes-both-clouds-week',
    question:
      'Any network security changes across both clouds this week? NSG rule changes in Azure and security group ingress/egress changes in AWS, with who made them.',
    expect: {
      kql: {
        table: 'AzureActivity',
        has: [
          kqlHolds('OperationNameValue|_ResourceId', '(securityRules|networkSecurityGroups)'),
          kqlShows('Caller'),
          THIS_WEEK_KQL,
        ],
      },
      spl: {
        table: 'aws',
        has: [/SecurityGroupIngress/, /SecurityGroupEgress/, splShows('userIdentity.arn'), THIS_WEEK_SPL],
      },
    },
  },
  {
    id: 'b72-two-cloud-breakglass-signins-sentinel-splunk-30d',
    question:
      'Both Sentinel and Splunk get our Entra sign-ins: check each for sign-ins by breakglass-01@verdigris.io over the last 30 days, with app, IP and result.',
    expect: {
      kql: {
        table: 'SigninLogs',
        has: [
          kqlIs('UserPrincipalName', 'breakglass-01@verdigris\\.io'),
          kqlShows('AppDisplayName'),
          kqlShows('IPAddress'),
          kqlShows('ResultType|ResultDescription'),
          kqlLast('30d|720h'),
        ],
      },
      spl: {
        table: 'azure',
        has: [
          splIs('properties.userPrincipalName', 'breakglass-01@verdigris\\.io'),
          splShows('properties.appDisplayName'),
          splShows('properties.ipAddress'),
          splShows('properties.status.errorCode'),
          splLast('30d|720h|1mon'),
        ],
      },
    },
  },
  {
    id: 'b72-two-isp-blocklisted-range-mde-and-portal-7d',
    question:
      '203.0.113.0/24 just landed on the blocklist - any defender devices talking to it lst 7d, and any portal events from that range in the app db?',
    expect: {
      kql: {
        table: 'DeviceNetworkEvents',
        has: [
          new RegExp(
            `${kqlInCidr('RemoteIP', '203.0.113.0/24').source}|RemoteIP\\s*(startswith|hasprefix)\\s*["']203\\.0\\.113\\.`,
          ),
          kqlShows('DeviceName'),
          kqlLast('7d|168h|1w'),
        ],
      },
      sql: {
        table: 'events',
        has: [
          sqlInCidr('203.0.113.0/24', '203.0.113.0', '203.0.113.255'),
          sqlLast('occurred_at', '7 days?|1 weeks?', 7),
        ],
      },
    },
  },

  // Clarification: nothing to act on
  { id: 'b72-clarify-same-drill-change-window', question: 'same drill as last change window pls', clarification: true },
  {
    id: 'b72-clarify-matter-discussed-on-call',
    question: 'Kindly look into the matter we discussed on the call and advise accordingly.',
    clarification: true,
  },
];

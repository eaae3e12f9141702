import { SpanSet, scan, type ValueHit } from './value-hit';

/** Network services by the name people call them, each with the ports it listens on by default. */
export const SERVICE_DEFAULT_PORTS: Readonly<Record<string, readonly number[]>> = {
  ssh: [22],
  sftp: [22],
  rdp: [3389],
  'remote desktop': [3389],
  smb: [445],
  winrm: [5985, 5986],
  wsman: [5985, 5986],
  http: [80],
  https: [443],
  ftp: [21],
  ftps: [990],
  telnet: [23],
  dns: [53],
  ldap: [389],
  ldaps: [636],
  kerberos: [88],
  smtp: [25],
  imap: [143],
  pop3: [110],
  vnc: [5900],
  mssql: [1433],
  mysql: [3306],
  postgres: [5432],
  postgresql: [5432],
  rpc: [135],
  wmi: [135],
  netbios: [139],
  snmp: [161],
  nfs: [2049],
  ntp: [123],
  syslog: [514],
  redis: [6379],
  mongodb: [27017],
  // Internet Relay Chat, plain and over TLS.
  irc: [6667, 6697],
};

/** The service names as one alternation, longest first (`ldaps` before `ldap`), spaces as any run of blanks. */
export const SERVICE_NAME_GROUP = Object.keys(SERVICE_DEFAULT_PORTS)
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/ /g, String.raw`\s+`))
  .join('|');

/**
 * A service named as a word of its own, not as part of a file or a host name (`ssh.exe`, `smb-gw`), and not
 * followed by what is no traffic of it: its logons, its keys, its shares, its lookups or requests (read elsewhere).
 */
const SERVICE_NAMED = new RegExp(
  String.raw`(?<![\w.\\/-])(${SERVICE_NAME_GROUP})(?![\w.\\/-])(?!\s+(?:log[\s-]?(?:on|in)s?|logged|sign[\s-]?ins?|auth\w*|keys?|shares?|quer(?:y|ies)|lookups?|requests?|records?|resolutions?|names?|config\w*|versions?|clients?|binar(?:y|ies)|commands?)\b)`,
  'gi',
);

/**
 * Words of network traffic: its flows, machines talking to each other, or the firewall's verdict on them (a service's
 * sessions may be its logons, and so may a login "over ssh").
 */
const TRAFFIC_WORDS =
  /\b(?:traffic|connections?|connect(?:s|ed|ing)?|flows?|packets?|firewall|deny|denie[sd]|block(?:s|ed)?|allow(?:s|ed)?|drop(?:s|ped)?|reject(?:s|ed)?|inbound|outbound|ingress|egress|netflow|network|scan(?:s|ned|ning)?|listen(?:s|ing)?|exposed|talk(?:s|ed|ing)?\s+to|communicat(?:e|es|ed|ing|ions?))\b/i;

/**
 * A service said to go to or from a machine by its address or a name with a digit ("telnet to 10.4.4.1", "vnc from
 * web-3", "rdp sessions into jump-2").
 */
const SERVICE_TO_MACHINE = new RegExp(
  String.raw`(?<![\w.\\/-])(?:${SERVICE_NAME_GROUP})(?:\s+(?:sessions?|attempts?|access)){0,2}\s+(?:to|against|towards?|into|from)\s+(?:\d{1,3}\.\d|[A-Za-z][\w-]*\d)`,
  'i',
);

/**
 * The default ports of the services a network-traffic question names without any port ("denied ssh against
 * 10.2.2.2" → 22, "smb traffic from the file server" → 445), as destination ports: the port of a service is the
 * end it listens on. The caller reads these only when the question gives no port of its own. Where the question
 * names a domain (`namesDomain`), DNS is the lookup of that name ("bad.example in dns or network events"), which
 * the data keeps as a query, not as traffic to port 53.
 */
export function readServicePorts(text: string, taken: SpanSet = new SpanSet(), namesDomain = false): ValueHit[] {
  if (!TRAFFIC_WORDS.test(text) && !SERVICE_TO_MACHINE.test(text)) return [];
  const hits: ValueHit[] = [];
  const seen = new Set<number>();
  scan(
    text,
    SERVICE_NAMED,
    taken,
    (m) => {
      const name = m[1]!.toLowerCase().replace(/\s+/g, ' ');
      if (namesDomain && name === 'dns') return null;
      const ports = SERVICE_DEFAULT_PORTS[name] ?? [];
      const fresh = ports.filter((port) => !seen.has(port));
      fresh.forEach((port) => seen.add(port));
      const end = m.index + m[0].length;
      return fresh.length
        ? fresh.map((port) => ({ kind: 'port', value: String(port), start: m.index, end, hint: 'destination' }))
        : null;
    },
    hits,
  );
  // "outbound 3389 conns", "inbound 445 traffic": a service's port said bare with a direction before its traffic.
  scan(
    text,
    DIRECTED_PORT,
    taken,
    (m) => {
      const port = Number(m[1]);
      if (!KNOWN_PORTS.has(port) || seen.has(port)) return null;
      seen.add(port);
      const start = m.index + m[0].indexOf(m[1]!);
      return { kind: 'port', value: String(port), start, end: start + m[1]!.length, hint: 'destination' };
    },
    hits,
  );
  return hits;
}

/** The default ports of the services above: a bare number said as a port only if it is one of them. */
const KNOWN_PORTS: ReadonlySet<number> = new Set(Object.values(SERVICE_DEFAULT_PORTS).flat());

/** A number between a direction and traffic ("outbound 3389 conns", "inbound 22 connections"). */
const DIRECTED_PORT =
  /\b(?:outbound|inbound|egress|ingress|outgoing|incoming)\s+(\d{2,5})\s+(?:conns?|connections?|traffic|sessions?|flows?|packets?)\b/gi;

import { oncePerList } from './once-per-list.util';

/** An entry as these searches read it. */
type ColumnsOf = { readonly name: string; readonly columns: readonly string[] };

/** Characters of the question read for a flow's two ends. */
const MAX_TEXT = 1_000;
/** Entries read for flow columns (the first ones; a catalog may hold thousands). */
const MAX_ENTRIES = 200;

/** One end of a flow said as a firewall or flow log names it: "source ip", "src address", "destination port". */
const SOURCE_END = /\b(?:source|src)[\s_-]*(?:ips?|ip\s+address(?:es)?|address(?:es)?|hosts?|ports?)\b/i;
const DESTINATION_END = /\b(?:destination|dest|dst)[\s_-]*(?:ips?|ip\s+address(?:es)?|address(?:es)?|hosts?|ports?)\b/i;
/**
 * A port said by its number ("port 3389", "telnet (23)", "53/udp"): beside a source end, the end the source
 * reached. A service's name alone ("ssh") or a number in brackets after another word ("event (4625)") is not.
 */
const NUMBERED_PORT =
  /\bports?\s+(?:no\.?\s*|#\s*)?\d{1,5}\b|\b(?:ssh|rdp|smb|telnet|s?ftp|dns|https?|ldaps?|winrm|vnc|smtp|snmp|ntp|netbios|mysql|mssql|postgres(?:ql)?|redis)\s*\(\s*(?:port\s+)?\d{1,5}\s*\)|\b\d{1,5}\/(?:tcp|udp)\b/i;

/**
 * Whether the question puts traffic as flows, by both ends ("source ips … destination ports", "src addresses
 * that hit port 3389"): the shape of firewall and flow logs (the CIM Network_Traffic model, CEF), where each
 * record has a source and a destination.
 */
export function saysTrafficFlow(text: string): boolean {
  const slice = text.slice(0, MAX_TEXT);
  return SOURCE_END.test(slice) && (DESTINATION_END.test(slice) || NUMBERED_PORT.test(slice));
}

const SOURCE_COLUMN = /^(?:src|source)_?(?:ip|address|addr)$/;
const DESTINATION_COLUMN = /^(?:dest|dst|destination)_?(?:ip|port|address|addr)$/;

/** Whether one of the first entries keeps flows: a source address column and a destination column (`src_ip`, `DestinationPort`). */
export function holdsTrafficFlow(entries: readonly { columns: readonly string[] }[]): boolean {
  return entries.slice(0, MAX_ENTRIES).some((entry) => {
    const lower = entry.columns.map((c) => c.toLowerCase().slice(c.lastIndexOf('.') + 1));
    return lower.some((c) => SOURCE_COLUMN.test(c)) && lower.some((c) => DESTINATION_COLUMN.test(c));
  });
}

/** Traffic put by its volume: "bytes sent", "bytes out", "received the most bytes", "bytes transferred", `bytes_out`. */
const VOLUME =
  /\bbytes?[\s_-]+(?:sent|received|out|in|transferred|uploaded|downloaded)\b|\b(?:sent|received|transferred|uploaded|downloaded|outbound|inbound)\s+(?:(?:the|most|fewest|total|many)\s+){0,2}bytes\b|\b(?:how\s+(?:many\s+bytes|much\s+data)|amount\s+of\s+data)\b[^?!\n]{0,60}?\b(?:sen[dt]|sending|receiv(?:e|ed|ing)|transferr?(?:ed|ing)?|upload(?:ed|ing)?|download(?:ed|ing)?|exfiltrat(?:e|ed|ing))\b|\b(?:data|bytes)\s+(?:sent|transferred|uploaded|exfiltrated)\b|\b(?:outbound|inbound|egress|ingress)\s+(?:traffic|data)\b[^.?!]{0,40}?\b\d+(?:\.\d+)?\s*(?:[kmgt]i?b|bytes)\b/i;

/** Web traffic: a web access log counts the bytes of each request, by client, not per flow. */
const WEB = /\b(?:web|https?|urls?|websites?|sites?)\b/i;

/**
 * Whether the question measures traffic by the bytes it carried ("top destinations by bytes sent"): a count
 * firewall and flow logs keep per connection (the CIM Network_Traffic model's `bytes_out`), not endpoint events.
 */
export function saysTrafficVolume(text: string): boolean {
  const slice = text.slice(0, MAX_TEXT);
  return VOLUME.test(slice) && !WEB.test(slice);
}

const BYTES_COLUMN = /^(?:bytes_?(?:in|out|sent|received|total)|(?:sent|received|sent_|rcvd_?|total_?)bytes)$/;

/**
 * The first of the first entries that keeps the bytes of each flow (`bytes_out`, `SentBytes`) beside a destination
 * address, or undefined. Web access logs keep bytes too but no destination address column.
 */
export const byteCountEntry = oncePerList((entries: readonly ColumnsOf[]): ColumnsOf | undefined =>
  entries.slice(0, MAX_ENTRIES).find((entry) => {
    const lower = entry.columns.map((c) => c.toLowerCase().slice(c.lastIndexOf('.') + 1));
    return lower.some((c) => BYTES_COLUMN.test(c)) && lower.some((c) => DESTINATION_COLUMN.test(c));
  }),
);

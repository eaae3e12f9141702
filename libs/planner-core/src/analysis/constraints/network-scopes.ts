import * as ipaddr from 'ipaddr.js';
import { SpanSet, scan, type ValueHit } from './value-hit';

/** The private (RFC 1918) and loopback IPv4 ranges: what "internal" means, and "external" is outside of. */
export const PRIVATE_RANGES: readonly string[] = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '127.0.0.0/8'];

const INTERNAL_RANGES: ReadonlySet<string> = new Set(['private', 'loopback', 'linkLocal', 'uniqueLocal']);

/** Whether an address or a range ("10.12.8.0/24", "fd00::1") is inside the private, loopback or link-local ranges. */
export function isInternalAddress(value: string): boolean {
  try {
    const address = value.includes('/') ? ipaddr.parseCIDR(value)[0] : ipaddr.parse(value);
    return INTERNAL_RANGES.has(address.range());
  } catch {
    return false;
  }
}

/**
 * "external IPs", "public IP addresses", "internet destinations", "internal addresses": the
 * address ranges the words stand for, outside or inside the private ranges. Written before the
 * addresses they qualify; "to" before them makes them the destination, "from" the source.
 */
const SCOPE =
  /\b(external|public|internet|non[\s-]?private|non[\s-]?rfc\s?1918|outside|foreign|internal|private|rfc\s?1918|lan)\s+(?:ip(?:v4)?\s*(?:address(?:es)?|s)?\b|(?:ip\s+)?addresses\b|destinations?\b|endpoints?\s+on\s+the\s+internet\b)/gi;
const INSIDE = /^(?:internal|private|rfc\s?1918|lan)$/i;
const TO_BEFORE =
  /\b(?:to|towards|into|contact(?:ed|ing)?|reach(?:ed|ing)?|reaching|connect(?:ed|ing)?\s+to|destination)\s+(?:any\s+|an?\s+|the\s+)?$/i;
const FROM_BEFORE = /\b(?:from|by|source)\s+(?:any\s+|an?\s+|the\s+)?$/i;

export function readNetworkScopes(text: string, taken: SpanSet = new SpanSet()): ValueHit[] {
  const hits: ValueHit[] = [];
  scan(
    text,
    SCOPE,
    taken,
    (m) => {
      const before = text.slice(Math.max(0, m.index - 32), m.index);
      const hint = TO_BEFORE.test(before) ? 'destination' : FROM_BEFORE.test(before) ? 'source' : undefined;
      const operator = INSIDE.test(m[1]!) ? 'eq' : 'neq';
      return PRIVATE_RANGES.map((value) => ({
        kind: 'cidr' as const,
        value,
        start: m.index,
        end: m.index + m[0].length,
        operator,
        ...(hint ? { hint } : {}),
      }));
    },
    hits,
  );
  return hits;
}

import * as ipaddr from 'ipaddr.js';

/**
 * The first and last addresses of an IPv4 range written as a CIDR ("100.64.0.0/10" → 100.64.0.0 and
 * 100.127.255.255), or null for anything else (an IPv6 range, a bare address, a typo).
 */
export function ipv4RangeEnds(cidr: string): readonly [string, string] | null {
  if (!cidr.includes('/') || !ipaddr.IPv4.isValidCIDRFourPartDecimal(cidr)) return null;
  return [ipaddr.IPv4.networkAddressFromCIDR(cidr).toString(), ipaddr.IPv4.broadcastAddressFromCIDR(cidr).toString()];
}

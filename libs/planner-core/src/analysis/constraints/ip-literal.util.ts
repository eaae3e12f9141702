import * as ipaddr from 'ipaddr.js';

/** Dotted-decimal IPv4 or IPv6, with an optional prefix; not the hex and octal forms ipaddr.js also accepts ("0x00000001"). */
export function validIp(text: string): boolean {
  const v6 = text.includes(':');
  if (text.includes('/')) return v6 ? ipaddr.IPv6.isValidCIDR(text) : ipaddr.IPv4.isValidCIDRFourPartDecimal(text);
  return v6 ? ipaddr.IPv6.isValid(text) : ipaddr.IPv4.isValidFourPartDecimal(text);
}

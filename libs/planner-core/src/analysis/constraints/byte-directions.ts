import type { MeasureKind } from '@mesh/a2a-contracts';

/**
 * Both directions of the bytes moved, named side by side: "bytes in and bytes out", "bytes sent and received",
 * "data in and out", "inbound and outbound bytes", "upload and download volume", "bytes in/out", "bytes in vs out". Said of groups
 * or time steps ("split by transport, in 30-minute steps"), each direction is a sum of its own, in the order said.
 */
const DIRECTION = String.raw`(in|out|sent|received|uploaded|downloaded|uploads?|downloads?|inbound|outbound|ingress|egress)`;
const GAP = String.raw`\s*(?:and|&|\+|\/|,|vs\.?|versus|compared\s+(?:to|with))\s*`;
const MOVED = String.raw`(?:bytes?|data|traffic|volume)`;
const BYTES_BOTH = new RegExp(
  String.raw`\b${MOVED}[\s_]+${DIRECTION}${GAP}(?:(?:the\s+)?${MOVED}[\s_]+)?${DIRECTION}\b|\b${DIRECTION}${GAP}${DIRECTION}\s+${MOVED}\b`,
  'i',
);

const OUTBOUND = /^(?:out|sent|uploaded|uploads?|outbound|egress)$/i;

export interface ByteDirection {
  readonly kind: MeasureKind;
  readonly of: 'bytes in' | 'bytes out';
}

/** The two sums of bytes a question names side by side, in its order; [] when it names no such pair. */
export function readByteDirections(text: string): ByteDirection[] {
  const m = BYTES_BOTH.exec(text.slice(0, 1_000));
  if (!m) return [];
  const said = [m[1] ?? m[3]!, m[2] ?? m[4]!].map((word) => (OUTBOUND.test(word) ? 'bytes out' : 'bytes in'));
  // "bytes in and in": one direction said twice is no pair.
  if (said[0] === said[1]) return [];
  return said.map((of) => ({ kind: 'sum' as const, of }));
}

import type { MeasureRatio } from '@mesh/a2a-contracts';

/**
 * "the ratio of bytes sent out to bytes received", "ratio of refunds over sales": two measured things, the first
 * divided by the second. The sides end where a group, a window or the sentence begins.
 */
const RATIO_OF_TO =
  /\bratio\s+(?:of|between)\s+(?:the\s+)?(?:total\s+)?([a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)\s+(?:to|over|against|and|vs\.?|versus)\s+(?:the\s+)?(?:total\s+)?([a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)(?=\s+(?:for|per|by|in\s+(?:the|last|past|this|each|every|\d)|on|over|across|during|from|each|within|between|this|last|since|of)\b|\s*[,.?!;:)]|\s*$)/i;

/** Which way a size went, said as a verb or an adjective ("sent out", "received", "outbound"), as columns name it. */
const DIRECTION: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:sent(?:\s+out)?|outbound|outgoing|uploaded|egress)\b/i, 'out'],
  [/\b(?:received|inbound|incoming|downloaded|ingress)\b/i, 'in'],
];

/** A side's phrase, then the same with its direction said as a column says it ("bytes received" → "bytes in"). */
function phrasings(side: string): string[] {
  const said = side.trim().replace(/\s+/g, ' ');
  const direct = DIRECTION.reduce((text, [word, as]) => text.replace(word, as), said);
  return direct === said ? [said] : [said, direct];
}

/**
 * "what is the ratio of bytes sent out to bytes received for each port": the first side's column summed over the
 * second's, as a plain quotient (not a percentage). Null unless both sides name distinct columns (`fieldOf`).
 */
export function readMeasureQuotient(text: string, fieldOf: (words: string) => string | null): MeasureRatio | null {
  const m = RATIO_OF_TO.exec(text);
  if (!m) return null;
  const field = (side: string) =>
    phrasings(side)
      .map((p) => fieldOf(p))
      .find((f): f is string => f !== null && !/(?:_id|Id)$/.test(f)) ?? null;
  const [part, whole] = [field(m[1]!), field(m[2]!)];
  if (part === null || whole === null || part === whole) return null;
  return {
    part: m[1]!.trim(),
    whole: m[2]!.trim(),
    part_field: part,
    whole_field: whole,
    expression: m[0],
    plain: true,
  };
}

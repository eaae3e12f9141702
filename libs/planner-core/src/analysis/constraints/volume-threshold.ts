import type { ThresholdOperator } from '@mesh/a2a-contracts';

/** Bytes in each unit a question may say (decimal and binary multiples read alike, as people say them). */
const UNIT_BYTES: Readonly<Record<string, number>> = {
  b: 1,
  byte: 1,
  bytes: 1,
  kb: 1024,
  kib: 1024,
  mb: 1024 ** 2,
  mib: 1024 ** 2,
  gb: 1024 ** 3,
  gib: 1024 ** 3,
  tb: 1024 ** 4,
  tib: 1024 ** 4,
};

/**
 * "sent more than 1 GB out", "uploaded over 500 MB", "received at least 2 GB": a volume of traffic over a
 * threshold, which is the sum of the bytes of each source over the window (one connection is rarely that big).
 */
const VOLUME =
  /\b(sent|send(?:ing|s)?|transferr?(?:ed|ing)|upload(?:ed|ing|s)?|exfiltrat(?:ed|ing)|pushed|received|receiv(?:es|ing)|download(?:ed|ing|s)?|pulled)\s+(more\s+than|over|above|in\s+excess\s+of|at\s+least|>=?)\s+(\d{1,7}(?:\.\d{1,3})?)\s*(tib|gib|mib|kib|tb|gb|mb|kb|bytes?|b)\b(?:\s+(out(?:bound)?|in(?:bound)?)\b)?/i;

export interface VolumeThreshold {
  /** What is summed: the bytes that went out or came in. */
  readonly of: 'bytes out' | 'bytes in';
  readonly operator: ThresholdOperator;
  /** The threshold in bytes. */
  readonly bytes: number;
  readonly expression: string;
}

/** A volume of traffic said over a threshold ("hosts that sent more than 1 GB out"), or null. */
export function readVolumeThreshold(text: string): VolumeThreshold | null {
  const m = VOLUME.exec(text.slice(0, 1_000));
  if (!m) return null;
  const verb = m[1]!.toLowerCase();
  const direction = m[5]?.toLowerCase();
  const inbound = direction ? direction.startsWith('in') : /^(?:receiv|download|pulled)/.test(verb);
  const atLeast = /^(?:at\s+least|>=)$/i.test(m[2]!.replace(/\s+/g, ' '));
  return {
    of: inbound ? 'bytes in' : 'bytes out',
    operator: atLeast ? 'gte' : 'gt',
    bytes: Math.round(Number(m[3]) * UNIT_BYTES[m[4]!.toLowerCase()]!),
    expression: m[0],
  };
}

/** A size compared with no verb ("only destinations above 1 GB", "over 500 MB", ">= 2GB"). */
const SIZE_COMPARED =
  /\b(more\s+than|over|above|exceeding|in\s+excess\s+of|greater\s+than|larger\s+than|bigger\s+than|at\s+least|less\s+than|under|below|smaller\s+than|at\s+most)\s+(\d{1,7}(?:\.\d{1,3})?)\s*(tib|gib|mib|kib|tb|gb|mb|kb|bytes?)\b|(>=?|<=?)\s*(\d{1,7}(?:\.\d{1,3})?)\s*(tib|gib|mib|kib|tb|gb|mb|kb|bytes?)\b/i;

export interface SizeThreshold {
  readonly operator: ThresholdOperator;
  /** The threshold in bytes (1 KB = 1024 bytes, 1 GB = 1024³: binary multiples, as `UNIT_BYTES` reads them). */
  readonly bytes: number;
  readonly expression: string;
}

/**
 * A size said over or under a threshold without a verb ("only destinations above 1 GB", "hosts over 500 MB"):
 * where the question sums bytes, a threshold on that sum after the aggregation. Null when none is said.
 */
export function readSizeThreshold(text: string): SizeThreshold | null {
  const m = SIZE_COMPARED.exec(text.slice(0, 1_000));
  if (!m) return null;
  const words = (m[1] ?? m[4]!).toLowerCase().replace(/\s+/g, ' ');
  const operator: ThresholdOperator =
    words === 'at least' || words === '>='
      ? 'gte'
      : words === 'at most' || words === '<='
        ? 'lte'
        : /^(?:less than|under|below|smaller than|<)$/.test(words)
          ? 'lt'
          : 'gt';
  const amount = Number(m[2] ?? m[5]);
  const unit = (m[3] ?? m[6]!).toLowerCase();
  return { operator, bytes: Math.round(amount * UNIT_BYTES[unit]!), expression: m[0] };
}

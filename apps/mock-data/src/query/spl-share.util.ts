import type { Threshold } from './constraints';

/** A share of events worked out after a raw search: which events are the part, per what, and which groups count. */
export interface SplShareOptions {
  /** The search terms the part's events match ("errorCode=AccessDenied"), tested with `searchmatch`. */
  readonly test: string;
  /** The fields each share is taken over ("userIdentity.arn"). */
  readonly groups: readonly string[];
  /** The time bucket each share is taken over ("1h"), or null. */
  readonly span: string | null;
  /** A threshold on how many events a group must have for its share to count ("only arns with more than 50 calls"). */
  readonly having: Threshold | null;
}

const OPERATORS = { gt: '>', gte: '>=', lt: '<', lte: '<=', eq: '==' } as const;

/**
 * The commands after a raw search that turn its events into a share: each event marked as part or not, the events and
 * the part counted per group and bucket, and the part as a percentage of all ("% AccessDenied per arn").
 */
export function splShareCommands(options: SplShareOptions): string[] {
  const { test, groups, span, having } = options;
  const by = [...(span ? ['_time'] : []), ...groups];
  const lines = [
    ...(span ? [`| bin _time span=${span}`] : []),
    `| eval matching=if(searchmatch("${test.replace(/["\\]/g, '\\$&')}"), 1, 0)`,
    `| stats count as total sum(matching) as matching${by.length > 0 ? ` by ${by.join(' ')}` : ''}`,
    '| eval percent=round(100 * matching / total, 2)',
  ];
  // A count held to a threshold beside a share is how many events a group had, not how many were the part.
  // "those whose share is over 20%": a threshold in percent holds the share itself.
  if (having)
    lines.push(`| where ${having.percent ? 'percent' : 'total'} ${OPERATORS[having.operator]} ${having.value}`);
  if (span) lines.push('| sort + _time');
  else if (groups.length > 0) lines.push('| sort - percent');
  return lines;
}

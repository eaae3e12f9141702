import { scan, type SpanSet, type ValueHit } from './value-hit';

/** At most this many ARNs read per question (bounded work on a long one). */
const MAX_HITS = 16;

/**
 * The ARN of an AWS identity, written whole: an IAM user or role (`arn:aws:iam::123456789012:role/audit`), a session
 * of an assumed role (`arn:aws:sts::…:assumed-role/audit/jdoe`), a federated user, or the account's root; in any
 * partition (`aws`, `aws-us-gov`, `aws-cn`). A full stop or a comma closing the sentence is not part of it.
 */
const PRINCIPAL_ARN =
  /(?<![\w:/-])arn:aws(?:-[a-z]+)*:(?:iam|sts)::\d{12}:(?:root\b|(?:user|role|assumed-role|federated-user)\/[\w+=,.@/-]*[\w+=@/-])/gi;

/**
 * Identities named by their ARN ("calls made by arn:aws:iam::…:role/x"): the account (`user`) that acted, compared
 * whole. Read before anything else, so no part of the ARN (its account number, its path) is read as a value of its own.
 */
export function readAwsPrincipalArns(text: string, taken: SpanSet): ValueHit[] {
  const hits: ValueHit[] = [];
  if (!/arn:aws/i.test(text)) return hits;
  scan(
    text,
    PRINCIPAL_ARN,
    taken,
    (m) => (hits.length >= MAX_HITS ? null : { kind: 'user', value: m[0], start: m.index, end: m.index + m[0].length }),
    hits,
  );
  return hits;
}

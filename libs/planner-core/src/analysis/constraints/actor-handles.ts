import { scan, type SpanSet, type ValueHit } from './value-hit';

/** At most this many values read per question (bounded work on a long one). */
const MAX_HITS = 16;

/**
 * A machine-style handle: a separator inside it ("terraform-ci", "gh_actions", "deploy.bot", "ci_runner2") and a
 * last part that starts with a letter, so a host's name ending in a number ("web-01") is none.
 */
const HANDLE = String.raw`([a-z][a-z0-9]*(?:[-_.][a-z0-9]+){0,3}[-_.][a-z][a-z0-9]*)`;
/**
 * What a handle did, asked as a whole: "everything terraform-ci did", "all that gh_actions changed", "what svc.sync
 * has been doing", "what did deploy.bot do", "what has build-agent touched".
 */
const DID_EVERYTHING = new RegExp(
  String.raw`\b(?:everything|anything|all|whatever|what)\s+(?:that\s+)?${HANDLE}\s+(?:(?:has|have|had)\s+(?:been\s+)?)?(?:did|done|doing|does|changed|touched|ran|deployed|modified|created|deleted|performed)\b` +
    String.raw`|\bwhat\s+(?:did|has|does)\s+${HANDLE}\s+(?:do|done|change|changed|touch|touched|run|deploy|deployed)\b`,
  'gi',
);
/** A handle that ends like a file or a domain (`setup.exe`, `contoso.com`) is no account. */
const NOT_AN_ACCOUNT = /\.(?:exe|dll|ps1|bat|cmd|sh|py|js|com|net|org|io|local|corp|internal)$/i;
/** The cheap test before the scan: none of the words that open the pattern. */
const OPENING_WORD = /\b(?:everything|anything|all|whatever|what)\b/i;

/**
 * Handles whose every action the question asks for (see {@link DID_EVERYTHING}): the account (`user`) that acted,
 * compared whole, where no other reader took the span. An ordinary word ("what it did", "everything else did"), a
 * file or a domain is never read as one.
 */
export function readActorHandles(text: string, taken: SpanSet): ValueHit[] {
  const hits: ValueHit[] = [];
  if (!OPENING_WORD.test(text)) return hits;
  scan(
    text,
    DID_EVERYTHING,
    taken,
    (m) => {
      if (hits.length >= MAX_HITS) return null;
      const name = m[1] ?? m[2]!;
      if (NOT_AN_ACCOUNT.test(name)) return null;
      const start = m.index + m[0].indexOf(name, m[0].search(/\s/));
      return { kind: 'user', value: name, start, end: start + name.length };
    },
    hits,
  );
  return hits;
}

import { scan, type SpanSet, type ValueHit } from './value-hit';

/**
 * An account whose doings the question asks for as a whole ("everything deploy-bot did", "what svc.sync has done",
 * "anything ci_runner changed"): the doer of every row, named by a machine-style handle (a hyphen, an underscore,
 * a dot or a digit inside it), so an ordinary word ("what it did", "everything else did") is never read as one.
 */
const ACTOR_SUBJECT =
  /\b(?:everything|anything|all|what|whatever)\s+(?:that\s+)?([a-z][a-z0-9]*(?:[-_.][a-z0-9]+){1,4})\s+(?:did|does|has\s+done|had\s+done|has\s+been\s+doing|changed|touched|modified|performed)\b/gi;
/** A handle that ends like a file or a domain (`setup.exe`, `contoso.com`) is no account. */
const NOT_AN_ACCOUNT = /\.(?:exe|dll|ps1|bat|cmd|sh|py|js|com|net|org|io|local|corp|internal)$/i;

/** Accounts whose doings the question asks for (see {@link ACTOR_SUBJECT}), where no other reader took the span. */
export function readActorSubjects(text: string, taken: SpanSet): ValueHit[] {
  const hits: ValueHit[] = [];
  scan(
    text,
    ACTOR_SUBJECT,
    taken,
    (m) => {
      const name = m[1]!;
      if (NOT_AN_ACCOUNT.test(name)) return null;
      const start = m.index + m[0].indexOf(name, m[0].indexOf(' '));
      return { kind: 'user', value: name, start, end: start + name.length };
    },
    hits,
  );
  return hits;
}

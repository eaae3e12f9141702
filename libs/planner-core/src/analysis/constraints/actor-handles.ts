import { scan, type SpanSet, type ValueHit } from './value-hit';

/** At most this many values read per question (bounded work on a long one). */
const MAX_HITS = 16;

/** A handle with a separator ("terraform-ci", "gh_actions", "deploy.bot"), not one ending in a number (a host's). */
const HANDLE = String.raw`([a-z][a-z0-9]*(?:[-_.][a-z0-9]+)*[-_.][a-z][a-z0-9]*)`;
/**
 * What a handle did, asked as a whole: "everything terraform-ci did", "all that gh_actions changed",
 * "what did deploy.bot do", "what has build-agent touched".
 */
const DID_EVERYTHING = new RegExp(
  String.raw`\b(?:everything|anything|all(?:\s+that)?|whatever|what)\s+${HANDLE}\s+(?:has\s+|have\s+|had\s+)?(?:did|done|does|changed|touched|ran|deployed|modified|created|deleted)\b|\bwhat\s+(?:did|has|does)\s+${HANDLE}\s+(?:do|done|change|changed|touch|touched|run|deploy|deployed)\b`,
  'g',
);

/** A handle whose every action the question asks for: the account (`user`) that acted, compared whole. */
export function readActorHandles(text: string, taken: SpanSet): ValueHit[] {
  const hits: ValueHit[] = [];
  if (!/\b(?:everything|anything|all|whatever|what)\b/i.test(text)) return hits;
  scan(
    text,
    DID_EVERYTHING,
    taken,
    (m) => {
      if (hits.length >= MAX_HITS) return null;
      const name = m[1] ?? m[2]!;
      const start = m.index + m[0].indexOf(name);
      return { kind: 'user', value: name, start, end: start + name.length };
    },
    hits,
  );
  return hits;
}

import { scan, type SpanSet, type ValueHit } from './value-hit';

/** A question about group membership: its event ids (4727–4737, 4754–4758) or words of adding and removing members. */
const MEMBERSHIP =
  /\b(?:472[7-9]|473[0-7]|475[4-8])\b|\b(?:add(?:ed|s|ing)?|remov(?:e|ed|es|ing)|members?|membership)\b/i;
/**
 * A group named by its capitalised name before "group" ("to the local Administrators group", "from the
 * Domain Admins group", "Backup Operators security group"): the name as the records write it. At most
 * three words; case matters (a name is capitalised, a description is not).
 */
const GROUP_NAME =
  /\b(?:[Tt]o|[Ff]rom|[Oo]f|[Ii]n|[Tt]he|[Ll]ocal|[Bb]uilt-?in)\s+(?:the\s+)?(?:local\s+|built-?in\s+)?((?:[A-Z][\w-]{0,30}\s+){0,2}[A-Z][\w-]{0,30})\s+(?:security\s+)?groups?\b/g;
/** Capitalised words that say what kind of group, or whose directory, not which group. */
const NOT_A_NAME =
  /^(?:Security|Local|Domain|Global|Universal|Distribution|Resource|Microsoft 365|M365|Office 365|AD|Azure(?: AD)?|Entra(?: ID)?|Windows|Active Directory|Sentinel|Defender|Splunk|Privileged|Admin|Any|A|An|Which|What)$/;

/** The names of groups a membership question names, as text values; [] elsewhere. */
export function readGroupNames(text: string, taken: SpanSet): ValueHit[] {
  const hits: ValueHit[] = [];
  if (!MEMBERSHIP.test(text)) return hits;
  scan(
    text,
    GROUP_NAME,
    taken,
    (m) => {
      const name = m[1]!;
      if (NOT_A_NAME.test(name)) return null;
      const start = m.index + m[0].lastIndexOf(name);
      return { kind: 'text', value: name, start, end: start + name.length };
    },
    hits,
  );
  return hits;
}

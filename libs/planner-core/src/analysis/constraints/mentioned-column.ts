import type { FilterKind } from '@mesh/a2a-contracts';
import { columnNamed, type TableColumns } from './column-mapper';
import { isFunctionWord } from './function-words';
import { scan, type SpanSet, type ValueHit } from './value-hit';

/**
 * A name said to be mentioned in a column: "the value data mentions regsvr32", "where the comment references
 * rundll32.exe", "the description containing evil.com". The column the words before the verb name holds the
 * name somewhere in its text, whatever column a program's, file's or domain's name would go to by itself.
 */
const MENTION_BEFORE =
  /\b(?:mentions?|mentioning|mentioned|contains?|containing|includes?|including|references?|referencing|referenced)\s+["'`]?$/i;

/** Kinds of names a column of free text may mention. */
const MENTIONABLE: ReadonlySet<string> = new Set(['process', 'file', 'domain', 'url']);

/** Whether a name of `kind` is said to be mentioned by the words just before it (`before` ends where it starts). */
export function saysMention(kind: string, before: string): boolean {
  return MENTIONABLE.has(kind) && MENTION_BEFORE.test(before.slice(-24));
}

/**
 * "the value data contains powershell", "where registry_value_data mentions 'rundll32'": up to three words
 * that name a column, a verb of containing, and a word or a quoted text. The word is searched as a part of
 * that column's text, whatever it is (no capital, digit or hyphen needed: the verb says it is a value).
 */
const MENTIONED_VALUE =
  /\b((?:[a-z][\w.-]{0,40}\s+){0,2}[a-z][\w.-]{0,40})\s+(?:mentions?|mentioning|contains?|containing|includes?|including|references?|referencing)\s+(?:"([^"\n]{1,120})"|'([^'\n]{1,120})'|`([^`\n]{1,120})`|([\w\\/:-]{2,80}(?:\.[\w-]{1,40}){0,4}))/gi;

/** The verbs of containing {@link MENTIONED_VALUE} needs one of: a cheap test before it. */
const SAYS_CONTAINS = /\b(?:mention|contain|includ|referenc)/i;

/** Words of a column name that name none alone ("name", "data", "value"): a column needs the words before them. */
const GENERIC_ALONE = /^(?:names?|ids?|types?|values?|codes?|data|text|field|column|string|strings)$/i;

/**
 * A noun that names no column but what holds the word ("anything containing xyz", "domains including pool",
 * "links that contain /wp-"): the kind of value it names, or null for "anything", whose kind the question's topic
 * says (see {@link topicKind}).
 */
const HOLDER_NOUNS: ReadonlyArray<readonly [RegExp, FilterKind | null]> = [
  [/^(?:anything|something|everything|whatever)$/i, null],
  [/^(?:domains?|fqdns?|hostnames?|quer(?:y|ies)|lookups?|records?)$/i, 'domain'],
  [/^(?:urls?|uris?|links?|paths?)$/i, 'url'],
];

/** Words of a question about name lookups ("dns", "resolving") or web requests ("urls", "proxy"). */
const LOOKUP_TOPIC = /\b(?:dns|lookups?|resolv\w*|quer(?:y|ies)\s+names?)\b/i;
const WEB_TOPIC = /\b(?:urls?|uris?|proxy|https?|web)\b/i;

/** The kind of a value "anything" is said to contain: a domain in a question about lookups, a url about the web, else text. */
function topicKind(text: string): FilterKind {
  if (LOOKUP_TOPIC.test(text)) return 'domain';
  return WEB_TOPIC.test(text) ? 'url' : 'text';
}

/** "names": what a lookup's or a request's name holds, in a question about lookups or the web only. */
const NAME_NOUN = /^names?$/i;

/** The kind a noun said to hold a word names ("anything", "domains", "urls", "names" of lookups), if it is one. */
function holderKind(words: string, text: string): FilterKind | undefined {
  const noun = words.trim().split(/\s+/).at(-1)!;
  if (NAME_NOUN.test(noun)) {
    const kind = topicKind(text);
    return kind === 'text' ? undefined : kind;
  }
  const held = HOLDER_NOUNS.find(([pattern]) => pattern.test(noun));
  if (!held) return undefined;
  return held[1] ?? topicKind(text);
}

/** The words that name a column (the most words first), as said: the filter maps them to the column; or null. */
function namedBy(words: string, tables: readonly TableColumns[]): string | null {
  const list = words.trim().split(/\s+/);
  for (let n = list.length; n >= 1; n -= 1) {
    const said = list.slice(-n).join(' ');
    if (n === 1 && GENERIC_ALONE.test(said)) return null;
    if (columnNamed(said, tables)) return said;
  }
  return null;
}

/**
 * Values said to be contained in a column the words before the verb name, or in what a noun of no column names
 * ("anything containing xyz"), where no other reader took the span.
 */
export function readMentionedValues(text: string, tables: readonly TableColumns[], taken: SpanSet): ValueHit[] {
  const hits: ValueHit[] = [];
  if (!SAYS_CONTAINS.test(text)) return hits;
  scan(
    text,
    MENTIONED_VALUE,
    taken,
    (m) => {
      const group = [2, 3, 4, 5].find((g) => m[g] !== undefined)!;
      const value = m[group]!;
      if (group === 5 && isFunctionWord(value)) return null;
      // "query names that include …": the words before the relative pronoun name the column.
      const said = m[1]!.replace(/\s+(?:that|which)$/i, '');
      const column = namedBy(said, tables);
      const start = m.index + m[0].lastIndexOf(value);
      const end = start + value.length;
      if (column) return { kind: 'text', value, start, end, operator: 'contains', hint: column };
      const kind = holderKind(said, text);
      return kind ? { kind, value, start, end, operator: 'contains' } : null;
    },
    hits,
  );
  return hits;
}

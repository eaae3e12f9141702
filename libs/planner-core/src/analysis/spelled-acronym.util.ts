import type { SchemaEntry } from '../context/schema-catalog';
import { identifierWords, splitWords } from './text.util';
import { allMatches } from './regex-matches.util';

/** Fewest and most letters of an acronym read in a name (`ADO`, `AZFW`); two letters match too much by chance. */
const ACRONYM_LETTERS = { min: 3, max: 5 } as const;

/** Characters of the question read for spelt-out acronyms, and most capitalised words read in one run. */
const MAX_SPELLED_TEXT = 1_000;

/** Small words a product's name may hold between its capitalised words ("Defender for Endpoint"): they add no letter. */
const CONNECTORS: ReadonlySet<string> = new Set(['for', 'of', 'and', 'the', 'on']);

const WORD = /[A-Za-z][A-Za-z0-9]*/g;

/**
 * A platform's entries by the acronym a word of their name is (`ADOAuditLogs` → ado): a word written in capitals in
 * the name, of {@link ACRONYM_LETTERS} letters. Built once per entries list (a catalog's lists live as long as it).
 */
const acronymsByEntries = new WeakMap<readonly SchemaEntry[], ReadonlyMap<string, readonly SchemaEntry[]>>();

function acronymIndex(entries: readonly SchemaEntry[]): ReadonlyMap<string, readonly SchemaEntry[]> {
  let index = acronymsByEntries.get(entries);
  if (index) return index;
  const built = new Map<string, SchemaEntry[]>();
  for (const entry of entries)
    for (const word of identifierWords(entry.name).words) {
      if (word.length < ACRONYM_LETTERS.min || word.length > ACRONYM_LETTERS.max || !/^[a-z]+$/.test(word)) continue;
      if (!entry.name.includes(word.toUpperCase())) continue;
      const list = built.get(word);
      if (!list) built.set(word, [entry]);
      else if (!list.includes(entry)) list.push(entry);
    }
  acronymsByEntries.set(entries, (index = built));
  return index;
}

/** The letters one capitalised word gives an acronym: a word in capitals all of its own (`AD`), else each part's first (`DevOps` → d, o). */
function lettersOf(word: string): string[] {
  if (word.length > 1 && word === word.toUpperCase() && !/\d/.test(word)) return [word.toLowerCase()];
  return splitWords(word).map((part) => part[0]!);
}

/**
 * Runs of capitalised words in the text ("Azure DevOps", "Microsoft Defender for Endpoint"), each as the letters its
 * words give in order; small connecting words inside a run give none.
 */
function capitalisedRuns(text: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  for (const match of allMatches(text.slice(0, MAX_SPELLED_TEXT), WORD)) {
    const word = match[0];
    if (/^[A-Z]/.test(word)) run.push(...lettersOf(word));
    else if (!(run.length > 0 && CONNECTORS.has(word))) {
      if (run.length > 0) runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** Most entries one acronym may reach: one held by more is a family's prefix (`AAD…`), which says no table in particular. */
const MAX_ENTRIES_PER_ACRONYM = 2;

/**
 * Entries whose name holds an acronym the question spells out in capitalised words (`ADOAuditLogs` for "Azure DevOps",
 * `GCP…` for "Google Cloud Platform"): the name abbreviates the product the question names, though no word of the
 * name is said. An acronym in `said` (the question's words and what its vocabulary reads them as, "Azure AD" → aad)
 * is left to the catalog matcher, which weighed it already. Each entry once, in the order the text spells them.
 * Linear in the text (runs of at most {@link ACRONYM_LETTERS} words are tried at each word).
 */
export function spelledAcronymEntries(
  text: string,
  entries: readonly SchemaEntry[],
  said: ReadonlySet<string>,
): SchemaEntry[] {
  const index = acronymIndex(entries);
  if (index.size === 0) return [];
  const found: SchemaEntry[] = [];
  for (const run of capitalisedRuns(text))
    for (let start = 0; start < run.length; start += 1) {
      let letters = '';
      for (let end = start; end < run.length && letters.length < ACRONYM_LETTERS.max; end += 1) {
        letters += run[end]!;
        if (end === start || letters.length < ACRONYM_LETTERS.min) continue;
        const reached = index.get(letters);
        if (!reached || reached.length > MAX_ENTRIES_PER_ACRONYM || said.has(letters)) continue;
        for (const entry of reached) if (!found.includes(entry)) found.push(entry);
      }
    }
  return found;
}

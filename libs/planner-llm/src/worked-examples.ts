import { splitWords } from '@mesh/planner-core';
import type { OfferedEntry } from './relevant-schema.util';

/** Most examples in a prompt. */
export const MAX_EXAMPLES = 3;

/** Most words of a name or column used in an example question. */
const MAX_WORDS = 4;

function phrase(name: string): string {
  return splitWords(name).slice(0, MAX_WORDS).join(' ');
}

function exampleQuestion(entry: OfferedEntry): string {
  const subject = phrase(entry.name) || entry.name.toLowerCase();
  const column = entry.columns.find((c) => phrase(c) !== '');
  return column ? `${subject} by ${phrase(column)}` : `recent ${subject}`;
}

/**
 * Up to three short worked examples built at request time from the schema entries the prompt
 * offers (never from a fixed list): per platform, best-matching platform first, a question
 * made of its best entry's name and a column, routed to that platform and table. They show the
 * model the rule "route to where the data lives" on this request's own catalog, one platform
 * per question (hedging across platforms is the usual mistake).
 */
export function buildWorkedExamples(offered: readonly OfferedEntry[]): string[] {
  const best = new Map<string, OfferedEntry>();
  for (const entry of offered) {
    if (entry.platform === null || best.has(entry.platform)) continue;
    best.set(entry.platform, entry);
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_EXAMPLES)
    .map((e) => `"${exampleQuestion(e)}" -> ${e.platform}: ${e.name}`);
}

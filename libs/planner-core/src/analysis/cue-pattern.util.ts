import type { VocabularyCue } from './vocabulary';

const patterns = new Map<string, RegExp>();

/**
 * The pattern of a vocabulary cue as written in a question: its words, any spacing between them, and
 * none of its {@link VocabularyCue.notBefore} words right after ("database", not "database server").
 * Patterns without the global flag are built once per cue (a global one keeps state: each caller gets its own).
 */
export function cuePattern(cue: Pick<VocabularyCue, 'phrase' | 'notBefore'>, flags = 'i'): RegExp {
  const key = `${flags}\u0000${cue.phrase}\u0000${(cue.notBefore ?? []).join(' ')}`;
  let pattern = patterns.get(key);
  if (!pattern) {
    const phrase = cue.phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    const not = cue.notBefore?.length ? `(?![\\s-]+(?:${cue.notBefore.join('|')})\\b)` : '';
    pattern = new RegExp(`\\b${phrase}\\b${not}`, flags);
    if (!flags.includes('g')) patterns.set(key, pattern);
  }
  return pattern;
}

/** Whether the text says the cue other than as the start of one of its {@link VocabularyCue.notBefore} phrases. */
export function saysCueFree(text: string, cue: Pick<VocabularyCue, 'phrase' | 'notBefore'>): boolean {
  return !cue.notBefore?.length || cuePattern(cue).test(text);
}

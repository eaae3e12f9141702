import stem from 'wink-porter2-stemmer';

/**
 * Splits an identifier or a phrase into lower-case words: `SigninLogs` → signin, logs;
 * `Endpoint.Processes` → endpoint, processes; `azure:monitor:aad` → azure, monitor, aad;
 * `user_id` → user, id.
 */
export function splitWords(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

const stemCache = new Map<string, string>();

/** The Porter2 stem of a lower-case word (memoized: the same words recur across requests). */
export function stemWord(word: string): string {
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    stemmed = stem(word);
    if (stemCache.size < 100_000) stemCache.set(word, stemmed);
  }
  return stemmed;
}

/** Words of a text, stemmed. */
export function stems(text: string): string[] {
  return splitWords(text).map(stemWord);
}

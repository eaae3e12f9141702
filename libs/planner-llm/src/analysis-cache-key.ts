/**
 * A question as the cache sees it: Unicode-normalized, lower-case, whitespace collapsed,
 * without trailing punctuation. "Show failed sign-ins?" and "show  failed sign-ins" meet.
 */
export function normalizeQuestion(question: string): string {
  return question
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s?.!]+$/u, '');
}

/** The key of a cached LLM answer: model, normalized question, and the fingerprint of the context the prompt showed. */
export function analysisCacheKey(input: {
  readonly model: string;
  readonly question: string;
  readonly fingerprint: string;
}): string {
  return `${input.model}\u0000${normalizeQuestion(input.question)}\u0000${input.fingerprint}`;
}

/**
 * Comparatives said the way a learner of English often says them: "more big than", "more higher than",
 * "most big", read as the regular form ("bigger than", "higher than", "biggest") before any reader runs,
 * so every reader of comparisons (thresholds, two values compared, rankings) understands them.
 * Linear in the question's length: one pass of a regex without nested repetition.
 */
const REGULAR: Readonly<Record<string, readonly [comparative: string, superlative: string]>> = Object.assign(
  Object.create(null) as Record<string, readonly [string, string]>,
  {
    big: ['bigger', 'biggest'],
    large: ['larger', 'largest'],
    great: ['greater', 'greatest'],
    high: ['higher', 'highest'],
    small: ['smaller', 'smallest'],
    low: ['lower', 'lowest'],
    few: ['fewer', 'fewest'],
    long: ['longer', 'longest'],
    short: ['shorter', 'shortest'],
    old: ['older', 'oldest'],
    new: ['newer', 'newest'],
    early: ['earlier', 'earliest'],
    late: ['later', 'latest'],
    cheap: ['cheaper', 'cheapest'],
  },
);

/** "more big", "more bigger", "most big", "most biggest": a comparison word before an adjective that has its own form. */
const PERIPHRASTIC =
  /\b(more|most)\s+(big|bigger|biggest|large|larger|largest|great|greater|greatest|high|higher|highest|small|smaller|smallest|low|lower|lowest|few|fewer|fewest|long|longer|longest|short|shorter|shortest|old|older|oldest|new|newer|newest|early|earlier|earliest|late|later|latest|cheap|cheaper|cheapest)\b/gi;

function baseOf(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (REGULAR[lower]) return lower;
  return Object.keys(REGULAR).find((base) => REGULAR[base]!.includes(lower));
}

/** The question with "more big than" read as "bigger than" and "most big" as "biggest". */
export function fixComparatives(text: string): string {
  if (!/\bmo(?:re|st)\s/i.test(text)) return text;
  return text.replace(PERIPHRASTIC, (said: string, degree: string, adjective: string) => {
    const base = baseOf(adjective);
    if (!base) return said;
    const [comparative, superlative] = REGULAR[base]!;
    return degree.toLowerCase() === 'more' ? comparative : superlative;
  });
}

/**
 * Comparatives said the way a learner of English often says them: "more big than", "more higher than",
 * "most big", read as the regular form ("bigger than", "higher than", "biggest") before any reader runs,
 * so every reader of comparisons (thresholds, two values compared, rankings) understands them. "The most new
 * buyers" keeps its words: there "most" counts the new buyers.
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

/**
 * A plural noun right after the adjective ("most new customers", "more late orders"): "most"/"more" then counts
 * the things that are new or late, it does not grade the adjective. Not a word that merely ends in s ("this", "is").
 */
const PLURAL_NOUN_NEXT =
  /^\s+(?!(?:this|is|was|has|as|its|his|us|yes|less|across|unless|plus|thus)\b)[a-z][a-z-]*[^s\W]s\b/i;

/** A count right before the degree word ("the 3 most small invoices"): a ranking of rows, so the superlative. */
const COUNT_BEFORE = /(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|twenty|top))\s+$/i;

/** Whether "most new customers" at `at` counts things (a base adjective, a plural noun after, no count before). */
function countsThings(text: string, at: number, said: string, adjective: string): boolean {
  if (!REGULAR[adjective.toLowerCase()]) return false;
  return (
    PLURAL_NOUN_NEXT.test(text.slice(at + said.length)) && !COUNT_BEFORE.test(text.slice(Math.max(0, at - 12), at))
  );
}

function baseOf(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (REGULAR[lower]) return lower;
  return Object.keys(REGULAR).find((base) => REGULAR[base]!.includes(lower));
}

/** The question with "more big than" read as "bigger than" and "most big" as "biggest". */
export function fixComparatives(text: string): string {
  if (!/\bmo(?:re|st)\s/i.test(text)) return text;
  return text.replace(PERIPHRASTIC, (said: string, degree: string, adjective: string, at: number) => {
    if (countsThings(text, at, said, adjective)) return said;
    const base = baseOf(adjective);
    if (!base) return said;
    const [comparative, superlative] = REGULAR[base]!;
    return degree.toLowerCase() === 'more' ? comparative : superlative;
  });
}

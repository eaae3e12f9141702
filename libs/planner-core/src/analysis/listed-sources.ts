import { CHOICE } from './platform-choice';
import type { ScoredPlatform } from './platform-scorer';
import { readQuestion, saysWords, type QuestionReading } from './question-reader';
import { stems } from './text.util';
import { LISTED_SOURCE_CUES, SHARED_PRODUCT_WORDS } from './vocabulary';

/** Characters of the question read for a list of sources (the list is short and said once). */
const MAX_TEXT = 1_000;

/** One word of a source's name as written (`aws:cloudtrail`, `sign-in`, `C:\…` excluded). */
const WORD = String.raw`[\w:./-]+`;
/** The first source of a pair: one to four words, as few as the pair allows. */
const FIRST = String.raw`((?:${WORD}\s+){0,3}?${WORD})`;
/** The second source: one to three words, up to the punctuation that ends it. */
const SECOND = String.raw`(${WORD}(?:\s+${WORD}){0,2})`;
const DETERMINER = String.raw`(?:(?:the|our|my|their)\s+)?`;
const PLACE = String.raw`(?:in|from|on|across)`;
/** A determiner: two names said bare ("in Defender or Sysmon") are sources; "the north gate and the south gate" are places. */
const BARE_DETERMINER = String.raw`(?:the|our|my|their|a|an)\b`;

/**
 * Two sources said side by side as where to look:
 * - "both X and Y", "either X or Y" (after "check", "search", "in" or nothing);
 * - "in X or in Y", "from X and from Y", "in X as well as in Y": the place word said again before the second;
 * - "in X or Y", "across X and Y": one place word before two short names (the first of one or two words).
 */
const SOURCE_PAIRS: readonly RegExp[] = [
  new RegExp(
    String.raw`\b(?:both|either)\s+(?:${PLACE}\s+)?${DETERMINER}${FIRST}\s*(?:,|&|\band\b|\bor\b)\s*(?:${PLACE}\s+)?${DETERMINER}${SECOND}`,
    'i',
  ),
  new RegExp(
    String.raw`\b${PLACE}\s+${DETERMINER}${FIRST}\s*,?\s+(?:and|or|as\s+well\s+as)\s+(?:also\s+)?${PLACE}\s+${DETERMINER}${SECOND}`,
    'i',
  ),
  new RegExp(
    String.raw`\b${PLACE}\s+(?!${BARE_DETERMINER})(${WORD}(?:\s+${WORD})?)\s*(?:,|&|\band\b|\bor\b)\s*(?!${BARE_DETERMINER})${SECOND}`,
    'i',
  ),
];

/** The two sources a question lists as where to look ("check both X and Y", "in X or in Y"); null when it lists none. */
export function sourcePair(text: string): [string, string] | null {
  const slice = text.slice(0, MAX_TEXT);
  for (const pattern of SOURCE_PAIRS) {
    const match = pattern.exec(slice);
    if (match) return [match[1]!, match[2]!];
  }
  return null;
}

const SHARED_PRODUCT_STEMS = new Set(SHARED_PRODUCT_WORDS.flatMap((phrase) => stems(phrase)));

/** The platform whose bare product word the item is, listed beside another source (`Defender`, not `Windows Defender`). */
function listedProduct(reading: QuestionReading): string | null {
  for (const [platform, cues] of Object.entries(LISTED_SOURCE_CUES)) {
    const cue = cues.find(
      (c) => saysWords(reading, c.word) && !c.notAfter.some((before) => saysWords(reading, `${before} ${c.word}`)),
    );
    if (cue) return platform;
  }
  return null;
}

/**
 * Whether one platform's evidence from a short source name is its own: the platform's product or
 * language (`Entra`, `Splunk`), a store named by its kind, or most of one of its catalog names
 * (`aws cloudtrail` → `aws:cloudtrail`, `sysmon` → `sysmon`) through words that are not a product both stores ingest.
 */
export function pointsFirmly(platform: ScoredPlatform): boolean {
  if (platform.score <= 0) return false;
  if (platform.cues.some((cue) => cue.names || cue.weight >= CHOICE.exclusiveCue)) return true;
  return platform.matches.some(
    (m) =>
      m.verbatim ||
      m.fuzzy ||
      (m.nameScore > 0 &&
        m.coverage >= CHOICE.referenceCoverage &&
        m.evidenceStems.some((stem) => !SHARED_PRODUCT_STEMS.has(stem))),
  );
}

/** The one platform a short source name points at firmly (see {@link pointsFirmly}), or null. */
function firmPlatform(item: string, score: (reading: QuestionReading) => readonly ScoredPlatform[]): string | null {
  const reading = readQuestion(item);
  const product = listedProduct(reading);
  if (product) return product;
  const firm = score(reading).filter(pointsFirmly);
  return firm.length === 1 ? firm[0]!.platform : null;
}

/**
 * The platforms a question lists as its sources ("check both Defender and Sysmon", "in our Entra
 * sign-in logs or in AWS CloudTrail"): each of the two names, read alone, points firmly at a different
 * platform. The user asked to look in both, so both are queried. Empty when the question lists no
 * sources, or a name is not firmly one platform's. Two short names scored: bounded work.
 */
export function listedSourcePlatforms(
  text: string,
  score: (reading: QuestionReading) => readonly ScoredPlatform[],
): string[] {
  const pair = sourcePair(text);
  if (!pair) return [];
  const first = firmPlatform(pair[0], score);
  if (!first) return [];
  const second = firmPlatform(pair[1], score);
  return second && second !== first ? [first, second] : [];
}

import { CHOICE } from './platform-choice';
import type { ScoredPlatform } from './platform-scorer';
import { readQuestion, saysAnyWords, saysWords, storeNamesIn, type QuestionReading } from './question-reader';
import type { SchemaEntry } from '../context/schema-catalog';
import { categoryTables } from './data-categories';
import { stems } from './text.util';
import {
  APP_OWN_RECORDS,
  COLLECTED_SOURCE_LEAN,
  DEVICE_ACTIVITY,
  LISTED_SOURCE_CUES,
  SHARED_PRODUCT_WORDS,
  TELEMETRY_SOURCE_LEANS,
} from './vocabulary';

/** Characters of the question read for a list of sources (the list is short and said once). */
const MAX_TEXT = 1_000;

/** One word of a source's name as written (`aws:cloudtrail`, `sign-in`, `C:\…` excluded). */
const WORD = String.raw`[\w:./'’-]+`;
/** A word of the request said between two sources ("A in X and \"B C\" in Y"): quotes allowed. */
const REQUEST_WORD = String.raw`[\w:./'’"“”-]+`;
/** The first source of a pair: one to four words, as few as the pair allows. */
const FIRST = String.raw`((?:${WORD}\s+){0,3}?${WORD})`;
/**
 * The second source: one to three words, up to the punctuation that ends it; never the start of a clause
 * ("in splunk, which users …": a question word or a verb of asking after the comma begins the request; "… against
 * a vault and then delete it": a word of sequence begins the next step; "on the kiosks, using the agent's data": a
 * verb's -ing form begins a clause of how).
 */
const SECOND = String.raw`(?!(?:which|who|whom|whose|what|when|where|why|how|did|does|do|is|are|was|were|has|have|can|could|show|list|give|find|get|tell|i|we|please|pls|then|later|afterwards|subsequently|[a-z]{2,}ing)\b)(${WORD}(?:\s+${WORD}){0,2})`;
const DETERMINER = String.raw`(?:(?:the|our|my|their)\s+)?`;
const PLACE = String.raw`(?:in|from|on|across)`;
/** A verb of looking said before the sources it looks in ("check", "search", "look in", "pull from"). */
export const LOOK = String.raw`(?:check|search|query|look\s+(?:in|at|into|through)|pull\s+from|dig\s+(?:in|into|through))`;
/** Two names joined: "X and Y", "X, Y", "X or Y", "X & Y", "X + Y". */
const JOIN = String.raw`\s*(?:,|&|\+|\band\b|\bor\b)\s*`;
/**
 * Two bare words joined by a slash alone ("defender/sysmon"), not a path or a name with a slash in it ("a/b/c",
 * "x:y/z"): read as joined by "+".
 */
const SLASHED_PAIR = /(?<![\w./\\:-])([A-Za-z][\w-]*)\/([A-Za-z][\w-]*)(?![\w./\\:-])/g;
/** A determiner: two names said bare ("in Defender or Sysmon") are sources; "the north gate and the south gate" are places. */
const BARE_DETERMINER = String.raw`(?:the|our|my|their|a|an)\b`;

/** An aside in brackets after a source's name ("in Azure (the vault deletes)"): said of its request, no source. */
const ASIDE = String.raw`(?:\s*\([^()]{1,80}\))?`;
/** "A in X and B in Y": two requests, each with the place it reads (at most four words between). */
const REQUESTS_PAIR = new RegExp(
  String.raw`\b${PLACE}\s+${DETERMINER}(${WORD}(?:\s+${WORD})?)${ASIDE}\s*,?\s+(?:and|or)\s+(?:${REQUEST_WORD}\s+){1,4}?${PLACE}\s+${DETERMINER}${SECOND}`,
  'i',
);
/** The conjunction after the first source of {@link REQUESTS_PAIR}, after the source's aside if any (captured). */
const REQUESTS_JOIN = new RegExp(String.raw`^(${ASIDE})\s*,?\s+(?:and|or)\s+`, 'i');

/** "defender and sysmon both", "X & Y both": two short names said bare, with "both" after them. */
const BOTH_AFTER = new RegExp(
  String.raw`(?<![\w'’-])(${WORD}(?:\s+${WORD})?)\s*(?:,|&|\+|\band\b|\bor\b)\s*(${WORD}(?:\s+${WORD})?)\s+both\b`,
  'i',
);

/**
 * Two sources said side by side as where to look:
 * - "both X and Y", "either X or Y" (after "check", "search", "in" or nothing);
 * - "in X or in Y", "from X and from Y", "in X as well as in Y": the place word said again before the second, maybe
 *   after an aside in brackets on the first ("in Azure (caller kim@corp.io) and in CloudTrail");
 * - "in X or Y", "across X and Y": one place word before two short names (the first of one or two words);
 * - "check X and Y", "search X + Y", "look in X or Y": a verb of looking before two names;
 * - "A in X and B in Y": two requests, each with the place it reads (at most four words between);
 * - "X and Y both": two bare names with "both" after them.
 */
const SOURCE_PAIRS: readonly RegExp[] = [
  new RegExp(
    String.raw`\b(?:both|either)\s+(?:${PLACE}\s+)?${DETERMINER}${FIRST}\s*(?:,|&|\band\b|\bor\b)\s*(?:${PLACE}\s+)?${DETERMINER}${SECOND}`,
    'i',
  ),
  new RegExp(
    String.raw`\b${PLACE}\s+${DETERMINER}${FIRST}${ASIDE}\s*,?\s+(?:and|or|as\s+well\s+as)\s+(?:also\s+)?${PLACE}\s+${DETERMINER}${SECOND}`,
    'i',
  ),
  // A comma after the place's name ends its clause more often than it lists ("in splunk, user and IP please").
  new RegExp(
    String.raw`\b${PLACE}\s+(?!${BARE_DETERMINER})(${WORD}(?:\s+${WORD})?)\s*(?:&|\band\b|\bor\b)\s*(?!${BARE_DETERMINER})${SECOND}`,
    'i',
  ),
  new RegExp(
    String.raw`\b${LOOK}\s+(?:(?:in|on)\s+)?${DETERMINER}${FIRST}${JOIN}(?:${PLACE}\s+)?${DETERMINER}${SECOND}`,
    'i',
  ),
  REQUESTS_PAIR,
  BOTH_AFTER,
];

/**
 * Two short names joined by a sign rather than a word, with no place word before them ("… this week? edr + okta",
 * "firewall & proxy: …"): a sign joins names, seldom clauses, but the names may be any nouns, so the pair is a
 * candidate whose two names must each point firmly at a store.
 */
const SYMBOL_PAIR = new RegExp(String.raw`(?<![\w'’-])(${WORD}(?:\s+${WORD})?)\s*[+&]\s*${DETERMINER}${SECOND}`, 'i');

/**
 * Words before where one signs in or what one targets ("log into X", "sign in to X", "attempts against X", "hit X", "to our X"):
 * a bare "to" only before a determiner or after sign-ins said in the same stretch ("logins from 10.1.1.1 to X or Y";
 * "to disable X and Y" is no place).
 */
const TARGET = String.raw`(?:(?:into|onto|against|touch(?:ed|es|ing)?|reach(?:ed|es|ing)?|hit(?:s|ting)?|(?:in|on)\s+to|(?<=\b(?:log-?ins?|log-?ons?|sign-?ins?|attempts?)\b[^?!,;:]{0,40})to)\s+${DETERMINER}|to\s+(?:the|our|my|their)\s+)`;

/**
 * Two short names after a word of where one signs in or what one targets, after a determiner or none ("log into our
 * okta or github orgs", "attempts against gitlab and jira"): such words reach places and people as often as stores,
 * so the pair is a candidate whose two names must each point firmly at a store.
 */
const TARGET_PAIR = new RegExp(String.raw`\b${TARGET}(${WORD}(?:\s+${WORD})?)${JOIN}${DETERMINER}${SECOND}`, 'i');

/**
 * Two names after one place word and a determiner, the second after "the", "our", "my", "their" or none, joined by a word ("in
 * defender network events and the firewall logs", "in our aws account or azure subscription"; a comma there ends a clause
 * more often than it lists):
 * with ordinary names these are places ("the north gate and the south gate"), so the pair is read only as a
 * candidate whose two names must each point firmly at a store (see {@link listedSourcePlatforms}).
 */
const CANDIDATE_PAIRS: readonly RegExp[] = [
  new RegExp(
    String.raw`\b${PLACE}\s+${DETERMINER}${FIRST}\s*(?:&|\+|\band\b|\bor\b)\s*(?:(?:the|our|my|their)\s+|(?!(?:her|his|its|your|a|an|any|some|every|each)\b))${SECOND}`,
    'i',
  ),
  SYMBOL_PAIR,
  TARGET_PAIR,
];

/** A kind of record a source holds, said after the source's name ("okta logins", "proxy traffic"). */
const RECORD = String.raw`(?:sign-?ins?|log-?ons?|logins?|traffic|logs?|events?|alerts?|connections?|activity|(?:api\s+)?calls?|requests?)`;
/** A source's name of one or two words, then the kind of record it holds ("turnstile gate events"). */
const SOURCE_OF_RECORD = String.raw`(?:(?!(?:any|some|the|our|all|no|or|and)\b)${WORD}\s+){1,2}${RECORD}`;
/**
 * Two names said bare, without a place word: "X + Y", "X and Y", "X, Y", "X & Y", "X or Y". The second never begins
 * with a word that says what to do with the rows ("… ? from splunk, by user", "okta, per day"): no source's name.
 */
const BARE_PAIR = String.raw`(${WORD}(?:\s+${WORD})?)${JOIN}(?!(?:by|per|grouped|sorted|ordered|broken|split|only|just|excluding|except|since|during|last|past|today|yesterday|top)\b)(${WORD}(?:\s+${WORD})?)`;

/**
 * Names said without a place word, read only as candidates whose two names must each point firmly at a store:
 * - a pair said as a note of its own at the end of the question ("… in the past week? okta + sysmon") or at its
 *   start ("okta and sysmon: …");
 * - two kinds of record, each with its source's name, asked for in one request ("any okta logins or proxy
 *   traffic from it", "okta logins from it, or proxy traffic to it").
 */
const BARE_PAIRS: readonly RegExp[] = [
  new RegExp(String.raw`(?:^|[?!.:;(]\s*|\s[-–—]\s+)${BARE_PAIR}\s*\)?[?.!]*\s*$`, 'i'),
  new RegExp(String.raw`^\s*${BARE_PAIR}\s*[:–—-]\s`, 'i'),
  new RegExp(
    String.raw`\b(${SOURCE_OF_RECORD})\b[^,;?]{0,40}?,?\s(?:and|or)\s+(?:(?:any|some|the|also)\s+)?(${SOURCE_OF_RECORD})\b`,
    'i',
  ),
];

const LISTED_PAIRS: readonly RegExp[] = [...SOURCE_PAIRS, ...CANDIDATE_PAIRS, ...BARE_PAIRS];

/**
 * What every way of listing a pair joins its two names by (a sign, "and", "or", "as well as", or a slash read as "+"):
 * a text with none of them lists no pair, and none of the patterns is tried.
 */
const PAIR_JOIN = /[,&+/]|\b(?:and|or)\b|\bas\s+well\s+as\b/i;

/** Every pair of sources the question may list as where to look, one per way of listing them, in order. */
function sourcePairs(text: string, patterns: readonly RegExp[] = SOURCE_PAIRS): Array<[string, string]> {
  if (!PAIR_JOIN.test(text.slice(0, MAX_TEXT))) return [];
  const slice = text.slice(0, MAX_TEXT).replace(SLASHED_PAIR, '$1 + $2');
  const pairs: Array<[string, string]> = [];
  for (const pattern of patterns) {
    const match = pattern.exec(slice);
    if (match) pairs.push([match[1]!, match[2]!]);
  }
  return pairs;
}

/** The two sources a question lists as where to look ("check both X and Y", "in X or in Y"); null when it lists none. */
export function sourcePair(text: string): [string, string] | null {
  return sourcePairs(text)[0] ?? null;
}

const SHARED_PRODUCT_STEMS = new Set(SHARED_PRODUCT_WORDS.flatMap((phrase) => stems(phrase)));

/** The platform whose bare product word the item is, listed beside another source (`Defender`, not `Windows Defender`). */
export function listedProduct(reading: QuestionReading): string | null {
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
  return platform.matches.some(namesEntryFirmly);
}

/** A catalog match the question names its entry by: written out, misspelt, or mostly covered by words no product both stores ingest is. */
function namesEntryFirmly(m: ScoredPlatform['matches'][number]): boolean {
  return (
    m.verbatim ||
    m.fuzzy ||
    (m.nameScore > 0 &&
      m.coverage >= CHOICE.referenceCoverage &&
      m.evidenceStems.some((stem) => !SHARED_PRODUCT_STEMS.has(stem)))
  );
}

/** Vendor words of each platform's telemetry family that no other store ingests as well (`CloudTrail`, `firewall`, `Sysmon`). */
const OWN_VENDOR_WORDS: ReadonlyArray<{ readonly platform: string; readonly words: readonly string[] }> = [
  ...TELEMETRY_SOURCE_LEANS,
  COLLECTED_SOURCE_LEAN,
].map((family) => ({
  platform: family.platform,
  words: family.words.filter((word) => !stems(word).some((stem) => SHARED_PRODUCT_STEMS.has(stem))),
}));

/**
 * The platform whose vendor's data a short source name is (`the firewall`, `CloudTrail` → the store that
 * ingests them), when only one platform's family holds the vendor and that platform scores the name at all.
 */
export function vendorHome(
  reading: QuestionReading,
  scored: readonly ScoredPlatform[],
  families: typeof OWN_VENDOR_WORDS = OWN_VENDOR_WORDS,
): string | null {
  const homes = new Set(families.filter((family) => saysAnyWords(reading, family.words)).map((f) => f.platform));
  if (homes.size !== 1) return null;
  const [home] = homes;
  return scored.some((p) => p.platform === home && p.score > 0) ? home! : null;
}

/**
 * The one platform a short source name points at firmly (see {@link pointsFirmly}), or, when none does, the
 * one whose vendor's data it names (see {@link vendorHome}); null otherwise.
 */
function firmPlatform(item: string, score: (reading: QuestionReading) => readonly ScoredPlatform[]): string | null {
  if (APP_OWN_RECORDS.pattern.test(item)) return APP_OWN_RECORDS.platform;
  const reading = readQuestion(item);
  const product = listedProduct(reading);
  if (product) return product;
  const scored = score(reading);
  const firm = scored.filter(pointsFirmly);
  if (firm.length === 1) return firm[0]!.platform;
  return firm.length === 0 ? vendorHome(reading, scored) : null;
}

/** Every platform's vendor words, products both stores ingest included (`Azure`: Sentinel's own, Splunk's through an add-on). */
const VENDOR_WORDS: typeof OWN_VENDOR_WORDS = [...TELEMETRY_SOURCE_LEANS, COLLECTED_SOURCE_LEAN];

/**
 * The platform of a name listed beside a name that points firmly at `other`: the one whose vendor family holds the
 * one product the name says, as the word it opens with, a product both stores ingest included ("azure or aws":
 * Azure's own store beside the one AWS's data is in; "the azure portal"), when that is not `other`; null otherwise
 * ("count failed windows logons" is no name of a product; "windows defender" names one both ingest, by two words).
 */
function homeBeside(
  item: string,
  other: string,
  score: (reading: QuestionReading) => readonly ScoredPlatform[],
): string | null {
  const whole = readQuestion(item);
  if (VENDOR_WORDS.flatMap((family) => family.words).filter((word) => saysWords(whole, word)).length !== 1) return null;
  const reading = readQuestion(item.trim().split(/\s+/, 1)[0] ?? '');
  const home = vendorHome(reading, score(reading), VENDOR_WORDS);
  return home !== other ? home : null;
}

/** How many kinds of activity a request listed beside a source is read for, at most. */
const MAX_REQUEST_CATEGORIES = 3;

/** A source the question lists, with the platform its name points at. */
export interface ListedSource {
  readonly platform: string;
  /** The name as written ("the firewall", "defender network events"). */
  readonly name: string;
}

/**
 * The sources a question lists ("check both Defender and Sysmon", "in our Entra sign-in logs or in AWS
 * CloudTrail"), when each of the two names, read alone, points firmly at a different platform. Empty when
 * the question lists no sources, or a name is not firmly one platform's. At most two short names per way of
 * listing scored: bounded work.
 */
export function listedSources(
  text: string,
  score: (reading: QuestionReading) => readonly ScoredPlatform[],
): ListedSource[] {
  // A question that names a store by its name says where a product both ingest is read ("defender alerts from splunk").
  let namesStore: boolean | undefined;
  const beside = (item: string, other: string | null) =>
    other && !(namesStore ??= storeNamesIn(text).length > 0) ? homeBeside(item, other, score) : null;
  for (const pair of sourcePairs(text, LISTED_PAIRS)) {
    const firm = firmPlatform(pair[0], score);
    const other = firmPlatform(pair[1], score);
    const first = firm ?? beside(pair[0], other);
    if (!first) continue;
    const second = other ?? beside(pair[1], firm);
    if (second && second !== first)
      return [
        { platform: first, name: pair[0] },
        { platform: second, name: pair[1] },
      ];
  }
  return [];
}

/**
 * The platforms a question lists as its sources (see {@link listedSources}). The user asked to look in
 * both, so both are queried.
 */
export function listedSourcePlatforms(
  text: string,
  score: (reading: QuestionReading) => readonly ScoredPlatform[],
): string[] {
  return listedSources(text, score).map((source) => source.platform);
}

/**
 * The tables of `platform` a listed source's name points at: for a kind of device whose data is one kind of
 * activity (`the firewall logs` → network traffic), that activity's table, whatever ordinary word of the name
 * ("logs") a log's name shares; else the catalog entries its words name (most of `defender network events` →
 * DeviceNetworkEvents, `sysmon` → sysmon), else, for a vendor whose data only this platform keeps, the one its
 * words reach best by name (`cloudtrail` → aws:cloudtrail); else, for a name that says whose data but not which
 * ("azure" beside "aws"), the table of the kind of activity the `request` it is listed in asks of it ("sign in to …" →
 * sign-ins), of those the tables the platform's own reading of the question (`scoredTables`) holds when it holds
 * any. Empty when it names none.
 */
export function listedSourceTables(
  name: string,
  platform: string,
  entries: readonly SchemaEntry[],
  score: (reading: QuestionReading) => readonly ScoredPlatform[],
  request?: QuestionReading,
  scoredTables: readonly string[] = [],
): string[] {
  const reading = readQuestion(name);
  const device = DEVICE_ACTIVITY.find((d) => saysAnyWords(reading, d.words));
  const activity = device ? categoryTables(readQuestion(device.activity), entries, 1) : [];
  if (activity.length > 0) return activity.map((t) => t.entry.name);
  const scored = score(reading);
  const own = scored.find((p) => p.platform === platform);
  const matches = own?.matches ?? [];
  // A product both stores ingest ("azure") says whose data, not which: the entry named after it is not pointed at.
  const named = matches.filter(namesEntryFirmly);
  if (named.length > 0) return named.map((m) => m.entry.name);
  // A vendor's name said in lower case ("cloudtrail") covers little of a name that also holds the vendor's
  // owner (`aws:cloudtrail`): when the vendor's data is this platform's, the best entry its words reach by name
  // is still the one it points at.
  const reached = vendorHome(reading, scored) === platform ? matches.find((m) => m.nameScore > 0) : undefined;
  if (reached) return [reached.entry.name];
  if (!request) return [];
  // Of the kinds of activity the request asks of it, those its own reading of the question already found ("talked
  // to … need host + process" → the connections and the processes); else the first.
  const asked = categoryTables(request, entries, MAX_REQUEST_CATEGORIES).map((t) => t.entry.name);
  const found = asked.filter((table) => scoredTables.includes(table));
  return found.length > 0 ? found : asked.slice(0, 1);
}

/**
 * Where a question that lists its sources as two requests, each with its place ("DeleteBucket calls in
 * CloudTrail and role changes in the Entra audit log"), starts its second request: the conjunction after the
 * first source's name, with the two names, in order. Null when the question does not list them so.
 */
export function listedRequestsCut(text: string): { readonly cut: number; readonly names: [string, string] } | null {
  const slice = text.slice(0, MAX_TEXT);
  const match = REQUESTS_PAIR.exec(slice);
  if (!match) return null;
  const first = match[0].indexOf(match[1]!) + match[1]!.length;
  const join = REQUESTS_JOIN.exec(match[0].slice(first));
  return join ? { cut: match.index + first + join[1]!.length, names: [match[1]!, match[2]!] } : null;
}

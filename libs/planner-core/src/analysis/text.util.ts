import stem from 'wink-porter2-stemmer';

const enum CharKind {
  Other,
  Upper,
  Lower,
  Digit,
}

function charKind(code: number): CharKind {
  if (code >= 65 && code <= 90) return CharKind.Upper;
  if (code >= 97 && code <= 122) return CharKind.Lower;
  if (code >= 48 && code <= 57) return CharKind.Digit;
  return CharKind.Other;
}

/** Whether the letter at `at` is a lone `s` ending a word: the plural of a run of capitals (`DLLs`, `URLs`), not a new word. */
function isPluralMark(text: string, at: number): boolean {
  return text.charCodeAt(at) === 115 && (at + 1 >= text.length || charKind(text.charCodeAt(at + 1)) !== CharKind.Lower);
}

/**
 * One word of `text`, lower-case; the plural of a run of capitals without its `s` (`DLLs` → dll),
 * as the stemmer cannot tell it from a word ending in s.
 */
function wordOf(text: string, start: number, end: number): string {
  const plural =
    end - start >= 3 &&
    text.charCodeAt(end - 1) === 115 &&
    charKind(text.charCodeAt(end - 2)) === CharKind.Upper &&
    charKind(text.charCodeAt(start)) === CharKind.Upper &&
    charKind(text.charCodeAt(start + 1)) === CharKind.Upper;
  return text.slice(start, plural ? end - 1 : end).toLowerCase();
}

/**
 * Splits an identifier or a phrase into lower-case words: `SigninLogs` → signin, logs;
 * `Endpoint.Processes` → endpoint, processes; `azure:monitor:aad` → azure, monitor, aad;
 * `user_id` → user, id; `AADSignIn` → aad, sign, in; `DLLs` → dll. One pass over the characters (linear in
 * the length, whatever the run of capitals); anything but ASCII letters and digits separates.
 */
export function splitWords(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i += 1) {
    const kind = i < text.length ? charKind(text.charCodeAt(i)) : CharKind.Other;
    if (kind === CharKind.Other) {
      if (start >= 0) words.push(wordOf(text, start, i));
      start = -1;
      continue;
    }
    if (start < 0) {
      start = i;
      continue;
    }
    const previous = charKind(text.charCodeAt(i - 1));
    // A capital after a small letter or digit starts a word (`signinLogs`); so does the last
    // capital of a run when a small letter follows (`AADSign` → AAD, Sign).
    const next = i + 1 < text.length ? charKind(text.charCodeAt(i + 1)) : CharKind.Other;
    const boundary =
      kind === CharKind.Upper &&
      (previous === CharKind.Lower ||
        previous === CharKind.Digit ||
        (previous === CharKind.Upper && next === CharKind.Lower && !isPluralMark(text, i + 1)));
    if (boundary) {
      words.push(wordOf(text, start, i));
      start = i;
    }
  }
  return words;
}

const stemCache = new Map<string, string>();

/** Longest word the Porter2 stemmer is run on (its time grows with the square of the length). */
export const MAX_STEMMED_LENGTH = 32;

const DIGIT = /\d/;

/**
 * Words the stemmer would fold into an ordinary word they do not mean: the operating system is always
 * written `Windows`, so its stem stays apart from `window` ("within a 5-minute window" is a span of time).
 */
const OWN_STEMS: ReadonlyMap<string, string> = new Map([['windows', 'windows']]);

/** The Porter2 stem of a lower-case word, or the word itself when it has digits (memoized: the same words recur across requests). */
export function stemWord(word: string): string {
  // Codes and over-long words are their own stems: answered before the cache, so unique ones do not fill it.
  if (word.length > MAX_STEMMED_LENGTH || DIGIT.test(word)) return word;
  let stemmed = stemCache.get(word) ?? OWN_STEMS.get(word);
  if (stemmed === undefined) {
    // Words with digits are codes and product names (`o365`, `365`, `4624`): kept as written. So are
    // words longer than any English word with a suffix worth removing: the stemmer is quadratic in length.
    stemmed = stem(word);
    if (stemCache.size < 100_000) stemCache.set(word, stemmed);
  }
  return stemmed;
}

/** Words of a text, stemmed. */
export function stems(text: string): string[] {
  return splitWords(text).map(stemWord);
}

/** An identifier (table, column, sourcetype) read into words, once. */
export interface IdentifierWords {
  /** The identifier in lower case, as a question would write it out. */
  readonly lower: string;
  /** Lower-case words, in order. */
  readonly words: readonly string[];
  /** Their stems, in the same order. */
  readonly stems: readonly string[];
  /** Stems of adjacent words written together (`Power Shell` → powershel), by the index of the first. */
  readonly joined: readonly string[];
}

const IDENTIFIER_CACHE_MAX = 100_000;

/** How much of an identifier is read into words: its first 96 characters, at most 16 words (`lower` stays whole). */
export const IDENTIFIER_READ = { characters: 96, words: 16 } as const;
const identifierCache = new Map<string, IdentifierWords>();

/** Stems of adjacent word pairs written as one word, so `sign-in` meets `Signin` and `PowerShell` meets `Powershell`. */
export function joinedStems(words: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i + 1 < words.length; i += 1) joined.push(stemWord(words[i]! + words[i + 1]!));
  return joined;
}

/**
 * The words and stems of a schema identifier, memoized (names and columns recur across requests,
 * so a catalog of thousands of tables costs a lookup per name after the first request).
 */
export function identifierWords(name: string): IdentifierWords {
  let info = identifierCache.get(name);
  if (info === undefined) {
    const words = splitWords(
      name.length > IDENTIFIER_READ.characters ? name.slice(0, IDENTIFIER_READ.characters) : name,
    );
    if (words.length > IDENTIFIER_READ.words) words.length = IDENTIFIER_READ.words;
    info = { lower: name.toLowerCase(), words, stems: words.map(stemWord), joined: joinedStems(words) };
    // A plain map, emptied when full: cheaper per lookup than an LRU on the per-column hot path.
    if (identifierCache.size >= IDENTIFIER_CACHE_MAX) identifierCache.clear();
    identifierCache.set(name, info);
  }
  return info;
}

/** Characters of a question searched for host names (the names are said early and the scan is linear). */
const MAX_HOST_TEXT = 1_000;
/**
 * A machine's name as admins write it: capitals and digits in parts joined by hyphens, with a digit somewhere
 * (`WEB-07`, `SQL-PROD-01`, `HR-LT-9`). Its parts name a role (`WEB`, `SQL`, `DB`), not the data asked about.
 */
const HOST_NAME = /(?<![\w.@\\/-])[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+(?![\w.@\\/-])/g;
/**
 * The start of machines' names with a wildcard (`SRV-DB*`, `RL-GS-*`, `WEB-*`): capitals and digits with a hyphen, a
 * `*` at the end. A fleet named by its pattern, no data asked about; no digit is needed, the wildcard says it is a name.
 */
const WILDCARD_HOST_NAME = /(?<![\w.@\\/-])[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-[A-Z0-9]*\*(?![\w.@\\/-])/g;
/**
 * The start machines' names share, said before the plural of machines (`the SQL-PROD servers`, `KAC-MX laptops`): a
 * fleet named, its parts a role (`SQL`), not the data asked about.
 */
const FLEET_HOST_NAME =
  /(?<![\w.@\\/-])[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+(?=\s+(?:laptops|pcs|workstations|desktops|servers|hosts|machines|devices|boxes|vms|kiosks|terminals|endpoints|nodes|dcs)\b)/g;
/**
 * An Azure resource group named by its usual prefix or suffix (`rg-web-test`, `rg-kac-mro-prod`, `payroll-sql-rg`):
 * its parts say what the group holds (`web`, `sql`), not the data asked about.
 */
const RESOURCE_GROUP_NAME = /(?<![\w.@\\/-])(?:rg-[a-z0-9][a-z0-9-]*|[a-z0-9][a-z0-9-]*-rg)(?![\w.@\\/-])/gi;
/** Names of that form that are standards, not machines (`CVE-2024-1234`, `SHA-256`, `AES-128`, `UTF-8`). */
const STANDARD_NAME = /^(?:CVE|CWE|SHA|MD|AES|RSA|DES|TLS|SSL|UTF|ISO|RFC|HTTP|HTTPS|TCP|UDP|IPV|RC|EC|X)-/;

/**
 * A machine's name in lower case right after a word for a machine (`host web-03`, `server db-2`): parts joined by
 * hyphens, the last with a digit. Said that way it is a name, not the data asked about.
 */
const CALLED_HOST_NAME =
  /(?<=\b(?:host|server|machine|computer|workstation|laptop|desktop|device|endpoint|box)\s+)[a-z][a-z0-9]*(?:-[a-z0-9]+)*-[a-z]*\d[a-z0-9]*(?![\w.@\\/-])/g;

/**
 * The same name written in lower case anywhere, as many shops name machines (`web-prd-03`, `db-01`): hyphenated parts
 * that end in a number.
 */
const LOWER_HOST_NAME = /(?<![\w.@\\/-])[a-z][a-z0-9]*(?:-[a-z0-9]+)*-\d+(?![\w.@\\/-])/g;

/** A machine-shaped name that names a machine: it has a digit and is no standard's name (`SHA-256`, `CVE-2024-1`). */
export function isMachineShapedName(name: string): boolean {
  return /\d/.test(name) && !STANDARD_NAME.test(name.toUpperCase());
}

/** A host name's blank, unless it is a standard's name. */
function blankHost(name: string): string {
  return isMachineShapedName(name) ? ' '.repeat(name.length) : name;
}

/**
 * The text with machine names blanked (see {@link HOST_NAME}, {@link WILDCARD_HOST_NAME}, {@link FLEET_HOST_NAME}, {@link CALLED_HOST_NAME},
 * {@link LOWER_HOST_NAME}) and resource groups named so ({@link RESOURCE_GROUP_NAME}):
 * `failed logons on SQL-PROD-01` asks nothing of SQL, `restarts of host web-03` nothing of the web, nor does traffic
 * to `web-prd-03` of web requests.
 */
export function withoutHostNames(text: string): string {
  const head = text.slice(0, MAX_HOST_TEXT);
  // Every name of the three patterns has a hyphen: without one, the text is as it stands.
  if (!head.includes('-')) return text;
  const blanked = head
    .replace(WILDCARD_HOST_NAME, (name) => (STANDARD_NAME.test(name) ? name : ' '.repeat(name.length)))
    .replace(FLEET_HOST_NAME, (name) => (STANDARD_NAME.test(name) ? name : ' '.repeat(name.length)))
    .replace(HOST_NAME, blankHost)
    .replace(LOWER_HOST_NAME, blankHost)
    .replace(CALLED_HOST_NAME, (name) => ' '.repeat(name.length))
    .replace(RESOURCE_GROUP_NAME, (name) => ' '.repeat(name.length));
  return blanked + text.slice(MAX_HOST_TEXT);
}

/** Words for an office's network or premises ("office IP", "office building"). */
const OFFICE_PREMISES = String.raw`ips?|address(?:es)?|subnets?|range|cidr|location|building|vpn|egress|gateway|firewall|proxy`;

/**
 * "office" before a word for its network or premises: a place, whatever its case. Its own network ("office
 * network", "office wifi") is a place as a whole: it asks nothing of network events either.
 */
const OFFICE_BEFORE_PREMISES = new RegExp(
  String.raw`\boffice(?:\s+(?:network|wi-?fi|w?lan)\b|(?=\s+(?:${OFFICE_PREMISES})\b))`,
  'gi',
);

/**
 * "office" after a word that makes it a place ("the office", "our office", "head office"), unless a word of the
 * suite follows (`the Office apps`, `our office 365 tenant`, `the office activity log`).
 */
const OFFICE_AFTER_PLACE_WORD =
  /(?<=\b(?:the|our|my|your|their|his|her|company|corporate|head|main|branch|regional|local)\s+)offices?\b(?!\s*(?:365|apps?|suite|activity|audit|logs?|documents?|docs|files?|macros?|add-?ins?|online|products?|programs?|tenant|workloads?)\b)/gi;

/**
 * "office" as a kind of office ("front office", "back-office", "ticket office") or as a unit of the business ("the
 * office staff", "Office dept"): a workplace, whatever its case, never the suite.
 */
const OFFICE_AS_UNIT =
  /(?<=\b(?:back|front|box|post|ticket|home|field|branch)[\s-]+)offices?\b|\boffices?(?=\s+(?:dep(?:artmen)?ts?|dept|divisions?|teams?|staff|employees|personnel|workers|managers?)\b)/gi;

/** A blank as long as the word. */
function blank(word: string): string {
  return ' '.repeat(word.length);
}

/**
 * The text with "office" blanked where it names a workplace (see {@link OFFICE_BEFORE_PREMISES},
 * {@link OFFICE_AFTER_PLACE_WORD}, {@link OFFICE_AS_UNIT}): "logins from the office network" asks nothing of the office suite's audit log.
 * After a word of place only the lower-case word is a place: "from the Office" names the suite.
 */
export function withoutWorkplaces(text: string): string {
  const head = text.slice(0, MAX_HOST_TEXT);
  if (!/office/i.test(head)) return text;
  const blanked = head
    .replace(OFFICE_BEFORE_PREMISES, blank)
    .replace(OFFICE_AFTER_PLACE_WORD, (word) => (word.startsWith('o') ? blank(word) : word))
    .replace(OFFICE_AS_UNIT, blank);
  return blanked + text.slice(MAX_HOST_TEXT);
}

/**
 * "the Entra ID audit log in Sentinel", "which event logs in Splunk": a log said as a noun (after a word of its kind or
 * a determiner), then "in" and where it is kept. The "in" is a preposition there, no "log in" (signing in).
 */
const LOG_NOUN_IN =
  /(?<=\b(?:audit|activity|event|security|access|error|system|application|app|firewall|proxy|dns|change|admin|directory|sign-?in|the|this|that|our|their|its|each|every|which|what)\s+logs?\s+)in(?=\s+(?:the|our|a|an|their|this|that|its|each|every|sentinel|splunk|defender|entra|azure|aws|o365|office|m365|log\s+analytics|kusto)\b)/gi;

/**
 * The text with the "in" after a log said as a noun blanked (see {@link LOG_NOUN_IN}): "the audit log in Sentinel"
 * asks nothing of sign-ins.
 */
export function withoutLogNounIn(text: string): string {
  const head = text.slice(0, MAX_HOST_TEXT);
  if (!/\blogs?\s+in\b/i.test(head)) return text;
  return head.replace(LOG_NOUN_IN, blank) + text.slice(MAX_HOST_TEXT);
}

/** "Authenticated" as the first word of a mail client's name (`Authenticated SMTP`, a client app a sign-in log names). */
const CLIENT_NAME_QUALIFIER = /\bauthenticated(?=\s+smtp\b)/gi;

/**
 * The text with the qualifier of a mail client's name blanked (see {@link CLIENT_NAME_QUALIFIER}): "sign-ins with
 * Authenticated SMTP" names a client of a sign-in log, and asks nothing of an authentication data model.
 */
export function withoutClientQualifiers(text: string): string {
  const head = text.slice(0, MAX_HOST_TEXT);
  return head.replace(CLIENT_NAME_QUALIFIER, (word) => ' '.repeat(word.length)) + text.slice(MAX_HOST_TEXT);
}

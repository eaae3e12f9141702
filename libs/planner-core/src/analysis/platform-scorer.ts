import { LRUCache } from 'lru-cache';
import type { SchemaCatalog } from '../context/schema-catalog';
import type { PlatformEvidence } from './analyzer.types';
import { indexCatalog, type CatalogIndex } from './catalog-index';
import { saysApiAction } from './api-action.util';
import { cuePattern, saysCueFree } from './cue-pattern.util';
import { saysTelemetryValue } from './telemetry-value.util';
import { saysWindowsEventId } from './windows-event.util';
import { saysWindowsActivity } from './constraints/windows-events';
import { namesKnownTool } from './constraints/literal-values';
import type { EntryMatch } from './catalog-matcher';
import { byteCountEntry, holdsTrafficFlow, saysTrafficFlow, saysTrafficVolume } from './traffic-flow.util';
import {
  activityLogEntry,
  saysActionsDone,
  saysAppEventName,
  saysAppEventsByName,
  saysAppRecorded,
  saysDoings,
} from './activity-log.util';
import { resourceOperationEntry, saysCloudResourceOperation, withoutCloudDatabases } from './cloud-resource.util';
import {
  directoryNamedEntry,
  namesDirectoryByFormerName,
  saysAccountLifecycle,
  saysDirectoryObjectChange,
  saysMembershipChange,
} from './directory-object.util';
import { qualifiedByValue, tableQualifiedByValue } from './valued-table.util';
import { saysMailMessages } from './mail-message.util';
import { saysWebRequest } from './web-request.util';
import { writingStyle } from './writing-style.util';
import {
  accountEntry,
  accountsRecord,
  directoryRecord,
  emailRecord,
  personEntry,
  saysAccount,
  saysMemberAccount,
  saysEmailAsDetail,
  saysPerson,
} from './person-entry.util';
import { matchCatalog } from './catalog-matcher';
import { categoryTables, namesActivityOutright, securityLogEntry, type CategoryTable } from './data-categories';
import { findInactivity } from './constraints/inactivity';
import { saysMoneyAmount } from './constraints/business-values';
import { valueSaidOf } from './column-value.util';
import { lastActivityColumn, neverDoneActivity } from './last-activity.util';
import {
  entryCalledByKind,
  namesCalledByKind,
  saysAppPeopleState,
  saysOwnApp,
  saysOwnAppPeople,
} from './named-entry.util';
import {
  isMeaningful,
  phraseKey,
  phrasesSaid,
  saysAnyWords,
  saysWords,
  storeNamesIn,
  type QuestionReading,
} from './question-reader';
import { stems } from './text.util';
import {
  ANALYTICS_WORDS,
  CLOUD_ACTIVITY_TRAIL,
  COLLECTED_SOURCE_LEAN,
  DATA_CATEGORIES,
  FILE_EXTENSION_HINTS,
  LISTED_SOURCE_CUES,
  NAME_FILLER_WORDS,
  DOMAIN_DESCRIPTION_WORDS,
  PLATFORM_DOMAINS,
  CIM_DATA_SAID,
  PLATFORM_VOCABULARY,
  SECURITY_ONLY_WORDS,
  TELEMETRY_SOURCE_LEANS,
  TELEMETRY_WORDS,
  WRITING_STYLE_LEANS,
  type VocabularyCue,
} from './vocabulary';

/** Evidence for one platform, with its parts kept apart (the parts are what a reviewer tunes). */
export interface ScoredPlatform extends PlatformEvidence {
  readonly parts: {
    readonly entities: number;
    readonly vocabulary: number;
    readonly description: number;
    readonly domain: number;
    /** The default lean toward a platform's native store (not evidence: the hedge looks past it). */
    readonly lean: number;
    readonly preference: number;
  };
  /** Product and language cues of this platform the question says. */
  readonly cues: readonly VocabularyCue[];
  /** Catalog entries matched, strongest first. */
  readonly matches: readonly EntryMatch[];
  /** The question names a vendor whose data usually reaches this platform (see {@link TELEMETRY_SOURCE_LEANS}). */
  readonly sourceNamed: boolean;
  /** The request is written the way this platform's content is (a detection rule, a hunting query; see {@link WRITING_STYLE_LEANS}). */
  readonly styled: boolean;
  /** What kind of data the platform holds, when known (two platforms of one kind can stand in for each other). */
  readonly domain: 'telemetry' | 'records' | null;
  /** The entry that keeps the accounts of the business's own app, when the question asks of one there (see `accountEntry`). */
  readonly accountRecord?: string;
  /**
   * The entry that keeps web requests with their status, when the question asks of web requests by an HTTP status or
   * their shape ("5xx errors on shop.example.com", "POST requests to /login"; see `webStatusEntry`).
   */
  readonly webLog?: string;
}

export interface ScoringInput {
  readonly reading: QuestionReading;
  readonly catalog: SchemaCatalog;
  readonly platforms: readonly string[];
  readonly preferred: readonly string[];
  /** The catalog indexed once per request; built here when absent. */
  readonly index?: CatalogIndex;
}

/** The people's own record named as such: "our app user table", "the accounts list", "the members record". */
const PEOPLE_RECORD = /\b(?:users?|accounts?|members?|people)\s+(?:table|record|records|list|directory)\b/i;

const WEIGHTS = {
  secondEntry: 0.2,
  nameWord: 0.2,
  descriptionWord: 0.6,
  descriptionCap: 1.8,
  telemetryWord: 0.4,
  telemetryCap: 2,
  analyticsWord: 0.5,
  analyticsBase: 0.5,
  analyticsCap: 2.5,
  preferred: 0.5,
  tableFloor: 0.8,
  tableShareOfBest: 0.25,
  maxTables: 6,
  columnOnlyTable: 0.5,
  recordsUnderTelemetry: 0.4,
  categoryTables: 2,
  namedTable: 0.5,
  siblings: 1,
  spelledTable: 0.5,
  httpStatus: 1.5,
  webRequest: 3,
  trafficFlow: 1.5,
  resourceOperation: 2,
  directoryChange: 2,
  formerDirectoryStyle: 4,
  formerDirectoryTitle: 2,
  valuedTable: 1,
  maxHttpEntries: 200,
  maxInactivityText: 1_000,
  lastActivity: 1,
  neverDone: 2,
  calledByKind: 2,
  ownApp: 2.5,
  appRecorded: 1.5,
  ownColumn: 0.5,
  ownColumnCap: 1.5,
  describedRows: 1,
  stateBesideLastSeen: 2.5,
  emailDetail: 2,
} as const;

const FILLER_WORDS: ReadonlySet<string> = new Set(NAME_FILLER_WORDS);
const FILLER_STEMS = new Set(stems(NAME_FILLER_WORDS.join(' ')));

const descriptionCache = new LRUCache<string, ReadonlySet<string>>({ max: 1_000 });

function descriptionStems(description: string): ReadonlySet<string> {
  let set = descriptionCache.get(description);
  if (set === undefined) {
    set = new Set(stems(description).filter((s) => isMeaningful(s) && !FILLER_STEMS.has(s)));
    descriptionCache.set(description, set);
  }
  return set;
}

function domainOf(platform: string, description: string): 'telemetry' | 'records' | null {
  const known = PLATFORM_DOMAINS[platform];
  if (known) return known;
  const words = descriptionStems(description);
  const count = (list: readonly string[]) => stems(list.join(' ')).filter((s) => words.has(s)).length;
  const telemetry = count(DOMAIN_DESCRIPTION_WORDS.telemetry);
  const records = count(DOMAIN_DESCRIPTION_WORDS.records);
  return telemetry === records ? null : telemetry > records ? 'telemetry' : 'records';
}

function describeMatch(match: EntryMatch): string {
  if (match.verbatim) return `names ${match.entry.kind} ${match.entry.name}`;
  if (match.fuzzy) return `names ${match.entry.kind} ${match.entry.name} (misspelt)`;
  const parts: string[] = [];
  if (match.nameWords.length > 0)
    parts.push(`"${match.nameWords.join('", "')}" → ${match.entry.kind} ${match.entry.name}`);
  if (match.columns.length > 0)
    parts.push(`column${match.columns.length > 1 ? 's' : ''} ${match.columns.join(', ')} of ${match.entry.name}`);
  else if (match.nameWords.length === 0 && match.columnWords.length > 0)
    parts.push(`"${match.columnWords.join('", "')}" in columns of ${match.entry.name}`);
  return parts.join('; ');
}

/**
 * The platform's catalog evidence: its best entry, plus a little for a second entry that
 * adds words of the question the first did not (a join), not for a sibling that repeats them.
 */
function entityScore(matches: readonly EntryMatch[]): number {
  const best = matches[0];
  if (!best) return 0;
  const said = (word: string) => best.nameWords.includes(word) || best.columnWords.includes(word);
  let other: EntryMatch | undefined;
  for (let i = 1; i < matches.length && !other; i += 1)
    if (matches[i]!.nameWords.some((w) => !said(w))) other = matches[i];
  return best.score + WEIGHTS.secondEntry * (other?.score ?? 0);
}

/** The phrases, each stem sequence once, the first form kept. */
function distinctPhrases(phrases: readonly string[]): string[] {
  const keys = new Set<string>();
  return phrases.filter((phrase) => !keys.has(phraseKey(phrase)) && keys.add(phraseKey(phrase)));
}

/** Whether a word is a file name with an extension the vocabulary knows (`wmic.exe`). */
function isFileName(word: string): boolean {
  const dot = word.lastIndexOf('.');
  return dot > 0 && FILE_EXTENSION_HINTS[word.slice(dot + 1).toLowerCase()] !== undefined;
}

/**
 * Whether the question's words reach an entry by a word of its name that says what it holds: padding alone
 * (`activity` of `…Activity`, `events` of `…Events`) is how any log is named, and reaches none in particular.
 */
function reachedByName(m: EntryMatch): boolean {
  return m.nameScore > 0 && m.evidenceStems.length > 0;
}

/** Tables of a platform worth naming: the strong matches, at most a handful. */
function pickTables(matches: readonly EntryMatch[]): EntryMatch[] {
  const best = matches[0]?.score ?? 0;
  const floor = Math.max(WEIGHTS.tableFloor, WEIGHTS.tableShareOfBest * best);
  const picked = matches
    .filter(
      (m) => m.score >= floor && (m.nameScore > 0 || m.columns.length > 0 || m.columnScore >= WEIGHTS.columnOnlyTable),
    )
    .slice(0, WEIGHTS.maxTables);
  // Weak evidence still points somewhere: the best entry whose name the question's words
  // (or what they imply, `wmic.exe` → process) reach, rather than no table at all.
  if (picked.length === 0) {
    const named = matches.find(reachedByName);
    if (named) picked.push(named);
  }
  // A file the question names (`spoolsv.exe`) is what an analyst looks up first: the best entry
  // its extension points at (a process table for `.exe`) is named too, if the floor left it out.
  const fileEntry = matches.find((m) => m.nameScore > 0 && m.nameWords.some(isFileName));
  if (fileEntry && !picked.includes(fileEntry) && picked.length < WEIGHTS.maxTables) picked.push(fileEntry);
  return picked;
}

/** The name words that reach a table, as one key: siblings (`Device…`) reached by the same words share it. */
function familyKey(m: EntryMatch): string {
  return [...m.nameWords].sort().join(' ');
}

const LEAD_WORD = /^[A-Za-z][a-z]*/;

/** The first word of an entry's name (`Device` of `DeviceFileEvents`, `Endpoint` of `Endpoint.Processes`), lower-cased. */
function leadWord(name: string): string {
  return (LEAD_WORD.exec(name)?.[0] ?? name).toLowerCase();
}

/** A table reached by its name's words alone (no verbatim name, no near spelling, no column). */
function byNameOnly(m: EntryMatch): boolean {
  return !m.verbatim && !m.fuzzy && m.columns.length === 0;
}

/** Whether a kind of activity is done by accounts (a sign-in), by its category (see `DataCategory.byAccounts`). */
function byAccounts(found: CategoryTable): boolean {
  return DATA_CATEGORIES.some((category) => category.name === found.category && category.byAccounts === true);
}

/** A table a kind of activity points at, with why. */
function categoryTable(found: CategoryTable): { name: string; reason: string } {
  const why =
    found.said.length > 0
      ? `${found.category} activity ("${found.said.join('", "')}")`
      : `hunting starts at ${found.category} activity`;
  return { name: found.entry.name, reason: `${why} → ${found.entry.kind} ${found.entry.name}` };
}

/**
 * The tables named for a platform, at most {@link WEIGHTS.maxTables}: entries the question names
 * (by name words, or a column written out) first, then the tables its kind of activity points at
 * (see {@link categoryTables}), then entries reached through column words alone.
 */
function orderTables(
  picked: readonly EntryMatch[],
  categories: readonly CategoryTable[],
  enrichment?: { name: string; reason: string },
): Array<{ name: string; reason: string }> {
  // Siblings reached by the same name words only (`device` → every `Device…` table) repeat one piece of
  // evidence: the first few of them stand for the family, the rest wait behind the other evidence.
  const family = new Map<string, number>();
  const named = picked.filter((m) => {
    if (m.nameScore < WEIGHTS.namedTable && m.columns.length === 0) return false;
    if (m.verbatim || m.fuzzy || m.columns.length > 0) return true;
    const key = familyKey(m);
    const seen = family.get(key) ?? 0;
    family.set(key, seen + 1);
    return seen < WEIGHTS.siblings;
  });
  // "machines running <a tool>": of a family reached by one shared word, the sibling the activity evokes leads.
  const evokedSibling = categories.find(
    (found) =>
      found.said.length > 0 &&
      named.some(
        (m) => m.entry !== found.entry && byNameOnly(m) && leadWord(m.entry.name) === leadWord(found.entry.name),
      ),
  );
  // With no activity said ("<a tool> on any machine"), a sibling of the table a hunt starts at, reached by one word
  // of the family's name alone ("machine" → `Device…`), says nothing of the activity: the hunt's table leads it.
  const huntStart = categories.every((found) => found.said.length === 0) ? categories[0] : undefined;
  const familyWordOnly = (m: EntryMatch): boolean =>
    huntStart !== undefined &&
    m.entry !== huntStart.entry &&
    !m.verbatim &&
    !m.fuzzy &&
    m.nameWords.length === 1 &&
    !isFileName(m.nameWords[0]!) &&
    leadWord(m.entry.name) === leadWord(huntStart.entry.name);
  const huntLeads = named.length > 0 && named.every(familyWordOnly);
  // "who ran <an admin cmdlet>": the source the named thing lives in leads a table the verb alone reaches by its name.
  const outright = categories.find((found) => found.named);
  const lead =
    outright && !named.some((m) => m.verbatim || m.fuzzy)
      ? outright
      : (evokedSibling ?? (huntLeads ? huntStart : undefined));
  const out = lead ? [categoryTable(lead)] : [];
  out.push(...named.map((m) => ({ name: m.entry.name, reason: describeMatch(m) })));
  // The hunting default (process activity, for a question that evokes no kind of activity) is a last resort:
  // an entry the question's words reach by its name (`GetSecretValue` → the cloud audit trail) comes first, but for a
  // sibling of the hunt's table reached by the family's word alone.
  if (categories.length > 0 && categories.every((found) => found.said.length === 0))
    for (const m of picked)
      if (!named.includes(m) && reachedByName(m) && !familyWordOnly(m))
        out.push({ name: m.entry.name, reason: describeMatch(m) });
  for (const found of categories) out.push(categoryTable(found));
  if (enrichment) out.push(enrichment);
  for (const m of picked) if (!named.includes(m)) out.push({ name: m.entry.name, reason: describeMatch(m) });
  const seen = new Set<string>();
  return out.filter((t) => !seen.has(t.name) && seen.add(t.name)).slice(0, WEIGHTS.maxTables);
}

/**
 * An HTTP status code said as one (`returning 404`, `HTTP 503`, `status 500`, `a status code of 200`, `404 errors`, `404s`, `401/403s`,
 * `a 403 Forbidden response`), not a count (`top 100`).
 */
const HTTP_STATUS =
  /\b(?:return(?:ing|ed|s)?|status(?: code)?(?: of| =| is)?|https?|response(?: code)?(?: of| =| is)?)\s+[1-5]\d\d\b|(?<![\w.$€£:/-])[1-5]\d\d(?:\s*\/\s*[1-5]\d\d)*s\b|\b[1-5](?:\d\d|xx)\s+(?:(?:ok|forbidden|unauthorized|not found|bad request|bad gateway|internal server|service unavailable|gateway timeout|too many requests)\s+)?(?:errors?|responses?|status)\b/i;

/** The first of the first entries that holds both an HTTP status and a url column (a web access log); `Web.status` is a status column. */
function webStatusEntry<T extends { columns: readonly string[] }>(entries: readonly T[]): T | undefined {
  return entries.slice(0, WEIGHTS.maxHttpEntries).find((entry) => {
    const lower = entry.columns.map((c) => c.toLowerCase().slice(c.lastIndexOf('.') + 1));
    return lower.some((c) => c === 'status' || c === 'status_code') && lower.some((c) => c === 'url' || c === 'uri');
  });
}

/** A Windows program or library the question names (`cmd.exe`, `rundll32.dll`, `run.ps1`): Windows telemetry. */
const WINDOWS_FILE = /\b[\w-]+\.(?:exe|dll|ps1|bat)\b/i;
/** The extension {@link WINDOWS_FILE} ends with: a cheap test before it (its name is tried from every word). */
const WINDOWS_FILE_EXTENSION = /\.(?:exe|dll|ps1|bat)\b/i;

/**
 * A Unix command named ("the chmod command", "useradd", "setfacl"): one run on a Linux or Unix host, so it names that
 * host's telemetry as the word "linux" does. Only names no English sentence uses otherwise.
 */
const UNIX_COMMAND =
  /(?<![\w./-])(?:chmod|chown|chattr|setfacl|setcap|useradd|adduser|usermod|userdel|groupadd|visudo|iptables|insmod|modprobe|systemctl)(?![\w.-])/i;

function namesTelemetrySource(reading: QuestionReading): boolean {
  return (
    TELEMETRY_SOURCE_LEANS.some((family) => saysAnyWords(reading, family.words)) ||
    saysApiAction(reading.exactTokens, reading.text)
  );
}

/** Stems of the one-word vendor and product names whose data usually reaches a telemetry store (see {@link TELEMETRY_SOURCE_LEANS}). */
const VENDOR_STEMS: ReadonlySet<string> = new Set(
  TELEMETRY_SOURCE_LEANS.flatMap((family) => family.words.filter((word) => !word.includes(' '))).flatMap((word) =>
    stems(word),
  ),
);

/**
 * Whether an entry is reached by its name through vendor or product names alone, each written as a name (`Teamz`
 * capitalised mid-sentence), neither the entry's name written out nor one of its columns.
 */
function reachedByProductName(match: EntryMatch, reading: QuestionReading): boolean {
  return (
    !namesOutright(match) &&
    match.evidenceStems.length > 0 &&
    match.evidenceStems.every((stem) => VENDOR_STEMS.has(stem) && reading.nameStems.has(stem))
  );
}

/** A time of day named for a working day ("business hours", "office hours"): when something happened, not what. */
const TIME_OF_DAY = /\b(?:business|working|office|opening)\s+hours?\b/i;
const TIME_OF_DAY_ALL = new RegExp(TIME_OF_DAY.source, 'gi');

/** A "which" that opens a relative clause: after a comma ("…, which may …") or before a modal or a verb of its own. */
const RELATIVE_WHICH =
  /(?:,\s*which\b|\bwhich\s+(?:may|might|can|could|would|will|indicates?|allows?|enables?|makes?|helps?|lets?)\b)/gi;
const WHICH_WORD = /\bwhich\b/gi;

/** Whether every "which" of the question opens a relative clause (see {@link RELATIVE_WHICH}). */
function onlyRelativeWhich(text: string): boolean {
  return (text.match(WHICH_WORD)?.length ?? 0) === (text.match(RELATIVE_WHICH)?.length ?? 0);
}

/**
 * Whether the entries a question reaches by name are reached by their names' words alone (`users`, `events`): none of
 * their columns written out nor said by a word that is not one of the name's, so the question says who or what their
 * rows are, not what it asks of them. False when it reaches none by name.
 */
function reachedByNameAlone(matches: readonly EntryMatch[]): boolean {
  const named = matches.slice(0, WEIGHTS.maxTables).filter((m) => m.nameScore > 0);
  return (
    named.length > 0 &&
    named.every(
      (m) =>
        !namesOutright(m) && m.ownColumnWords.length === 0 && m.columnWords.every((word) => m.nameWords.includes(word)),
    )
  );
}

/** A match that names its entry outright: the name written out or misspelt, or a column named as an identifier. */
function namesOutright(match: EntryMatch): boolean {
  return match.verbatim || match.fuzzy || match.columns.length > 0;
}

/**
 * The lean of a collected endpoint source the question names (see {@link COLLECTED_SOURCE_LEAN}), else
 * of the one vendor family it names (see {@link TELEMETRY_SOURCE_LEANS}), else of the one family whose kind
 * of data it names, else the first family's,
 * and which platform's family the question names (null when it names none, or both).
 */
function telemetrySourceLean(reading: QuestionReading): { lean: ReadonlyMap<string, number>; named: string | null } {
  const collected = COLLECTED_SOURCE_LEAN;
  if (saysAnyWords(reading, collected.words))
    return { lean: new Map([[collected.platform, collected.weight]]), named: collected.platform };
  const windowsFile = WINDOWS_FILE_EXTENSION.test(reading.text) && WINDOWS_FILE.test(reading.text);
  const unixCommand = UNIX_COMMAND.test(reading.text.slice(0, MAX_LISTED_TEXT));
  // A cloud API action (`CreateUser`, `PutBucketPolicy`) is a call CloudTrail records: it names AWS as the word does.
  const apiCall = saysApiAction(reading.exactTokens, reading.text);
  const vendors = TELEMETRY_SOURCE_LEANS.filter(
    (family) =>
      saysAnyWords(reading, family.words) ||
      (windowsFile && family.words.includes('windows')) ||
      (unixCommand && family.words.includes('linux')) ||
      (apiCall && family.words.includes('aws')),
  );
  // A kind of data (web requests, mail) speaks only when no vendor does.
  const named =
    vendors.length > 0 ? vendors : TELEMETRY_SOURCE_LEANS.filter((family) => saysAnyWords(reading, family.kinds));
  const family = named.length === 1 ? named[0]! : TELEMETRY_SOURCE_LEANS[0]!;
  return { lean: new Map([[family.platform, family.weight]]), named: named.length === 1 ? family.platform : null };
}

/** A write-up says what the activity it describes may mean ("… that may indicate", "indicating …"); an ad-hoc question does not. */
const WRITE_UP_MEANING = /\b(?:(?:may|might|could|can)\s+(?:indicate|signal|suggest)|indicat(?:es|ing))\b/i;

/** "Detect …", "Identify …" opening the request (after a joining word): how a detection rule's title opens. */
const RULE_TITLE_OPENING = /^\s*(?:(?:and|also|additionally|then|plus)\b[\s,]*)*(?:detect|identify)\b/i;

/** Characters of the question read for a product listed beside a store. */
const MAX_LISTED_TEXT = 1_000;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/** A pair of sources: "X and Y", "X, Y", "X or Y", "X vs Y", "X & Y". */
const LIST_JOIN = String.raw`\s*(?:,|&|\+|\band\b|\bor\b|\bvs\.?|\bversus\b)\s*`;

/** What is read of a product listed beside a store, up to four words and no join ("process events for it"). */
const LISTED_WHAT = String.raw`(?:\s+(?!(?:and|or|vs|versus)\b)[\w./-]+){0,4}`;
/** A source read from a store, said before the store's name ("sysmon from", "the proxy logs in"). */
const SOURCE_FROM = String.raw`(?:[\w:./-]+(?:\s+[\w:./-]+)?\s+(?:from|in|via)\s+)?`;

const listedPatterns = new Map<string, RegExp | null>();

/**
 * For one platform, the pattern of its listed-source cues (see {@link LISTED_SOURCE_CUES}) beside a name of
 * another platform's store, either way round ("Defender and Splunk sysmon", "Splunk sysmon or Defender"); null without cues.
 */
function listedPattern(platform: string): RegExp | null {
  if (listedPatterns.has(platform)) return listedPatterns.get(platform)!;
  const cues = LISTED_SOURCE_CUES[platform] ?? [];
  const stores = Object.entries(PLATFORM_VOCABULARY)
    .filter(([other]) => other !== platform)
    .flatMap(([, list]) => list.filter((cue) => cue.names).map((cue) => escapeRegExp(cue.phrase)));
  let pattern: RegExp | null = null;
  if (cues.length > 0 && stores.length > 0) {
    const store = `\\b(?:${stores.join('|')})\\b`;
    const words = cues.map((cue) => {
      const not = cue.notAfter.map(escapeRegExp).join('|');
      return `${not ? `(?<!\\b(?:${not})\\s+)` : ''}\\b${escapeRegExp(cue.word)}\\b`;
    });
    const word = `(?:${words.join('|')})`;
    // The store may carry a source after its name ("Splunk sysmon"), and a word may stand before it ("the", "in"). The
    // product may carry what is read of it ("Defender process events for it + …"), and the store come after the source
    // read from it ("… + sysmon from Splunk").
    const before = `${word}${LISTED_WHAT}${LIST_JOIN}(?:(?:the|in|also)\\s+)?${SOURCE_FROM}${store}`;
    const after = `${store}(?:\\s+[\\w:./-]+){0,2}${LIST_JOIN}(?:(?:the|in|also)\\s+)?${word}`;
    pattern = new RegExp(`${before}|${after}`, 'i');
  }
  listedPatterns.set(platform, pattern);
  return pattern;
}

/** The listed-source cues of a platform the question says beside another store (see {@link LISTED_SOURCE_CUES}). */
function listedSourceCues(platform: string, text: string): VocabularyCue[] {
  const pattern = listedPattern(platform);
  if (!pattern) return [];
  const match = pattern.exec(text.slice(0, MAX_LISTED_TEXT));
  if (!match) return [];
  const cue = (LISTED_SOURCE_CUES[platform] ?? []).find((c) =>
    new RegExp(`\\b${escapeRegExp(c.word)}\\b`, 'i').test(match[0]),
  );
  return cue ? [{ phrase: `${cue.word} (listed beside another store)`, weight: cue.weight, names: true }] : [];
}

/**
 * Scores every platform for one question (or one segment of it): catalog entities, product
 * vocabulary, the platform's own description, and whether the question reads like telemetry
 * or like business records. Scores are comparable across the platforms of one question.
 */
/**
 * The records entry whose rows the question describes: it names a value of one of the entry's own columns
 * (see {@link valueSaidOf}) and asks of another of its columns too (a second column word, or the column that
 * keeps when the inactivity's activity last happened). Null when no entry is described so.
 */
/** A state said of rows that a one-word flag column of theirs keeps (`active`, `enabled`). */
const STATE_FLAG_WORDS: ReadonlySet<string> = new Set([
  'active',
  'enabled',
  'disabled',
  'locked',
  'suspended',
  'verified',
]);

/**
 * "accounts still active but not logged in for 60 days": states of the rows that are flag columns (`active`) of the
 * entries the question reaches. When such an entry also keeps when they last did it (`last_login_at`), it answers
 * the whole question, and no log of the activity keeps the state.
 */
function stateFlagsSaid(matches: readonly EntryMatch[]): Array<{ entry: string; word: string }> {
  const flags: Array<{ entry: string; word: string }> = [];
  for (const m of matches.slice(0, WEIGHTS.maxTables)) {
    const columns = new Set(m.entry.columns.map((column) => column.toLowerCase()));
    const word = m.columnWords.find(
      (said) => STATE_FLAG_WORDS.has(said.toLowerCase()) && columns.has(said.toLowerCase()),
    );
    if (word) flags.push({ entry: m.entry.name, word });
  }
  return flags;
}

function describedRows(
  matches: readonly EntryMatch[],
  text: string,
  lastSeen: string | null,
): { entry: string; word: string; value: string } | null {
  for (const m of matches.slice(0, WEIGHTS.maxTables)) {
    const more = m.columnWords.length >= 2 || lastSeen?.startsWith(`${m.entry.name}.`) === true;
    if (!more) continue;
    for (const word of m.ownColumnWords) {
      const value = valueSaidOf(text, word);
      if (value) return { entry: m.entry.name, word, value };
    }
  }
  return null;
}

/** Whether a telemetry store's catalog evidence is above every business store's (and above nothing). */
function telemetryMatchedBest(
  catalog: SchemaCatalog,
  platforms: readonly string[],
  catalogMatch: ReturnType<typeof matchCatalog>,
): boolean {
  let telemetry = 0;
  let records = 0;
  for (const platform of platforms) {
    const score = entityScore(catalogMatch.byPlatform.get(platform) ?? []);
    const kind = domainOf(platform, catalog.platforms.get(platform)?.description ?? '');
    if (kind === 'telemetry') telemetry = Math.max(telemetry, score);
    else if (kind === 'records') records = Math.max(records, score);
  }
  return telemetry > records;
}

export function scorePlatforms(input: ScoringInput): ScoredPlatform[] {
  const { reading, catalog, platforms } = input;
  const index = input.index ?? indexCatalog(catalog, platforms);
  const catalogMatch = matchCatalog(reading, catalog, platforms, index);
  // Each word once, however many of its forms the list holds (`log` and `logs` for "logged").
  const telemetryWords = distinctPhrases(phrasesSaid(reading, TELEMETRY_WORDS));
  // A Windows event id ("4740", "event 4625") names Windows telemetry as the word "windows" does.
  const windowsEvent = saysWindowsEventId(reading.text);
  if (windowsEvent) telemetryWords.push('windows event id');
  // So does an activity only Windows logs, said in words ("kerberoasting", "reboots of the kiosk").
  const windowsActivity = saysWindowsActivity(reading.text);
  if (windowsActivity) telemetryWords.push('windows activity');
  // So does an admin or attack tool named by its program (`certutil`, `psexec`): a process only endpoint telemetry records.
  const knownTool = namesKnownTool(reading.text);
  if (knownTool) telemetryWords.push('admin or attack tool');
  // So does a cloud API action name (`DeleteBucket`): a call an audit trail records.
  if (saysApiAction(reading.exactTokens, reading.text)) telemetryWords.push('cloud api action');
  // And an IP address, a file hash or a program's file: values only telemetry records keep.
  if (saysTelemetryValue(reading.text)) telemetryWords.push('ip, hash or program file value');
  // Mail messages (their attachments, senders, delivery): a business table keeps addresses, never the messages.
  const mailMessages = saysMailMessages(reading.text);
  if (mailMessages) telemetryWords.push('mail messages');
  // "…, which may indicate …" relates a clause; it asks nothing of the records, as "which customers …" does.
  const analyticsWords = phrasesSaid(reading, ANALYTICS_WORDS).filter(
    (word) => word !== 'which' || !onlyRelativeWhich(reading.text),
  );
  // An amount of money with its currency ("over €500") is a value business records keep.
  if (saysMoneyAmount(reading.text)) analyticsWords.push('money amount');
  const sourceLean = telemetrySourceLean(reading);
  // One telemetry word that spells out a whole table of a telemetry store (`signed in` → `SigninLogs`) reads as telemetry too.
  const spellsTelemetryTable =
    telemetryWords.length === 1 &&
    platforms.some(
      (p) =>
        domainOf(p, catalog.platforms.get(p)?.description ?? '') === 'telemetry' &&
        (catalogMatch.byPlatform.get(p)?.[0]?.coverage ?? 0) >= WEIGHTS.spelledTable,
    );
  const httpStatus = HTTP_STATUS.test(reading.text);
  // A request put by its method and path ("POST requests to /login.php") is read from a web access log.
  const webRequest = saysWebRequest(reading.text);
  const trafficFlow = saysTrafficFlow(reading.text);
  const trafficVolume = saysTrafficVolume(reading.text);
  const resourceOperation = saysCloudResourceOperation(reading.text);
  // Operations on cloud resources (machines stopped, role assignments made in a subscription) are cloud telemetry: no
  // business table keeps them, whatever business noun says whose the resources are ("the customer VMs").
  if (resourceOperation) telemetryWords.push('cloud resource operation');
  // "the sql database delete in azure": a database acted on in a cloud is a resource, not a store the question names.
  const resourceText = withoutCloudDatabases(reading.text);
  // A change to an object of the on-premises directory is read from the directory's own record of its changes: where
  // only one store keeps an entry named for the directory, that is where the data lives.
  const directoryHomes = saysDirectoryObjectChange(reading.text)
    ? platforms.filter((p) => directoryNamedEntry(index.byPlatform.get(p) ?? []) !== undefined)
    : [];
  const directoryHome = directoryHomes.length === 1 ? directoryHomes[0] : undefined;
  if (webRequest) telemetryWords.push('web request');
  // Bytes carried between addresses are network telemetry (a flow log's counts), whatever the other words.
  if (trafficVolume) telemetryWords.push('traffic volume');
  // A security request written as a detection rule's summary ("…, leveraging the proxy logs") or as a hunting query
  // ("look for …"): the kind of content one store holds.
  const written = writingStyle(reading.text);
  // Marks a business question says too ("look for", "specifically") count only beside words of telemetry, or when the
  // catalog entries the words reach best are a telemetry store's ("search for new scheduled tasks").
  const style =
    written &&
    (!written.ordinary || telemetryWords.length > 0 || telemetryMatchedBest(catalog, platforms, catalogMatch))
      ? { ...written, ...WRITING_STYLE_LEANS[written.style] }
      : null;
  // A write-up of a cloud provider's activity with no trail named and in no rule's style (a rule of the Splunk store's
  // library names the trail it reads): a hunt's description, or the summary of one of the Microsoft store's analytics
  // rules, which opens as a title does ("Detect …", "Identify …") and leaves the table it reads unsaid.
  const trailless =
    style === null &&
    (WRITE_UP_MEANING.test(reading.text) || RULE_TITLE_OPENING.test(reading.text)) &&
    !saysAnyWords(reading, CLOUD_ACTIVITY_TRAIL.trail) &&
    (saysAnyWords(reading, CLOUD_ACTIVITY_TRAIL.words) || saysApiAction(reading.exactTokens, reading.text));
  const huntLean = WRITING_STYLE_LEANS['hunting query'];
  // A detection rule's summary that names the cloud directory by its former name ("Azure AD", never "Entra") is
  // content written for the store whose add-on keeps that name: the rule's style weighs more.
  const formerDirectory = style?.style === 'detection rule' && namesDirectoryByFormerName(reading.text);
  // A request in no style that opens as a rule's title does ("Detect …", "Identify …") and names the cloud directory by
  // its former name is such content too: the rule's lean, without the marks that would weigh it more.
  const ruleLean = WRITING_STYLE_LEANS['detection rule'];
  const formerDirectoryTitle =
    style === null && RULE_TITLE_OPENING.test(reading.text) && namesDirectoryByFormerName(reading.text);
  const called = namesCalledByKind(reading.text);
  const ownApp = saysOwnApp(reading.text);
  // "everything he did in our app", "whatever she did in our db": what a person did, in the app or a store named.
  const doings = saysDoings(reading.text);
  const doneIn = doings ? storeNamesIn(reading.text).map((named) => named.platform) : [];
  // "not logged in for 60 days": asked of a store that keeps when that last happened (`last_login_at`).
  const inactivity = findInactivity(reading.text.slice(0, WEIGHTS.maxInactivityText));
  // "staff who never logged in at all": only a store that keeps when each row last did it can list the rows that never
  // did (a log of the activity has no row for them), so such a column weighs more than for a time since.
  const neverDone = inactivity ? null : neverDoneActivity(reading.text.slice(0, WEIGHTS.maxInactivityText));
  // A word no business question uses ("malware", "MFA"): ordinary words that happen to be business columns do not outweigh it.
  // An admin cmdlet named outright (`Set-Mailbox`) is a word no business question uses, and telemetry.
  const namedActivity = namesActivityOutright(reading);
  if (namedActivity) telemetryWords.push('admin cmdlet');
  // So is an admin or attack tool's name (`certutil`, `psexec`): no business question says one.
  // "accounts created and deleted within the hour": a lifecycle event of an account outside the business's own app is
  // the directory's audit or the security log's; a business table keeps the account's row, not when it was deleted.
  const accountLifecycle = !ownApp && saysAccountLifecycle(reading.text);
  if (accountLifecycle) telemetryWords.push('account lifecycle event');
  const securityOnly =
    phrasesSaid(reading, SECURITY_ONLY_WORDS).length > 0 ||
    namedActivity ||
    knownTool ||
    mailMessages ||
    accountLifecycle ||
    resourceOperation;
  // "who was added to a privileged group": a change of membership is an audit log's event; a business record keeps
  // only the role held now, so its ordinary columns (`role`) say no more of it than they do beside a security word.
  const membershipChange = saysMembershipChange(reading.text);
  if (membershipChange) telemetryWords.push('membership change');
  // "which pages on order.example.com are giving customers 404 errors": an HTTP status a site served is a web server's
  // record, whatever business words say whose the site is or who visited it.
  const servedStatus = webRequest && httpStatus;
  const ordinaryColumns = securityOnly || membershipChange || servedStatus;
  const emailDetail = saysEmailAsDetail(reading.text);
  // "outside business hours" says when, not what a store holds: its words are not read against the stores' descriptions.
  const describingTerms = TIME_OF_DAY.test(reading.text)
    ? new Set(stems(reading.text.replace(TIME_OF_DAY_ALL, ' ')))
    : reading.terms;
  // Words of telemetry that say what was done, not how any record is named ("logged the most events").
  const telemetryDoings = telemetryWords.some((word) => !FILLER_WORDS.has(word));
  // Whether a telemetry store's best entry is reached by a word of its name ("processing" → a process table).
  const telemetryNamed = platforms.some((p) => {
    const best = catalogMatch.byPlatform.get(p)?.[0];
    return (
      best !== undefined &&
      reachedByName(best) &&
      domainOf(p, catalog.platforms.get(p)?.description ?? '') === 'telemetry'
    );
  });
  const readsAsTelemetry =
    telemetryWords.length >= 2 ||
    windowsEvent ||
    windowsActivity ||
    namesTelemetrySource(reading) ||
    spellsTelemetryTable ||
    securityOnly;
  // "invite_accepted spikes per ip": an event of the app named by its snake_case name is a row of the app's own log,
  // unless the question names a telemetry source or reads as security work ("threat_quarantined in defender").
  // So are those the app itself is said to record ("every role change recorded by our application") and its
  // snake_case events said as events ("login_failed events from 10.0.0.0/8"), whatever words of telemetry stand beside
  // them, unless a telemetry source is named.
  const appRecorded = !namesTelemetrySource(reading) && saysAppRecorded(reading.text);
  const appEvent =
    (!readsAsTelemetry && saysAppEventName(reading.text)) ||
    appRecorded ||
    (!namesTelemetrySource(reading) && saysAppEventsByName(reading.text));
  // Whether the question asks of a person (see {@link saysPerson}): read once, when a platform first asks.
  let person: boolean | undefined;
  const asksOfPerson = () => (person ??= saysPerson(reading.text));

  const scored = platforms.map((platform): ScoredPlatform => {
    const reasons: string[] = [];
    const description = catalog.platforms.get(platform)?.description ?? '';
    const kind = domainOf(platform, description);
    const matches = catalogMatch.byPlatform.get(platform) ?? [];
    const nameWords = catalogMatch.wordsByPlatform.get(platform) ?? new Map<string, number>();
    let nameWordSum = 0;
    for (const weight of nameWords.values()) nameWordSum += weight;
    let entities = entityScore(matches) + WEIGHTS.nameWord * nameWordSum;
    // Business tables named by ordinary words (`users`, `events`, `accounts`) do not outweigh a question
    // that names a telemetry source or reads as security work, unless it names a table or column outright.
    // A whole column only this platform holds (`department`) names what the question is about, as a column written out does.
    // A sign-in to the business's own app is a login its own records keep (`last_login_at`), not an identity provider's;
    // so is one of accounts asked of a flag the records keep ("still active").
    const activity = inactivity ? (inactivity.activity ?? null) : neverDone;
    const flags = kind === 'records' && inactivity ? stateFlagsSaid(matches) : [];
    const lastSeen =
      kind === 'records' && (inactivity || neverDone)
        ? lastActivityColumn(
            index.byPlatform.get(platform) ?? [],
            (ownApp || flags.length > 0) && activity === 'sign-in' ? 'login' : activity,
          )
        : null;
    if (lastSeen) {
      entities += inactivity ? WEIGHTS.lastActivity : WEIGHTS.neverDone;
      reasons.push(
        inactivity
          ? `${lastSeen} holds when "${inactivity.expression}" last happened`
          : `${lastSeen} is empty for rows where it never happened`,
      );
    }
    const flag = flags.find((said) => lastSeen?.startsWith(`${said.entry}.`));
    if (flag) {
      entities += WEIGHTS.stateBesideLastSeen;
      reasons.push(`${flag.entry} keeps both the state "${flag.word}" and ${lastSeen}`);
    }
    // "active accounts in the Sales department that have not logged in …": a value of a column only this store
    // holds, said with more of the same entry's columns, describes that entry's rows (the people of a department).
    const rowsDescribed = kind === 'records' ? describedRows(matches, reading.text, lastSeen) : null;
    if (rowsDescribed) {
      entities += WEIGHTS.describedRows;
      reasons.push(
        `"${rowsDescribed.value} ${rowsDescribed.word}" is a value of ${rowsDescribed.entry}, asked with more of its columns`,
      );
    }
    // "login events in the app per ip address": the business's own application keeps its users' activity in its
    // own records, so a records entry the question names by a word of its name (`events`) and by a word of its
    // columns (`ip_address`) is where that activity is. A table named for who it was (`users`) without a column
    // of what the question asks (where they signed in from) is not.
    // So is an entry whose rows the question names by a value of theirs ("checkout_done events in our app").
    const appNamed = kind === 'records' && ownApp ? matches.filter((m) => m.nameScore >= WEIGHTS.namedTable) : [];
    const appValued =
      appNamed.length > 0
        ? qualifiedByValue(
            reading.text,
            appNamed.map((m) => m.entry.name),
          )
        : null;
    // So are the things the app's people do, asked of them ("failed logins per app user"): the log of what they did,
    // not their accounts' record (whose `last_login_at` a "login" also names), unless that record is named as such
    // ("his department from our app user table").
    const appPeopleActions =
      ownApp && saysOwnAppPeople(reading.text) && saysActionsDone(reading.text) && !PEOPLE_RECORD.test(reading.text);
    // What the app recorded is read from its log of what happened, not from the record of whom it happened to.
    const appEntry =
      appPeopleActions || appRecorded
        ? undefined
        : appNamed.find(
            (m) =>
              m.entry.name === appValued ||
              (m.nameWords.length > 0 && m.columnWords.some((word) => !m.nameWords.includes(word))),
          );
    // "everything he did in our app": the app logs what its users do in a table of its own records.
    const doneEntry =
      kind === 'records' &&
      !appEntry &&
      ((doings && (ownApp || doneIn.includes(platform))) || appEvent || appPeopleActions)
        ? activityLogEntry(index.byPlatform.get(platform) ?? [])
        : undefined;
    // "is his account in our app still active and when did he last log in?": the app keeps its users' accounts in
    // its own records, so a person's record asked of by its columns (active, last login) is read there.
    // So are the app's people named outright ("app users in Legal that logged in …"): a person's record, named as such;
    // and people asked when they last did something in the app ("clerks who haven't signed in to the app since …"),
    // which this store keeps of them.
    const appPeople = ownApp && (saysOwnAppPeople(reading.text) || (lastSeen !== null && asksOfPerson()));
    const accountRecord =
      kind === 'records' && ownApp && !appEntry && !doneEntry && (appPeople || asksOfPerson())
        ? accountEntry(matches, appPeople || saysAccount(reading.text))
        : undefined;
    // "deactivated app members who signed in this week": the app's people named outright, by no column of theirs;
    // "pull his account from the app" / "her profile in the bookings db": one person's account there, named as such.
    const memberAccount =
      kind === 'records' &&
      saysMemberAccount(reading.text) &&
      (ownApp || storeNamesIn(reading.text).some((named) => named.platform === platform));
    const accountName =
      accountRecord?.entry.name ??
      (kind === 'records' && (appPeople || memberAccount) && !appEntry && !doneEntry
        ? accountsRecord(index.byPlatform.get(platform) ?? [])?.name
        : undefined);
    // A state said of those people ("suspended app users") is asked of that record's own flag.
    if (accountName && !accountRecord && saysAppPeopleState(reading.text)) {
      entities += WEIGHTS.describedRows;
      reasons.push(`a state of the app's accounts is a flag of ${accountName}`);
    }
    // "our app admins not logged in for 90 days": the app's people, asked of when they last did it, which their record keeps.
    if (appPeople && lastSeen && accountName && lastSeen.startsWith(`${accountName}.`)) {
      entities += WEIGHTS.describedRows;
      reasons.push(`the app's people keep when they last did it (${lastSeen})`);
    }
    // "the name and email of the customer who …": a person's details, kept in a record of people, not a mail log.
    const emailEntry =
      kind === 'records' && !securityOnly && emailDetail
        ? emailRecord(index.byPlatform.get(platform) ?? [])
        : undefined;
    if (emailEntry) {
      entities += WEIGHTS.emailDetail;
      reasons.push(`a person's email is a detail ${emailEntry.name} keeps`);
    }
    let ownColumns: Set<string> | undefined;
    if (!ordinaryColumns)
      for (const m of matches) for (const word of m.ownColumnWords) (ownColumns ??= new Set()).add(word);
    // Only a column of the entry that carries the evidence keeps it from the discount below: "users … by country"
    // is about users, and a `country` column of another table says nothing of whether users means sign-ins.
    const ownColumn =
      lastSeen !== null ||
      appEntry !== undefined ||
      accountName !== undefined ||
      appPeopleActions ||
      (!ordinaryColumns && (matches[0]?.ownColumnWords.length ?? 0) > 0);
    // Business columns only this store holds (`department`, `role`) are what a records question is about.
    if (kind === 'records') entities += Math.min(WEIGHTS.ownColumnCap, WEIGHTS.ownColumn * (ownColumns?.size ?? 0));
    // An HTTP status code with a url is asked of a store that keeps both (a web access log), not one with urls alone.
    // So is a request put by its HTTP method and path: the access log is where such a request is recorded.
    const webEntry = httpStatus || webRequest ? webStatusEntry(index.byPlatform.get(platform) ?? []) : undefined;
    if (webEntry) {
      entities += (httpStatus ? WEIGHTS.httpStatus : 0) + (webRequest ? WEIGHTS.webRequest : 0);
      reasons.push('holds HTTP status and url columns');
    }
    // Traffic put by both ends of a flow is asked of a store that keeps flows (a firewall or flow log).
    if (trafficFlow && holdsTrafficFlow(index.byPlatform.get(platform) ?? [])) {
      entities += WEIGHTS.trafficFlow;
      reasons.push('holds source and destination columns of network flows');
    }
    // Traffic measured by its bytes is asked of a store that counts them per flow (a firewall or flow log).
    const volumeEntry = trafficVolume ? byteCountEntry(index.byPlatform.get(platform) ?? []) : undefined;
    if (volumeEntry) {
      entities += WEIGHTS.trafficFlow;
      reasons.push(`${volumeEntry.name} holds the bytes of each flow`);
    }
    // Operations on cloud resources are asked of the log that records each with its caller (the activity log).
    const operationEntry = resourceOperation ? resourceOperationEntry(index.byPlatform.get(platform) ?? []) : undefined;
    if (operationEntry) {
      entities += WEIGHTS.resourceOperation;
      reasons.push(`${operationEntry.name} holds the resources operations act on and their callers`);
    }
    const directoryEntry =
      platform === directoryHome ? directoryNamedEntry(index.byPlatform.get(platform) ?? []) : undefined;
    if (directoryEntry) {
      entities += WEIGHTS.directoryChange;
      reasons.push(`${directoryEntry.name} is the directory's own record of its objects' changes`);
    }
    // "login_failed events": rows named by a value of one of their columns (a type, a status) name their table outright.
    const namedEntries: string[] = [];
    for (let i = 0; i < matches.length && i < WEIGHTS.maxTables; i += 1)
      if (matches[i]!.nameScore > 0) namedEntries.push(matches[i]!.entry.name);
    const valued = qualifiedByValue(reading.text, namedEntries);
    if (valued) {
      entities += WEIGHTS.valuedTable;
      reasons.push(`a value of ${valued} names its rows`);
    }
    if (
      kind === 'records' &&
      readsAsTelemetry &&
      !ownColumn &&
      !valued &&
      !(matches.length > 0 && namesOutright(matches[0]!))
    )
      entities *= WEIGHTS.recordsUnderTelemetry;
    // "members whose passwords an admin reset": business entries the question reaches by their names alone (who the rows
    // are), holding no column of what it asks about them in words of telemetry, do not outweigh a telemetry store, unless
    // an ordinary word reaches a telemetry entry by its name as well ("orders still processing").
    // Beside a word no business question uses, its ordinary column words (`role`) say no more than its name does.
    if (
      kind === 'records' &&
      telemetryDoings &&
      !ownColumn &&
      !valued &&
      matches.length > 0 &&
      (ordinaryColumns ? !namesOutright(matches[0]!) : !telemetryNamed && reachedByNameAlone(matches))
    )
      entities *= WEIGHTS.recordsUnderTelemetry;
    // "Channels archived in Chatter": a business entry reached by a vendor's product name alone, written as a name,
    // is that product said, not the entry named.
    if (kind === 'records' && readsAsTelemetry && matches.length > 0 && reachedByProductName(matches[0]!, reading))
      entities *= WEIGHTS.recordsUnderTelemetry;
    // A question that says what it measures or acts on (bytes, resource operations) is no hunt for a process.
    const hunting = kind === 'telemetry' && telemetryWords.length > 0 && !volumeEntry && !operationEntry;
    const categories = categoryTables(reading, index.byPlatform.get(platform) ?? [], WEIGHTS.categoryTables, hunting);
    // "accounts that signed in from two countries": who those accounts are is read from the directory's record of them.
    const directory =
      kind === 'telemetry' && asksOfPerson() && categories.some((c) => c.said.length > 0 && byAccounts(c))
        ? directoryRecord(index.byPlatform.get(platform) ?? [])
        : undefined;
    const ordered = orderTables(
      pickTables(matches),
      categories,
      directory && { name: directory.name, reason: `${directory.name} records who the accounts are` },
    );
    // "is her account still active?": a person's words that reach records only through a column shared with
    // things (`active`) are read from the table that keeps people.
    const person = kind === 'records' && ordered.length === 0 && asksOfPerson() ? personEntry(matches) : undefined;
    if (person)
      ordered.push({ name: person.entry.name, reason: `${describeMatch(person)}, the table that keeps people` });
    // "password_reset events": the table a value qualifies is what the question is about.
    const qualified = tableQualifiedByValue(
      reading.text,
      ordered.map((t) => t.name),
    );
    // The entry that holds what the question measures or acts on leads: it is what the query reads. A sign-in to
    // what a log records access to ("logged into the shared mailbox") is read from that log, not the sign-in table.
    // Short of those, the entry that keeps when the activity asked about last happened (`users.last_login_at`).
    const accessedEntry = categories.find((found) => found.accessed)?.entry.name;
    const lead =
      qualified ??
      operationEntry?.name ??
      directoryEntry?.name ??
      volumeEntry?.name ??
      // "401/403s on techlog.example.aero": the access log that keeps the status asked.
      (httpStatus ? webEntry?.name : undefined) ??
      doneEntry?.name ??
      accessedEntry ??
      rowsDescribed?.entry ??
      accountName ??
      (lastSeen ? lastSeen.slice(0, lastSeen.indexOf('.')) : undefined);
    const leading = lead
      ? (ordered.find((t) => t.name === lead) ?? { name: lead, reason: `${lead} holds what the question asks for` })
      : undefined;
    // A change to a directory object is audited by the directory's servers in their security log too: read beside it.
    const audited = directoryEntry ? securityLogEntry(index.byPlatform.get(platform) ?? []) : undefined;
    const auditing =
      audited && audited.name !== lead
        ? [{ name: audited.name, reason: `${audited.name} audits the directory's changes` }]
        : [];
    const tables = leading
      ? [leading, ...auditing, ...ordered.filter((t) => t.name !== lead && t.name !== audited?.name)].slice(
          0,
          WEIGHTS.maxTables,
        )
      : ordered;
    for (const table of tables) reasons.push(table.reason);

    const cues = (PLATFORM_VOCABULARY[platform] ?? [{ phrase: platform, weight: 3 }]).filter(
      (cue) =>
        saysWords(reading, cue.phrase) &&
        saysCueFree(reading.text, cue) &&
        (resourceText === null || cuePattern(cue).test(resourceText)),
    );
    cues.push(...listedSourceCues(platform, reading.text));
    // "using the authentication data": a CIM data model named as the source read.
    if (platform === CIM_DATA_SAID.platform && CIM_DATA_SAID.pattern.test(reading.text.slice(0, MAX_LISTED_TEXT)))
      cues.push({ phrase: 'a CIM data model named as the source', weight: CIM_DATA_SAID.weight });
    if (style?.platform === platform)
      cues.push({
        phrase: `written as a ${style.style} (${style.marks.join(', ')})`,
        weight: style.weight * (formerDirectory ? WEIGHTS.formerDirectoryStyle : 1),
      });
    if (formerDirectoryTitle && platform === ruleLean.platform)
      cues.push({
        phrase: 'opens as a rule on the directory by its former name',
        weight: ruleLean.weight * WEIGHTS.formerDirectoryTitle,
      });
    if (trailless && platform === huntLean.platform)
      cues.push({ phrase: 'cloud activity said with no trail named (a hunt)', weight: huntLean.weight });
    // "from the users table": the question names the store by one of its entries and the entry's kind.
    const calledEntry = entryCalledByKind(called, index.byPlatform.get(platform) ?? []);
    if (calledEntry)
      cues.push({ phrase: `the ${calledEntry.name} ${calledEntry.kind}`, weight: WEIGHTS.calledByKind, names: true });
    if (appEntry) cues.push({ phrase: `the app's own ${appEntry.entry.name}`, weight: WEIGHTS.ownApp });
    if (doneEntry)
      cues.push({ phrase: `the app's own log of what its users did (${doneEntry.name})`, weight: WEIGHTS.ownApp });
    // "… recorded by our application": the app is named as the source read, as a store named is.
    if (doneEntry && appRecorded)
      cues.push({ phrase: 'the app named as what recorded it', weight: WEIGHTS.appRecorded });
    if (accountName)
      cues.push({
        phrase: `the app's own record of the account (${accountName})`,
        weight: WEIGHTS.ownApp,
      });
    // "staff who have not signed in to the app for 2 weeks": the app keeps when its own people last did so.
    else if (ownApp && lastSeen && !appEntry && !doneEntry)
      cues.push({
        phrase: `the app's own record of when its people last did it (${lastSeen})`,
        weight: WEIGHTS.ownApp,
      });
    const vocabulary = cues.reduce((sum, cue) => sum + cue.weight, 0);
    if (cues.length > 0) reasons.push(`vocabulary: ${cues.map((c) => c.phrase).join(', ')}`);

    const described: string[] = [];
    if (description)
      for (const stem of descriptionStems(description)) if (describingTerms.has(stem)) described.push(stem);
    const descriptionScore = Math.min(WEIGHTS.descriptionCap, WEIGHTS.descriptionWord * described.length);
    if (described.length > 0)
      reasons.push(`platform description shares "${described.map((s) => reading.surface.get(s) ?? s).join('", "')}"`);

    let domain = 0;
    let lean = 0;
    if (kind === 'telemetry' && telemetryWords.length > 0) {
      domain = Math.min(WEIGHTS.telemetryCap, WEIGHTS.telemetryWord * telemetryWords.length);
      lean = sourceLean.lean.get(platform) ?? 0;
      reasons.push(`telemetry words: ${telemetryWords.slice(0, 5).join(', ')}`);
    } else if (kind === 'telemetry' && sourceLean.named !== null) {
      // A vendor's product named as the source (Office 365, Okta) reads as its telemetry, whatever the other words.
      lean = sourceLean.lean.get(platform) ?? 0;
    } else if (kind === 'records' && analyticsWords.length > 0 && telemetryWords.length <= 1) {
      domain =
        Math.min(WEIGHTS.analyticsCap, WEIGHTS.analyticsBase + WEIGHTS.analyticsWord * analyticsWords.length) /
        (1 + telemetryWords.length);
      if (readsAsTelemetry) domain *= WEIGHTS.recordsUnderTelemetry;
      reasons.push(`reads as a records question: ${analyticsWords.slice(0, 5).join(', ')}`);
    }

    const preference = input.preferred.includes(platform) ? WEIGHTS.preferred : 0;
    if (preference > 0) reasons.push('preferred by the user');

    const score = entities + vocabulary + descriptionScore + domain + lean + preference;
    return {
      platform,
      score: Math.round(score * 100) / 100,
      reasons,
      tables: tables.map((t) => t.name),
      parts: { entities, vocabulary, description: descriptionScore, domain, lean, preference },
      cues,
      matches,
      sourceNamed: sourceLean.named === platform && lean > 0,
      styled: style?.platform === platform,
      domain: kind,
      ...(accountName ? { accountRecord: accountName } : {}),
      ...(webEntry ? { webLog: webEntry.name } : {}),
    };
  });
  return scored.sort((a, b) => b.score - a.score || a.platform.localeCompare(b.platform));
}

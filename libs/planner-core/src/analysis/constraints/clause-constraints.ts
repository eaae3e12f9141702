import type { ConstraintFilter, FilterKind, QueryConstraints, TimeWindow } from '@mesh/a2a-contracts';
import { clauseOfPiece, platformClauses, storeNamesIn, type PlatformClause } from '../question-reader';
import { mayNameTime, resolveTimeRange, type ResolvedTimeRange } from '../time-range.util';
import { PLATFORM_DOMAINS } from '../vocabulary';
import { columnFor, type TableColumns } from './column-mapper';
import { extractConstraints } from './extract-constraints';

/** What one clause of a two-clause question asks its own platform for. */
export interface ClauseAnalysis {
  /** The clause's words, as the data step's question. */
  readonly text: string;
  readonly constraints: QueryConstraints;
  readonly time_range: string | null;
  readonly time_window: TimeWindow | null;
}

export interface ClauseConstraintInput {
  readonly text: string;
  readonly now: Date;
  /** The platforms the analysis chose: clauses are read only when they are exactly the two the clauses name. */
  readonly chosen: readonly string[];
  /** A platform's chosen tables with their columns. */
  readonly tablesOf: (platform: string) => readonly TableColumns[];
  /** The window read from the whole question. */
  readonly whole: ResolvedTimeRange | null;
  /**
   * The requests the analysis cut the question into, each with the one platform it chose: when they are
   * two requests of the two chosen platforms, they are the clauses (their cut was scored, not only read).
   */
  readonly pieces?: ReadonlyArray<{ readonly text: string; readonly platform: string }>;
}

/** Who or what a request is about (a file's hash too: "did it run …, and does the other store show it"): named once, the other clause may mean it too. */
const ENTITY_KINDS: ReadonlySet<FilterKind> = new Set<FilterKind>(['user', 'email', 'host', 'ip', 'cidr', 'hash']);

/** What a clause may point back at by its noun: a person, a machine, an address or a range of them, a file. */
const ENTITY_NOUN = String.raw`(?:user|account|person|host|machine|device|server|pc|box|workstation|laptop|endpoint|ip|address|customer|employee|e-?mail(?:\s+address)?|upn|login|range|subnet|cidr|block|network|prefix|hash|file)`;

/**
 * Words that point back at someone or something the question named before ("his", "the same user", "that email",
 * "from that same range", "those hosts").
 */
const REFERS_BACK = new RegExp(
  String.raw`\b(?:his|her|hers|him|he|she|their|them|they|it|its|(?:(?:the|that|this|those|these)\s+)?same\s+${ENTITY_NOUN}|(?:that|this|those|these)\s+${ENTITY_NOUN}s?)\b`,
  'i',
);

/** Words that point back at the window the question named before ("over the same period", "the same 48 hours"). */
const SAME_WINDOW =
  /\b(?:same|that)\s+(?:(?:period|time\s*frame|window|time\s+range|time\s+span|interval)|(?:[\w-]+\s+)?(?:minutes?|hours?|days?|weeks?|fortnight|months?|quarters?|years?))\b/i;

/** A clause about what stands now, not about what happened in a window: a standing state, or "does … have", "has … any". */
const STANDING =
  /\b(?:unpaid|overdue|outstanding|open|pending|active|inactive|disabled|enabled|expired|still|currently|(?:does|do|did)\s+(?:[\w'-]+\s+){0,4}ha(?:ve|s)|(?:has|have)\s+(?:[\w'-]+\s+){0,3}(?:any|got))\b/i;

/** A clause that asks for occurrences: whether any happened, all of them, how many, or its events ("the signup events"). */
const OCCURRENCES = /\b(?:any|all|every|did|(?:were|was)\s+there|how\s+many|count\s+of|number\s+of|events)\b/i;
/** "when did she last log in", "last seen", "last login": the latest one ever, not one in a window. */
const LATEST_EVER =
  /\bwhen\s+did\b.{0,60}?\blast\b|\blast[\s_-]+(?:log(?:ged)?[\s_-]*in|login|logon|seen|sign(?:ed)?[\s_-]*in|active)/i;

const MAX_TIME_TEXT = 1_000;

/** Where one sentence of a clause ends and the next begins ("… told us now. can you pull …"). */
const SENTENCE_BREAK = /(?<=[.!?])\s+(?=\S)/;
/** A sentence that asks for something: a request to the reader, a question, or a verb of fetching or showing. */
const REQUEST_SENTENCE =
  /\?|\b(?:can|could|would|will)\s+(?:you|u)\b|\b(?:pull|show|list|get|find|fetch|grab|give|check|look|search|tell|report|provide|count|need|want)\b/i;
/** At most this many sentences of a clause looked at for the request. */
const MAX_SENTENCES = 12;

/**
 * The request of a clause that tells a story first ("she clicked a phishing link yesterday evening. can you pull her
 * sign-ins"): from the last sentence that asks to the end (a fragment after it, "… in Hashes? last 30 days", is part
 * of it); the whole clause when it is one sentence or none asks.
 */
function requestOf(text: string): string {
  const sentences = text.split(SENTENCE_BREAK, MAX_SENTENCES);
  if (sentences.length < 2) return text;
  for (let at = sentences.length - 1; at >= 0; at -= 1)
    if (REQUEST_SENTENCE.test(sentences[at]!)) return sentences.slice(at).join(' ');
  return text;
}

/**
 * The window a question asks for: the one its request sentence says ("… yesterday evening. can you pull her
 * sign-ins over the last 18 hours?" → the last 18 hours), else the first one the question says anywhere.
 */
export function requestedTimeRange(text: string, now: Date): ResolvedTimeRange | null {
  const request = requestOf(text);
  const said = request === text ? null : resolveTimeRange(request.slice(0, MAX_TIME_TEXT), now);
  return said ?? resolveTimeRange(text.slice(0, MAX_TIME_TEXT), now);
}

/** Words that ask nothing of their own beside a store's name ("and in the okta logs too", "check github as well"). */
const NOTHING_ASKED = new Set([
  'and',
  'also',
  'plus',
  'or',
  'then',
  'in',
  'on',
  'from',
  'for',
  'over',
  'across',
  'the',
  'our',
  'my',
  'too',
  'as',
  'well',
  'log',
  'logs',
  'data',
  // "the Azure AD feed in Splunk": a source's data as it reaches a store.
  'feed',
  'feeds',
  'check',
  'search',
  'please',
  'pls',
  // The platform that holds the store ("the azure ad data in splunk"): where to look, not what to ask.
  'splunk',
  'sentinel',
  // Where a source's data lives ("the Azure AD logs held in Splunk", "the copy kept in Sentinel").
  'held',
  'kept',
  'stored',
  'ingested',
  'indexed',
  'collected',
]);
/**
 * Words at most a clause says beside those, its window and the store's own name when it only names where else to look
 * ("cloudtrail", "google workspace", "the Azure AD feed in Splunk").
 */
const MAX_STORE_WORDS = 2;

/**
 * Whether a clause only names another store, with its window at most ("… and cloudtrail this week", "… plus okta
 * over the past day"): it finds nothing of its own to ask, so it asks the other clause's request of its store.
 */
function namesOnlyAStore(text: string, constraints: QueryConstraints): boolean {
  if (constraints.filters.length > 0 || constraints.measure !== null || constraints.group_by.length > 0) return false;
  let said = text.slice(0, MAX_CLOSING_TEXT);
  for (const store of storeNamesIn(said).reverse()) said = `${said.slice(0, store.at)} ${said.slice(store.end)}`;
  const words = said
    .toLowerCase()
    .split(/[^\w:.-]+/)
    .filter((word) => /\w/.test(word) && !NOTHING_ASKED.has(word) && !mayNameTime(word));
  return words.length <= MAX_STORE_WORDS;
}

/**
 * Who the whole question is about, said last, after both requests ("… and all X of the user kim@corp.io.",
 * "… for host WEB-7?"): the words from the preposition to the end.
 */
const CLOSING_SUBJECT =
  /\b(?:of|for|by|from|on|about|involving)\s+(?:the\s+)?(?:(?:user|account|employee|person|host|machine|device|server|workstation|ip|address|ip\s+address)\s+)?\S+\s*[.?!]*\s*$/i;
/** Characters at the end of the last clause read for a closing subject. */
const MAX_CLOSING_TEXT = 200;

/** "both": a window said beside it is said of every clause ("…, both last 14 days", "over the past week for both"). */
const BOTH = /\bboth\b/i;
/**
 * What the tail says it asks of every clause ("…, with a daily count for each", "…, hourly counts for both of them"):
 * "each" or "both" closing the request, maybe with a store's noun.
 */
const OF_EACH =
  /\b(?:for|of|in|from|on)\s+(?:each|both)(?:\s+(?:of\s+(?:them|those|these|the\s+two)|one|(?:store|source|system|platform|side)s?))?\s*(?:[.,;?!]|$)/i;
/** What ends a stretch of words: a comma, a semicolon, a bracket. */
const STRETCH_END = /[,;()]/;
/**
 * Words at most in what follows the last comma or bracket of a clause that names no store ("…, last week", "…
 * (CloudTrail) of the user kim@corp.io"): said after both requests, of both.
 */
const MAX_TAIL_WORDS = 6;

/** The stretches of a clause's words between commas, semicolons and brackets. */
function stretches(clause: PlatformClause): string[] {
  return clause.text.slice(0, MAX_TIME_TEXT).split(STRETCH_END);
}

/** The window said in the same stretch as "both" in any clause ("…, both last 14 days"), or null. */
function windowOfBoth(clauses: readonly PlatformClause[], now: Date): ResolvedTimeRange | null {
  for (const clause of clauses) {
    const both = stretches(clause).find((part) => BOTH.test(part));
    const range = both ? resolveTimeRange(both, now) : null;
    if (range) return range;
  }
  return null;
}

/**
 * What the last clause says after its store, of both clauses: the words after the last word naming its store
 * ("… in Splunk over the last week"); when it names its store by no platform word, a short stretch set off at its
 * end ("… on the web servers, last week", "… (CloudTrail) of the user kim@corp.io").
 */
function tailOf(last: PlatformClause): string {
  if (last.cueAt > 0 || last.cueEnd < last.text.length) return last.text.slice(last.cueEnd);
  const parts = stretches(last);
  const end = parts.length > 1 ? parts[parts.length - 1]! : '';
  return end.trim().split(/\s+/).length <= MAX_TAIL_WORDS ? end : '';
}

/**
 * Whether a clause asks for occurrences: says so ("any", "how many"), counts them per time bucket ("hourly"), or reads
 * a store of telemetry, whose rows are all events in time.
 */
function asksOccurrences(clause: PlatformClause, constraints: QueryConstraints): boolean {
  return (
    OCCURRENCES.test(clause.text) ||
    constraints.time_bucket !== null ||
    PLATFORM_DOMAINS[clause.platform] === 'telemetry'
  );
}

/** The two requests the analysis scored as the question's clauses, or null when they are not two of the chosen platforms. */
function scoredClauses(input: ClauseConstraintInput): [PlatformClause, PlatformClause] | null {
  const pieces = input.pieces ?? [];
  if (pieces.length !== 2 || pieces[0]!.platform === pieces[1]!.platform) return null;
  if (!pieces.every((p) => input.chosen.includes(p.platform))) return null;
  const [a, b] = pieces.map((p) => clauseOfPiece(input.text, p.text, p.platform));
  return a && b && a.start < b.start ? [a, b] : null;
}

/** Whether a clause calls the user an email or account names by its name ("erin" for `erin@contoso.com`, "frank" for `frank.miller@…`). */
function namesUser(clauseText: string, filter: ConstraintFilter): boolean {
  if (filter.kind !== 'user' && filter.kind !== 'email') return false;
  const words = new Set(
    clauseText
      .toLowerCase()
      .slice(0, MAX_TIME_TEXT)
      .split(/[^a-z0-9_.-]+/)
      .map((w) => w.replace(/\.+$/, '')),
  );
  return filter.values.some((value) => {
    const local = value.toLowerCase().split('@')[0]!;
    const given = local.split(/[._-]/)[0]!;
    return (local.length >= 3 && words.has(local)) || (given.length >= 3 && words.has(given));
  });
}

/**
 * The end of a heading: a colon, a question asked before the clause goes on ("who deleted storage this week? …"),
 * a sentence said before it ("The scanner reported 10.1.1.1. Any …"), a comma before the request proper ("the
 * account jdoe is locked out, could you pull …", "…, please check …"), the subject said first ("for user jdoe
 * check …"), or a dash set apart by spaces ("everything svc-x did this week - …").
 */
const HEADING_ENDS: readonly RegExp[] = [
  /[:?]\s+(?=\S)|\s[-\u2013\u2014]\s+(?=\S)/g,
  /\.\s+(?=[A-Z])/g,
  /,\s*(?=(?:(?:can|could|would|will)\s+(?:you|u|someone|somebody)|please|pls|plz|kindly)\b)/gi,
  /(?<=^(?:for|about|regarding|concerning)\s+(?:(?:the\s+)?(?:user|account|host|machine|device|server|ip|address|customer)\s+)?\S+)\s+(?=(?:(?:please|pls|plz)\s+)?(?:check|show|list|pull|find|get|give|search|look|query|fetch)\b)/gi,
];

/** Where each heading end in the text stands, in order. */
function headingEnds(text: string): number[] {
  const ends: number[] = [];
  for (const pattern of HEADING_ENDS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) ends.push(m.index);
  }
  return ends.sort((a, b) => a - b);
}

/**
 * The heading of the first clause, said of both ("check 10.0.0.1 everywhere: …", "who deleted storage this
 * week? X in one store and Y in the other", "the site was slow this morning. Per hour today: …"): its words up
 * to the last heading end that stands before the clause names its store (anywhere in it, when it names its store
 * by no platform word). Empty when there is none.
 */
function headingOf(first: PlatformClause): string {
  const ends = headingEnds(first.text);
  const namesNoStore = first.cueAt === 0 && first.cueEnd === first.text.length;
  const before = namesNoStore ? first.text.length : first.cueAt;
  const end = ends.filter((at) => at < before).pop();
  return end === undefined ? '' : first.text.slice(0, end);
}

function windowOf(range: ResolvedTimeRange | null): Pick<ClauseAnalysis, 'time_range' | 'time_window'> {
  return { time_range: range?.description ?? null, time_window: range?.window ?? null };
}

/**
 * One entity however the question writes it: a person by the name before the domain (`svc-web` and
 * `svc-web@corp.com`, `CORP\\svc-web` are one account, whether read as a user or an email), anything else by its value.
 */
function entityKey(kind: FilterKind, value: string): string {
  const lower = value.toLowerCase();
  if (kind !== 'user' && kind !== 'email') return `${kind}\u0000${lower}`;
  const local = lower.slice(lower.lastIndexOf('\\') + 1).split('@')[0]!;
  return `person\u0000${local}`;
}

/** The other clause's entity filters this clause lacks, their column left to the agent (it was read among the other platform's tables). */
function sharedEntities(
  own: QueryConstraints,
  from: readonly ConstraintFilter[],
  tables: readonly TableColumns[],
): ConstraintFilter[] {
  const has = new Set(own.filters.flatMap((f) => f.values.map((v) => entityKey(f.kind, v))));
  return (
    from
      .filter(
        (f) =>
          ENTITY_KINDS.has(f.kind) &&
          (f.operator === 'eq' || f.operator === 'in') &&
          !f.values.some((v) => has.has(entityKey(f.kind, v))),
      )
      // An address or a host: the column of this clause's tables that holds it ("that address" → events.ip_address).
      // A person is left to the agent (an email may be matched through a joined table).
      .map((f) => ({ ...f, field: f.kind === 'user' || f.kind === 'email' ? null : columnFor(f.kind, tables) }))
  );
}

/**
 * Per platform, what its own clause of the question asks for, when the question asks two platforms
 * for two things ("failed sign-ins in Entra in the last day, and his unpaid invoices in the billing
 * DB"): each clause's filters, shape and window, plus the entities the other clause named when this
 * one points back at them ("his", "the same user"). A window or an entity said after the last
 * clause's store ("… in Splunk over the last week"), or in a heading before the first ("check
 * 10.0.0.1 everywhere: …", "new admins this month: …"), is said of both. Empty when the clauses cannot be
 * told apart or do not name exactly the chosen platforms: then every step reads the whole question.
 */
export function clauseAnalyses(input: ClauseConstraintInput): Map<string, ClauseAnalysis> {
  const out = new Map<string, ClauseAnalysis>();
  if (input.chosen.length !== 2) return out;
  const clauses = scoredClauses(input) ?? platformClauses(input.text);
  if (!clauses || !clauses.every((c) => input.chosen.includes(c.platform))) return out;
  const own = clauses.map((clause) =>
    extractConstraints({ text: clause.text, tables: input.tablesOf(clause.platform), now: input.now }),
  );
  const read = clauses.map((clause, at) => {
    const other = clauses[1 - at]!;
    // "… and the other store's logs this week": a clause that only names its store asks the other clause's request
    // of it (its filters, what it counts), read against its own tables.
    const asksOther = namesOnlyAStore(clause.text, own[at]!) && !namesOnlyAStore(other.text, own[1 - at]!);
    return {
      clause,
      constraints: asksOther
        ? extractConstraints({ text: other.text, tables: input.tablesOf(clause.platform), now: input.now })
        : own[at]!,
      time: resolveTimeRange(requestOf(clause.text).slice(0, MAX_TIME_TEXT), input.now),
      // A window said only in the story before the request ("… yesterday evening. can you pull …"): the clause's
      // window when nothing else in the question says one.
      told: resolveTimeRange(clause.text.slice(0, MAX_TIME_TEXT), input.now),
    };
  });
  const first = clauses[0];
  const last = clauses[clauses.length - 1]!;
  const tail = tailOf(last);
  const heading = headingOf(first);
  const closing = CLOSING_SUBJECT.exec(last.text.slice(-MAX_CLOSING_TEXT))?.[0] ?? '';
  const trailingTime = tail.trim().length > 0 ? resolveTimeRange(tail.slice(0, MAX_TIME_TEXT), input.now) : null;
  const headingTime = heading ? resolveTimeRange(heading.slice(0, MAX_TIME_TEXT), input.now) : null;
  const bothTime = windowOfBoth(clauses, input.now);
  // A window the whole question names but no clause holds (cut through by the split): every step keeps it.
  const unplaced = input.whole !== null && read.every((r) => r.told === null);
  for (const { clause, constraints, time, told } of read) {
    const others = read.filter((r) => r.clause !== clause);
    // "… over the same period": the window the other clause named.
    const sameWindow =
      time === null && SAME_WINDOW.test(clause.text) ? (others.find((o) => o.time)?.time ?? null) : null;
    // A window said once, in the other clause only, is the window of the whole request when this clause asks
    // for occurrences ("any sign-ins from it", "did it make calls", "hourly 404s", any log's events); one that asks
    // what stands now ("does his account have unpaid invoices", "his role", "when did she last log in") is no window's.
    const saidOnce =
      time === null &&
      asksOccurrences(clause, constraints) &&
      !STANDING.test(clause.text) &&
      !LATEST_EVER.test(clause.text)
        ? (others.find((o) => o.time)?.time ?? null)
        : null;
    // "all X and all Y of the user kim@corp.io": a clause naming no one of its own asks about the closing subject too.
    const ownsEntity = constraints.filters.some((f) => ENTITY_KINDS.has(f.kind));
    const saidLast = (f: ConstraintFilter) => !ownsEntity && closing.includes(f.expression);
    const shared = others.flatMap((other) =>
      REFERS_BACK.test(clause.text)
        ? other.constraints.filters
        : other.constraints.filters.filter(
            (f) =>
              (other.clause === last ? tail.includes(f.expression) || saidLast(f) : heading.includes(f.expression)) ||
              namesUser(clause.text, f),
          ),
    );
    const filters = [...constraints.filters, ...sharedEntities(constraints, shared, input.tablesOf(clause.platform))];
    // "Per hour today: how many … in Splunk, and how many … in the DB": a bucket said in the heading is said of
    // every clause that counts or measures.
    const bucket =
      constraints.time_bucket ??
      (constraints.measure !== null && heading
        ? extractConstraints({ text: heading, tables: input.tablesOf(clause.platform), now: input.now }).time_bucket
        : null);
    // "defender and sysmon, last 7d, host + process": columns asked after the last clause's store are asked of both,
    // each read against its own tables.
    // So are the keys said there ("… in Sentinel for the last 30 days, per user"), when this clause says none.
    const tailRead =
      clause !== last && tail.trim().length > 0
        ? // The tail is a stretch of its own, read as said after the comma that set it apart.
          extractConstraints({ text: `, ${tail.trim()}`, tables: input.tablesOf(clause.platform), now: input.now })
        : null;
    // "… with a daily count for each": what the tail counts, and per which time bucket, is asked of every clause that
    // measures nothing of its own.
    const ofEach = tailRead !== null && OF_EACH.test(tail) && constraints.measure === null ? tailRead : null;
    const ownShown = constraints.show ?? [];
    const show = [...ownShown, ...(tailRead?.show ?? []).filter((k) => !ownShown.some((o) => o.kind === k.kind))];
    const tailKeys = (tailRead?.group_by ?? []).filter((key) => key.field !== null);
    const groupBy = constraints.group_by.length === 0 && tailKeys.length > 0 ? tailKeys : constraints.group_by;
    out.set(clause.platform, {
      text: clause.text,
      constraints: {
        ...constraints,
        filters,
        measure: constraints.measure ?? ofEach?.measure ?? null,
        time_bucket: bucket ?? ofEach?.time_bucket ?? null,
        group_by: groupBy,
        ...(show.length > 0 ? { show } : {}),
      },
      ...windowOf(
        unplaced ? input.whole : (time ?? sameWindow ?? bothTime ?? trailingTime ?? headingTime ?? saidOnce ?? told),
      ),
    });
  }
  return out;
}

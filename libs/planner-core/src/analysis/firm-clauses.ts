import { listedProduct, listedSources, LOOK, pointsFirmly, vendorHome } from './listed-sources';
import { CHOICE, isTrustworthyWin } from './platform-choice';
import type { ScoredPlatform } from './platform-scorer';
import { CLAUSE_JOIN, phrasesSaid, readQuestion, storeNamesIn, type QuestionReading } from './question-reader';
import { TELEMETRY_SOURCE_LEANS } from './vocabulary';
import { allMatches } from './regex-matches.util';

/** Characters of the question read for two clauses (longer texts are one request as far as this rule goes). */
const MAX_TEXT = 600;
/** Conjunctions tried as the place where the second request starts (the first ones the question says). */
const MAX_CUTS = 3;
/** Words each clause needs to be a request of its own. */
const MIN_WORDS = 3;
/** A clause's winner leads its runner-up by this factor to be that clause's platform. */
const CLEAR_LEAD = 2;

/** "both": the question lists its stores ("in both Sentinel and Splunk"), one request of two stores. */
const BOTH = /\bboth\b/i;
/** Words at the start of a second clause where a store named makes it a list of stores, not a request ("and in Splunk …"). */
const LIST_WORDS = 3;

/** A clause that opens with a question word or a verb of asking ("what does Splunk show …"): a request of its own. */
const ASKS_FIRST =
  /^(?:what|which|who|how|when|where|does|do|did|is|are|was|were|has|have|can|could|show|list|pull|give|find|get)\b/i;

/**
 * "also check Splunk for her 4625s", "Splunk for her VPN logins": a store named as where to look for a thing of its
 * own (not for a window: "Splunk for the same week" goes on the list).
 */
const LOOK_FOR = new RegExp(
  String.raw`^(?:(?:and|also|then|plus)\s+){0,2}(?:${LOOK}\s+)?(?:(?:the|our)\s+)?\S+(?:\s+\S+)?\s+for\s+(?!(?:the\s+)?(?:same|last|past|previous|whole|entire|this|today|yesterday|\d))\S`,
  'i',
);

/**
 * Whether the second clause asks a store of the first one's kind for something of its own: the head does
 * not list stores ("both …"), and the rest asks its own question, says what it wants before naming a store ("and in
 * Splunk over the week" goes on the list) or names it as where to look for a thing of its own ("also check Splunk
 * for …").
 */
function asksOwnRequest(head: string, rest: string): boolean {
  if (BOTH.test(head)) return false;
  return (
    ASKS_FIRST.test(rest) || storeNamesIn(rest.split(/\s+/, LIST_WORDS).join(' ')).length === 0 || LOOK_FOR.test(rest)
  );
}

/** Whether a clause names a vendor or product whose logs this platform keeps ("CloudTrail"), not a kind of data ("email"). */
function vendorSaid(reading: QuestionReading, platform: string): boolean {
  const family = TELEMETRY_SOURCE_LEANS.find((f) => f.platform === platform);
  return family !== undefined && phrasesSaid(reading, family.words).length > 0;
}

/**
 * Words that set a second request beside the first rather than after it ("orders per hour next to the 5xx
 * errors per hour", "… alongside …", "… compared with …", a plus sign set apart by spaces): a place where the
 * second request may start.
 */
const SIDE_BY_SIDE = String.raw`\s(?:\+|next\s+to|alongside|side\s+by\s+side\s+with|together\s+with|compared\s+(?:to|with)|versus|vs\.?)\s`;

/** A cut made at {@link SIDE_BY_SIDE}'s words. */
const SIDE_BY_SIDE_CUT = new RegExp(`^${SIDE_BY_SIDE}$`, 'i');
/** A conjunction, words that set two requests side by side, or the end of a sentence ("…this week? also is her account…"). */
const CUT_AT = new RegExp(
  `${CLAUSE_JOIN.source}|${SIDE_BY_SIDE}|[?!]\\s+(?:(?:and|also|plus)\\s+)?|\\.\\s+(?=[a-z])`,
  'gi',
);

/**
 * Whether a clause says where its data is by more than ordinary words: its store's name, its product or language,
 * or a vendor or kind of data only that store keeps ("the shop database", "Entra", "the web servers"). Words that
 * set two things side by side also join two measures of one request ("failures per app alongside the users
 * affected"), so a cut there needs both clauses to say so.
 */
function saysWhere(pick: ClausePick): boolean {
  return pick.named || pick.platform.sourceNamed || pick.platform.cues.some((cue) => cue.weight >= CHOICE.exclusiveCue);
}

/** One row named as a record of its own ("the customer record", "her client profile", "the matching user row"). */
const ONE_RECORD = /\b(?:record|profile|row|entry|details|account)\b/i;

/**
 * Whether a clause asks for one row of a business table it names by its own noun, as a record ("the customer record
 * for that email", "the member profile of that address"): a request of its own, as a person's account in the app is.
 */
function recordOfOne(clause: string, platform: ScoredPlatform): boolean {
  const [best] = platform.matches;
  return platform.domain === 'records' && best !== undefined && best.nameScore > 0 && ONE_RECORD.test(clause);
}

/** A machine's noun or an account's noun, as an item of a list of what to see. */
const SHOWN_ITEM = String.raw`(?:pcs?|hosts?|machines?|devices?|computers?|endpoints?|laptops?|workstations?|servers?|boxe?s?|(?:user\s*)?(?:accounts?|accts?|names?)|users?)`;
const WHICH = String.raw`(?:which|what|wich|wat|whcih)`;

/**
 * A clause that asks only which machine and which account ("which pc and what user account", "which account", "under
 * which user"),
 * maybe of who did what the first clause said ("which user account ran it", "what host and user launched them"):
 * the columns of the first request's rows, no request of its own of an account in the app.
 */
const ASKS_MACHINE_OR_RUNNER = new RegExp(
  String.raw`^(?:and\s+)?(?:(?:under|by|as|from|on|via|with)\s+)?${WHICH}\s+${SHOWN_ITEM}(?:\s*(?:and|&|\+|,)\s*(?:${WHICH}\s+)?${SHOWN_ITEM}){0,3}(?:\s+(?:ran|run|launched|started|executed|opened|used|installed|did)\s+(?:it|them|this|that))?\W*$`,
  'i',
);

/**
 * A second clause that keeps only some of the first one's rows ("…, and list only the users with more than 10
 * failures", "and only those seen twice", "but keep just the hosts on the DMZ"): a condition on the first request's
 * results, no request of its own.
 */
const KEEPS_ONLY =
  /^(?:(?:then|but)\s+)?(?:(?:list|show|keep|return|give|include|display|report|print|output)\s+(?:me\s+|us\s+)?)?(?:only|just)\s+(?:the\s+|those\b|these\b|ones\b|rows\b|[a-z][\w-]*s\b)/i;

/** A range opened within the last few words ("between Nov 3"): the conjunction after it closes the range. */
const RANGE_START = /\bbetween\s+(?:\S+\s+){0,3}\S+$/i;

/** A name written as one word of joined capitalised parts ("UserLoggedIn", "New-MailboxRule") or quoted. */
const NAME_WORD = String.raw`(?:[A-Z][a-z0-9]+(?:-?[A-Z][a-z0-9]*)+|"[^"\n]{1,80}"|'[^'\n]{1,80}'|\`[^\`\n]{1,80}\`)`;
/** A name of that shape ending the clause before a conjunction. */
const NAME_ENDS = new RegExp(`(?:^|[\\s(:])${NAME_WORD}$`);
/** A name of that shape opening the clause after it. */
const NAME_OPENS = new RegExp(`^${NAME_WORD}(?=$|[\\s,.;:?!)])`);

/**
 * Whether the conjunction joins two names of one shape ("FileShared and LinkCreated events", "'a' or 'b'"): one list of
 * values of one request, not two clauses.
 */
function joinsNames(head: string, rest: string): boolean {
  return NAME_ENDS.test(head) && NAME_OPENS.test(rest);
}

/**
 * The platform a clause, read alone, points at firmly and clearly, or null: most of one of its names said
 * (see {@link pointsFirmly}) and the store itself named beyond ordinary words — its product, language or
 * kind of store ("the db"), a name only it holds, or a vendor whose data it keeps ("AWS"). A table reached
 * by ordinary words alone ("badge swipes") is not a request of its own.
 */
/**
 * The platform a clause reads as: the only store it names by its own name ("in our app db"); else the best-scoring,
 * unless that one's names point nowhere firmly while the one other store of its kind they do point at firmly scores
 * close to it ("azure activity": most of one store's table, one shared word of the other's index).
 */
function clauseTop(scored: readonly ScoredPlatform[]): ScoredPlatform | undefined {
  const named = scored.filter((s) => s.cues.some((cue) => cue.names));
  if (named.length === 1) return named[0];
  const [best] = scored;
  if (!best || pointsFirmly(best)) return best;
  const firm = scored.filter((s) => s !== best && s.domain === best.domain && pointsFirmly(s));
  return firm.length === 1 && firm[0]!.score >= CHOICE.closeShare * best.score ? firm[0] : best;
}

function clausePlatform(
  scored: readonly ScoredPlatform[],
  reading: QuestionReading,
  beside = false,
): ClausePick | null {
  const top = clauseTop(scored);
  if (!top || top.domain === null) return null;
  // What the cut decides is the kind of store each clause asks: the lead counts over stores of the other kind
  // (which of two SIEMs the clause means is chosen when the clause is scored as a request). A clause that asks of
  // an account in the business's own app, that names its store by the store's own name ("in our app database",
  // "in Splunk"), or that stands beside a clause settled so, needs only to lead.
  const other = scored.find((s) => s.domain !== top.domain);
  const namesStore = top.cues.some((cue) => cue.names);
  const lead = beside || namesStore || top.accountRecord !== undefined ? 1 : CLEAR_LEAD;
  // The only store the clause names by its own name is the one it asks, however ordinary words score the others.
  const onlyNamed = namesStore && !scored.some((s) => s !== top && s.cues.some((cue) => cue.names));
  if (other && !onlyNamed && top.score < lead * other.score) return null;
  // A vendor named whose data this store keeps under an entry of that name (`CloudTrail` → `aws:cloudtrail`).
  const vendorEntry = top.sourceNamed && top.matches.some((m) => m.nameScore > 0);
  // A bare product word only this store keeps as a source of its own ("… per defender"), said in a clause of its kind.
  const product = listedProduct(reading) === top.platform;
  // Web requests asked by an HTTP status or their shape ("the 5xx errors on shop.example.com") of the one store of the
  // clause's kind that keeps a web access log: data only that store holds, however ordinary the clause's other words.
  const webOnly =
    top.webLog !== undefined && !scored.some((s) => s !== top && s.domain === top.domain && s.webLog !== undefined);
  // A vendor or device only this store keeps the data of, said outright ("what did the firewall see from it").
  const ownVendor = top.sourceNamed && vendorHome(reading, scored) === top.platform;
  // Beside a settled clause, words of its kind of data ("signed in") are enough.
  if (!pointsFirmly(top) && !vendorEntry && !product && !webOnly && !ownVendor && !(beside && top.parts.domain > 0))
    return null;
  const named = top.cues.some((cue) => cue.names);
  const firm = named || isTrustworthyWin(top) || top.sourceNamed || product || webOnly;
  // Whether the clause also leads the other store of its own kind clearly (which SIEM, not only which kind):
  // by its score, as the only store of its kind the clause's names point at firmly ("… in azure activity":
  // the other SIEM holds Azure data too, but under no name the clause says), or by a bare product word only it
  // keeps as a source of its own ("defender …", see LISTED_SOURCE_CUES).
  const runnerUp = scored.find((s) => s !== top);
  const clear =
    !runnerUp ||
    top.score >= CLEAR_LEAD * runnerUp.score ||
    (pointsFirmly(top) && !scored.some((s) => s !== top && s.domain === top.domain && pointsFirmly(s))) ||
    listedProduct(reading) === top.platform;
  // Short of that, the clause reads as its kind of data (security words for telemetry), not ordinary words alone.
  const ownName = named || (top.sourceNamed && vendorSaid(reading, top.platform));
  // The clause reaches an entry of this store and of no other of its kind ("our web servers": only one keeps web access logs).
  const sole =
    top.parts.entities >= CHOICE.hedgeEvidence &&
    !scored.some((s) => s !== top && s.domain === top.domain && s.parts.entities >= CHOICE.hedgeEvidence);
  // A clause of business records that names one of its tables by its own noun and gives no other store anything at
  // all ("how many orders did we get yesterday"): what it asks is kept in that store alone.
  const [best] = top.matches;
  const alone =
    top.domain === 'records' &&
    best !== undefined &&
    best.nameScore > 0 &&
    scored.every((s) => s === top || s.score <= 0);
  return firm || top.parts.domain > 0 ? { platform: top, firm, named, clear, ownName, product, sole, alone } : null;
}

/** A clause's platform: `firm` when the store itself is named beyond ordinary words, `named` when by its name. */
interface ClausePick {
  readonly platform: ScoredPlatform;
  readonly firm: boolean;
  readonly named: boolean;
  /** The clause leads every other platform clearly, its own kind's included. */
  readonly clear: boolean;
  /** The store is named by its product or a vendor whose logs it keeps ("Entra", "CloudTrail"), not reached by ordinary words. */
  readonly ownName: boolean;
  /** The clause names a product only this store keeps as a source of its own, bare ("defender"; see LISTED_SOURCE_CUES). */
  readonly product: boolean;
  /** No other store of its kind has an entry the clause reaches: what it asks is kept by this store alone. */
  readonly sole: boolean;
  /** A clause of business records naming one of its tables by its noun, giving every other store nothing (see {@link clausePlatform}). */
  readonly alone: boolean;
}

/**
 * Whether two clauses' platforms make two requests: two kinds of store, each named firmly; or one named
 * outright ("the users table", "the billing DB") and the other's entry spelt out plainly ("risky sign-ins");
 * or two stores of one kind, each clause naming its own firmly (a product or a log only it holds) and clearly, or one
 * clause naming its store outright or asking what only its store keeps beside a clause that names the other store's vendor.
 */
function twoRequests(a: ClausePick, b: ClausePick, listsSources: () => boolean, restAsks: boolean): boolean {
  // Of two kinds: each named firmly, one named outright, or one that only the records store can answer beside a clause
  // that reads as telemetry ("the 404s on shop.example.com per URL, and how many orders we got").
  if (a.platform.domain !== b.platform.domain) return (a.firm && b.firm) || a.named || b.named || a.alone || b.alone;
  if (a.platform.platform === b.platform.platform) return false;
  // A product only one store keeps, said bare in its own clause ("… per defender, and … sysmon"), beside a clause
  // that names the other store firmly: each clause says its own store, though the other may mention the product.
  // Sources listed side by side ("check defender and sysmon") are one request of both, not two.
  if ((a.product && b.firm) || (b.product && a.firm)) return !listsSources();
  // One clause names its store outright ("… the mailbox audit in Splunk"), the other a product whose logs the other store
  // keeps and leads clearly ("her Okta logins …"): each clause binds to its own store.
  if ((a.named && !b.named && b.ownName && b.clear) || (b.named && !a.named && a.ownName && a.clear)) return true;
  // One clause asks what only its store keeps ("did it reach the web servers"), the other names a vendor whose logs the
  // other store keeps ("… did it make any Azure control plane calls"): each clause binds to its own store, when the
  // second asks a question of its own (not the rest of a list: "source and destination domains").
  const soleBeside = (x: ClausePick, y: ClausePick) => x.sole && x.clear && !x.ownName && y.ownName && !y.named;
  if (restAsks && (soleBeside(a, b) || soleBeside(b, a))) return true;
  // Two stores of one kind ("… in Entra, and … in CloudTrail"): each clause names its own store by name and leads the other clearly.
  return a.ownName && b.ownName && a.clear && b.clear;
}

/**
 * The two requests of a question that asks two kinds of store for two things in two clauses
 * ("door-badge swipes of kim in the last day, and her team in the staff database"): cut at a
 * conjunction where each clause, read alone, points firmly and clearly at one platform, one holding
 * telemetry and the other business records. Null when no cut reads so. At most {@link MAX_CUTS}
 * cuts, each scoring two clauses: bounded work.
 */
export function firmClauses(
  text: string,
  score: (reading: QuestionReading) => readonly ScoredPlatform[],
): [string, string] | null {
  if (text.length > MAX_TEXT) return null;
  let tried = 0;
  let listed: boolean | undefined;
  const listsSources = () => (listed ??= listedSources(text, score).length > 0);
  for (const m of allMatches(text, CUT_AT)) {
    if (tried >= MAX_CUTS) break;
    const head = text.slice(0, m.index).trim();
    // "between Nov 3 and Nov 5", "between 10 and 20 orders": one range, not two clauses.
    if (RANGE_START.test(head)) continue;
    const rest = text.slice(m.index + m[0].length).trim();
    if (joinsNames(head, rest)) continue;
    if (head.split(/\s+/).length < MIN_WORDS || rest.split(/\s+/).length < MIN_WORDS) continue;
    // "… which pc and which user account": the columns of the first request's rows, asked of no store of their own.
    if (ASKS_MACHINE_OR_RUNNER.test(rest) && storeNamesIn(rest).length === 0) continue;
    if (KEEPS_ONLY.test(rest) && storeNamesIn(rest).length === 0) continue;
    tried += 1;
    const headReading = readQuestion(head);
    const headScored = score(headReading);
    const restReading = readQuestion(rest);
    const restScored = score(restReading);
    const second = clausePlatform(restScored, restReading);
    const strict = clausePlatform(headScored, headReading);
    // A second clause that asks of an account in the app's own records is a request of its own: the first is the
    // other request when it reads as the other kind of data and leads it at all. So is one that names its store
    // by name ("in the app database"), when the first names a vendor or kind of data only the other store keeps
    // ("on the web servers", "the firewall").
    // A clause that also names a store of the other kind firmly holds both requests ("… her failed Entra sign-ins,
    // and whether her account …"): it is no account clause beside the first.
    const bothKinds = second !== null && restScored.some((s) => s.domain !== second.platform.domain && pointsFirmly(s));
    const account =
      second !== null &&
      second.clear &&
      ((second.platform.accountRecord !== undefined && second.firm) ||
        (recordOfOne(rest, second.platform) && !bothKinds));
    const named = second !== null && second.named && second.clear;
    const besidePick = !strict && (account || named) ? clausePlatform(headScored, headReading, true) : null;
    const beside = besidePick && (account || besidePick.platform.sourceNamed) ? besidePick : null;
    const first = strict ?? beside;
    if (!first || !second) continue;
    if (SIDE_BY_SIDE_CUT.test(m[0]) && !(saysWhere(first) && saysWhere(second))) continue;
    // Beside an account clause of one kind only, a first clause that reads as the other kind of data is the other request.
    const otherKind = first.platform.domain !== second.platform.domain;
    if (
      beside || (account && !bothKinds) ? !otherKind : !twoRequests(first, second, listsSources, ASKS_FIRST.test(rest))
    )
      continue;
    if (first.platform.domain === second.platform.domain && !asksOwnRequest(head, rest)) continue;
    return [head, rest];
  }
  return null;
}

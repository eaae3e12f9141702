import { pointsFirmly } from './listed-sources';
import { isTrustworthyWin } from './platform-choice';
import type { ScoredPlatform } from './platform-scorer';
import { CLAUSE_JOIN, readQuestion, type QuestionReading } from './question-reader';

/** Characters of the question read for two clauses (longer texts are one request as far as this rule goes). */
const MAX_TEXT = 600;
/** Conjunctions tried as the place where the second request starts (the first ones the question says). */
const MAX_CUTS = 3;
/** Words each clause needs to be a request of its own. */
const MIN_WORDS = 3;
/** A clause's winner leads its runner-up by this factor to be that clause's platform. */
const CLEAR_LEAD = 2;

/** A range opened within the last few words ("between Nov 3"): the conjunction after it closes the range. */
const RANGE_START = /\bbetween\s+(?:\S+\s+){0,3}\S+$/i;

/**
 * The platform a clause, read alone, points at firmly and clearly, or null: most of one of its names said
 * (see {@link pointsFirmly}) and the store itself named beyond ordinary words — its product, language or
 * kind of store ("the db"), a name only it holds, or a vendor whose data it keeps ("AWS"). A table reached
 * by ordinary words alone ("badge swipes") is not a request of its own.
 */
function clausePlatform(scored: readonly ScoredPlatform[]): ClausePick | null {
  const [top] = scored;
  if (!top || top.domain === null) return null;
  // What the cut decides is the kind of store each clause asks: the lead counts over stores of the other kind
  // (which of two SIEMs the clause means is chosen when the clause is scored as a request).
  const other = scored.find((s) => s.domain !== top.domain);
  if (other && top.score < CLEAR_LEAD * other.score) return null;
  // A vendor named whose data this store keeps under an entry of that name (`CloudTrail` → `aws:cloudtrail`).
  const vendorEntry = top.sourceNamed && top.matches.some((m) => m.nameScore > 0);
  if (!pointsFirmly(top) && !vendorEntry) return null;
  const named = top.cues.some((cue) => cue.names);
  const firm = named || isTrustworthyWin(top) || top.sourceNamed;
  // Short of that, the clause reads as its kind of data (security words for telemetry), not ordinary words alone.
  return firm || top.parts.domain > 0 ? { platform: top, firm, named } : null;
}

/** A clause's platform: `firm` when the store itself is named beyond ordinary words, `named` when by its name. */
interface ClausePick {
  readonly platform: ScoredPlatform;
  readonly firm: boolean;
  readonly named: boolean;
}

/**
 * Whether two clauses' platforms make two requests: two kinds of store, each named firmly; or one named
 * outright ("the users table", "the billing DB") and the other's entry spelt out plainly ("risky sign-ins").
 */
function twoRequests(a: ClausePick, b: ClausePick): boolean {
  return a.platform.domain !== b.platform.domain && ((a.firm && b.firm) || a.named || b.named);
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
  // A conjunction, or the end of a sentence ("…this week? also is her account…").
  const join = new RegExp(`${CLAUSE_JOIN.source}|[?!]\\s+(?:(?:and|also|plus)\\s+)?|\\.\\s+(?=[a-z])`, 'gi');
  let tried = 0;
  for (let m = join.exec(text); m !== null && tried < MAX_CUTS; m = join.exec(text)) {
    const head = text.slice(0, m.index).trim();
    // "between Nov 3 and Nov 5", "between 10 and 20 orders": one range, not two clauses.
    if (RANGE_START.test(head)) continue;
    const rest = text.slice(m.index + m[0].length).trim();
    if (head.split(/\s+/).length < MIN_WORDS || rest.split(/\s+/).length < MIN_WORDS) continue;
    tried += 1;
    const first = clausePlatform(score(readQuestion(head)));
    if (!first) continue;
    const second = clausePlatform(score(readQuestion(rest)));
    if (second && twoRequests(first, second)) return [head, rest];
  }
  return null;
}

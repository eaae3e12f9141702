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
function clausePlatform(scored: readonly ScoredPlatform[]): ScoredPlatform | null {
  const [top, second] = scored;
  if (!top || top.domain === null || !pointsFirmly(top)) return null;
  if (!isTrustworthyWin(top) && !top.sourceNamed && !top.cues.some((cue) => cue.names)) return null;
  return !second || top.score >= CLEAR_LEAD * second.score ? top : null;
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
  const join = new RegExp(CLAUSE_JOIN.source, 'gi');
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
    if (second && second.domain !== first.domain) return [head, rest];
  }
  return null;
}

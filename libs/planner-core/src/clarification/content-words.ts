import { eng as ENGLISH_STOPWORDS } from 'stopword';

/**
 * Words that name nothing a data query could look at, beyond English function words (the `stopword`
 * package's list): politeness and discourse, generic asks ("check", "look into", "run"), vague
 * referents ("the thing", "that one", "the report", "the numbers"), judgements ("weird",
 * "broken", "off") and changes with no subject ("what changed"). A question made only of these, time words and numbers points at something the
 * planner never saw ("can you check the thing from last week", "what happened yesterday").
 */
const FILLER = [
  // discourse and politeness
  'please pls plz thanks thank thx ty hi hiya heya howdy hello hey yo ok okay so hmm um uh well yes yeah yep no nope sorry',
  'urgent urgently asap quick quickly now just again also actually really maybe perhaps kindly still yet',
  'guys team folks mate everyone someone anyone somebody anybody u ur ya another',
  // pleasantries ("hope you are keeping well", "have a nice weekend", "cheers, happy Friday")
  'hope hoping hoped wish wishing wishes nice lovely pleasant great happy glad cheers welcome keeping doing',
  // contractions typed without the apostrophe ("whats up")
  'whats thats hows wheres whos theres heres',
  // formal letter phrases ("Dear team, I would be grateful if you could revert at your earliest convenience")
  'dear grateful appreciate appreciated kindly regards regard sincerely revert convenience earliest discuss',
  'discussed discussion attention assistance assist advise colleague colleagues greetings apologies possible',
  'meeting meetings board instead',
  // an announced question with none asked yet ("Good evening, I have a question for you", "can I ask you something")
  'question questions ask asking couple minute moment',
  // who is asking ("night shift tier 1 here", "new analyst on call, where do I start")
  'shift shifts tier t1 t2 t3 l1 l2 l3 analyst analysts newbie rookie intern here speaking oncall on-call call start started',
  'guidance advice pointers suggestions suggest recommend',
  // generic asks
  'check checking look looking see show tell give get pull find run rerun re-run redo do does doing done need',
  'needs want wants help let know think make send sort fix explain investigate figure happen happened happening',
  'going go goes mentioned asked said say says talked told wonder wondering mind care bring able',
  'looks looked seems seem seemed provide provided overview summary summarise summarize',
  // who wants it, and by when ("the boss wants the figures by eod")
  'boss bosses ceo cfo cto ciso eod cob',
  // vague referents
  'thing things stuff something anything everything nothing one ones report reports number numbers figure',
  'figures query queries search searches result results data info information issue issues problem problems',
  'incident matter case request rest whatever whole usual same earlier previous before',
  // judgements without a subject
  'wrong broken weird odd strange off low high fine normal working ok alright good bad right okay funny fishy',
  'interesting unusual abnormal going on up why quiet calm busy peaceful uneventful smooth hectic crazy',
  // a change or a novelty with no subject ("what changed?", "anything new", "what broke overnight")
  'change changes changed changing different differ differs new newer broke break breaks update updates updated',
  // a breach feared, with no sign of where ("are we under attack", "were we hacked")
  'attack attacked attacks hacked hack breach breached compromised pwned',
  // time words (a window alone gives nothing to look for)
  'today yesterday tonight tomorrow last past previous next this current recent recently lately ago since',
  'until till from to time times period morning afternoon evening night weekend week weeks day days month',
  'noon midday midnight lunch lunchtime overnight',
  'months year years hour hours hr hrs minute minutes min mins quarter daily weekly monthly yearly nightly',
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july',
  'august september october november december',
]
  .join(' ')
  .split(' ');

const NOTHING_WORDS: ReadonlySet<string> = new Set([...ENGLISH_STOPWORDS, ...FILLER]);

/** A number, a duration ("24h", "7d") or an ordinal: a time or a count, not a subject. */
const NUMBER_OR_DURATION = /^\d+(?:[smhdwy]|st|nd|rd|th|hrs?|mins?|days?|wks?)?$/;

/** Contraction tails left after splitting on the apostrophe ("what's", "can't"). */
const CONTRACTION_TAIL = new Set(['s', 't', 're', 'll', 've', 'd', 'm']);

const MAX_TEXT = 400;
const MAX_WORDS = 80;

/**
 * The words of a question that could name something to look at: everything that is not a function
 * word, filler, vague referent, time word or bare number. Values keep their dots, `@` and dashes
 * ("10.0.0.5", "bob@contoso.com", "svc-backup") and so always count. Reads the first 400 characters.
 */
export function contentWords(question: string): string[] {
  const words = question
    .slice(0, MAX_TEXT)
    .toLowerCase()
    .split(/[^a-z0-9@._\-\\/:]+/)
    .slice(0, MAX_WORDS);
  // A cut question ends in a cut word: drop it rather than read half a word.
  if (question.length > MAX_TEXT) words.pop();
  const out: string[] = [];
  for (const raw of words) {
    const word = raw.replace(/^[-._:/\\]+|[-._:/\\]+$/g, '');
    if (word.length === 0 || CONTRACTION_TAIL.has(word)) continue;
    if (NOTHING_WORDS.has(word) || NUMBER_OR_DURATION.test(word)) continue;
    out.push(word);
  }
  return out;
}

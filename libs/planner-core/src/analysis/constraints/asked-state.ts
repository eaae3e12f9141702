/**
 * A yes/no question about an account's state ("is she still active?", "whether her account is enabled in
 * the users table", "and is the user disabled?"): the state is to be shown, not a filter; filtering on it
 * would hide the very row that answers "no".
 */
const STATES = new Set(['active', 'inactive', 'enabled', 'disabled']);

/**
 * Before the state: "whether/if … is", or a clause opening with "is/are/was/were <subject>", the subject up to
 * six words ("is her account in our app still active").
 */
const ASKED_BEFORE =
  /(?:\b(?:whether|if)\s+(?:[\w.@'’-]+\s+){0,5}?(?:is|are|was|were|remains?|stays?|still)|(?:^|[.;:!?,\u2013\u2014]\s*|\s-\s+|\b(?:and|but|or|also)\s+)(?:is|are|was|were)\s+(?:[\w.@'’-]+\s+){1,6}?)\s*(?:(?:still|currently|now|already|even)\s+)?$/i;
/** After it: the clause ends (a "+" or "&" joins the next), or says where or when ("active in our app", "enabled now?"). */
const ASKED_AFTER =
  /^(?:\s*$|\s*[?.!,;:)+&]|\s+(?:in|on|at|and|or|anymore|any\s+more|now|today|still|yet|there|again)\b)/i;

/** A state asked bare, as a question of its own: it opens a clause or a bracket and a "?" follows ("(enabled? …)"). */
const BARE_BEFORE = /(?:^|[([:;,.?!\u2013\u2014]|\s-)\s*$/;
const BARE_AFTER = /^\s*\?/;

/** Whether the state word at [start, end) of the text is asked about rather than asked for. */
export function isStateAskedAbout(text: string, start: number, end: number): boolean {
  if (!STATES.has(text.slice(start, end).toLowerCase())) return false;
  const before = text.slice(Math.max(0, start - 80), start);
  const after = text.slice(end, end + 24);
  return (ASKED_BEFORE.test(before) && ASKED_AFTER.test(after)) || (BARE_BEFORE.test(before) && BARE_AFTER.test(after));
}

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

/** Characters a list of what to show holds at most ("(email, enabled, last sign-in)"). */
const MAX_LIST = 80;
/** Words one item of such a list holds at most ("last sign-in date"). */
const MAX_ITEM_WORDS = 3;
/** Characters before such a list read for the person it is about. */
const MAX_PERSON_TEXT = 200;
/** What separates the items of such a list. */
const LIST_SEPARATOR = /\s*(?:[,/;|+&]|\band\b)\s*/i;

/** One person said before such a list: "his", "her", or an email address. */
const ONE_PERSON = /\b(?:his|her)\b|[\w.+-]{1,64}@[\w-]{1,63}\.[a-z]{2,}/i;

/** What opens such a list: a bracket, or a colon. */
const LIST_OPEN = /[(:]/g;
/** What ends a list opened by a colon: the end of its sentence or clause. */
const COLON_LIST_END = /[?!;)]|\.(?:\s|$)/;

/** Where the list around [start, end) opens and closes: a bracket's pair, or a colon up to the end of its sentence. */
function listAround(text: string, start: number, end: number): { open: number; close: number } | null {
  let open = -1;
  LIST_OPEN.lastIndex = Math.max(0, start - MAX_LIST);
  for (let m = LIST_OPEN.exec(text); m !== null && m.index < start; m = LIST_OPEN.exec(text)) open = m.index;
  if (open < 0) return null;
  if (text[open] === '(') {
    const close = text.indexOf(')', end);
    return close < 0 ? null : { open, close };
  }
  const stop = COLON_LIST_END.exec(text.slice(end));
  return { open, close: stop ? end + stop.index : text.length };
}

/**
 * Whether the state word at [start, end) is an item of its own in a list of two or more short items, in brackets or
 * after a colon, said after one person ("her login on the portal (group, enabled)", "his kiosk login: group, enabled,
 * last used"): a list of what to show of that person's record, each item a column, not a value the one row asked
 * about must have ("logins (disabled, north wing)" filters).
 */
function listedToShow(text: string, start: number, end: number): boolean {
  const list = listAround(text, start, end);
  if (!list || list.close - list.open > MAX_LIST || /[()]/.test(text.slice(list.open + 1, list.close))) return false;
  if (!ONE_PERSON.test(text.slice(0, list.open).slice(-MAX_PERSON_TEXT))) return false;
  const items = text
    .slice(list.open + 1, list.close)
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
  const state = text.slice(start, end).toLowerCase();
  return (
    items.length >= 2 &&
    items.some((item) => item.toLowerCase() === state) &&
    items.every((item) => item.split(/\s+/).length <= MAX_ITEM_WORDS)
  );
}

/** Whether the state word at [start, end) of the text is asked about rather than asked for. */
export function isStateAskedAbout(text: string, start: number, end: number): boolean {
  if (!STATES.has(text.slice(start, end).toLowerCase())) return false;
  const before = text.slice(Math.max(0, start - 80), start);
  const after = text.slice(end, end + 24);
  return (
    (ASKED_BEFORE.test(before) && ASKED_AFTER.test(after)) ||
    (BARE_BEFORE.test(before) && BARE_AFTER.test(after)) ||
    listedToShow(text, start, end)
  );
}

/** How old a row is asked to be: a minimum age of its time, or how long past its due date. */
export interface AgeBound {
  readonly seconds: number;
  /** True when the age is counted from the due date ("30 days overdue"), not from the row's time. */
  readonly due: boolean;
  /** The words that say so ("older than 14 days"). */
  readonly expression: string;
  /** The event the age counts from, when the question names one ("30+ days after we sent them" → "sent"). */
  readonly since?: string;
}

const UNIT_SECONDS: Readonly<Record<string, number>> = {
  hour: 3600,
  day: 86_400,
  week: 604_800,
  month: 2_592_000,
  year: 31_536_000,
};
/** Small numbers written as words ("thirty days", "forty-five days"). */
const UNIT_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TEN_WORDS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const NUMBER_WORD = `(?:(?:${TEN_WORDS.join('|')})(?:[\\s-](?:${UNIT_WORDS.slice(0, 9).join('|')}))?|${UNIT_WORDS.join('|')})`;
/** "a week", "an hour": one of the unit; "48h", "3d", "2w" written short after digits. */
const AMOUNT = `(\\d{1,4}|${NUMBER_WORD}|an?(?=\\s))\\+?\\s*(hours?|hrs?|days?|weeks?|wks?|months?|years?|(?<=\\d\\s?)[hdw](?![\\w-]))`;
const MORE = '(?:older\\s+than|more\\s+than|over|at\\s+least|longer\\s+than|greater\\s+than)';
const DUE_WORDS =
  '(?:overdue|past[\\s-]+due|late|outstanding|(?:after|past|beyond)\\s+(?:(?:their|the|its)\\s+)?due(?:\\s+dates?)?)';
/** "overdue by more than 30 days", "more than 60 days past due", "90+ days overdue". */
const PAST_DUE = new RegExp(
  `\\b${DUE_WORDS}\\s+(?:by\\s+)?${MORE}\\s+${AMOUNT}\\b|\\b(?:${MORE}\\s+)?${AMOUNT}\\s+${DUE_WORDS}\\b`,
  'i',
);
/** "older than 14 days", "more than 2 weeks ago", "over 90 days old", "30+ days old". */
const OLDER = new RegExp(
  `\\bolder\\s+than\\s+${AMOUNT}\\b|\\b${MORE}\\s+${AMOUNT}\\s+(?:old|ago)\\b|\\b${AMOUNT}\\s+old\\b`,
  'i',
);

/**
 * "sitting in 'pending' for more than 48 hours", "stuck for over 3 days", "open for at least a week": how long a
 * row has been in the state it is in, which is its age (its time is before then).
 */
const IN_STATE_FOR = new RegExp(
  `\\b(?:stuck|sitting|sat|waiting|left|remain(?:ed|ing|s)?|been|pending|open|unpaid|unshipped|unresolved|unfulfilled|queued|in\\s+["']?[a-z_]{3,20}["']?(?:\\s+(?:status|state))?)\\s+for\\s+${MORE}\\s+${AMOUNT}\\b`,
  'i',
);

/** Who did the event the age counts from ("after we sent them", "since they were issued"). */
const EVENT_SUBJECT = String.raw`(?:(?:we|you|i|they|it|he|she)\s+(?:(?:was|were|got|had\s+been|have\s+been|has\s+been)\s+)?|(?:being|getting)\s+)?`;
/** A state still held ("still unpaid", "unanswered", "open") before "N days after <event>". */
const HELD_STATE = String.raw`(?:still(?:\s+(?:not|un[a-z]{3,15}|open|pending|outstanding))?|un[a-z]{3,15}|not\s+[a-z]{3,15}|open|pending|outstanding)`;
/**
 * "still unpaid 30+ days after we sent them", "more than 10 days since they were issued", "it's been over two
 * weeks since we shipped it": the row is that old, counted from the event it names.
 */
const SINCE_EVENT = new RegExp(
  String.raw`\b(?:${HELD_STATE}\s+(?:for\s+)?(?:${MORE}\s+)?${AMOUNT}(?:\s+or\s+more)?\s+after|(?:${MORE}\s+)?${AMOUNT}(?:\s+or\s+more)?\s+(?:have\s+passed\s+|went\s+by\s+)?since)\s+${EVENT_SUBJECT}(?:the\s+|its\s+|their\s+)?([a-z]{3,20})\b`,
  'i',
);

/** A minimum said with the amount ("more than", "30+", "or more"), or a time gone by ("it's been 10 days since"). */
const MINIMUM_SAID = new RegExp(String.raw`\+|\bor\s+more\b|^${MORE}`, 'i');
const BEEN_BEFORE = /\bbeen\s+$/i;

/**
 * Whether "N days after/since <event>" is an age: the held state before it ("still unpaid") or a minimum said; "in
 * the 7 days since the release" is a window after the event, not an age.
 */
function saysMinimum(since: RegExpExecArray, text: string): boolean {
  return since[1] !== undefined || MINIMUM_SAID.test(since[0]) || BEEN_BEFORE.test(text.slice(0, since.index));
}

/** A number said with digits or words ("30", "thirty", "forty-five"). */
function numberOf(amount: string): number {
  if (/^\d+$/.test(amount)) return Number(amount);
  if (/^an?$/i.test(amount)) return 1;
  const [tens, units] = amount.toLowerCase().split(/[\s-]+/);
  const ten = TEN_WORDS.indexOf(tens!);
  if (ten >= 0) return (ten + 2) * 10 + (units ? UNIT_WORDS.indexOf(units) + 1 : 0);
  return UNIT_WORDS.indexOf(tens!) + 1;
}

function secondsOf(amount: string, unit: string): number {
  // "48h", "3d", "2w", "wks": written short after a number.
  const key = unit
    .toLowerCase()
    .replace(/^(?:hrs?|h)$/, 'hour')
    .replace(/^d$/, 'day')
    .replace(/^(?:wks?|w)$/, 'week')
    .replace(/s$/, '');
  return numberOf(amount) * (UNIT_SECONDS[key] ?? 86_400);
}

/**
 * A minimum age a question puts on its rows ("pending orders older than 14 days", "invoices more than
 * 60 days past due"): a bound on the row's time or its due date, not a window up to now. Null when
 * the question names none.
 */
export function readAgeBound(question: string): AgeBound | null {
  const text = question.slice(0, 2000);
  const due = PAST_DUE.exec(text);
  if (due) {
    const amount = due[1] ?? due[3]!;
    const unit = due[2] ?? due[4]!;
    return { seconds: secondsOf(amount, unit), due: true, expression: due[0] };
  }
  const older = OLDER.exec(text);
  const since = older ? null : SINCE_EVENT.exec(text);
  if (since && saysMinimum(since, text)) {
    // "30+ days since": a comparison is said, or the held state makes the bare amount a minimum.
    const amount = since[1] ?? since[3]!;
    const unit = since[2] ?? since[4]!;
    return { seconds: secondsOf(amount, unit), due: false, expression: since[0], since: since[5]!.toLowerCase() };
  }
  if (!older) {
    const inState = IN_STATE_FOR.exec(text);
    return inState ? { seconds: secondsOf(inState[1]!, inState[2]!), due: false, expression: inState[0] } : null;
  }
  const amount = older[1] ?? older[3] ?? older[5]!;
  const unit = older[2] ?? older[4] ?? older[6]!;
  return { seconds: secondsOf(amount, unit), due: false, expression: older[0] };
}

/** "due in the next 7 days", "due within the coming two weeks": a window ahead of now on the due date. */
const DUE_AHEAD = new RegExp(
  `\\bdue\\s+(?:with)?in\\s+(?:the\\s+)?(?:next|nxt|coming|following|upcoming)\\s+${AMOUNT}\\b|\\bdue\\s+within\\s+${AMOUNT}\\b`,
  'i',
);

/** How far ahead a due date is asked to fall ("due in the next 7 days"), or null. */
export function readDueAhead(question: string): { seconds: number; expression: string } | null {
  const m = DUE_AHEAD.exec(question.slice(0, 2000));
  if (!m) return null;
  return { seconds: secondsOf((m[1] ?? m[3])!, (m[2] ?? m[4])!), expression: m[0] };
}

/** A due date's calendar period ahead: "due today", "due tomorrow", "due this week", "due next month", "due by the end of this quarter". */
const DUE_PERIOD =
  /\bdue\s+(?:(?:by|before)\s+the\s+end\s+of\s+|(?:with)?in\s+|during\s+)?(?:(this|the\s+current|next|the\s+coming)\s+(week|month|quarter|year)|(today|tomorrow))\b/i;

/**
 * The due dates a question asks for by a calendar period ahead, as SQL bounds on a date (start inclusive, end
 * exclusive): "due next week" is the whole of next calendar week, "due this month" the whole of this month (not
 * the part of it up to now), "due by the end of this quarter" from today to the quarter's end. Null when none is said.
 */
export function readDuePeriod(question: string): { start: string; end: string; expression: string } | null {
  const m = DUE_PERIOD.exec(question.slice(0, 2000));
  if (!m) return null;
  const expression = m[0];
  if (m[3]) {
    const offset = m[3].toLowerCase() === 'tomorrow' ? 1 : 0;
    const start = offset === 0 ? 'CURRENT_DATE' : `CURRENT_DATE + ${offset}`;
    return { start, end: `CURRENT_DATE + ${offset + 1}`, expression };
  }
  const unit = m[2]!.toLowerCase();
  const step = unit === 'quarter' ? '3 months' : `1 ${unit}`;
  const current = `DATE_TRUNC('${unit}', CURRENT_DATE)`;
  const ahead = /^next$|coming/i.test(m[1]!);
  const start = ahead ? `${current} + INTERVAL '${step}'` : current;
  const end = ahead
    ? `${current} + INTERVAL '${unit === 'quarter' ? '6 months' : `2 ${unit}s`}'`
    : `${current} + INTERVAL '${step}'`;
  // "due by the end of this month": what is still to fall due before then, from today.
  return { start: /\bend\s+of\b/i.test(expression) ? 'CURRENT_DATE' : start, end, expression };
}

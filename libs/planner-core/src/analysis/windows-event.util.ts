/** Characters of the question read for an event id. */
const MAX_TEXT = 1_000;

/** What may not follow a number for it to be an event id: an amount, a count of something, a percentage. */
const NOT_AN_ID = String.raw`(?![.,]\d)(?!\s*(?:usd|eur|gbp|dollars?|euros?|orders?|customers?|products?|items?|units?|%))`;

/** The end of an event id, which may be said in the plural ("4625s", "4740's": events of that id). */
const ID_END = String.raw`(?:'?s)?\b`;

/** Windows event ids (Security 4608–4799, 1102, 5140/5145; PowerShell 4103/4104; System 7045), not an amount. */
const WINDOWS_EVENT_ID = new RegExp(
  String.raw`(?<![\d.,$€£])\b(?:46[0-9]\d|47\d\d|1102|410[34]|514[05]|7045)${ID_END}${NOT_AN_ID}`,
  'i',
);

/** The ids of those that the Security event log records (logons, account and group changes, log cleared, share access). */
const SECURITY_LOG_EVENT_ID = new RegExp(
  String.raw`(?<![\d.,$€£])\b(?:46[0-9]\d|47\d\d|1102|514[05])${ID_END}${NOT_AN_ID}`,
  'i',
);

/** Whether the question says a Windows event id ("4740", "event 4625"): Windows telemetry, as the word "windows" is. */
export function saysWindowsEventId(text: string): boolean {
  return WINDOWS_EVENT_ID.test(text.slice(0, MAX_TEXT));
}

/** Whether the question says the id of an event the Windows Security log records (4625, 4720, 1102). */
export function saysSecurityLogEventId(text: string): boolean {
  return SECURITY_LOG_EVENT_ID.test(text.slice(0, MAX_TEXT));
}

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

/** What a machine's power words may not be said of: a service, an app or a container restarts without the machine. */
const NOT_THE_MACHINE = String.raw`(?:services?|apps?|applications?|pods?|containers?|jobs?|agents?|daemons?|processes|sessions?)`;
/** The words before a power word that make it a service's ("the spooler service restarted", "pods were restarted"). */
const SAID_OF_ANOTHER = String.raw`(?<!\b${NOT_THE_MACHINE}\s+(?:(?:was|were|got|has|have|been)\s+){0,2})`;
/** The words after one that make it a service's ("restart of the print service", "restarted the agent"). */
const ANOTHER_AFTER = String.raw`(?!\s+(?:(?:of|for|on)\s+)?(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w-]+\s+){0,2}${NOT_THE_MACHINE}\b)`;

/** A power word of a machine, the Security log's ids of what it records (4608 starting up, 4609 and 1100 shutting down). */
function powerWords(words: string, ids: readonly string[]): readonly [RegExp, readonly string[]] {
  return [new RegExp(String.raw`${SAID_OF_ANOTHER}\b(?:${words})\b${ANOTHER_AFTER}`, 'gi'), ids];
}

/**
 * A Windows machine turned off or round ("reboots of the kiosk", "when did the file server restart", "shutdowns this
 * week"), with the Security log events that record it: 4608 (starting up), 4609 (shutting down), 1100 (the event
 * logging service shut down). A service, an app or a container restarted is none of them.
 */
export const MACHINE_POWER_EVENTS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  powerWords(String.raw`re-?boot(?:s|ed|ing)?|restart(?:s|ed|ing)?|power[\s-]?cycl(?:e|es|ed|ing)`, [
    '4608',
    '4609',
    '1100',
  ]),
  powerWords(
    String.raw`shut\s?-?downs?|shut(?:s|ting)?\s+(?:itself\s+)?down|power(?:s|ed|ing)?\s+(?:off|down)|powered[\s-]off`,
    ['4609', '1100'],
  ),
  powerWords(String.raw`boot(?:s|ed)?\s+up|came\s+back\s+up|start(?:s|ed)?\s+up`, ['4608']),
];

/**
 * A part of the words every pattern of {@link MACHINE_POWER_EVENTS} needs ("power" only as "power cycle", "power
 * off", "powered down": not `PowerShell`): a cheap test before them.
 */
export const MACHINE_POWER_WORD = /boot|start|shut|came\s+back|power[\s-]?cycl|power(?:s|ed|ing)?[\s-]+(?:off|down)/i;

const MACHINE_POWER_IDS: ReadonlySet<string> = new Set(MACHINE_POWER_EVENTS.flatMap(([, ids]) => ids));

/** Whether an event id is one of a machine's own start-up or shut-down events (4608, 4609, 1100). */
export function isMachinePowerEventId(id: string): boolean {
  return MACHINE_POWER_IDS.has(id);
}

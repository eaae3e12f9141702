/** Characters of the question read for the way it is written. */
const MAX_TEXT = 1_000;

/** How a security request is written: as a detection rule's summary, or as an ad-hoc hunting query. */
export type WritingStyle = 'detection rule' | 'hunting query';

/** A mark of a style, said by a pattern of the text. */
interface StyleMark {
  readonly style: WritingStyle;
  readonly mark: string;
  readonly pattern: RegExp;
  /** Words a business question says too ("look for", "specifically"): a mark only beside words of telemetry. */
  readonly ordinary: boolean;
  /** Text that, said anywhere in the request, makes the pattern no mark of the style. */
  readonly unless?: RegExp;
}

/**
 * Microsoft's cloud and server services named ("Azure AD", "Entra", "Office 365", "SharePoint Online", "a Microsoft
 * Form", "an IIS server"): alerts on them are written for Microsoft's own SIEM as often as for Splunk.
 */
const MICROSOFT_SERVICES =
  /\b(?:azure|entra|aad|microsoft|office\s*365|o365|m365|exchange|sharepoint|onedrive|teams|intune|iis|service\s+principals?)\b/i;

/** Actions a detection rule names as a noun when it opens ("Detect the creation of …"). */
const RULE_ACTIONS = [
  'execution',
  'usage',
  'spawning',
  'modification',
  'deletion',
  'loading',
  'enabling',
  'disabling',
  'addition',
  'launch',
  'installation',
  'registration',
];

/** Verbs a rule's title says a program does to another, in the -ing form, after the program's file name. */
const PROGRAM_ACTIONS = ['spawning', 'loading', 'executing', 'launching', 'writing', 'creating', 'injecting'];

/**
 * A request that opens as a rule does ("Detect …", "Identify …") and, in its first sentence, names a program by what it
 * does to another: "… spawning …", "spawns", or a program's file acting ("x.exe loading …"); a dot before a word is a
 * file name's, not the sentence's end.
 */
const PROGRAM_ACTING = new RegExp(
  String.raw`^\s*(?:(?:and|also|additionally|then|plus)\b[\s,]*)*(?:detect|identify)\b(?:[^.;]|\.(?=\w))*?(?:\bspawn(?:ing|s)\b|\.exe[\`"'’]?\s+(?:${PROGRAM_ACTIONS.join('|')})\b)`,
  'i',
);

const MARKS: readonly StyleMark[] = [
  // "This analytic flags …": a rule's summary names itself an analytic.
  {
    style: 'detection rule',
    mark: 'calls itself an analytic',
    pattern: /\b(?:this|the following)\s+analytics?\b/i,
    ordinary: false,
  },
  // "…, leveraging the proxy logs": a rule's summary says after a comma what data it reads.
  { style: 'detection rule', mark: 'says what data it leverages', pattern: /,\s*leveraging\b/i, ordinary: false },
  // "focusing on process names", "specifically the run keys": a rule narrows down what it watches.
  {
    style: 'detection rule',
    mark: 'narrows what it watches',
    pattern: /\b(?:focusing\s+on|specifically)\b/i,
    ordinary: true,
  },
  // "… It identifies …", "This detection leverages …", "It tracks both …": a rule's summary goes on to say, in a sentence
  // of its own, what the rule itself detects, reads or follows.
  {
    style: 'detection rule',
    mark: 'says in a sentence what it detects',
    pattern:
      /(?:^|[.;]\s+)(?:it|this\s+detection)\s+(?:detects|identifies|leverages|monitors|focuses|flags|tracks|analy[sz]es|correlates)\b/i,
    ordinary: false,
  },
  // "This behaviour is how …": a rule's summary goes on to say what the activity it flags means.
  {
    style: 'detection rule',
    mark: 'says what the activity means',
    pattern: /\bthis\s+(?:activity|behaviou?r)\s+(?:is|are|can|could|may|might|often|typically|indicates?)\b/i,
    ordinary: false,
  },
  // "Flag instances where …": a rule says the occurrences it fires on (a hunt "looks for" them).
  {
    style: 'detection rule',
    mark: 'says the instances it fires on',
    pattern: /(?<!\blook(?:ing)?\s+for\s+(?:any\s+)?)\binstances?\s+(?:where|in which)\b/i,
    ordinary: true,
  },
  // "Detect the deletion of …": a rule opens by naming, as a noun, the action it fires on (a hunt says what to look for).
  {
    style: 'detection rule',
    mark: 'opens by naming the action it fires on',
    pattern: new RegExp(
      String.raw`^\s*(?:(?:and|also|additionally|then|plus)\b[\s,]*)*detect\s+(?:the\s+|an?\s+)?(?:${RULE_ACTIONS.join('|')})s?\s+of\b`,
      'i',
    ),
    ordinary: true,
  },
  // "Detect a document reader spawning a shell", "Identify tool.exe loading a library": a rule's summary names a program by
  // what it does to another, in the -ing form of its title (a hunt says what "was launched" or "spawned" it).
  {
    style: 'detection rule',
    mark: 'names a program by what it does to another',
    pattern: PROGRAM_ACTING,
    ordinary: false,
  },
  // "Alert when …", "Alert on …", "Trigger an alert if …": a saved alert's description asks for an alert on what follows.
  {
    style: 'detection rule',
    mark: 'opens by asking for an alert',
    pattern:
      /^\s*(?:(?:and|also|additionally|then|plus)\b[\s,]*)*(?:(?:trigger|raise|generate|fire|send)\s+(?:an?\s+)?alert|alert)(?:\s+me)?\s+(?:when|whenever|if|on)\b(?![^.?!]*\?)/i,
    ordinary: false,
    unless: MICROSOFT_SERVICES,
  },
  // "Search for …" opening a request about telemetry: a hunt says what to search for (a rule says what it detects).
  {
    style: 'hunting query',
    mark: 'opens with "search for"',
    pattern: /^\s*(?:(?:and|also|additionally|then|plus)\b[\s,]*)*search(?:ing)?\s+for\b/i,
    ordinary: true,
  },
  // "This query lists …", "The query flags …", "Sample query for …": a hunting query names itself a query.
  {
    style: 'hunting query',
    mark: 'calls itself a query',
    pattern: /\b(?:this|the|sample|simple|following)\s+(?:hunting\s+)?query\b/i,
    ordinary: true,
  },
  // "Look for …", "Check …" opening the request (after a joining word: "also, look for …").
  {
    style: 'hunting query',
    mark: 'opens with "look for" or "check"',
    pattern: /^\s*(?:(?:and|also|additionally|then|plus)\b[\s,]*)*(?:look(?:ing)?\s+for|check(?:s|ing)?)\b/i,
    ordinary: true,
  },
  // "Attackers may …", "An attacker with … can …" opening a sentence: a hunting query's write-up says what the threat
  // does before what to look for (a rule's summary opens with what it detects).
  {
    style: 'hunting query',
    mark: 'opens a sentence with what an attacker may do',
    pattern:
      /(?:^|[.;!?]\s+)(?:an?\s+|the\s+)?(?:attackers?|adversar(?:y|ies)|threat\s+actors?)\s+(?:with|may|might|could|can|often)\b/i,
    ordinary: false,
  },
  // "hunt for", "hunting": the request calls itself a hunt.
  { style: 'hunting query', mark: 'calls itself a hunt', pattern: /\bhunt(?:s|ing|ed)?\b/i, ordinary: true },
];

/** A request's writing style, the marks that say so, and whether each of them is words a business question says too. */
export interface WrittenStyle {
  readonly style: WritingStyle;
  readonly marks: string[];
  readonly ordinary: boolean;
}

/**
 * The style a security request is written in and the marks that say so: a detection rule's summary calls itself an
 * analytic, says ", leveraging" the data it reads or narrows what it watches ("focusing on …", "specifically …"); a
 * hunting query calls itself a query or a hunt, or opens with "look for", "check" or "search for". Null when it carries no
 * mark, or as many of each style.
 */
export function writingStyle(text: string): WrittenStyle | null {
  const slice = text.slice(0, MAX_TEXT);
  const said = MARKS.filter(({ pattern, unless }) => pattern.test(slice) && !unless?.test(slice));
  const rule = said.filter((m) => m.style === 'detection rule');
  const hunt = said.filter((m) => m.style === 'hunting query');
  if (rule.length === hunt.length) return null;
  const marks = rule.length > hunt.length ? rule : hunt;
  return { style: marks[0]!.style, marks: marks.map((m) => m.mark), ordinary: marks.every((m) => m.ordinary) };
}

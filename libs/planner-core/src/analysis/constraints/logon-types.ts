import { SpanSet, scan, type ValueHit } from './value-hit';

/**
 * Windows logon types said in words ("logged on interactively", "RDP logons", "network logons"),
 * each as the number the Security log's logon events (4624, 4625) keep in their logon type.
 * Read only when the question speaks of logging on.
 */
const LOGON_TYPES: ReadonlyArray<readonly [pattern: RegExp, logonType: string, windowsOnly?: boolean]> = [
  [/\bremote[\s-]?interactive(?:ly)?\b|\b(?:rdp|remote\s+desktop|terminal\s+services?)\b/gi, '10'],
  [/\bcached[\s-]interactive(?:ly)?\b|\bcached\s+credentials?\b/gi, '11'],
  [/\binteractive(?:ly)?\b|\blocally\b/gi, '2'],
  // A console said beside a cloud is its web console ("AWS console logins"): no Windows logon.
  [/\b(?:at\s+the\s+)?console\b/gi, '2', true],
  [/\bnetwork[\s-]?clear[\s-]?text\b/gi, '8'],
  // An office's network is a place ("office network logins"), not a logon over the network.
  [/(?<!\boffice\s+)\bnetwork\s+(?=log[\s-]?ons?\b|logins?\b)/gi, '3'],
  [/\bbatch\b|\bscheduled\s+tasks?\b/gi, '4'],
  [/\bservice\s+(?=log[\s-]?ons?\b|logins?\b)|\bas\s+a\s+service\b/gi, '5'],
  [/\bunlock(?:ed|s|ing)?\b/gi, '7'],
  [/\bnew\s*credentials\b|\brunas\b/gi, '9'],
];

/** A cloud or its identity provider, whose "console" is a web console. */
const CLOUD_WORDS =
  /\b(?:aws|amazon|(?:aws)?cloudtrail|azure|entra|gcp|google\s+cloud|cloud|portal|iam|okta|o365|m365|office\s+365)\b/i;
/**
 * A guess said before the words in the same sentence ("probably a scheduled task", "maybe over RDP?"): the asker's
 * idea of a cause, not a condition on the logons asked about.
 */
const GUESSED_BEFORE =
  /\b(?:probably|maybe|perhaps|possibly|likely|might\s+be|could\s+be|i\s+(?:think|guess|suspect|bet)|my\s+guess|suspect(?:ed)?)\b[^.?!;]*$/i;

const LOGON_WORDS =
  /\blog(?:ged|ging)?[\s-]?on(?:s|to)?\b|\blogons?\b|\blog[\s-]?ins?\b|\blogged\s+in(?:to)?\b|\blogging\s+in\b/i;

export function readLogonTypes(text: string, taken: SpanSet = new SpanSet()): ValueHit[] {
  if (!LOGON_WORDS.test(text)) return [];
  const hits: ValueHit[] = [];
  const inCloud = CLOUD_WORDS.test(text);
  for (const [pattern, value, windowsOnly] of LOGON_TYPES) {
    if (windowsOnly && inCloud) continue;
    scan(
      text,
      pattern,
      taken,
      (m) =>
        GUESSED_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index))
          ? null
          : { kind: 'text', value, start: m.index, end: m.index + m[0].length, hint: 'LogonType' },
      hits,
    );
  }
  return hits.sort((a, b) => a.start - b.start);
}

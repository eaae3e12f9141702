import { NUMBER_WORDS_BELOW_TWENTY, TENS_WORDS } from './number-words.util';

const ONES: readonly string[] = NUMBER_WORDS_BELOW_TWENTY.slice(0, 10);
const TEENS: readonly string[] = NUMBER_WORDS_BELOW_TWENTY.slice(10);
const TENS: readonly string[] = TENS_WORDS;

const WORD = [...ONES, ...TEENS, ...TENS, 'hundred', 'thousand'].join('|');

/**
 * "port(s)" (or "port number") followed by number words, possibly several ("ports twenty-one and twenty-two").
 * Words only: a port written with digits is read as it is.
 */
const PORT_WORDS = new RegExp(
  String.raw`\b(ports?\s+(?:(?:number|no\.?|#)\s*)?)((?:${WORD})(?:(?:[\s-]+(?:and\s+)?|\s*,\s*|\s+or\s+)(?:${WORD}))*)\b(?![\w-])`,
  'gi',
);

type Read = { readonly value: number; readonly next: number };

/** A number from 1 to 99 at words[i] ("seven", "fifteen", "forty", "forty-two", "forty two"). */
function belowHundred(words: readonly string[], i: number): Read | null {
  const word = words[i];
  if (word === undefined) return null;
  const one = ONES.indexOf(word);
  if (one >= 0) return { value: one, next: i + 1 };
  const teen = TEENS.indexOf(word);
  if (teen >= 0) return { value: 10 + teen, next: i + 1 };
  const ten = TENS.indexOf(word);
  if (ten < 0) return null;
  const unit = ONES.indexOf(words[i + 1] ?? '');
  return unit > 0 ? { value: (ten + 2) * 10 + unit, next: i + 2 } : { value: (ten + 2) * 10, next: i + 1 };
}

/** A number below 1000 said the standard way ("three hundred and eighty-nine", "eighty"). */
function belowThousand(words: readonly string[], i: number): Read | null {
  const head = belowHundred(words, i);
  if (!head) return null;
  if (head.value >= 1 && head.value <= 9 && words[head.next] === 'hundred') {
    const next = head.next + 1;
    const and = words[next] === 'and' ? 1 : 0;
    const rest = belowHundred(words, next + and);
    if (rest && rest.value > 0) return { value: head.value * 100 + rest.value, next: rest.next };
    return { value: head.value * 100, next };
  }
  return head;
}

/**
 * One port number at words[i]: a cardinal ("twenty-three", "three thousand three hundred and eighty-nine") or
 * digits said in groups ("four forty-three" = 443, "thirty-three eighty-nine" = 3389, "eighty eighty" = 8080).
 */
function portAt(words: readonly string[], i: number): Read | null {
  const first = belowThousand(words, i);
  if (!first) return null;
  if (words[first.next] === 'thousand' && first.value > 0) {
    const next = first.next + 1;
    const and = words[next] === 'and' ? 1 : 0;
    const rest = belowThousand(words, next + and);
    if (rest && rest.value > 0) return { value: first.value * 1000 + rest.value, next: rest.next };
    return { value: first.value * 1000, next };
  }
  // Groups: a digit or a pair, then a pair of ten or more ("four forty-three", "fifteen twenty-one").
  if (first.value > 0 && first.value < 100 && words[first.next] !== 'hundred') {
    const pair = belowHundred(words, first.next);
    if (pair && pair.value >= 10) return { value: first.value * 100 + pair.value, next: pair.next };
  }
  return first;
}

/** The ports the words say, or null when they are not all port numbers. */
function readPorts(words: readonly string[]): number[] | null {
  const ports: number[] = [];
  let i = 0;
  while (i < words.length) {
    if (ports.length > 0 && (words[i] === 'and' || words[i] === 'or' || words[i] === ',')) i++;
    const port = portAt(words, i);
    if (!port || port.value > 65535) return null;
    ports.push(port.value);
    i = port.next;
  }
  return ports.length > 0 ? ports : null;
}

/**
 * The question with port numbers said in words written as digits ("port twenty-three" → "port 23", "ports eighty
 * and four forty-three" → "ports 80 and 443"), so every reader of a port reads them. Words that do not make port
 * numbers are left as they are.
 */
export function spellOutPortNumbers(text: string): string {
  if (!/\bports?\b/i.test(text)) return text;
  return text.replace(PORT_WORDS, (whole: string, lead: string, said: string) => {
    const words = said
      .toLowerCase()
      .replace(/,/g, ' , ')
      .split(/[\s-]+/)
      .filter((word) => word !== '');
    // A lone "one" is a pronoun ("the port one of them used"), no port.
    const ports = words.length === 1 && words[0] === 'one' ? null : readPorts(words);
    if (!ports) return whole;
    if (ports.length === 1) return `${lead}${ports[0]}`;
    const last = /\bor\b/i.test(said) ? 'or' : 'and';
    return `${lead}${ports.slice(0, -1).join(', ')} ${last} ${ports[ports.length - 1]}`;
  });
}

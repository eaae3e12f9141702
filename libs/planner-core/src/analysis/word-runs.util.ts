/** A lookup of a phrase, written as its words joined by single spaces, among a text's words. */
export interface PhraseLookup {
  /** Whether the words of `key` stand one after another in the text. */
  has(key: string): boolean;
  /** How many times the words of `key` stand one after another in the text. */
  count(key: string): number;
}

/** A fixed list of keys by the first word of each (keys of one word by that word), for {@link WordRuns.saidOf}. */
export class FirstWordIndex {
  readonly byFirst = new Map<string, number[]>();

  constructor(readonly keys: readonly string[]) {
    keys.forEach((key, at) => {
      const space = key.indexOf(' ');
      const first = space < 0 ? key : key.slice(0, space);
      const list = this.byFirst.get(first);
      if (list) list.push(at);
      else this.byFirst.set(first, [at]);
    });
  }
}

/** Most words a phrase looked up may have. */
const MAX_PHRASE_WORDS = 4;

/** Most first words remembered for multi-word keys (keys come from fixed lists; others are split each time). */
const MAX_REMEMBERED_KEYS = 10_000;
const firstWords = new Map<string, string>();

/** The first word of a multi-word key (memoized: the same phrases are looked up for every question). */
function firstWordOf(key: string, space: number): string {
  let first = firstWords.get(key);
  if (first === undefined) {
    first = key.slice(0, space);
    if (firstWords.size < MAX_REMEMBERED_KEYS) firstWords.set(key, first);
  }
  return first;
}

/**
 * The runs of one to {@link MAX_PHRASE_WORDS} consecutive words of a text, looked up without building
 * each run's string: the words are indexed by where each first stands, and a phrase is compared word by
 * word from there. Same answers as a set of every run joined by spaces.
 */
export class WordRuns implements PhraseLookup {
  private readonly firstAt = new Map<string, number>();

  constructor(private readonly words: readonly string[]) {
    for (let i = words.length - 1; i >= 0; i -= 1) this.firstAt.set(words[i]!, i);
  }

  /** How many different words the text has. */
  get distinctWords(): number {
    return this.firstAt.size;
  }

  /**
   * The positions in `keys` of the keys the text says, ascending: {@link has} asked only of the keys whose first
   * word the text has (see {@link FirstWordIndex}), the same answers as asking it of every key.
   */
  saidOf(index: FirstWordIndex, all = true): number[] {
    const said: number[] = [];
    for (const word of this.firstAt.keys()) {
      const candidates = index.byFirst.get(word);
      if (candidates === undefined) continue;
      for (let i = 0; i < candidates.length; i += 1) {
        const at = candidates[i]!;
        if (this.has(index.keys[at]!)) {
          said.push(at);
          if (!all) return said;
        }
      }
    }
    return said.length > 1 ? said.sort((a, b) => a - b) : said;
  }

  has(key: string): boolean {
    const space = key.indexOf(' ');
    if (space < 0) return this.firstAt.has(key);
    const first = firstWordOf(key, space);
    const from = this.firstAt.get(first);
    if (from === undefined) return false;
    for (let at = from; at < this.words.length; at += 1)
      if (this.words[at] === first && this.runAt(at, key)) return true;
    return false;
  }

  /** How many times the words of `key` stand one after another in the text. */
  count(key: string): number {
    const space = key.indexOf(' ');
    const first = space < 0 ? key : firstWordOf(key, space);
    const from = this.firstAt.get(first);
    if (from === undefined) return 0;
    let found = 0;
    for (let at = from; at < this.words.length; at += 1)
      if (this.words[at] === first && (space < 0 || this.runAt(at, key))) found += 1;
    return found;
  }

  /** Whether the key's words are the words from `start` on, at most {@link MAX_PHRASE_WORDS} of them. */
  private runAt(start: number, key: string): boolean {
    let position = 0;
    for (let n = 0; n < MAX_PHRASE_WORDS && start + n < this.words.length; n += 1) {
      const word = this.words[start + n]!;
      if (!key.startsWith(word, position)) return false;
      position += word.length;
      if (position === key.length) return true;
      if (key.charCodeAt(position) !== 32) return false;
      position += 1;
    }
    return false;
  }
}

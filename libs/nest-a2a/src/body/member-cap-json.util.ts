/**
 * Where, and how much of, a JSON body is read: the objects and arrays at or below each path keep
 * their first `maxMembers` members (in the body's order); members beyond are not read (nor
 * validated) — they are cut out of the text before `JSON.parse`, so a body with 50,000 members
 * there never becomes a 50,000-key object.
 */
export interface MemberCapOptions {
  /** Paths from the body's root to the capped values; `*` matches any key or array index. At most 30. */
  readonly paths: readonly (readonly string[])[];
  /** Members kept of each object and array at or below a capped value (at least 1). */
  readonly maxMembers: number;
  /**
   * What would make a cut member matter to the checks that follow the parse (the JSON guard, the
   * free-form validator): a key among `reservedKeys`, or an object or array nested `maxDepthBelow`
   * levels or more below the capped value. A body with such a member is parsed whole, so those
   * checks answer exactly as they would without the cap.
   */
  readonly reservedKeys: ReadonlySet<string>;
  readonly maxDepthBelow: number;
}

/** Deeper than this, the body is parsed whole (the JSON guard rejects anything past 64 levels anyway). */
const MAX_SCAN_DEPTH = 512;

const OBJECT = 0;
const ARRAY = 1;
/** Scanner modes: a value is expected, an object key is expected, a value has just ended. */
const VALUE = 0;
const KEY = 1;
const AFTER = 2;

function fail(position: number): never {
  throw new SyntaxError(`Invalid JSON at position ${position}`);
}

/** The index of the first character at or after `i` that is not JSON white space. */
function skipSpace(text: string, i: number): number {
  for (;;) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 10 || code === 13 || code === 9) i += 1;
    else return i;
  }
}

/** Set by {@link endOfString}: whether the string it read had an escape. */
let stringHadEscape = false;

/** The index after the string whose opening quote is at `i`; throws where JSON.parse would. */
function endOfString(text: string, i: number): number {
  let escaped = false;
  const n = text.length;
  i += 1;
  for (;;) {
    if (i >= n) fail(i);
    const code = text.charCodeAt(i);
    if (code === 34) {
      stringHadEscape = escaped;
      return i + 1;
    }
    if (code === 92) {
      escaped = true;
      const next = text.charCodeAt(i + 1);
      if (
        next === 34 ||
        next === 92 ||
        next === 47 ||
        next === 98 ||
        next === 102 ||
        next === 110 ||
        next === 114 ||
        next === 116
      ) {
        i += 2;
      } else if (next === 117) {
        for (let h = 2; h < 6; h += 1) if (!isHex(text.charCodeAt(i + h))) fail(i);
        i += 6;
      } else {
        fail(i);
      }
      continue;
    }
    if (code < 32) fail(i);
    i += 1;
  }
}

/** The index after the number that starts at `i`. */
function endOfNumber(text: string, i: number): number {
  if (text.charCodeAt(i) === 45) i += 1;
  const first = text.charCodeAt(i);
  if (first === 48) i += 1;
  else if (first >= 49 && first <= 57) while (isDigit(text.charCodeAt(++i)));
  else fail(i);
  if (text.charCodeAt(i) === 46) {
    if (!isDigit(text.charCodeAt(++i))) fail(i);
    while (isDigit(text.charCodeAt(++i)));
  }
  const exponent = text.charCodeAt(i);
  if (exponent === 101 || exponent === 69) {
    const sign = text.charCodeAt(++i);
    if (sign === 43 || sign === 45) i += 1;
    if (!isDigit(text.charCodeAt(i))) fail(i);
    while (isDigit(text.charCodeAt(++i)));
  }
  return i;
}

function endOfLiteral(text: string, i: number, literal: string): number {
  if (!text.startsWith(literal, i)) fail(i);
  return i + literal.length;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isHex(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

/**
 * One linear pass over `text` with the grammar of `JSON.parse` (RFC 8259): throws a SyntaxError
 * where `JSON.parse` would, and returns the `[start, end)` ranges to cut (flat pairs), or `null`
 * when nothing is cut (nothing beyond a cap, or a cut member that matters — see {@link MemberCapOptions}).
 * Work and memory are linear in the text; nesting is tracked on explicit stacks, not recursion.
 */
export function memberCapCuts(text: string, options: MemberCapOptions): number[] | null {
  const { paths, maxMembers, reservedKeys, maxDepthBelow } = options;
  if (paths.length > 30 || maxMembers < 1) throw new RangeError('memberCapCuts: at most 30 paths, maxMembers >= 1');
  const n = text.length;
  // One entry per open container.
  const kinds: number[] = [];
  const counts: number[] = [];
  /** Bit p set: the container lies on path p (its keys are compared with paths[p][depth]). */
  const masks: number[] = [];
  /** Levels below a capped value's root (0 = the root), or -1 outside every capped value. */
  const below: number[] = [];
  /** Whether the container sits in a member that is cut. */
  const cutOut: boolean[] = [];
  /** Where this container's cut starts (the comma before member `maxMembers`), or -1. */
  const cutFrom: number[] = [];
  const cuts: number[] = [];
  let top = -1;
  let i = 0;
  let mode = VALUE;
  let lastComma = -1;
  // The context of the value about to be read.
  let valueMask = (1 << paths.length) - 1;
  let valueBelow = paths.some((path) => path.length === 0) ? 0 : -1;
  let valueCut = false;

  /** Context of the member at `index` of the top container, keyed by `key` (null for array items). */
  const enterMember = (key: string | null, index: number): void => {
    const frameBelow = below[top]!;
    valueCut = cutOut[top]! || (frameBelow >= 0 && index >= maxMembers);
    if (frameBelow >= 0 && !cutOut[top]! && index === maxMembers) cutFrom[top] = lastComma;
    valueMask = 0;
    valueBelow = frameBelow >= 0 ? frameBelow + 1 : -1;
    const mask = masks[top]!;
    if (mask === 0) return;
    for (let p = 0; p < paths.length; p += 1) {
      if ((mask & (1 << p)) === 0) continue;
      const path = paths[p]!;
      const step = path[top]!;
      if (step !== '*' && (key === null || step !== key)) continue;
      if (path.length === top + 1) valueBelow = valueBelow < 0 ? 0 : valueBelow;
      else valueMask |= 1 << p;
    }
  };

  for (;;) {
    if (mode === VALUE) {
      i = skipSpace(text, i);
      const code = text.charCodeAt(i);
      if (code === 123 || code === 91) {
        if (valueCut && valueBelow >= maxDepthBelow) return null;
        if (top + 1 >= MAX_SCAN_DEPTH) return null;
        top += 1;
        kinds[top] = code === 123 ? OBJECT : ARRAY;
        counts[top] = 0;
        masks[top] = valueMask;
        below[top] = valueBelow;
        cutOut[top] = valueCut;
        cutFrom[top] = -1;
        i += 1;
        i = skipSpace(text, i);
        const next = text.charCodeAt(i);
        if (next === (code === 123 ? 125 : 93)) {
          i += 1;
          top -= 1;
          mode = AFTER;
        } else if (code === 123) {
          mode = KEY;
        } else {
          counts[top] = 1;
          enterMember(null, 0);
        }
        continue;
      }
      if (code === 34) i = endOfString(text, i);
      else if (code === 45 || isDigit(code)) i = endOfNumber(text, i);
      else if (code === 116) i = endOfLiteral(text, i, 'true');
      else if (code === 102) i = endOfLiteral(text, i, 'false');
      else if (code === 110) i = endOfLiteral(text, i, 'null');
      else fail(i);
      mode = AFTER;
    } else if (mode === KEY) {
      i = skipSpace(text, i);
      if (text.charCodeAt(i) !== 34) fail(i);
      const start = i;
      i = endOfString(text, i);
      const escaped = stringHadEscape;
      const index = counts[top]!;
      counts[top] = index + 1;
      const needsKey = masks[top] !== 0 || cutOut[top] || (below[top]! >= 0 && index >= maxMembers);
      const key = needsKey
        ? escaped
          ? (JSON.parse(text.slice(start, i)) as string)
          : text.slice(start + 1, i - 1)
        : null;
      enterMember(key, index);
      if (valueCut && key !== null && reservedKeys.has(key)) return null;
      i = skipSpace(text, i);
      if (text.charCodeAt(i) !== 58) fail(i);
      i += 1;
      mode = VALUE;
    } else {
      i = skipSpace(text, i);
      if (top < 0) {
        if (i !== n) fail(i);
        break;
      }
      const code = text.charCodeAt(i);
      if (code === 44) {
        lastComma = i;
        i += 1;
        if (kinds[top] === OBJECT) {
          mode = KEY;
        } else {
          const index = counts[top]!;
          counts[top] = index + 1;
          enterMember(null, index);
          mode = VALUE;
        }
      } else if (code === (kinds[top] === OBJECT ? 125 : 93)) {
        if (cutFrom[top]! >= 0) cuts.push(cutFrom[top]!, i);
        i += 1;
        top -= 1;
      } else {
        fail(i);
      }
    }
  }
  return cuts.length > 0 ? cuts : null;
}

/**
 * Whether a capped value can be in `text` at all: the last named key of some path is written in it
 * as such, or the text has an escape (a key can be spelt with `\\u` escapes). A `memchr`-fast test
 * that spares a body without those (an `optimize_plan`, a short question) the scan.
 */
export function mayReachCappedPath(text: string, options: MemberCapOptions): boolean {
  if (text.includes('\\')) return true;
  return options.paths.some((path) => {
    const named = path.filter((step) => step !== '*');
    return named.length === 0 || text.includes(`"${named[named.length - 1]!}"`);
  });
}

/**
 * `text` with the members beyond the caps of {@link MemberCapOptions} cut out (itself when none is).
 * Throws a SyntaxError where the scan meets text that is not JSON (see {@link parseJsonWithMemberCaps}).
 */
export function cutCappedMembers(text: string, options: MemberCapOptions): string {
  const cuts = mayReachCappedPath(text, options) ? memberCapCuts(text, options) : null;
  if (cuts === null) return text;
  let kept = '';
  let from = 0;
  for (let c = 0; c < cuts.length; c += 2) {
    kept += text.slice(from, cuts[c]);
    from = cuts[c + 1]!;
  }
  kept += text.slice(from);
  return kept;
}

/**
 * `JSON.parse(text)`, except that members beyond the caps of {@link MemberCapOptions} are cut out of
 * the text first. Throws a SyntaxError for any text `JSON.parse` rejects, including one whose only
 * error lies in a member that would be cut.
 */
export function parseJsonWithMemberCaps(text: string, options: MemberCapOptions): unknown {
  return JSON.parse(cutCappedMembers(text, options));
}

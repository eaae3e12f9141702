/** Characters of a question read for corrections (a longer text is read as it stands). */
const MAX_TEXT = 2_000;
/** Corrections applied per question: bounded work. */
const MAX_CORRECTIONS = 4;
/** How far back, in characters, the words a correction replaces are looked for. */
const REACH = 80;

/**
 * Words a writer takes back what they just wrote with, set apart from it ("…, no wait, …", "… - sorry, …", "…, I mean
 * …", "…, scratch that, …", "…, or rather …", "…, make that …"), maybe several ("- no wait, sorry, "), then maybe "make
 * it". "Sorry" and "I mean" only count set apart by punctuation on both sides, or before "make it": "sorry to bother",
 * "I mean the firewall logs" at the start of a question take nothing back.
 */
const MARKER = new RegExp(
  String.raw`(?:(?:\s*[,;:]\s*|\s+[-\u2013\u2014]+\s+|\.\.\.\s*)(?:no[,\s]+wait|wait[,\s]+no|scratch\s+that|or\s+rather|correction\s*:|sorry\s*[,:-]|i\s+mean[t]?\b|(?:actually[,\s]+)?make\s+(?:it|that)\b)|\s+(?:no[,\s]+wait|wait[,\s]+no|scratch\s+that)\b)(?:\s*[,:-]?\s*(?:no[,\s]+wait|wait[,\s]+no|sorry|i\s+mean[t]?|actually|make\s+(?:it|that))\b)*\s*[,:-]?\s*`,
  'gi',
);
/** A cheap test for {@link MARKER}'s words. */
const SAYS_MARKER = /\b(?:wait|sorry|mean|scratch|rather|correction|make\s+(?:it|that))\b/i;

/** Where the replacement ends: a clause break, or the end of the text. */
const REPLACEMENT = /^[^,;.?!\u2013\u2014]*?(?=\s+[-\u2013\u2014]\s+|[,;?!]|\.(?:\s|$)|$)/;
/** A number, maybe with its unit joined or after it ("4", "8h", "48 hours", "forty"). */
const NUMBER_WITH_UNIT =
  /^(\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred)(\s*[a-z]{1,8})?$/i;
/** The last number before the correction, with the unit written after it ("2 days", "6h"). */
const LAST_NUMBER =
  /(?:\d+(?:[.,]\d+)?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred)\b)(\s*[a-z]{1,8}\b)?(?=[^\d]*$)/i;

/**
 * The question as the writer meant it, after each correction said in it: "past 2 days, no wait make it 4" → "past 4
 * days", "last 6h, no wait 8h" → "last 8h", "by segment - no wait, sorry, by country" → "by country", "in October, I
 * mean November" → "in November". A replacement that opens with a word said shortly before replaces the words from
 * there; a number replaces the last number (its unit too, when it says one); else it replaces the last word (a name or
 * a value). A correction with nothing before it or nothing after it is left as written. Linear in the text.
 */
export function withCorrections(text: string): string {
  if (text.length > MAX_TEXT || !SAYS_MARKER.test(text)) return text;
  let out = text;
  for (let done = 0; done < MAX_CORRECTIONS; done += 1) {
    const next = correctOnce(out);
    if (next === null) break;
    out = next;
  }
  return out;
}

function correctOnce(text: string): string | null {
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m !== null; m = MARKER.exec(text)) {
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    const replacement = REPLACEMENT.exec(after)?.[0].trim() ?? '';
    if (before.trim().length === 0 || replacement.length === 0) continue;
    const rest = after.slice(after.indexOf(replacement) + replacement.length);
    const head = replaced(before, replacement);
    if (head !== null) return `${head}${rest}`;
  }
  return null;
}

/** The text before a correction with the words the replacement stands for replaced, or null when none can be told. */
function replaced(before: string, replacement: string): string | null {
  const window = before.slice(-REACH);
  const start = before.length - window.length;
  const number = NUMBER_WITH_UNIT.exec(replacement);
  if (number) {
    const last = LAST_NUMBER.exec(window);
    if (!last) return null;
    // "make it 4": the number alone, the unit kept; "8h": the unit said again replaces the old one.
    const end = number[2] ? last.index + last[0].length : last.index + last[0].length - (last[1]?.length ?? 0);
    return `${before.slice(0, start + last.index)}${replacement}${before.slice(start + end)}`;
  }
  const lead = replacement.split(/\s+/, 1)[0]!.toLowerCase();
  // "by segment - no wait, by country": the same word opens both; the words from there are taken back.
  const lower = window.toLowerCase();
  const pattern = new RegExp(String.raw`\b${lead.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\b`, 'g');
  let at = -1;
  for (let m = pattern.exec(lower); m !== null; m = pattern.exec(lower)) at = m.index;
  if (at >= 0) return `${before.slice(0, start + at)}${replacement}`;
  // "in October, I mean November", "user bob - sorry, alice today": the one word said last, a name or a value.
  const said = before.trimEnd().split(/(\s+)/);
  const kept = said.slice(0, -1);
  if (kept.join('').trim().length === 0) return null;
  return `${kept.join('')}${replacement}`;
}

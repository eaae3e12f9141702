/**
 * Indicators written "defanged" so nobody clicks them, as threat reports and IOC lists paste them
 * ("evil[.]com", "cdn(.)example(.)net", "1.2.3[.]4", "hxxps://x[.]io/a", "bob[@]corp[.]io", "a[dot]b[dot]org"):
 * the dot, colon or at sign in brackets and the "hxxp" scheme stand for the real ones the logs hold.
 */
const BRACKETED_MARK = /(?<=[\w\]])(?:\[\s?(\.|dot|:|@|at)\s?\]|\(\s?(\.|dot|@)\s?\)|\{\s?(\.|dot)\s?\})(?=[\w[])/gi;
/** The web scheme written with x's ("hxxp://", "hXXps[:]//"). */
const DEFANGED_SCHEME = /\bh(?:xx|XX|\*\*)p(s?)(?=(?:\[:\]|:)\/\/)/g;
/** A colon in brackets before the slashes of a scheme ("https[:]//", "hxxp[://]"). */
const BRACKETED_SCHEME_COLON = /(?<=\bhttps?)(?:\[:\]|\[:\/\/\])(\/\/)?/gi;

const MARKS: Readonly<Record<string, string>> = { '.': '.', dot: '.', ':': ':', '@': '@', at: '@' };

/** The text with defanged indicators written as the logs hold them; text without any is returned as is. */
export function refangIndicators(text: string): string {
  if (!/[[({]\s?(?:\.|dot|:|@|at)\s?[\])}]|h(?:xx|\*\*)p/i.test(text)) return text;
  return text
    .replace(DEFANGED_SCHEME, 'http$1')
    .replace(BRACKETED_SCHEME_COLON, '://')
    .replace(BRACKETED_MARK, (_whole, square?: string, round?: string, curly?: string) => {
      const mark = (square ?? round ?? curly ?? '.').toLowerCase();
      return MARKS[mark] ?? mark;
    });
}

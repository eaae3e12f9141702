/**
 * HTTP statuses said by their reason phrase ("page not found", "internal server error"), as people name what a site
 * showed them, with the code each phrase is the reason of. Only phrases no other record uses.
 */
const REASONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/page\s+not\s+found/i, '404'],
  [/internal\s+server\s+errors?/i, '500'],
  [/bad\s+gateway/i, '502'],
  [/service\s+(?:temporarily\s+)?unavailable/i, '503'],
  [/gateway\s+time-?outs?/i, '504'],
  [/too\s+many\s+requests/i, '429'],
];

/** Any of the phrases, in quotes or not, with "errors"/"responses" maybe after it. */
const REASON_SAID = new RegExp(
  String.raw`(["'‘“]?)\b(${REASONS.map(([pattern]) => pattern.source).join('|')})\b(["'’”]?)`,
  'gi',
);

/**
 * The question with an HTTP status said by its reason phrase written as its code ("'page not found' errors" → "404
 * errors", "bad gateway responses" → "502 responses"), so every reader of a status code reads it.
 */
export function spellOutHttpStatuses(text: string): string {
  if (!/\b(?:found|server|gateway|unavailable|requests)\b/i.test(text)) return text;
  return text.replace(REASON_SAID, (whole, open: string, phrase: string, close: string) => {
    // An opening quote without its closing one (or the reverse) belongs to a longer quote: left as it is.
    if ((open === '') !== (close === '')) return whole;
    const code = REASONS.find(([pattern]) => pattern.test(phrase))?.[1];
    return code ?? whole;
  });
}

/** A name written with one wildcard, at its end ("svc_*") or at its start ("*_old"). */
const WILDCARD_END = /^[^*\s]+\*$/;
const WILDCARD_START = /^\*[^*\s]+$/;
/** A name's first part written with its joiner left dangling ("ops-", "adm_"): the start of the names. */
const DANGLING_JOINER = /^[A-Za-z][^*\s]*[-_]$/;

/**
 * Where a `contains` filter's value stands in the text, as the question's words put it: "starting with
 * adm-", "begins with WS-", "prefixed by tmp", "svc_*" → 'prefix'; "ending with _old", "suffixed with -bak",
 * "*-bak" → 'suffix'; a first part left hanging on its joiner ("ops-", "adm_") → 'prefix'; null when the words say neither (the value is anywhere in the text).
 */
export function textAffix(expression: string): 'prefix' | 'suffix' | null {
  if (WILDCARD_END.test(expression)) return 'prefix';
  if (WILDCARD_START.test(expression)) return 'suffix';
  if (DANGLING_JOINER.test(expression)) return 'prefix';
  // "beginning with WS-", "prefixed by tmp", or the part right after ("servers beginning KBC-").
  const said = /\b(?:(start|begin|end)(?:s|ing|ning)?|(prefixed|suffixed))\s+(?:(?:with|by|in)\b|["'`]?[\w@.$-])/i.exec(
    expression.slice(0, 512),
  );
  if (!said) return null;
  return /^(?:start|begin|prefixed)$/i.test(said[1] ?? said[2]!) ? 'prefix' : 'suffix';
}

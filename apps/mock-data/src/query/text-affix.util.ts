/**
 * Where a `contains` filter's value stands in the text, as the question's words put it: "starting with
 * adm-", "begins with WS-", "prefixed by tmp" → 'prefix'; "ending with _old", "suffixed with -bak" →
 * 'suffix'; null when the words say neither (the value is anywhere in the text).
 */
export function textAffix(expression: string): 'prefix' | 'suffix' | null {
  const said = /\b(?:(start|begin|end)(?:s|ing|ning)?|(prefixed|suffixed))\s+(?:with|by|in)\b/i.exec(
    expression.slice(0, 512),
  );
  if (!said) return null;
  return /^(?:start|begin|prefixed)$/i.test(said[1] ?? said[2]!) ? 'prefix' : 'suffix';
}

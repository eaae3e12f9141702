/**
 * Why an agent's `completed` result is not the shape its action returns, or undefined when it
 * is: `retrieve_context` → `{passages: [...]}`, `generate_query` → `{query: "<text>", ...}`.
 * Other actions are not checked (an object is enough).
 */
export function resultShapeProblem(action: string, result: unknown): string | undefined {
  if (result === null || typeof result !== 'object' || Array.isArray(result)) return 'the result is not an object';
  const record = result as Record<string, unknown>;
  switch (action) {
    case 'retrieve_context':
      return Array.isArray(record['passages']) && record['passages'].every((p) => p !== null && typeof p === 'object')
        ? undefined
        : 'the result has no "passages" list';
    case 'generate_query':
      return typeof record['query'] === 'string' ? undefined : 'the result has no "query" text';
    default:
      return undefined;
  }
}

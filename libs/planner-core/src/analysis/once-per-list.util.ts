/**
 * A search over a list of catalog entries, run once per list: a request's entries lists
 * (`CatalogIndex.byPlatform`) are asked again by every segment of a question and every clause
 * scored alone, and the answer does not change. Held weakly: a list gone with its request goes.
 */
export function oncePerList<T extends object>(
  find: (entries: readonly T[]) => T | undefined,
): (entries: readonly T[]) => T | undefined {
  const memo = new WeakMap<readonly T[], { readonly found: T | undefined }>();
  return (entries) => {
    let hit = memo.get(entries);
    if (!hit) memo.set(entries, (hit = { found: find(entries) }));
    return hit.found;
  };
}

/**
 * A frozen copy of `entries` without a prototype, for tables looked up by client strings:
 * `table['constructor']` and `table['__proto__']` are `undefined`, not `Object`'s own members.
 */
export function lookupTable<V>(entries: Readonly<Record<string, V>>): Readonly<Record<string, V>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, V>, entries));
}

/** A frozen copy of a table without a prototype: looking up `constructor` or `__proto__` finds nothing. */
export function nullPrototype<V>(entries: Readonly<Record<string, V>>): Readonly<Record<string, V>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, V>, entries));
}

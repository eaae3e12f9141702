/**
 * Private copies of request data (plain objects, arrays, primitives) to recognise the same content arriving
 * again as new objects: each HTTP body is parsed afresh, but a caller sends the same `schema_hints` and
 * `available_agents` with every question, so what is read from them once can be read again by content.
 */

/** Most values (objects, arrays, primitives) one snapshot holds; larger data is not remembered by content. */
export const MAX_SNAPSHOT_VALUES = 25_000;
/** Deepest nesting a snapshot holds (the catalog reader itself reads six levels). */
export const MAX_SNAPSHOT_DEPTH = 16;

/** An array's items, copied. */
class ListSnapshot {
  constructor(readonly items: readonly Snapshot[]) {}
}

/** An object's own enumerable keys in their order, its values copied, and its prototype (a DTO's class). */
class RecordSnapshot {
  constructor(
    readonly prototype: object | null,
    readonly keys: readonly string[],
    readonly values: readonly Snapshot[],
  ) {}
}

type Snapshot = ListSnapshot | RecordSnapshot | string | number | boolean | null | undefined;

/** A copy of a value, or NOT_COPIED when it holds anything but data or is over the limits. */
const NOT_COPIED = Symbol('not copied');

const hasOwn = Object.prototype.hasOwnProperty;
const toTag = Object.prototype.toString;

function isPrimitive(value: unknown): value is string | number | boolean | null | undefined {
  const type = typeof value;
  return value === null || type === 'undefined' || type === 'string' || type === 'number' || type === 'boolean';
}

/** An object read as data: plain or a class instance, never a Date, Map, RegExp or the like. */
function isDataRecord(value: object): boolean {
  return toTag.call(value) === '[object Object]';
}

/** A deep copy of request data, within {@link MAX_SNAPSHOT_VALUES} and {@link MAX_SNAPSHOT_DEPTH}. */
function copy(value: unknown, depth: number, budget: { left: number }): Snapshot | typeof NOT_COPIED {
  budget.left -= 1;
  if (budget.left < 0) return NOT_COPIED;
  if (isPrimitive(value)) return value;
  if (typeof value !== 'object' || depth > MAX_SNAPSHOT_DEPTH) return NOT_COPIED;
  if (Array.isArray(value)) {
    const items: Snapshot[] = [];
    for (let i = 0; i < value.length; i += 1) {
      const item = copy(value[i], depth + 1, budget);
      if (item === NOT_COPIED) return NOT_COPIED;
      items.push(item);
    }
    return new ListSnapshot(items);
  }
  if (!isDataRecord(value)) return NOT_COPIED;
  const keys: string[] = [];
  const values: Snapshot[] = [];
  for (const key in value) {
    if (!hasOwn.call(value, key)) return NOT_COPIED;
    const item = copy((value as Record<string, unknown>)[key], depth + 1, budget);
    if (item === NOT_COPIED) return NOT_COPIED;
    keys.push(key);
    values.push(item);
  }
  return new RecordSnapshot(Object.getPrototypeOf(value) as object | null, keys, values);
}

/** Whether a value holds exactly what a snapshot holds, keys in the same order; reads without allocating. */
function matches(snapshot: Snapshot, value: unknown): boolean {
  if (snapshot instanceof ListSnapshot) {
    if (!Array.isArray(value) || value.length !== snapshot.items.length) return false;
    for (let i = 0; i < value.length; i += 1) if (!matches(snapshot.items[i], value[i])) return false;
    return true;
  }
  if (snapshot instanceof RecordSnapshot) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
    if (Object.getPrototypeOf(value) !== snapshot.prototype || !isDataRecord(value)) return false;
    let at = 0;
    for (const key in value) {
      if (at >= snapshot.keys.length || snapshot.keys[at] !== key || !hasOwn.call(value, key)) return false;
      if (!matches(snapshot.values[at], (value as Record<string, unknown>)[key])) return false;
      at += 1;
    }
    return at === snapshot.keys.length;
  }
  return Object.is(snapshot, value);
}

/**
 * What was read from a few recent inputs, found again by their content (most recent first): an input equal
 * in content to one remembered gets what was read from that one. Inputs over the snapshot limits, or holding
 * anything but data, are not remembered. Holds at most `capacity` inputs' copies.
 */
export class RecentByContent<Read> {
  private readonly remembered: Array<{ readonly snapshot: Snapshot; readonly read: Read }> = [];

  constructor(private readonly capacity: number) {}

  /** What was read from an input of the same content, or undefined. */
  find(input: unknown): Read | undefined {
    for (let i = 0; i < this.remembered.length; i += 1) {
      const entry = this.remembered[i]!;
      if (!matches(entry.snapshot, input)) continue;
      if (i > 0) {
        this.remembered.splice(i, 1);
        this.remembered.unshift(entry);
      }
      return entry.read;
    }
    return undefined;
  }

  /** Remembers what was read from an input (a copy of it, so later changes to it change nothing here). */
  remember(input: unknown, read: Read): void {
    const snapshot = copy(input, 0, { left: MAX_SNAPSHOT_VALUES });
    if (snapshot === NOT_COPIED) return;
    this.remembered.unshift({ snapshot, read });
    if (this.remembered.length > this.capacity) this.remembered.length = this.capacity;
  }
}

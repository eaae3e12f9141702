import { MAX_SNAPSHOT_DEPTH, MAX_SNAPSHOT_VALUES, RecentByContent } from './content-snapshot.util';

class Descriptor {
  constructor(readonly id: string) {}
}

describe('RecentByContent', () => {
  it('finds what was read from an input equal in content, given as a new object', () => {
    const recent = new RecentByContent<string>(2);
    recent.remember({ a: [1, 'x', null, true], b: { c: 'd' } }, 'read');

    expect(recent.find({ a: [1, 'x', null, true], b: { c: 'd' } })).toBe('read');
  });

  it('finds nothing for other values, other keys, keys in another order or a longer list', () => {
    const recent = new RecentByContent<string>(2);
    recent.remember({ a: [1, 2], b: 'x' }, 'read');

    expect(recent.find({ a: [1, 3], b: 'x' })).toBeUndefined();
    expect(recent.find({ a: [1, 2], c: 'x' })).toBeUndefined();
    expect(recent.find({ b: 'x', a: [1, 2] })).toBeUndefined();
    expect(recent.find({ a: [1, 2, 3], b: 'x' })).toBeUndefined();
    expect(recent.find({ a: [1, 2], b: 'x', d: 1 })).toBeUndefined();
    expect(recent.find({ a: [1, 2] })).toBeUndefined();
  });

  it('keeps its own copy: a remembered input changed afterwards is still found by its first content', () => {
    const recent = new RecentByContent<string>(2);
    const input = { tables: ['orders'] };
    recent.remember(input, 'read');
    input.tables.push('invoices');

    expect(recent.find({ tables: ['orders'] })).toBe('read');
    expect(recent.find(input)).toBeUndefined();
  });

  it('tells class instances from plain objects of the same fields', () => {
    const recent = new RecentByContent<string>(2);
    recent.remember([new Descriptor('k1')], 'read');

    expect(recent.find([new Descriptor('k1')])).toBe('read');
    expect(recent.find([{ id: 'k1' }])).toBeUndefined();
  });

  it('remembers no input holding anything but data, nor one over its limits', () => {
    const recent = new RecentByContent<string>(4);
    recent.remember({ at: new Date(0) }, 'date');
    recent.remember({ of: new Map() }, 'map');
    const deep: Record<string, unknown> = {};
    let level = deep;
    for (let i = 0; i <= MAX_SNAPSHOT_DEPTH; i += 1) level = (level['next'] = {}) as Record<string, unknown>;
    recent.remember(deep, 'deep');
    recent.remember(
      Array.from({ length: MAX_SNAPSHOT_VALUES }, (_, i) => i),
      'large',
    );

    expect(recent.find({ at: new Date(0) })).toBeUndefined();
    expect(recent.find({ of: new Map() })).toBeUndefined();
    expect(recent.find(structuredClone(deep))).toBeUndefined();
    expect(recent.find(Array.from({ length: MAX_SNAPSHOT_VALUES }, (_, i) => i))).toBeUndefined();
  });

  it('holds at most its capacity, dropping the least recently found', () => {
    const recent = new RecentByContent<string>(2);
    recent.remember({ n: 1 }, 'one');
    recent.remember({ n: 2 }, 'two');
    recent.find({ n: 1 });
    recent.remember({ n: 3 }, 'three');

    expect(recent.find({ n: 1 })).toBe('one');
    expect(recent.find({ n: 2 })).toBeUndefined();
    expect(recent.find({ n: 3 })).toBe('three');
  });
});

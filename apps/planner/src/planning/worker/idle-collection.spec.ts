import { IdleCollection, v8Collector, type Collector } from './idle-collection';

describe('IdleCollection', () => {
  function setUp(heap = { used: 100 }) {
    const collections: string[] = [];
    const queued: Array<() => void> = [];
    const collect: Collector = ({ type }) => collections.push(type);
    const collection = new IdleCollection(collect, {
      later: (callback) => queued.push(callback),
      heapUsed: () => heap.used,
      majorAfterGrowthBytes: 50,
    });
    const runQueued = () => queued.splice(0).forEach((callback) => callback());
    return { collection, collections, queued, runQueued, heap };
  }

  it('collects the young generation once the last task is answered, on a later turn', () => {
    const { collection, collections, runQueued } = setUp();
    collection.started();
    collection.finished();
    expect(collections).toEqual([]);
    runQueued();
    expect(collections).toEqual(['minor']);
  });

  it('does not collect while another task is still running', () => {
    const { collection, collections, queued, runQueued } = setUp();
    collection.started();
    collection.started();
    collection.finished();
    expect(queued).toHaveLength(0);
    collection.finished();
    runQueued();
    expect(collections).toEqual(['minor']);
  });

  it('skips the collection when a task starts before the idle turn comes', () => {
    const { collection, collections, runQueued } = setUp();
    collection.started();
    collection.finished();
    collection.started();
    runQueued();
    expect(collections).toEqual([]);
    collection.finished();
    runQueued();
    expect(collections).toEqual(['minor']);
  });

  it('schedules one collection however many answers come before the idle turn', () => {
    const { collection, queued } = setUp();
    for (let i = 0; i < 3; i += 1) {
      collection.started();
      collection.finished();
    }
    expect(queued).toHaveLength(1);
  });

  it('collects the whole heap when it has grown by the threshold since the last whole collection, then counts from there', () => {
    const { collection, collections, runQueued, heap } = setUp({ used: 100 });
    heap.used = 149;
    collection.started();
    collection.finished();
    runQueued();
    heap.used = 150;
    collection.started();
    collection.finished();
    runQueued();
    heap.used = 190;
    collection.started();
    collection.finished();
    runQueued();
    expect(collections).toEqual(['minor', 'major', 'minor']);
  });

  it('collects everything when asked to (after the warm-up)', () => {
    const { collection, collections } = setUp();
    collection.collectAll();
    expect(collections).toEqual(['major']);
  });

  it('does nothing without a collector', () => {
    const queued: Array<() => void> = [];
    const collection = new IdleCollection(null, { later: (callback) => queued.push(callback) });
    collection.started();
    collection.finished();
    collection.collectAll();
    expect(queued).toHaveLength(0);
  });

  it("gets V8's collector, which accepts a minor and a major collection", () => {
    const collect = v8Collector();
    expect(collect).toEqual(expect.any(Function));
    expect(() => collect!({ type: 'minor' })).not.toThrow();
    expect(() => collect!({ type: 'major' })).not.toThrow();
  });
});

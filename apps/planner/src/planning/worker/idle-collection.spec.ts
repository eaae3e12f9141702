import { constants, PerformanceObserver } from 'node:perf_hooks';
import { IdleCollection, v8Collector, type Collector } from './idle-collection';

describe('IdleCollection', () => {
  function setUp() {
    const collections: string[] = [];
    const queued: Array<() => void> = [];
    const collect: Collector = () => collections.push('minor');
    const collection = new IdleCollection(collect, { later: (callback) => queued.push(callback) });
    const runQueued = () => queued.splice(0).forEach((callback) => callback());
    return { collection, collections, queued, runQueued };
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

  it('collects the young generation when asked to (after the warm-up)', () => {
    const { collection, collections } = setUp();
    collection.collectNow();
    expect(collections).toEqual(['minor']);
  });

  it('does nothing without a collector', () => {
    const queued: Array<() => void> = [];
    const collection = new IdleCollection(null, { later: (callback) => queued.push(callback) });
    collection.started();
    collection.finished();
    collection.collectNow();
    expect(queued).toHaveLength(0);
  });

  /** The kinds of the collections V8 reports (perf_hooks `gc` entries) while `run` collects. */
  async function collectionsDuring(run: () => void): Promise<number[]> {
    const kinds: number[] = [];
    const observer = new PerformanceObserver((list) =>
      list.getEntries().forEach((entry) => kinds.push((entry as unknown as { detail: { kind: number } }).detail.kind)),
    );
    observer.observe({ entryTypes: ['gc'] });
    run();
    // The entries are delivered on a later turn.
    await new Promise((resolve) => setTimeout(resolve, 50));
    observer.disconnect();
    return kinds;
  }

  it("gets V8's collector, which empties the young generation only (a scavenge, not a whole-heap collection)", async () => {
    const collect = v8Collector();
    expect(collect).toEqual(expect.any(Function));
    // Other scavenges may fall in the window (the test allocates); a whole-heap one must not.
    const kinds = await collectionsDuring(() => collect!());
    expect(kinds).toContain(constants.NODE_PERFORMANCE_GC_MINOR);
    expect(kinds).not.toContain(constants.NODE_PERFORMANCE_GC_MAJOR);
  });
});

import { IdleScavenge, v8Collector, type Collector } from './idle-scavenge';

describe('IdleScavenge', () => {
  function setUp() {
    const collections: Array<{ type: string }> = [];
    const queued: Array<() => void> = [];
    const collect: Collector = (options) => collections.push(options);
    const scavenge = new IdleScavenge(collect, (callback) => queued.push(callback));
    const runQueued = () => queued.splice(0).forEach((callback) => callback());
    return { scavenge, collections, queued, runQueued };
  }

  it('collects the young generation once the last task is answered, on a later turn', () => {
    const { scavenge, collections, runQueued } = setUp();
    scavenge.started();
    scavenge.finished();
    expect(collections).toEqual([]);
    runQueued();
    expect(collections).toEqual([{ type: 'minor' }]);
  });

  it('does not collect while another task is still running', () => {
    const { scavenge, collections, queued, runQueued } = setUp();
    scavenge.started();
    scavenge.started();
    scavenge.finished();
    expect(queued).toHaveLength(0);
    scavenge.finished();
    runQueued();
    expect(collections).toHaveLength(1);
  });

  it('skips the collection when a task starts before the idle turn comes', () => {
    const { scavenge, collections, runQueued } = setUp();
    scavenge.started();
    scavenge.finished();
    scavenge.started();
    runQueued();
    expect(collections).toEqual([]);
    scavenge.finished();
    runQueued();
    expect(collections).toHaveLength(1);
  });

  it('schedules one collection however many answers come before the idle turn', () => {
    const { scavenge, queued } = setUp();
    for (let i = 0; i < 3; i += 1) {
      scavenge.started();
      scavenge.finished();
    }
    expect(queued).toHaveLength(1);
  });

  it('does nothing without a collector', () => {
    const queued: Array<() => void> = [];
    const scavenge = new IdleScavenge(null, (callback) => queued.push(callback));
    scavenge.started();
    scavenge.finished();
    expect(queued).toHaveLength(0);
  });

  it("gets V8's collector, which accepts a minor collection", () => {
    const collect = v8Collector();
    expect(collect).toEqual(expect.any(Function));
    expect(() => collect!({ type: 'minor' })).not.toThrow();
  });
});

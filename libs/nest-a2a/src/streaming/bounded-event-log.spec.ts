import { BoundedEventLog, type LoggedEvent } from './bounded-event-log';

function recorder(): {
  seen: Array<LoggedEvent<string>>;
  completed: number;
  next(e: LoggedEvent<string>): void;
  complete(): void;
} {
  const r = {
    seen: [] as Array<LoggedEvent<string>>,
    completed: 0,
    next: (e: LoggedEvent<string>) => r.seen.push(e),
    complete: () => (r.completed += 1),
  };
  return r;
}

describe('BoundedEventLog', () => {
  it('should replay what happened so far, then deliver live events in order, then complete on close', () => {
    const log = new BoundedEventLog<string>({ maxStreams: 5, maxEventsPerStream: 10 });
    log.open('j');
    log.append('j', 'a');
    const r = recorder();

    log.subscribe('j', r);
    log.append('j', 'b');
    log.close('j', 'done');

    expect(r.seen).toEqual([
      { seq: 1, event: 'a' },
      { seq: 2, event: 'b' },
      { seq: 3, event: 'done' },
    ]);
    expect(r.completed).toBe(1);
  });

  it('should replay only the events after the given sequence number', () => {
    const log = new BoundedEventLog<string>({ maxStreams: 5, maxEventsPerStream: 10 });
    log.open('j');
    for (const e of ['a', 'b', 'c']) log.append('j', e);
    const r = recorder();

    log.subscribe('j', r, 2);

    expect(r.seen.map((e) => e.event)).toEqual(['c']);
  });

  it('should complete at once a subscriber of a closed or unknown stream', () => {
    const log = new BoundedEventLog<string>({ maxStreams: 5, maxEventsPerStream: 10 });
    log.close('j', 'done');
    const closed = recorder();
    const unknown = recorder();

    log.subscribe('j', closed);
    log.subscribe('nope', unknown);

    expect(closed.seen.map((e) => e.event)).toEqual(['done']);
    expect([closed.completed, unknown.completed, unknown.seen.length]).toEqual([1, 1, 0]);
  });

  it('should stop delivering to a subscriber that unsubscribed', () => {
    const log = new BoundedEventLog<string>({ maxStreams: 5, maxEventsPerStream: 10 });
    log.open('j');
    const r = recorder();
    const unsubscribe = log.subscribe('j', r);

    unsubscribe();
    log.append('j', 'a');

    expect(r.seen).toEqual([]);
  });

  it('should drop events past the cap but always keep the final one', () => {
    const log = new BoundedEventLog<string>({ maxStreams: 5, maxEventsPerStream: 3 });
    log.open('j');
    const accepted = ['a', 'b', 'c', 'd'].map((e) => log.append('j', e));
    log.close('j', 'done');

    expect(accepted).toEqual([true, true, false, false]);
    expect(log.events('j').map((e) => e.event)).toEqual(['a', 'b', 'done']);
    expect(log.events('j').at(-1)!.seq).toBe(5);
    expect(log.droppedCount('j')).toBe(2);
  });

  it('should evict the oldest finished stream first when full', () => {
    const log = new BoundedEventLog<string>({ maxStreams: 2, maxEventsPerStream: 10 });
    log.open('running');
    log.close('finished', 'done');

    log.open('new');

    expect(log.streamIds()).toEqual(['running', 'new']);
  });

  it('should evict the oldest stream, completing its subscribers, when none has finished', () => {
    const log = new BoundedEventLog<string>({ maxStreams: 1, maxEventsPerStream: 10 });
    log.open('old');
    const r = recorder();
    log.subscribe('old', r);

    log.open('new');

    expect([log.has('old'), r.completed]).toEqual([false, 1]);
  });

  it('should ignore events appended after the stream closed', () => {
    const log = new BoundedEventLog<string>({ maxStreams: 2, maxEventsPerStream: 10 });
    log.close('j', 'done');

    expect(log.append('j', 'late')).toBe(false);
    expect(log.events('j').map((e) => e.event)).toEqual(['done']);
  });
});

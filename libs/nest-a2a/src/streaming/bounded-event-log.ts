/** One event of a stream, numbered from 1 in the order it was appended. */
export interface LoggedEvent<E> {
  readonly seq: number;
  readonly event: E;
}

export interface EventLogSubscriber<E> {
  next(logged: LoggedEvent<E>): void;
  /** The stream ended (its final event was delivered) or was evicted. */
  complete(): void;
}

export interface BoundedEventLogOptions {
  /** Streams kept; past this, the oldest finished stream goes first (the oldest of all when none has finished). */
  readonly maxStreams: number;
  /** Events kept per stream, the final one included; later ones are dropped, the final event never is. */
  readonly maxEventsPerStream: number;
}

interface Stream<E> {
  readonly events: LoggedEvent<E>[];
  readonly subscribers: Set<EventLogSubscriber<E>>;
  closed: boolean;
  dropped: number;
}

/**
 * Ordered events per stream (a journey, a task) with live subscribers: a subscriber gets what
 * happened so far, then each new event as it is appended, then `complete` when the stream
 * closes. Bounded in streams and in events per stream. No I/O and no framework: an HTTP layer
 * turns a subscription into server-sent events.
 */
export class BoundedEventLog<E> {
  private readonly streams = new Map<string, Stream<E>>();

  constructor(private readonly options: BoundedEventLogOptions) {}

  /** Starts a stream (no-op when it exists), evicting an old one if the log is full. */
  open(streamId: string): void {
    if (this.streams.has(streamId)) return;
    if (this.streams.size >= this.options.maxStreams) this.evictOne();
    this.streams.set(streamId, { events: [], subscribers: new Set(), closed: false, dropped: 0 });
  }

  /** Appends an event to an open stream; false when the stream is unknown, closed or full. */
  append(streamId: string, event: E): boolean {
    const stream = this.streams.get(streamId);
    if (!stream || stream.closed) return false;
    if (stream.events.length >= this.options.maxEventsPerStream - 1) {
      stream.dropped += 1;
      return false;
    }
    this.deliver(stream, event);
    return true;
  }

  /** Appends the final event (always kept), then completes every subscriber. */
  close(streamId: string, finalEvent: E): void {
    this.open(streamId);
    const stream = this.streams.get(streamId)!;
    if (stream.closed) return;
    this.deliver(stream, finalEvent);
    stream.closed = true;
    for (const subscriber of stream.subscribers) subscriber.complete();
    stream.subscribers.clear();
  }

  has(streamId: string): boolean {
    return this.streams.has(streamId);
  }

  isClosed(streamId: string): boolean {
    return this.streams.get(streamId)?.closed ?? false;
  }

  /** The events kept so far, oldest first (empty for an unknown stream). */
  events(streamId: string): readonly LoggedEvent<E>[] {
    return this.streams.get(streamId)?.events ?? [];
  }

  /** Events dropped because the stream was full. */
  droppedCount(streamId: string): number {
    return this.streams.get(streamId)?.dropped ?? 0;
  }

  /** Ids of the streams kept, oldest first. */
  streamIds(): string[] {
    return [...this.streams.keys()];
  }

  /**
   * Replays the events after `afterSeq` (all by default), then delivers new ones live; completes
   * at once when the stream is closed or unknown. Returns the unsubscribe function.
   */
  subscribe(streamId: string, subscriber: EventLogSubscriber<E>, afterSeq = 0): () => void {
    const stream = this.streams.get(streamId);
    if (stream) for (const logged of stream.events) if (logged.seq > afterSeq) subscriber.next(logged);
    if (!stream || stream.closed) {
      subscriber.complete();
      return () => undefined;
    }
    stream.subscribers.add(subscriber);
    return () => stream.subscribers.delete(subscriber);
  }

  private deliver(stream: Stream<E>, event: E): void {
    const logged = { seq: stream.events.length + stream.dropped + 1, event };
    stream.events.push(logged);
    for (const subscriber of stream.subscribers) subscriber.next(logged);
  }

  private evictOne(): void {
    let victim: string | undefined;
    for (const [id, stream] of this.streams) {
      if (stream.closed) {
        victim = id;
        break;
      }
      victim ??= id;
    }
    if (victim === undefined) return;
    const stream = this.streams.get(victim)!;
    this.streams.delete(victim);
    for (const subscriber of stream.subscribers) subscriber.complete();
  }
}

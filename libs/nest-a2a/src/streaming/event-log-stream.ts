import type { MessageEvent } from '@nestjs/common';
import { Observable } from 'rxjs';
import type { BoundedEventLog } from './bounded-event-log';

/**
 * A stream of the log as Nest server-sent events (for an `@Sse` route): the events after
 * `afterSeq` (the client's `Last-Event-ID`), then live ones, ending when the stream closes.
 * Each SSE message has the event's `seq` as `id`, `typeOf(event)` as its name and the event as JSON data.
 */
export function eventLogStream<E extends object>(
  log: BoundedEventLog<E>,
  streamId: string,
  typeOf: (event: E) => string,
  afterSeq = 0,
): Observable<MessageEvent> {
  return new Observable<MessageEvent>((subscriber) =>
    log.subscribe(
      streamId,
      {
        next: ({ seq, event }) => subscriber.next({ id: String(seq), type: typeOf(event), data: { seq, ...event } }),
        complete: () => subscriber.complete(),
      },
      afterSeq,
    ),
  );
}

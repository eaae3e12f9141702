import { readLiteralValues } from './literal-values';
import { SpanSet } from './value-hit';

const eventIds = (text: string) =>
  readLiteralValues(text, new SpanSet())
    .filter((hit) => hit.kind === 'event_id')
    .map((hit) => hit.value);

describe('readLiteralValues: a number after "event" that counts the events', () => {
  it('should not read "event 4 or more times" or "event 6+ times" as an event id', () => {
    expect(eventIds('accounts that raised a lockout event 4 or more times today')).toEqual([]);
    expect(eventIds('hosts with the reboot event 6+ times')).toEqual([]);
  });

  it('should still read "event 4720" as an event id', () => {
    expect(eventIds('who triggered event 4720 today')).toEqual(['4720']);
  });
});

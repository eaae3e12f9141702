import { asksEventTime } from './event-time';

describe('asksEventTime', () => {
  it("reads a request to see each row's time, not a time range or a series", () => {
    expect(asksEventTime('Show the printer, the owner and the time.')).toBe(true);
    expect(asksEventTime('list them with the exact timestamp')).toBe(true);
    expect(asksEventTime('include when it happened')).toBe(true);
    expect(asksEventTime('show counts for the time range I gave')).toBe(false);
    expect(asksEventTime('which printers jammed today?')).toBe(false);
  });

  it('reads "which … and when" as the entity and the moment of each row', () => {
    expect(asksEventTime('audit policy changed (4719) this week - which machines and when?')).toBe(true);
    expect(asksEventTime('who disabled the rule, and at what time')).toBe(true);
    expect(asksEventTime('which machines and when did they last reboot')).toBe(false);
  });
});

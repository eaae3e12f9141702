import * as chrono from 'chrono-node';
import { mayNameTime, resolveTimeRange } from './time-range.util';

const now = new Date('2026-11-24T10:00:00Z'); // a Tuesday

describe('resolveTimeRange', () => {
  it('reads "last 24 hours" as the day up to now', () => {
    expect(resolveTimeRange('Show all error logs from last 24 hours', now)).toEqual({
      description: 'last 24 hours',
      window: { expression: 'last 24 hours', start: '2026-11-23T10:00:00.000Z', end: '2026-11-24T10:00:00.000Z', duration_seconds: 86_400 },
    });
  });

  it('reads "since Monday" from the start of Monday until now', () => {
    const range = resolveTimeRange('failed sign-ins since Monday', now)!;

    expect(range.description).toBe('since Monday');
    expect(range.window.start).toBe('2026-11-23T00:00:00.000Z');
    expect(range.window.end).toBe(now.toISOString());
  });

  it('reads "yesterday" as the whole of yesterday', () => {
    const range = resolveTimeRange('errors yesterday', now)!;

    expect(range.window).toMatchObject({ start: '2026-11-23T00:00:00.000Z', end: '2026-11-24T00:00:00.000Z', duration_seconds: 86_400 });
  });

  it('reads two dates as a range from the first to the end of the second', () => {
    const range = resolveTimeRange('logons between 2024-01-01 and 2024-01-31', now)!;

    expect(range.window.start).toBe('2024-01-01T00:00:00.000Z');
    expect(range.window.end).toBe('2024-02-01T00:00:00.000Z');
  });

  it('is null when the question names no time', () => {
    expect(resolveTimeRange('Show failed login attempts', now)).toBeNull();
  });

  it('never puts the end before the start', () => {
    const range = resolveTimeRange('from tomorrow back to last week', now);

    expect(range === null || range.window.duration_seconds >= 0).toBe(true);
  });
});

describe('mayNameTime', () => {
  const timed = ['in the past 7 days', 'last month', 'an hour ago', 'on 2024-03-01', 'since Friday', 'at noon', 'this week', 'in March', 'today', 'Dec 3'];

  it.each(timed)('lets "%s" through to chrono', (text) => {
    expect(mayNameTime(text)).toBe(true);
  });

  it('skips nothing chrono would find, over a corpus of questions', () => {
    const questions = [
      'Detect suspicious PowerShell process creation on endpoints',
      'Which customers placed the most orders?',
      'Compare database user table with Azure AD signin logs',
      'Identify Temporary Access Pass creations in Entra ID',
      'Count devices by DNS suffix',
      'Show firewall rule changes using the netsh utility',
      ...timed,
    ];
    for (const question of questions) {
      if (!mayNameTime(question)) expect(chrono.parse(question, now)).toEqual([]);
    }
  });
});

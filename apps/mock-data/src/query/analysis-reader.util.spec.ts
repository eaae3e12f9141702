import { readQueryInput } from './analysis-reader.util';
import { compactDuration, durationFromText, intervalText } from './time-range.util';

describe('readQueryInput', () => {
  it('should read tables, fields, time window and characteristics from a planner analysis', () => {
    const input = readQueryInput({
      query_analysis: {
        intent: 'security',
        entities: {
          tables: ['SigninLogs', 'SigninLogs', 7],
          fields: ['ResultType'],
          time_range: 'last 24 hours',
          time_window: { start: '2024-05-01T00:00:00Z', end: '2024-05-02T00:00:00Z', duration_seconds: 86400 },
        },
        query_characteristics: { is_aggregation: true, is_time_series: false, has_joins: 'yes' },
      },
      natural_language: 'failed sign-ins',
    });
    expect(input).toMatchObject({
      tables: ['SigninLogs'],
      fields: ['ResultType'],
      intent: 'security',
      isAggregation: true,
      isTimeSeries: false,
      hasJoins: false,
    });
    expect(input.time).toEqual({
      description: 'last 24 hours',
      durationSeconds: 86400,
      start: '2024-05-01T00:00:00.000Z',
      end: '2024-05-02T00:00:00.000Z',
      relative: true,
    });
  });

  it('reads "prior fiscal quarter" as fixed dates, not a span up to now', () => {
    const input = readQueryInput({
      query_analysis: {
        entities: {
          time_range: 'prior fiscal quarter',
          time_window: { start: '2026-04-01T00:00:00Z', end: '2026-07-01T00:00:00Z', duration_seconds: 7862400 },
        },
      },
    });
    expect(input.time).toMatchObject({ start: '2026-04-01T00:00:00.000Z', relative: false });
  });

  it('reads "last weekend" as fixed dates, not a span up to now', () => {
    const input = readQueryInput({
      query_analysis: {
        entities: {
          time_range: 'last weekend',
          time_window: { start: '2026-11-21T00:00:00Z', end: '2026-11-23T00:00:00Z', duration_seconds: 172800 },
        },
      },
    });
    expect(input.time).toMatchObject({
      start: '2026-11-21T00:00:00.000Z',
      end: '2026-11-23T00:00:00.000Z',
      relative: false,
    });
  });

  it.each(['last week (mon-sun)', 'the previous calendar month', 'last full week', 'last month'])(
    'reads a whole calendar period before this one ("%s") as fixed dates',
    (range) => {
      const input = readQueryInput({
        query_analysis: {
          entities: {
            time_range: range,
            time_window: { start: '2026-11-16T00:00:00Z', end: '2026-11-23T00:00:00Z', duration_seconds: 604800 },
          },
        },
      });
      expect(input.time).toMatchObject({ relative: false });
    },
  );

  it.each([
    ['last week', '2026-11-16T00:00:00Z', false],
    ['last quarter', '2026-07-01T00:00:00Z', false],
    ['last week', '2026-11-17T10:31:07Z', true],
    ['last year', '2025-11-24T10:31:07Z', true],
  ])('reads "%s" from %s as relative=%s: a calendar period starts on a day\'s start', (range, start, relative) => {
    const input = readQueryInput({
      query_analysis: {
        entities: { time_range: range, time_window: { start, end: '2026-11-24T10:31:07Z', duration_seconds: 604800 } },
      },
    });
    expect(input.time).toMatchObject({ relative });
  });

  it.each(['since four days', 'since 12 hours'])(
    'reads a counted span after "since" ("%s") as a rolling window',
    (range) => {
      const input = readQueryInput({
        query_analysis: {
          entities: {
            time_range: range,
            time_window: { start: '2026-11-20T00:00:00Z', end: '2026-11-24T00:00:00Z', duration_seconds: 345600 },
          },
        },
      });
      expect(input.time).toMatchObject({ relative: true });
    },
  );

  it.each([
    'since last thursday',
    'last sat',
    'the week before last',
    'since prev wednesday',
    'last night',
    'since the start of last week',
  ])('reads a day or a week anchored through "last" ("%s") as fixed dates, not a rolling span', (range) => {
    const input = readQueryInput({
      query_analysis: {
        entities: {
          time_range: range,
          time_window: { start: '2026-11-19T00:00:00Z', end: '2026-11-24T00:00:00Z', duration_seconds: 432000 },
        },
      },
    });
    expect(input.time).toMatchObject({ relative: false, start: '2026-11-19T00:00:00.000Z' });
  });

  it('keeps "past month" and "last 3 days" rolling', () => {
    for (const range of ['past month', 'last 3 days']) {
      const input = readQueryInput({
        query_analysis: {
          entities: {
            time_range: range,
            time_window: { start: '2026-11-19T00:00:00Z', end: '2026-11-24T00:00:00Z', duration_seconds: 432000 },
          },
        },
      });
      expect(input.time).toMatchObject({ relative: true });
    }
  });

  it('keeps "since monday" (a day, not a count of days) as a window from that day', () => {
    const input = readQueryInput({
      query_analysis: {
        entities: {
          time_range: 'since monday',
          time_window: { start: '2026-11-23T00:00:00Z', end: '2026-11-24T00:00:00Z', duration_seconds: 86400 },
        },
      },
    });
    expect(input.time).toMatchObject({ relative: false });
  });

  it('should read an empty or odd analysis without throwing', () => {
    expect(readQueryInput({ query_analysis: { entities: 'nope', query_characteristics: [] } })).toMatchObject({
      tables: [],
      fields: [],
      time: null,
      isAggregation: false,
    });
  });

  it('should trust the words of a rolling window over instants that disagree', () => {
    const entities = {
      time_range: '10.20.30.40 in the last 24 hours',
      time_window: { start: '2026-11-25T13:00:00Z', end: '2030-10-20T00:00:00Z', duration_seconds: 123_072_350 },
    };
    expect(readQueryInput({ query_analysis: { entities } }).time?.durationSeconds).toBe(86_400);
  });

  it('should read the duration from the time_range text alone', () => {
    expect(readQueryInput({ query_analysis: { entities: { time_range: 'past 7 days' } } }).time?.durationSeconds).toBe(
      7 * 86400,
    );
  });

  it('should sort knowledge passages best first', () => {
    const input = readQueryInput({
      query_analysis: {},
      use_knowledge: true,
      knowledge: [
        { id: 'a', title: 'A', text: '', score: 1 },
        { id: 'b', title: 'B', text: '', score: 5 },
      ],
    });
    expect(input.knowledge.map((p) => p.id)).toEqual(['b', 'a']);
  });
});

describe('time range helpers', () => {
  it.each([
    ['last 24 hours', 86400],
    ['past 30 minutes', 1800],
    ['last week', 604800],
    ['last 2 days', 172800],
    ['yesterday-ish nonsense', null],
    ['prior 5 months', 5 * 30 * 86400],
    ['past 36 months', 3 * 365 * 86400],
  ])('should read "%s" as %p seconds', (text, seconds) => {
    expect(durationFromText(text)).toBe(seconds);
  });

  it.each([
    [86400, '24h', '24 hours'],
    [7 * 86400, '7d', '7 days'],
    [1800, '30m', '30 minutes'],
    [90, '90s', '90 seconds'],
  ])('should write %i seconds as %s and %s', (seconds, compact, interval) => {
    expect(compactDuration(seconds)).toBe(compact);
    expect(intervalText(seconds)).toBe(interval);
  });
});

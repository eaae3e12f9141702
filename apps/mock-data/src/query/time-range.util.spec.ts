import { dateBound, sqlLookback } from './time-range.util';
import { FIXED_DAY, LAST_24_HOURS } from './testing/bundled-schemas';

const DAY = { ...FIXED_DAY, description: '1 May' };

describe('dateBound', () => {
  it('should read "before"/"prior to"/"earlier than" a day as everything before its start', () => {
    for (const q of ['sign-ins before 1 May', 'logons prior to 1 May', 'connections earlier than 1 May'])
      expect(dateBound(DAY, q)).toEqual({ op: '<', at: '2024-05-01T00:00:00.000Z' });
  });

  it('should read "after" a day as from the next day on, and "on or after"/"onwards" as from the day', () => {
    expect(dateBound(DAY, 'failed sign-ins after 1 May')).toEqual({ op: '>=', at: '2024-05-02T00:00:00.000Z' });
    expect(dateBound(DAY, 'downloads on or after 1 May')).toEqual({ op: '>=', at: '2024-05-01T00:00:00.000Z' });
    expect(dateBound(DAY, 'events from 1 May onwards')).toEqual({ op: '>=', at: '2024-05-01T00:00:00.000Z' });
  });

  it('should read "on or before" a day as up to the end of it', () => {
    expect(dateBound(DAY, 'events on or before 1 May')).toEqual({ op: '<', at: '2024-05-02T00:00:00.000Z' });
  });

  it('should leave a day said on its own, and a rolling window, as they are', () => {
    expect(dateBound(DAY, 'sign-ins on 1 May')).toBeNull();
    expect(dateBound(LAST_24_HOURS, 'sign-ins before the last 24 hours')).toBeNull();
  });
});

const MONTH = 2_592_000;
const YEAR = 31_536_000;

describe('sqlLookback', () => {
  it('writes a window counted in months as calendar months', () => {
    expect(sqlLookback({ description: 'over the last 6 months', durationSeconds: 6 * MONTH })).toBe('6 months');
    expect(sqlLookback({ description: 'the past three months', durationSeconds: 3 * MONTH })).toBe('3 months');
    expect(sqlLookback({ description: 'last 1 month', durationSeconds: MONTH })).toBe('1 month');
  });

  it('writes a window counted in years, or in whole years of months, in its own words', () => {
    expect(sqlLookback({ description: 'in the last 2 years', durationSeconds: 2 * YEAR })).toBe('2 years');
    expect(sqlLookback({ description: 'last 12 months', durationSeconds: YEAR })).toBe('12 months');
  });

  it('writes twelve months counted as 30-day months as the calendar months', () => {
    expect(sqlLookback({ description: 'w/o any booking in the last 12 months', durationSeconds: 12 * MONTH })).toBe(
      '12 months',
    );
  });

  it('falls back to days or hours when the words name no months or disagree with the length', () => {
    expect(sqlLookback({ description: 'last 90 days', durationSeconds: 90 * 86_400 })).toBe('90 days');
    expect(sqlLookback({ description: 'last 24 hours', durationSeconds: 86_400 })).toBe('24 hours');
    expect(sqlLookback({ description: 'last 6 months', durationSeconds: 7 * 86_400 })).toBe('7 days');
    expect(sqlLookback({ description: null, durationSeconds: 14 * 86_400 })).toBe('14 days');
  });
});

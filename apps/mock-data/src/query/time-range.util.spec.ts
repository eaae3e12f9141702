import { dateBound } from './time-range.util';
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

import { findInactivity } from './inactivity';
import { resolveInactivity } from './inactivity-date';

const NOW = new Date('2025-06-18T15:20:00Z');

describe('resolveInactivity', () => {
  it('resolves a day to its midnight (UTC) and keeps the time since then as the duration', () => {
    const read = resolveInactivity(findInactivity('clerks who have not logged in since the 2nd of June, 2025'), NOW);

    expect(read).toMatchObject({ before: '2025-06-02T00:00:00.000Z', duration_seconds: 16 * 86_400 + 55_200 });
  });

  it('resolves "the start of" a named month to its first day', () => {
    const read = resolveInactivity(
      findInactivity('customers who ordered last winter but have not ordered anything since the start of March'),
      NOW,
    );

    expect(read).toMatchObject({ activity: 'order', before: '2025-03-01T00:00:00.000Z' });
  });

  it('resolves a relative day against the clock', () => {
    expect(resolveInactivity(findInactivity('tablets not signed in since yesterday'), NOW)?.before).toBe(
      '2025-06-17T00:00:00.000Z',
    );
  });

  it('keeps a time of day said with the date', () => {
    expect(resolveInactivity(findInactivity('no login after 2025-06-10T08:30'), NOW)?.before).toBe(
      '2025-06-10T08:30:00.000Z',
    );
  });

  it('leaves an inactivity said with a duration as it is, and reads no date without a clock', () => {
    const duration = findInactivity('users not logged in for 10 days');

    expect(resolveInactivity(duration, NOW)).toBe(duration);
    expect(resolveInactivity(findInactivity('users not logged in since 2025-06-10'), undefined)).toBeNull();
  });
});

import { aConstraints, aFilter, DAY } from './testing/analysis-fixtures';
import { seededPostgres } from './testing/seeded-postgres';

/** A share whose rows a status names ("what share of the active users …"): the status is all the rows, on PGlite. */
const NOW = new Date();
const postgres = seededPostgres(NOW);

const idleSince = new Date(NOW.getTime() - 90 * DAY * 1000);

describe('SQL: a share of rows a status names, on PGlite', () => {
  it('should give the idle share of the active users, not the active share of the idle ones', async () => {
    const result = await postgres.run({
      tables: ['users'],
      question: 'what share of the active users have not logged in for 90 days',
      constraints: aConstraints({
        filters: [aFilter('status', ['active'], { field: 'active' })],
        inactivity: { duration_seconds: 90 * DAY, activity: 'login', expression: 'have not logged in for 90 days' },
        share: { expression: 'share of' },
      }),
    });
    const active = postgres.rows().users.filter((u) => u.active);
    const idle = active.filter((u) => u.last_login_at === null || u.last_login_at < idleSince);
    expect(idle.length).toBeGreaterThan(0);
    expect(idle.length).toBeLessThan(active.length);
    expect(Number(result.rows[0]!['percent'])).toBeCloseTo((100 * idle.length) / active.length, 1);
  });

  it('should keep the status as the part when nothing else is said of the rows', async () => {
    const result = await postgres.run({
      tables: ['users'],
      question: 'what % of the active users',
      constraints: aConstraints({
        filters: [aFilter('status', ['active'], { field: 'active' })],
        share: { expression: '% of' },
      }),
    });
    const users = postgres.rows().users;
    const active = users.filter((u) => u.active);
    expect(Number(result.rows[0]!['percent'])).toBeCloseTo((100 * active.length) / users.length, 1);
  });
});

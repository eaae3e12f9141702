import { aConstraints, DAY } from './testing/analysis-fixtures';
import { seededPostgres } from './testing/seeded-postgres';

/** Parties active in one window and idle since a later moment ("ordered in October but not since 1 November"), on PGlite. */
const NOW = new Date();
const postgres = seededPostgres(NOW);

const ago = (days: number) => new Date(NOW.getTime() - days * DAY * 1000);

describe('SQL: parties active in a window and idle since a later moment, on PGlite', () => {
  it('should list the customers with an order in the window and none since the idle moment', async () => {
    const windowStart = ago(90);
    const windowEnd = ago(45);
    const idleSince = ago(30);
    const result = await postgres.run({
      tables: ['customers', 'orders'],
      question: 'customers who placed orders in that window but have not ordered since then',
      timeRange: 'that window',
      window: {
        start: windowStart.toISOString(),
        end: windowEnd.toISOString(),
        duration_seconds: 45 * DAY,
        expression: 'that window',
      },
      constraints: aConstraints({
        inactivity: {
          duration_seconds: 30 * DAY,
          activity: 'order',
          expression: 'have not ordered since then',
          before: idleSince.toISOString(),
        },
      }),
    });
    const orders = postgres.rows().orders;
    const inWindow = (o: (typeof orders)[number]) => o.created_at >= windowStart && o.created_at < windowEnd;
    const recent = new Set(orders.filter((o) => o.created_at >= idleSince).map((o) => o.customer_id));
    const expected = new Set(orders.filter((o) => inWindow(o) && !recent.has(o.customer_id)).map((o) => o.customer_id));
    expect(expected.size).toBeGreaterThan(0);
    expect(result.query).toMatch(/\bEXISTS \(SELECT 1 FROM orders y .*\) AND NOT EXISTS \(SELECT 1 FROM orders x/);
    expect(new Set(result.rows.map((r) => Number(r['customer_id'])))).toEqual(expected);
  });

  it('should keep the idle condition alone when the window is the idle span itself', async () => {
    const result = await postgres.run({
      tables: ['customers', 'orders'],
      question: 'customers who have not ordered in 30 days',
      timeRange: 'last 30 days',
      window: { start: ago(30).toISOString(), end: NOW.toISOString(), duration_seconds: 30 * DAY },
      constraints: aConstraints({
        inactivity: { duration_seconds: 30 * DAY, activity: 'order', expression: 'have not ordered in 30 days' },
      }),
    });
    expect(result.query).not.toMatch(/(?<!NOT )EXISTS \(SELECT 1 FROM orders y/);
    expect(result.query).toMatch(/NOT EXISTS \(SELECT 1 FROM orders x/);
  });
});

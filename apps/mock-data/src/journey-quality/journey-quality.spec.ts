import { KQL_SCHEMA, SPL_SCHEMA, SQL_SCHEMA } from '../query/testing/bundled-schemas';
import { createJourneyCheckers, type JourneyCheckers } from './journey-checkers';
import { JOURNEY_CASES } from './journey-cases';
import { formatJourneyReport, runJourneys, type JourneyReport } from './journey-runner';

/**
 * The journey-quality floor: the share of the set that passes through the real planning core and
 * the real builders must not fall below what passed when it was set: 69/76 (90.8 %)
 * (raise it as the planner improves).
 * `npm run eval:journeys` prints the same report with the failing cases.
 */
const FLOOR = 0.9;

const schemas = { kql: KQL_SCHEMA, spl: SPL_SCHEMA, sql: SQL_SCHEMA };
let checkers: JourneyCheckers;
let report: JourneyReport;

beforeAll(async () => {
  checkers = await createJourneyCheckers(schemas);
  report = await runJourneys(JOURNEY_CASES, { schemas, checkers: checkers.checkers });
}, 300_000);

afterAll(async () => {
  await checkers?.close();
});

describe('journey quality', () => {
  it('should hold at least 60 questions across KQL, SPL, SQL, two platforms and clarifications', () => {
    const platforms = (id: string) => Object.keys(JOURNEY_CASES.find((c) => c.id === id)?.expect ?? {});
    expect(JOURNEY_CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(JOURNEY_CASES.map((c) => c.id)).size).toBe(JOURNEY_CASES.length);
    expect(JOURNEY_CASES.filter((c) => c.clarification).length).toBeGreaterThanOrEqual(2);
    expect(JOURNEY_CASES.filter((c) => platforms(c.id).length === 2).length).toBeGreaterThanOrEqual(3);
    for (const platform of ['kql', 'spl', 'sql'])
      expect(JOURNEY_CASES.filter((c) => platforms(c.id).join() === platform).length).toBeGreaterThanOrEqual(10);
  });

  it('should pass at least the floor', () => {
    if (report.rate < FLOOR) throw new Error(formatJourneyReport(report));
    expect(report.rate).toBeGreaterThanOrEqual(FLOOR);
  });

  it('should produce no KQL analysis error, no SQL error and no SPL structure problem on any generated query', () => {
    const checkerFailures = report.results.flatMap((r) =>
      r.failures.filter((f) => f.includes(' checker: ')).map((f) => `${r.id}: ${f}`),
    );
    expect(checkerFailures).toEqual([]);
  });
});

import { KQL_SCHEMA, SPL_SCHEMA, SQL_SCHEMA } from '../query/testing/bundled-schemas';
import { createJourneyCheckers, type JourneyCheckers } from './journey-checkers';
import { BLIND_JOURNEY_CASES } from './journey-blind-cases';
import { BLIND2_JOURNEY_CASES } from './journey-blind2-cases';
import { BLIND3_JOURNEY_CASES } from './journey-blind3-cases';
import { JOURNEY_CASES } from './journey-cases';
import { formatJourneyReport, runJourneys, type JourneyReport } from './journey-runner';

/**
 * The journey-quality floors: the share of each set that passes through the real planning core and
 * the real builders must not fall below what passed when it was set: 73/76 (96.1 %) of our own set,
 * 27/30 (90.0 %) of the blind set (first run 14/30 before the fixes it prompted), 26/30 (86.7 %) of the
 * second blind set (first run 20/30, 66.7 %, before the fixes it prompted). Raised after the shapes round
 * (medians, first/last seen, comparisons, absences): 86/88 (97.7 %) own, 28/30 blind, 29/30 blind2, and
 * 28/30 (93.3 %) of the third blind set (first run 17/30), the rest failing on the platform only. Raised again
 * after the last routing and values round, one case below what passes: 88/88 own, 30/30 of each of the
 * three blind sets. Raise them as the planner improves. `npm run eval:journeys` prints the same reports with the failing cases.
 */
const FLOOR = 0.98;
const BLIND_FLOOR = 0.96;
const BLIND2_FLOOR = 0.96;
const BLIND3_FLOOR = 0.96;

const schemas = { kql: KQL_SCHEMA, spl: SPL_SCHEMA, sql: SQL_SCHEMA };
let checkers: JourneyCheckers;
let report: JourneyReport;
let blind: JourneyReport;
let blind2: JourneyReport;
let blind3: JourneyReport;

beforeAll(async () => {
  checkers = await createJourneyCheckers(schemas);
  report = await runJourneys(JOURNEY_CASES, { schemas, checkers: checkers.checkers });
  blind = await runJourneys(BLIND_JOURNEY_CASES, { schemas, checkers: checkers.checkers });
  blind2 = await runJourneys(BLIND2_JOURNEY_CASES, { schemas, checkers: checkers.checkers });
  blind3 = await runJourneys(BLIND3_JOURNEY_CASES, { schemas, checkers: checkers.checkers });
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

  it('should pass at least the blind floor on the set written before reading the builders', () => {
    expect(BLIND_JOURNEY_CASES.length).toBeGreaterThanOrEqual(30);
    if (blind.rate < BLIND_FLOOR) throw new Error(formatJourneyReport(blind));
    expect(blind.rate).toBeGreaterThanOrEqual(BLIND_FLOOR);
  });

  it('should pass at least the floor on the second blind set (written before reading the builders or the extractor)', () => {
    expect(BLIND2_JOURNEY_CASES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(BLIND2_JOURNEY_CASES.map((c) => c.id)).size).toBe(BLIND2_JOURNEY_CASES.length);
    if (blind2.rate < BLIND2_FLOOR) throw new Error(formatJourneyReport(blind2));
    expect(blind2.rate).toBeGreaterThanOrEqual(BLIND2_FLOOR);
  });

  it('should pass at least the floor on the third blind set', () => {
    expect(BLIND3_JOURNEY_CASES.length).toBeGreaterThanOrEqual(30);
    if (blind3.rate < BLIND3_FLOOR) throw new Error(formatJourneyReport(blind3));
    expect(blind3.rate).toBeGreaterThanOrEqual(BLIND3_FLOOR);
  });

  it('should produce no KQL analysis error, no SQL error and no SPL structure problem on any generated query', () => {
    const checkerFailures = [...report.results, ...blind.results, ...blind2.results, ...blind3.results].flatMap((r) =>
      r.failures.filter((f) => f.includes(' checker: ')).map((f) => `${r.id}: ${f}`),
    );
    expect(checkerFailures).toEqual([]);
  });
});

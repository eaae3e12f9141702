/**
 * `npm run eval:journeys`: the journey-quality set through the real planning core and the real
 * query builders, each query checked by its platform's checker. Prints the pass rate and every
 * failing case (`--verbose`: every case), then the same for the blind set and the second, third and fourth blind sets. Exit code 0 always: the floor lives in the jest test.
 */
import { KQL_SCHEMA, SPL_SCHEMA, SQL_SCHEMA } from '../query/testing/bundled-schemas';
import { createJourneyCheckers } from './journey-checkers';
import { BLIND_JOURNEY_CASES } from './journey-blind-cases';
import { BLIND2_JOURNEY_CASES } from './journey-blind2-cases';
import { BLIND3_JOURNEY_CASES } from './journey-blind3-cases';
import { BLIND4_JOURNEY_CASES } from './journey-blind4-cases';
import { JOURNEY_CASES } from './journey-cases';
import { formatJourneyReport, runJourneys } from './journey-runner';

async function main(): Promise<void> {
  const schemas = { kql: KQL_SCHEMA, spl: SPL_SCHEMA, sql: SQL_SCHEMA };
  const { checkers, close } = await createJourneyCheckers(schemas);
  try {
    const verbose = process.argv.includes('--verbose');
    const report = await runJourneys(JOURNEY_CASES, { schemas, checkers });
    process.stdout.write(`${formatJourneyReport(report, verbose)}\n`);
    const blind = await runJourneys(BLIND_JOURNEY_CASES, { schemas, checkers });
    process.stdout.write(`\nblind set (written before reading the builders)\n${formatJourneyReport(blind, verbose)}\n`);
    const blind2 = await runJourneys(BLIND2_JOURNEY_CASES, { schemas, checkers });
    process.stdout.write(
      `\nblind2 set (written before reading the builders or the extractor)\n${formatJourneyReport(blind2, verbose)}\n`,
    );
    const blind3 = await runJourneys(BLIND3_JOURNEY_CASES, { schemas, checkers });
    process.stdout.write(
      `\nblind3 set (written before reading the builders or the extractor)\n${formatJourneyReport(blind3, verbose)}\n`,
    );
    const blind4 = await runJourneys(BLIND4_JOURNEY_CASES, { schemas, checkers });
    process.stdout.write(
      `\nblind4 set (written before reading the builders, the extractor or the routing code)\n${formatJourneyReport(blind4, verbose)}\n`,
    );
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});

/**
 * `npm run eval:journeys`: the journey-quality sets through the real planning core and the real
 * query builders, each query checked by its platform's checker. Prints each set's pass rate and
 * every failing case (`--verbose`: every case). Exit code 0 always: the floors live in the jest test.
 *
 * `-- --orchestrator <url>`: the same sets through a running mesh (`npm start`) instead, each
 * question sent to `POST <url>/journeys` as a user sends it. `-- --json <file>`: also write every
 * result (set, id, passed, failures) to a file, for comparing the two runs. `-- --sets a,b`: only
 * the named sets (e.g. `--sets blind13`); an unknown name is an error that lists the known ones.
 */
import { writeFileSync } from 'node:fs';
import { KQL_SCHEMA, SPL_SCHEMA, SQL_SCHEMA } from '../query/testing/bundled-schemas';
import { createJourneyCheckers } from './journey-checkers';
import { BLIND_JOURNEY_CASES } from './journey-blind-cases';
import { BLIND2_JOURNEY_CASES } from './journey-blind2-cases';
import { BLIND3_JOURNEY_CASES } from './journey-blind3-cases';
import { BLIND4_JOURNEY_CASES } from './journey-blind4-cases';
import { BLIND5_JOURNEY_CASES } from './journey-blind5-cases';
import { BLIND6_JOURNEY_CASES } from './journey-blind6-cases';
import { BLIND7_JOURNEY_CASES } from './journey-blind7-cases';
import { BLIND8_JOURNEY_CASES } from './journey-blind8-cases';
import { BLIND9_JOURNEY_CASES } from './journey-blind9-cases';
import { BLIND10_JOURNEY_CASES } from './journey-blind10-cases';
import { BLIND11_JOURNEY_CASES } from './journey-blind11-cases';
import { BLIND12_JOURNEY_CASES } from './journey-blind12-cases';
import { BLIND13_JOURNEY_CASES } from './journey-blind13-cases';
import { BLIND14_JOURNEY_CASES } from './journey-blind14-cases';
import { BLIND15_JOURNEY_CASES } from './journey-blind15-cases';
import { BLIND16_JOURNEY_CASES } from './journey-blind16-cases';
import { BLIND17_JOURNEY_CASES } from './journey-blind17-cases';
import { BLIND18_JOURNEY_CASES } from './journey-blind18-cases';
import { BLIND19_JOURNEY_CASES } from './journey-blind19-cases';
import { BLIND20_JOURNEY_CASES } from './journey-blind20-cases';
import { BLIND21_JOURNEY_CASES } from './journey-blind21-cases';
import { BLIND22_JOURNEY_CASES } from './journey-blind22-cases';
import { BLIND23_JOURNEY_CASES } from './journey-blind23-cases';
import { BLIND24_JOURNEY_CASES } from './journey-blind24-cases';
import { BLIND25_JOURNEY_CASES } from './journey-blind25-cases';
import { BLIND26_JOURNEY_CASES } from './journey-blind26-cases';
import { BLIND27_JOURNEY_CASES } from './journey-blind27-cases';
import { BLIND28_JOURNEY_CASES } from './journey-blind28-cases';
import { BLIND29_JOURNEY_CASES } from './journey-blind29-cases';
import { BLIND30_JOURNEY_CASES } from './journey-blind30-cases';
import { BLIND31_JOURNEY_CASES } from './journey-blind31-cases';
import { BLIND32_JOURNEY_CASES } from './journey-blind32-cases';
import { BLIND33_JOURNEY_CASES } from './journey-blind33-cases';
import { BLIND34_JOURNEY_CASES } from './journey-blind34-cases';
import { BLIND35_JOURNEY_CASES } from './journey-blind35-cases';
import { BLIND36_JOURNEY_CASES } from './journey-blind36-cases';
import { BLIND37_JOURNEY_CASES } from './journey-blind37-cases';
import { BLIND38_JOURNEY_CASES } from './journey-blind38-cases';
import { BLIND39_JOURNEY_CASES } from './journey-blind39-cases';
import { BLIND40_JOURNEY_CASES } from './journey-blind40-cases';
import { BLIND41_JOURNEY_CASES } from './journey-blind41-cases';
import { BLIND42_JOURNEY_CASES } from './journey-blind42-cases';
import { BLIND43_JOURNEY_CASES } from './journey-blind43-cases';
import { BLIND44_JOURNEY_CASES } from './journey-blind44-cases';
import { BLIND45_JOURNEY_CASES } from './journey-blind45-cases';
import { BLIND46_JOURNEY_CASES } from './journey-blind46-cases';
import { BLIND47_JOURNEY_CASES } from './journey-blind47-cases';
import { BLIND48_JOURNEY_CASES } from './journey-blind48-cases';
import { BLIND49_JOURNEY_CASES } from './journey-blind49-cases';
import { BLIND50_JOURNEY_CASES } from './journey-blind50-cases';
import { BLIND51_JOURNEY_CASES } from './journey-blind51-cases';
import { BLIND52_JOURNEY_CASES } from './journey-blind52-cases';
import { BLIND53_JOURNEY_CASES } from './journey-blind53-cases';
import { BLIND54_JOURNEY_CASES } from './journey-blind54-cases';
import { BLIND55_JOURNEY_CASES } from './journey-blind55-cases';
import { BLIND56_JOURNEY_CASES } from './journey-blind56-cases';
import { BLIND57_JOURNEY_CASES } from './journey-blind57-cases';
import { BLIND58_JOURNEY_CASES } from './journey-blind58-cases';
import { BLIND59_JOURNEY_CASES } from './journey-blind59-cases';
import { BLIND60_JOURNEY_CASES } from './journey-blind60-cases';
import { BLIND61_JOURNEY_CASES } from './journey-blind61-cases';
import { BLIND62_JOURNEY_CASES } from './journey-blind62-cases';
import { BLIND63_JOURNEY_CASES } from './journey-blind63-cases';
import { BLIND64_JOURNEY_CASES } from './journey-blind64-cases';
import { BLIND65_JOURNEY_CASES } from './journey-blind65-cases';
import { BLIND66_JOURNEY_CASES } from './journey-blind66-cases';
import { BLIND67_JOURNEY_CASES } from './journey-blind67-cases';
import { BLIND68_JOURNEY_CASES } from './journey-blind68-cases';
import { BLIND69_JOURNEY_CASES } from './journey-blind69-cases';
import { BLIND70_JOURNEY_CASES } from './journey-blind70-cases';
import { BLIND71_JOURNEY_CASES } from './journey-blind71-cases';
import { BLIND73_JOURNEY_CASES } from './journey-blind73-cases';
import { BLIND75_JOURNEY_CASES } from './journey-blind75-cases';
import { BLIND74_JOURNEY_CASES } from './journey-blind74-cases';
import { BLIND72_JOURNEY_CASES } from './journey-blind72-cases';
import { BLIND76_JOURNEY_CASES } from './journey-blind76-cases';
import { JOURNEY_CASES, type JourneyCase } from './journey-cases';
import { formatJourneyReport, runJourneys, type JourneyReport } from './journey-runner';
import { meshJourneyDriver } from './mesh-journey.driver';

const SETS: ReadonlyArray<{ name: string; title: string; cases: readonly JourneyCase[] }> = [
  { name: 'own', title: 'own set', cases: JOURNEY_CASES },
  { name: 'blind', title: 'blind set (written before reading the builders)', cases: BLIND_JOURNEY_CASES },
  {
    name: 'blind2',
    title: 'blind2 set (written before reading the builders or the extractor)',
    cases: BLIND2_JOURNEY_CASES,
  },
  {
    name: 'blind3',
    title: 'blind3 set (written before reading the builders or the extractor)',
    cases: BLIND3_JOURNEY_CASES,
  },
  {
    name: 'blind4',
    title: 'blind4 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND4_JOURNEY_CASES,
  },
  {
    name: 'blind5',
    title: 'blind5 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND5_JOURNEY_CASES,
  },
  {
    name: 'blind6',
    title: 'blind6 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND6_JOURNEY_CASES,
  },
  {
    name: 'blind7',
    title: 'blind7 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND7_JOURNEY_CASES,
  },
  {
    name: 'blind8',
    title: 'blind8 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND8_JOURNEY_CASES,
  },
  {
    name: 'blind9',
    title: 'blind9 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND9_JOURNEY_CASES,
  },
  {
    name: 'blind10',
    title: 'blind10 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND10_JOURNEY_CASES,
  },
  {
    name: 'blind11',
    title: 'blind11 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND11_JOURNEY_CASES,
  },
  {
    name: 'blind12',
    title: 'blind12 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND12_JOURNEY_CASES,
  },
  {
    name: 'blind13',
    title: 'blind13 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND13_JOURNEY_CASES,
  },
  {
    name: 'blind14',
    title: 'blind14 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND14_JOURNEY_CASES,
  },
  {
    name: 'blind15',
    title: 'blind15 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND15_JOURNEY_CASES,
  },
  {
    name: 'blind16',
    title: 'blind16 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND16_JOURNEY_CASES,
  },
  {
    name: 'blind17',
    title: 'blind17 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND17_JOURNEY_CASES,
  },
  {
    name: 'blind18',
    title: 'blind18 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND18_JOURNEY_CASES,
  },
  {
    name: 'blind19',
    title: 'blind19 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND19_JOURNEY_CASES,
  },
  {
    name: 'blind20',
    title: 'blind20 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND20_JOURNEY_CASES,
  },
  {
    name: 'blind21',
    title: 'blind21 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND21_JOURNEY_CASES,
  },
  {
    name: 'blind22',
    title: 'blind22 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND22_JOURNEY_CASES,
  },
  {
    name: 'blind23',
    title: 'blind23 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND23_JOURNEY_CASES,
  },
  {
    name: 'blind24',
    title: 'blind24 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND24_JOURNEY_CASES,
  },
  {
    name: 'blind25',
    title: 'blind25 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND25_JOURNEY_CASES,
  },
  {
    name: 'blind26',
    title: 'blind26 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND26_JOURNEY_CASES,
  },
  {
    name: 'blind27',
    title: 'blind27 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND27_JOURNEY_CASES,
  },
  {
    name: 'blind28',
    title: 'blind28 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND28_JOURNEY_CASES,
  },
  {
    name: 'blind29',
    title: 'blind29 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND29_JOURNEY_CASES,
  },
  {
    name: 'blind30',
    title: 'blind30 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND30_JOURNEY_CASES,
  },
  {
    name: 'blind31',
    title: 'blind31 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND31_JOURNEY_CASES,
  },
  {
    name: 'blind32',
    title: 'blind32 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND32_JOURNEY_CASES,
  },
  {
    name: 'blind33',
    title: 'blind33 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND33_JOURNEY_CASES,
  },
  {
    name: 'blind34',
    title: 'blind34 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND34_JOURNEY_CASES,
  },
  {
    name: 'blind35',
    title: 'blind35 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND35_JOURNEY_CASES,
  },
  {
    name: 'blind36',
    title: 'blind36 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND36_JOURNEY_CASES,
  },
  {
    name: 'blind37',
    title: 'blind37 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND37_JOURNEY_CASES,
  },
  {
    name: 'blind38',
    title: 'blind38 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND38_JOURNEY_CASES,
  },
  {
    name: 'blind39',
    title: 'blind39 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND39_JOURNEY_CASES,
  },
  {
    name: 'blind40',
    title: 'blind40 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND40_JOURNEY_CASES,
  },
  {
    name: 'blind41',
    title: 'blind41 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND41_JOURNEY_CASES,
  },
  {
    name: 'blind42',
    title: 'blind42 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND42_JOURNEY_CASES,
  },
  {
    name: 'blind43',
    title: 'blind43 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND43_JOURNEY_CASES,
  },
  {
    name: 'blind44',
    title: 'blind44 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND44_JOURNEY_CASES,
  },
  {
    name: 'blind45',
    title: 'blind45 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND45_JOURNEY_CASES,
  },
  {
    name: 'blind46',
    title: 'blind46 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND46_JOURNEY_CASES,
  },
  {
    name: 'blind47',
    title: 'blind47 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND47_JOURNEY_CASES,
  },
  {
    name: 'blind48',
    title: 'blind48 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND48_JOURNEY_CASES,
  },
  {
    name: 'blind49',
    title: 'blind49 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND49_JOURNEY_CASES,
  },
  {
    name: 'blind50',
    title: 'blind50 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND50_JOURNEY_CASES,
  },
  {
    name: 'blind51',
    title: 'blind51 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND51_JOURNEY_CASES,
  },
  {
    name: 'blind52',
    title: 'blind52 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND52_JOURNEY_CASES,
  },
  {
    name: 'blind53',
    title: 'blind53 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND53_JOURNEY_CASES,
  },
  {
    name: 'blind54',
    title: 'blind54 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND54_JOURNEY_CASES,
  },
  {
    name: 'blind55',
    title: 'blind55 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND55_JOURNEY_CASES,
  },
  {
    name: 'blind56',
    title: 'blind56 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND56_JOURNEY_CASES,
  },
  {
    name: 'blind57',
    title: 'blind57 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND57_JOURNEY_CASES,
  },
  {
    name: 'blind58',
    title: 'blind58 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND58_JOURNEY_CASES,
  },
  {
    name: 'blind59',
    title: 'blind59 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND59_JOURNEY_CASES,
  },
  {
    name: 'blind60',
    title: 'blind60 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND60_JOURNEY_CASES,
  },
  {
    name: 'blind61',
    title: 'blind61 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND61_JOURNEY_CASES,
  },
  {
    name: 'blind62',
    title: 'blind62 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND62_JOURNEY_CASES,
  },
  {
    name: 'blind63',
    title: 'blind63 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND63_JOURNEY_CASES,
  },
  {
    name: 'blind64',
    title: 'blind64 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND64_JOURNEY_CASES,
  },
  {
    name: 'blind65',
    title: 'blind65 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND65_JOURNEY_CASES,
  },
  {
    name: 'blind66',
    title: 'blind66 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND66_JOURNEY_CASES,
  },
  {
    name: 'blind67',
    title: 'blind67 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND67_JOURNEY_CASES,
  },
  {
    name: 'blind68',
    title: 'blind68 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND68_JOURNEY_CASES,
  },
  {
    name: 'blind69',
    title: 'blind69 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND69_JOURNEY_CASES,
  },
  {
    name: 'blind70',
    title: 'blind70 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND70_JOURNEY_CASES,
  },
  {
    name: 'blind71',
    title: 'blind71 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND71_JOURNEY_CASES,
  },
  {
    name: 'blind73',
    title: 'blind73 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND73_JOURNEY_CASES,
  },
  {
    name: 'blind72',
    title: 'blind72 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND72_JOURNEY_CASES,
  },
  {
    name: 'blind76',
    title: 'blind76 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND76_JOURNEY_CASES,
  },
  {
    name: 'blind75',
    title: 'blind75 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND75_JOURNEY_CASES,
  },
  {
    name: 'blind74',
    title: 'blind74 set (written before reading the builders, the extractor or the routing code)',
    cases: BLIND74_JOURNEY_CASES,
  },
];

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function chosenSets(names: string | undefined): typeof SETS {
  if (names === undefined) return SETS;
  const wanted = names.split(',').map((name) => name.trim());
  const unknown = wanted.filter((name) => !SETS.some((set) => set.name === name));
  if (unknown.length > 0) {
    throw new Error(`unknown set(s) ${unknown.join(', ')}; known: ${SETS.map((set) => set.name).join(', ')}`);
  }
  return SETS.filter((set) => wanted.includes(set.name));
}

async function main(): Promise<void> {
  const schemas = { kql: KQL_SCHEMA, spl: SPL_SCHEMA, sql: SQL_SCHEMA };
  const { checkers, close } = await createJourneyCheckers(schemas);
  const orchestrator = option('--orchestrator');
  const jsonFile = option('--json');
  const driver = orchestrator ? meshJourneyDriver(orchestrator) : undefined;
  const reports: Array<{ name: string; report: JourneyReport }> = [];
  try {
    const verbose = process.argv.includes('--verbose');
    process.stdout.write(`journeys ${orchestrator ? `through the mesh at ${orchestrator}` : 'in this process'}\n`);
    for (const set of chosenSets(option('--sets'))) {
      const report = await runJourneys(set.cases, { schemas, checkers, driver });
      reports.push({ name: set.name, report });
      process.stdout.write(`\n${set.title}\n${formatJourneyReport(report, verbose)}\n`);
    }
    const passed = reports.reduce((sum, { report }) => sum + report.passed, 0);
    const total = reports.reduce((sum, { report }) => sum + report.total, 0);
    process.stdout.write(`\nall sets: ${passed}/${total} passed\n`);
    if (jsonFile) {
      const results = reports.flatMap(({ name, report }) =>
        report.results.map(({ id, passed: ok, failures }) => ({ set: name, id, passed: ok, failures })),
      );
      writeFileSync(jsonFile, `${JSON.stringify(results, null, 1)}\n`);
    }
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});

/**
 * `npm run eval`: scores the planner's routing on labelled sets. Options: {@link USAGE} (`-- --help` prints it).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { httpRunner, type CaseResult, type RunnerSetup } from './case-runner';
import { parseEvalCases, type EvalCase } from './eval-case';
import { agentIdsOf, evalAgents } from './eval-request';
import { computeMetrics, sameSet, type EvalMetrics } from './metrics';
import { formatCalibration, formatConfusion, formatPlatformTable, formatSummary } from './report-format';
import { formatSpread, parseSeeds, shuffledBy, type SpreadRow } from './seed-spread';
import { formatCurve, runCurvePoint, SWEEP_ACCURACIES, type CurvePoint } from './simulated-sweep';

/** What `npm run eval -- --help` prints; an unknown option prints it too. */
const USAGE = `\`npm run eval\`: scores the planner's routing on labelled sets.
  (no set given)    ../shared/eval/dev.jsonl, the surrogate held-out sets in tools/eval/surrogate (see its
                    README) and ../shared/eval/dev2.jsonl, each with its catalog
  --cases <file>    one set, JSON lines; --catalog <file> its schema_hints
  --url <base>      score a running planner over HTTP (POST {url}/a2a/task) instead of in-process
  --simulated-llm <accuracy>  in-process, the hybrid pipeline against a simulated model right that share of the time
  --sweep           also the simulated-model curve: heuristics alone, then right 100 %, 85 %, 70 %, 60 %
                    (printed by default when neither --cases nor --simulated-llm is given)
  --seed <n>        which questions the simulated model gets wrong (default 1)
  --seeds <a-b|list>  the curve for each of these seeds (each printed as with --seed), then its mean / min per point
  --orders <n>      with --seeds: also each curve in n seeded shuffled orders of the cases (arrival order varies)
  --out <dir>       JSON reports (default reports/eval)
  --verbose         also print every miss
The last three lines are the headline figures of the last set (dev2 by default), as a hook reads them.`;

const WORKSPACE = resolve(__dirname, '..', '..');
const EVAL_DIR = resolve(WORKSPACE, '../shared/eval');

interface EvalSet {
  readonly name: string;
  readonly casesFile: string;
  readonly catalogFile: string;
}

const SURROGATE_DIR = resolve(__dirname, 'surrogate');

/** A surrogate held-out set in tools/eval/surrogate: `<name>.jsonl` scored with `catalog.<name>.json`. */
function surrogateSet(name: string): EvalSet {
  return {
    name,
    casesFile: resolve(SURROGATE_DIR, `${name}.jsonl`),
    catalogFile: resolve(SURROGATE_DIR, `catalog.${name}.json`),
  };
}

/** dev2 stays last: the closing headline lines are its figures. */
const DEFAULT_SETS: readonly EvalSet[] = [
  { name: 'dev', casesFile: resolve(EVAL_DIR, 'dev.jsonl'), catalogFile: resolve(EVAL_DIR, 'catalog.dev.json') },
  surrogateSet('rsec'),
  surrogateSet('rsql'),
  surrogateSet('rsec2'),
  surrogateSet('rsec3'),
  surrogateSet('rsec4'),
  surrogateSet('rsec5'),
  surrogateSet('rsec6'),
  surrogateSet('rsec7'),
  surrogateSet('rsec8'),
  surrogateSet('rsec9'),
  surrogateSet('rsec10'),
  surrogateSet('rsec11'),
  surrogateSet('rsec12'),
  surrogateSet('rsec13'),
  surrogateSet('rsec14'),
  { name: 'dev2', casesFile: resolve(EVAL_DIR, 'dev2.jsonl'), catalogFile: resolve(EVAL_DIR, 'catalog.dev2.json') },
];

function loadSet(set: EvalSet): { cases: EvalCase[]; setup: RunnerSetup } {
  const { cases, errors } = parseEvalCases(readFileSync(set.casesFile, 'utf8'));
  for (const error of errors) console.warn(`skipped ${set.name} ${error}`);
  const agents = evalAgents();
  return {
    cases,
    setup: {
      schemaHints: JSON.parse(readFileSync(set.catalogFile, 'utf8')),
      agents,
      knownAgentIds: agentIdsOf(agents),
    },
  };
}

function printReport(
  set: EvalSet,
  mode: string,
  results: readonly CaseResult[],
  metrics: EvalMetrics,
  verbose: boolean,
  out: string,
): void {
  const misses = results.filter((r) => !sameSet(r.expectedPlatforms, r.predictedPlatforms));
  if (verbose) {
    for (const r of misses)
      console.log(
        `MISS ${r.id} expected ${r.expectedPlatforms.join('+')} got ${r.predictedPlatforms.join('+') || '-'} (conf ${r.confidence}) ${r.error ?? ''}\n    ${r.naturalLanguage.slice(0, 160)}\n    ${r.reasoning.slice(0, 300)}`,
      );
  }
  for (const r of results.filter((x) => x.violations.length > 0))
    console.log(`INVALID ${r.id}: ${r.violations.join('; ')}`);
  const failed = results.filter((r) => r.error);
  if (failed.length > 0)
    console.log(`${failed.length} case(s) failed to plan, e.g. ${failed[0]!.id}: ${failed[0]!.error}`);
  const durations = results.map((r) => r.durationMs).sort((a, b) => a - b);
  const at = (q: number) => durations[Math.min(durations.length - 1, Math.floor(durations.length * q))] ?? 0;
  console.log(`\n== ${set.name}: routing on ${set.casesFile} (${mode}), report ${out}`);
  console.log(
    [...formatPlatformTable(metrics), '', ...formatConfusion(metrics), '', ...formatCalibration(metrics)].join('\n'),
  );
  console.log(`misses ${misses.map((r) => r.id).join(' ') || '-'}`);
  console.log(`latency per case: p50 ${at(0.5).toFixed(2)} ms, p99 ${at(0.99).toFixed(2)} ms`);
  console.log(formatSummary(metrics).join('\n'));
}

/** The curve for each seed (printed as one --seed run prints it), then mean / min per point over seeds and orders. */
async function seedSpread(
  name: string,
  setup: RunnerSetup,
  cases: readonly EvalCase[],
  seeds: readonly number[],
  orders: number,
): Promise<string[]> {
  const accuracies: readonly (number | null)[] = [null, ...SWEEP_ACCURACIES];
  const rows = accuracies.map((accuracy) => ({ accuracy, fileOrder: [] as number[], shuffled: [] as number[] }));
  const lines: string[] = [];
  const heuristics = await runCurvePoint(setup, cases, null, seeds[0]!);
  for (const seed of seeds) {
    const points: CurvePoint[] = [heuristics];
    for (const accuracy of SWEEP_ACCURACIES) points.push(await runCurvePoint(setup, cases, accuracy, seed));
    points.forEach((p, i) => rows[i]!.fileOrder.push(p.metrics.exactAccuracy));
    lines.push(...formatCurve(name, points, seed), '');
    for (let order = 1; order <= orders; order += 1) {
      const shuffled = shuffledBy(cases, seed * 1000 + order);
      rows[0]!.shuffled.push(heuristics.metrics.exactAccuracy);
      for (const [i, accuracy] of SWEEP_ACCURACIES.entries())
        rows[i + 1]!.shuffled.push((await runCurvePoint(setup, shuffled, accuracy, seed)).metrics.exactAccuracy);
    }
  }
  return [...lines, ...formatSpread(name, seeds, orders, rows satisfies SpreadRow[])];
}

/** The command line, or the message to print instead when it cannot be read. */
function readArgs(): ReturnType<typeof parseOptions> | { readonly error: string } {
  try {
    return parseOptions();
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

function parseOptions() {
  return parseArgs({
    options: {
      cases: { type: 'string' },
      catalog: { type: 'string' },
      url: { type: 'string' },
      out: { type: 'string' },
      'simulated-llm': { type: 'string' },
      sweep: { type: 'boolean', default: false },
      seed: { type: 'string', default: '1' },
      seeds: { type: 'string' },
      orders: { type: 'string', default: '0' },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
}

async function main(): Promise<number> {
  const args = readArgs();
  if ('error' in args) {
    console.error(`${args.error}\n\n${USAGE}`);
    return 2;
  }
  const { values } = args;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const seed = Number(values.seed);
  const simulated = values['simulated-llm'] === undefined ? null : Number(values['simulated-llm']);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got ${values.seed}`);
  const spreadSeeds = values.seeds === undefined ? null : parseSeeds(values.seeds);
  const orders = Number(values.orders);
  if (!(Number.isInteger(orders) && orders >= 0 && orders <= 100))
    throw new Error(`--orders must be an integer in [0, 100], got ${values.orders}`);
  if (values.url && spreadSeeds) throw new Error('--seeds runs in-process; it does not combine with --url');
  if (simulated !== null && !(simulated >= 0 && simulated <= 1))
    throw new Error(`--simulated-llm must be an accuracy in [0, 1], got ${values['simulated-llm']}`);
  if (values.url && (simulated !== null || values.sweep))
    throw new Error('--simulated-llm and --sweep run in-process; they do not combine with --url');
  const sets: readonly EvalSet[] = values.cases
    ? [
        {
          name: basename(values.cases).replace(/\.jsonl$/, ''),
          casesFile: values.cases,
          catalogFile: values.catalog ?? resolve(EVAL_DIR, 'catalog.dev.json'),
        },
      ]
    : DEFAULT_SETS;
  const outDir = values.out ?? resolve(WORKSPACE, 'reports/eval');
  mkdirSync(outDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');

  const curves: string[] = [];
  let last: EvalMetrics | undefined;
  for (const set of sets) {
    const { cases, setup } = loadSet(set);
    let main: { results: readonly CaseResult[]; metrics: EvalMetrics };
    let mode: string;
    let points: CurvePoint[] = [];
    if (values.url) {
      const run = httpRunner(setup, values.url);
      const results: CaseResult[] = [];
      for (const evalCase of cases) results.push(await run(evalCase));
      main = { results, metrics: computeMetrics(results) };
      mode = `HTTP ${values.url}`;
    } else {
      // One untimed case first, so module loading and JIT warm-up do not count as latency.
      if (cases[0]) await runCurvePoint(setup, cases.slice(0, 1), null, seed);
      main = await runCurvePoint(setup, cases, simulated, seed);
      mode =
        simulated === null
          ? 'in-process, heuristics'
          : `in-process, hybrid with a simulated model right ${simulated * 100} %`;
      if (values.sweep || (!values.cases && simulated === null)) {
        const heuristics = simulated === null ? (main as CurvePoint) : await runCurvePoint(setup, cases, null, seed);
        points = [heuristics];
        for (const accuracy of SWEEP_ACCURACIES)
          points.push(
            accuracy === simulated ? (main as CurvePoint) : await runCurvePoint(setup, cases, accuracy, seed),
          );
        curves.push(...formatCurve(set.name, points, seed), '');
      }
      if (spreadSeeds) curves.push(...(await seedSpread(set.name, setup, cases, spreadSeeds, orders)), '');
    }
    const out = resolve(outDir, `eval-${set.name}-${stamp}.json`);
    const curve = points.map((p) => ({
      accuracy: p.accuracy,
      metrics: p.metrics,
      winners: p.winners,
      estimate: p.estimate,
    }));
    writeFileSync(
      out,
      JSON.stringify(
        {
          mode,
          casesFile: set.casesFile,
          catalogFile: set.catalogFile,
          metrics: main.metrics,
          curve,
          cases: main.results,
        },
        null,
        2,
      ),
    );
    printReport(set, mode, main.results, main.metrics, values.verbose, out);
    last = main.metrics;
  }
  if (curves.length > 0) console.log(`\n${curves.join('\n')}`);
  if (last && sets.length > 1) console.log(`\n${sets[sets.length - 1]!.name}\n${formatSummary(last).join('\n')}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? `npm run eval: ${error.message}` : error);
    process.exit(1);
  },
);

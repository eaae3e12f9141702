/**
 * `npm run eval`: scores the planner's routing on a labelled set.
 *   --cases <file>    JSON lines (default ../shared/eval/dev.jsonl)
 *   --catalog <file>  schema_hints for every request (default ../shared/eval/catalog.dev.json)
 *   --url <base>      score a running planner over HTTP (POST {url}/a2a/task) instead of in-process
 *   --out <file>      JSON report (default reports/eval/eval-<timestamp>.json)
 *   --verbose         also print every miss
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { httpRunner, inProcessRunner, type CaseResult, type RunnerSetup } from './case-runner';
import { parseEvalCases } from './eval-case';
import { agentIdsOf, evalAgents } from './eval-request';
import { computeMetrics, sameSet } from './metrics';
import { formatCalibration, formatConfusion, formatPlatformTable, formatSummary } from './report-format';

const WORKSPACE = resolve(__dirname, '..', '..');

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      cases: { type: 'string', default: resolve(WORKSPACE, '../shared/eval/dev.jsonl') },
      catalog: { type: 'string', default: resolve(WORKSPACE, '../shared/eval/catalog.dev.json') },
      url: { type: 'string' },
      out: { type: 'string' },
      verbose: { type: 'boolean', default: false },
    },
  });
  const { cases, errors } = parseEvalCases(readFileSync(values.cases, 'utf8'));
  for (const error of errors) console.warn(`skipped ${error}`);
  const agents = evalAgents();
  const setup: RunnerSetup = { schemaHints: JSON.parse(readFileSync(values.catalog, 'utf8')), agents, knownAgentIds: agentIdsOf(agents) };
  const run = values.url ? httpRunner(setup, values.url) : inProcessRunner(setup);

  const results: CaseResult[] = [];
  // One untimed call first, so module loading and JIT warm-up do not count as latency.
  if (!values.url && cases[0]) await run(cases[0]);
  for (const evalCase of cases) results.push(await run(evalCase));
  const metrics = computeMetrics(results);

  const misses = results.filter((r) => !sameSet(r.expectedPlatforms, r.predictedPlatforms));
  if (values.verbose) {
    for (const r of misses) console.log(`MISS ${r.id} expected ${r.expectedPlatforms.join('+')} got ${r.predictedPlatforms.join('+') || '-'} (conf ${r.confidence}) ${r.error ?? ''}\n    ${r.naturalLanguage.slice(0, 160)}\n    ${r.reasoning.slice(0, 300)}`);
  }
  const invalid = results.filter((r) => r.violations.length > 0);
  for (const r of invalid) console.log(`INVALID ${r.id}: ${r.violations.join('; ')}`);
  const failed = results.filter((r) => r.error);
  if (failed.length > 0) console.log(`${failed.length} case(s) failed to plan, e.g. ${failed[0]!.id}: ${failed[0]!.error}`);

  const out = values.out ?? resolve(WORKSPACE, 'reports/eval', `eval-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ mode: values.url ? `http ${values.url}` : 'in-process', casesFile: values.cases, catalogFile: values.catalog, metrics, cases: results }, null, 2));

  const durations = results.map((r) => r.durationMs).sort((a, b) => a - b);
  const at = (q: number) => durations[Math.min(durations.length - 1, Math.floor(durations.length * q))] ?? 0;
  console.log(`\nrouting on ${values.cases} (${values.url ? `HTTP ${values.url}` : 'in-process'}), report ${out}`);
  console.log([...formatPlatformTable(metrics), '', ...formatConfusion(metrics), '', ...formatCalibration(metrics)].join('\n'));
  console.log(`misses ${misses.map((r) => r.id).join(' ') || '-'}`);
  console.log(`latency per case: p50 ${at(0.5).toFixed(2)} ms, p99 ${at(0.99).toFixed(2)} ms`);
  console.log(formatSummary(metrics).join('\n'));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

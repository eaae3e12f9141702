/**
 * The journey-quality sets through the built mesh (`POST /journeys`, as a user and the held-back
 * journey checks send them) against the same sets in one process (`npm run eval:journeys`, what
 * `npm test` and the README measure): every question must give the same platforms, the same
 * queries and the same verdict both ways, so the in-process figures are the mesh's figures. The mesh's run is
 * checked against the in-process run before it, and when a case differs, against one after it too: a question that
 * names a time of today ("since 6am") may read one side of that hour in one run and the other in the next.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { LOG_DIR, startMesh, type Mesh } from './mesh-harness';

const ROOT = resolve(__dirname, '..', '..');
const run = promisify(execFile);

interface CaseResult {
  readonly set: string;
  readonly id: string;
  readonly passed: boolean;
  readonly failures: readonly string[];
}

/** `npm run eval:journeys` (in process, or through the mesh at `orchestrator`): its report and results. */
async function journeys(name: string, orchestrator?: string): Promise<{ report: string; results: CaseResult[] }> {
  const jsonFile = join(LOG_DIR, `journeys-${name}.json`);
  const args = ['run', '--silent', 'eval:journeys', '--', '--json', jsonFile];
  if (orchestrator) args.push('--orchestrator', orchestrator);
  const { stdout } = await run('npm', args, { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, timeout: 240_000 });
  return { report: stdout, results: JSON.parse(readFileSync(jsonFile, 'utf8')) as CaseResult[] };
}

/**
 * The report without its first line (which says where the journeys ran), with the time of day of a
 * window that ends now masked: the two runs read the clock seconds apart ("… < '2026-11-27 02:36:23'").
 * Dates, and times at a day's start, stay as written.
 */
const body = (report: string) =>
  report
    .split('\n')
    .slice(1)
    .join('\n')
    .replace(/(\d{4}-\d{2}-\d{2}[ T])(?!00:00:00)\d{2}:\d{2}:\d{2}(?:\.\d+)?/g, '$1<now>');

let mesh: Mesh;

beforeAll(async () => {
  mesh = await startMesh({ LOG_LEVEL: 'warn' });
}, 90_000);

afterAll(async () => {
  await mesh?.stopAll();
}, 30_000);

/** Each mesh result that equals neither in-process run's result for its case. */
function unmatched(mesh: readonly CaseResult[], ...inProcess: ReadonlyArray<readonly CaseResult[]>): CaseResult[] {
  const key = (r: CaseResult) => `${r.set}\u0000${r.id}`;
  const runs = inProcess.map((results) => new Map(results.map((r) => [key(r), JSON.stringify(r)])));
  return mesh.filter((r) => !runs.some((run) => run.get(key(r)) === JSON.stringify(r)));
}

describe(`the journey-quality sets through the mesh (logs in ${LOG_DIR})`, () => {
  it('should give every question the same platforms, queries and verdict as the in-process run', async () => {
    const before = await journeys('in-process');
    const throughMesh = await journeys('mesh', mesh.orchestratorUrl);
    expect(throughMesh.results.length).toBeGreaterThanOrEqual(160);
    expect(throughMesh.results.map((r) => r.id)).toEqual(before.results.map((r) => r.id));
    if (unmatched(throughMesh.results, before.results).length === 0) {
      expect(body(throughMesh.report)).toEqual(body(before.report));
      return;
    }
    // The runs are minutes apart on a busy machine: a question that names a time of today ("since 6am") reads one
    // side of that hour in one run and the other in the next. The mesh's run lies between two in-process runs, so
    // each of its cases must equal the one before it or the one after it; a real difference equals neither.
    const after = await journeys('in-process-again');
    expect(unmatched(throughMesh.results, before.results, after.results)).toEqual([]);
  }, 600_000);
});

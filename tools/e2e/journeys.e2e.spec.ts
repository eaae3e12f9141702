/**
 * The journey-quality sets through the built mesh (`POST /journeys`, as a user and the held-back
 * journey checks send them) against the same sets in one process (`npm run eval:journeys`, what
 * `npm test` and the README measure): every question must give the same platforms, the same
 * queries and the same verdict both ways, so the in-process figures are the mesh's figures. (The two
 * runs are seconds apart; a run across midnight UTC could see two different "today"s.)
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

describe(`the journey-quality sets through the mesh (logs in ${LOG_DIR})`, () => {
  it('should give every question the same platforms, queries and verdict as the in-process run', async () => {
    const [throughMesh, inProcess] = [await journeys('mesh', mesh.orchestratorUrl), await journeys('in-process')];

    expect(throughMesh.results.length).toBeGreaterThanOrEqual(160);
    expect(throughMesh.results).toEqual(inProcess.results);
    expect(body(throughMesh.report)).toEqual(body(inProcess.report));
  }, 300_000);
});

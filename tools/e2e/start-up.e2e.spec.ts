/**
 * Start-up failures of the built apps: the process ends with code 1 and says why on stderr,
 * even after its logs went to pino.
 */
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');

function run(app: string, env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [resolve(ROOT, 'dist/apps', app, 'main.js')], {
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolveRun({ code, stderr });
    });
  });
}

describe('start-up failures', () => {
  let occupied: Server;
  let port: number;

  beforeAll(async () => {
    occupied = createServer();
    await new Promise<void>((resolveListen) => occupied.listen(0, '127.0.0.1', resolveListen));
    port = (occupied.address() as { port: number }).port;
  });

  afterAll(() => new Promise<void>((resolveClose) => occupied.close(() => resolveClose())));

  it('a planner whose port is taken exits with code 1 and names the cause', async () => {
    const { code, stderr } = await run('planner', { PLANNER_HOST: '127.0.0.1', PLANNER_PORT: String(port) });

    expect(code).toBe(1);
    expect(stderr).toContain('EADDRINUSE');
  });

  it('a knowledge agent whose port is taken exits with code 1 and names the cause', async () => {
    const { code, stderr } = await run('mock-knowledge', {
      KNOWLEDGE_DOMAIN: 'sop',
      HOST: '127.0.0.1',
      PORT: String(port),
    });

    expect(code).toBe(1);
    expect(stderr).toContain('EADDRINUSE');
  });
});

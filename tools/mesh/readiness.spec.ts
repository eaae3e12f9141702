import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetchProbe, waitUntilHealthy, type Probe } from './readiness';

/** A fake clock: sleeping advances it, probes are instant. */
function fakeTime() {
  let now = 0;
  return { now: () => now, sleep: async (ms: number) => void (now += ms) };
}

describe('waitUntilHealthy', () => {
  it('is ready once every target has answered, each only once', async () => {
    const answers: Record<string, boolean[]> = { a: [false, true], b: [false, false, true] };
    const asked: string[] = [];
    const probe: Probe = async (url) => {
      asked.push(url);
      return answers[url]!.shift() ?? false;
    };

    const outcome = await waitUntilHealthy(
      [
        { name: 'a', url: 'a' },
        { name: 'b', url: 'b' },
      ],
      { timeoutMs: 10_000, intervalMs: 100, probe, ...fakeTime() },
    );

    expect(outcome).toEqual({ ready: true, elapsedMs: 200 });
    expect(asked).toEqual(['a', 'b', 'a', 'b', 'b']);
  });

  it('names the targets still silent at the deadline', async () => {
    const probe: Probe = async (url) => url === 'a';

    const outcome = await waitUntilHealthy(
      [
        { name: 'a', url: 'a' },
        { name: 'b', url: 'b' },
      ],
      { timeoutMs: 1000, intervalMs: 300, probe, ...fakeTime() },
    );

    expect(outcome).toEqual({ ready: false, elapsedMs: 1000, pending: ['b'] });
  });

  it('stops when the signal aborts', async () => {
    const controller = new AbortController();
    const probe: Probe = async () => {
      controller.abort();
      return false;
    };

    const outcome = await waitUntilHealthy([{ name: 'a', url: 'a' }], {
      timeoutMs: 60_000,
      probe,
      signal: controller.signal,
      ...fakeTime(),
    });

    expect(outcome).toMatchObject({ ready: false, pending: ['a'] });
  });

  it('is ready at once for no targets', async () => {
    await expect(waitUntilHealthy([], { timeoutMs: 1, ...fakeTime() })).resolves.toEqual({ ready: true, elapsedMs: 0 });
  });
});

describe('fetchProbe (loopback)', () => {
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/slow') return void setTimeout(() => response.end('late'), 2000).unref();
      response.writeHead(request.url === '/health' ? 200 : 503);
      response.end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('is true for a 2xx answer', async () => {
    await expect(fetchProbe(`${base}/health`, 1000)).resolves.toBe(true);
  });

  it('is false for an error status, a timeout, or nothing listening', async () => {
    await expect(fetchProbe(`${base}/down`, 1000)).resolves.toBe(false);
    await expect(fetchProbe(`${base}/slow`, 100)).resolves.toBe(false);
    await expect(fetchProbe('http://127.0.0.1:1/health', 1000)).resolves.toBe(false);
  });
});

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import { HttpDrain } from './http-drain';

/**
 * Sends `count` concurrent POSTs from a worker thread (its own event loop: the server's busy
 * loop must not also hold up the client), and reports how many were answered and how many failed.
 */
function concurrentClient(url: string, count: number): Promise<{ answered: number; failed: number }> {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    const { url, count } = workerData;
    Promise.allSettled(Array.from({ length: count }, (_, i) =>
      fetch(url + '/r' + i, { method: 'POST', body: 'x', signal: AbortSignal.timeout(20000) }).then((r) => r.text().then(() => r.status)),
    )).then((settled) => parentPort.postMessage({
      answered: settled.filter((s) => s.status === 'fulfilled' && s.value === 200).length,
      failed: settled.filter((s) => s.status === 'rejected').length, errors: settled.filter((s) => s.status === 'rejected').slice(0, 3).map((s) => String(s.reason && (s.reason.cause || s.reason))),
    }));`;
  const worker = new Worker(code, { eval: true, workerData: { url, count } });
  return new Promise((resolve, reject) => {
    worker.once(
      'message',
      (message: { answered: number; failed: number }) => void worker.terminate().then(() => resolve(message)),
    );
    worker.once('error', reject);
  });
}

/** A server whose every answer costs `busyMs` of synchronous work, as heavy planning does. */
function busyServer(busyMs: number): Server {
  return createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      const until = Date.now() + busyMs;
      while (Date.now() < until) {
        // the event loop is blocked, as by a heavy request
      }
      response.setHeader('content-type', 'application/json');
      response.end('{"ok":true}');
    });
  });
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('HttpDrain', () => {
  it('answers all of 50 concurrent heavy requests when the drain starts mid-way, then refuses new connections', async () => {
    const server = busyServer(80);
    const drain = new HttpDrain(server);
    const url = await listen(server);
    const firstRequest = new Promise((resolve) => server.once('request', resolve));
    const client = concurrentClient(url, 50);
    // The signal comes while the first heavy request holds the loop: most connections are not accepted yet.
    await firstRequest;

    // quietMs 500: on a loaded 2-core CI machine the client's own thread can lag its first requests by more than
    // the default 100 ms; a request not yet sent is not an accepted one, and this test is about the accepted ones.
    const drained = drain.drain({ timeoutMs: 15_000, quietMs: 500 });
    const result = await client;
    const outcome = await drained;

    expect(result).toEqual({ answered: 50, failed: 0, errors: [] });
    expect(outcome).toMatchObject({ drained: true, cutOff: 0 });
    await expect(fetch(`${url}/late`, { signal: AbortSignal.timeout(1000) })).rejects.toThrow();
  }, 30_000);

  it('cuts requests off at the deadline', async () => {
    const server = createServer(() => undefined); // never answers
    const drain = new HttpDrain(server);
    const url = await listen(server);
    const hanging = fetch(`${url}/hang`, { signal: AbortSignal.timeout(10_000) }).then(
      () => 'answered',
      () => 'cut off',
    );
    await new Promise((resolve) => setTimeout(resolve, 100));

    const outcome = await drain.drain({ timeoutMs: 300 });

    expect(outcome).toMatchObject({ drained: false, cutOff: 1 });
    expect(await hanging).toBe('cut off');
  });

  it('closes idle keep-alive connections once nothing is running', async () => {
    const server = busyServer(0);
    const drain = new HttpDrain(server);
    const url = await listen(server);
    await (await fetch(`${url}/warm`)).text();

    const started = Date.now();
    const outcome = await drain.drain({ timeoutMs: 5000, quietMs: 50 });

    expect(outcome.drained).toBe(true);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

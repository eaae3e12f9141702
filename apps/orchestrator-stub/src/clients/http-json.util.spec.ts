import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpCallError, requestJson, wireError } from './http-json.util';

describe('requestJson (against a loopback server)', () => {
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (c: Buffer) => chunks.push(c));
      request.on('end', () => {
        if (request.url === '/echo') {
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end(
            JSON.stringify({
              method: request.method,
              auth: request.headers['authorization'] ?? null,
              type: request.headers['content-type'] ?? null,
              body: Buffer.concat(chunks).toString(),
            }),
          );
        } else if (request.url === '/text') {
          response.writeHead(502);
          response.end('<html>bad gateway</html>');
        } else if (request.url === '/big') {
          response.writeHead(200);
          response.end('x'.repeat(5000));
        } else if (request.url === '/slow') {
          setTimeout(() => response.end('{}'), 2000).unref();
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('posts JSON with the given headers and parses the answer', async () => {
    const reply = await requestJson({
      method: 'POST',
      url: `${base}/echo`,
      body: { a: 1 },
      headers: { authorization: 'Bearer k' },
      signal: AbortSignal.timeout(2000),
    });

    expect(reply).toEqual({
      status: 200,
      body: { method: 'POST', auth: 'Bearer k', type: 'application/json', body: '{"a":1}' },
    });
  });

  it('resolves with an undefined body for an answer that is not JSON', async () => {
    await expect(
      requestJson({ method: 'GET', url: `${base}/text`, signal: AbortSignal.timeout(2000) }),
    ).resolves.toEqual({ status: 502, body: undefined });
  });

  it('rejects with timeout when the server is slower than the signal', async () => {
    const started = performance.now();

    const call = requestJson({ method: 'GET', url: `${base}/slow`, signal: AbortSignal.timeout(100) });

    await expect(call).rejects.toEqual(expect.objectContaining({ kind: 'timeout' }));
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('rejects with aborted when the caller aborts', async () => {
    const controller = new AbortController();
    const call = requestJson({ method: 'GET', url: `${base}/slow`, signal: controller.signal });
    controller.abort();

    await expect(call).rejects.toEqual(expect.objectContaining({ kind: 'aborted' }));
  });

  it('rejects with unreachable and the reason when nothing listens', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));

    const call = requestJson({ method: 'GET', url: `http://127.0.0.1:${port}/`, signal: AbortSignal.timeout(2000) });

    await expect(call).rejects.toEqual(new HttpCallError('unreachable', 'ECONNREFUSED'));
  });

  it('rejects with too_large for an answer over maxBytes', async () => {
    await expect(
      requestJson({ method: 'GET', url: `${base}/big`, signal: AbortSignal.timeout(2000), maxBytes: 1000 }),
    ).rejects.toEqual(expect.objectContaining({ kind: 'too_large' }));
  });
});

describe('wireError', () => {
  it('reads the error of the wire format', () => {
    expect(wireError({ status: 'failed', error: { code: 'X', message: 'm', details: [1] } })).toEqual({
      code: 'X',
      message: 'm',
      details: [1],
    });
  });

  it('returns undefined for anything else', () => {
    expect(wireError(undefined)).toBeUndefined();
    expect(wireError({ error: 'boom' })).toBeUndefined();
    expect(wireError({ error: { message: 'no code' } })).toBeUndefined();
  });
});

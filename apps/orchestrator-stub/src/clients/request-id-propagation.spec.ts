import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runWithRequestContext } from '@mesh/nest-a2a';
import { requestJson } from './http-json.util';

describe('request id propagation', () => {
  let server: Server;
  let seen: IncomingHttpHeaders[] = [];
  let url = '';

  beforeAll(async () => {
    server = createServer((request, response) => {
      seen.push(request.headers);
      response.setHeader('content-type', 'application/json');
      response.end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  beforeEach(() => {
    seen = [];
  });

  it('sends the current request id to the next service', async () => {
    await runWithRequestContext({ requestId: 'journey-req-7' }, () =>
      requestJson({ method: 'GET', url, signal: AbortSignal.timeout(2000) }),
    );

    expect(seen[0]!['x-request-id']).toBe('journey-req-7');
  });

  it('sends none outside a request', async () => {
    await requestJson({ method: 'GET', url, signal: AbortSignal.timeout(2000) });

    expect(seen[0]!['x-request-id']).toBeUndefined();
  });
});

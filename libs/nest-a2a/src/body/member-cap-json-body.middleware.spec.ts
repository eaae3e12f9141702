import { gzipSync } from 'node:zlib';
import express, { type NextFunction, type Request, type Response } from 'express';
import request from 'supertest';
import { DeferredJsonBody } from './deferred-json-body';
import { memberCapJsonBodyParser } from './member-cap-json-body.middleware';

const CAPS = { paths: [['hints']], maxMembers: 2, reservedKeys: new Set(['__proto__']), maxDepthBelow: 10 };

/** An app that answers what the parser left in `request.body`: a deferred body's text, or the parsed value. */
function appDeferringFrom(bytes: number) {
  const app = express();
  app.use(memberCapJsonBodyParser({ limit: '1kb', caps: CAPS, defer: (_request, length) => length >= bytes }));
  app.post('/', (req: Request, res: Response) => {
    const body: unknown = req.body;
    res.json(
      body instanceof DeferredJsonBody ? { deferred: Buffer.from(body.bytes).toString('utf8') } : { parsed: body },
    );
  });
  app.use((error: { status?: number }, _req: Request, res: Response, _next: NextFunction) => {
    res.status(error.status ?? 500).json({ error: String(error) });
  });
  return app;
}

describe('memberCapJsonBodyParser with defer', () => {
  const text = JSON.stringify({ hints: { a: 1, b: 2, c: 3 } });

  it('hands a body the predicate picks on as its bytes, not parsed nor cut', async () => {
    const response = await request(appDeferringFrom(10)).post('/').set('content-type', 'application/json').send(text);

    expect(response.body).toEqual({ deferred: text });
  });

  it('parses (and cuts) a body the predicate leaves', async () => {
    const response = await request(appDeferringFrom(10_000))
      .post('/')
      .set('content-type', 'application/json')
      .send(text);

    expect(response.body).toEqual({ parsed: { hints: { a: 1, b: 2 } } });
  });

  it('inflates a compressed body before handing it on', async () => {
    const response = await request(appDeferringFrom(10))
      .post('/')
      .set('content-type', 'application/json')
      .set('content-encoding', 'gzip')
      .serialize((bytes: Buffer) => bytes as unknown as string)
      .send(gzipSync(text));

    expect(response.body).toEqual({ deferred: text });
  });

  it('keeps the body limit for deferred bodies', async () => {
    const large = JSON.stringify({ hints: {}, padding: 'x'.repeat(2_000) });

    await request(appDeferringFrom(10)).post('/').set('content-type', 'application/json').send(large).expect(413);
  });

  it('parses a body in another Unicode charset itself', async () => {
    const response = await request(appDeferringFrom(10))
      .post('/')
      .set('content-type', 'application/json; charset=utf-16le')
      .serialize((bytes: Buffer) => bytes as unknown as string)
      .send(Buffer.from(text, 'utf16le'));

    expect(response.body).toEqual({ parsed: { hints: { a: 1, b: 2 } } });
  });
});

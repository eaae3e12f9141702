import { Body, Controller, HttpCode, Module, Post } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { configureA2AApp } from './configure-a2a-app';

@Controller()
class EchoController {
  @Post('a2a/task')
  @HttpCode(200)
  task(@Body() body: Record<string, unknown>): Record<string, unknown> {
    return body;
  }
}

@Module({ controllers: [EchoController] })
class EchoModule {}

describe('A2AExceptionFilter on bodies that do not decode', () => {
  let app: NestExpressApplication;
  let url: string;
  beforeAll(async () => {
    const module = await Test.createTestingModule({ imports: [EchoModule] }).compile();
    app = configureA2AApp(module.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: false }), {
      bodyLimit: '10kb',
    });
    await app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/a2a/task`;
  });
  afterAll(() => app.close());

  // fetch, not supertest: superagent re-encodes a Buffer sent as JSON.
  const post = async (encoding: string, bytes: Buffer) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': encoding },
      body: bytes,
    });
    return { status: response.status, body: (await response.json()) as unknown };
  };

  it('answers a corrupt gzip body with 400 in the error format', async () => {
    const response = await post('gzip', Buffer.from('1f8b0800000000000003ffff', 'hex'));

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ status: 'failed', error: { code: 'MALFORMED_JSON' } });
  });

  it('answers a truncated gzip body and a corrupt deflate body with 400', async () => {
    const truncated = gzipSync(Buffer.from(JSON.stringify({ task_id: 't', action: 'x', parameters: {} }))).subarray(
      0,
      15,
    );

    expect((await post('gzip', truncated)).status).toBe(400);
    expect((await post('deflate', Buffer.from('not deflate at all'))).status).toBe(400);
    expect((await post('br', Buffer.from('ffffffff', 'hex'))).status).toBe(400);
    expect((await post('br', Buffer.from('1f8b0800000000000003ffff', 'hex'))).status).toBe(400);
  });

  it('still reads a well-formed gzip body', async () => {
    const response = await post('gzip', gzipSync(Buffer.from(JSON.stringify({ task_id: 't', action: 'x' }))));

    expect(response.body).toEqual({ task_id: 't', action: 'x' });
  });
});

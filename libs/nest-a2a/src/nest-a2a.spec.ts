import { Body, Controller, Get, HttpCode, Module, Post } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { Writable } from 'node:stream';
import pino from 'pino';
import request from 'supertest';
import { A2ATaskRequest } from '@mesh/a2a-contracts';
import { configureA2AApp } from './configure-a2a-app';
import { MetricsModule } from './observability/metrics';
import { REDACTED_PATHS } from './observability/logging';
import { currentRequestId, requestIdFrom } from './observability/request-context';
import { RequestContextMiddleware } from './observability/request-context.middleware';
import { ProtectionModule } from './protection/protection.module';
import { PublicRoute } from './protection/public-route.decorator';

@Controller()
class EchoController {
  @Post('a2a/task')
  @HttpCode(200)
  task(@Body() body: A2ATaskRequest): { task_id: string; request_id: string | undefined } {
    return { task_id: body.task_id, request_id: currentRequestId() };
  }

  @Get('health')
  @PublicRoute()
  health(): { status: string } {
    return { status: 'ok' };
  }
}

async function appWith(protection: { apiKey?: string; rateLimitRps: number }): Promise<NestExpressApplication> {
  @Module({
    imports: [ProtectionModule.forRoot(protection), MetricsModule.forRoot({ service: 'test' })],
    controllers: [EchoController],
  })
  class TestModule {
    configure(consumer: import('@nestjs/common').MiddlewareConsumer): void {
      consumer.apply(RequestContextMiddleware).forRoutes('*');
    }
  }
  const module = await Test.createTestingModule({ imports: [TestModule] }).compile();
  const app = configureA2AApp(
    module.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: false }),
    { bodyLimit: '10kb' },
  );
  await app.init();
  return app;
}

const task = { task_id: 't1', action: 'x', parameters: {} };

describe('API key protection', () => {
  let app: NestExpressApplication;
  beforeAll(async () => {
    app = await appWith({ apiKey: 's3cret', rateLimitRps: 0 });
  });
  afterAll(() => app.close());

  it('answers 401 in the error format without the key', async () => {
    const response = await request(app.getHttpServer()).post('/a2a/task').send(task).expect(401);

    expect(response.body).toMatchObject({ task_id: 't1', status: 'failed', error: { code: 'UNAUTHORIZED' } });
  });

  it('accepts the key as a bearer token', async () => {
    await request(app.getHttpServer()).post('/a2a/task').set('authorization', 'Bearer s3cret').send(task).expect(200);
  });

  it('accepts the key as x-api-key', async () => {
    await request(app.getHttpServer()).post('/a2a/task').set('x-api-key', 's3cret').send(task).expect(200);
  });

  it('rejects a wrong key', async () => {
    await request(app.getHttpServer()).post('/a2a/task').set('x-api-key', 's3cre').send(task).expect(401);
  });

  it('leaves health and metrics open', async () => {
    await request(app.getHttpServer()).get('/health').expect(200);
    await request(app.getHttpServer()).get('/metrics').expect(200);
  });
});

describe('rate limiting', () => {
  let app: NestExpressApplication;
  beforeAll(async () => {
    app = await appWith({ rateLimitRps: 3 });
  });
  afterAll(() => app.close());

  it('answers 429 with Retry-After in the error format past the limit, and never limits health', async () => {
    const statuses: number[] = [];
    let limited: request.Response | undefined;
    for (let i = 0; i < 6; i += 1) {
      const response = await request(app.getHttpServer()).post('/a2a/task').send(task);
      statuses.push(response.status);
      if (response.status === 429) limited = response;
    }

    expect(statuses.filter((s) => s === 200).length).toBe(3);
    expect(limited?.headers['retry-after']).toBeDefined();
    expect(limited?.body).toMatchObject({ status: 'failed', error: { code: 'RATE_LIMITED' } });
    for (let i = 0; i < 6; i += 1) await request(app.getHttpServer()).get('/health').expect(200);
  });
});

describe('request ids and metrics', () => {
  let app: NestExpressApplication;
  beforeAll(async () => {
    app = await appWith({ rateLimitRps: 0 });
  });
  afterAll(() => app.close());

  it('keeps the caller’s x-request-id and makes it the current request context', async () => {
    const response = await request(app.getHttpServer())
      .post('/a2a/task')
      .set('x-request-id', 'abc-123')
      .send(task)
      .expect(200);

    expect(response.headers['x-request-id']).toBe('abc-123');
    expect(response.body.request_id).toBe('abc-123');
  });

  it('adds a request id when the caller sends none', async () => {
    const response = await request(app.getHttpServer()).post('/a2a/task').send(task).expect(200);

    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('counts requests by route and status at /metrics, with process metrics', async () => {
    await request(app.getHttpServer()).post('/a2a/task').send(task).expect(200);

    const response = await request(app.getHttpServer()).get('/metrics').expect(200);

    expect(response.headers['content-type']).toContain('text/plain');
    expect(response.text).toMatch(
      /http_requests_total\{method="POST",route="\/a2a\/task",status="200",service="test"\} \d+/,
    );
    expect(response.text).toContain('http_request_duration_seconds_bucket');
    expect(response.text).toContain('process_resident_memory_bytes');
  });
});

describe('requestIdFrom', () => {
  it('replaces an unsafe request id', () => {
    expect(requestIdFrom('bad id\nwith newline')).not.toContain('\n');
  });
});

describe('log redaction', () => {
  it('never writes an API key or bearer token', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const logger = pino({ redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, sink);

    logger.info(
      { req: { headers: { authorization: 'Bearer s3cret', 'x-api-key': 's3cret' } }, config: { api_key: 's3cret' } },
      'request',
    );

    expect(lines.join('')).not.toContain('s3cret');
    expect(lines.join('')).toContain('[redacted]');
  });
});

import { Writable } from 'node:stream';
import pino from 'pino';
import { pinoParams, redactUrl } from './logging';

describe('redactUrl', () => {
  it('hides the values of secret query parameters and keeps the rest', () => {
    expect(redactUrl('/a2a/task?api_key=s3cret&x=1')).toBe('/a2a/task?api_key=[redacted]&x=1');
    expect(redactUrl('/journeys?async=true&token=abc&API-KEY=k')).toBe(
      '/journeys?async=true&token=[redacted]&API-KEY=[redacted]',
    );
    expect(redactUrl('/x?api%5Fkey=s3cret')).toBe('/x?api%5Fkey=[redacted]');
  });

  it('leaves URLs without a query alone', () => {
    expect(redactUrl('/health')).toBe('/health');
  });
});

describe('the request serializer', () => {
  it('never writes an api_key query value to the log', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => (lines.push(chunk.toString()), done()) });
    const params = pinoParams({ service: 'test', level: 'info', pretty: false }).pinoHttp as {
      serializers: { req: (r: unknown) => unknown };
    };
    const logger = pino({ serializers: { req: params.serializers.req } }, sink);

    logger.info({ req: { id: '1', method: 'GET', url: '/a2a/agent?api_key=s3cret' } }, 'request completed');

    expect(lines.join('')).not.toContain('s3cret');
    expect(lines.join('')).toContain('api_key=[redacted]');
  });
});

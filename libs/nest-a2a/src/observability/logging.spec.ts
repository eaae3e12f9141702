import { Writable } from 'node:stream';
import pino from 'pino';
import { DeferredJsonBody } from '../body/deferred-json-body';
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

describe('the ids on request lines', () => {
  const customProps = (
    pinoParams({ service: 'test', level: 'info', pretty: false }).pinoHttp as {
      customProps: (request: unknown) => Record<string, string>;
    }
  ).customProps;

  it('come from a parsed body', () => {
    const body = { task_id: 't-1', parameters: { execution_context: { journey_id: 'j-1' } } };

    expect(customProps({ body, url: '/a2a/task' })).toEqual({ task_id: 't-1', journey_id: 'j-1' });
  });

  it('come from a body parsed in another thread, once it has been', () => {
    const body = Object.assign(new DeferredJsonBody(new Uint8Array(0)), { task_id: 't-2', journey_id: 'j-2' });

    expect(customProps({ body, url: '/a2a/task' })).toEqual({ task_id: 't-2', journey_id: 'j-2' });
  });
});

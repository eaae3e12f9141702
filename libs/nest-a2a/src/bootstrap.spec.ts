import { Controller, Get, Module } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import type { AddressInfo } from 'node:net';
import { drainTimeoutMs, exitGracefullyOnSignals, exitOnBootstrapFailure } from './bootstrap';
import { configureA2AApp } from './configure-a2a-app';

describe('exitOnBootstrapFailure', () => {
  it('writes the cause to stderr and exits with code 1', () => {
    const exit = jest.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    const lines: string[] = [];

    exitOnBootstrapFailure(new Error('listen EADDRINUSE: address already in use 127.0.0.1:9000'), {
      write: (line: string) => lines.push(line) > 0,
    });

    expect(lines).toEqual(['[Bootstrap] start-up failed: listen EADDRINUSE: address already in use 127.0.0.1:9000\n']);
    expect(exit).toHaveBeenCalledWith(1);
    exit.mockRestore();
  });
});

describe('drainTimeoutMs', () => {
  it('defaults to 10 s and reads SHUTDOWN_DRAIN_TIMEOUT in seconds', () => {
    expect(drainTimeoutMs({})).toBe(10_000);
    expect(drainTimeoutMs({ SHUTDOWN_DRAIN_TIMEOUT: '2.5' })).toBe(2500);
  });

  it('names the variable when its value is unusable', () => {
    expect(() => drainTimeoutMs({ SHUTDOWN_DRAIN_TIMEOUT: 'soon' })).toThrow(/SHUTDOWN_DRAIN_TIMEOUT/);
    expect(() => drainTimeoutMs({ SHUTDOWN_DRAIN_TIMEOUT: '301' })).toThrow(/SHUTDOWN_DRAIN_TIMEOUT/);
  });
});

describe('exitGracefullyOnSignals', () => {
  @Controller()
  class SlowController {
    @Get('slow')
    async slow(): Promise<{ ok: boolean }> {
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { ok: true };
    }
  }

  it('on SIGTERM answers the request in flight, stops listening, runs the shutdown hooks and exits 0', async () => {
    const destroyed = jest.fn();
    @Module({ controllers: [SlowController] })
    class SlowModule {
      onApplicationShutdown = destroyed;
    }
    const module = await Test.createTestingModule({ imports: [SlowModule] }).compile();
    const app = configureA2AApp(
      module.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: false }),
      { bodyLimit: '10kb' },
    );
    await app.listen(0, '127.0.0.1');
    const url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    const exited = new Promise<number>((resolve) => {
      const { stopListening } = exitGracefullyOnSignals(app, 5000, (code) => {
        stopListening();
        resolve(code);
      });
    });

    const inFlight = fetch(`${url}/slow`).then((r) => r.status);
    await new Promise((resolve) => setTimeout(resolve, 100));
    process.emit('SIGTERM', 'SIGTERM');

    expect(await inFlight).toBe(200);
    expect(await exited).toBe(0);
    expect(destroyed).toHaveBeenCalled();
    expect(app.getHttpServer().listening).toBe(false);
  });
});

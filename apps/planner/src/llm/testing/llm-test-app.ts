import { Test } from '@nestjs/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from '../../app/app.module';
import { configureApp } from '../../app/configure-app';
import { PlannerSettings } from '../../config/planner-settings';
import { Clock } from '../../planning/clock';
import { FixedClock } from '../../testing/planner-test-app';
import { LLM_PORT, type LlmPort } from '../llm.port';

/**
 * The real planner app configured by `env` alone (not `process.env`), with the clock fixed
 * and, optionally, a fake in place of the LLM port.
 */
export async function createLlmTestApp(
  env: Record<string, string>,
  options: { readonly client?: LlmPort } = {},
): Promise<NestExpressApplication> {
  let builder = Test.createTestingModule({ imports: [AppModule] })
    .overrideProvider(PlannerSettings)
    .useValue(PlannerSettings.fromEnv(env))
    .overrideProvider(Clock)
    .useValue(new FixedClock(new Date('2026-11-24T10:00:00Z')));
  if (options.client) builder = builder.overrideProvider(LLM_PORT).useValue(options.client);
  const module = await builder.compile();
  const app = configureApp(module.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: false }));
  await app.init();
  return app;
}

/** Waits until `predicate` holds (background work such as the warm-up), or fails after `ms`. */
export async function eventually(predicate: () => boolean, ms = 2000): Promise<void> {
  const until = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

import type { ConfigService } from '@nestjs/config';
import { Test } from '@nestjs/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from '../app/app.module';
import { configureApp } from '../app/configure-app';
import { validateOrchestratorEnv, type OrchestratorEnv } from '../config/orchestrator-env';
import { OrchestratorSettings } from '../config/orchestrator-settings';

/**
 * The orchestrator's settings for `env` (validated as at start-up). ConfigModule reads
 * process.env once, when the module is imported; tests give each app its own settings instead.
 */
export function settingsFor(env: Record<string, string>): OrchestratorSettings {
  const validated = validateOrchestratorEnv(env);
  const config = { get: (key: keyof OrchestratorEnv) => validated[key] } as unknown as ConfigService<
    OrchestratorEnv,
    true
  >;
  return new OrchestratorSettings(config);
}

/**
 * The real orchestrator app (real validation, body parser, error filter, registry timers),
 * listening on an ephemeral loopback port, configured by `env`.
 */
export async function createOrchestratorTestApp(env: Record<string, string>): Promise<NestExpressApplication> {
  const module = await Test.createTestingModule({ imports: [AppModule] })
    .overrideProvider(OrchestratorSettings)
    .useValue(settingsFor(env))
    .compile();
  const app = configureApp(module.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: false }));
  await app.listen(0, '127.0.0.1');
  return app;
}

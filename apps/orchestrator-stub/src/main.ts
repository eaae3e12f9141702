import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app/app.module';
import { configureApp } from './app/configure-app';
import { nestLogLevels } from './config/log-levels.util';
import { OrchestratorSettings } from './config/orchestrator-settings';

async function bootstrap(): Promise<void> {
  const app = configureApp(await NestFactory.create<NestExpressApplication>(AppModule, { bodyParser: false }));
  const settings = app.get(OrchestratorSettings);
  app.useLogger(nestLogLevels(settings.logLevel));
  await app.listen(settings.port, settings.host);
  Logger.log(
    `Orchestrator listening on http://${settings.host}:${settings.port} (planner ${settings.plannerUrl}, ${settings.agentUrls.length} agents, step concurrency ${settings.stepConcurrency})`,
    'Bootstrap',
  );
}

bootstrap().catch((error: unknown) => {
  Logger.error(error instanceof Error ? error.message : String(error), 'Bootstrap');
  process.exit(1);
});

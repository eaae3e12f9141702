import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { Logger as PinoLogger } from 'nestjs-pino';
import { NestFactory } from '@nestjs/core';
import { exitOnBootstrapFailure } from '@mesh/nest-a2a';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app/app.module';
import { configureApp } from './app/configure-app';
import { OrchestratorSettings } from './config/orchestrator-settings';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bodyParser: false, bufferLogs: true, abortOnError: false });
  app.useLogger(app.get(PinoLogger));
  configureApp(app);
  const settings = app.get(OrchestratorSettings);
  await app.listen(settings.port, settings.host);
  Logger.log(
    `Orchestrator listening on http://${settings.host}:${settings.port} (planner ${settings.plannerUrl}, ${settings.agentUrls.length} agents, step concurrency ${settings.stepConcurrency})`,
    'Bootstrap',
  );
}

bootstrap().catch(exitOnBootstrapFailure);

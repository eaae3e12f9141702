import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { Logger as PinoLogger } from 'nestjs-pino';
import { NestFactory } from '@nestjs/core';
import { exitOnBootstrapFailure } from '@mesh/nest-a2a';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app/app.module';
import { configureApp } from './app/configure-app';
import { KnowledgeSettings } from './config/knowledge-settings';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bodyParser: false, bufferLogs: true, abortOnError: false });
  app.useLogger(app.get(PinoLogger));
  configureApp(app);
  const settings = app.get(KnowledgeSettings);
  await app.listen(settings.port, settings.host);
  Logger.log(`Knowledge agent ${settings.agentId} (${settings.domain}) listening on http://${settings.host}:${settings.port}`, 'Bootstrap');
}

bootstrap().catch(exitOnBootstrapFailure);

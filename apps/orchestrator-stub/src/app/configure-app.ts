import type { NestExpressApplication } from '@nestjs/platform-express';
import { configureA2AApp } from '@mesh/nest-a2a';
import { OrchestratorSettings } from '../config/orchestrator-settings';

/** The orchestrator's app setup, shared by main.ts and the tests. */
export function configureApp(app: NestExpressApplication): NestExpressApplication {
  return configureA2AApp(app, { bodyLimit: app.get(OrchestratorSettings).bodyLimit });
}

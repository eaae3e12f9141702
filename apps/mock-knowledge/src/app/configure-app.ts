import type { NestExpressApplication } from '@nestjs/platform-express';
import { configureA2AApp } from '@mesh/nest-a2a';
import { KnowledgeSettings } from '../config/knowledge-settings';

/** The knowledge agent's app setup, shared by main.ts and the tests. */
export function configureApp(app: NestExpressApplication): NestExpressApplication {
  return configureA2AApp(app, { bodyLimit: app.get(KnowledgeSettings).bodyLimit });
}

import type { NestExpressApplication } from '@nestjs/platform-express';
import { configureA2AApp } from '@mesh/nest-a2a';
import { OrchestratorSettings } from '../config/orchestrator-settings';
import { consoleAssetsDir } from './console-assets.util';

/** The orchestrator's app setup, shared by main.ts and the tests; serves the journey console at `/` when it is built. */
export function configureApp(app: NestExpressApplication): NestExpressApplication {
  configureA2AApp(app, { bodyLimit: app.get(OrchestratorSettings).bodyLimit });
  const consoleDir = consoleAssetsDir();
  if (consoleDir) app.useStaticAssets(consoleDir, { index: 'index.html', fallthrough: true });
  return app;
}

import type { NestExpressApplication } from '@nestjs/platform-express';
import { configureA2AApp, setupApiDocs } from '@mesh/nest-a2a';
import { PlannerSettings } from '../config/planner-settings';
import { PlanningWorker, WORKER_BODY_FROM } from '../planning/worker/planning-worker.service';
import { SCHEMA_HINTS_CAPS } from './schema-hints-caps';

/** The planner's app setup, shared by main.ts and the tests. */
export function configureApp(app: NestExpressApplication): NestExpressApplication {
  const settings = app.get(PlannerSettings);
  const worker = app.get(PlanningWorker);
  configureA2AApp(app, {
    bodyLimit: settings.bodyLimit,
    corsOrigins: settings.corsOrigins,
    memberCaps: SCHEMA_HINTS_CAPS,
    // Large create_plan / optimize_plan bodies are parsed and planned in the planning worker.
    deferBody: (request, length) =>
      worker.enabled && length >= WORKER_BODY_FROM && request.method === 'POST' && request.path === '/a2a/task',
  });
  setupApiDocs(app, {
    title: 'Planner Agent',
    description: 'Turns a question and the available agents into a workflow plan (A2A create_plan / optimize_plan).',
    version: settings.version,
  });
  return app;
}

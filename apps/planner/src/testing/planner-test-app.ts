import { Test } from '@nestjs/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from '../app/app.module';
import { configureApp } from '../app/configure-app';
import { resolve } from 'node:path';
import { Clock } from '../planning/clock';
import { PLANNING_WORKER_SCRIPT, type PlanningWorkerScript } from '../planning/worker/planning-worker.service';

/** A clock stopped at a fixed instant, with predictable plan ids. */
export class FixedClock extends Clock {
  private counter = 0;

  constructor(private readonly instant: Date) {
    super();
  }

  override now(): Date {
    return new Date(this.instant);
  }

  override newPlanId(): string {
    this.counter += 1;
    return `plan-test-${this.counter}`;
  }
}

/**
 * The real planner app (real validation, body parser, error filter), listening on an
 * ephemeral loopback port, with the clock fixed. Set environment variables before calling.
 */
export async function createPlannerTestApp(
  now = new Date('2026-11-24T10:00:00Z'),
  options: { readonly workerScript?: PlanningWorkerScript } = {},
): Promise<NestExpressApplication> {
  const module = await Test.createTestingModule({ imports: [AppModule] })
    .overrideProvider(Clock)
    .useValue(new FixedClock(now))
    .overrideProvider(PLANNING_WORKER_SCRIPT)
    .useValue(options.workerScript ?? null)
    .compile();
  const app = configureApp(module.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: false }));
  await app.init();
  return app;
}

/**
 * The planning worker run from its TypeScript source (the compiled one exists only after a build),
 * for `createPlannerTestApp(now, { workerScript })`. It plans with the real clock.
 */
export function sourceWorkerScript(): PlanningWorkerScript {
  const worker = resolve(__dirname, '../planning/worker/planning.worker.ts');
  const project = resolve(__dirname, '../../../../tools/tsconfig.json');
  return {
    eval: true,
    script: `process.env.SWC_NODE_PROJECT = ${JSON.stringify(project)}; require('@swc-node/register'); require(${JSON.stringify(worker)});`,
    execArgv: ['--conditions=@mesh/source'],
    announcesWarm: true,
  };
}

import { Test } from '@nestjs/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from '../app/app.module';
import { configureApp } from '../app/configure-app';
import { Clock } from '../planning/clock';

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
export async function createPlannerTestApp(now = new Date('2026-11-24T10:00:00Z')): Promise<NestExpressApplication> {
  const module = await Test.createTestingModule({ imports: [AppModule] })
    .overrideProvider(Clock)
    .useValue(new FixedClock(now))
    .compile();
  const app = configureApp(module.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: false }));
  await app.init();
  return app;
}

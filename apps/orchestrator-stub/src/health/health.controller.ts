import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, type HealthCheckResult } from '@nestjs/terminus';
import { PlannerHealthIndicator } from './indicators/planner.health';
import { RegistryHealthIndicator } from './indicators/registry.health';

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly planner: PlannerHealthIndicator,
    private readonly registry: RegistryHealthIndicator,
  ) {}

  /** Liveness: the process answers. Touches nothing else. */
  @Get()
  @HealthCheck()
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  /** Readiness: the planner is reachable (short timeout); the registry's state is reported alongside. */
  @Get('ready')
  @HealthCheck()
  ready(): Promise<HealthCheckResult> {
    return this.health.check([() => this.planner.check(), () => this.registry.check()]);
  }
}

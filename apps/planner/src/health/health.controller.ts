import { Controller, Get } from '@nestjs/common';
import { PublicRoute } from '@mesh/nest-a2a';
import { HealthCheck, HealthCheckService, type HealthCheckResult } from '@nestjs/terminus';
import { PlannerSettings } from '../config/planner-settings';
import { LlmHealthIndicator } from './indicators/llm.health';
import { PlanningHealthIndicator } from './indicators/planning.health';

@Controller('health')
@PublicRoute()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly planning: PlanningHealthIndicator,
    private readonly llmHealth: LlmHealthIndicator,
    private readonly settings: PlannerSettings,
  ) {}

  /** Liveness: the process answers. Touches nothing else. */
  @Get()
  @HealthCheck()
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  /** Readiness: the planner can plan. The LLM server is reported, never fatal: without it the heuristics plan. */
  @Get('ready')
  @HealthCheck()
  ready(): Promise<HealthCheckResult> {
    const llm = this.settings.llm.mode === 'heuristic' ? [] : [() => this.llmHealth.check('llm', { fatal: false })];
    return this.health.check([() => this.planning.check(), ...llm]);
  }

  /** The LLM on its own: down (503) when the LLM server or the model is missing. */
  @Get('llm')
  @HealthCheck()
  llm(): Promise<HealthCheckResult> {
    return this.health.check([() => this.llmHealth.check('llm', { fatal: true })]);
  }
}

import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { PlanningModule } from '../planning/planning.module';
import { HealthController } from './health.controller';
import { LlmHealthIndicator } from './indicators/llm.health';
import { PlanningHealthIndicator } from './indicators/planning.health';

@Module({
  imports: [TerminusModule.forRoot({ logger: false }), PlanningModule],
  controllers: [HealthController],
  providers: [PlanningHealthIndicator, LlmHealthIndicator],
})
export class HealthModule {}

import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { OllamaHealthIndicator } from './indicators/ollama.health';
import { PlanningHealthIndicator } from './indicators/planning.health';

@Module({
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController],
  providers: [PlanningHealthIndicator, OllamaHealthIndicator],
})
export class HealthModule {}

import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { ClientsModule } from '../clients/clients.module';
import { RegistryModule } from '../registry/registry.module';
import { HealthController } from './health.controller';
import { PlannerHealthIndicator } from './indicators/planner.health';
import { RegistryHealthIndicator } from './indicators/registry.health';

@Module({
  imports: [TerminusModule.forRoot({ logger: false }), RegistryModule, ClientsModule],
  controllers: [HealthController],
  providers: [PlannerHealthIndicator, RegistryHealthIndicator],
})
export class HealthModule {}

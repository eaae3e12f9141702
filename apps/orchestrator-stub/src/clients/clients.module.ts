import { Module } from '@nestjs/common';
import { RegistryModule } from '../registry/registry.module';
import { AgentClient } from './agent.client';
import { PlannerClient } from './planner.client';

/** The HTTP clients of the mesh's other agents. */
@Module({
  imports: [RegistryModule],
  providers: [PlannerClient, AgentClient],
  exports: [PlannerClient, AgentClient],
})
export class ClientsModule {}

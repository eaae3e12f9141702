import { Controller, Get } from '@nestjs/common';
import type { RegistryEntry } from '@mesh/a2a-contracts';
import { AgentRegistry } from './agent-registry.service';

@Controller('agents')
export class RegistryController {
  constructor(private readonly registry: AgentRegistry) {}

  /** The registry: each agent's descriptor and whether it is reachable. */
  @Get()
  list(): RegistryEntry[] {
    return this.registry.entries();
  }
}

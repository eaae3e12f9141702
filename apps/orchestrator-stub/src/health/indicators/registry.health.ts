import { Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { AgentRegistry } from '../../registry/agent-registry.service';

/** Information only (never down): how many agents of the registry answer. Agents may come up later. */
@Injectable()
export class RegistryHealthIndicator {
  constructor(
    private readonly indicator: HealthIndicatorService,
    private readonly registry: AgentRegistry,
  ) {}

  check(key = 'agents'): HealthIndicatorResult {
    const entries = this.registry.entries();
    return this.indicator.check(key).up({
      reachable: entries.filter((e) => e.reachable).length,
      total: entries.length,
      unreachable: entries.filter((e) => !e.reachable).map((e) => e.descriptor.url ?? e.descriptor.agent_id),
    });
  }
}

import { Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { HttpCallError, requestJson } from '../../clients/http-json.util';
import { PlannerClient } from '../../clients/planner.client';
import { OrchestratorSettings } from '../../config/orchestrator-settings';

/** Readiness: the planner answers its liveness route within `ORCHESTRATOR_PROBE_TIMEOUT_SECONDS`. */
@Injectable()
export class PlannerHealthIndicator {
  constructor(
    private readonly indicator: HealthIndicatorService,
    private readonly settings: OrchestratorSettings,
    private readonly planner: PlannerClient,
  ) {}

  async check(key = 'planner'): Promise<HealthIndicatorResult> {
    const session = this.indicator.check(key);
    const url = this.settings.plannerUrl;
    try {
      const reply = await requestJson({
        method: 'GET',
        url: `${url}/health`,
        headers: this.planner.headers(),
        signal: AbortSignal.timeout(this.settings.probeTimeoutMs),
      });
      if (reply.status === 200) return session.up({ url });
      return session.down({ url, message: `GET /health answered HTTP ${reply.status}` });
    } catch (error) {
      const message =
        error instanceof HttpCallError && error.kind === 'timeout'
          ? `no answer within ${this.settings.probeTimeoutMs / 1000} s`
          : error instanceof Error
            ? error.message
            : String(error);
      return session.down({ url, message });
    }
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { ModelReliability } from '@mesh/planner-llm';
import { PlannerSettings } from '../../config/planner-settings';
import { LlmAnalysisService } from '../../llm/llm-analysis.service';
import { LLM_CLIENT, LlmClientError, type LlmClient } from '../../llm/llm.client';

/**
 * Ollama, as the planner sees it: reachable (`/api/version`), the configured model present
 * (`/api/tags`), under a short timeout of its own; plus the circuit breaker's state and the
 * estimate of the model's routing accuracy the arbitration uses (`reliability`). On
 * `/health/llm` a missing Ollama or model is `down`; on readiness (`fatal: false`) it is
 * reported but `up`, because the planner still plans with its heuristics.
 */
@Injectable()
export class OllamaHealthIndicator {
  constructor(
    private readonly indicator: HealthIndicatorService,
    private readonly settings: PlannerSettings,
    private readonly llm: LlmAnalysisService,
    @Inject(LLM_CLIENT) private readonly client: LlmClient,
    private readonly reliability: ModelReliability,
  ) {}

  async check(key = 'llm', options: { readonly fatal: boolean } = { fatal: true }): Promise<HealthIndicatorResult> {
    const session = this.indicator.check(key);
    const { mode, host, model, healthTimeoutMs } = this.settings.llm;
    if (mode === 'heuristic') return session.up({ mode, ollama: 'not used (PLANNER_LLM_MODE=heuristic)' });

    const base = { mode, host, model, circuit: this.llm.breaker.status.state, reliability: this.reliability.snapshot() };
    let problem: string;
    let details: Record<string, unknown> = {};
    try {
      const probe = await this.client.probe(AbortSignal.timeout(healthTimeoutMs));
      if (probe.modelPresent) return session.up({ ...base, version: probe.version, model_present: true });
      details = { version: probe.version, model_present: false };
      problem = `model ${model} is not pulled (ollama pull ${model})`;
    } catch (error) {
      problem = error instanceof LlmClientError ? `${error.kind}: ${error.message}` : String(error);
    }
    const info = { ...base, ...details, message: problem, fallback: 'heuristic analysis' };
    return options.fatal ? session.down(info) : session.up({ ...info, degraded: true });
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { ModelReliability } from '@mesh/planner-llm';
import { PlannerSettings } from '../../config/planner-settings';
import { callWithDeadline } from '../../llm/deadline-call.util';
import { LlmCircuit } from '../../llm/llm-circuit.service';
import { asLlmCallError, LLM_PORT, type LlmPort } from '../../llm/llm.port';

/**
 * The LLM server, as the planner sees it: reachable, the configured model present (Ollama's
 * `/api/version` and `/api/tags`, or the OpenAI-compatible `/models`), under a short timeout of
 * its own; plus the circuit's state and the estimate of the model's routing accuracy the
 * arbitration uses (`reliability`). On `/health/llm` a missing server or model is `down`; on
 * readiness (`fatal: false`) it is reported but `up`, because the planner still plans with its
 * heuristics.
 */
@Injectable()
export class LlmHealthIndicator {
  constructor(
    private readonly indicator: HealthIndicatorService,
    private readonly settings: PlannerSettings,
    private readonly circuit: LlmCircuit,
    @Inject(LLM_PORT) private readonly port: LlmPort,
    private readonly reliability: ModelReliability,
  ) {}

  async check(key = 'llm', options: { readonly fatal: boolean } = { fatal: true }): Promise<HealthIndicatorResult> {
    const session = this.indicator.check(key);
    const { mode, provider, baseUrl, model, healthTimeoutMs } = this.settings.llm;
    if (mode === 'heuristic') return session.up({ mode, llm: 'not used (PLANNER_LLM_MODE=heuristic)' });

    const base = {
      mode,
      provider,
      host: baseUrl,
      model,
      circuit: this.circuit.state,
      reliability: this.reliability.snapshot(),
    };
    let problem: string;
    let details: Record<string, unknown> = {};
    try {
      const probe = await callWithDeadline((signal) => this.port.probe(signal), {
        timeoutMs: healthTimeoutMs,
        server: provider,
      });
      const version = probe.version === undefined ? {} : { version: probe.version };
      if (probe.modelPresent) return session.up({ ...base, ...version, model_present: true });
      details = { ...version, model_present: false };
      problem =
        provider === 'ollama'
          ? `model ${model} is not pulled (ollama pull ${model})`
          : `model ${model} is not served (serves: ${probe.models.slice(0, 5).join(', ') || 'none'})`;
    } catch (error) {
      const failure = asLlmCallError(error);
      problem = `${failure.kind}: ${failure.message}`;
    }
    const info = { ...base, ...details, message: problem, fallback: 'heuristic analysis' };
    return options.fatal ? session.down(info) : session.up({ ...info, degraded: true });
  }
}

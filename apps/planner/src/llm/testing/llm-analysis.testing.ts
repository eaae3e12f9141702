import { PlannerSettings } from '../../config/planner-settings';
import { LlmAnalysisService } from '../llm-analysis.service';
import { LlmAnswerCache } from '../llm-answer-cache.service';
import { LlmAttempts } from '../llm-attempts.service';
import { LlmCircuit } from '../llm-circuit.service';
import { LlmShutdown } from '../llm-shutdown.service';
import { LlmSlots } from '../llm-slots.service';
import { LlmWarmUp } from '../llm-warm-up.service';
import type { LlmPort } from '../llm.port';

/** The LLM analysis and its parts, wired by hand around `port` (as the LLM module wires them), for unit tests and benchmarks. */
export interface LlmAnalysisParts {
  readonly service: LlmAnalysisService;
  readonly circuit: LlmCircuit;
  readonly slots: LlmSlots;
  readonly cache: LlmAnswerCache;
  readonly warmUp: LlmWarmUp;
  readonly shutdown: LlmShutdown;
}

export function createLlmAnalysis(port: LlmPort, env: Record<string, string>): LlmAnalysisParts {
  const settings = PlannerSettings.fromEnv(env);
  const shutdown = new LlmShutdown();
  const circuit = new LlmCircuit(settings);
  const slots = new LlmSlots(settings);
  const cache = new LlmAnswerCache(settings);
  const attempts = new LlmAttempts(port, settings, circuit, slots, shutdown);
  const service = new LlmAnalysisService(port, settings, cache, circuit, slots, attempts);
  return { service, circuit, slots, cache, warmUp: new LlmWarmUp(port, settings, circuit, shutdown), shutdown };
}

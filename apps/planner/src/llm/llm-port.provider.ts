import type { Provider } from '@nestjs/common';
import { assertUnreachable } from '@mesh/planner-llm';
import { PlannerSettings, type LlmSettings } from '../config/planner-settings';
import { LLM_PORT, type LlmPort } from './llm.port';
import { OllamaLlmAdapter } from './ollama-llm.adapter';
import { OpenAiCompatibleLlmAdapter } from './openai-compatible-llm.adapter';

/** The adapter `PLANNER_LLM_PROVIDER` names. Constructing one calls nothing. */
export function createLlmPort(settings: LlmSettings): LlmPort {
  switch (settings.provider) {
    case 'ollama':
      return new OllamaLlmAdapter(settings);
    case 'openai':
      return new OpenAiCompatibleLlmAdapter(settings);
    default:
      return assertUnreachable(settings.provider);
  }
}

export const LLM_PORT_PROVIDER: Provider = {
  provide: LLM_PORT,
  useFactory: (settings: PlannerSettings): LlmPort => createLlmPort(settings.llm),
  inject: [PlannerSettings],
};

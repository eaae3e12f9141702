import { OllamaTestServer } from './ollama-test-server';
import { OpenAiTestServer } from './openai-test-server';
import type { LlmTestServerOptions } from './llm-reply';
import type { ScriptedLlmServer } from './scripted-llm-server';

/** The protocols the planner speaks, each with its own test server. */
export const LLM_TEST_PROVIDERS = ['ollama', 'openai'] as const;
export type LlmTestProvider = (typeof LLM_TEST_PROVIDERS)[number];

/** A protocol test server, whichever protocol. */
export type LlmTestServer = ScriptedLlmServer;

export function startLlmTestServer(
  provider: LlmTestProvider,
  options: LlmTestServerOptions = {},
): Promise<LlmTestServer> {
  return provider === 'ollama' ? OllamaTestServer.start(options) : OpenAiTestServer.start(options);
}

/** The model id a test server serves by default, as the planner names it. */
export const TEST_MODEL = 'llama3';

/**
 * The planner's environment variables that point it at `url` with `provider` (and `model`):
 * `OLLAMA_HOST`/`OLLAMA_MODEL` for Ollama (the old names, which keep working), the
 * `PLANNER_LLM_*` ones for an OpenAI-compatible server.
 */
export function plannerLlmEnv(provider: LlmTestProvider, url: string, model = TEST_MODEL): Record<string, string> {
  if (provider === 'ollama') return { OLLAMA_HOST: url, OLLAMA_MODEL: model };
  return { PLANNER_LLM_PROVIDER: 'openai', PLANNER_LLM_BASE_URL: url, PLANNER_LLM_MODEL: model };
}

export {
  analysisAnswer,
  approxTokens,
  defaultResponder,
  enumAt,
  llmReplies,
  questionOf,
  type GenerationRequest,
  type LlmReply,
  type LlmResponder,
  type LlmTestServerOptions,
  type RecordedRequest,
} from './llm-reply';
export {
  LLM_TEST_PROVIDERS,
  plannerLlmEnv,
  startLlmTestServer,
  TEST_MODEL,
  type LlmTestProvider,
  type LlmTestServer,
} from './llm-test-server';
export {
  OllamaTestServer,
  ollamaReplies,
  refusedUrl,
  type OllamaReply,
  type OllamaResponder,
  type OllamaTestServerOptions,
} from './ollama-test-server';
export { OpenAiTestServer } from './openai-test-server';
export { ScriptedLlmServer } from './scripted-llm-server';

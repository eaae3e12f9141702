export {
  analysisAnswer,
  defaultResponder,
  enumAt,
  OllamaTestServer,
  ollamaReplies,
  questionOf,
  refusedUrl,
  type GenerationRequest,
  type OllamaReply,
  type OllamaResponder,
  type OllamaTestServerOptions,
  type RecordedRequest,
} from './ollama-test-server';

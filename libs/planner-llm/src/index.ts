export {
  analysisAnswerSchema,
  ANSWER_LIMITS,
  hasUnsupportedKeywords,
  jsonSchemaOf,
  type AnswerVocabulary,
  type JsonSchema,
} from './analysis-json-schema';
export {
  buildAnalysisPrompt,
  DEFAULT_PROMPT_LIMITS,
  PROMPT_VERSION,
  SYSTEM_PROMPT,
  type AnalysisPrompt,
  type ChatMessage,
  type PromptLimits,
} from './analysis-prompt';
export { analysisCacheKey, normalizeQuestion } from './analysis-cache-key';
export {
  cleanModelText,
  readLlmAnswer,
  type AnswerContext,
  type AnswerProblem,
  type AnswerReading,
  type AnswerTable,
  type LlmAnswer,
} from './llm-answer';
export {
  DEFAULT_MERGE_RULES,
  mergeAnalyses,
  type ArbitrationWinner,
  type MergeInput,
  type MergeOutcome,
  type MergeRules,
} from './merge-analyses';
export { HEURISTIC_CALIBRATION, heuristicAccuracy, type HeuristicCalibration } from './heuristic-calibration';
export { createHybridAnalysis, type HybridAnalysisOptions, type HybridLog } from './hybrid-analysis';
export type { ModelAnalysisResult, ModelAnalyzer, ModelUsage } from './model-analyzer.port';
export {
  DEFAULT_RELIABILITY_OPTIONS,
  ModelReliability,
  type AccuracyEstimate,
  type ObservationKind,
  type ReliabilityOptions,
  type ReliabilitySnapshot,
} from './model-reliability';
export {
  DEFAULT_RELEVANCE_LIMITS,
  pickRelevantSchema,
  type OfferedEntry,
  type RelevanceLimits,
  type RelevantSchema,
} from './relevant-schema.util';
export { renderSeedPrompts } from './seed-prompts';
export { countChatTokens, countTokens, preloadTokenizer } from './token-count';
export { CircuitBreaker, type CircuitBreakerOptions, type CircuitState } from './circuit-breaker';
export {
  assertUnreachable,
  LLM_FAILURE_KINDS,
  type LlmAnalysisFailureKind,
  type LlmFailureKind,
} from './llm-failure-kind';
export { ConcurrencyLimiter, type Release } from './concurrency-limiter';

import type { ChatMessage, JsonSchema, LlmFailureKind } from '@mesh/planner-llm';

/** The injection token of the {@link LlmPort} (an adapter chosen by `PLANNER_LLM_PROVIDER`). */
export const LLM_PORT = Symbol('LLM_PORT');

/** The LLM servers the planner speaks to. */
export const LLM_PROVIDERS = ['ollama', 'openai'] as const;
export type LlmProvider = (typeof LLM_PROVIDERS)[number];

export interface LlmChatRequest {
  readonly messages: readonly ChatMessage[];
  /** The JSON Schema the answer must follow, and its name (OpenAI's `json_schema.name`). */
  readonly schema: { readonly name: string; readonly schema: JsonSchema };
  /** Cancels this call only (its deadline, or the app shutting down). */
  readonly signal: AbortSignal;
  /** Overrides the configured most tokens to generate (a retry after a truncated answer asks for more). */
  readonly maxTokens?: number;
}

export interface LlmChatResult {
  readonly content: string;
  /** `stop`, or `length` when the answer hit the token limit. */
  readonly finishReason?: string;
  /** Token usage as the server counted it, when it sent it. */
  readonly promptTokens?: number;
  readonly completionTokens?: number;
}

export interface LlmProbe {
  /** The server's version, when its API tells (Ollama does; the OpenAI API does not). */
  readonly version?: string;
  readonly models: readonly string[];
  readonly modelPresent: boolean;
}

/** A failed call, classified: the analysis decides from `kind` whether to retry, fall back, or open the circuit. */
export class LlmCallError extends Error {
  constructor(
    readonly kind: LlmFailureKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'LlmCallError';
  }
}

/**
 * The model behind the planner's analysis, whatever serves it. Implementations throw
 * {@link LlmCallError} only, and stop work when the request's signal aborts.
 */
export interface LlmPort {
  readonly provider: LlmProvider;
  readonly model: string;
  /** One non-streaming chat call with structured output (the JSON Schema), temperature 0 and a fixed seed. */
  chat(request: LlmChatRequest): Promise<LlmChatResult>;
  /** Gets the model ready (loads it, or checks it is served). */
  warmUp(signal: AbortSignal): Promise<void>;
  /** Which models the server has and whether the configured one is among them. */
  probe(signal: AbortSignal): Promise<LlmProbe>;
}

/** Any thrown value as an {@link LlmCallError}. */
export function asLlmCallError(error: unknown): LlmCallError {
  return error instanceof LlmCallError
    ? error
    : new LlmCallError('server_error', error instanceof Error ? error.message : String(error));
}

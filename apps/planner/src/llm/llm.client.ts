import type { ChatMessage, JsonSchema, LlmFailureKind } from '@mesh/planner-llm';

/** The injection token of the LLM client. */
export const LLM_CLIENT = Symbol('LLM_CLIENT');

export interface LlmChatRequest {
  readonly messages: readonly ChatMessage[];
  /** The JSON Schema the answer must follow (Ollama's `format`). */
  readonly format: JsonSchema;
  /** Cancels this call only (a timeout, or the app shutting down). */
  readonly signal: AbortSignal;
  /** Overrides the configured `num_predict` (a retry after a truncated answer asks for more). */
  readonly numPredict?: number;
}

export interface LlmChatResult {
  readonly content: string;
  /** `stop`, or `length` when the answer hit `num_predict`. */
  readonly doneReason?: string;
  /** From the server's `prompt_eval_count`/`eval_count`, when it sent them. */
  readonly promptTokens?: number;
  readonly completionTokens?: number;
}

export interface LlmProbe {
  readonly version: string;
  readonly models: readonly string[];
  readonly modelPresent: boolean;
}

/** A failed call, classified: the analysis service decides from `kind` whether to retry, fall back, or open the circuit. */
export class LlmClientError extends Error {
  constructor(
    readonly kind: LlmFailureKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'LlmClientError';
  }
}

/** The model behind the planner's analysis. Implementations throw {@link LlmClientError} only. */
export interface LlmClient {
  readonly model: string;
  /** One non-streaming chat call with a JSON-Schema `format`, temperature 0 and a fixed seed. */
  chat(request: LlmChatRequest): Promise<LlmChatResult>;
  /** Loads the model (an empty chat with `keep_alive`). */
  warmUp(signal: AbortSignal): Promise<void>;
  /** The server's version and whether the configured model is present. */
  probe(signal: AbortSignal): Promise<LlmProbe>;
}

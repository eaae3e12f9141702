import { Ollama } from 'ollama';
import type { LlmSettings } from '../config/planner-settings';
import { statusCallError, transportCallError } from './llm-call-error.util';
import { type LlmCallError, type LlmChatRequest, type LlmChatResult, type LlmPort, type LlmProbe } from './llm.port';

/** Generation options of every analysis call: deterministic, and bounded in length. */
export const GENERATION_OPTIONS = { temperature: 0, seed: 42 } as const;

/** An error of `fetch`, the ollama package or the signal, classified. */
export function classifyOllamaError(error: unknown, signal: AbortSignal): LlmCallError {
  const status = (error as { status_code?: unknown } | undefined)?.status_code;
  if (typeof status === 'number' && !signal.aborted)
    return statusCallError(status, 'Ollama', error instanceof Error ? error.message : String(error));
  return transportCallError(error, signal, 'Ollama');
}

/** Ollama wants a number for a bare count of seconds, a string for a duration. */
function keepAliveValue(value: string): string | number {
  return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
}

/**
 * The {@link LlmPort} on Ollama's API, through the `ollama` package. Each call gets its own
 * `Ollama` instance whose `fetch` carries that call's `AbortSignal` (the package's `abort()`
 * would cancel every stream of a shared client, and its non-streaming calls take no signal).
 */
export class OllamaLlmAdapter implements LlmPort {
  readonly provider = 'ollama' as const;
  readonly model: string;
  private readonly host: string;
  private readonly numPredict: number;
  private readonly keepAlive: string | number;

  constructor(settings: LlmSettings) {
    this.model = settings.model;
    this.host = settings.baseUrl;
    this.numPredict = settings.numPredict;
    this.keepAlive = keepAliveValue(settings.keepAlive);
  }

  private clientFor(signal: AbortSignal): Ollama {
    const signalled: typeof fetch = (input, init) => fetch(input, { ...init, signal });
    return new Ollama({ host: this.host, fetch: signalled });
  }

  async chat(request: LlmChatRequest): Promise<LlmChatResult> {
    try {
      const response = await this.clientFor(request.signal).chat({
        model: this.model,
        messages: request.messages.map((m) => ({ role: m.role, content: m.content })),
        format: request.schema.schema,
        stream: false,
        keep_alive: this.keepAlive,
        options: { ...GENERATION_OPTIONS, num_predict: request.maxTokens ?? this.numPredict },
      });
      return {
        content: typeof response.message?.content === 'string' ? response.message.content : '',
        finishReason: typeof response.done_reason === 'string' ? response.done_reason : undefined,
        promptTokens: typeof response.prompt_eval_count === 'number' ? response.prompt_eval_count : undefined,
        completionTokens: typeof response.eval_count === 'number' ? response.eval_count : undefined,
      };
    } catch (error) {
      throw classifyOllamaError(error, request.signal);
    }
  }

  /** Loads the model: an empty chat with `keep_alive`. */
  async warmUp(signal: AbortSignal): Promise<void> {
    try {
      await this.clientFor(signal).chat({ model: this.model, messages: [], stream: false, keep_alive: this.keepAlive });
    } catch (error) {
      throw classifyOllamaError(error, signal);
    }
  }

  /** `/api/version` and `/api/tags`, matching tags as Ollama does (`llama3` is `llama3:latest`). */
  async probe(signal: AbortSignal): Promise<LlmProbe> {
    try {
      const client = this.clientFor(signal);
      const [{ version }, { models }] = await Promise.all([client.version(), client.list()]);
      const names = models.map((m) => m.name);
      const wanted = this.model.includes(':') ? this.model : `${this.model}:latest`;
      return { version, models: names, modelPresent: names.some((n) => n === this.model || n === wanted) };
    } catch (error) {
      throw classifyOllamaError(error, signal);
    }
  }
}

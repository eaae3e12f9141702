import { Injectable } from '@nestjs/common';
import { Ollama } from 'ollama';
import { PlannerSettings } from '../config/planner-settings';
import { LlmClientError, type LlmChatRequest, type LlmChatResult, type LlmClient, type LlmProbe } from './llm.client';

/** Generation options of every analysis call: deterministic, and bounded in length. */
export const GENERATION_OPTIONS = { temperature: 0, seed: 42 } as const;

const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']);

function causeCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause;
  return typeof cause?.code === 'string' ? cause.code : undefined;
}

/** An error of `fetch`, the ollama package or the signal, as a {@link LlmClientError}. */
export function classifyOllamaError(error: unknown, signal: AbortSignal): LlmClientError {
  if (error instanceof LlmClientError) return error;
  if (signal.aborted) {
    const reason = signal.reason as { name?: string } | undefined;
    return reason?.name === 'TimeoutError' ? new LlmClientError('timeout', 'Ollama did not answer in time') : new LlmClientError('aborted', 'the call was cancelled');
  }
  const status = (error as { status_code?: unknown }).status_code;
  const message = error instanceof Error ? error.message : String(error);
  if (typeof status === 'number') {
    if (status === 404) return new LlmClientError('model_missing', `Ollama: ${message}`, status);
    if (status === 503) return new LlmClientError('busy', `Ollama is busy (503): ${message}`, status);
    if (status >= 500) return new LlmClientError('server_error', `Ollama failed (${status}): ${message}`, status);
    return new LlmClientError('bad_response', `Ollama refused the request (${status}): ${message}`, status);
  }
  const code = causeCode(error);
  if (code && UNREACHABLE_CODES.has(code)) return new LlmClientError('unreachable', `Ollama is unreachable (${code})`);
  if (error instanceof SyntaxError) return new LlmClientError('bad_response', `Ollama sent a body that is not JSON: ${message}`);
  return new LlmClientError('server_error', `Ollama call failed: ${code ?? message}`);
}

/** Ollama wants a number for a bare count of seconds, a string for a duration. */
function keepAliveValue(value: string): string | number {
  return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
}

/**
 * The LLM client on the `ollama` package. Each call gets its own `Ollama` instance whose
 * `fetch` carries that call's `AbortSignal` (the package's `abort()` would cancel every
 * stream of a shared client, and its non-streaming calls take no signal).
 */
@Injectable()
export class OllamaLlmClient implements LlmClient {
  readonly model: string;
  private readonly host: string;
  private readonly numPredict: number;
  private readonly keepAlive: string | number;

  constructor(settings: PlannerSettings) {
    this.model = settings.llm.model;
    this.host = settings.llm.host;
    this.numPredict = settings.llm.numPredict;
    this.keepAlive = keepAliveValue(settings.llm.keepAlive);
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
        format: request.format,
        stream: false,
        keep_alive: this.keepAlive,
        options: { ...GENERATION_OPTIONS, num_predict: request.numPredict ?? this.numPredict },
      });
      return {
        content: typeof response.message?.content === 'string' ? response.message.content : '',
        doneReason: typeof response.done_reason === 'string' ? response.done_reason : undefined,
        promptTokens: typeof response.prompt_eval_count === 'number' ? response.prompt_eval_count : undefined,
        completionTokens: typeof response.eval_count === 'number' ? response.eval_count : undefined,
      };
    } catch (error) {
      throw classifyOllamaError(error, request.signal);
    }
  }

  async warmUp(signal: AbortSignal): Promise<void> {
    try {
      await this.clientFor(signal).chat({ model: this.model, messages: [], stream: false, keep_alive: this.keepAlive });
    } catch (error) {
      throw classifyOllamaError(error, signal);
    }
  }

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

import type { LlmSettings } from '../config/planner-settings';
import { GENERATION_OPTIONS } from './ollama-llm.adapter';
import { statusCallError, transportCallError } from './llm-call-error.util';
import { LlmCallError, type LlmChatRequest, type LlmChatResult, type LlmPort, type LlmProbe } from './llm.port';

const SERVER = 'The OpenAI-compatible server';

/** Most bytes of an error body quoted in a message. */
const ERROR_TEXT_LIMIT = 300;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The `error.message` of an OpenAI-style error body, or the body's start. */
function errorText(body: string): string {
  try {
    const parsed: unknown = JSON.parse(body);
    const error = isObject(parsed) ? parsed['error'] : undefined;
    if (isObject(error) && typeof error['message'] === 'string') return error['message'].slice(0, ERROR_TEXT_LIMIT);
    if (typeof error === 'string') return error.slice(0, ERROR_TEXT_LIMIT);
  } catch {
    // not JSON: quote the text
  }
  return body.slice(0, ERROR_TEXT_LIMIT);
}

/**
 * The {@link LlmPort} on the OpenAI-compatible API that vLLM, llama.cpp's server, LM Studio and
 * LocalAI serve: `POST {base}/chat/completions` with a strict `json_schema` response format,
 * `GET {base}/models` for health. Plain `fetch` (undici): two endpoints, and our own budget,
 * retry and breaker decide, where an SDK would add retries and timeouts of its own.
 */
export class OpenAiCompatibleLlmAdapter implements LlmPort {
  readonly provider = 'openai' as const;
  readonly model: string;
  private readonly baseUrl: string;
  private readonly maxTokens: number;
  private readonly headers: Record<string, string>;

  constructor(settings: LlmSettings) {
    this.model = settings.model;
    this.baseUrl = settings.baseUrl;
    this.maxTokens = settings.numPredict;
    this.headers = { 'content-type': 'application/json', accept: 'application/json' };
    if (settings.apiKey) this.headers['authorization'] = `Bearer ${settings.apiKey}`;
  }

  async chat(request: LlmChatRequest): Promise<LlmChatResult> {
    const body = {
      model: this.model,
      messages: request.messages.map((m) => ({ role: m.role, content: m.content })),
      response_format: {
        type: 'json_schema',
        json_schema: { name: request.schema.name, schema: request.schema.schema, strict: true },
      },
      ...GENERATION_OPTIONS,
      max_tokens: request.maxTokens ?? this.maxTokens,
      stream: false,
    };
    const reply = await this.send('POST', '/chat/completions', request.signal, body);
    const choice = Array.isArray(reply['choices']) ? (reply['choices'][0] as unknown) : undefined;
    const message = isObject(choice) ? choice['message'] : undefined;
    if (!isObject(choice) || !isObject(message))
      throw new LlmCallError('bad_response', `${SERVER} sent no choices[0].message`);
    const usage = isObject(reply['usage']) ? reply['usage'] : {};
    return {
      content: typeof message['content'] === 'string' ? message['content'] : '',
      finishReason: typeof choice['finish_reason'] === 'string' ? choice['finish_reason'] : undefined,
      promptTokens: typeof usage['prompt_tokens'] === 'number' ? usage['prompt_tokens'] : undefined,
      completionTokens: typeof usage['completion_tokens'] === 'number' ? usage['completion_tokens'] : undefined,
    };
  }

  /** These servers load their model at start (or on the first call): checking it is served is the warm-up. */
  async warmUp(signal: AbortSignal): Promise<void> {
    const probe = await this.probe(signal);
    if (!probe.modelPresent)
      throw new LlmCallError(
        'model_missing',
        `${SERVER} does not serve ${this.model} (serves: ${probe.models.slice(0, 5).join(', ') || 'none'})`,
      );
  }

  async probe(signal: AbortSignal): Promise<LlmProbe> {
    const reply = await this.send('GET', '/models', signal);
    const data = Array.isArray(reply['data']) ? reply['data'] : [];
    const models = data.flatMap((entry: unknown) =>
      isObject(entry) && typeof entry['id'] === 'string' ? [entry['id']] : [],
    );
    return { models, modelPresent: models.includes(this.model) };
  }

  private async send(method: 'GET' | 'POST', path: string, signal: AbortSignal, body?: object): Promise<Json> {
    let text: string;
    let status: number;
    try {
      const response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers: this.headers,
        body: body && JSON.stringify(body),
        signal,
      });
      status = response.status;
      text = await response.text();
    } catch (error) {
      throw transportCallError(error, signal, SERVER);
    }
    if (status < 200 || status >= 300) throw statusCallError(status, SERVER, errorText(text));
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw transportCallError(error, signal, SERVER);
    }
    if (!isObject(parsed)) throw new LlmCallError('bad_response', `${SERVER} sent JSON that is not an object`);
    return parsed;
  }
}

import { approxTokens, type GenerationRequest, type LlmTestServerOptions, type RecordedRequest } from './llm-reply';
import { listenOnLoopback, newHttpServer, ScriptedLlmServer, type Exchange } from './scripted-llm-server';

const CREATED = 1_767_225_600; // 2026-01-01T00:00:00Z

/** The OpenAI error body (`{"error": {"message", "type", "code"}}`), as vLLM sends it. */
function errorBody(status: number, message: string) {
  const type =
    status === 404
      ? 'NotFoundError'
      : status === 401
        ? 'AuthenticationError'
        : status >= 500
          ? 'InternalServerError'
          : 'BadRequestError';
  return { error: { message, type, param: null, code: status } };
}

/** The JSON Schema of a `response_format` of type `json_schema`, if the body has one. */
function schemaOf(body: Record<string, unknown>): unknown {
  const format = body['response_format'] as { type?: unknown; json_schema?: { schema?: unknown } } | undefined;
  return format?.type === 'json_schema' ? format.json_schema?.schema : undefined;
}

/**
 * An HTTP server on loopback speaking the OpenAI-compatible API that vLLM, llama.cpp's server
 * and LM Studio serve (`GET /v1/models`, `POST /v1/chat/completions`), with the same scripted
 * replies and fault modes as the Ollama one. `url` is the base URL, ending in `/v1`.
 */
export class OpenAiTestServer extends ScriptedLlmServer {
  static async start(options: LlmTestServerOptions = {}): Promise<OpenAiTestServer> {
    const server = newHttpServer();
    const port = await listenOnLoopback(server);
    return new OpenAiTestServer(server, `http://127.0.0.1:${port}/v1`, options, ['llama3']);
  }

  protected isGeneration(r: RecordedRequest): boolean {
    return r.method === 'POST' && r.path === '/v1/chat/completions';
  }

  protected isWarmUp(r: RecordedRequest): boolean {
    return r.method === 'GET' && r.path === '/v1/models';
  }

  protected async route(exchange: Exchange): Promise<void> {
    const { req, res, method, path, body } = exchange;
    const key = this.options.apiKey;
    if (key && req.headers['authorization'] !== `Bearer ${key}`)
      return this.json(res, 401, errorBody(401, 'invalid api key'));
    if (method === 'GET' && path === '/v1/models') {
      return this.json(res, 200, {
        object: 'list',
        data: this.models.map((id) => ({ id, object: 'model', created: CREATED, owned_by: 'test' })),
      });
    }
    if (method !== 'POST' || path !== '/v1/chat/completions')
      return this.json(res, 404, errorBody(404, `no route ${method} ${path}`));
    if (!body || !Array.isArray(body['messages'])) return this.json(res, 400, errorBody(400, 'messages is required'));
    const model = typeof body['model'] === 'string' ? body['model'] : '';
    if (!this.models.includes(model))
      return this.json(res, 404, errorBody(404, `The model \`${model}\` does not exist.`));

    const messages = body['messages'] as GenerationRequest['messages'];
    const options: Record<string, unknown> = {};
    for (const name of ['temperature', 'seed', 'max_tokens']) if (name in body) options[name] = body[name];
    const reply = await this.replyFor({ path, model, messages, format: schemaOf(body), options, body });
    if (this.sendFault(reply, exchange)) return;
    if (reply.kind === 'status')
      return this.json(res, reply.status, errorBody(reply.status, reply.error ?? 'internal error'));
    if (reply.kind !== 'answer') return;
    const content = typeof reply.content === 'string' ? reply.content : JSON.stringify(reply.content);
    const usage: Record<string, number> = {};
    if (reply.promptEvalCount !== null)
      usage['prompt_tokens'] = reply.promptEvalCount ?? approxTokens(messages.map((m) => m.content).join('\n')) + 10;
    if (reply.evalCount !== null) usage['completion_tokens'] = reply.evalCount ?? approxTokens(content);
    if (usage['prompt_tokens'] !== undefined && usage['completion_tokens'] !== undefined)
      usage['total_tokens'] = usage['prompt_tokens'] + usage['completion_tokens'];
    const choice = { index: 0, message: { role: 'assistant', content }, finish_reason: reply.doneReason ?? 'stop' };
    return this.json(res, 200, {
      id: `chatcmpl-${this.requests.length}`,
      object: 'chat.completion',
      created: CREATED,
      model,
      choices: [choice],
      ...(Object.keys(usage).length > 0 ? { usage } : {}),
    });
  }
}

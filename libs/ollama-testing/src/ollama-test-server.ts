import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  approxTokens,
  llmReplies,
  type GenerationRequest,
  type LlmReply,
  type LlmResponder,
  type LlmTestServerOptions,
  type RecordedRequest,
} from './llm-reply';
import { listenOnLoopback, newHttpServer, ScriptedLlmServer, type Exchange } from './scripted-llm-server';

/** The old names of the shared reply types, kept for existing importers. */
export type OllamaReply = LlmReply;
export type OllamaResponder = LlmResponder;
export type OllamaTestServerOptions = LlmTestServerOptions;
export const ollamaReplies = llmReplies;

function modelEntry(name: string, index: number) {
  return {
    name,
    model: name,
    modified_at: '2026-01-01T00:00:00Z',
    size: 4_661_224_676,
    digest: `${(index + 1).toString(16).padStart(2, '0')}${'a'.repeat(62)}`,
    details: {
      parent_model: '',
      format: 'gguf',
      family: 'llama',
      families: ['llama'],
      parameter_size: '8.0B',
      quantization_level: 'Q4_0',
    },
  };
}

/** `llama3` matches `llama3:latest`, as in Ollama. */
function sameModel(a: string, b: string): boolean {
  const full = (m: string) => (m.includes(':') ? m : `${m}:latest`);
  return full(a) === full(b);
}

/**
 * An HTTP server on loopback speaking Ollama's API (`/api/chat`, `/api/generate`,
 * `/api/tags`, `/api/version`, `/api/ps`), scripted per test: queue replies with
 * {@link OllamaTestServer.script} (they are used in order, one per generation request), or
 * set a responder. Every request is recorded.
 */
export class OllamaTestServer extends ScriptedLlmServer {
  private readonly loaded = new Set<string>();

  static async start(options: OllamaTestServerOptions = {}): Promise<OllamaTestServer> {
    const server = newHttpServer();
    const port = await listenOnLoopback(server);
    return new OllamaTestServer(server, `http://127.0.0.1:${port}`, options, ['llama3:latest']);
  }

  /** Also forgets which models were loaded. */
  override reset(): void {
    super.reset();
    this.loaded.clear();
  }

  protected isGeneration(r: RecordedRequest): boolean {
    const chat =
      r.path === '/api/chat' && Array.isArray(r.body?.['messages']) && (r.body['messages'] as unknown[]).length > 0;
    return chat || (r.path === '/api/generate' && typeof r.body?.['prompt'] === 'string' && r.body['prompt'] !== '');
  }

  protected isWarmUp(r: RecordedRequest): boolean {
    return (
      r.method === 'POST' &&
      r.path === '/api/chat' &&
      Array.isArray(r.body?.['messages']) &&
      (r.body['messages'] as unknown[]).length === 0
    );
  }

  protected async route(exchange: Exchange): Promise<void> {
    const { res, method, path, body } = exchange;
    if (method === 'GET' && path === '/api/version')
      return this.json(res, 200, { version: this.options.version ?? '0.12.6' });
    if (method === 'GET' && path === '/api/tags') return this.json(res, 200, { models: this.models.map(modelEntry) });
    if (method === 'GET' && path === '/api/ps') {
      const models = [...this.loaded].map((m, i) => ({
        ...modelEntry(m, i),
        expires_at: '2026-12-31T00:00:00Z',
        size_vram: 0,
      }));
      return this.json(res, 200, { models });
    }
    if (method === 'GET' && path === '/') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('Ollama is running');
      return;
    }
    if (method !== 'POST' || (path !== '/api/chat' && path !== '/api/generate'))
      return this.json(res, 404, { error: '404 page not found' });
    if (!body) return this.json(res, 400, { error: 'invalid request body' });
    const model = typeof body['model'] === 'string' ? body['model'] : '';
    const known = this.models.find((m) => sameModel(m, model));
    if (!known) return this.json(res, 404, { error: `model "${model}" not found, try pulling it first` });

    const prompt =
      typeof body['prompt'] === 'string' && body['prompt'] !== '' ? [{ role: 'user', content: body['prompt'] }] : [];
    const messages =
      path === '/api/chat' ? ((body['messages'] as GenerationRequest['messages'] | undefined) ?? []) : prompt;
    const base = { model, created_at: new Date().toISOString() };
    if (messages.length === 0) {
      // A load request: Ollama loads the model and answers at once.
      this.loaded.add(known);
      const loadedReply = path === '/api/chat' ? { message: { role: 'assistant', content: '' } } : { response: '' };
      return this.json(res, 200, { ...base, ...loadedReply, done_reason: 'load', done: true });
    }

    const options = (body['options'] as Record<string, unknown> | undefined) ?? {};
    const reply = await this.replyFor({ path, model, messages, format: body['format'], options, body });
    if (this.sendFault(reply, exchange)) return;
    if (reply.kind === 'status') return this.json(res, reply.status, { error: reply.error ?? 'internal error' });
    if (reply.kind !== 'answer') return;
    this.loaded.add(known);
    const content = typeof reply.content === 'string' ? reply.content : JSON.stringify(reply.content);
    const counts: Record<string, number> = {};
    if (reply.promptEvalCount !== null)
      counts['prompt_eval_count'] =
        reply.promptEvalCount ?? approxTokens(messages.map((m) => m.content).join('\n')) + 10;
    if (reply.evalCount !== null) counts['eval_count'] = reply.evalCount ?? approxTokens(content);
    const timing = {
      total_duration: 1_000_000,
      load_duration: 100_000,
      prompt_eval_duration: 200_000,
      eval_duration: 700_000,
    };
    const done = { done: true, done_reason: reply.doneReason ?? 'stop', ...timing, ...counts };
    const piece = (text: string) =>
      path === '/api/chat' ? { ...base, message: { role: 'assistant', content: text } } : { ...base, response: text };
    if (body['stream'] === true) {
      res.writeHead(200, { 'content-type': 'application/x-ndjson' });
      for (const part of content.match(/[\s\S]{1,16}/g) ?? [])
        res.write(JSON.stringify({ ...piece(part), done: false }) + '\n');
      res.end(JSON.stringify({ ...piece(''), ...done }) + '\n');
      return;
    }
    return this.json(res, 200, { ...piece(content), ...done });
  }
}

/** A loopback URL where nothing listens: connections are refused. */
export async function refusedUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

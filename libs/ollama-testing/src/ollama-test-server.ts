import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** What the server does with one generation request (`/api/chat`, or `/api/generate` with a prompt). */
export type OllamaReply =
  /** A completed answer. `content` objects are sent as JSON text. Counts: a number, `null` to omit the field, or undefined for an estimate. */
  | {
      readonly kind: 'answer';
      readonly content: string | object;
      readonly doneReason?: string;
      readonly promptEvalCount?: number | null;
      readonly evalCount?: number | null;
      readonly delayMs?: number;
    }
  /** An HTTP error with Ollama's `{"error": "..."}` body (500, 503 "server busy", 404 model not found). */
  | { readonly kind: 'status'; readonly status: number; readonly error?: string; readonly delayMs?: number }
  /** No answer until the server closes: slower than any timeout. */
  | { readonly kind: 'hang' }
  /** The connection is cut without a response. */
  | { readonly kind: 'reset' };

/** One request the server received. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  /** The parsed JSON body (undefined for GET or unparsable bodies). */
  readonly body: Record<string, unknown> | undefined;
  readonly at: number;
}

/** A generation request, as the responder sees it. */
export interface GenerationRequest {
  readonly path: '/api/chat' | '/api/generate';
  readonly model: string;
  readonly messages: ReadonlyArray<{ role: string; content: string }>;
  readonly format: unknown;
  readonly options: Record<string, unknown>;
  readonly body: Record<string, unknown>;
}

export type OllamaResponder = (request: GenerationRequest) => OllamaReply | Promise<OllamaReply>;

export interface OllamaTestServerOptions {
  /** Models `/api/tags` lists and generation accepts. Default `["llama3:latest"]`. */
  readonly models?: readonly string[];
  readonly version?: string;
  /** Answers generation requests when no scripted reply is queued. Default: {@link defaultResponder}. */
  readonly responder?: OllamaResponder;
}

const approx = (text: string) => Math.ceil(text.length / 4);

/** The user message's question, from the planner's prompt (`Question: """..."""`). */
export function questionOf(request: GenerationRequest): string {
  const user = [...request.messages].reverse().find((m) => m.role === 'user')?.content ?? '';
  return /Question: """([\s\S]*?)"""/.exec(user)?.[1] ?? user;
}

/** Values of an `enum` at a path of a JSON Schema (`["properties","required_platforms","items"]`). */
export function enumAt(format: unknown, path: readonly string[]): string[] {
  let node: unknown = format;
  for (const key of path) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  const values = node && typeof node === 'object' ? (node as { enum?: unknown }).enum : undefined;
  return Array.isArray(values) ? values.filter((v): v is string => typeof v === 'string') : [];
}

/** A valid analysis answer (the QueryAnalysis shape), with overrides. */
export function analysisAnswer(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    intent: 'security',
    complexity: 'simple',
    required_platforms: ['kql'],
    confidence: 0.9,
    reasoning: 'Sign-in data lives in the KQL workspace.',
    entities: { tables: [], fields: [], time_range: null },
    knowledge_requirements: { requires_sop: true, requires_error_knowledge: false, requires_schema: false },
    query_characteristics: { is_aggregation: false, is_time_series: false, has_joins: false, complexity_factors: [] },
    ...overrides,
  };
}

/** The default responder: a valid answer naming the first platform and table the request's `format` allows. */
export const defaultResponder: OllamaResponder = (request) => {
  const platforms = enumAt(request.format, ['properties', 'required_platforms', 'items']);
  const tables = enumAt(request.format, ['properties', 'entities', 'properties', 'tables', 'items']);
  return {
    kind: 'answer',
    content: analysisAnswer({
      required_platforms: platforms.slice(0, 1),
      confidence: 0.8,
      entities: { tables: tables.slice(0, 1), fields: [], time_range: null },
    }),
  };
};

/** Ready-made replies for the fault modes the planner must survive. */
export const ollamaReplies = {
  answer: (content: string | object, extra: Partial<Omit<Extract<OllamaReply, { kind: 'answer' }>, 'kind' | 'content'>> = {}): OllamaReply => ({ kind: 'answer', content, ...extra }),
  serverError: (): OllamaReply => ({ kind: 'status', status: 500, error: 'llama runner process has terminated: exit status 2' }),
  busy: (): OllamaReply => ({ kind: 'status', status: 503, error: 'server busy, please try again.  maximum pending requests exceeded' }),
  modelNotFound: (model = 'llama3'): OllamaReply => ({ kind: 'status', status: 404, error: `model "${model}" not found, try pulling it first` }),
  slow: (delayMs: number, content: string | object = analysisAnswer()): OllamaReply => ({ kind: 'answer', content, delayMs }),
  hang: (): OllamaReply => ({ kind: 'hang' }),
  reset: (): OllamaReply => ({ kind: 'reset' }),
  invalidJson: (): OllamaReply => ({ kind: 'answer', content: 'Sure! The platform is KQL, because sign-ins live there.' }),
  /** Cut off at `num_predict`: half a JSON object and `done_reason: "length"`. */
  truncatedJson: (): OllamaReply => ({ kind: 'answer', content: JSON.stringify(analysisAnswer()).slice(0, 80), doneReason: 'length' }),
  /** Half a JSON object, but the server claims it stopped normally. */
  truncatedJsonStop: (): OllamaReply => ({ kind: 'answer', content: JSON.stringify(analysisAnswer()).slice(0, 80), doneReason: 'stop' }),
  /** Valid JSON that breaks the schema: wrong types, out-of-range values, missing objects. */
  schemaBreaking: (): OllamaReply => ({ kind: 'answer', content: { intent: 'world domination', complexity: 7, required_platforms: 'kql', confidence: 3 } }),
} as const;

function modelEntry(name: string, index: number) {
  return {
    name,
    model: name,
    modified_at: '2026-01-01T00:00:00Z',
    size: 4_661_224_676,
    digest: `${(index + 1).toString(16).padStart(2, '0')}${'a'.repeat(62)}`,
    details: { parent_model: '', format: 'gguf', family: 'llama', families: ['llama'], parameter_size: '8.0B', quantization_level: 'Q4_0' },
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
export class OllamaTestServer {
  readonly requests: RecordedRequest[] = [];
  private readonly queue: OllamaReply[] = [];
  private readonly sockets = new Set<Socket>();
  private readonly loaded = new Set<string>();
  private responder: OllamaResponder;
  private models: string[];

  private constructor(
    private readonly server: Server,
    readonly url: string,
    private readonly options: OllamaTestServerOptions,
  ) {
    this.responder = options.responder ?? defaultResponder;
    this.models = [...(options.models ?? ['llama3:latest'])];
  }

  static async start(options: OllamaTestServerOptions = {}): Promise<OllamaTestServer> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const instance = new OllamaTestServer(server, `http://127.0.0.1:${port}`, options);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => void instance.handle(req, res));
    server.on('connection', (socket: Socket) => {
      instance.sockets.add(socket);
      socket.on('close', () => instance.sockets.delete(socket));
    });
    return instance;
  }

  /** Queues replies for the next generation requests, in order. */
  script(...replies: OllamaReply[]): this {
    this.queue.push(...replies);
    return this;
  }

  respondWith(responder: OllamaResponder): this {
    this.responder = responder;
    return this;
  }

  setModels(models: readonly string[]): this {
    this.models = [...models];
    return this;
  }

  /** Generation requests that asked for an answer (model loads with no prompt are not counted). */
  get generationRequests(): RecordedRequest[] {
    return this.requests.filter((r) => (r.path === '/api/chat' && Array.isArray(r.body?.['messages']) && (r.body['messages'] as unknown[]).length > 0) || (r.path === '/api/generate' && typeof r.body?.['prompt'] === 'string' && r.body['prompt'] !== ''));
  }

  get chatCalls(): number {
    return this.generationRequests.length;
  }

  /** Forgets recorded requests, queued replies and loaded models; restores the default responder. */
  reset(): void {
    this.requests.length = 0;
    this.queue.length = 0;
    this.loaded.clear();
    this.responder = this.options.responder ?? defaultResponder;
    this.models = [...(this.options.models ?? ['llama3:latest'])];
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: Record<string, unknown> | undefined;
    try {
      body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
    } catch {
      body = undefined;
    }
    const path = (req.url ?? '/').split('?')[0]!;
    this.requests.push({ method: req.method ?? 'GET', path, body, at: Date.now() });

    const json = (status: number, value: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(value));
    };
    if (req.method === 'GET' && path === '/api/version') return json(200, { version: this.options.version ?? '0.12.6' });
    if (req.method === 'GET' && path === '/api/tags') return json(200, { models: this.models.map(modelEntry) });
    if (req.method === 'GET' && path === '/api/ps') {
      return json(200, { models: [...this.loaded].map((m, i) => ({ ...modelEntry(m, i), expires_at: '2026-12-31T00:00:00Z', size_vram: 0 })) });
    }
    if (req.method === 'GET' && path === '/') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('Ollama is running');
      return;
    }
    if (req.method !== 'POST' || (path !== '/api/chat' && path !== '/api/generate')) return json(404, { error: '404 page not found' });
    if (!body) return json(400, { error: 'invalid request body' });
    const model = typeof body['model'] === 'string' ? body['model'] : '';
    const known = this.models.find((m) => sameModel(m, model));
    if (!known) return json(404, { error: `model "${model}" not found, try pulling it first` });

    const messages = path === '/api/chat' ? ((body['messages'] as GenerationRequest['messages'] | undefined) ?? []) : typeof body['prompt'] === 'string' && body['prompt'] !== '' ? [{ role: 'user', content: body['prompt'] }] : [];
    const base = { model, created_at: new Date().toISOString() };
    if (messages.length === 0) {
      // A load request: Ollama loads the model and answers at once.
      this.loaded.add(known);
      return json(200, path === '/api/chat' ? { ...base, message: { role: 'assistant', content: '' }, done_reason: 'load', done: true } : { ...base, response: '', done_reason: 'load', done: true });
    }

    const request: GenerationRequest = { path, model, messages, format: body['format'], options: (body['options'] as Record<string, unknown> | undefined) ?? {}, body };
    const reply = this.queue.shift() ?? (await this.responder(request));
    if ('delayMs' in reply && reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
    switch (reply.kind) {
      case 'hang':
        return; // the socket is destroyed on close
      case 'reset':
        req.socket.destroy();
        return;
      case 'status':
        return json(reply.status, { error: reply.error ?? 'internal error' });
      case 'answer': {
        this.loaded.add(known);
        const content = typeof reply.content === 'string' ? reply.content : JSON.stringify(reply.content);
        const promptText = messages.map((m) => m.content).join('\n');
        const counts: Record<string, number> = {};
        if (reply.promptEvalCount !== null) counts['prompt_eval_count'] = reply.promptEvalCount ?? approx(promptText) + 10;
        if (reply.evalCount !== null) counts['eval_count'] = reply.evalCount ?? approx(content);
        const timing = { total_duration: 1_000_000, load_duration: 100_000, prompt_eval_duration: 200_000, eval_duration: 700_000 };
        const done = { done: true, done_reason: reply.doneReason ?? 'stop', ...timing, ...counts };
        if (body['stream'] === true) {
          res.writeHead(200, { 'content-type': 'application/x-ndjson' });
          for (const piece of content.match(/[\s\S]{1,16}/g) ?? []) {
            res.write(JSON.stringify(path === '/api/chat' ? { ...base, message: { role: 'assistant', content: piece }, done: false } : { ...base, response: piece, done: false }) + '\n');
          }
          res.end(JSON.stringify(path === '/api/chat' ? { ...base, message: { role: 'assistant', content: '' }, ...done } : { ...base, response: '', ...done }) + '\n');
          return;
        }
        return json(200, path === '/api/chat' ? { ...base, message: { role: 'assistant', content }, ...done } : { ...base, response: content, ...done });
      }
    }
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

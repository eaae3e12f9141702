import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import {
  defaultResponder,
  type GenerationRequest,
  type LlmReply,
  type LlmResponder,
  type LlmTestServerOptions,
  type RecordedRequest,
} from './llm-reply';

/** A request being answered: its parsed parts and the response. */
export interface Exchange {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly method: string;
  readonly path: string;
  readonly body: Record<string, unknown> | undefined;
}

/** Starts `server` on a free loopback port. */
export async function listenOnLoopback(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/**
 * The protocol-independent part of an LLM test server on loopback: recorded requests, scripted
 * replies (used in order, one per generation request) or a responder, the open sockets (closed
 * with the server, so a hanging reply ends). Subclasses speak the protocol.
 */
export abstract class ScriptedLlmServer {
  readonly requests: RecordedRequest[] = [];
  private readonly queue: LlmReply[] = [];
  private readonly sockets = new Set<Socket>();
  private responder: LlmResponder;
  protected models: string[];

  protected constructor(
    private readonly server: Server,
    readonly url: string,
    protected readonly options: LlmTestServerOptions,
    private readonly defaultModels: readonly string[],
  ) {
    this.responder = options.responder ?? defaultResponder;
    this.models = [...(options.models ?? defaultModels)];
    server.on('request', (req: IncomingMessage, res: ServerResponse) => void this.receive(req, res));
    server.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  /** Queues replies for the next generation requests, in order. */
  script(...replies: LlmReply[]): this {
    this.queue.push(...replies);
    return this;
  }

  respondWith(responder: LlmResponder): this {
    this.responder = responder;
    return this;
  }

  setModels(models: readonly string[]): this {
    this.models = [...models];
    return this;
  }

  /** Generation requests that asked for an answer (Ollama's model loads with no prompt are not counted). */
  get generationRequests(): RecordedRequest[] {
    return this.requests.filter((r) => this.isGeneration(r));
  }

  get chatCalls(): number {
    return this.generationRequests.length;
  }

  /** Requests the planner's warm-up sends (a model load, or a model listing). */
  get warmUps(): number {
    return this.requests.filter((r) => this.isWarmUp(r)).length;
  }

  /** Forgets recorded requests and queued replies; restores the default responder and models. */
  reset(): void {
    this.requests.length = 0;
    this.queue.length = 0;
    this.responder = this.options.responder ?? defaultResponder;
    this.models = [...(this.options.models ?? this.defaultModels)];
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  protected abstract isGeneration(request: RecordedRequest): boolean;
  protected abstract isWarmUp(request: RecordedRequest): boolean;
  protected abstract route(exchange: Exchange): Promise<void> | void;

  /** The next reply for a generation request, after its delay. */
  protected async replyFor(request: GenerationRequest): Promise<LlmReply> {
    const reply = this.queue.shift() ?? (await this.responder(request));
    if ('delayMs' in reply && reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
    return reply;
  }

  /** Sends what every protocol sends alike for a fault reply; false for an answer or a status, which the protocol renders. */
  protected sendFault(reply: LlmReply, exchange: Exchange): boolean {
    switch (reply.kind) {
      case 'hang':
        return true; // the socket is destroyed on close
      case 'reset':
        exchange.req.socket.destroy();
        return true;
      case 'malformed':
        exchange.res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        exchange.res.end(reply.body ?? '{"truncated": ');
        return true;
      default:
        return false;
    }
  }

  protected json(res: ServerResponse, status: number, value: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(value));
  }

  private async receive(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: Record<string, unknown> | undefined;
    try {
      body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
    } catch {
      body = undefined;
    }
    const method = req.method ?? 'GET';
    const path = (req.url ?? '/').split('?')[0]!;
    this.requests.push({ method, path, body, headers: req.headers, at: Date.now() });
    await this.route({ req, res, method, path, body });
  }
}

/** Creates an HTTP server (not yet listening). */
export const newHttpServer = (): Server => createServer();

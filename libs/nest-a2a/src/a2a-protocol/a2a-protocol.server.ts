import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { agentCardHandler, jsonRpcHandler, restHandler, UserBuilder } from '@a2a-js/sdk/server/express';
import { Counter, type Registry } from 'prom-client';
import { METRICS_REGISTRY } from '../observability/metrics';
import { jsonRpcErrorBody, restErrorBody } from './a2a-error-bodies';
import { A2A_PATHS } from './a2a-paths';
import { agentCardJson, buildAgentCard } from './agent-card.builder';
import { MESH_AGENT_BINDING, type MeshAgentBinding } from './mesh-agent.binding';
import { MeshRequestHandler } from './mesh-request.handler';

/** The methods of the A2A bindings, as metric labels (anything else is `other`). */
const JSON_RPC_METHODS = new Set([
  'SendMessage',
  'SendStreamingMessage',
  'GetTask',
  'ListTasks',
  'CancelTask',
  'SubscribeToTask',
  'GetExtendedAgentCard',
]);

/** The A2A method a request calls, for the metric label (bounded set). */
export function a2aMethodOf(request: Pick<Request, 'method' | 'originalUrl' | 'body'>): string {
  const path = request.originalUrl.split('?', 1)[0] ?? '';
  if (path.startsWith(A2A_PATHS.jsonRpc)) {
    const method = (request.body as { method?: unknown } | undefined)?.method;
    return typeof method === 'string' && JSON_RPC_METHODS.has(method) ? method : 'other';
  }
  if (path.startsWith(A2A_PATHS.card)) return 'GetAgentCard';
  const rest = path.slice(A2A_PATHS.rest.length);
  if (/\/message:send$/.test(rest)) return 'SendMessage';
  if (/\/message:stream$/.test(rest)) return 'SendStreamingMessage';
  if (/\/tasks\/[^/]+:cancel$/.test(rest)) return 'CancelTask';
  if (/\/tasks\/[^/]+:subscribe$/.test(rest)) return 'SubscribeToTask';
  if (/\/tasks\/[^/]+$/.test(rest) && request.method === 'GET') return 'GetTask';
  if (/\/tasks$/.test(rest) && request.method === 'GET') return 'ListTasks';
  return 'other';
}

/** HTTP+JSON errors leave as `application/json` (the SDK labels every response `application/a2a+json`). */
function restErrorsAsJson(_request: Request, response: Response, next: NextFunction): void {
  const json = response.json.bind(response);
  response.json = (body: unknown) => {
    if (response.statusCode >= 400) response.setHeader('Content-Type', 'application/json; charset=utf-8');
    return json(body);
  };
  next();
}

/**
 * One agent's A2A server: its card, the SDK's JSON-RPC, HTTP+JSON and card handlers over the
 * agent's {@link MeshRequestHandler}, and `a2a_requests_total` by binding, method and status.
 */
@Injectable()
export class A2AProtocolServer {
  readonly handler: MeshRequestHandler;
  private readonly router: Router;
  private readonly requests?: Counter<'binding' | 'method' | 'status'>;
  private readonly logger = new Logger('A2A');

  constructor(
    @Inject(MESH_AGENT_BINDING) binding: MeshAgentBinding,
    @Optional() @Inject(METRICS_REGISTRY) registry?: Registry,
  ) {
    const card = buildAgentCard(binding.card);
    this.handler = new MeshRequestHandler(card, binding);
    // The card changes only with a restart: its Last-Modified is the time it was built.
    const lastModified = new Date(Math.floor(Date.now() / 1000) * 1000).toUTCString();
    const wireCard = agentCardJson(card);
    const userBuilder = UserBuilder.noAuthentication;
    this.router = express.Router();
    this.router.use(A2A_PATHS.jsonRpc, jsonRpcHandler({ requestHandler: this.handler, userBuilder }));
    this.router.use(A2A_PATHS.rest, restErrorsAsJson, restHandler({ requestHandler: this.handler, userBuilder }));
    this.router.use(
      A2A_PATHS.card,
      (_request: Request, response: Response, next: NextFunction) => {
        response.setHeader('Last-Modified', lastModified);
        next();
      },
      agentCardHandler({ agentCardProvider: async () => wireCard as never, cache: { maxAge: 300 } }),
    );
    if (registry) {
      const existing = registry.getSingleMetric('a2a_requests_total') as
        Counter<'binding' | 'method' | 'status'> | undefined;
      this.requests =
        existing ??
        new Counter({
          name: 'a2a_requests_total',
          help: 'A2A requests by binding, method and HTTP status',
          labelNames: ['binding', 'method', 'status'],
          registers: [registry],
        });
    }
  }

  /** Serves one request on the A2A routes; what no handler takes is 404 in the binding's format. */
  dispatch(request: Request, response: Response): void {
    const started = performance.now();
    const binding = request.originalUrl.startsWith(A2A_PATHS.jsonRpc)
      ? 'jsonrpc'
      : request.originalUrl.startsWith(A2A_PATHS.rest)
        ? 'http_json'
        : 'card';
    const method = a2aMethodOf(request);
    response.once('finish', () => {
      this.requests?.inc({ binding, method, status: String(response.statusCode) });
      this.logger.debug(`${binding} ${method} ${response.statusCode} in ${Math.round(performance.now() - started)} ms`);
    });
    this.router(request, response, () => {
      if (response.headersSent) return;
      if (binding === 'jsonrpc') response.status(404).json(jsonRpcErrorBody(-32601, 'Method not found.'));
      else
        response
          .status(404)
          .json(
            restErrorBody(404, 'NOT_FOUND', `No A2A route ${request.method} ${request.originalUrl.split('?', 1)[0]}.`),
          );
    });
  }
}

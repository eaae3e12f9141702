import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AgentDescriptor, WorkflowPlan } from '@mesh/a2a-contracts';

export interface FakeReply {
  readonly status?: number;
  readonly body?: unknown;
  /** Raw text instead of JSON. */
  readonly text?: string;
  readonly delayMs?: number;
}

export interface ReceivedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: Record<string, unknown> | undefined;
  readonly at: number;
}

export interface FakeAgentOptions {
  /** `GET /a2a/agent`. */
  readonly descriptor?: AgentDescriptor | (() => FakeReply);
  /** `GET /health`; `{status: "ok"}` when not given. */
  readonly health?: () => FakeReply;
  /** `POST /a2a/task`, given the parsed body. */
  readonly task?: (body: Record<string, unknown>) => FakeReply | Promise<FakeReply>;
}

export interface FakeAgent {
  readonly url: string;
  readonly requests: ReceivedRequest[];
  tasks(): Array<Record<string, unknown>>;
  close(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

async function send(response: ServerResponse, reply: FakeReply): Promise<void> {
  if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs).unref());
  if (response.destroyed) return;
  const text = reply.text ?? (reply.body === undefined ? '' : JSON.stringify(reply.body));
  response.writeHead(reply.status ?? 200, {
    'content-type': reply.text !== undefined ? 'text/plain' : 'application/json',
  });
  response.end(text);
}

/** A tiny agent of the mesh on an ephemeral 127.0.0.1 port, answering what the test says. */
export async function startFakeAgent(options: FakeAgentOptions): Promise<FakeAgent> {
  const requests: ReceivedRequest[] = [];
  const server = createServer((request, response) => {
    void (async () => {
      const text = await readBody(request);
      let body: Record<string, unknown> | undefined;
      try {
        body = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
      } catch {
        body = undefined;
      }
      const path = (request.url ?? '/').split('?')[0]!;
      requests.push({ method: request.method ?? 'GET', path, headers: request.headers, body, at: performance.now() });
      if (request.method === 'GET' && path === '/a2a/agent' && options.descriptor) {
        return send(
          response,
          typeof options.descriptor === 'function' ? options.descriptor() : { body: options.descriptor },
        );
      }
      if (request.method === 'GET' && path === '/health')
        return send(response, options.health ? options.health() : { body: { status: 'ok' } });
      if (request.method === 'POST' && path === '/a2a/task' && options.task && body)
        return send(response, await options.task(body));
      return send(response, {
        status: 404,
        body: { status: 'failed', error: { code: 'NOT_FOUND', message: 'no such route' } },
      });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    tasks: () => requests.filter((r) => r.path === '/a2a/task' && r.body).map((r) => r.body!),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The `POST /a2a/task` answer of an agent that completed. */
export function completed(agentId: string, taskId: unknown, result: unknown, delayMs?: number): FakeReply {
  return { body: { task_id: taskId, agent_id: agentId, status: 'completed', result }, delayMs };
}

/** A knowledge agent whose passages name its domain. */
export function knowledgeAgentOptions(domain: string, delayMs = 0): FakeAgentOptions {
  const agentId = `${domain}_knowledge`;
  return {
    descriptor: {
      agent_id: agentId,
      agent_name: `${domain} knowledge`,
      capabilities: ['retrieve_context'],
      knowledge_domain: domain,
    },
    task: (body) =>
      completed(
        agentId,
        body['task_id'],
        {
          passages: [
            {
              id: `${domain}-1`,
              title: `${domain} passage`,
              source: `${domain}/doc.md`,
              text: `About ${String((body['parameters'] as Record<string, unknown>)['query'])}`,
              score: 0.9,
            },
          ],
        },
        delayMs,
      ),
  };
}

/** A data agent that answers a query naming the passages it was given. */
export function dataAgentOptions(
  platform: string,
  schema: Record<string, unknown> = {},
  delayMs = 0,
): FakeAgentOptions {
  const agentId = `${platform}_data`;
  return {
    descriptor: {
      agent_id: agentId,
      agent_name: `${platform} data`,
      capabilities: ['generate_query'],
      platform,
      schema,
    },
    task: (body) => {
      const parameters = body['parameters'] as Record<string, unknown>;
      const knowledge = (parameters['knowledge'] as Array<{ id: string }> | undefined) ?? [];
      return completed(
        agentId,
        body['task_id'],
        {
          platform,
          query: `${platform} query`,
          tables: [],
          notes: [`knowledge: ${knowledge.map((k) => k.id).join(',')}`],
        },
        delayMs,
      );
    },
  };
}

/** A planner answering create_plan with `plan(parameters)` and optimize_plan with `revise(parameters)`. */
export function plannerOptions(
  plan: (parameters: Record<string, unknown>) => WorkflowPlan | FakeReply,
  revise?: (parameters: Record<string, unknown>) => WorkflowPlan | FakeReply,
): FakeAgentOptions {
  const answer = (body: Record<string, unknown>, value: WorkflowPlan | FakeReply): FakeReply =>
    'plan_id' in value ? completed('workflow_planner', body['task_id'], { plan: value }) : value;
  return {
    descriptor: {
      agent_id: 'workflow_planner',
      agent_name: 'Workflow Planner',
      capabilities: ['create_plan', 'optimize_plan'],
    },
    task: (body) => {
      const parameters = body['parameters'] as Record<string, unknown>;
      if (body['action'] === 'optimize_plan') {
        return revise
          ? answer(body, revise(parameters))
          : {
              body: {
                task_id: body['task_id'],
                status: 'failed',
                error: { code: 'NO_PLATFORM_AVAILABLE', message: 'nothing to swap' },
              },
            };
      }
      return answer(body, plan(parameters));
    },
  };
}

import { Injectable } from '@nestjs/common';
import { A2AErrorCode } from '@mesh/a2a-contracts';
import type { AgentPort, AgentTask } from '../journeys/journey-ports';
import { MeshCallException } from '../journeys/mesh-call.exception';
import { AgentRegistry } from '../registry/agent-registry.service';
import { HttpCallError, requestJson } from './http-json.util';
import { taskResult, unansweredCall } from './task-reply.util';

/**
 * The knowledge and data agents over HTTP: `POST {url}/a2a/task`, the URL from the registry,
 * within the step's signal. An agent that does not answer is marked unreachable.
 */
@Injectable()
export class AgentClient implements AgentPort {
  constructor(private readonly registry: AgentRegistry) {}

  async run(task: AgentTask, signal: AbortSignal): Promise<unknown> {
    const url = this.registry.urlOf(task.agent_id);
    if (!url) throw new MeshCallException(A2AErrorCode.AgentUnavailable, `Agent ${task.agent_id} is not in the registry.`);
    const who = `Agent ${task.agent_id} at ${url}`;
    const started = performance.now();
    let reply;
    try {
      reply = await requestJson({ method: 'POST', url: `${url}/a2a/task`, body: task, signal });
    } catch (error) {
      if (error instanceof HttpCallError && error.kind === 'unreachable') this.registry.markUnreachable(url, error.message);
      throw unansweredCall(error, who, Math.round(performance.now() - started), { timeout: A2AErrorCode.StepTimeout, unreachable: A2AErrorCode.AgentUnavailable });
    }
    return taskResult(reply, who, A2AErrorCode.AgentUnavailable);
  }
}

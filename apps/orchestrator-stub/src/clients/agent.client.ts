import { Injectable } from '@nestjs/common';
import { A2AErrorCode } from '@mesh/a2a-contracts';
import type { AgentPort, AgentTask } from '../journeys/journey-ports';
import { MeshCallException } from '../journeys/mesh-call.exception';
import { AgentRegistry } from '../registry/agent-registry.service';
import { A2AAgentCaller } from './a2a-agent.caller';
import { HttpCallError, requestJson } from './http-json.util';
import { taskResult, unansweredCall } from './task-reply.util';

/**
 * The knowledge and data agents over HTTP, within the step's signal: the official A2A binding
 * (the SDK's client) for an agent that publishes a card, else `POST {url}/a2a/task`, the URL
 * from the registry. An agent that does not answer is marked unreachable.
 */
@Injectable()
export class AgentClient implements AgentPort {
  private readonly a2a = new A2AAgentCaller();

  constructor(private readonly registry: AgentRegistry) {}

  async run(task: AgentTask, signal: AbortSignal): Promise<unknown> {
    const url = this.registry.urlOf(task.agent_id);
    if (!url)
      throw new MeshCallException(A2AErrorCode.AgentUnavailable, `Agent ${task.agent_id} is not in the registry.`);
    const who = `Agent ${task.agent_id} at ${url}`;
    const started = performance.now();
    const published = this.registry.cardOf(task.agent_id);
    if (published) {
      try {
        return await this.a2a.run(published.card, task, signal);
      } catch (error) {
        if (error instanceof MeshCallException) throw error;
        const elapsed = Math.round(performance.now() - started);
        if (signal.aborted)
          throw new MeshCallException(
            A2AErrorCode.StepTimeout,
            `${who} (A2A) did not answer within ${elapsed / 1000} s.`,
          );
        const reason = error instanceof Error ? error.message : String(error);
        this.registry.markUnreachable(url, reason);
        throw new MeshCallException(A2AErrorCode.AgentUnavailable, `${who} (A2A) could not be called: ${reason}`);
      }
    }
    let reply;
    try {
      reply = await requestJson({ method: 'POST', url: `${url}/a2a/task`, body: task, signal });
    } catch (error) {
      if (error instanceof HttpCallError && error.kind === 'unreachable')
        this.registry.markUnreachable(url, error.message);
      throw unansweredCall(error, who, Math.round(performance.now() - started), {
        timeout: A2AErrorCode.StepTimeout,
        unreachable: A2AErrorCode.AgentUnavailable,
      });
    }
    return taskResult(reply, who, A2AErrorCode.AgentUnavailable);
  }
}

import { Role, TaskState, type AgentCard, type Part, type Task } from '@a2a-js/sdk';
import { ClientFactory, type Client } from '@a2a-js/sdk/client';
import { A2AErrorCode } from '@mesh/a2a-contracts';
import { propagationHeaders } from '@mesh/nest-a2a';
import type { AgentTask } from '../journeys/journey-ports';
import { MeshCallException } from '../journeys/mesh-call.exception';

/** The first data part of the parts, if any. */
function dataOf(parts: readonly Part[] | undefined): unknown {
  const content = parts?.find((p) => p.content?.$case === 'data')?.content;
  return content?.$case === 'data' ? content.value : undefined;
}

function textOf(parts: readonly Part[] | undefined): string {
  const content = parts?.find((p) => p.content?.$case === 'text')?.content;
  return content?.$case === 'text' ? content.value : '';
}

/** The mesh `result` a finished A2A task carries, or the MeshCallException for a task that did not complete. */
export function resultOfTask(task: Task, who: string): unknown {
  const state = task.status?.state;
  if (state === TaskState.TASK_STATE_COMPLETED) {
    const result = dataOf(task.artifacts[0]?.parts);
    if (result === undefined)
      throw new MeshCallException(A2AErrorCode.AgentUnavailable, `${who} completed without a data artifact.`);
    return result;
  }
  const parts = task.status?.message?.parts;
  const error = (dataOf(parts) as { error?: { code?: unknown; message?: unknown; details?: unknown[] } } | undefined)
    ?.error;
  if (error && typeof error.code === 'string') {
    throw new MeshCallException(
      error.code,
      `${who} answered ${error.code}: ${String(error.message ?? '')}`,
      error.details ?? [],
    );
  }
  throw new MeshCallException(
    A2AErrorCode.AgentUnavailable,
    `${who} ended the task in ${TaskState[state ?? TaskState.TASK_STATE_UNSPECIFIED]}: ${textOf(parts)}`,
  );
}

/**
 * Calls an agent that publishes an A2A card with the SDK's client (its preferred binding):
 * the step's parameters as a data part, the action as the skill, the request id carried on.
 */
export class A2AAgentCaller {
  private readonly clients = new Map<string, Promise<Client>>();
  private readonly factory = new ClientFactory();

  async run(card: AgentCard, task: AgentTask, signal: AbortSignal): Promise<unknown> {
    const key = card.supportedInterfaces[0]?.url ?? card.name;
    let client = this.clients.get(key);
    if (!client) {
      client = this.factory.createFromAgentCard(card);
      client.catch(() => this.clients.delete(key));
      this.clients.set(key, client);
    }
    const result = await (
      await client
    ).sendMessage(
      {
        tenant: '',
        message: {
          messageId: task.task_id,
          contextId: '',
          taskId: '',
          role: Role.ROLE_USER,
          parts: [
            {
              content: { $case: 'data', value: task.parameters },
              mediaType: 'application/json',
              filename: '',
              metadata: undefined,
            },
          ],
          metadata: { skill: task.action },
          extensions: [],
          referenceTaskIds: [],
        },
        configuration: undefined,
        metadata: undefined,
      },
      { signal, serviceParameters: propagationHeaders() },
    );
    const who = `Agent ${task.agent_id} (A2A)`;
    if (!('status' in result))
      throw new MeshCallException(
        A2AErrorCode.AgentUnavailable,
        `${who} answered a message, not a task: ${textOf(result.parts)}`,
      );
    return resultOfTask(result, who);
  }
}

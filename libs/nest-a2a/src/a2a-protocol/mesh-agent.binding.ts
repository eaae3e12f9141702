import type { A2ATaskRequest, A2ATaskResponse } from '@mesh/a2a-contracts';
import type { AgentCardOptions } from './agent-card.builder';
import type { TaskStoreLimits } from './bounded-task.store';
import type { InboundMessage } from './message-reader.util';

/** Injection token of an app's {@link MeshAgentBinding}. */
export const MESH_AGENT_BINDING = Symbol('MESH_AGENT_BINDING');

/**
 * How an agent of the mesh answers A2A: its card, how a message becomes the mesh's task request,
 * and the app's own `/a2a/task` service, which serves both endpoints.
 */
export interface MeshAgentBinding {
  readonly card: AgentCardOptions;
  /** Tasks kept for GetTask/ListTasks (defaults: 1000 tasks, one hour). */
  readonly tasks?: TaskStoreLimits;
  /** The artifact's name (`plan`, `passages`, `query`); `result` when unset. */
  readonly artifactName?: string;
  /**
   * The mesh request a message stands for. Throw the SDK's `RequestMalformedError` when the
   * message carries nothing this agent can read (the client gets invalid params, -32602).
   */
  readonly read: (message: InboundMessage, taskId: string) => A2ATaskRequest;
  /** The app's `/a2a/task` service. A 4xx `A2ARequestException` it throws becomes invalid params. */
  readonly handle: (
    request: A2ATaskRequest,
  ) => Promise<A2ATaskResponse<unknown, unknown>> | A2ATaskResponse<unknown, unknown>;
  /** Status lines streamed while the task works (the planner's phases), read from the answer. */
  readonly progress?: (response: A2ATaskResponse<unknown, unknown>) => readonly string[];
  /**
   * For work that takes a while (a journey): the request is checked before its task opens, then
   * run with each status line published as it happens. When set, it answers instead of `handle`.
   */
  readonly live?: {
    readonly validate: (request: A2ATaskRequest) => void;
    readonly run: (
      request: A2ATaskRequest,
      onLine: (line: string) => void,
    ) => Promise<A2ATaskResponse<unknown, unknown>>;
  };
}

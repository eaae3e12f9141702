import { HttpException } from '@nestjs/common';
import type { Message, SendMessageRequest } from '@a2a-js/sdk';
import { RequestMalformedError } from '@a2a-js/sdk/errors';
import {
  AgentEvent,
  DefaultExecutionEventBusManager,
  DefaultRequestHandler,
  type A2ARequestHandler,
  type AgentExecutor,
  type ExecutionEventBus,
  type RequestContext,
  type ServerCallContext,
} from '@a2a-js/sdk/server';
import { TaskState, type AgentCard } from '@a2a-js/sdk';
import type { A2ATaskRequest, A2ATaskResponse } from '@mesh/a2a-contracts';
import { LIMITS } from '@mesh/a2a-contracts';
import { A2ARequestException } from '../a2a-request.exception';
import { BoundedTaskStore } from './bounded-task.store';
import type { MeshAgentBinding } from './mesh-agent.binding';
import { readInboundMessage } from './message-reader.util';
import { progressEvent, taskEventsFor } from './task-events.util';

/** A message's answer, or (for live work) its checked request, to run once the task is open. */
type Answer =
  | { readonly kind: 'answered'; readonly response: A2ATaskResponse<unknown, unknown> }
  | { readonly kind: 'live'; readonly request: A2ATaskRequest };

/** A refusal by the agent's service (a 4xx) as the protocol's invalid params; anything else as is. */
function asInvalidParams(error: unknown): unknown {
  if (error instanceof A2ARequestException || (error instanceof HttpException && error.getStatus() < 500)) {
    const details = error instanceof A2ARequestException ? error.details : [];
    return new RequestMalformedError(
      `${error.message}${details.length ? ` ${JSON.stringify(details.slice(0, 5))}` : ''}`,
    );
  }
  return error;
}

export interface MeshRequestHandlerOptions {
  readonly now?: () => string;
  readonly newId?: () => string;
}

/**
 * The A2A request handler of one mesh agent: the SDK's DefaultRequestHandler (task lifecycle,
 * streaming, GetTask/ListTasks/CancelTask) over a bounded task store, with the agent's own
 * `/a2a/task` service answering. A message is answered before its task is opened, so a payload
 * the service refuses is the protocol's invalid-params error rather than a failed task.
 */
export class MeshRequestHandler implements A2ARequestHandler {
  readonly store: BoundedTaskStore;
  private readonly inner: DefaultRequestHandler;
  private readonly answered = new WeakMap<SendMessageRequest, Answer>();

  constructor(
    readonly card: AgentCard,
    private readonly binding: MeshAgentBinding,
    private readonly options: MeshRequestHandlerOptions = {},
  ) {
    this.store = new BoundedTaskStore(binding.tasks ?? { maxTasks: 1000, ttlMs: 3_600_000 });
    const executor: AgentExecutor = {
      execute: (context, bus) => this.execute(context, bus),
      cancelTask: async (taskId, bus) => this.cancel(taskId, bus),
    };
    // No state keeps an event bus alive: a task waiting for input holds no memory but its stored copy.
    this.inner = new DefaultRequestHandler(
      card,
      this.store,
      executor,
      new DefaultExecutionEventBusManager(),
      undefined,
      undefined,
      undefined,
      undefined,
      {
        keepBusAliveStates: [],
      },
    );
  }

  getAgentCard: A2ARequestHandler['getAgentCard'] = () => this.inner.getAgentCard();
  getAuthenticatedExtendedAgentCard: A2ARequestHandler['getAuthenticatedExtendedAgentCard'] = (p, c) =>
    this.inner.getAuthenticatedExtendedAgentCard(p, c);
  getTask: A2ARequestHandler['getTask'] = (p, c) => this.inner.getTask(p, c);
  listTasks: A2ARequestHandler['listTasks'] = (p, c) => this.inner.listTasks(p, c);
  cancelTask: A2ARequestHandler['cancelTask'] = (p, c) => this.inner.cancelTask(p, c);
  resubscribe: A2ARequestHandler['resubscribe'] = (p, c) => this.inner.resubscribe(p, c);
  createTaskPushNotificationConfig: A2ARequestHandler['createTaskPushNotificationConfig'] = (p, c) =>
    this.inner.createTaskPushNotificationConfig(p, c);
  getTaskPushNotificationConfig: A2ARequestHandler['getTaskPushNotificationConfig'] = (p, c) =>
    this.inner.getTaskPushNotificationConfig(p, c);
  listTaskPushNotificationConfigs: A2ARequestHandler['listTaskPushNotificationConfigs'] = (p, c) =>
    this.inner.listTaskPushNotificationConfigs(p, c);
  deleteTaskPushNotificationConfig: A2ARequestHandler['deleteTaskPushNotificationConfig'] = (p, c) =>
    this.inner.deleteTaskPushNotificationConfig(p, c);

  async sendMessage(
    params: SendMessageRequest,
    context: ServerCallContext,
  ): ReturnType<A2ARequestHandler['sendMessage']> {
    this.answered.set(params, await this.answer(params.message));
    return this.inner.sendMessage(params, context);
  }

  async *sendMessageStream(
    params: SendMessageRequest,
    context: ServerCallContext,
  ): ReturnType<A2ARequestHandler['sendMessageStream']> {
    this.answered.set(params, await this.answer(params.message));
    yield* this.inner.sendMessageStream(params, context);
  }

  /** The agent's answer to a message, or invalid params when it cannot be read or the service refuses it. */
  private async answer(message: Message | undefined): Promise<Answer> {
    if (!message?.messageId) throw new RequestMalformedError('message.messageId is required.');
    const taskId = (message.taskId || message.messageId).slice(0, LIMITS.taskIdMaxLength);
    const request = this.binding.read(readInboundMessage(message), taskId);
    try {
      if (this.binding.live) {
        this.binding.live.validate(request);
        return { kind: 'live', request };
      }
      return { kind: 'answered', response: await this.binding.handle(request) };
    } catch (error) {
      throw asInvalidParams(error);
    }
  }

  private async execute(context: RequestContext, bus: ExecutionEventBus): Promise<void> {
    const answer = this.answered.get(context.request) ?? (await this.answer(context.userMessage));
    const ids = { taskId: context.taskId, contextId: context.contextId };
    const now = this.options.now ?? (() => new Date().toISOString());
    const newId = this.options.newId ?? (() => crypto.randomUUID());
    const describe = (response: A2ATaskResponse<unknown, unknown>, progress: readonly string[]) =>
      taskEventsFor({
        ids,
        history: context.task ? [...context.task.history] : [context.userMessage],
        response,
        progress,
        artifactName: this.binding.artifactName ?? 'result',
        now,
        newId,
      });
    if (answer.kind === 'answered') {
      for (const event of describe(answer.response, this.binding.progress?.(answer.response) ?? [])) bus.publish(event);
    } else {
      // The task opens first, each line follows as it happens, then the result and the final state.
      const opening = describe({ task_id: answer.request.task_id, agent_id: '', status: 'completed' }, []).slice(0, 1);
      for (const event of opening) bus.publish(event);
      const response = await this.binding.live!.run(answer.request, (line) =>
        bus.publish(progressEvent(ids, line, now, newId)),
      );
      for (const event of describe(response, []).slice(1)) bus.publish(event);
    }
    bus.finished();
  }

  private cancel(taskId: string, bus: ExecutionEventBus): void {
    bus.publish(
      AgentEvent.statusUpdate({
        taskId,
        contextId: '',
        status: { state: TaskState.TASK_STATE_CANCELED, message: undefined, timestamp: new Date().toISOString() },
        metadata: undefined,
      }),
    );
    bus.finished();
  }
}

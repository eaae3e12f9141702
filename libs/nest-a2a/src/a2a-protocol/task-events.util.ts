import { AgentEvent, type AgentExecutionEvent } from '@a2a-js/sdk/server';
import { Role, TaskState, type Message, type Part, type TaskStatus } from '@a2a-js/sdk';
import type { A2ATaskResponse } from '@mesh/a2a-contracts';

export interface TaskIds {
  readonly taskId: string;
  readonly contextId: string;
}

export interface TaskEventsInput {
  readonly ids: TaskIds;
  /** The task's history: the client's message (and, on a follow-up turn, the turns before it). */
  readonly history: Message[];
  /** The mesh answer the task reports. */
  readonly response: A2ATaskResponse<unknown, unknown>;
  readonly progress: readonly string[];
  readonly artifactName: string;
  /** ISO timestamps, one per status: injectable so tests compare runs. */
  readonly now: () => string;
  readonly newId: () => string;
}

export function textPart(text: string): Part {
  return { content: { $case: 'text', value: text }, mediaType: 'text/plain', filename: '', metadata: undefined };
}

export function dataPart(value: unknown): Part {
  return { content: { $case: 'data', value }, mediaType: 'application/json', filename: '', metadata: undefined };
}

function agentMessage(ids: TaskIds, messageId: string, parts: Part[]): Message {
  return {
    messageId,
    contextId: ids.contextId,
    taskId: ids.taskId,
    role: Role.ROLE_AGENT,
    parts,
    metadata: undefined,
    extensions: [],
    referenceTaskIds: [],
  };
}

interface Clarification {
  question?: unknown;
}

/** The clarification of an `input_required` answer, if it carries one. */
function clarificationOf(response: A2ATaskResponse<unknown, unknown>): Clarification | undefined {
  const result = response.result as { clarification?: unknown } | undefined;
  const clarification = result?.clarification;
  return clarification && typeof clarification === 'object' ? (clarification as Clarification) : undefined;
}

/** The status update of one progress line (the task still working). */
export function progressEvent(ids: TaskIds, line: string, now: () => string, newId: () => string): AgentExecutionEvent {
  return AgentEvent.statusUpdate({
    taskId: ids.taskId,
    contextId: ids.contextId,
    status: {
      state: TaskState.TASK_STATE_WORKING,
      message: agentMessage(ids, newId(), [textPart(line)]),
      timestamp: now(),
    },
    metadata: undefined,
  });
}

/**
 * The A2A events that report one mesh answer, in order: the task (working), a status line per
 * progress step, then the result as an artifact and the final state (completed), or the
 * clarification (input required), or the error (failed, with its code and reason).
 */
export function taskEventsFor(input: TaskEventsInput): AgentExecutionEvent[] {
  const { ids, response } = input;
  const status = (state: TaskState, parts?: Part[]): TaskStatus => ({
    state,
    message: parts ? agentMessage(ids, input.newId(), parts) : undefined,
    timestamp: input.now(),
  });
  const update = (state: TaskState, parts?: Part[]) =>
    AgentEvent.statusUpdate({
      taskId: ids.taskId,
      contextId: ids.contextId,
      status: status(state, parts),
      metadata: undefined,
    });
  const events: AgentExecutionEvent[] = [
    AgentEvent.task({
      id: ids.taskId,
      contextId: ids.contextId,
      status: status(TaskState.TASK_STATE_WORKING),
      artifacts: [],
      history: input.history,
      metadata: undefined,
    }),
    ...input.progress.map((line) => update(TaskState.TASK_STATE_WORKING, [textPart(line)])),
  ];
  const outcome = String(response.status);
  if (outcome === 'completed') {
    events.push(
      AgentEvent.artifactUpdate({
        taskId: ids.taskId,
        contextId: ids.contextId,
        artifact: {
          artifactId: `${input.artifactName}-${ids.taskId}`,
          name: input.artifactName,
          description: `The ${input.artifactName} the agent answered with`,
          parts: [dataPart(response.result ?? {})],
          metadata: response.metadata ? { ...(response.metadata as Record<string, unknown>) } : undefined,
          extensions: [],
        },
        append: false,
        lastChunk: true,
        metadata: undefined,
      }),
      update(TaskState.TASK_STATE_COMPLETED, [textPart(`${input.artifactName} ready`)]),
    );
  } else if (outcome === 'input_required') {
    const clarification = clarificationOf(response);
    const question =
      typeof clarification?.question === 'string' ? clarification.question : 'The agent needs more detail to go on.';
    events.push(
      update(TaskState.TASK_STATE_INPUT_REQUIRED, [
        textPart(question),
        dataPart({ clarification: clarification ?? {} }),
      ]),
    );
  } else {
    const error = response.error ?? { code: 'FAILED', message: 'The agent could not answer.' };
    events.push(
      update(TaskState.TASK_STATE_FAILED, [textPart(`${error.code}: ${error.message}`), dataPart({ error })]),
    );
  }
  return events;
}

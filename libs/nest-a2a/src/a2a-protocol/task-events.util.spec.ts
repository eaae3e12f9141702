import { Role, TaskState, type Message } from '@a2a-js/sdk';
import { taskEventsFor, type TaskEventsInput } from './task-events.util';

const user: Message = {
  messageId: 'm1',
  contextId: 'c',
  taskId: '',
  role: Role.ROLE_USER,
  parts: [],
  metadata: undefined,
  extensions: [],
  referenceTaskIds: [],
};
const input = (response: TaskEventsInput['response'], progress: string[] = []): TaskEventsInput => ({
  ids: { taskId: 't', contextId: 'c' },
  history: [user],
  response,
  progress,
  artifactName: 'plan',
  now: () => '2026-11-26T10:00:00.000Z',
  newId: () => 'id',
});

describe('taskEventsFor', () => {
  it('opens with the working task, a status line per phase, then the result artifact and completed', () => {
    const events = taskEventsFor(
      input({ task_id: 't', agent_id: 'p', status: 'completed', result: { plan: {} } }, ['Analysed', 'Plan ready']),
    );

    expect(events.map((e) => e.kind)).toEqual([
      'task',
      'statusUpdate',
      'statusUpdate',
      'artifactUpdate',
      'statusUpdate',
    ]);
    const artifact = events[3]!;
    expect(artifact.kind === 'artifactUpdate' && artifact.data.artifact?.parts[0]?.content).toEqual({
      $case: 'data',
      value: { plan: {} },
    });
    const last = events[4]!;
    expect(last.kind === 'statusUpdate' && last.data.status?.state).toBe(TaskState.TASK_STATE_COMPLETED);
  });

  it('ends an input_required answer in TASK_STATE_INPUT_REQUIRED with the question and the clarification', () => {
    const clarification = {
      question: 'What should I look for?',
      missing: ['subject'],
      suggestions: ['Failed sign-ins'],
    };
    const events = taskEventsFor(
      input({ task_id: 't', agent_id: 'p', status: 'input_required' as never, result: { clarification } }),
    );

    const last = events[events.length - 1]!;
    expect(last.kind === 'statusUpdate' && last.data.status?.state).toBe(TaskState.TASK_STATE_INPUT_REQUIRED);
    expect(last.kind === 'statusUpdate' && last.data.status?.message?.parts.map((p) => p.content)).toEqual([
      { $case: 'text', value: 'What should I look for?' },
      { $case: 'data', value: { clarification } },
    ]);
    expect(events.some((e) => e.kind === 'artifactUpdate')).toBe(false);
  });

  it('ends a failed answer in TASK_STATE_FAILED with the code and reason', () => {
    const events = taskEventsFor(
      input({
        task_id: 't',
        agent_id: 'p',
        status: 'failed',
        error: { code: 'NO_DATA_AGENTS', message: 'nothing to query' },
      }),
    );

    const last = events[events.length - 1]!;
    expect(last.kind === 'statusUpdate' && last.data.status?.state).toBe(TaskState.TASK_STATE_FAILED);
    expect(last.kind === 'statusUpdate' && last.data.status?.message?.parts[0]?.content).toEqual({
      $case: 'text',
      value: 'NO_DATA_AGENTS: nothing to query',
    });
  });
});

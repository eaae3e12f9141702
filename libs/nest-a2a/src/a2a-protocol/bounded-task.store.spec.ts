import { TaskState, type Task } from '@a2a-js/sdk';
import type { ServerCallContext } from '@a2a-js/sdk/server';
import { BoundedTaskStore } from './bounded-task.store';

const context = { tenant: undefined } as unknown as ServerCallContext;
const task = (id: string, timestamp: string, state = TaskState.TASK_STATE_COMPLETED): Task => ({
  id,
  contextId: 'c',
  status: { state, message: undefined, timestamp },
  artifacts: [],
  history: [],
  metadata: undefined,
});
const list = (store: BoundedTaskStore, extra: { pageSize?: number; pageToken?: string; status?: TaskState } = {}) =>
  store.list(
    {
      tenant: '',
      contextId: '',
      status: extra.status ?? TaskState.TASK_STATE_UNSPECIFIED,
      pageSize: extra.pageSize,
      pageToken: extra.pageToken ?? '',
      historyLength: undefined,
      statusTimestampAfter: undefined,
      includeArtifacts: false,
    },
    context,
  );

describe('BoundedTaskStore', () => {
  it('keeps at most maxTasks, dropping the least recently used', async () => {
    const store = new BoundedTaskStore({ maxTasks: 2, ttlMs: 60_000 });
    await store.save(task('a', '2026-01-01T00:00:01Z'), context);
    await store.save(task('b', '2026-01-01T00:00:02Z'), context);
    await store.save(task('c', '2026-01-01T00:00:03Z'), context);

    expect(store.size).toBe(2);
    expect(await store.load('a', context)).toBeUndefined();
    expect((await store.load('c', context))?.id).toBe('c');
  });

  it('forgets a task after its TTL', async () => {
    let now = 1000;
    const store = new BoundedTaskStore({ maxTasks: 10, ttlMs: 1000, clock: { now: () => now } });
    await store.save(task('a', '2026-01-01T00:00:01Z'), context);
    now = 1900;
    const before = await store.load('a', context);
    now = 2500;

    expect(before?.id).toBe('a');
    expect(await store.load('a', context)).toBeUndefined();
  });

  it('lists newest first, filtered by state, in pages', async () => {
    const store = new BoundedTaskStore({ maxTasks: 10, ttlMs: 60_000 });
    for (const [id, second] of [
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ] as const)
      await store.save(task(id, `2026-01-01T00:00:0${second}Z`), context);
    await store.save(task('w', '2026-01-01T00:00:09Z', TaskState.TASK_STATE_WORKING), context);

    const first = await list(store, { pageSize: 2, status: TaskState.TASK_STATE_COMPLETED });
    const second = await list(store, {
      pageSize: 2,
      status: TaskState.TASK_STATE_COMPLETED,
      pageToken: first.nextPageToken,
    });

    expect(first.tasks.map((t) => t.id)).toEqual(['c', 'b']);
    expect(second.tasks.map((t) => t.id)).toEqual(['a']);
    expect(second.nextPageToken).toBe('');
    expect(first.totalSize).toBe(3);
  });

  it('returns copies: changing a loaded task does not change the stored one', async () => {
    const store = new BoundedTaskStore({ maxTasks: 10, ttlMs: 60_000 });
    await store.save(task('a', '2026-01-01T00:00:01Z'), context);
    const loaded = (await store.load('a', context))!;
    loaded.id = 'changed';

    expect((await store.load('a', context))?.id).toBe('a');
  });
});

import type { ListTasksRequest, ListTasksResponse, Task } from '@a2a-js/sdk';
import type { ServerCallContext, TaskStore } from '@a2a-js/sdk/server';
import { LRUCache } from 'lru-cache';

export interface TaskStoreLimits {
  /** Most tasks kept; the least recently used goes first. */
  readonly maxTasks: number;
  /** How long a task is kept after its last update, in milliseconds. */
  readonly ttlMs: number;
  /** The clock the TTL runs on (milliseconds); `performance` when not given. */
  readonly clock?: { now(): number };
}

const DEFAULT_PAGE_SIZE = 50;

/** The page token: the offset into the filtered, newest-first list, base64url-encoded. */
function decodeOffset(token: string): number {
  const offset = Number.parseInt(Buffer.from(token, 'base64url').toString('utf8'), 10);
  return Number.isSafeInteger(offset) && offset >= 0 ? offset : Number.MAX_SAFE_INTEGER;
}

/**
 * The A2A tasks of one agent, bounded by count and age (lru-cache). Tasks are scoped by tenant;
 * the mesh authenticates clients with one shared key, so there is one owner. Entries are
 * copied in and out, as the SDK's in-memory store does.
 */
export class BoundedTaskStore implements TaskStore {
  private readonly tasks: LRUCache<string, Task>;

  constructor(limits: TaskStoreLimits) {
    this.tasks = new LRUCache<string, Task>({
      max: Math.max(1, limits.maxTasks),
      ttl: Math.max(1, limits.ttlMs),
      ttlResolution: 0,
      updateAgeOnGet: false,
      ...(limits.clock ? { perf: limits.clock } : {}),
    });
  }

  get size(): number {
    return this.tasks.size;
  }

  async save(task: Task, context: ServerCallContext): Promise<void> {
    this.tasks.set(this.key(task.id, context), structuredClone(task));
  }

  async load(taskId: string, context: ServerCallContext): Promise<Task | undefined> {
    const task = this.tasks.get(this.key(taskId, context));
    return task ? structuredClone(task) : undefined;
  }

  async list(params: ListTasksRequest, context: ServerCallContext): Promise<ListTasksResponse> {
    const prefix = `${context.tenant ?? ''}\u0000`;
    const after = params.statusTimestampAfter ? Date.parse(params.statusTimestampAfter) : undefined;
    const matching: Task[] = [];
    for (const [key, task] of this.tasks.entries()) {
      if (!key.startsWith(prefix)) continue;
      if (params.contextId && task.contextId !== params.contextId) continue;
      if (params.status && task.status?.state !== params.status) continue;
      if (after !== undefined && !(Date.parse(task.status?.timestamp ?? '') >= after)) continue;
      matching.push(task);
    }
    matching.sort(
      (a, b) => (b.status?.timestamp ?? '').localeCompare(a.status?.timestamp ?? '') || b.id.localeCompare(a.id),
    );
    const pageSize = params.pageSize ?? DEFAULT_PAGE_SIZE;
    const offset = params.pageToken ? decodeOffset(params.pageToken) : 0;
    const page = matching.slice(offset, offset + pageSize).map((task) => {
      const copy = structuredClone(task);
      if (!params.includeArtifacts) copy.artifacts = [];
      if (params.historyLength !== undefined)
        copy.history = params.historyLength === 0 ? [] : copy.history.slice(-params.historyLength);
      return copy;
    });
    const next =
      offset + pageSize < matching.length ? Buffer.from(String(offset + pageSize), 'utf8').toString('base64url') : '';
    return { tasks: page, nextPageToken: next, pageSize, totalSize: matching.length };
  }

  private key(taskId: string, context: ServerCallContext): string {
    return `${context.tenant ?? ''}\u0000${taskId}`;
  }
}

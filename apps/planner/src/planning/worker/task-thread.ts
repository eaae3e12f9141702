import { Worker } from 'node:worker_threads';

export interface TaskThreadOptions {
  /** The worker's script: a file, or (with `eval`) its source. */
  readonly script: string;
  readonly eval?: boolean;
  /** Node options of the worker. */
  readonly execArgv?: readonly string[];
  /** A worker that exits this many times within a minute is not started again for that minute. */
  readonly maxDeathsPerMinute?: number;
  /** Heap of the worker, in MB (one it outgrows ends the worker, not the process). */
  readonly maxOldGenerationSizeMb?: number;
  /**
   * The script posts `{ warm: true }` once it answers tasks promptly (after a warm-up): until then the
   * thread is not {@link TaskThread.warm}. Without it a thread is warm as soon as it is started.
   */
  readonly announcesWarm?: boolean;
  readonly onExit?: (code: number, pending: number) => void;
  readonly onError?: (error: Error) => void;
}

/**
 * One worker thread that runs tasks one message each (`{id, input}` in, `{id, output}` out), started
 * at once and again after it dies. `run` answers `undefined` when there is no thread to run the task
 * (closed, or dying in a loop) or the thread died before answering: the caller then runs it itself,
 * so a task once accepted is never lost.
 */
export class TaskThread<In, Out> {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, (output: Out | undefined) => void>();
  private nextId = 0;
  private deaths: number[] = [];
  private closed = false;
  private warmWorker: Worker | undefined;

  constructor(private readonly options: TaskThreadOptions) {
    this.ensure();
  }

  /** Whether the running worker has said it is warmed up (see {@link TaskThreadOptions.announcesWarm}). */
  get warm(): boolean {
    return this.worker !== undefined && this.warmWorker === this.worker;
  }

  /** Tasks sent and not answered yet. */
  get inFlight(): number {
    return this.pending.size;
  }

  run(input: In): Promise<Out | undefined> {
    const worker = this.ensure();
    if (!worker) return Promise.resolve(undefined);
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      worker.postMessage({ id, input });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }

  private ensure(): Worker | undefined {
    if (this.closed) return undefined;
    if (this.worker) return this.worker;
    const now = Date.now();
    this.deaths = this.deaths.filter((at) => now - at < 60_000);
    if (this.deaths.length >= (this.options.maxDeathsPerMinute ?? 5)) return undefined;
    const worker = new Worker(this.options.script, {
      eval: this.options.eval ?? false,
      execArgv: this.options.execArgv ? [...this.options.execArgv] : undefined,
      resourceLimits: this.options.maxOldGenerationSizeMb
        ? { maxOldGenerationSizeMb: this.options.maxOldGenerationSizeMb }
        : undefined,
    });
    // The HTTP server keeps the process alive; an idle worker must not.
    worker.unref();
    if (!this.options.announcesWarm) this.warmWorker = worker;
    worker.on('message', (message: { id: number; output: Out } | { warm: true }) => {
      if ('warm' in message) {
        this.warmWorker = worker;
        return;
      }
      const done = this.pending.get(message.id);
      this.pending.delete(message.id);
      done?.(message.output);
    });
    worker.on('error', (error) => this.options.onError?.(error));
    worker.on('exit', (code) => {
      if (this.worker === worker) this.worker = undefined;
      const lost = [...this.pending.values()];
      this.pending.clear();
      if (!this.closed) {
        this.deaths.push(Date.now());
        this.options.onExit?.(code, lost.length);
      }
      for (const done of lost) done(undefined);
    });
    this.worker = worker;
    return worker;
  }
}

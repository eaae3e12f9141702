import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { A2ARequestException, malformedJsonError, type DeferredJsonBody } from '@mesh/nest-a2a';
import { PlannerSettings } from '../../config/planner-settings';
import { A2ATaskService } from '../a2a-task.service';
import { Clock } from '../clock';
import { PlannerMetrics } from '../planner.metrics';
import { PlannerService } from '../planner.service';
import { answerTaskBody, type TaskBodyAnswer } from './task-body.handler';
import { TaskThread } from './task-thread';

/** How to start the planning worker thread: a script file, or (with `eval`) its source. */
export interface PlanningWorkerScript {
  readonly script: string;
  readonly eval?: boolean;
  readonly execArgv?: readonly string[];
  /** The script posts `{ warm: true }` after its warm-up (the planning worker does). */
  readonly announcesWarm?: boolean;
}

export const PLANNING_WORKER_SCRIPT = Symbol('PLANNING_WORKER_SCRIPT');

/**
 * The compiled worker beside this file; null (no worker: everything is planned on the main thread)
 * when the app runs from TypeScript sources, as in the unit tests, unless a test provides a script.
 */
export function compiledWorkerScript(): PlanningWorkerScript | null {
  const script = join(__dirname, 'planning.worker.js');
  return existsSync(script) ? { script, announcesWarm: true } : null;
}

/** Bodies from this many bytes on are decoded, parsed, validated and planned in the worker. */
export const WORKER_BODY_FROM = 64 * 1024;

/**
 * Keeps the main thread (HTTP, `/health`, metrics, the LLM) responsive while large `POST /a2a/task`
 * bodies are planned: in the heuristic mode, a UTF-8 body of {@link WORKER_BODY_FROM} bytes or more is
 * handed over as bytes (a `DeferredJsonBody`) and decoded, parsed, guarded, validated, planned and serialised
 * in one worker thread; the main thread writes the answer, counts the metrics and turns a refusal into
 * the same error answer as before. A worker that dies is started again; its unanswered tasks, and
 * any task while there is no worker, run here on the main thread as before.
 */
@Injectable()
export class PlanningWorker implements OnModuleDestroy {
  private readonly logger = new Logger(PlanningWorker.name);
  private readonly thread: TaskThread<Uint8Array, TaskBodyAnswer> | undefined;
  /** Deferred bodies answered so far, by where. */
  readonly answered = { worker: 0, mainThread: 0 };

  constructor(
    private readonly settings: PlannerSettings,
    private readonly planner: PlannerService,
    private readonly clock: Clock,
    private readonly metrics: PlannerMetrics,
    @Inject(PLANNING_WORKER_SCRIPT) script: PlanningWorkerScript | null,
  ) {
    this.thread =
      settings.llm.mode === 'heuristic' && script
        ? new TaskThread<Uint8Array, TaskBodyAnswer>({
            ...script,
            maxOldGenerationSizeMb: 1024,
            onExit: (code, pending) =>
              this.logger.warn(`planning worker exited (code ${code}); ${pending} task(s) answered here instead`),
            onError: (error) => this.logger.error(`planning worker failed: ${error.message}`, error.stack),
          })
        : undefined;
  }

  /**
   * Whether large bodies are answered promptly: there is no worker (they are planned here), or it has
   * finished its warm-up (a large body sent before waits for it, a second or two after start).
   */
  get warm(): boolean {
    return this.thread === undefined || this.thread.warm;
  }

  /** Whether large bodies go to the worker (the body parser's `defer`). */
  get enabled(): boolean {
    return this.thread !== undefined;
  }

  /** The JSON answer to a deferred `POST /a2a/task` body; throws what the app would have thrown for it. */
  async answer(body: DeferredJsonBody): Promise<string> {
    const bytes = body.bytes;
    body.bytes = new Uint8Array(0);
    // The bytes are copied to the worker (a memcpy), not moved: if it dies, they are answered here.
    let answer = await this.thread?.run(bytes);
    if (answer) this.answered.worker += 1;
    else {
      answer = await this.answerHere(bytes);
      this.answered.mainThread += 1;
    }
    for (const call of answer.metrics) {
      if (call.method === 'planned') this.metrics.planned(...call.args);
      else this.metrics.answered(...call.args);
    }
    if (answer.taskId !== undefined) body.task_id = answer.taskId;
    if (answer.journeyId !== undefined) body.journey_id = answer.journeyId;
    switch (answer.kind) {
      case 'answer':
        return answer.json;
      case 'malformed':
        throw malformedJsonError();
      case 'refused':
        throw new A2ARequestException(answer.code, answer.message, answer.details, answer.status);
      case 'failed':
        throw Object.assign(new Error(answer.message), { stack: answer.stack });
    }
  }

  onModuleDestroy(): Promise<void> {
    return this.thread?.close() ?? Promise.resolve();
  }

  private answerHere(bytes: Uint8Array): Promise<TaskBodyAnswer> {
    return answerTaskBody(
      bytes,
      (metrics) => new A2ATaskService(this.planner, this.settings, this.clock, metrics as unknown as PlannerMetrics),
    );
  }
}

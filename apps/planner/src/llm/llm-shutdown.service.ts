import { Injectable, type OnModuleDestroy } from '@nestjs/common';

/** Aborts when the app shuts down: LLM calls and the warm-up stop at once instead of holding the exit. */
@Injectable()
export class LlmShutdown implements OnModuleDestroy {
  private readonly controller = new AbortController();

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  onModuleDestroy(): void {
    this.controller.abort(new Error('planner shutting down'));
  }
}

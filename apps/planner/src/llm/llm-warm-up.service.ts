import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { PlannerSettings, type LlmSettings } from '../config/planner-settings';
import { callWithDeadline } from './deadline-call.util';
import { LlmCircuit } from './llm-circuit.service';
import { LlmShutdown } from './llm-shutdown.service';
import { asLlmCallError, LLM_PORT, type LlmPort } from './llm.port';

/** Timeout of the start-up model load (a cold load of an 8B model takes a while). */
const WARM_UP_TIMEOUT_MS = 120_000;

/** Gets the model ready at start-up, in the background (the app does not wait); not in heuristic mode. */
@Injectable()
export class LlmWarmUp implements OnApplicationBootstrap {
  private readonly logger = new Logger(LlmWarmUp.name);
  private readonly settings: LlmSettings;

  constructor(
    @Inject(LLM_PORT) private readonly port: LlmPort,
    settings: PlannerSettings,
    private readonly circuit: LlmCircuit,
    private readonly shutdown: LlmShutdown,
  ) {
    this.settings = settings.llm;
  }

  onApplicationBootstrap(): void {
    if (this.settings.mode === 'heuristic') return;
    void this.warmUp();
  }

  async warmUp(): Promise<boolean> {
    const started = performance.now();
    try {
      await callWithDeadline((signal) => this.port.warmUp(signal), {
        timeoutMs: WARM_UP_TIMEOUT_MS,
        cancel: this.shutdown.signal,
        server: this.port.provider,
      });
      this.circuit.succeeded();
      this.logger.log(
        `LLM ${this.port.model} (${this.port.provider}) ready in ${Math.round(performance.now() - started)} ms (mode ${this.settings.mode})`,
      );
      return true;
    } catch (error) {
      const failure = asLlmCallError(error);
      if (failure.kind !== 'aborted') {
        this.circuit.failed(failure.kind, failure.message);
        this.logger.warn(
          `LLM warm-up failed: ${failure.message}; planning falls back to the heuristics until the LLM server answers`,
        );
      }
      return false;
    }
  }
}

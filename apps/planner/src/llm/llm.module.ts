import { Global, Module } from '@nestjs/common';
import { LlmAnalysisService } from './llm-analysis.service';
import { LlmAnswerCache } from './llm-answer-cache.service';
import { LlmAttempts } from './llm-attempts.service';
import { LlmCircuit } from './llm-circuit.service';
import { LLM_PORT_PROVIDER } from './llm-port.provider';
import { LlmShutdown } from './llm-shutdown.service';
import { LlmSlots } from './llm-slots.service';
import { LlmWarmUp } from './llm-warm-up.service';
import { LLM_PORT } from './llm.port';

/**
 * The LLM behind the analysis: the port (the adapter `PLANNER_LLM_PROVIDER` names; tests
 * override `LLM_PORT` with the fake, or point the settings at a protocol test server), and the
 * small providers around it. Global, so the planning and health modules can use it without
 * importing each other.
 */
@Global()
@Module({
  providers: [
    LLM_PORT_PROVIDER,
    LlmShutdown,
    LlmCircuit,
    LlmSlots,
    LlmAnswerCache,
    LlmAttempts,
    LlmWarmUp,
    LlmAnalysisService,
  ],
  exports: [LLM_PORT, LlmCircuit, LlmSlots, LlmAnswerCache, LlmAnalysisService],
})
export class LlmModule {}

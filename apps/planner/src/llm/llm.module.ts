import { Global, Module } from '@nestjs/common';
import { LlmAnalysisService } from './llm-analysis.service';
import { LLM_CLIENT } from './llm.client';
import { OllamaLlmClient } from './ollama-llm.client';

/**
 * The LLM behind the analysis: the Ollama client (tests override `LLM_CLIENT` with the fake,
 * or point `OLLAMA_HOST` at the Ollama-protocol test server) and the analysis service. Global,
 * so the planning and health modules can use it without importing each other.
 */
@Global()
@Module({
  providers: [{ provide: LLM_CLIENT, useClass: OllamaLlmClient }, LlmAnalysisService],
  exports: [LLM_CLIENT, LlmAnalysisService],
})
export class LlmModule {}

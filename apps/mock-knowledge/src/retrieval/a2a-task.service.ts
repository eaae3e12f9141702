import { Injectable } from '@nestjs/common';
import {
  A2AErrorCode,
  CAPABILITY,
  RetrieveContextParameters,
  validatePlain,
  type A2ATaskRequest,
  type A2ATaskResponse,
  type RetrieveContextResult,
} from '@mesh/a2a-contracts';
import { A2ARequestException } from '@mesh/nest-a2a';
import type { ClassConstructor } from 'class-transformer';
import { KnowledgeSettings } from '../config/knowledge-settings';
import { KnowledgeBaseService } from './knowledge-base.service';

export const DEFAULT_TOP_K = 5;

export interface KnowledgeMetadata {
  knowledge_domain: string;
  duration_ms: number;
}

export type KnowledgeTaskResponse = A2ATaskResponse<RetrieveContextResult, KnowledgeMetadata>;

function parametersOf<T extends object>(type: ClassConstructor<T>, parameters: unknown, action: string): T {
  const outcome = validatePlain(type, parameters);
  if (!outcome.ok) {
    throw new A2ARequestException(
      A2AErrorCode.ValidationError,
      `The ${action} parameters are invalid: ${outcome.failures.map((f) => `${f.property || 'parameters'} ${f.constraints[f.constraints.length - 1]}`).slice(0, 3).join('; ')}.`,
      outcome.failures.map((f) => ({ property: `parameters.${f.property}`.replace(/\.$/, ''), constraints: f.constraints })),
    );
  }
  return outcome.value;
}

/** `POST /a2a/task`: validates `retrieve_context` parameters, searches, wraps the answer. */
@Injectable()
export class A2ATaskService {
  constructor(
    private readonly knowledge: KnowledgeBaseService,
    private readonly settings: KnowledgeSettings,
  ) {}

  handle(request: A2ATaskRequest): KnowledgeTaskResponse {
    const started = performance.now();
    if (request.action !== CAPABILITY.retrieveContext) {
      throw new A2ARequestException(A2AErrorCode.UnknownAction, `Unknown action "${request.action}"; ${this.settings.agentId} answers ${CAPABILITY.retrieveContext}.`, [
        { property: 'action', constraints: [`must be ${CAPABILITY.retrieveContext}`] },
      ]);
    }
    const parameters = parametersOf(RetrieveContextParameters, request.parameters, request.action);
    const passages = this.knowledge.retrieve(parameters.query, parameters.top_k ?? DEFAULT_TOP_K);
    return {
      task_id: request.task_id,
      agent_id: this.settings.agentId,
      status: 'completed',
      result: { passages },
      metadata: { knowledge_domain: this.settings.domain, duration_ms: Math.round((performance.now() - started) * 1000) / 1000 },
    };
  }
}

import { Injectable } from '@nestjs/common';
import {
  A2AErrorCode,
  CAPABILITY,
  RetrieveContextParameters,
  type A2ATaskRequest,
  type A2ATaskResponse,
  type RetrieveContextResult,
} from '@mesh/a2a-contracts';
import { A2ARequestException, validateActionParameters } from '@mesh/nest-a2a';
import { KnowledgeSettings } from '../config/knowledge-settings';
import { KnowledgeBaseService } from './knowledge-base.service';

export const DEFAULT_TOP_K = 5;

export interface KnowledgeMetadata {
  knowledge_domain: string;
  duration_ms: number;
}

export type KnowledgeTaskResponse = A2ATaskResponse<RetrieveContextResult, KnowledgeMetadata>;

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
      throw new A2ARequestException(
        A2AErrorCode.UnknownAction,
        `Unknown action "${request.action}"; ${this.settings.agentId} answers ${CAPABILITY.retrieveContext}.`,
        [{ property: 'action', constraints: [`must be ${CAPABILITY.retrieveContext}`] }],
      );
    }
    const parameters = validateActionParameters(RetrieveContextParameters, request.parameters, request.action);
    const passages = this.knowledge.retrieve(parameters.query, parameters.top_k ?? DEFAULT_TOP_K);
    return {
      task_id: request.task_id,
      agent_id: this.settings.agentId,
      status: 'completed',
      result: { passages },
      metadata: {
        knowledge_domain: this.settings.domain,
        duration_ms: Math.round((performance.now() - started) * 1000) / 1000,
      },
    };
  }
}

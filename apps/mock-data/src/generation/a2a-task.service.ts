import { HttpStatus, Injectable } from '@nestjs/common';
import {
  A2AErrorCode,
  CAPABILITY,
  GenerateQueryParameters,
  type A2ATaskRequest,
  type A2ATaskResponse,
  type GenerateQueryResult,
} from '@mesh/a2a-contracts';
import { A2ARequestException, validateActionParameters } from '@mesh/nest-a2a';
import { DataSettings } from '../config/data-settings';
import { QueryGeneratorService } from './query-generator.service';

export interface DataMetadata {
  platform: string;
  duration_ms: number;
}

export type DataTaskResponse = A2ATaskResponse<GenerateQueryResult, DataMetadata>;

/** `POST /a2a/task`: validates `generate_query` parameters, builds the query, wraps the answer. */
@Injectable()
export class A2ATaskService {
  constructor(
    private readonly generator: QueryGeneratorService,
    private readonly settings: DataSettings,
  ) {}

  handle(request: A2ATaskRequest): DataTaskResponse {
    const started = performance.now();
    if (request.action !== CAPABILITY.generateQuery) {
      throw new A2ARequestException(
        A2AErrorCode.UnknownAction,
        `Unknown action "${request.action}"; ${this.settings.agentId} answers ${CAPABILITY.generateQuery}.`,
        [{ property: 'action', constraints: [`must be ${CAPABILITY.generateQuery}`] }],
      );
    }
    const parameters = validateActionParameters(GenerateQueryParameters, request.parameters, request.action);
    if (parameters.platform.toLowerCase() !== this.settings.platform) {
      throw new A2ARequestException(
        A2AErrorCode.ValidationError,
        `This agent writes ${this.settings.platform} queries; the step asks for "${parameters.platform}".`,
        [{ property: 'parameters.platform', constraints: [`must be ${this.settings.platform}`] }],
        HttpStatus.BAD_REQUEST,
      );
    }
    const { platform, query, tables, notes } = this.generator.generate(parameters);
    return {
      task_id: request.task_id,
      agent_id: this.settings.agentId,
      status: 'completed',
      result: { platform, query, tables, notes },
      metadata: {
        platform: this.settings.platform,
        duration_ms: Math.round((performance.now() - started) * 1000) / 1000,
      },
    };
  }
}

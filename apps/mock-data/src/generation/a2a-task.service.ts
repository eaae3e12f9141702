import { HttpStatus, Injectable } from '@nestjs/common';
import {
  A2AErrorCode,
  CAPABILITY,
  GenerateQueryParameters,
  validatePlain,
  type A2ATaskRequest,
  type A2ATaskResponse,
  type GenerateQueryResult,
} from '@mesh/a2a-contracts';
import { A2ARequestException } from '@mesh/nest-a2a';
import type { ClassConstructor } from 'class-transformer';
import { DataSettings } from '../config/data-settings';
import { QueryGeneratorService } from './query-generator.service';

export interface DataMetadata {
  platform: string;
  duration_ms: number;
}

export type DataTaskResponse = A2ATaskResponse<GenerateQueryResult, DataMetadata>;

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
      throw new A2ARequestException(A2AErrorCode.UnknownAction, `Unknown action "${request.action}"; ${this.settings.agentId} answers ${CAPABILITY.generateQuery}.`, [
        { property: 'action', constraints: [`must be ${CAPABILITY.generateQuery}`] },
      ]);
    }
    const parameters = parametersOf(GenerateQueryParameters, request.parameters, request.action);
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
      metadata: { platform: this.settings.platform, duration_ms: Math.round((performance.now() - started) * 1000) / 1000 },
    };
  }
}

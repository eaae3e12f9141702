import { Body, Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DeferredJsonBody } from '@mesh/nest-a2a';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import {
  A2ATaskRequest,
  CREATE_PLAN_EXAMPLE,
  CreatePlanParameters,
  OPTIMIZE_PLAN_EXAMPLE,
  OptimizePlanParameters,
  WorkflowPlan,
  type AgentDescriptor,
} from '@mesh/a2a-contracts';
import { PlannerSettings } from '../config/planner-settings';
import { A2ATaskService, type PlannerTaskResponse } from './a2a-task.service';
import { PlanningWorker } from './worker/planning-worker.service';

@ApiTags('a2a')
@ApiExtraModels(A2ATaskRequest, CreatePlanParameters, OptimizePlanParameters, WorkflowPlan)
@Controller('a2a')
export class A2AController {
  constructor(
    private readonly tasks: A2ATaskService,
    private readonly settings: PlannerSettings,
    private readonly worker: PlanningWorker,
  ) {}

  @Post('task')
  @HttpCode(200)
  @ApiOperation({
    summary: 'create_plan or optimize_plan',
    description:
      'The mesh task endpoint. `parameters` is CreatePlanParameters for create_plan and OptimizePlanParameters for optimize_plan. A well-formed request that cannot be planned answers 200 with status "failed" and an error code.',
  })
  @ApiBody({
    schema: { $ref: getSchemaPath(A2ATaskRequest) },
    examples: { create_plan: { value: CREATE_PLAN_EXAMPLE }, optimize_plan: { value: OPTIMIZE_PLAN_EXAMPLE } },
  })
  @ApiOkResponse({
    description: 'A plan (status "completed") or a planning failure (status "failed" with error.code).',
  })
  @ApiBadRequestResponse({
    description: 'Malformed request: {task_id, status: "failed", error: {code, message, details}}.',
  })
  @ApiPayloadTooLargeResponse({ description: 'Body over PLANNER_BODY_LIMIT (PAYLOAD_TOO_LARGE).' })
  async task(
    @Body() request: A2ATaskRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PlannerTaskResponse | string> {
    // A large body left unparsed by the body parser: the planning worker answers it, as JSON text.
    if (request instanceof DeferredJsonBody) {
      response.type('application/json');
      return this.worker.answer(request);
    }
    return this.tasks.handle(request);
  }

  @Get('agent')
  @ApiOperation({ summary: 'The planner’s agent descriptor' })
  agent(): AgentDescriptor {
    return {
      agent_id: this.settings.agentId,
      agent_name: this.settings.agentName,
      capabilities: ['create_plan', 'optimize_plan'],
    };
  }
}

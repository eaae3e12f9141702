import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { A2ATaskRequest, type AgentDescriptor } from '@mesh/a2a-contracts';
import { PlannerSettings } from '../config/planner-settings';
import { A2ATaskService, type PlannerTaskResponse } from './a2a-task.service';

@Controller('a2a')
export class A2AController {
  constructor(
    private readonly tasks: A2ATaskService,
    private readonly settings: PlannerSettings,
  ) {}

  @Post('task')
  @HttpCode(200)
  task(@Body() request: A2ATaskRequest): Promise<PlannerTaskResponse> {
    return this.tasks.handle(request);
  }

  @Get('agent')
  agent(): AgentDescriptor {
    return { agent_id: this.settings.agentId, agent_name: this.settings.agentName, capabilities: ['create_plan', 'optimize_plan'] };
  }
}

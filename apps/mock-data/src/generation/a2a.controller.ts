import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { A2ATaskRequest, CAPABILITY, type AgentDescriptor } from '@mesh/a2a-contracts';
import { DataSettings } from '../config/data-settings';
import { A2ATaskService, type DataTaskResponse } from './a2a-task.service';
import { dataAgentDescription } from '../query/query-generator';
import { QueryGeneratorService } from './query-generator.service';

@Controller('a2a')
export class A2AController {
  constructor(
    private readonly tasks: A2ATaskService,
    private readonly generator: QueryGeneratorService,
    private readonly settings: DataSettings,
  ) {}

  @Post('task')
  @HttpCode(200)
  task(@Body() request: A2ATaskRequest): DataTaskResponse {
    return this.tasks.handle(request);
  }

  @Get('agent')
  agent(): AgentDescriptor {
    const { agentId, agentName, platform, url } = this.settings;
    return {
      agent_id: agentId,
      agent_name: agentName,
      capabilities: [CAPABILITY.generateQuery],
      platform,
      url,
      description: dataAgentDescription(platform),
      schema: this.generator.schemaHints(),
    };
  }
}

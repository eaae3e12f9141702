import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { A2ATaskRequest, CAPABILITY, type AgentDescriptor } from '@mesh/a2a-contracts';
import { KnowledgeSettings } from '../config/knowledge-settings';
import { A2ATaskService, type KnowledgeTaskResponse } from './a2a-task.service';

@Controller('a2a')
export class A2AController {
  constructor(
    private readonly tasks: A2ATaskService,
    private readonly settings: KnowledgeSettings,
  ) {}

  @Post('task')
  @HttpCode(200)
  task(@Body() request: A2ATaskRequest): KnowledgeTaskResponse {
    return this.tasks.handle(request);
  }

  @Get('agent')
  agent(): AgentDescriptor {
    const { agentId, agentName, domain, url } = this.settings;
    return {
      agent_id: agentId,
      agent_name: agentName,
      capabilities: [CAPABILITY.retrieveContext],
      knowledge_domain: domain,
      url,
      description: `Searches the bundled ${domain} knowledge pages (BM25 full-text search) and returns the best-matching passages.`,
    };
  }
}

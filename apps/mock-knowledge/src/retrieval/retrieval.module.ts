import { Module } from '@nestjs/common';
import { A2AController } from './a2a.controller';
import { A2ATaskService } from './a2a-task.service';
import { KnowledgeBaseService } from './knowledge-base.service';

@Module({
  controllers: [A2AController],
  providers: [KnowledgeBaseService, A2ATaskService],
  exports: [KnowledgeBaseService],
})
export class RetrievalModule {}

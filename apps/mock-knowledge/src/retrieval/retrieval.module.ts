import { Module } from '@nestjs/common';
import { A2AProtocolModule } from '@mesh/nest-a2a';
import { KnowledgeSettings } from '../config/knowledge-settings';
import { knowledgeA2ABinding } from './knowledge-a2a.binding';
import { A2AController } from './a2a.controller';
import { A2ATaskService } from './a2a-task.service';
import { KnowledgeBaseService } from './knowledge-base.service';

@Module({
  controllers: [A2AController],
  providers: [KnowledgeBaseService, A2ATaskService],
  exports: [KnowledgeBaseService, A2ATaskService],
})
class RetrievalModuleCore {}

/** The official A2A bindings answer through the same A2ATaskService as /a2a/task. */
@Module({
  imports: [
    RetrievalModuleCore,
    A2AProtocolModule.forRootAsync({
      imports: [RetrievalModuleCore],
      inject: [KnowledgeSettings, A2ATaskService],
      useFactory: knowledgeA2ABinding,
    }),
  ],
  exports: [RetrievalModuleCore],
})
export class RetrievalModule {}

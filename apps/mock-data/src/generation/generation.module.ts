import { Module } from '@nestjs/common';
import { A2AController } from './a2a.controller';
import { A2ATaskService } from './a2a-task.service';
import { QueryGeneratorService } from './query-generator.service';

@Module({
  controllers: [A2AController],
  providers: [QueryGeneratorService, A2ATaskService],
  exports: [QueryGeneratorService],
})
export class GenerationModule {}

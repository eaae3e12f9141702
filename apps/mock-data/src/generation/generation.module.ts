import { Module } from '@nestjs/common';
import { A2AProtocolModule } from '@mesh/nest-a2a';
import { DataSettings } from '../config/data-settings';
import { dataA2ABinding } from './data-a2a.binding';
import { A2AController } from './a2a.controller';
import { A2ATaskService } from './a2a-task.service';
import { QueryGeneratorService } from './query-generator.service';

@Module({
  controllers: [A2AController],
  providers: [QueryGeneratorService, A2ATaskService],
  exports: [QueryGeneratorService, A2ATaskService],
})
class GenerationModuleCore {}

/** The official A2A bindings answer through the same A2ATaskService as /a2a/task. */
@Module({
  imports: [
    GenerationModuleCore,
    A2AProtocolModule.forRootAsync({
      imports: [GenerationModuleCore],
      inject: [DataSettings, A2ATaskService],
      useFactory: dataA2ABinding,
    }),
  ],
  exports: [GenerationModuleCore],
})
export class GenerationModule {}

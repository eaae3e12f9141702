import { Module } from '@nestjs/common';
import { ModelReliability } from '@mesh/planner-llm';
import { A2AController } from './a2a.controller';
import { A2ATaskService } from './a2a-task.service';
import { Clock } from './clock';
import { PlannerMetrics } from './planner.metrics';
import { PlannerService } from './planner.service';

@Module({
  controllers: [A2AController],
  providers: [Clock, { provide: ModelReliability, useFactory: () => new ModelReliability() }, PlannerService, A2ATaskService, PlannerMetrics],
  exports: [PlannerService, ModelReliability],
})
export class PlanningModule {}

import { Module } from '@nestjs/common';
import { ModelReliability } from '@mesh/planner-llm';
import { A2AProtocolModule } from '@mesh/nest-a2a';
import { PlannerSettings } from '../config/planner-settings';
import { plannerA2ABinding } from './planner-a2a.binding';
import { A2AController } from './a2a.controller';
import { A2ATaskService } from './a2a-task.service';
import { Clock } from './clock';
import { PlannerMetrics } from './planner.metrics';
import { PlannerService } from './planner.service';
import { PlanningWarmUp } from './planning-warm-up.service';
import { compiledWorkerScript, PLANNING_WORKER_SCRIPT, PlanningWorker } from './worker/planning-worker.service';

/** The A2A bindings answer through the same A2ATaskService as /a2a/task. */
@Module({
  controllers: [A2AController],
  providers: [
    Clock,
    { provide: ModelReliability, useFactory: () => new ModelReliability() },
    PlannerService,
    A2ATaskService,
    PlannerMetrics,
    PlanningWarmUp,
    { provide: PLANNING_WORKER_SCRIPT, useFactory: compiledWorkerScript },
    PlanningWorker,
  ],
  exports: [PlannerService, ModelReliability, A2ATaskService, PlanningWorker],
})
class PlanningCoreModule {}

@Module({
  imports: [
    PlanningCoreModule,
    A2AProtocolModule.forRootAsync({
      imports: [PlanningCoreModule],
      inject: [PlannerSettings, A2ATaskService],
      useFactory: plannerA2ABinding,
    }),
  ],
  exports: [PlanningCoreModule],
})
export class PlanningModule {}

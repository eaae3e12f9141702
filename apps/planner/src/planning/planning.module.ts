import { Module } from '@nestjs/common';
import { A2AController } from './a2a.controller';
import { A2ATaskService } from './a2a-task.service';
import { AgentSelectorService } from './agent-selector.service';
import { Clock } from './clock';
import { PlanGeneratorService } from './plan-generator.service';
import { PlanOptimizerService } from './plan-optimizer.service';
import { PlannerMetrics } from './planner.metrics';
import { PlannerService } from './planner.service';
import { QueryAnalyzerService } from './query-analyzer.service';

@Module({
  controllers: [A2AController],
  providers: [Clock, QueryAnalyzerService, AgentSelectorService, PlanGeneratorService, PlanOptimizerService, PlannerService, A2ATaskService, PlannerMetrics],
  exports: [PlannerService, QueryAnalyzerService],
})
export class PlanningModule {}

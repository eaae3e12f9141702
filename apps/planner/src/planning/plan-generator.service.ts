import { Injectable } from '@nestjs/common';
import type { WorkflowStep } from '@mesh/a2a-contracts';
import { generateSteps, type GenerationInput } from '@mesh/planner-core';

/** Knowledge steps in parallel, then one query step per platform that uses their results. */
@Injectable()
export class PlanGeneratorService {
  generate(input: GenerationInput): WorkflowStep[] {
    return generateSteps(input);
  }
}

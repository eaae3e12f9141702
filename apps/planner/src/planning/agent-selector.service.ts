import { Injectable } from '@nestjs/common';
import { selectAgents, type SelectionInput, type SelectionOutcome } from '@mesh/planner-core';

/** Knowledge agents by domain relevance, one data agent per platform. */
@Injectable()
export class AgentSelectorService {
  select(input: SelectionInput): SelectionOutcome {
    return selectAgents(input);
  }
}

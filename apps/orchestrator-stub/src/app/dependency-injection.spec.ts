import 'reflect-metadata';
import { AgentClient } from '../clients/agent.client';
import { PlannerClient } from '../clients/planner.client';
import { OrchestratorSettings } from '../config/orchestrator-settings';
import { JourneyEventLog } from '../journeys/journey-event-log.service';
import { JourneyStore } from '../journeys/journey-store.service';
import { JourneysService } from '../journeys/journeys.service';
import { AgentRegistry } from '../registry/agent-registry.service';
import { Clock } from './clock';

describe('dependency injection metadata (STACK-NOTES pitfall 3)', () => {
  it('has constructor parameter types for Nest to inject', () => {
    expect(Reflect.getMetadata('design:paramtypes', JourneysService)).toEqual([AgentRegistry, PlannerClient, AgentClient, JourneyStore, OrchestratorSettings, Clock, JourneyEventLog]);
  });
});

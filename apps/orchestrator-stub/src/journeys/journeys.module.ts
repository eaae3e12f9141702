import { Module } from '@nestjs/common';
import { A2AProtocolModule } from '@mesh/nest-a2a';
import { OrchestratorSettings } from '../config/orchestrator-settings';
import { orchestratorA2ABinding } from './orchestrator-a2a.binding';
import { ClientsModule } from '../clients/clients.module';
import { RegistryModule } from '../registry/registry.module';
import { JourneyEventLog } from './journey-event-log.service';
import { JourneyStore } from './journey-store.service';
import { JourneysController } from './journeys.controller';
import { JourneysService } from './journeys.service';

@Module({
  imports: [RegistryModule, ClientsModule],
  controllers: [JourneysController],
  providers: [JourneyStore, JourneyEventLog, JourneysService],
  exports: [JourneyEventLog, JourneysService],
})
class JourneysCoreModule {}

/** Journeys over `POST /journeys` and over A2A (`run_journey`), through the same JourneysService. */
@Module({
  imports: [
    JourneysCoreModule,
    A2AProtocolModule.forRootAsync({
      imports: [JourneysCoreModule],
      inject: [OrchestratorSettings, JourneysService],
      useFactory: orchestratorA2ABinding,
    }),
  ],
  exports: [JourneysCoreModule],
})
export class JourneysModule {}

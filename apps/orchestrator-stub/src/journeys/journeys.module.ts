import { Module } from '@nestjs/common';
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
  exports: [JourneyEventLog],
})
export class JourneysModule {}

import { Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { JsonGuardMiddleware } from '@mesh/nest-a2a';
import { SettingsModule } from '../config/settings.module';
import { HealthModule } from '../health/health.module';
import { JourneysModule } from '../journeys/journeys.module';
import { RegistryModule } from '../registry/registry.module';
import { ClockModule } from './clock.module';

@Module({
  imports: [SettingsModule, ClockModule, RegistryModule, JourneysModule, HealthModule],
})
export class AppModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(JsonGuardMiddleware).forRoutes({ path: 'journeys', method: RequestMethod.POST });
  }
}

import { Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { createLoggingModule, JsonGuardMiddleware, MetricsModule, RequestContextMiddleware } from '@mesh/nest-a2a';
import { OrchestratorSettings } from '../config/orchestrator-settings';
import { SettingsModule } from '../config/settings.module';
import { HealthModule } from '../health/health.module';
import { JourneysModule } from '../journeys/journeys.module';
import { RegistryModule } from '../registry/registry.module';
import { ClockModule } from './clock.module';

@Module({
  imports: [
    SettingsModule,
    createLoggingModule({
      inject: [OrchestratorSettings],
      useFactory: (settings: OrchestratorSettings) => ({ service: 'orchestrator', level: settings.logLevel }),
    }),
    MetricsModule.forRoot({ service: 'orchestrator' }),
    ClockModule,
    RegistryModule,
    JourneysModule,
    HealthModule,
  ],
})
export class AppModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestContextMiddleware).forRoutes('*');
    consumer.apply(JsonGuardMiddleware).forRoutes({ path: 'journeys', method: RequestMethod.POST });
  }
}

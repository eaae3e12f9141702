import { Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { createLoggingModule, JsonGuardMiddleware, MetricsModule, RequestContextMiddleware } from '@mesh/nest-a2a';
import { DataSettings } from '../config/data-settings';
import { SettingsModule } from '../config/settings.module';
import { HealthModule } from '../health/health.module';
import { GenerationModule } from '../generation/generation.module';

@Module({
  imports: [
    SettingsModule,
    createLoggingModule({
      inject: [DataSettings],
      useFactory: (settings: DataSettings) => ({ service: settings.agentId, level: settings.logLevel }),
    }),
    MetricsModule.forRoot({ service: 'data-agent' }),
    GenerationModule,
    HealthModule,
  ],
})
export class AppModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestContextMiddleware).forRoutes('*');
    consumer.apply(JsonGuardMiddleware).forRoutes({ path: 'a2a/task', method: RequestMethod.POST });
  }
}

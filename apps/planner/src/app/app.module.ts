import { Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import {
  createLoggingModule,
  JsonGuardMiddleware,
  MetricsModule,
  ProtectionModule,
  RequestContextMiddleware,
} from '@mesh/nest-a2a';
import { PlannerSettings } from '../config/planner-settings';
import { SettingsModule } from '../config/settings.module';
import { HealthModule } from '../health/health.module';
import { LlmModule } from '../llm/llm.module';
import { PlanningModule } from '../planning/planning.module';
import { NextTurnMiddleware } from './next-turn.middleware';

@Module({
  imports: [
    SettingsModule,
    createLoggingModule({
      inject: [PlannerSettings],
      useFactory: (settings: PlannerSettings) => ({ service: settings.agentId, level: settings.logLevel }),
    }),
    MetricsModule.forRoot({ service: 'planner' }),
    ProtectionModule.forRootAsync({
      inject: [PlannerSettings],
      useFactory: (settings: PlannerSettings) => ({
        rateLimitRps: settings.rateLimitRps,
        apiKey: settings.apiKey || undefined,
      }),
    }),
    LlmModule,
    PlanningModule,
    HealthModule,
  ],
})
export class AppModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestContextMiddleware).forRoutes('*');
    // The body is parsed, guarded and validated in separate turns of the event loop (see NextTurnMiddleware).
    consumer
      .apply(NextTurnMiddleware, JsonGuardMiddleware, NextTurnMiddleware)
      .forRoutes({ path: 'a2a/task', method: RequestMethod.POST });
  }
}

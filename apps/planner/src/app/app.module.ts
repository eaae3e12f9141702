import { Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { createLoggingModule, JsonGuardMiddleware, MetricsModule, RequestContextMiddleware } from '@mesh/nest-a2a';
import { SettingsModule } from '../config/settings.module';
import { HealthModule } from '../health/health.module';
import { LlmModule } from '../llm/llm.module';
import { PlanningModule } from '../planning/planning.module';

@Module({
  imports: [
    SettingsModule,
    createLoggingModule({
      imports: [ConfigModule],
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({ service: config.get<string>('PLANNER_AGENT_ID') ?? 'workflow_planner', level: config.get<string>('LOG_LEVEL') ?? 'info' }),
    }),
    MetricsModule.forRoot({ service: 'planner' }),
    LlmModule,
    PlanningModule,
    HealthModule,
  ],
})
export class AppModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestContextMiddleware).forRoutes('*');
    consumer.apply(JsonGuardMiddleware).forRoutes({ path: 'a2a/task', method: RequestMethod.POST });
  }
}

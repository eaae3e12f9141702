import { Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { JsonGuardMiddleware } from '@mesh/nest-a2a';
import { SettingsModule } from '../config/settings.module';
import { HealthModule } from '../health/health.module';
import { PlanningModule } from '../planning/planning.module';

@Module({
  imports: [SettingsModule, PlanningModule, HealthModule],
})
export class AppModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(JsonGuardMiddleware).forRoutes({ path: 'a2a/task', method: RequestMethod.POST });
  }
}

import { Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { createLoggingModule, JsonGuardMiddleware, MetricsModule, RequestContextMiddleware } from '@mesh/nest-a2a';
import { KnowledgeSettings } from '../config/knowledge-settings';
import { SettingsModule } from '../config/settings.module';
import { HealthModule } from '../health/health.module';
import { RetrievalModule } from '../retrieval/retrieval.module';

@Module({
  imports: [
    SettingsModule,
    createLoggingModule({
      inject: [KnowledgeSettings],
      useFactory: (settings: KnowledgeSettings) => ({ service: settings.agentId, level: settings.logLevel }),
    }),
    MetricsModule.forRoot({ service: 'knowledge-agent' }),
    RetrievalModule,
    HealthModule,
  ],
})
export class AppModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestContextMiddleware).forRoutes('*');
    consumer.apply(JsonGuardMiddleware).forRoutes({ path: 'a2a/task', method: RequestMethod.POST });
  }
}

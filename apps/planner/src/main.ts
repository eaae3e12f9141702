import 'reflect-metadata';
import { runAgentApp } from '@mesh/nest-a2a';
import { AppModule } from './app/app.module';
import { configureApp } from './app/configure-app';
import { PlannerSettings } from './config/planner-settings';

runAgentApp({
  module: AppModule,
  configure: configureApp,
  address: (app) => {
    const settings = app.get(PlannerSettings);
    return {
      port: settings.port,
      host: settings.host,
      banner: `Planner ${settings.agentId} listening on http://${settings.host}:${settings.port} (LLM mode: ${settings.llm.mode}, model ${settings.llm.model} on ${settings.llm.provider} at ${settings.llm.baseUrl})`,
    };
  },
});

import 'reflect-metadata';
import { runAgentApp } from '@mesh/nest-a2a';
import { AppModule } from './app/app.module';
import { configureApp } from './app/configure-app';
import { OrchestratorSettings } from './config/orchestrator-settings';

runAgentApp({
  module: AppModule,
  configure: configureApp,
  address: (app) => {
    const settings = app.get(OrchestratorSettings);
    return {
      port: settings.port,
      host: settings.host,
      banner: `Orchestrator listening on http://${settings.host}:${settings.port} (planner ${settings.plannerUrl}, ${settings.agentUrls.length} agents, step concurrency ${settings.stepConcurrency})`,
    };
  },
});

import 'reflect-metadata';
import { runAgentApp } from '@mesh/nest-a2a';
import { AppModule } from './app/app.module';
import { configureApp } from './app/configure-app';
import { KnowledgeSettings } from './config/knowledge-settings';

runAgentApp({
  module: AppModule,
  configure: configureApp,
  address: (app) => {
    const settings = app.get(KnowledgeSettings);
    return {
      port: settings.port,
      host: settings.host,
      banner: `Knowledge agent ${settings.agentId} (${settings.domain}) listening on http://${settings.host}:${settings.port}`,
    };
  },
});

import 'reflect-metadata';
import { runAgentApp } from '@mesh/nest-a2a';
import { AppModule } from './app/app.module';
import { configureApp } from './app/configure-app';
import { DataSettings } from './config/data-settings';

runAgentApp({
  module: AppModule,
  configure: configureApp,
  address: (app) => {
    const settings = app.get(DataSettings);
    return {
      port: settings.port,
      host: settings.host,
      banner: `Data agent ${settings.agentId} (${settings.platform}) listening on http://${settings.host}:${settings.port}`,
    };
  },
});

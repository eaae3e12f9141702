import { Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { validateOrchestratorEnv } from './orchestrator-env';
import { OrchestratorSettings } from './orchestrator-settings';

/** Environment validated at start-up, read through one typed service. */
@Global()
@Module({
  imports: [ConfigModule.forRoot({ validate: validateOrchestratorEnv, ignoreEnvFile: true, cache: true })],
  providers: [OrchestratorSettings],
  exports: [OrchestratorSettings],
})
export class SettingsModule {}

import { Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { validatePlannerEnv } from './planner-env';
import { PlannerSettings } from './planner-settings';

/** Environment validated at start-up, read through one typed service. */
@Global()
@Module({
  imports: [ConfigModule.forRoot({ validate: validatePlannerEnv, ignoreEnvFile: true, cache: true })],
  providers: [PlannerSettings],
  exports: [PlannerSettings],
})
export class SettingsModule {}

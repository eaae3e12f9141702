import { Global, Module } from '@nestjs/common';
import { PlannerSettings } from './planner-settings';

/**
 * Environment validated when the Nest app is created (at start-up, not when this file is
 * imported), read through one typed service. A bad value stops the app with a message naming
 * the variable. Validating at creation lets each test set its environment before it builds
 * the app.
 */
@Global()
@Module({
  providers: [{ provide: PlannerSettings, useFactory: (): PlannerSettings => PlannerSettings.fromEnv(process.env) }],
  exports: [PlannerSettings],
})
export class SettingsModule {}

import { Global, Module } from '@nestjs/common';
import { KnowledgeSettings } from './knowledge-settings';

/**
 * Environment validated when the Nest module is created (not when this file is imported),
 * read through one typed service. Unlike the planner's `ConfigModule.forRoot({ validate, cache })`,
 * which validates at import time and writes defaults back into `process.env`, this lets each
 * test (and each mesh instance) set its own env before creating the app.
 */
@Global()
@Module({
  providers: [{ provide: KnowledgeSettings, useFactory: (): KnowledgeSettings => new KnowledgeSettings(process.env) }],
  exports: [KnowledgeSettings],
})
export class SettingsModule {}

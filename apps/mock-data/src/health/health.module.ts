import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { GenerationModule } from '../generation/generation.module';
import { HealthController } from './health.controller';
import { SchemaHealthIndicator } from './indicators/schema.health';

@Module({
  imports: [TerminusModule.forRoot({ logger: false }), GenerationModule],
  controllers: [HealthController],
  providers: [SchemaHealthIndicator],
})
export class HealthModule {}

import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { RetrievalModule } from '../retrieval/retrieval.module';
import { HealthController } from './health.controller';
import { CorpusHealthIndicator } from './indicators/corpus.health';

@Module({
  imports: [TerminusModule.forRoot({ logger: false }), RetrievalModule],
  controllers: [HealthController],
  providers: [CorpusHealthIndicator],
})
export class HealthModule {}

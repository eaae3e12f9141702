import { Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { KnowledgeSettings } from '../../config/knowledge-settings';
import { KnowledgeBaseService } from '../../retrieval/knowledge-base.service';

/** Readiness: the corpus is loaded and indexed (in memory, no I/O). */
@Injectable()
export class CorpusHealthIndicator {
  constructor(
    private readonly indicator: HealthIndicatorService,
    private readonly knowledge: KnowledgeBaseService,
    private readonly settings: KnowledgeSettings,
  ) {}

  check(key = 'corpus'): HealthIndicatorResult {
    const session = this.indicator.check(key);
    const passages = this.knowledge.passageCount;
    const details = { domain: this.settings.domain, passages };
    return passages > 0 ? session.up(details) : session.down({ ...details, message: 'The corpus is empty.' });
  }
}

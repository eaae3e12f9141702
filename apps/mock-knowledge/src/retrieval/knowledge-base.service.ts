import { Injectable, Logger } from '@nestjs/common';
import type { KnowledgePassage } from '@mesh/a2a-contracts';
import { KnowledgeSettings } from '../config/knowledge-settings';
import { loadCorpus, resolveCorpusDir } from '../knowledge-base/corpus-loader';
import { PassageIndex } from '../search/passage-index';

/**
 * The domain's corpus, loaded and indexed once when the app is created. A missing or empty
 * folder throws here, so the app does not start.
 */
@Injectable()
export class KnowledgeBaseService {
  private readonly logger = new Logger(KnowledgeBaseService.name);
  private readonly index: PassageIndex;
  readonly corpusDir: string;

  constructor(private readonly settings: KnowledgeSettings) {
    this.corpusDir = resolveCorpusDir(settings.domain, settings.corpusDir, __dirname);
    const documents = loadCorpus(this.corpusDir, settings.domain);
    this.index = new PassageIndex(documents);
    this.logger.log(`Indexed ${documents.length} ${settings.domain} pages from ${this.corpusDir}`);
  }

  get passageCount(): number {
    return this.index.size;
  }

  retrieve(query: string, topK: number): KnowledgePassage[] {
    return this.index.query(query, topK).map((passage) => ({ ...passage, domain: this.settings.domain }));
  }
}

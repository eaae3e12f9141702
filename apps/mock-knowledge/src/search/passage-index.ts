import MiniSearch, { type SearchResult } from 'minisearch';
import type { KnowledgePassage } from '@mesh/a2a-contracts';
import type { CorpusDocument } from '../knowledge-base/corpus-document';
import { bestExcerpt } from './excerpt.util';
import { processTerm, termsOf, tokenize } from './text-processing.util';

export interface PassageIndexOptions {
  /** Longest `text` of a passage, in characters. */
  readonly excerptMaxChars: number;
  /** How much a match in the title counts against one in the body. */
  readonly titleBoost: number;
}

export const DEFAULT_PASSAGE_INDEX_OPTIONS: PassageIndexOptions = { excerptMaxChars: 800, titleBoost: 2.5 };

/** Longest query read, in characters (the contract allows 4000). */
const MAX_QUERY_CHARS = 4000;
const MAX_QUERY_TERMS = 64;

/**
 * A BM25 full-text index (MiniSearch) over one domain's pages: titles and bodies, stemmed,
 * with prefix and fuzzy matching for longer words. Pure: built from documents, no I/O.
 */
export class PassageIndex {
  private readonly search: MiniSearch<CorpusDocument>;
  private readonly documents: ReadonlyMap<string, CorpusDocument>;
  private readonly options: PassageIndexOptions;

  constructor(documents: readonly CorpusDocument[], options: Partial<PassageIndexOptions> = {}) {
    this.options = { ...DEFAULT_PASSAGE_INDEX_OPTIONS, ...options };
    this.documents = new Map(documents.map((document) => [document.id, document]));
    this.search = new MiniSearch<CorpusDocument>({
      idField: 'id',
      fields: ['title', 'body'],
      tokenize,
      processTerm: (term) => processTerm(term) ?? null,
      searchOptions: {
        boost: { title: this.options.titleBoost },
        combineWith: 'OR',
        // Prefix and fuzzy only for longer alphabetic terms: `4740` must not meet `4720`.
        prefix: (term) => term.length >= 4 && /^[a-z]+$/.test(term),
        fuzzy: (term) => (term.length >= 5 && /^[a-z]+$/.test(term) ? 0.2 : false),
      },
    });
    this.search.addAll([...this.documents.values()]);
  }

  get size(): number {
    return this.documents.size;
  }

  /** The best passages for a query, best first, at most `topK`. Never throws on odd input. */
  query(query: string, topK: number): KnowledgePassage[] {
    const limit = Math.max(0, Math.floor(topK));
    // Each distinct word once, and not too many: a pasted log line must not cost seconds.
    const text = [...new Set(tokenize(query.slice(0, MAX_QUERY_CHARS)))].slice(0, MAX_QUERY_TERMS).join(' ');
    if (limit === 0 || termsOf(text).size === 0) return [];
    const results = this.search
      .search(text)
      .sort((a, b) => b.score - a.score || String(a.id).localeCompare(String(b.id)))
      .slice(0, limit);
    return results.map((result) => this.toPassage(result, text));
  }

  private toPassage(result: SearchResult, query: string): KnowledgePassage {
    const document = this.documents.get(String(result.id))!;
    const terms = new Set([...termsOf(query), ...result.terms]);
    return {
      id: document.id,
      title: document.title,
      source: document.source,
      text: bestExcerpt(document.body, terms, { maxChars: this.options.excerptMaxChars }),
      score: Math.round(result.score * 1000) / 1000,
    };
  }
}

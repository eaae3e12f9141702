import { approximateTokens } from '@mesh/planner-core';
import type { ChatMessage } from './analysis-prompt';

interface Tokenizer {
  encode(text: string, options?: { bos?: boolean; eos?: boolean }): number[];
}

/** The CommonJS build of llama3-tokenizer-js (the package's main entry is ESM-only). */
const TOKENIZER_MODULE = 'llama3-tokenizer-js/bundle/commonjs-llama3-tokenizer-with-baked-data.cjs';

let tokenizer: Tokenizer | null | undefined;

/**
 * The llama-3 tokenizer, loaded on first use (its vocabulary is 3 MB and takes about a second
 * to load), or null when it cannot be loaded (then counts are approximate).
 */
function loadTokenizer(): Tokenizer | null {
  if (tokenizer === undefined) {
    try {
      tokenizer = (require(TOKENIZER_MODULE) as { llama3Tokenizer: Tokenizer }).llama3Tokenizer;
    } catch {
      tokenizer = null;
    }
  }
  return tokenizer;
}

/** Loads the tokenizer ahead of the first count (at start-up, off the request path). */
export function preloadTokenizer(): boolean {
  return loadTokenizer() !== null;
}

/** Tokens of a text for llama-3 (without begin/end-of-text), or about four characters a token if the tokenizer is missing. */
export function countTokens(text: string): number {
  const t = loadTokenizer();
  return t ? t.encode(text, { bos: false, eos: false }).length : approximateTokens(text);
}

/**
 * Prompt tokens of a chat for llama-3's template: `<|begin_of_text|>`, then per message
 * `<|start_header_id|>role<|end_header_id|>\n\n` content `<|eot_id|>`, then the assistant header.
 */
export function countChatTokens(messages: readonly ChatMessage[]): number {
  const perMessage = 5; // start_header, role, end_header, "\n\n", eot
  return 1 + messages.reduce((sum, m) => sum + perMessage + countTokens(m.content), 0) + 4;
}

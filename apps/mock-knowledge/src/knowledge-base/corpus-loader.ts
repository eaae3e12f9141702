import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { KNOWN_KNOWLEDGE_DOMAINS } from '@mesh/a2a-contracts/wire';
import type { CorpusDocument } from './corpus-document';

/** Why a corpus could not be loaded; stops start-up with its message. */
export class CorpusLoadError extends Error {
  override readonly name = 'CorpusLoadError';
}

const CORPUS_FROM_ROOT = join('apps', 'mock-knowledge', 'corpus');
const DOMAIN_FOLDERS: ReadonlySet<string> = new Set(KNOWN_KNOWLEDGE_DOMAINS);
const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

function looksLikeCorpusRoot(dir: string): boolean {
  return existsSync(dir) && statSync(dir).isDirectory() && readdirSync(dir).some((name) => DOMAIN_FOLDERS.has(name));
}

/**
 * The bundled corpus root, found by walking up from `startDir` (this file's folder, in `src`
 * or in `dist/apps/mock-knowledge/knowledge-base`) to the folder holding `apps/mock-knowledge/corpus`.
 * A `corpus` folder beside the built app (a container image may put it there) wins.
 */
export function findBundledCorpusRoot(startDir: string): string | undefined {
  let dir = resolve(startDir);
  for (let depth = 0; depth < 12; depth += 1) {
    for (const candidate of [join(dir, 'corpus'), join(dir, CORPUS_FROM_ROOT)]) {
      if (looksLikeCorpusRoot(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

/** The folder of a domain: `corpusDir` when set, else `<bundled root>/<domain>`. */
export function resolveCorpusDir(domain: string, corpusDir: string | undefined, startDir: string): string {
  if (corpusDir) return resolve(corpusDir);
  const root = findBundledCorpusRoot(startDir);
  if (!root)
    throw new CorpusLoadError(
      `Cannot find the bundled corpus (apps/mock-knowledge/corpus) above ${startDir}; set KNOWLEDGE_CORPUS_DIR.`,
    );
  return join(root, domain);
}

/** Reads one page: first line `# Title`, the rest is the body. */
export function parsePage(id: string, source: string, markdown: string): CorpusDocument {
  const text = markdown.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const newline = text.indexOf('\n');
  const firstLine = (newline === -1 ? text : text.slice(0, newline)).trim();
  const heading = /^#\s+(.+)$/.exec(firstLine);
  const title = heading ? heading[1]!.trim() : id.replace(/-/g, ' ');
  const body = (heading ? (newline === -1 ? '' : text.slice(newline + 1)) : text).trim();
  return { id, title, source, body };
}

/**
 * Loads every `*.md` page of a folder except README.md, sorted by id. Throws a
 * `CorpusLoadError` naming the folder when it is missing, unreadable or holds no page.
 */
export function loadCorpus(dir: string, domain: string): CorpusDocument[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new CorpusLoadError(
      `The ${domain} corpus folder ${dir} does not exist (set KNOWLEDGE_CORPUS_DIR to a folder of .md pages).`,
    );
  }
  const files = readdirSync(dir)
    .filter((name) => name.toLowerCase().endsWith('.md') && name.toLowerCase() !== 'readme.md')
    .sort();
  const documents: CorpusDocument[] = [];
  for (const file of files) {
    const id = basename(file, '.md');
    if (!ID_PATTERN.test(id)) continue;
    const markdown = readFileSync(join(dir, file), 'utf8');
    const document = parsePage(id, `corpus/${basename(dir)}/${file}`, markdown);
    if (document.body.length > 0) documents.push(document);
  }
  if (documents.length === 0) {
    throw new CorpusLoadError(`The ${domain} corpus folder ${dir} holds no Markdown pages (README.md is skipped).`);
  }
  return documents;
}

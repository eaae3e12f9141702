import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CorpusLoadError, findBundledCorpusRoot, loadCorpus, parsePage, resolveCorpusDir } from './corpus-loader';

describe('parsePage', () => {
  it('should read the title from the first line and the rest as body', () => {
    expect(parsePage('p', 'corpus/x/p.md', '# My Title\n\nBody text.\n')).toEqual({
      id: 'p',
      title: 'My Title',
      source: 'corpus/x/p.md',
      body: 'Body text.',
    });
  });

  it('should fall back to the id when the first line is not a title', () => {
    expect(parsePage('my-page', 's', 'Just text.').title).toBe('my page');
  });

  it('should accept CRLF line endings and a BOM', () => {
    expect(parsePage('p', 's', '\uFEFF# T\r\n\r\nB\r\n')).toMatchObject({ title: 'T', body: 'B' });
  });
});

describe('loadCorpus', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'corpus-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('should load every page except README.md, sorted by id, with its source', () => {
    const dir = join(root, 'sop');
    mkdirSync(dir);
    writeFileSync(join(dir, 'README.md'), '# Readme\n\nskip me');
    writeFileSync(join(dir, 'b-page.md'), '# B\n\nbee');
    writeFileSync(join(dir, 'a-page.md'), '# A\n\nay');
    writeFileSync(join(dir, 'notes.txt'), 'not markdown');
    const documents = loadCorpus(dir, 'sop');
    expect(documents.map((d) => d.id)).toEqual(['a-page', 'b-page']);
    expect(documents[0]!.source).toBe('corpus/sop/a-page.md');
  });

  it('should fail with a message naming the folder when it is missing', () => {
    const missing = join(root, 'nope');
    expect(() => loadCorpus(missing, 'sop')).toThrow(CorpusLoadError);
    expect(() => loadCorpus(missing, 'sop')).toThrow(missing);
  });

  it('should fail when the folder holds only a README', () => {
    writeFileSync(join(root, 'README.md'), '# Readme');
    expect(() => loadCorpus(root, 'wiki')).toThrow(/holds no Markdown pages/);
  });
});

describe('resolveCorpusDir', () => {
  it('should find the bundled corpus by walking up from a nested folder', () => {
    expect(resolveCorpusDir('sop', undefined, join(__dirname, 'deep', 'er'))).toBe(
      join(__dirname, '..', '..', 'corpus', 'sop'),
    );
  });

  it('should prefer an explicit folder', () => {
    expect(resolveCorpusDir('sop', '/srv/pages', __dirname)).toBe('/srv/pages');
  });

  it('should fail with a hint when no bundled corpus is above the folder', () => {
    expect(findBundledCorpusRoot(tmpdir())).toBeUndefined();
    expect(() => resolveCorpusDir('sop', undefined, tmpdir())).toThrow(/KNOWLEDGE_CORPUS_DIR/);
  });
});

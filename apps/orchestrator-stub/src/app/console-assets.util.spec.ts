import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { consoleAssetsDir } from './console-assets.util';

describe('consoleAssetsDir', () => {
  let empty: string;
  let built: string;

  beforeAll(() => {
    empty = mkdtempSync(join(tmpdir(), 'console-empty-'));
    built = mkdtempSync(join(tmpdir(), 'console-built-'));
    writeFileSync(join(built, 'index.html'), '<!doctype html>');
  });

  afterAll(() => {
    rmSync(empty, { recursive: true, force: true });
    rmSync(built, { recursive: true, force: true });
  });

  it('should pick the first folder that holds an index.html', () => {
    expect(consoleAssetsDir([join(empty, 'missing'), empty, built])).toBe(built);
  });

  it('should be undefined when the console was not built', () => {
    expect(consoleAssetsDir([empty])).toBeUndefined();
  });
});

import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The folder of the built journey console (`console/build-console.mjs` writes it beside the
 * built app: dist/apps/orchestrator-stub/console), or undefined when it was not built.
 */
export function consoleAssetsDir(
  candidates: readonly string[] = [
    join(__dirname, '..', 'console'),
    join(process.cwd(), 'dist', 'apps', 'orchestrator-stub', 'console'),
  ],
): string | undefined {
  return candidates.find((dir) => existsSync(join(dir, 'index.html')));
}

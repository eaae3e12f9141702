// Builds the journey console into dist/apps/orchestrator-stub/console (part of the orchestrator's Nx build):
// esbuild bundles src/main.ts (Preact + htm + Prism + the journey utils) into app.js; Mermaid's browser
// build, index.html and console.css are copied beside it. The orchestrator serves that folder at `/`.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const out = join(root, 'dist', 'apps', 'orchestrator-stub', 'console');
const require = createRequire(import.meta.url);

mkdirSync(join(out, 'vendor'), { recursive: true });
await build({
  entryPoints: [join(here, 'src', 'main.ts')],
  outfile: join(out, 'app.js'),
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: 'linked',
  conditions: ['@mesh/source'],
  tsconfig: join(here, 'tsconfig.json'),
  legalComments: 'linked',
  logLevel: 'warning',
});
copyFileSync(join(here, 'index.html'), join(out, 'index.html'));
copyFileSync(join(here, 'console.css'), join(out, 'console.css'));
copyFileSync(
  join(dirname(require.resolve('mermaid/package.json')), 'dist', 'mermaid.min.js'),
  join(out, 'vendor', 'mermaid.min.js'),
);

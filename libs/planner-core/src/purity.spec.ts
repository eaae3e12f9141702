import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const WORKSPACE = resolve(__dirname, '..', '..', '..');

/** The modules a fresh Node process has loaded after requiring one entry (TypeScript source, via swc). */
function modulesLoadedBy(entry: string): string[] {
  const script = `require(${JSON.stringify(entry)}); process.stdout.write(JSON.stringify(Object.keys(require.cache)));`;
  const out = execFileSync(process.execPath, ['--conditions=@mesh/source', '-r', '@swc-node/register', '-e', script], {
    cwd: WORKSPACE,
    env: { ...process.env, SWC_NODE_PROJECT: resolve(WORKSPACE, 'tools/tsconfig.json') },
    encoding: 'utf8',
  });
  return JSON.parse(out) as string[];
}

const FRAMEWORK = /node_modules[\\/](@nestjs|class-validator|class-transformer|ajv|express|reflect-metadata)[\\/]/;

describe('the planning core at run time', () => {
  it('loads no framework, validator or decorator package', () => {
    const loaded = modulesLoadedBy(resolve(WORKSPACE, 'libs/planner-core/src/index.ts'));

    expect(loaded.filter((path) => FRAMEWORK.test(path))).toEqual([]);
    expect(loaded.some((path) => path.includes('a2a-contracts'))).toBe(true);
  });
});

import { readLiteralValues } from './literal-values';

const parts = (text: string) =>
  readLiteralValues(text)
    .filter((hit) => hit.kind === 'process' || hit.kind === 'command_line')
    .map((hit) => [hit.kind, hit.value]);

describe('interpreter runs', () => {
  it('reads the interpreter as the process and the module after a run switch as part of its command line', () => {
    expect(parts('did anybody start python3 -m smtpd.debug on the kiosks')).toEqual([
      ['process', 'python'],
      ['command_line', 'smtpd.debug'],
    ]);
  });

  it('reads an archive, a script file or a class path after the interpreter', () => {
    expect(parts('hosts where java -jar quarry-agent.jar ran')).toEqual([
      ['process', 'java'],
      ['command_line', 'quarry-agent.jar'],
    ]);
    expect(parts('was node tidy-cache.mjs launched on the runners')).toEqual([
      ['process', 'node'],
      ['command_line', 'tidy-cache.mjs'],
    ]);
    expect(parts('pwsh -f D:\\ops\\rotate.ps1 since tuesday')).toContainEqual(['command_line', 'D:\\ops\\rotate.ps1']);
  });

  it('reads no run when the switch or the interpreter names nothing run', () => {
    expect(parts('java -m on the build boxes')).not.toContainEqual(['command_line', 'on']);
    expect(parts('node.exe talking to the internet')).not.toContainEqual(expect.arrayContaining(['command_line']));
  });
});

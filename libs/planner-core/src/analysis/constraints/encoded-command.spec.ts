import { encodedCommandHits } from './encoded-command';

const ENCODED = /\bencoded\s+(?:powershell|pwsh|commands?)\b/gi;

function hitsOf(text: string) {
  ENCODED.lastIndex = 0;
  const m = ENCODED.exec(text);
  if (!m) throw new Error('no match');
  return encodedCommandHits(m).map(({ kind, value }) => ({ kind, value }));
}

describe('encodedCommandHits', () => {
  it('reads the shell an encoded phrase names as the process beside the -enc switch', () => {
    expect(hitsOf('hosts running encoded pwsh last week')).toEqual([
      { kind: 'command_line', value: '-enc' },
      { kind: 'process', value: 'pwsh' },
    ]);
  });

  it('reads the switch alone when the phrase names no shell', () => {
    expect(hitsOf('any encoded commands on build agents')).toEqual([{ kind: 'command_line', value: '-enc' }]);
  });
});

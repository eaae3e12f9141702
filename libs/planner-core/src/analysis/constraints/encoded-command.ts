import type { ValueHit } from './value-hit';

/** The shell a phrase of an encoded command names ("encoded powershell", "pwsh with encoded"). */
const SHELL = /\b(powershell|pwsh)\b/i;

/**
 * "encoded powershell", "encoded commands", "powershell with encoded": the encoded-command switch on the
 * command line and, when the phrase names the shell, that shell as the process ("encoded powershell" asks
 * for PowerShell processes whose command line holds -enc, not any process with -enc in it).
 */
export function encodedCommandHits(match: RegExpExecArray): ValueHit[] {
  const start = match.index;
  const end = start + match[0].length;
  const hits: ValueHit[] = [{ kind: 'command_line', value: '-enc', start, end, operator: 'contains' }];
  const shell = SHELL.exec(match[0]);
  if (shell) {
    const at = start + shell.index;
    hits.push({
      kind: 'process',
      value: shell[1]!.toLowerCase(),
      start: at,
      end: at + shell[0].length,
      operator: 'contains',
    });
  }
  return hits;
}

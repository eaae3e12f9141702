import { readLiteralValues } from './literal-values';
import { intoCommandLine } from './command-line-parts';

const values = (text: string): Array<[string, string]> => readLiteralValues(text).map((hit) => [hit.kind, hit.value]);

describe('command-line parts', () => {
  it('reads files and folders a clause about the command line names as parts of it', () => {
    expect(
      values('cscript.exe runs whose cmdline mentions a .vbs under \\Users\\Public\\, over the last 3 days'),
    ).toEqual([
      ['process', 'cscript.exe'],
      ['command_line', '.vbs'],
      ['command_line', '\\Users\\Public'],
    ]);
  });

  it('reads an unnamed web address in the command line as its scheme', () => {
    expect(values('certutil.exe with a URL in its arguments this week')).toEqual([
      ['process', 'certutil.exe'],
      ['command_line', 'http'],
    ]);
    expect(values('bitsadmin command lines containing an https link')).toContainEqual(['command_line', 'http']);
  });

  it('reads a library a host program loads as a part of its command line', () => {
    expect(values('regsvr32 loading scrobj.dll on any host')).toEqual([
      ['process', 'regsvr32'],
      ['command_line', 'scrobj.dll'],
    ]);
    expect(values('control.exe launched with a .cpl argument')).toContainEqual(['command_line', '.cpl']);
    expect(values('which .dll files were written to the share')).toEqual([['file', '.dll']]);
  });

  it('reads a value a program is said to be running in its command line', () => {
    expect(values('wscript.exe running vbscript: in its command line')).toContainEqual(['command_line', 'vbscript:']);
  });

  it('leaves hits outside such a clause, and questions without one, as they are', () => {
    const hits = [{ kind: 'file' as const, value: 'a.txt', start: 0, end: 5 }];
    expect(intoCommandLine('a.txt written to disk', hits)).toEqual(hits);
    expect(values('who wrote report.docx to the share')).toEqual([['file', 'report.docx']]);
  });

  it('reads a program said to install or run something from a web address as that scheme on its command line', () => {
    expect(values('devices where msiexec.exe installed a package directly from an http or https address')).toEqual([
      ['process', 'msiexec.exe'],
      ['command_line', 'http'],
    ]);
    expect(values('which hosts ran mshta.exe from a URL in the last 7 days')).toEqual([
      ['process', 'mshta.exe'],
      ['command_line', 'http'],
    ]);
    // A place signed in from is no command line.
    expect(values('failed sign-ins from a remote address yesterday')).toEqual([]);
  });
});

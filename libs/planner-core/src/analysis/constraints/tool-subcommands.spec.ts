import { readToolSubcommands } from './tool-subcommands';
import { SpanSet } from './value-hit';

const read = (text: string) => readToolSubcommands(text, new SpanSet()).map((h) => [h.kind, h.value, h.operator]);

describe('readToolSubcommands', () => {
  it('reads a tool written with one of its subcommands as the process and a part of its command line', () => {
    expect(read('who wiped the logs using wevtutil clear-log on the DCs')).toEqual([
      ['process', 'wevtutil', 'contains'],
      ['command_line', 'clear-log', 'contains'],
    ]);
    expect(read('any reg.exe save of the SAM hive?')).toEqual([
      ['process', 'reg.exe', undefined],
      ['command_line', 'save', 'contains'],
    ]);
  });

  it('reads the object written after the subcommand onto the command line with it', () => {
    expect(read('any vssadmin resize shadowstorage on the print servers?')).toEqual([
      ['process', 'vssadmin', 'contains'],
      ['command_line', 'resize shadowstorage', 'contains'],
    ]);
    expect(read('schtasks create anywhere last night')).toEqual([
      ['process', 'schtasks', 'contains'],
      ['command_line', 'create', 'contains'],
    ]);
  });

  it('reads the subcommand said as the verb the tool was used for ("schtasks.exe was used to delete …")', () => {
    expect(read('hosts where schtasks.exe was used to delete jobs')).toEqual([
      ['process', 'schtasks.exe', undefined],
      ['command_line', 'delete', 'contains'],
    ]);
    expect(read('anyone calling vssadmin to resize storage')).toEqual([
      ['process', 'vssadmin', 'contains'],
      ['command_line', 'resize', 'contains'],
    ]);
    expect(read('sc.exe used to read the config')).toEqual([]);
  });

  it("should read nothing from a word that is no subcommand of the tool before it, or a tool's name in a word", () => {
    expect(read('sc user changes')).toEqual([]);
    expect(read('the registry save was a net gain')).toEqual([]);
  });

  it('reads a backup tool with its subcommand, and a boot setting named without its "/set"', () => {
    expect(read('wbadmin delete systemstatebackup on the file servers')).toEqual([
      ['process', 'wbadmin', 'contains'],
      ['command_line', 'delete systemstatebackup', 'contains'],
    ]);
    expect(read('any bcdedit bootstatuspolicy ignoreallfailures lately')).toEqual([
      ['process', 'bcdedit', 'contains'],
      ['command_line', 'bootstatuspolicy ignoreallfailures', 'contains'],
    ]);
  });

  it('should leave a command quoted whole to be searched for whole', () => {
    expect(read("anyone run 'vssadmin delete shadows' this week")).toEqual([]);
  });
});

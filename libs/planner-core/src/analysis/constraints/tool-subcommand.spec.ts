import { toolSubcommandHit } from './tool-subcommand';

const after = (text: string, tool: string) => toolSubcommandHit(text, text.indexOf(tool) + tool.length)?.value ?? null;

describe('toolSubcommandHit', () => {
  it.each([
    ['hosts where wmic shadowcopy delete ran', 'wmic', 'shadowcopy delete'],
    ['vssadmin resize shadowstorage on file servers', 'vssadmin', 'resize shadowstorage'],
    ['bitsadmin transfer jobs this week', 'bitsadmin', 'transfer jobs'],
  ])('reads the verb and object after a tool: %s', (text, tool, value) => {
    expect(after(text, tool)).toBe(value);
  });

  it('reads the verb alone when a function word follows it', () => {
    expect(after('vssadmin delete on any host', 'vssadmin')).toBe('delete');
    expect(after('bitsadmin transfer runs since monday', 'bitsadmin')).toBe('transfer');
    expect(after('certutil urlcache executions per host', 'certutil')).toBe('urlcache');
  });

  it('reads nothing after a tool followed by no subcommand verb', () => {
    expect(after('vssadmin executions by user', 'vssadmin')).toBeNull();
  });
});

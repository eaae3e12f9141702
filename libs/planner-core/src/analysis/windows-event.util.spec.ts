import { saysSecurityLogEventId, saysWindowsEventId } from './windows-event.util';

describe('saysWindowsEventId', () => {
  it('reads a Windows event id said bare or after "event"', () => {
    expect(saysWindowsEventId('lockouts (4740) on the kiosks')).toBe(true);
    expect(saysWindowsEventId('event 4104 blocks today')).toBe(true);
  });

  it('reads an event id said in the plural, as events of that id', () => {
    expect(saysWindowsEventId('how many 4771s hit the domain controllers')).toBe(true);
    expect(saysSecurityLogEventId("4732's on the file servers since friday")).toBe(true);
    expect(saysWindowsEventId('4625 customers signed up')).toBe(false);
  });

  it('does not read an amount, a count of things or a part of a decimal', () => {
    expect(saysWindowsEventId('orders over 4700 usd')).toBe(false);
    expect(saysWindowsEventId('4625 customers signed up')).toBe(false);
    expect(saysWindowsEventId('a ratio of 0.4625')).toBe(false);
  });
});

describe('saysSecurityLogEventId', () => {
  it('reads the ids the Security log records', () => {
    expect(saysSecurityLogEventId('new accounts, event 4720, on the kiosks')).toBe(true);
    expect(saysSecurityLogEventId('log cleared (1102)')).toBe(true);
  });

  it('does not read PowerShell or System log ids', () => {
    expect(saysSecurityLogEventId('script blocks 4104 on the kiosks')).toBe(false);
    expect(saysSecurityLogEventId('services installed (7045)')).toBe(false);
  });
});

import { saysMachinePower, saysSecurityLogEventId, saysWindowsEventId } from './windows-event.util';

describe('saysWindowsEventId', () => {
  it('reads a Windows event id said bare or after "event"', () => {
    expect(saysWindowsEventId('lockouts (4740) on the kiosks')).toBe(true);
    expect(saysWindowsEventId('event 4104 blocks today')).toBe(true);
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

describe('saysMachinePower', () => {
  it('reads a machine rebooted, restarted or shut down', () => {
    expect(saysMachinePower('how often did the payroll box restart')).toBe(true);
    expect(saysMachinePower('unexpected shutdowns of the lobby kiosk')).toBe(true);
  });

  it('does not read a service or an app restarted, nor the start of a period', () => {
    expect(saysMachinePower('the dhcp service restarted')).toBe(false);
    expect(saysMachinePower('app restarts per release')).toBe(false);
    expect(saysMachinePower('orders since the start of the quarter')).toBe(false);
  });
});

import { saysTelemetryValue } from './telemetry-value.util';

describe('saysTelemetryValue', () => {
  it("reads a program's file written by its name as a value only telemetry keeps, not a bare extension", () => {
    expect(saysTelemetryValue('zaptool.exe on the kiosk machines')).toBe(true);
    expect(saysTelemetryValue('who loaded hooker64.dll last night')).toBe(true);
    expect(saysTelemetryValue('sign-ups via the .exe installer page')).toBe(false);
  });

  it('reads an IP address, a range or a file hash as a value only telemetry keeps', () => {
    expect(saysTelemetryValue('did 172.16.40.9 come back after lunch')).toBe(true);
    expect(saysTelemetryValue('anything from 198.51.100.0/24 over the weekend')).toBe(true);
    expect(saysTelemetryValue('was fe80::1ff:fe23:4567:890a seen')).toBe(true);
    expect(saysTelemetryValue('where did 5d41402abc4b2a76b9719d911017c592 run')).toBe(true);
  });

  it('reads no version number, price, date or plain number as one', () => {
    expect(saysTelemetryValue('orders of 1.5 kg items in 2026')).toBe(false);
    expect(saysTelemetryValue('agents still on release 300.2.1.999')).toBe(false);
    expect(saysTelemetryValue('invoices due 12:30 on 2026-10-01')).toBe(false);
    expect(saysTelemetryValue('customer 12345678901234567890123456789012')).toBe(false);
  });
});

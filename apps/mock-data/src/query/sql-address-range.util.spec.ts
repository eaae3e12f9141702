import { ipv4RangeEnds } from './sql-address-range.util';

describe('ipv4RangeEnds', () => {
  it('should give the first and last address of a range on part of an octet', () => {
    expect(ipv4RangeEnds('100.64.0.0/10')).toEqual(['100.64.0.0', '100.127.255.255']);
  });

  it('should give the first and last address of a range on whole octets', () => {
    expect(ipv4RangeEnds('203.0.113.0/24')).toEqual(['203.0.113.0', '203.0.113.255']);
  });

  it('should start the range at its network address when the written address lies inside it', () => {
    expect(ipv4RangeEnds('10.20.30.40/16')).toEqual(['10.20.0.0', '10.20.255.255']);
  });

  it('should read a single-address range as that address twice', () => {
    expect(ipv4RangeEnds('192.0.2.7/32')).toEqual(['192.0.2.7', '192.0.2.7']);
  });

  it.each(['2001:db8::/32', '10.0.0.1', '10.0.0.0/33', '10.0/8', 'not a range'])('should give null for %s', (value) => {
    expect(ipv4RangeEnds(value)).toBeNull();
  });
});

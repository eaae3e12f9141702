import { extractConstraints } from './extract-constraints';
import { readVolumeThreshold } from './volume-threshold';

describe('readVolumeThreshold', () => {
  it('reads a volume sent or received over a threshold, in bytes', () => {
    expect(readVolumeThreshold('kiosks that uploaded over 300 MB to the internet')).toMatchObject({
      of: 'bytes out',
      operator: 'gt',
      bytes: 300 * 1024 ** 2,
    });
    expect(readVolumeThreshold('printers that received at least 2.5 GB overnight')).toMatchObject({
      of: 'bytes in',
      operator: 'gte',
      bytes: Math.round(2.5 * 1024 ** 3),
    });
    expect(readVolumeThreshold('scanners that sent more than 10 KB in')).toMatchObject({ of: 'bytes in' });
  });

  it('reads nothing without a unit of data or a verb of sending', () => {
    expect(readVolumeThreshold('orders over 300 EUR')).toBeNull();
    expect(readVolumeThreshold('files larger than 1 GB')).toBeNull();
  });
});

describe('extractConstraints with a volume threshold', () => {
  it('sums the bytes of each source and keeps those over the threshold', () => {
    const flows = { table: 'FlowLogs', columns: ['TimeGenerated', 'SrcIp', 'DstIp', 'BytesOut', 'BytesIn'] };
    const c = extractConstraints({ text: 'which kiosks sent more than 1 GB out today', tables: [flows] });
    expect(c.measure).toEqual({ kind: 'sum', of: 'bytes out', field: 'BytesOut' });
    expect(c.having).toEqual({ operator: 'gt', value: 1024 ** 3 });
  });
});

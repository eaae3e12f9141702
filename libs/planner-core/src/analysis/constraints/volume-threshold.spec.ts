import { extractConstraints } from './extract-constraints';
import { readSizeThreshold, readVolumeThreshold } from './volume-threshold';

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

describe('readSizeThreshold', () => {
  it('reads a size compared without a verb, in bytes (1 KB = 1024 bytes)', () => {
    expect(readSizeThreshold('per kiosk, only those above 2 GB')).toMatchObject({
      operator: 'gt',
      bytes: 2 * 1024 ** 3,
    });
    expect(readSizeThreshold('flows of at least 750 MB')).toMatchObject({ operator: 'gte', bytes: 750 * 1024 ** 2 });
    expect(readSizeThreshold('printers under 10 kb')).toMatchObject({ operator: 'lt', bytes: 10 * 1024 });
    expect(readSizeThreshold('kiosks with >= 1.5GB')).toMatchObject({
      operator: 'gte',
      bytes: Math.round(1.5 * 1024 ** 3),
    });
  });

  it('reads nothing without a unit of data', () => {
    expect(readSizeThreshold('kiosks above 2 per hour')).toBeNull();
    expect(readSizeThreshold('orders over 300 EUR')).toBeNull();
  });
});

describe('extractConstraints with a size said of a sum of bytes', () => {
  const flows = { table: 'FlowLogs', columns: ['TimeGenerated', 'SrcIp', 'DstIp', 'BytesOut', 'BytesIn'] };

  it('keeps the groups whose summed bytes pass the size (a threshold after the aggregation)', () => {
    const c = extractConstraints({
      text: 'total bytes out per destination this week, only destinations above 3 GB, biggest first',
      tables: [flows],
    });
    expect(c.measure).toMatchObject({ kind: 'sum' });
    expect(c.having).toEqual({ operator: 'gt', value: 3 * 1024 ** 3 });
  });

  it('reads no threshold from a size when nothing is summed', () => {
    const c = extractConstraints({ text: 'flows from kiosks above 3 GB this week', tables: [flows] });
    expect(c.having).toBeNull();
  });
});

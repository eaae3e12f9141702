import { extractConstraints } from './extract-constraints';
import type { TableColumns } from './column-mapper';
import { readByteDirections } from './byte-directions';

const flows: TableColumns = {
  table: 'flows',
  columns: ['ts', 'src_ip', 'dest_ip', 'protocol', 'bytes_in', 'bytes_out'],
};

describe('readByteDirections', () => {
  it('reads both directions of the bytes named side by side, in the order said', () => {
    expect(readByteDirections('bytes out and bytes in per host').map((m) => m.of)).toEqual(['bytes out', 'bytes in']);
    expect(readByteDirections('bytes sent & received by app').map((m) => m.of)).toEqual(['bytes out', 'bytes in']);
    expect(readByteDirections('inbound and outbound bytes per day').map((m) => m.of)).toEqual([
      'bytes in',
      'bytes out',
    ]);
  });

  it('reads both directions set against each other ("in vs out", "sent versus received")', () => {
    expect(readByteDirections('bytes out vs in per sensor').map((m) => m.of)).toEqual(['bytes out', 'bytes in']);
    expect(readByteDirections('data sent versus received by vlan').map((m) => m.of)).toEqual(['bytes out', 'bytes in']);
  });

  it('should read no pair from one direction alone', () => {
    expect(readByteDirections('bytes out per host')).toEqual([]);
  });
});

describe('extractConstraints with both directions of bytes', () => {
  it('sums each direction over the groups and time steps asked for', () => {
    const c = extractConstraints({ text: 'bytes in and bytes out per protocol, hourly, last day', tables: [flows] });
    expect([c.measure, ...(c.extra_measures ?? [])]).toEqual([
      { kind: 'sum', of: 'bytes in', field: 'bytes_in' },
      { kind: 'sum', of: 'bytes out', field: 'bytes_out' },
    ]);
  });

  it('sums each direction when a total of bytes names both', () => {
    const c = extractConstraints({ text: 'total bytes received and sent by each protocol this week', tables: [flows] });
    expect([c.measure, ...(c.extra_measures ?? [])].map((m) => m?.field)).toEqual(['bytes_in', 'bytes_out']);
  });

  it('should sum nothing when the question asks how many rows moved both ways', () => {
    const c = extractConstraints({ text: 'how many flows in and out per protocol per hour', tables: [flows] });
    expect(c.extra_measures).toBeUndefined();
  });

  it('reads the data moved each way in other words ("data in and out", "upload and download volume")', () => {
    expect(readByteDirections('data in and out per host').map((m) => m.of)).toEqual(['bytes in', 'bytes out']);
    expect(readByteDirections('upload and download volume per user').map((m) => m.of)).toEqual([
      'bytes out',
      'bytes in',
    ]);
  });

  it('should sum nothing when the rows are listed with both directions', () => {
    const c = extractConstraints({ text: 'list the flows to 10.9.9.9 with bytes in and bytes out', tables: [flows] });
    expect(c.measure).toBeNull();
  });
});

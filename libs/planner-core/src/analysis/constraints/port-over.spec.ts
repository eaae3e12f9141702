import { extractConstraints } from './extract-constraints';
import type { TableColumns } from './column-mapper';
import { readServicePorts } from './service-ports';

/** A port said after the service that ran over it, a verdict said in the present, and no threshold read from either. */
const flows: TableColumns = {
  table: 'conn',
  columns: ['ts', 'src_ip', 'dest_ip', 'dest_port', 'transport', 'action'],
};
const read = (text: string) => extractConstraints({ text, tables: [flows] });
const ports = (text: string) =>
  read(text)
    .filters.filter((f) => f.kind === 'port')
    .flatMap((f) => f.values);

describe('extractConstraints: a port a service runs over', () => {
  it.each([
    ['vnc over 5999 from the guest wifi since noon', '5999'],
    ['any ssh over 2022 to the build boxes this week', '2022'],
    ['irc over 7000 in the past 12 hours', '7000'],
    ['tls over tcp 8843 towards the printers yesterday', '8843'],
  ])('reads the number after the service as its port, not a threshold: %s', (text, port) => {
    expect(ports(text)).toEqual([port]);
    expect(read(text).having).toBeNull();
  });

  it('keeps a count over a number a threshold when no service stands before it', () => {
    expect(ports('hosts with connections over 75 in the past hour')).toEqual([]);
    expect(read('sources with over 40 denied flows in the last hour').having).toMatchObject({ value: 40 });
  });

  it('keeps a size after a service a size', () => {
    expect(ports('ftp over 300 MB from the archive server today')).toEqual([]);
  });

  it('reads a verdict said in the present before "on" and a bare number as the port', () => {
    expect(ports('firewall denies to 203.0.113.8 on 5986 this morning')).toEqual(['5986']);
    expect(ports('rejects from the lab on 161 yesterday')).toEqual(['161']);
  });

  it('knows irc by its usual ports when none is said', () => {
    expect(readServicePorts('blocked irc traffic from the lab').map((hit) => hit.value)).toEqual(['6667', '6697']);
  });
});

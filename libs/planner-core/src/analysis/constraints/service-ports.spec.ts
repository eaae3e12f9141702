import { readServicePorts } from './service-ports';

const ports = (text: string) => readServicePorts(text).map((hit) => `${hit.hint}:${hit.value}`);

describe('readServicePorts', () => {
  it('reads a service named in traffic as its default port, the end it listens on', () => {
    expect(ports('rejected vnc toward 203.0.113.40 this morning')).toEqual(['destination:5900']);
    expect(ports('Outbound SSH from the build farm')).toEqual(['destination:22']);
    expect(ports('remote desktop sessions into jumpbox-7')).toEqual(['destination:3389']);
    expect(ports('which hosts allowed winrm yesterday')).toEqual(['destination:5985', 'destination:5986']);
  });

  it('reads machines said to talk to an address over a service as traffic to its port, a login over it as none', () => {
    expect(ports('anything talking to 91.215.85.0/24 over ssh, lst 48h')).toEqual(['destination:22']);
    expect(ports('hosts communicating with 10.9.9.9 via smb')).toEqual(['destination:445']);
    expect(ports('root account logins over ssh today')).toEqual([]);
  });

  it('reads chat relay traffic (irc) as its default port', () => {
    expect(ports('which lab machines had irc traffic overnight')).toEqual(['destination:6667', 'destination:6697']);
  });

  it('reads DNS beside a domain as its lookup, no port; without one as traffic to 53', () => {
    const dns = (text: string, namesDomain: boolean) => readServicePorts(text, undefined, namesDomain).length;
    expect(dns('shady.example.io in the dns logs or edr network events', true)).toBe(0);
    expect(dns('outbound dns traffic from the print servers', false)).toBe(1);
    expect(readServicePorts('ssh traffic to files.example.io', undefined, true)).toHaveLength(1);
  });

  it('reads a service said to go to a machine, with no word of traffic', () => {
    expect(ports('telnet from 198.51.100.77 overnight')).toEqual(['destination:23']);
  });

  it('reads nothing for what is no traffic of the service, or with no traffic at all', () => {
    expect(ports('ldap queries blocked by policy')).toEqual([]);
    expect(ports('failed rdp logons from contractors over the network')).toEqual([]);
    expect(ports('who ran putty ssh.exe on finance laptops')).toEqual([]);
    expect(ports('smb sessions per file server this week')).toEqual([]);
  });

  it('reads a known port said bare between a direction and its traffic ("outbound 3389 conns")', () => {
    expect(ports('which boxes made outbound 3389 conns today')).toEqual(['destination:3389']);
    expect(ports('inbound 22 connections per source')).toEqual(['destination:22']);
    // Not a port any service listens on by default, nor a count: "outbound 12 connections" is no port.
    expect(ports('hosts with outbound 12 connections')).toEqual([]);
  });
});

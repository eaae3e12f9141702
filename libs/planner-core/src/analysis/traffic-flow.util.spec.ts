import { fullMeshAgents } from '@mesh/a2a-contracts/testing';
import { buildAgentDirectory } from '../context/agent-directory';
import { readSchemaCatalog } from '../context/schema-catalog';
import { analyzeHeuristically } from './heuristic-analyzer';
import { byteCountEntry, holdsTrafficFlow, saysTrafficFlow, saysTrafficVolume } from './traffic-flow.util';

describe('saysTrafficFlow', () => {
  it('reads traffic put by both ends of a flow', () => {
    expect(saysTrafficFlow('which source addresses reached destination port 3389 most')).toBe(true);
    expect(saysTrafficFlow('src ip 192.0.2.4 to any dst port above 1024')).toBe(true);
  });

  it('reads a source end beside a port said by its number as a flow', () => {
    expect(saysTrafficFlow('dropped telnet (23) attempts from outside, per source address')).toBe(true);
    expect(saysTrafficFlow('which src hosts touched port 5900 overnight')).toBe(true);
    expect(saysTrafficFlow('source ips seen on 161/udp this morning')).toBe(true);
  });

  it('does not read a number in brackets after a word that is no service as a port', () => {
    expect(saysTrafficFlow('source ips of the lockouts (4740) today')).toBe(false);
    expect(saysTrafficFlow('source ips that hit the vpn gateway')).toBe(false);
  });

  it('does not read one end alone, or other sources and destinations', () => {
    expect(saysTrafficFlow('connections to destination port 445 today')).toBe(false);
    expect(saysTrafficFlow('the source of the leak and its destination country')).toBe(false);
  });
});

describe('holdsTrafficFlow', () => {
  it('finds an entry with a source address column and a destination column, with or without a dataset prefix', () => {
    expect(holdsTrafficFlow([{ columns: ['Flows.src_ip', 'Flows.dest_port'] }])).toBe(true);
    expect(holdsTrafficFlow([{ columns: ['SourceIP', 'DestinationPort'] }])).toBe(true);
  });

  it('finds none in an endpoint table that names the far end only', () => {
    expect(holdsTrafficFlow([{ columns: ['RemoteIP', 'RemotePort', 'LocalIP'] }])).toBe(false);
  });
});

describe('saysTrafficVolume', () => {
  it('reads traffic measured by the bytes it carried', () => {
    expect(saysTrafficVolume('hosts with the most bytes received from 198.51.100.0/24')).toBe(true);
    expect(saysTrafficVolume('sum of outbound bytes per remote address')).toBe(true);
  });

  it('reads a question of how much an address sent, or traffic over a size', () => {
    expect(saysTrafficVolume('how much data did 192.0.2.40 upload on sunday')).toBe(true);
    expect(saysTrafficVolume('how many bytes has the build box transferred since noon')).toBe(true);
    expect(saysTrafficVolume('egress traffic above 750 MB per subnet')).toBe(true);
    expect(saysTrafficVolume('how much data is in the invoices table')).toBe(false);
  });

  it('does not read web traffic (an access log counts bytes per request), or bytes of a file', () => {
    expect(saysTrafficVolume('bytes out per client of our web servers')).toBe(false);
    expect(saysTrafficVolume('files larger than 20 bytes')).toBe(false);
  });
});

describe('byteCountEntry', () => {
  it('finds the entry that keeps bytes beside a destination address', () => {
    const entries = [
      { name: 'Access', columns: ['Access.src', 'Access.bytes_out'] },
      { name: 'Flows', columns: ['Flows.dest_ip', 'Flows.bytes_out'] },
    ];

    expect(byteCountEntry(entries)?.name).toBe('Flows');
  });

  it('finds none without byte counts', () => {
    expect(byteCountEntry([{ name: 'Sockets', columns: ['RemoteIP', 'DestinationIp'] }])).toBeUndefined();
  });
});

describe('routing traffic put as flows', () => {
  /** An invented catalog: an endpoint connection table, and a firewall flow log. */
  const hints = {
    kql: {
      description: 'Log Analytics workspace',
      tables: { KioskSocketEvents: ['TimeGenerated', 'KioskName', 'RemoteIP', 'RemotePort'] },
    },
    spl: { description: 'Splunk', indexes: { perimeter: ['src_ip', 'dest_ip', 'dest_port', 'verdict'] } },
    sql: { description: 'Relational database of a bakery chain', tables: { loaves: ['loaf_id', 'flour_kind'] } },
  };

  it('goes to the store that keeps flows', () => {
    const agents = buildAgentDirectory(fullMeshAgents());
    const catalog = readSchemaCatalog(hints, agents.data);
    const { analysis } = analyzeHeuristically({
      naturalLanguage: 'source ips that tried more than 30 destination ports since midnight',
      catalog,
      agents,
      now: new Date('2025-03-10T12:00:00Z'),
    });

    expect(analysis.required_platforms).toEqual(['spl']);
  });
});

describe('routing traffic measured in bytes', () => {
  it('goes to the store that counts bytes per flow, and reads that entry first', () => {
    const hints = {
      kql: {
        description: 'Log Analytics workspace',
        tables: { KioskSocketEvents: ['TimeGenerated', 'KioskName', 'RemoteIP', 'RemotePort'] },
      },
      spl: {
        description: 'Splunk',
        datamodels: { Perimeter: ['src_ip', 'dest_ip', 'bytes_in', 'bytes_out'] },
        indexes: { kiosk_shell: ['Image', 'CommandLine'] },
      },
      sql: { description: 'Relational database of a bakery chain', tables: { loaves: ['loaf_id', 'flour_kind'] } },
    };
    const agents = buildAgentDirectory(fullMeshAgents());
    const { analysis } = analyzeHeuristically({
      naturalLanguage: 'which remote addresses received the most bytes from 172.20.0.0/20 since noon',
      catalog: readSchemaCatalog(hints, agents.data),
      agents,
      now: new Date('2025-03-10T12:00:00Z'),
    });

    expect(analysis.required_platforms).toEqual(['spl']);
    expect(analysis.entities.tables[0]).toBe('Perimeter');
  });
});

import { fullMeshAgents } from '@mesh/a2a-contracts/testing';
import { buildAgentDirectory } from '../context/agent-directory';
import { readSchemaCatalog } from '../context/schema-catalog';
import { analyzeHeuristically } from './heuristic-analyzer';
import { holdsTrafficFlow, saysTrafficFlow } from './traffic-flow.util';

describe('saysTrafficFlow', () => {
  it('reads traffic put by both ends of a flow', () => {
    expect(saysTrafficFlow('which source addresses reached destination port 3389 most')).toBe(true);
    expect(saysTrafficFlow('src ip 192.0.2.4 to any dst port above 1024')).toBe(true);
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

import { fullMeshAgents } from '@mesh/a2a-contracts/testing';
import { buildAgentDirectory } from '../context/agent-directory';
import { readSchemaCatalog } from '../context/schema-catalog';
import { analyzeHeuristically } from './heuristic-analyzer';

const NOW = new Date('2025-03-10T12:00:00Z');

function analyze(question: string, hints: unknown) {
  const agents = buildAgentDirectory(fullMeshAgents());
  return analyzeHeuristically({
    naturalLanguage: question,
    catalog: readSchemaCatalog(hints, agents.data),
    agents,
    now: NOW,
  });
}

/** An invented catalog: no table here is from any eval set. */
function inventedHints(): Record<string, unknown> {
  return {
    kql: {
      description: 'Log Analytics workspace',
      tables: {
        VpnGatewaySessions: ['TimeGenerated', 'PeerAddress', 'TunnelState'],
        PrinterJobEvents: ['JobId', 'PrinterName', 'PageCount'],
      },
    },
    spl: { description: 'Splunk', sourcetypes: ['badge:reader:swipes', 'hvac:sensor:readings'] },
    sql: {
      description: 'Relational database of a bakery chain',
      tables: { loaves: ['loaf_id', 'flour_kind', 'baked_on'], bakers: ['baker_id', 'full_name', 'shift_start'] },
    },
  };
}

describe('analyzeHeuristically', () => {
  it('routes a question that spells out a table name to the platform holding that table', () => {
    const hints = inventedHints();

    const result = analyze('Which VPN gateway sessions dropped their tunnel state overnight?', hints);

    expect(result.analysis.required_platforms).toEqual(['kql']);
  });

  it('names a table whose name abbreviates the product the question spells out', () => {
    const hints = inventedHints();
    (hints['kql'] as { tables: Record<string, string[]> }).tables['PGWTunnelAudit'] = [
      'TimeGenerated',
      'OperationName',
      'PeerAddress',
    ];

    const result = analyze('Which VPN gateway sessions did Perimeter Gate Warden drop overnight?', hints);

    expect(result.analysis.required_platforms).toEqual(['kql']);
    expect(result.analysis.entities.tables).toContain('PGWTunnelAudit');
    expect(result.analysis.reasoning).not.toContain('PGWTunnelAudit');
  });

  it('follows the catalog when every table is renamed', () => {
    const hints = {
      kql: { tables: { TurnstileClicks: ['TimeGenerated', 'GateId'] } },
      spl: { sourcetypes: ['vpn:gateway:sessions'] },
      sql: { tables: { orders: ['order_id'] } },
    };

    const result = analyze('Which VPN gateway sessions dropped their tunnel state overnight?', hints);

    expect(result.analysis.required_platforms).toEqual(['spl']);
  });

  it('moves the route with a table moved from one platform to another', () => {
    const moved = inventedHints();
    (moved['sql'] as { tables: Record<string, string[]> }).tables['PrinterJobEvents'] = [
      'JobId',
      'PrinterName',
      'PageCount',
    ];
    delete (moved['kql'] as { tables: Record<string, string[]> }).tables['PrinterJobEvents'];

    const before = analyze('Total page count of printer jobs per printer name', inventedHints());
    const after = analyze('Total page count of printer jobs per printer name', moved);

    expect([before.analysis.required_platforms, after.analysis.required_platforms]).toEqual([['kql'], ['sql']]);
  });

  it('routes a business question about tables it has never seen to SQL', () => {
    const hints = inventedHints();

    const result = analyze('How many loaves of each flour kind did the bakers bake last week?', hints);

    expect(result.analysis.required_platforms).toEqual(['sql']);
  });

  it('lists the tables the question refers to', () => {
    const hints = inventedHints();

    const result = analyze('How many loaves of each flour kind did the bakers bake last week?', hints);

    expect(result.analysis.entities.tables).toEqual(expect.arrayContaining(['loaves', 'bakers']));
  });

  it('finds a table named with a typo', () => {
    const hints = inventedHints();

    const result = analyze('Count rows of PrinterJobEvnts by PrinterName', hints);

    expect(result.analysis.entities.tables).toContain('PrinterJobEvents');
  });

  it('names the evidence words and tables in its reasoning', () => {
    const hints = inventedHints();

    const result = analyze('Show badge reader swipes after midnight', hints);

    expect(result.analysis.reasoning).toMatch(/spl.*"badge", "reader", "swipes" → sourcetype badge:reader:swipes/);
  });

  it('routes each request of a two-part question to its own platform', () => {
    const hints = inventedHints();

    const result = analyze(
      'Show badge reader swipes after midnight; additionally, how many loaves did each baker bake?',
      hints,
    );

    expect([...result.analysis.required_platforms].sort()).toEqual(['spl', 'sql']);
  });

  it('is less confident of a guess than of a named table', () => {
    const hints = inventedHints();

    const guess = analyze('Anything odd lately?', hints);
    const named = analyze('List VpnGatewaySessions where TunnelState is down', hints);

    expect(guess.analysis.confidence).toBeLessThan(named.analysis.confidence);
  });

  it('reports evidence for every available platform, strongest first', () => {
    const hints = inventedHints();

    const result = analyze('Show badge reader swipes after midnight', hints);

    expect(result.evidence.map((e) => e.platform)).toEqual(['spl', ...result.evidence.slice(1).map((e) => e.platform)]);
    expect(result.evidence).toHaveLength(3);
  });

  it('still chooses a platform when the hints hold no tables', () => {
    const hints = {};

    const result = analyze('Failed sign-ins in Sentinel over the last day', hints);

    expect(result.analysis.required_platforms).toEqual(['kql']);
  });

  it('does not throw on a flat list of names or an unknown platform', () => {
    const hints = {
      tables: ['customers', 'orders'],
      graphdb: { tables: { nodes: ['id'] } },
      weird: [1, null, { x: 2 }],
    };

    const run = () => analyze('How many orders per customer?', hints);

    expect(run).not.toThrow();
  });

  it('follows product vocabulary when the catalog says nothing', () => {
    const hints = {};

    const result = analyze('Write a tstats search over the Splunk data model for proxy traffic', hints);

    expect(result.analysis.required_platforms).toEqual(['spl']);
  });

  it("routes a question about Splunk's own parts (indexers, search heads, forwarders, its .conf files) to Splunk", () => {
    const hints = inventedHints();

    for (const question of [
      'Find peer connection failures between the indexers and the search heads.',
      'Detect duplication warnings from universal forwarders this week.',
      'Measure whether an output queue dropped data configured in outputs.conf.',
    ])
      expect(analyze(question, hints).analysis.required_platforms).toEqual(['spl']);
  });

  it('queries both telemetry platforms, with a low confidence, when their evidence cannot be told apart', () => {
    const hints = {
      kql: {
        description: 'Log Analytics workspace',
        tables: { NorthGateTurnstileSwipes: ['TimeGenerated', 'BadgeId'], PrinterJobEvents: ['JobId'] },
      },
      spl: { description: 'Splunk', sourcetypes: ['north:gate:turnstile:swipes', 'hvac:sensor:readings'] },
      sql: { description: 'Relational database of a bakery chain', tables: { loaves: ['loaf_id'] } },
    };

    const result = analyze('Detect suspicious north gate turnstile swipes at night', hints);

    expect([[...result.analysis.required_platforms].sort(), result.analysis.confidence <= 0.55]).toEqual([
      ['kql', 'spl'],
      true,
    ]);
  });

  it('does not hedge when one telemetry platform has a clear lead', () => {
    const hints = {
      kql: {
        description: 'Log Analytics workspace',
        tables: { TurnstileSwipeEvents: ['TimeGenerated', 'GateId', 'BadgeId'] },
      },
      spl: { description: 'Splunk', sourcetypes: ['hvac:sensor:readings'] },
    };

    const result = analyze('Detect suspicious turnstile swipe events at night', hints);

    expect(result.analysis.required_platforms).toEqual(['kql']);
  });

  it('routes on a vendor word only one platform names, over ordinary words both share', () => {
    const hints = {
      kql: {
        description: 'Log Analytics workspace',
        tables: { DeviceProcessEvents: ['ProcessCommandLine'], DeviceFileEvents: ['FileName'] },
      },
      spl: {
        description: 'Splunk',
        sourcetypes: ['XmlWinEventLog:Zorbix/Operational'],
        datamodels: { 'Endpoint.Processes': ['process_name'] },
      },
    };

    const result = analyze('Detect processes loading unsigned drivers, leveraging Zorbix event logs', hints);

    expect(result.analysis.required_platforms).toEqual(['spl']);
  });

  it('is sure of the platform when only one is available', () => {
    const agents = buildAgentDirectory({
      ...fullMeshAgents(),
      data: fullMeshAgents().data!.filter((a) => a.platform === 'kql'),
    });

    const result = analyzeHeuristically({
      naturalLanguage: 'Show failed login attempts',
      catalog: readSchemaCatalog({}, agents.data),
      agents,
      now: NOW,
    });

    expect(result.analysis.confidence).toBeGreaterThan(0.5);
  });

  it('names the entry an executable points at when nothing else reaches a table', () => {
    const hints = {
      kql: {
        description: 'Log Analytics workspace',
        tables: {
          DeviceProcessEvents: ['ProcessCommandLine'],
          DeviceFileEvents: ['FileName'],
          PrinterJobEvents: ['JobId'],
        },
      },
    };

    const result = analyze('Look for tarpit.exe being renamed', hints);

    expect(result.analysis.entities.tables[0]).toBe('DeviceProcessEvents');
  });

  it('reads each clause of a two-clause question for its own platform, keeping the whole analysis', () => {
    const hints = {
      kql: { description: 'Sentinel', tables: { SigninLogs: ['TimeGenerated', 'UserPrincipalName', 'ResultType'] } },
      sql: { description: 'finance database', tables: { payments: ['payment_id', 'email', 'status', 'paid_at'] } },
    };

    const result = analyze(
      'Did jane@fabrikam.com have blocked sign-ins in Sentinel in the last 6 hours, and does she have refunded payments in the finance db?',
      hints,
    );
    const clause = (platform: string) => result.evidence.find((e) => e.platform === platform)?.clause;

    expect(result.analysis.required_platforms.sort()).toEqual(['kql', 'sql']);
    expect(result.analysis.entities.time_range).toBe('last 6 hours');
    expect(clause('kql')?.time_range).toBe('last 6 hours');
    expect(clause('sql')?.time_range).toBeNull();
    expect(clause('sql')?.constraints.filters.flatMap((f) => f.values)).toEqual(
      expect.arrayContaining(['refunded', 'jane@fabrikam.com']),
    );
    expect(clause('kql')?.constraints.filters.flatMap((f) => f.values)).not.toContain('refunded');
  });
});

describe('analyzeHeuristically (cloud API calls)', () => {
  it('reads the cloud trail for calls its name only implies, not tables their words name', () => {
    const hints = {
      kql: {
        description: 'Log Analytics workspace',
        tables: {
          AWSCloudTrail: ['TimeGenerated', 'EventName', 'UserIdentityArn'],
          EmailAttachmentInfo: ['TimeGenerated', 'FileName', 'SenderFromAddress'],
          IdentityInfo: ['AccountUpn', 'Department'],
        },
      },
    };
    const result = analyze('Detect usage of AttachUserPolicy/AttachGroupPolicy on any policy', hints);
    const kql = result.evidence.find((e) => e.platform === 'kql')!;
    expect(kql.tables).toContain('AWSCloudTrail');
    expect(kql.tables).not.toContain('EmailAttachmentInfo');
  });
});

import { fullMeshAgents } from '@mesh/a2a-contracts/testing';
import { buildAgentDirectory } from '../context/agent-directory';
import { readSchemaCatalog } from '../context/schema-catalog';
import { firmClauses } from './firm-clauses';
import { analyzeHeuristically } from './heuristic-analyzer';
import { scorePlatforms } from './platform-scorer';
import type { QuestionReading } from './question-reader';

const NOW = new Date('2025-03-10T12:00:00Z');

/** An invented catalog: no name here is from any eval set. */
function inventedHints(): Record<string, unknown> {
  return {
    kql: {
      description: 'Log Analytics workspace',
      tables: { TurnstileGateEvents: ['TimeGenerated', 'GateId', 'BadgeHolder', 'Direction'] },
    },
    spl: { description: 'Splunk', indexes: { zscaler_tunnels: ['tunnel_id', 'holder', 'dropped_by'] } },
    sql: {
      description: 'Relational database of a bakery chain',
      tables: { bakers: ['baker_id', 'full_name', 'team', 'email'], loaves: ['loaf_id', 'flour_kind'] },
    },
  };
}

function setup() {
  const agents = buildAgentDirectory(fullMeshAgents());
  return { agents, catalog: readSchemaCatalog(inventedHints(), agents.data) };
}

function split(question: string): [string, string] | null {
  const { agents, catalog } = setup();
  return firmClauses(question, (reading: QuestionReading) =>
    scorePlatforms({ reading, catalog, platforms: agents.dataPlatforms, preferred: [] }),
  );
}

function route(question: string): string[] {
  const { agents, catalog } = setup();
  return [
    ...analyzeHeuristically({ naturalLanguage: question, catalog, agents, now: NOW }).analysis.required_platforms,
  ].sort();
}

describe('firmClauses', () => {
  it('makes no cut where the conjunction joins two names of one shape, a list of values of one request', () => {
    expect(
      split('zscaler tunnels in splunk: TunnelDropped and HolderRejected rows this week - how many per baker?'),
    ).toBeNull();
    expect(split("zscaler tunnels in splunk with 'gate-a' or 'gate-b' since friday, per baker team")).toBeNull();
    expect(
      route('zscaler tunnels in splunk: TunnelDropped and HolderRejected rows this week - how many per baker?'),
    ).toEqual(['spl']);
  });

  it('cuts before a store of the same kind named as where to look for a thing of its own', () => {
    expect(
      split(
        'turnstile gate events for kim in sentinel since monday, and also check splunk for her zscaler tunnel drops',
      ),
    ).toEqual([
      'turnstile gate events for kim in sentinel since monday',
      'also check splunk for her zscaler tunnel drops',
    ]);
    expect(
      split('turnstile gate events for kim in sentinel this week and splunk for her zscaler tunnel drops'),
    ).toEqual(['turnstile gate events for kim in sentinel this week', 'splunk for her zscaler tunnel drops']);
    // Looked in for a window only, the store is one of a list.
    expect(split('turnstile gate events for kim in sentinel this week and splunk for the same week')).toBeNull();
  });

  it('cuts where each clause alone points firmly at a store of another kind', () => {
    expect(split('zscaler tunnel drops for kim over the last week, and her team in our bakers database')).toEqual([
      'zscaler tunnel drops for kim over the last week',
      'her team in our bakers database',
    ]);
  });

  it('cuts before a clause that names its store by name, when the other kind of store only trails it', () => {
    expect(
      split(
        'zscaler tunnel drops for 198.51.100.7 in the last day, and how many turnstile gate badge holders came from it in our bakers database?',
      ),
    ).toEqual([
      'zscaler tunnel drops for 198.51.100.7 in the last day',
      'how many turnstile gate badge holders came from it in our bakers database?',
    ]);
  });

  it("does not cut before a clause that only keeps some of the first request's rows", () => {
    expect(
      split(
        'zscaler tunnel drops in splunk over the last week per baker, and list only the bakers with more than 3 drops',
      ),
    ).toBeNull();
    expect(
      split('zscaler tunnel drops in splunk over the last week per baker, and show only bakers on the night team'),
    ).toBeNull();
  });

  it('does not cut the "and" of a range ("between May 2 and May 4")', () => {
    expect(split('zscaler tunnel drops between May 2 and May 4 from the bakers database')).toBeNull();
  });

  it('does not cut when one clause points nowhere firmly', () => {
    expect(split('zscaler tunnel drops for kim last week and what she did after that')).toBeNull();
  });

  it('does not cut when a clause reaches its store by ordinary words alone', () => {
    expect(split('tunnel drops for kim over the last week, and her team in our bakers database')).toBeNull();
  });

  it('does not cut two clauses of the same kind of store', () => {
    expect(split('zscaler tunnel drops for kim last week, and her turnstile gate events on friday')).toBeNull();
  });
});

describe('firmClauses, the clause of a store named outright', () => {
  it('cuts at the end of a sentence, not only at a conjunction', () => {
    expect(split('zscaler tunnel drops for kim over the last week? also her team in our bakers database')).toEqual([
      'zscaler tunnel drops for kim over the last week',
      'her team in our bakers database',
    ]);
  });

  it('cuts when one clause names its store outright and the other reads as security data spelt out by an entry', () => {
    expect(split('suspicious turnstile gate events for kim last week, and her team in our bakers database')).toEqual([
      'suspicious turnstile gate events for kim last week',
      'her team in our bakers database',
    ]);
  });

  it('measures a clear lead over the stores of the other kind, not over the other store of its own kind', () => {
    const mirrored = {
      kql: { description: 'Log Analytics workspace', tables: { ZscalerTunnelDrops: ['TimeGenerated', 'Holder'] } },
      spl: { description: 'Splunk', indexes: { zscaler_tunnels: ['tunnel_id', 'holder', 'dropped_by'] } },
      sql: { description: 'Relational database of a bakery chain', tables: { bakers: ['baker_id', 'team'] } },
    };
    const agents = buildAgentDirectory(fullMeshAgents());
    const catalog = readSchemaCatalog(mirrored, agents.data);
    const cut = firmClauses(
      'zscaler tunnel drops for kim over the last week, and her team in our bakers database',
      (reading) => scorePlatforms({ reading, catalog, platforms: agents.dataPlatforms, preferred: [] }),
    );

    expect(cut).toEqual(['zscaler tunnel drops for kim over the last week', 'her team in our bakers database']);
  });
});

describe('firmClauses, two stores of one kind', () => {
  it('cuts when each clause names its own store by a vendor whose logs only it keeps', () => {
    expect(split('entra turnstile gate events for kim last week, and did she open any tunnels in zscaler')).toEqual([
      'entra turnstile gate events for kim last week',
      'did she open any tunnels in zscaler',
    ]);
  });

  it('does not cut when the first clause lists both stores', () => {
    expect(split('check both entra turnstile gate events for kim last week and any tunnels in zscaler')).toBeNull();
  });

  it('does not cut when the second clause starts by naming a store (a list of stores)', () => {
    expect(split('entra turnstile gate events for kim last week, and in splunk the zscaler tunnels')).toBeNull();
  });
});

describe('firmClauses, one clause bound to its store by name, the other by a product of the other store', () => {
  /** Both telemetry stores keep the tunnel drops; only the Microsoft store keeps the turnstile gates. */
  function splitShared(question: string): [string, string] | null {
    const shared = {
      kql: {
        description: 'Log Analytics workspace',
        tables: {
          TurnstileGateEvents: ['TimeGenerated', 'GateId', 'BadgeHolder', 'Direction'],
          ZscalerTunnelDrops: ['TimeGenerated', 'TunnelId', 'Holder'],
        },
      },
      spl: { description: 'Splunk', indexes: { zscaler_tunnels: ['tunnel_id', 'holder', 'dropped_by'] } },
      sql: { description: 'Relational database of a bakery chain', tables: { bakers: ['baker_id', 'team'] } },
    };
    const agents = buildAgentDirectory(fullMeshAgents());
    const catalog = readSchemaCatalog(shared, agents.data);
    return firmClauses(question, (reading) =>
      scorePlatforms({ reading, catalog, platforms: agents.dataPlatforms, preferred: [] }),
    );
  }

  it('cuts when one clause names its store outright and the other a vendor only the other store leans to', () => {
    expect(
      splitShared(
        'her entra turnstile gate events since monday and her zscaler tunnel drops in splunk over those days',
      ),
    ).toEqual(['her entra turnstile gate events since monday', 'her zscaler tunnel drops in splunk over those days']);
  });

  it('cuts when one clause asks what only its store keeps and the other names a vendor the other store leans to', () => {
    expect(split('any turnstile gate events from 10.9.8.7 this week, and did it drop zscaler tunnels?')).toEqual([
      'any turnstile gate events from 10.9.8.7 this week',
      'did it drop zscaler tunnels?',
    ]);
  });

  it('does not cut when neither clause names a vendor or a store of its own', () => {
    expect(splitShared('her turnstile gate events since monday and her tunnel drops over those days')).toBeNull();
  });
});

describe('firmClauses, a clause whose store holds a shared product under a name of its own', () => {
  it('cuts when the other store of its kind holds that product too, but under no name the clause says', () => {
    const shared = {
      kql: {
        description: 'Log Analytics workspace',
        tables: { AzureKioskActivity: ['TimeGenerated', 'KioskId', 'Caller'] },
      },
      spl: {
        description: 'Splunk with the Azure and Zscaler add-ons',
        indexes: { azure: ['kiosk', 'activity', 'reboots'], zscaler_tunnels: ['tunnel_id'] },
        sourcetypes: ['azure:monitor:signin'],
      },
      sql: { description: 'Relational database of a bakery chain', tables: { bakers: ['baker_id', 'team'] } },
    };
    const agents = buildAgentDirectory(fullMeshAgents());
    const catalog = readSchemaCatalog(shared, agents.data);
    const cut = firmClauses(
      'who dropped tunnels this month? drops in zscaler tunnels and kiosk reboots in azure kiosk activity',
      (reading) => scorePlatforms({ reading, catalog, platforms: agents.dataPlatforms, preferred: [] }),
    );

    expect(cut).toEqual([
      'who dropped tunnels this month? drops in zscaler tunnels',
      'kiosk reboots in azure kiosk activity',
    ]);
  });
});

describe('routing two requests in two clauses', () => {
  it('queries both stores when each clause names its own', () => {
    expect(route('zscaler tunnel drops for kim over the last week, and her team in our bakers database')).toEqual([
      'spl',
      'sql',
    ]);
  });
});

/** An invented catalog: endpoint process starts beside an app's own accounts table. */
function processAndAccountsHints(): Record<string, unknown> {
  return {
    kql: {
      description: 'Log Analytics workspace with endpoint telemetry',
      tables: { ProcessLaunches: ['TimeGenerated', 'DeviceName', 'AccountName', 'FileName', 'ProcessCommandLine'] },
    },
    sql: {
      description: 'Relational database of a ticketing app',
      tables: { users: ['user_id', 'email', 'role', 'active', 'last_login_at'] },
    },
  };
}

function splitOver(question: string, hints: Record<string, unknown>): [string, string] | null {
  const agents = buildAgentDirectory(fullMeshAgents());
  const catalog = readSchemaCatalog(hints, agents.data);
  return firmClauses(question, (reading: QuestionReading) =>
    scorePlatforms({ reading, catalog, platforms: agents.dataPlatforms, preferred: [] }),
  );
}

describe('firmClauses: which machine and which account', () => {
  it("does not cut off a clause that asks only which machine and which account: the first request's columns", () => {
    const hints = processAndAccountsHints();
    expect(
      splitOver('in the workspace: gizmo.exe on the studio PCs today? which pc and what user account', hints),
    ).toBeNull();
    expect(
      splitOver('in the workspace: gizmo.exe on the studio PCs today, which host and which account ran it', hints),
    ).toBeNull();
    expect(
      splitOver('in the workspace: gizmo.exe on the studio PCs today? what user account started them', hints),
    ).toBeNull();
    expect(
      splitOver('in the workspace: which pcs ran gizmo.exe in the last 2 days, and under which user?', hints),
    ).toBeNull();
  });
});

describe('firmClauses: a clause only the records store can answer', () => {
  it('cuts before it, beside a clause that reads as telemetry', () => {
    const question =
      'failed logons at the turnstile gates for kim since monday, and how many loaves did we bake yesterday?';
    expect(split(question)).toEqual([
      'failed logons at the turnstile gates for kim since monday',
      'how many loaves did we bake yesterday?',
    ]);
    expect(route(question)).toEqual(['kql', 'sql']);
  });

  it('makes no cut where the second clause names no table of the records store', () => {
    expect(
      split('failed logons at the turnstile gates for kim since monday, and how many of them were at gate 4?'),
    ).toBeNull();
  });
});

describe('firmClauses: a clause that names a vendor only the other store keeps the data of', () => {
  it('cuts before it, beside a clause naming its own store', () => {
    const question = 'any Entra sign-ins for kim since monday, and what did the firewall see from her laptop?';
    expect(split(question)).toEqual([
      'any Entra sign-ins for kim since monday',
      'what did the firewall see from her laptop?',
    ]);
  });
});

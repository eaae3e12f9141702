import { fullMeshAgents } from '@mesh/a2a-contracts/testing';
import { buildAgentDirectory } from '../context/agent-directory';
import { readSchemaCatalog } from '../context/schema-catalog';
import { analyzeHeuristically } from './heuristic-analyzer';
import { listedRequestsCut, listedSourcePlatforms, listedSourceTables, sourcePair } from './listed-sources';
import { scorePlatforms } from './platform-scorer';
import { readQuestion } from './question-reader';

const NOW = new Date('2025-03-10T12:00:00Z');

/** An invented catalog: no name here is from any eval set. */
function inventedHints(): Record<string, unknown> {
  return {
    kql: {
      description: 'Log Analytics workspace',
      tables: {
        TurnstileGateEvents: ['TimeGenerated', 'GateId', 'BadgeHolder', 'Direction'],
        DeviceProcessEvents: ['TimeGenerated', 'DeviceName', 'FileName', 'InitiatingProcessFileName'],
      },
    },
    spl: {
      description: 'Splunk',
      indexes: { lockers: ['locker_id', 'holder', 'opened_by'], vmware: ['host', 'vm_name'] },
      sourcetypes: ['hvac:chiller:telemetry', 'vmware:esxi:hostd'],
    },
    sql: {
      description: 'Relational database of a bakery chain',
      tables: { loaves: ['loaf_id', 'flour_kind'], bakers: ['baker_id', 'full_name', 'team'] },
    },
  };
}

function setup() {
  const agents = buildAgentDirectory(fullMeshAgents());
  return { agents, catalog: readSchemaCatalog(inventedHints(), agents.data) };
}

function route(question: string): readonly string[] {
  const { agents, catalog } = setup();
  return analyzeHeuristically({ naturalLanguage: question, catalog, agents, now: NOW }).analysis.required_platforms;
}

describe('sourcePair', () => {
  it('reads "both X and Y" and "either X or Y"', () => {
    expect(sourcePair('look for the badge in both turnstile gates and lockers')).toEqual([
      'turnstile gates',
      'lockers',
    ]);
    expect(sourcePair('is it in either the chiller telemetry or the bakers table?')).toEqual([
      'chiller telemetry',
      'bakers table',
    ]);
  });

  it('reads "in X or in Y": the place word said again before the second source', () => {
    expect(sourcePair('did badge 4411 show up in our turnstile gate events or in the lockers index today')).toEqual([
      'turnstile gate events',
      'lockers index today',
    ]);
  });

  it('reads "in X (…) and in Y": an aside in brackets after the first source', () => {
    expect(
      sourcePair('what did kim open last week in the lockers index (holder kim.lo) and in our turnstile gate events?'),
    ).toEqual(['lockers index', 'turnstile gate events']);
  });

  it('reads "in X or Y": one place word before two bare names', () => {
    expect(sourcePair('has badge 4411 appeared in lockers or turnstiles this week')).toEqual([
      'lockers',
      'turnstiles this week',
    ]);
  });

  it('reads "check X and Y" and "search X + Y": a verb of looking before two names', () => {
    expect(sourcePair('badge 4411 at night: check turnstile gate events and the lockers, past week')).toEqual([
      'turnstile gate events',
      'lockers',
    ]);
    expect(sourcePair('search lockers + turnstiles for badge 4411')).toEqual(['lockers', 'turnstiles for badge']);
  });

  it('reads a possessive name ("the vendor\'s gate events") as one source', () => {
    expect(sourcePair("badge 4411 in the vendor's gate events and in the locker data")).toEqual([
      "vendor's gate events",
      'locker data',
    ]);
  });

  it('reads no second source from the clause a comma begins ("in lockers, which badges …")', () => {
    expect(sourcePair('from the swipe logs in lockers, which badges opened most doors today')).toBeNull();
    expect(sourcePair('in turnstiles, how many swipes failed')).toBeNull();
    expect(sourcePair('flag forced locker openings on kiosk tablets, using the hinge sensor feed')).toBeNull();
    expect(sourcePair('spot turnstile jams in lobbies, monitoring the gate counters')).toBeNull();
  });

  it('reads no second source from what a comma after the one place adds ("in lockers, badge and door please")', () => {
    expect(sourcePair('who opened locker 12 this week? our door logs in lockers, badge and door please')).toBeNull();
    expect(sourcePair('swipes at the north gate in turnstiles, badge only')).toBeNull();
  });

  it('reads "A in X and “B C” in Y" with a quoted request between the two sources', () => {
    expect(sourcePair('OpenLocker in lockers and "Badge Revoked" in the turnstile log')).toEqual([
      'lockers',
      'turnstile log',
    ]);
  });

  it('reads no pair from a question that lists no sources', () => {
    expect(sourcePair('badge swipes from the north gate and the south gate today')).toBeNull();
    expect(sourcePair('failed swipes in the last day')).toBeNull();
  });
});

describe('listedSourcePlatforms', () => {
  const score = () => {
    const { agents, catalog } = setup();
    return (reading: Parameters<typeof scorePlatforms>[0]['reading']) =>
      scorePlatforms({ reading, catalog, platforms: agents.dataPlatforms, preferred: [] });
  };

  it('gives the two platforms two listed names point at, each read alone', () => {
    expect(listedSourcePlatforms('check both the turnstile gate events and the lockers index', score()).sort()).toEqual(
      ['kql', 'spl'],
    );
  });

  it('gives nothing when a listed name points at no platform firmly', () => {
    expect(listedSourcePlatforms('search both the north wing and the lockers index', score())).toEqual([]);
  });

  it('gives nothing when both names point at the same platform', () => {
    expect(listedSourcePlatforms('in both the lockers index and the hvac chiller telemetry', score())).toEqual([]);
  });

  it('reads a vendor whose data only one store ingests as that store ("the firewall", "Okta")', () => {
    expect(
      listedSourcePlatforms('badge 4411 at night: check turnstile gate events and the firewall', score()).sort(),
    ).toEqual(['kql', 'spl']);
    expect(listedSourcePlatforms('check the turnstile gate events and okta for badge 4411', score()).sort()).toEqual([
      'kql',
      'spl',
    ]);
  });

  it('reads two names after one place word, each with its determiner, when both point firmly at stores', () => {
    expect(
      listedSourcePlatforms('door opens at night in our turnstile gate events and the firewall logs', score()).sort(),
    ).toEqual(['kql', 'spl']);
    expect(listedSourcePlatforms('badge swipes from the north gate and the south gate today', score())).toEqual([]);
  });

  it('reads two names after one place word and one determiner, the second bare, when both point firmly at stores', () => {
    expect(
      listedSourcePlatforms('was badge 4411 seen in our turnstile gate events or lockers this month', score()).sort(),
    ).toEqual(['kql', 'spl']);
    expect(listedSourcePlatforms('badge swipes at the north gate or south gate overnight', score())).toEqual([]);
  });

  it('does not read a product both stores ingest as one store ("Windows")', () => {
    expect(listedSourcePlatforms('check turnstile gate events and windows for badge 4411', score())).toEqual([]);
  });

  it('reads the places of two requests ("A in X and B in Y")', () => {
    expect(
      listedSourcePlatforms(
        'door opens in the lockers index and denied swipes in turnstile gate events',
        score(),
      ).sort(),
    ).toEqual(['kql', 'spl']);
  });

  it('reads two bare names said as a note of their own at the end or the start of the question', () => {
    expect(
      listedSourcePlatforms('did badge 4411 open anything after midnight? lockers + defender', score()).sort(),
    ).toEqual(['kql', 'spl']);
    expect(listedSourcePlatforms('defender and lockers: badge 4411 since Friday', score()).sort()).toEqual([
      'kql',
      'spl',
    ]);
    expect(listedSourcePlatforms('did badge 4411 open the north gate or the south gate?', score())).toEqual([]);
    // What to do with the rows after a comma ("by …", "per …") is no second source.
    expect(listedSourcePlatforms('did badge 4411 open anything after midnight? lockers, by defender', score())).toEqual(
      [],
    );
  });

  it('reads two kinds of record, each named by its source, asked for in one request', () => {
    expect(
      listedSourcePlatforms(
        'badge 4411: any okta logins by its holder or turnstile gate events at night?',
        score(),
      ).sort(),
    ).toEqual(['kql', 'spl']);
    expect(listedSourcePlatforms('any door events by badge 4411 or gate events at night?', score())).toEqual([]);
  });

  it('reads two kinds of record, each named by its source, with a comma before the conjunction', () => {
    expect(
      listedSourcePlatforms(
        'badge 4411: any okta logins by its holder, or turnstile gate events for it?',
        score(),
      ).sort(),
    ).toEqual(['kql', 'spl']);
    expect(listedSourcePlatforms('any door events by badge 4411, or gate events at night?', score())).toEqual([]);
  });

  it('reads two kinds of record said as calls or requests, each named by its source, in one request', () => {
    expect(
      listedSourcePlatforms('host 7 flagged: any okta logins from it or turnstile api calls from it?', score()).sort(),
    ).toEqual(['kql', 'spl']);
    expect(
      listedSourcePlatforms('any turnstile requests or okta sign-ins for badge 4411 since Monday?', score()).sort(),
    ).toEqual(['kql', 'spl']);
  });

  it('reads two names after a word of where one signs in ("log into X or Y", "attempts against X and Y")', () => {
    expect(
      listedSourcePlatforms('did badge 4411 log into our defender or lockers consoles today', score()).sort(),
    ).toEqual(['kql', 'spl']);
    expect(listedSourcePlatforms('sign-in attempts by 10.8.1.2 against okta and defender', score()).sort()).toEqual([
      'kql',
      'spl',
    ]);
    expect(listedSourcePlatforms('logins from 10.8.1.2 to okta or defender this week', score()).sort()).toEqual([
      'kql',
      'spl',
    ]);
    expect(listedSourcePlatforms('a script to disable lockers and defender', score())).toEqual([]);
  });

  it('reads no second source from the next step of a sequence ("against X and then Y …")', () => {
    expect(
      listedSourcePlatforms('badges refused against lockers and then turnstile gate events within the hour', score()),
    ).toEqual([]);
    expect(
      listedSourcePlatforms('badges refused against lockers and turnstile gate events within the hour', score()).sort(),
    ).toEqual(['kql', 'spl']);
  });

  it("reads an application's own records, listed beside a store, as its database", () => {
    expect(
      listedSourcePlatforms("check 10.8.1.2 in defender and the ticketing application's audit events", score()).sort(),
    ).toEqual(['kql', 'sql']);
  });

  it('reads two names joined by a slash alone as two sources ("okta/defender"), not a path or a slashed name', () => {
    expect(listedSourcePlatforms('badge 4411 overnight? okta/defender', score()).sort()).toEqual(['kql', 'spl']);
    expect(listedSourcePlatforms('search lockers/defender for badge 4411', score()).sort()).toEqual(['kql', 'spl']);
    expect(listedSourcePlatforms('files under c:/okta/defender today', score())).toEqual([]);
  });

  it('reads two names after "hit" as where an address arrived ("hit X or Y", "hitting our X and our Y")', () => {
    expect(listedSourcePlatforms('has 10.8.1.2 hit okta or defender since sunday', score()).sort()).toEqual([
      'kql',
      'spl',
    ]);
    expect(
      listedSourcePlatforms('is badge 4411 hitting our lockers and our defender consoles', score()).sort(),
    ).toEqual(['kql', 'spl']);
  });

  it('reads two names after a verb of reaching ("touched X or Y", "reached X and Y")', () => {
    expect(listedSourcePlatforms('has 10.8.1.2 touched okta or defender lately', score()).sort()).toEqual([
      'kql',
      'spl',
    ]);
    expect(listedSourcePlatforms('did badge 4411 reach the lockers and defender', score()).sort()).toEqual([
      'kql',
      'spl',
    ]);
  });

  it('reads a product both stores ingest, listed beside a store named firmly, as the store of its own family', () => {
    expect(listedSourcePlatforms('did 10.8.1.2 sign in to azure or okta this month', score()).sort()).toEqual([
      'kql',
      'spl',
    ]);
    expect(
      listedSourcePlatforms('any logins from 10.8.1.2 to the azure portal or the okta dashboard', score()).sort(),
    ).toEqual(['kql', 'spl']);
    // Said alone or beside another product both ingest, it stays no store's.
    expect(listedSourcePlatforms('did 10.8.1.2 sign in to azure or windows this month', score())).toEqual([]);
  });

  it('reads a bare product word listed beside a source as its own store ("Defender"), not after "Windows"', () => {
    expect(listedSourcePlatforms('regsvr32 started by excel: check both defender and lockers', score()).sort()).toEqual(
      ['kql', 'spl'],
    );
    expect(listedSourcePlatforms('check both windows defender and lockers', score())).toEqual([]);
  });
});

describe('routing a question that lists its sources', () => {
  it('queries both listed platforms, even when one alone would win on the other words', () => {
    expect(
      [
        ...route('badge 7702 opened anything this week? look in the lockers index or in our turnstile gate events'),
      ].sort(),
    ).toEqual(['kql', 'spl']);
  });

  it('queries both platforms of two bare names after one place word ("in X or Y")', () => {
    expect([...route('has badge 7702 opened anything in defender or lockers since Monday')].sort()).toEqual([
      'kql',
      'spl',
    ]);
  });

  it('queries one platform when the question lists nothing', () => {
    expect(route('which lockers were opened by badge 7702 this week')).toEqual(['spl']);
  });
});

describe('the tables of a listed source', () => {
  function tablesOf(question: string): readonly string[] {
    const agents = buildAgentDirectory(fullMeshAgents());
    const hints = inventedHints() as { spl: Record<string, unknown> };
    hints.spl['sourcetypes'] = ['kiosk:event:log', 'perimeter:traffic'];
    const catalog = readSchemaCatalog(hints, agents.data);
    return analyzeHeuristically({ naturalLanguage: question, catalog, agents, now: NOW }).analysis.entities.tables;
  }

  it('reads the traffic a firewall logs, not a log whose name shares an ordinary word ("logs", "events")', () => {
    const tables = tablesOf('door opens at night in our turnstile gate events and the firewall logs');
    expect(tables).toContain('perimeter:traffic');
    expect(tables).not.toContain('kiosk:event:log');
  });

  it('reads the activity the request asks of a name that says whose data but not which ("azure")', () => {
    const agents = buildAgentDirectory(fullMeshAgents());
    const hints = inventedHints() as { kql: { tables: Record<string, string[]> } };
    hints.kql.tables['AzureGateActivity'] = ['TimeGenerated', 'GateId', 'Caller'];
    hints.kql.tables['PortalSigninLog'] = ['TimeGenerated', 'Account', 'SourceAddress'];
    const catalog = readSchemaCatalog(hints, agents.data);
    const { evidence } = analyzeHeuristically({
      naturalLanguage: 'did 10.8.1.2 log into our azure or okta tenants since friday?',
      catalog,
      agents,
      now: NOW,
    });
    expect(evidence.find((e) => e.platform === 'kql')?.tables[0]).toBe('PortalSigninLog');
  });

  it('reads the table a listed name spells out on its store', () => {
    expect(tablesOf('badge 4411 at night: check turnstile gate events and the firewall')).toContain(
      'TurnstileGateEvents',
    );
  });
});

describe('listedRequestsCut', () => {
  it('finds where the second of two requests, each with its own source, starts', () => {
    const text = 'who powered off vms in esxi and which badges opened lockers in the turnstile gate events?';

    expect(listedRequestsCut(text)).toEqual({
      cut: text.indexOf(' and which'),
      names: ['esxi', 'turnstile gate events'],
    });
  });

  it('keeps an aside in brackets after the first source with the first request', () => {
    const text = 'lockers opened in esxi (gate codes 7 or 9), and badge swipes in the turnstile gate events';

    expect(listedRequestsCut(text)).toEqual({
      cut: text.indexOf(', and badge'),
      names: ['esxi', 'turnstile gate events'],
    });
  });

  it('finds no cut when one request lists two places', () => {
    expect(listedRequestsCut('look for the badge in both turnstile gates and lockers')).toBeNull();
  });
});

describe('listedSourceTables', () => {
  it("points a vendor's name said in lower case at the entry its words reach, though they cover little of it", () => {
    const { agents, catalog } = setup();
    const score = (reading: Parameters<typeof scorePlatforms>[0]['reading']) =>
      scorePlatforms({ reading, catalog, platforms: agents.dataPlatforms, preferred: [] });
    const entries = [...(catalog.platforms.get('spl')?.entries ?? [])];

    expect(listedSourceTables('esxi', 'spl', entries, score)).toEqual(['vmware:esxi:hostd']);
  });

  it('keeps, of the kinds of activity a request asks of a product named bare, those the question already found', () => {
    const agents = buildAgentDirectory(fullMeshAgents());
    const catalog = readSchemaCatalog(
      {
        kql: {
          description: 'Log Analytics workspace',
          tables: {
            DeviceProcessEvents: ['TimeGenerated', 'DeviceName', 'FileName'],
            DeviceNetworkEvents: ['TimeGenerated', 'DeviceName', 'RemoteIP', 'InitiatingProcessFileName'],
          },
        },
      },
      agents.data,
    );
    const score = (reading: Parameters<typeof scorePlatforms>[0]['reading']) =>
      scorePlatforms({ reading, catalog, platforms: agents.dataPlatforms, preferred: [] });
    const entries = [...(catalog.platforms.get('kql')?.entries ?? [])];
    const request = readQuestion('which hosts connected to 198.51.100.7 since monday, with the process');

    expect(
      listedSourceTables('defender', 'kql', entries, score, request, ['DeviceProcessEvents', 'DeviceNetworkEvents']),
    ).toEqual(['DeviceProcessEvents', 'DeviceNetworkEvents']);
    expect(listedSourceTables('defender', 'kql', entries, score, request)).toEqual(['DeviceProcessEvents']);
  });
});

describe('two requests listed each with its source', () => {
  it('gives each platform its own request as its clause', () => {
    const { agents, catalog } = setup();
    const { evidence } = analyzeHeuristically({
      naturalLanguage: 'who powered off vms in esxi and which badges opened lockers in the turnstile gate events?',
      catalog,
      agents,
      now: NOW,
    });

    expect(evidence.find((e) => e.platform === 'spl')?.clause?.text).toBe('who powered off vms in esxi');
    expect(evidence.find((e) => e.platform === 'kql')?.clause?.text).toBe(
      'which badges opened lockers in the turnstile gate events?',
    );
  });
});

import { readSchemaCatalog } from '../context/schema-catalog';
import { matchCatalog } from './catalog-matcher';
import { readQuestion } from './question-reader';

function match(question: string, hints: unknown) {
  const catalog = readSchemaCatalog(hints);
  return matchCatalog(readQuestion(question), catalog, [...catalog.platforms.keys()]);
}

describe('matchCatalog', () => {
  it("covers a phrase's own words in a name the phrase reaches through its short form, not in other names", () => {
    const hints = {
      spl: { sourcetypes: ['google:hub:gws', 'gws:mailer', 'google:maps:tiles'] },
    };
    const matches = match('suite admins changed in Google Workspace this week', hints).byPlatform.get('spl') ?? [];
    const named = (name: string) => matches.find((m) => m.entry.name === name);

    expect(named('google:hub:gws')?.nameWords).toEqual(['googl', 'googl workspac']);
    expect(matches[0]?.entry.name).toBe('google:hub:gws');
    expect(named('google:maps:tiles')).toBeUndefined();
  });

  it('counts a word the stemmer folds into a derived one ("regulate" → Regulators) for less than another form of the same word', () => {
    const hints = { kql: { tables: { HarbourRegulators: ['TimeGenerated', 'RegulatorName'] } } };
    const scoreOf = (question: string) => match(question, hints).byPlatform.get('kql')?.[0]?.score ?? 0;

    const derived = scoreOf('which harbour bodies regulate the tides');
    const inflected = scoreOf('which harbour regulators set the tides');

    expect(derived).toBeGreaterThan(0);
    expect(derived).toBeLessThan(0.75 * inflected);
  });

  it('reads only the field of a dotted field path as column words, not the dataset name before the dot', () => {
    const hints = { spl: { datamodels: { Shipment: ['All_Shipments.carrier', 'All_Shipments.port'] } } };

    const [byName] = match('shipments that were delayed', hints).byPlatform.get('spl') ?? [];
    const [byField] = match('which carrier moved the shipments', hints).byPlatform.get('spl') ?? [];

    expect(byName?.columnWords).toEqual([]);
    expect(byField?.columnWords).toEqual(['carrier']);
  });

  it('reads a field of three or four words spelt out in order as the field named outright, not one of two', () => {
    const hints = {
      spl: { indexes: { turnstiles: ['Badge_Holder_Name', 'gate', 'Door_Id'] } },
      kql: { tables: { GateEvents: ['TimeGenerated', 'HolderName', 'Gate'] } },
    };

    const spelled = match('who passed gate 4 today, with the badge holder name', hints);
    const short = match('door alarms by door id', hints);
    const kindOnly = match('turnstile events by holder ip address', {
      spl: { indexes: { turnstiles: ['holderIpAddress', 'gate'] } },
    });

    expect(spelled.byPlatform.get('spl')?.[0]?.columns).toEqual(['Badge_Holder_Name']);
    expect(spelled.byPlatform.get('kql')?.[0]?.columns ?? []).toEqual([]);
    expect(short.byPlatform.get('spl')?.[0]?.columns ?? []).toEqual([]);
    expect(kindOnly.byPlatform.get('spl')?.[0]?.columns ?? []).toEqual([]);
  });

  it('still reads an abbreviation as the word it stands for, not as a derivation of it', () => {
    const hints = { sql: { tables: { staff: ['staff_id', 'department'] } } };

    const result = match('staff per dept', hints);

    expect(result.byPlatform.get('sql')?.[0]?.columnWords).toContain('dept');
  });

  it('reads in full only the entries the most question words reach when a common word reaches a thousand', () => {
    const tables = Object.fromEntries(Array.from({ length: 999 }, (_, i) => [`Kiosk_${i}_Logs`, []]));
    const hints = { kql: { tables: { ...tables, KioskPaperJamAlerts: [] } } };

    const matches = match('kiosk paper jam alerts', hints).byPlatform.get('kql') ?? [];

    expect(matches[0]?.entry.name).toBe('KioskPaperJamAlerts');
    expect(matches.length).toBeLessThanOrEqual(100);
  });

  it('ranks the table whose rare words the question says above one sharing only a common word', () => {
    const hints = { kql: { tables: { BadgeSwipeEvents: [], DoorEvents: [], LiftEvents: [], FanEvents: [] } } };

    const result = match('badge swipe events at night', hints);

    expect(result.byPlatform.get('kql')?.[0]?.entry.name).toBe('BadgeSwipeEvents');
  });

  it('marks a name written out in full as verbatim', () => {
    const hints = { spl: { sourcetypes: ['hvac:sensor:readings'] } };

    const result = match('search hvac:sensor:readings for spikes', hints);

    expect(result.byPlatform.get('spl')?.[0]?.verbatim).toBe(true);
  });

  it('matches a name misspelt by one letter', () => {
    const hints = { kql: { tables: { TurnstileClicks: [] } } };

    const result = match('rows of TurnstilClicks today', hints);

    expect(result.byPlatform.get('kql')?.[0]?.fuzzy).toBe(true);
  });

  it('finds a table through a column the question names', () => {
    const hints = { sql: { tables: { staff: ['staff_id', 'hourly_wage'] } } };

    const result = match('average hourly_wage', hints);

    expect(result.byPlatform.get('sql')?.[0]?.columns).toEqual(['hourly_wage']);
  });

  it('counts a capitalised one-word name said as an ordinary word for little', () => {
    const hints = { spl: { datamodels: ['Change'] }, sql: { tables: { change: [] } } };

    const result = match('recent change requests', hints);

    expect(result.byPlatform.get('spl')![0]!.score).toBeLessThan(result.byPlatform.get('sql')![0]!.score);
  });

  it('returns nothing for a catalog without entries', () => {
    const hints = {};

    const result = match('anything at all', hints);

    expect(result.byPlatform.size).toBe(0);
  });
});

describe('matchCatalog: distinctive and ordinary words', () => {
  /** Invented: a vendor token only Splunk's names hold, ordinary words on both sides. */
  const hints = {
    kql: { tables: { GateSwipeEvents: ['TimeGenerated', 'GateId'], PrinterJobEvents: ['JobId'] } },
    spl: { sourcetypes: ['XmlWinEventLog:Zorbix/Operational', 'vendorq:plus:access'] },
  };

  it('counts a word written as a name, held by one platform only, for more than the same word written plainly', () => {
    const named = match('Detect gate swipes recorded by Zorbix logs', hints);
    const plain = match('Detect gate swipes recorded by zorbix logs', hints);

    expect(named.byPlatform.get('spl')![0]!.score).toBeGreaterThan(plain.byPlatform.get('spl')![0]!.score + 2);
  });

  it('gives no distinctive weight to a name word both platforms hold', () => {
    const shared = { kql: { tables: { ZorbixEvents: [] } }, spl: { sourcetypes: ['zorbix:events'] } };

    const result = match('Detect gate swipes recorded by Zorbix', shared);

    expect(result.byPlatform.get('spl')![0]!.score).toBeCloseTo(result.byPlatform.get('kql')![0]!.score, 0);
  });

  it('gives no distinctive weight to a Microsoft product both stores ingest, whichever catalog names it (Exchange)', () => {
    const hints = { kql: { tables: { MailFlowEvents: [] } }, spl: { sourcetypes: ['Exchange:gateway:audit'] } };

    const result = match('Unusual Exchange mailbox exports by a helpdesk account', hints);

    expect(result.byPlatform.get('spl')![0]!.distinctiveStems).toEqual([]);
  });

  it('counts an ordinary word found in one part of a long name for less than a table the question describes', () => {
    const result = match('gate swipes that were denied access', hints);

    expect(result.byPlatform.get('kql')![0]!.score).toBeGreaterThan(result.byPlatform.get('spl')![0]!.score);
  });

  it('reaches an acronym run together with another in a name (`N2KVPNSessions` holds VPN)', () => {
    const hints = { kql: { tables: { N2KVPNSessions: [], PrinterJobs: [] } } };

    const result = match('VPN sessions dropped overnight', hints);

    expect(result.byPlatform.get('kql')?.[0]?.entry.name).toBe('N2KVPNSessions');
  });

  it('counts a compound the question writes as one name once, however the entry splits it', () => {
    const hints = { kql: { tables: { ACMEGateKeeper: [] } }, spl: { sourcetypes: ['acme:gatekeeper'] } };

    const result = match('Show ACME GateKeeper denials', hints);

    const kql = result.byPlatform.get('kql')?.[0]?.nameScore ?? 0;
    const spl = result.byPlatform.get('spl')?.[0]?.nameScore ?? 0;
    expect(Math.abs(kql - spl)).toBeLessThan(0.5 * Math.max(kql, spl));
  });

  it('does not read a calendar window ("over the past week") as a word about a column named for that unit', () => {
    const hints = { sql: { tables: { rota: ['rota_id', 'shift_week', 'crew'], tickets: ['ticket_id', 'opened_at'] } } };

    const entries = match('tickets opened over the past week', hints).byPlatform.get('sql') ?? [];

    expect(entries.find((e) => e.entry.name === 'rota')?.columnWords ?? []).not.toContain('week');
  });

  it('still reads a time unit said otherwise ("per week") as a column word', () => {
    const hints = { sql: { tables: { rota: ['rota_id', 'shift_week', 'crew'] } } };

    const [rota] = match('crew count per week', hints).byPlatform.get('sql') ?? [];

    expect(rota?.columnWords).toContain('week');
  });

  it('reads a role said of accounts ("editor accounts") as a word about the role column', () => {
    const hints = {
      sql: { tables: { members: ['member_id', 'role', 'joined_at'], clients: ['client_id', 'joined_at'] } },
    };

    const [top] = match('editor accounts that joined recently', hints).byPlatform.get('sql') ?? [];

    expect(top?.entry.name).toBe('members');
    expect(top?.columnWords).toContain('role');
  });

  it('reads one word of a title-cased feature name ("the Quiet Lantern Mode") as an ordinary word, not a name', () => {
    const hints = { kql: { tables: { GateSwipeEvents: [] } }, spl: { sourcetypes: ['XmlWinEventLog:Lantern'] } };

    const titled = match('Spot hosts that switch off the Quiet Lantern Mode', hints).byPlatform.get('spl')![0]!;
    const alone = match('Spot hosts that switch off Lantern logging', hints).byPlatform.get('spl')![0]!;

    expect(titled.distinctiveStems).toEqual([]);
    expect(alone.distinctiveStems).not.toEqual([]);
    expect(titled.score).toBeLessThan(alone.score);
  });

  it('still reads a title-cased run as a name of an entry that holds two of its words', () => {
    const hints = { kql: { tables: { GateSwipeEvents: [] } }, spl: { sourcetypes: ['quiet:lantern:audit'] } };

    const [entry] = match('Spot hosts that switch off the Quiet Lantern Mode', hints).byPlatform.get('spl') ?? [];

    expect(entry?.distinctiveStems.length).toBeGreaterThan(0);
  });

  describe('a source named for a product both stores ingest', () => {
    // Padding tables keep the invented names rare, as a real catalog's are.
    const padding = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`Ledger${i}Rows`, []]));
    const best = (question: string, sourcetypes: string[]) =>
      match(question, { spl: { sourcetypes }, kql: { tables: padding } }).byPlatform.get('spl')?.[0];

    it('counts a part of the product written as a title ("Kettle Monitor") as ordinary words, not as its mark', () => {
      const question = 'abuse of the Kettle Monitor to boil things twice';
      const shared = best(question, ['WinEventLog:Microsoft-Windows-KettleMonitor/Operational']);
      const own = best(question, ['brew:kettle:monitor']);

      expect(shared?.distinctiveStems).toEqual([]);
      expect(own?.distinctiveStems.length).toBeGreaterThan(0);
      expect(shared!.nameScore).toBeLessThan(own!.nameScore / 2);
    });

    it("still reads a word formed as a name (`QZB7`) as that source's mark", () => {
      const found = best('key reads logged by QZB7 this week', ['WinEventLog:Microsoft-Windows-QZB7/Operational']);

      expect(found?.distinctiveStems).toEqual(['qzb7']);
    });

    it('counts the product named alone ("PowerShell") as one ordinary word, the product with more of the name in full', () => {
      const alone = match('a PowerShell one-liner that renames files', {
        spl: { macros: { powershell: 'x' } },
        kql: { tables: padding },
      }).byPlatform.get('spl')?.[0];
      const more = best('Azure kettle records of new tenants', ['azure:kettle']);

      expect(alone!.nameScore).toBeLessThan(2.5);
      expect(more!.nameScore).toBeGreaterThan(1.5 * alone!.nameScore);
    });
  });

  it("reads a word written as a name as one store's mark only when no other store keeps it as a column", () => {
    const padding = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`Ledger${i}Rows`, []]));
    const question = 'parcels whose QRL points at a locker';
    const kqlMatch = (splColumns: string[]) =>
      match(question, {
        kql: { tables: { ...padding, ParcelQrlInfo: ['TimeGenerated'] } },
        spl: { datamodels: { Parcel: splColumns } },
      })
        .byPlatform.get('kql')
        ?.find((m) => m.entry.name === 'ParcelQrlInfo');

    expect(kqlMatch(['Parcel.qrl', 'Parcel.weight'])?.distinctiveStems).toEqual([]);
    expect(kqlMatch(['Parcel.weight'])?.distinctiveStems).toEqual(['qrl']);
  });
});

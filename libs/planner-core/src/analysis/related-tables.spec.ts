import type { SchemaEntry } from '../context/schema-catalog';
import { bridgingTables, familyLogs, referencedTables, sourcedTables } from './related-tables';

const table = (name: string, columns: string[] = []): SchemaEntry => ({
  name,
  kind: 'table',
  platform: 'sql',
  columns,
});

describe('referencedTables', () => {
  it('follows a foreign-key column to the table it names', () => {
    const orders = table('orders', ['order_id', 'customer_id']);
    const entries = [orders, table('customers'), table('customer'), table('products')];

    const result = referencedTables([orders], entries);

    expect(result).toEqual(['customer']);
  });

  it('follows a link column with a prefix', () => {
    const visit = table('visit', ['visit_id', 'link_to_patient']);
    const entries = [visit, table('patient'), table('ward')];

    const result = referencedTables([visit], entries);

    expect(result).toEqual(['patient']);
  });

  it('follows a key column to the one table whose compound name ends in the key', () => {
    const loans = table('book_loan', ['loan_id', 'book_id', 'reader_id']);
    const entries = [loans, table('book'), table('libraryreader'), table('branch')];

    const result = referencedTables([loans], entries);

    expect(result).toEqual(['book', 'libraryreader']);
  });

  it('follows a key to the table holding that key column when two names share it', () => {
    const laps = table('lap', ['lap_id', 'stage_id']);
    const entries = [laps, table('stages', ['stage_id', 'name']), table('stage', ['id', 'stage'])];

    const result = referencedTables([laps], entries);

    expect(result).toEqual(['stages']);
  });

  it('follows a key from a table keyed by a plain id to the clashing table keyed the same way', () => {
    const rider = table('rider', ['id', 'name', 'stage_id']);
    const entries = [rider, table('stage', ['id', 'stage']), table('stages', ['stage_id', 'name'])];

    const result = referencedTables([rider], entries);

    expect(result).toEqual(['stage']);
  });

  it('does not guess between two compound tables ending in the key', () => {
    const loans = table('loan', ['loan_id', 'reader_id']);
    const entries = [loans, table('libraryreader'), table('proofreader')];

    const result = referencedTables([loans], entries);

    expect(result).toEqual([]);
  });

  it('does not take a one-word column for a reference', () => {
    const shop = table('shop', ['city', 'name']);
    const entries = [shop, table('city')];

    const result = referencedTables([shop], entries);

    expect(result).toEqual([]);
  });

  it('returns nothing for no tables', () => {
    const entries = [table('a')];

    const result = referencedTables([], entries);

    expect(result).toEqual([]);
  });
});

describe('bridgingTables', () => {
  it('reads an entry cut by the column budget as cut, whatever an earlier question read of the same list', () => {
    const columns = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}_${i}`);
    const alpha = table('alpha', columns('a', 200));
    const beta = table('beta', columns('b', 200));
    const small = table('small', columns('s', 100));
    // 49 full entries and `small` use 9,900 of the 10,000 columns read: `link` is read to its 100th column unless `small` is asked about.
    const fillers = Array.from({ length: 49 }, (_, i) => table(`filler${i}`, columns(`f${i}`, 200)));
    const link = table('link', [...columns('l', 150), 'alpha_id', 'beta_id']);
    const entries = [alpha, beta, ...fillers, small, link];

    const withSmall = bridgingTables([alpha, beta, small], entries);
    const cut = bridgingTables([alpha, beta], entries);

    expect(withSmall).toEqual(['link']);
    expect(cut).toEqual([]);
    expect(cut).toEqual(bridgingTables([alpha, beta], [...entries]));
  });

  const athletes = table('athletes', ['athlete_id', 'name']);
  const meets = table('meets', ['meet_id', 'venue']);
  const clubs = table('clubs', ['club_id', 'city']);

  it('finds the junction between two named tables', () => {
    const entries = [
      athletes,
      meets,
      table('athlete_club', ['athlete_id', 'club_id']),
      table('entries', ['entry_id', 'athlete_id', 'meet_id', 'lane']),
    ];

    expect(bridgingTables([athletes, meets], entries)).toEqual(['entries']);
  });

  it('prefers the junction pointing at more tables, then the widest', () => {
    const heats = table('heats', ['heat_id', 'athlete_id', 'meet_id']);
    const marks = table('marks', ['mark_id', 'athlete_id', 'meet_id', 'club_id', 'time', 'wind']);
    const splits = table('splits', ['athlete_id', 'meet_id', 'club_id', 'split']);

    expect(bridgingTables([athletes, meets], [athletes, meets, clubs, heats, splits, marks])).toEqual(['marks']);
  });

  it('finds nothing for a single table or a table linking only one of them', () => {
    const entries = [athletes, meets, clubs, table('memberships', ['athlete_id', 'since'])];

    expect(bridgingTables([athletes], entries)).toEqual([]);
    expect(bridgingTables([athletes, meets], entries)).toEqual([]);
  });
});

describe('bridgingTables within the analysis caps', () => {
  it('does not read columns past the per-entry cap', () => {
    const athletes = table('athletes', ['athlete_id']);
    const meets = table('meets', ['meet_id']);
    const padding = Array.from({ length: 300 }, (_, i) => `note_${i}`);
    const late = table('late_links', [...padding, 'athlete_id', 'meet_id']);

    expect(bridgingTables([athletes, meets], [athletes, meets, late])).toEqual([]);
  });
});

describe('sourcedTables', () => {
  const entry = (name: string, kind: SchemaEntry['kind'], sources?: string[]): SchemaEntry => ({
    name,
    kind,
    platform: 'spl',
    columns: [],
    ...(sources ? { sources } : {}),
  });

  it('follows a macro to the catalog sourcetype its definition names, whatever the case', () => {
    const macro = entry('acme_vpn', 'macro', ['ACME:VPN:Session', 'acme:vpn:missing']);
    const entries = [macro, entry('acme:vpn:session', 'sourcetype'), entry('fw:traffic', 'sourcetype')];

    const result = sourcedTables([macro], entries);

    expect(result).toEqual(['acme:vpn:session']);
  });

  it('lets a source ending in a wildcard reach the sourcetypes it begins', () => {
    const macro = entry('edge', 'macro', ['EdgeLog:Web/*']);
    const entries = [macro, entry('EdgeLog:Web', 'sourcetype'), entry('EdgeLog:Mail', 'sourcetype')];

    const result = sourcedTables([macro], entries);

    expect(result).toEqual(['EdgeLog:Web']);
  });

  it('adds nothing for entries that name no sources, or only sources the catalog lacks', () => {
    const plain = entry('Web', 'datamodel');
    const dangling = entry('old_macro', 'macro', ['gone:type']);
    const entries = [plain, dangling, entry('fw:traffic', 'sourcetype')];

    const result = sourcedTables([plain, dangling], entries);

    expect(result).toEqual([]);
  });

  it('does not take a data model or another macro of the same name for a sourcetype', () => {
    const macro = entry('fw', 'macro', ['Network']);
    const entries = [macro, entry('Network', 'datamodel')];

    const result = sourcedTables([macro], entries);

    expect(result).toEqual([]);
  });
});

describe('familyLogs', () => {
  const sensor = ['SensorEvents', 'SensorDiskEvents', 'SensorSocketEvents', 'SensorInventory', 'PumpEvents'].map((n) =>
    table(n),
  );

  it("adds the general log of a specific log's family", () => {
    const [general, disk] = sensor;

    expect(familyLogs([disk!], sensor)).toEqual([general!.name]);
  });

  it('adds nothing for a general log, an inventory or a family without a general log', () => {
    const [general, , , inventory] = sensor;
    const lone = [table('GaugeReadingEvents'), table('GaugeReadingInfo')];

    expect(familyLogs([general!, inventory!], sensor)).toEqual([]);
    expect(familyLogs([lone[0]!], [...sensor, ...lone])).toEqual([]);
  });

  it('names each general log once, however many of its family are chosen', () => {
    const [, disk, socket] = sensor;

    expect(familyLogs([disk!, socket!], sensor)).toEqual(['SensorEvents']);
  });
});

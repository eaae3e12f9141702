import type { SchemaEntry } from '../context/schema-catalog';
import { spelledAcronymEntries } from './spelled-acronym.util';

const table = (name: string): SchemaEntry => ({ name, kind: 'table', platform: 'kql', columns: [] });

const NOTHING_SAID: ReadonlySet<string> = new Set();

describe('spelledAcronymEntries', () => {
  const entries = [
    table('QBSJobHistory'),
    table('QuarryBuildService'),
    table('NWMDeviceAlerts'),
    table('ZZKOne'),
    table('ZZKTwo'),
    table('ZZKThree'),
  ];

  it('reaches a table whose name abbreviates the product the question spells out', () => {
    const found = spelledAcronymEntries('Which jobs failed in Quarry Build Service last night?', entries, NOTHING_SAID);

    expect(found.map((e) => e.name)).toEqual(['QBSJobHistory']);
  });

  it('reads the parts of a camel-cased word and skips small connecting words', () => {
    const found = spelledAcronymEntries('Alerts raised by NightWatch for Mobile on the tablets', entries, NOTHING_SAID);

    expect(found.map((e) => e.name)).toEqual(['NWMDeviceAlerts']);
  });

  it('does not read lower-case words as a spelt-out product', () => {
    expect(spelledAcronymEntries('the quarry build service stalled', entries, NOTHING_SAID)).toEqual([]);
  });

  it('leaves an acronym the question already reaches to the catalog matcher', () => {
    expect(spelledAcronymEntries('Quarry Build Service jobs', entries, new Set(['qbs']))).toEqual([]);
  });

  it('reaches no table through an acronym that a whole family of names starts with', () => {
    expect(spelledAcronymEntries('Zebra Zone Keeper events', entries, NOTHING_SAID)).toEqual([]);
  });
});

import type { ConstraintFilter } from '@mesh/a2a-contracts';
import { onlyIndicatorsNamed } from './indicators-named';

const filter = (kind: ConstraintFilter['kind'], values: string[]): ConstraintFilter =>
  ({ kind, operator: values.length > 1 ? 'in' : 'eq', values, field: null }) as unknown as ConstraintFilter;
const pasted = [filter('domain', ['updates-msft.live', 'cdn-fastsync.top']), filter('ip', ['185.244.25.61'])];
const kinds = (text: string, filters = pasted) => onlyIndicatorsNamed(text, filters).map((f) => f.kind);

describe('onlyIndicatorsNamed', () => {
  it('keeps only the kind of indicator a pasted list is picked out by ("the 2 domains", "the ip")', () => {
    expect(kinds('IOCs: … sysmon dns lookups for the 2 domains lst 7d')).toEqual(['domain']);
    expect(kinds('IOCs: … any connections to the ip today?')).toEqual(['ip']);
    expect(kinds('IOCs: … lookups of both domains this week')).toEqual(['domain']);
  });

  it('keeps every filter when no kind, or more than one, is picked out, or the list holds one kind', () => {
    expect(kinds('any hits on these IOCs today?')).toEqual(['domain', 'ip']);
    expect(kinds('the domains and the ips, today')).toEqual(['domain', 'ip']);
    expect(kinds('the 2 domains', [pasted[0]!, filter('host', ['WS-1'])])).toEqual(['domain', 'host']);
  });
});

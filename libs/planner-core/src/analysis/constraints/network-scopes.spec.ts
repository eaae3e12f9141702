import { PRIVATE_RANGES, readNetworkScopes } from './network-scopes';

const read = (text: string) => readNetworkScopes(text).map((hit) => [hit.value, hit.operator, hit.hint]);

describe('readNetworkScopes', () => {
  it('reads external addresses as outside every private range, and the direction from the word before', () => {
    expect(read('beacons to external IPs from the dmz')).toEqual(
      PRIVATE_RANGES.map((range) => [range, 'neq', 'destination']),
    );
    expect(read('logins from public IP addresses')).toEqual(PRIVATE_RANGES.map((range) => [range, 'neq', 'source']));
  });

  it('reads internal addresses as inside the private ranges', () => {
    expect(read('smb sessions with internal addresses')).toEqual(
      PRIVATE_RANGES.map((range) => [range, 'eq', undefined]),
    );
  });

  it('reads nothing from other uses of the words', () => {
    expect(read('external sharing links created this week')).toEqual([]);
    expect(read('the public holiday calendar')).toEqual([]);
  });
});

import { extractConstraints, lowerShoutedNot } from './extract-constraints';
import type { TableColumns } from './column-mapper';

const network: TableColumns = {
  table: 'DeviceNetworkEvents',
  columns: ['TimeGenerated', 'DeviceName', 'RemoteIP', 'RemotePort', 'InitiatingProcessFileName'],
};

describe('lowerShoutedNot', () => {
  it.each([
    ['remote ip NOT in 10.20.0.0/16', 'remote ip not in 10.20.0.0/16'],
    ['RemoteIP NOT IN 10.0.0.0/8', 'RemoteIP not in 10.0.0.0/8'],
    ['where the account is NOT svc_backup', 'where the account is not svc_backup'],
    ['hosts NOT within 172.16.0.0/12', 'hosts not within 172.16.0.0/12'],
  ])('reads "%s" as a plain negation', (text, lowered) => {
    expect(lowerShoutedNot(text)).toBe(lowered);
  });

  it.each(['index=x NOT EventCode=4624', 'host NOTEPAD-01 today', 'KNOT-7 logons'])(
    'keeps "%s": query syntax or a name, not a negation in a sentence',
    (text) => {
      expect(lowerShoutedNot(text)).toBe(text);
    },
  );
});

describe('extractConstraints with a negation in capitals', () => {
  it('reads "remote ip NOT in <cidr>" as a range excluded, never the value "NOT"', () => {
    const found = extractConstraints({
      text: 'net conns where remote ip NOT in 10.20.0.0/16 today',
      tables: [network],
    });
    expect(found.filters.some((f) => f.values.some((v) => /not/i.test(String(v))))).toBe(false);
    expect(found.filters).toContainEqual(expect.objectContaining({ kind: 'cidr', operator: 'neq' }));
  });
});

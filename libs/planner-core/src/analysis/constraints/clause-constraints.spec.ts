import { scopeClauses } from './clause-constraints';

const NOW = new Date('2025-06-02T08:00:00Z');

/** An invented catalog: a VPN log store and a library's loans database. */
const catalog = {
  platforms: new Map([
    ['kql', { entries: [{ name: 'VpnLogons', columns: ['TimeGenerated', 'UserPrincipalName', 'Outcome', 'PeerIp'] }] }],
    ['sql', { entries: [{ name: 'loans', columns: ['loan_id', 'email', 'status', 'lent_at'] }] }],
  ]),
};
const chosen = [
  { platform: 'kql', score: 3, reasons: [], tables: ['VpnLogons'] },
  { platform: 'sql', score: 2, reasons: [], tables: ['loans'] },
];

function scope(segments: Array<{ text: string; platforms: string[] }>) {
  return scopeClauses({ segments, chosen, catalog, now: NOW });
}

const values = (platform: string, scopes: ReturnType<typeof scope>) =>
  scopes.get(platform)!.constraints.filters.flatMap((f) => f.values);

describe('scopeClauses', () => {
  const twoAsks = [
    { text: 'Did dana@example.net log on to the VPN within the past 3 days', platforms: ['kql'] },
    { text: 'and are her book loans overdue in the library database?', platforms: ['sql'] },
  ];

  it("keeps each clause's values on its own store's step", () => {
    const scopes = scope(twoAsks);

    expect(values('sql', scopes)).toContain('overdue');
    expect(values('kql', scopes)).not.toContain('overdue');
  });

  it('carries the subject named once to the clause that refers back to it', () => {
    const scopes = scope(twoAsks);

    expect(values('sql', scopes)).toContain('dana@example.net');
  });

  it('keeps a window said in the first clause out of the second', () => {
    const scopes = scope(twoAsks);

    expect([scopes.get('kql')!.timeRange !== null, scopes.get('sql')!.timeRange]).toEqual([true, null]);
  });

  it('applies a window that closes the question to every clause', () => {
    const scopes = scope([
      { text: 'Show VPN logons for dana@example.net', platforms: ['kql'] },
      { text: 'and list her overdue loans in the library database over the past 2 weeks', platforms: ['sql'] },
    ]);

    expect(scopes.get('kql')!.timeRange).toBe(scopes.get('sql')!.timeRange);
    expect(scopes.get('kql')!.timeRange).not.toBeNull();
  });

  it('does not carry a subject to a store with no column for it', () => {
    const scopes = scope([
      { text: 'Show VPN logons from host KIOSK-07', platforms: ['kql'] },
      { text: 'and list overdue loans in the library database', platforms: ['sql'] },
    ]);

    expect(scopes.get('sql')!.constraints.filters.map((f) => f.kind)).not.toContain('host');
  });

  it('scopes nothing when one clause chose both stores (one request of two stores)', () => {
    const scopes = scope([
      { text: 'Show logons in both stores', platforms: ['kql', 'sql'] },
      { text: 'and anything else since Monday', platforms: [] },
    ]);

    expect(scopes.size).toBe(0);
  });

  it('scopes nothing for a single clause', () => {
    expect(scope([{ text: 'VPN logons and overdue loans', platforms: ['kql', 'sql'] }]).size).toBe(0);
  });
});

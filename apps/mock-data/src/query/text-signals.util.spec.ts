import { asksToCombine, rankedSubject } from './text-signals.util';

describe('asksToCombine', () => {
  it('should be true when the question asks to join, correlate or enrich', () => {
    expect(asksToCombine('Correlate cmd.exe processes with network connections')).toBe(true);
    expect(asksToCombine('sign-ins joined with audit logs')).toBe(true);
    expect(asksToCombine('processes along with the connections they made')).toBe(true);
  });

  it('should be false for a question about one source', () => {
    expect(asksToCombine('Processes started by cmd.exe on host WKS-042 in the last 24 hours')).toBe(false);
  });
});

describe('rankedSubject', () => {
  it('should read the entity a threshold is about before "with", "who" or "whose"', () => {
    expect(rankedSubject('clients whose refunds add up to more than 900')).toBe('customer');
    expect(rankedSubject('hosts with over 20 alerts')).toBe('host');
    expect(rankedSubject('refunds over 900 this week')).toBeNull();
    expect(rankedSubject('clients in Kenya who bought nothing')).toBe('customer');
    expect(rankedSubject('servers based in Oslo with no patches')).toBe('host');
  });

  it('should read the entity after "which of our" or "which of the" and one word qualifying it', () => {
    expect(rankedSubject('which of our premium clients have bought nothing this quarter')).toBe('customer');
    expect(rankedSubject('which of the build servers went quiet')).toBe('host');
  });
});

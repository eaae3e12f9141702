import { asksToCombine } from './text-signals.util';

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

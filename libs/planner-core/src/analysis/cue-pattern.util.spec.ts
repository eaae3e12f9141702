import { cuePattern, saysCueFree } from './cue-pattern.util';

describe('cuePattern', () => {
  it('matches the phrase with any spacing between its words', () => {
    expect(cuePattern({ phrase: 'log analytics' }).test('in the Log   Analytics workspace')).toBe(true);
  });

  it('does not match the phrase followed by one of its notBefore words', () => {
    const cue = { phrase: 'db', notBefore: ['server', 'hosts'] };

    expect(cuePattern(cue).test('logons on the db server')).toBe(false);
    expect(cuePattern(cue).test('logons on the db-hosts')).toBe(false);
    expect(cuePattern(cue).test('loaves in the db')).toBe(true);
  });

  it('gives each caller of a global pattern its own (a global pattern keeps state)', () => {
    expect(cuePattern({ phrase: 'db' }, 'gi')).not.toBe(cuePattern({ phrase: 'db' }, 'gi'));
  });
});

describe('saysCueFree', () => {
  const cue = { phrase: 'database', notBefore: ['server', 'machine'] };

  it('is false when every mention is a machine', () => {
    expect(saysCueFree('alerts from the database server and the database machine', cue)).toBe(false);
  });

  it('is true when one mention is the store itself', () => {
    expect(saysCueFree('the database server crashed; loaves in the database', cue)).toBe(true);
  });

  it('is true for a cue without notBefore words', () => {
    expect(saysCueFree('anything', { phrase: 'splunk' })).toBe(true);
  });
});

import { join } from 'node:path';
import { loadCorpus } from '../knowledge-base/corpus-loader';
import type { CorpusDocument } from '../knowledge-base/corpus-document';
import { PassageIndex } from './passage-index';

const CORPUS = join(__dirname, '..', '..', 'corpus');

describe('PassageIndex over the bundled corpus', () => {
  const sop = new PassageIndex(loadCorpus(join(CORPUS, 'sop'), 'sop'));
  const errors = new PassageIndex(loadCorpus(join(CORPUS, 'errors'), 'errors'));
  const wiki = new PassageIndex(loadCorpus(join(CORPUS, 'wiki'), 'wiki'));

  it('should rank the account lockout runbook first for a lockout question', () => {
    const passages = sop.query('A user keeps getting locked out of their account, what do I do?', 5);
    expect(passages[0]?.id).toBe('account-lockout-response');
  });

  it('should rank the lockout runbook first for the event id alone', () => {
    expect(sop.query('event 4740', 3)[0]?.id).toBe('account-lockout-response');
  });

  it('should rank the MFA fatigue runbook first for push bombing', () => {
    expect(sop.query('users approving repeated MFA push notifications they did not request', 3)[0]?.id).toBe(
      'mfa-fatigue-response',
    );
  });

  it('should rank the PowerShell runbook first for encoded powershell commands', () => {
    expect(sop.query('suspicious encoded PowerShell command lines', 3)[0]?.id).toBe('suspicious-powershell');
  });

  it('should find a sign-in error code in the errors domain', () => {
    const passages = errors.query('AADSTS50053 sign-in error', 3);
    expect(passages.map((p) => p.id)).toContain('aadsts-account-and-credential-errors');
    expect(passages[0]?.id).toBe('aadsts-account-and-credential-errors');
  });

  it('should rank the tstats page first for a data model question in the wiki', () => {
    expect(wiki.query('how do I use tstats with CIM data models', 3)[0]?.id).toBe('splunk-cim-data-models-and-tstats');
  });

  it('should still find the runbook when a word is misspelled', () => {
    expect(sop.query('acount lockuot', 3).map((p) => p.id)).toContain('account-lockout-response');
  });

  it('should return at most top_k passages', () => {
    expect(sop.query('account sign-in failure alert user', 2)).toHaveLength(2);
    expect(sop.query('account sign-in failure alert user', 1)).toHaveLength(1);
  });

  it('should return passages best first', () => {
    const scores = sop.query('password spray brute force failed logons', 10).map((p) => p.score);
    expect(scores.length).toBeGreaterThan(1);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('should give each passage its id, title, source, a bounded excerpt and a positive score', () => {
    const [passage] = sop.query('account lockout caller computer name', 1);
    expect(passage).toEqual({
      id: 'account-lockout-response',
      title: 'Handling Account Lockouts (AD 4740 and Entra Smart Lockout)',
      source: 'corpus/sop/account-lockout-response.md',
      text: expect.any(String),
      score: expect.any(Number),
    });
    expect(passage!.score).toBeGreaterThan(0);
    expect(passage!.text.length).toBeLessThanOrEqual(800);
    expect(passage!.text).toContain('Caller Computer Name');
  });

  it.each([
    ['only stop words', 'the of and to in'],
    ['punctuation', '?!?! ... ;;; ---'],
    ['regex-like characters', '.*[(^$|\\'],
    ['emoji', '🔒🔑'],
    ['a single letter', 'x'],
    ['a very long query', 'lockout '.repeat(600)],
    ['words the corpus lacks', 'zzyzx quokka flibbertigibbet'],
  ])('should not crash on %s', (_label, query) => {
    expect(() => sop.query(query, 5)).not.toThrow();
    expect(sop.query(query, 5).length).toBeLessThanOrEqual(5);
  });

  it('should return nothing for a query of only stop words', () => {
    expect(sop.query('the of and to in', 5)).toEqual([]);
  });

  it('should return nothing for top_k 0', () => {
    expect(sop.query('lockout', 0)).toEqual([]);
  });
});

describe('PassageIndex on its own documents', () => {
  const doc = (id: string, title: string, body: string): CorpusDocument => ({
    id,
    title,
    source: `corpus/test/${id}.md`,
    body,
  });

  it('should count a title match more than a body match', () => {
    const index = new PassageIndex([
      doc('body-only', 'General notes', 'Some text about firewalls and a note on certificates.'),
      doc('in-title', 'Certificates', 'Some text about firewalls and other things entirely.'),
    ]);
    expect(index.query('certificates', 2).map((p) => p.id)).toEqual(['in-title', 'body-only']);
  });

  it('should match different inflections of a word through stemming', () => {
    const index = new PassageIndex([
      doc('a', 'Rotation', 'Rotating the keys every quarter.'),
      doc('b', 'Other', 'Nothing relevant.'),
    ]);
    expect(index.query('rotated key', 2).map((p) => p.id)).toEqual(['a']);
  });

  it('should break score ties by id so results are stable', () => {
    const index = new PassageIndex([doc('b', 'Same', 'identical words'), doc('a', 'Same', 'identical words')]);
    expect(index.query('identical', 2).map((p) => p.id)).toEqual(['a', 'b']);
  });
});

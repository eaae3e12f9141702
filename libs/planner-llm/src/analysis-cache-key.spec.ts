import { analysisCacheKey, normalizeQuestion } from './analysis-cache-key';

describe('normalizeQuestion', () => {
  it('ignores case, spacing and trailing punctuation', () => {
    expect(normalizeQuestion('  Show  failed\tSign-ins?! ')).toBe('show failed sign-ins');
  });
});

describe('analysisCacheKey', () => {
  it('differs by model and by context fingerprint', () => {
    const base = { model: 'llama3', question: 'q', fingerprint: 'f1' };

    expect(analysisCacheKey(base)).toBe(analysisCacheKey({ ...base, question: 'Q.' }));
    expect(analysisCacheKey(base)).not.toBe(analysisCacheKey({ ...base, model: 'llama3.1' }));
    expect(analysisCacheKey(base)).not.toBe(analysisCacheKey({ ...base, fingerprint: 'f2' }));
  });
});

import { KNOWN_KNOWLEDGE_DOMAINS } from '@mesh/a2a-contracts/wire';
import { KNOWLEDGE_DOMAIN_BY_NAME, KNOWLEDGE_DOMAIN_MEANINGS, cuesOf } from './knowledge-domains';

describe('KNOWLEDGE_DOMAIN_MEANINGS', () => {
  it('gives every known domain one row, each selected by its own analysis flag', () => {
    expect(KNOWLEDGE_DOMAIN_MEANINGS.map((m) => m.domain)).toEqual([...KNOWN_KNOWLEDGE_DOMAINS]);
    expect(KNOWLEDGE_DOMAIN_MEANINGS.map((m) => m.requirement)).toEqual([
      'requires_sop',
      'requires_error_knowledge',
      'requires_schema',
    ]);
  });

  it('looks a domain up without prototype members', () => {
    expect(KNOWLEDGE_DOMAIN_BY_NAME['errors']?.requirement).toBe('requires_error_knowledge');
    expect(KNOWLEDGE_DOMAIN_BY_NAME['constructor']).toBeUndefined();
  });

  it('gives each flag the words that point to its domain', () => {
    expect(cuesOf('requires_sop')).toContain('runbook');
    expect(cuesOf('requires_error_knowledge')).toContain('exception');
    expect(cuesOf('requires_schema')).toContain('column');
  });
});

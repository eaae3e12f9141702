import { KnowledgeSettings } from './knowledge-settings';

describe('KnowledgeSettings', () => {
  it.each([
    ['sop', 9101],
    ['errors', 9102],
    ['wiki', 9103],
  ])('should default the %s agent to its own id, name and port %i', (domain, port) => {
    const settings = new KnowledgeSettings({ KNOWLEDGE_DOMAIN: domain });
    expect(settings).toMatchObject({
      domain,
      agentId: `${domain}_knowledge`,
      port,
      host: '127.0.0.1',
      url: `http://127.0.0.1:${port}`,
      bodyLimit: '1mb',
    });
    expect(settings.corpusDir).toBeUndefined();
  });

  it('should take AGENT_ID, AGENT_NAME, PORT, HOST, AGENT_URL and the corpus folder from the env', () => {
    const settings = new KnowledgeSettings({
      KNOWLEDGE_DOMAIN: 'wiki',
      AGENT_ID: 'wiki_2',
      AGENT_NAME: 'Wiki Two',
      PORT: '9999',
      HOST: '0.0.0.0',
      AGENT_URL: 'http://wiki:9999',
      KNOWLEDGE_CORPUS_DIR: '/srv/wiki',
    });
    expect(settings).toMatchObject({
      agentId: 'wiki_2',
      agentName: 'Wiki Two',
      port: 9999,
      host: '0.0.0.0',
      url: 'http://wiki:9999',
      corpusDir: '/srv/wiki',
    });
  });

  it('should refuse a missing or unknown domain, naming the variable', () => {
    expect(() => new KnowledgeSettings({})).toThrow(/KNOWLEDGE_DOMAIN/);
    expect(() => new KnowledgeSettings({ KNOWLEDGE_DOMAIN: 'faq' })).toThrow(
      /KNOWLEDGE_DOMAIN must be one of sop, errors, wiki/,
    );
  });

  it('should refuse a port that is not a number', () => {
    expect(() => new KnowledgeSettings({ KNOWLEDGE_DOMAIN: 'sop', PORT: 'eighty' })).toThrow(/PORT="eighty"/);
  });
});

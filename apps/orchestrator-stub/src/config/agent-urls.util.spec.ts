import {
  combineAgentUrls,
  DEFAULT_AGENT_URLS,
  normalizeBaseUrl,
  parseAgentsFile,
  parseAgentUrlList,
} from './agent-urls.util';

describe('agent URL configuration', () => {
  it('defaults to the six loopback agents 9101-9103 and 9201-9203 when neither AGENT_URLS nor AGENTS_FILE is set', () => {
    expect(combineAgentUrls(undefined, undefined)).toEqual([
      'http://127.0.0.1:9101',
      'http://127.0.0.1:9102',
      'http://127.0.0.1:9103',
      'http://127.0.0.1:9201',
      'http://127.0.0.1:9202',
      'http://127.0.0.1:9203',
    ]);
    expect(DEFAULT_AGENT_URLS).toHaveLength(6);
  });

  it('splits AGENT_URLS on commas, trims, drops trailing slashes, blanks and duplicates', () => {
    expect(parseAgentUrlList(' http://a:1/ ,, http://b:2,http://a:1 ')).toEqual({
      ok: true,
      urls: ['http://a:1', 'http://b:2'],
    });
  });

  it('keeps a path prefix of a base URL', () => {
    expect(normalizeBaseUrl('https://mesh.example/agents/sop/')).toEqual({
      ok: true,
      url: 'https://mesh.example/agents/sop',
    });
  });

  it.each([['not a url'], ['ftp://host:21'], ['http://host:1/?q=1']])('refuses %s', (raw) => {
    expect(parseAgentUrlList(raw).ok).toBe(false);
  });

  it('reads an agents file as an array of URLs and objects with a url', () => {
    expect(parseAgentsFile('["http://a:1", {"url": "http://b:2/"}]')).toEqual({
      ok: true,
      urls: ['http://a:1', 'http://b:2'],
    });
  });

  it('reads an agents file as an object with an agents array', () => {
    expect(parseAgentsFile('{"agents": [{"url": "http://a:1", "note": "sop"}]}')).toEqual({
      ok: true,
      urls: ['http://a:1'],
    });
  });

  it.each([
    ['not JSON', '{', 'not valid JSON'],
    ['no agents list', '{"urls": []}', 'expected a JSON array'],
    ['an item without url', '[{"host": "a"}]', 'agents[0]'],
    ['a bad URL', '["mailto:x@y"]', 'not an http(s) URL'],
  ])('explains an agents file with %s', (_name, text, problem) => {
    const outcome = parseAgentsFile(text);

    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.problem).toContain(problem);
  });

  it('uses AGENT_URLS and the file together, without duplicates, and no defaults', () => {
    expect(combineAgentUrls(['http://a:1'], ['http://a:1', 'http://b:2'])).toEqual(['http://a:1', 'http://b:2']);
    expect(combineAgentUrls([], undefined)).toEqual([]);
  });
});

import { refangIndicators } from './defanged-indicators.util';

describe('refangIndicators', () => {
  it.each([
    ['dns lookups for updates-msft[.]live', 'dns lookups for updates-msft.live'],
    ['who browsed to hxxps[:]//evil[.]com/x', 'who browsed to https://evil.com/x'],
    ['hits on hxxp://a(.)b(.)net', 'hits on http://a.b.net'],
    ['traffic to 45.9.148[.]12', 'traffic to 45.9.148.12'],
    ['mail from bob[@]corp[.]io', 'mail from bob@corp.io'],
    ['queries for a[dot]b[dot]org', 'queries for a.b.org'],
    ['seen at cdn{.}fastsync{.}top', 'seen at cdn.fastsync.top'],
  ])('reads "%s" as "%s"', (written, meant) => {
    expect(refangIndicators(written)).toBe(meant);
  });

  it.each([
    'list [a] of [.] things',
    'see (a) and [dot] ok',
    'the [at] sign alone',
    'failed logons (4625) on DC01',
    'http://example.com stays',
  ])('leaves "%s" as written', (text) => {
    expect(refangIndicators(text)).toBe(text);
  });
});

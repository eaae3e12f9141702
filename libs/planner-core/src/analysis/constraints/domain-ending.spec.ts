import { saidAsNameEnding } from './domain-ending';

const at = (text: string, suffix: string): boolean => saidAsNameEnding(text, text.indexOf(suffix));

describe('saidAsNameEnding', () => {
  it.each([
    ['lookups of domains ending in .mov last week', '.mov'],
    ['dns queries for names that end with .top, .zip or .mov', '.zip'],
    ['hostnames finishing with .zip', '.zip'],
  ])('reads a suffix after "domains … ending with" as the end of a name: %s', (text, suffix) => {
    expect(at(text, suffix)).toBe(true);
  });

  it.each([
    ['files ending in .zip written to temp', '.zip'],
    ['downloads of .zip archives from any domain', '.zip'],
  ])('leaves a file extension alone: %s', (text, suffix) => {
    expect(at(text, suffix)).toBe(false);
  });
});

import { bestExcerpt } from './excerpt.util';
import { termsOf } from './text-processing.util';

const BODY = [
  '**When to use:** an introduction about nothing in particular.',
  '',
  '## Steps',
  '',
  '1. Check the firewall rules for the subnet.',
  '2. Read event 4740 on the domain controller to find the caller computer.',
  '3. Restart the service.',
  '',
  '## Escalation',
  '',
  'Escalate when the lockout repeats.',
].join('\n');

describe('bestExcerpt', () => {
  it('should pick the list item that matches the query', () => {
    const text = bestExcerpt(BODY, termsOf('caller computer 4740'), { maxChars: 800 });
    expect(text).toContain('event 4740');
    expect(text).not.toContain('firewall');
  });

  it('should keep the chosen units in page order', () => {
    const text = bestExcerpt(BODY, termsOf('lockout caller computer'), { maxChars: 800 });
    expect(text.indexOf('4740')).toBeLessThan(text.indexOf('Escalate'));
  });

  it('should leave headings out', () => {
    expect(bestExcerpt(BODY, termsOf('steps escalation'), { maxChars: 800 })).not.toContain('##');
  });

  it('should fall back to the opening paragraph when nothing matches', () => {
    expect(bestExcerpt(BODY, termsOf('quokka'), { maxChars: 800 })).toBe(
      '**When to use:** an introduction about nothing in particular.',
    );
  });

  it('should stay within maxChars, cutting at a word', () => {
    const text = bestExcerpt(`${'word '.repeat(400)}`, termsOf('word'), { maxChars: 100 });
    expect(text.length).toBeLessThanOrEqual(100);
    expect(text.endsWith('word…')).toBe(true);
  });

  it('should handle an empty body', () => {
    expect(bestExcerpt('', termsOf('x'), { maxChars: 100 })).toBe('');
  });
});

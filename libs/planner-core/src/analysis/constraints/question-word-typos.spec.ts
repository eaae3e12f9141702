import { fixQuestionWordTypos } from './question-word-typos';

describe('fixQuestionWordTypos', () => {
  it('reads a question word typed with a letter dropped or swapped as the word meant, in its case', () => {
    expect(fixQuestionWordTypos('wich host and whcih process?')).toBe('which host and which process?');
    expect(fixQuestionWordTypos('Waht changed')).toBe('What changed');
  });

  it('should leave other words alone', () => {
    expect(fixQuestionWordTypos('the sandwich shop, with whom')).toBe('the sandwich shop, with whom');
  });
});

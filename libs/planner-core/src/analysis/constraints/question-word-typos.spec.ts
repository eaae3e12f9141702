import { fixQuestionWordTypos } from './question-word-typos';

describe('fixQuestionWordTypos', () => {
  it('reads a question word typed with a letter dropped or swapped as the word meant, in its case', () => {
    expect(fixQuestionWordTypos('wich host and whcih process?')).toBe('which host and which process?');
    expect(fixQuestionWordTypos('Waht changed')).toBe('What changed');
  });

  it('reads "how" typed without its vowel before many, much, long or often', () => {
    expect(fixQuestionWordTypos('hw many new accts per wk?')).toBe('how many new accts per wk?');
    expect(fixQuestionWordTypos('Hw much did we bill')).toBe('How much did we bill');
    expect(fixQuestionWordTypos('the hw inventory, hw many?')).toBe('the hw inventory, how many?');
    expect(fixQuestionWordTypos('list hw assets')).toBe('list hw assets');
  });

  it('should leave other words alone', () => {
    expect(fixQuestionWordTypos('the sandwich shop, with whom')).toBe('the sandwich shop, with whom');
  });
});

import { isFunctionWord } from './function-words';

describe('isFunctionWord', () => {
  it('knows pronouns, auxiliaries and common irregular verbs, in any case', () => {
    for (const word of ['her', 'Them', 'had', 'made', 'got', 'within']) expect(isFunctionWord(word)).toBe(true);
  });

  it('leaves names and content words alone', () => {
    for (const word of ['jsmith', 'login', 'export', 'password_reset', 'Finance'])
      expect(isFunctionWord(word)).toBe(false);
  });
});

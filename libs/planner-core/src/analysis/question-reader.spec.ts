import { readQuestion, splitSegments } from './question-reader';

describe('readQuestion', () => {
  it('joins two written words so they meet a compound name', () => {
    const question = 'failed sign-in attempts';

    const reading = readQuestion(question);

    expect(reading.terms.has('signin')).toBe(true);
  });

  it('reads a multi-word product name as one thing, not as its words', () => {
    const question = 'roles granted in Azure Active Directory';

    const reading = readQuestion(question);

    expect([reading.terms.has('activ'), reading.synonymTerms.has('aad')]).toEqual([false, true]);
  });

  it('takes an executable in the question as a hint of processes, at a discount', () => {
    const question = 'who ran reg.exe';

    const reading = readQuestion(question);

    expect(reading.synonymTerms.get('process')).toBeLessThan(1);
  });

  it('keeps words with digits as written', () => {
    const question = 'O365 audit';

    const reading = readQuestion(question);

    expect(reading.terms.has('o365')).toBe(true);
  });

  it('ignores stop words', () => {
    const question = 'the of and';

    const reading = readQuestion(question);

    expect(reading.terms.size).toBe(0);
  });
});

describe('splitSegments', () => {
  it('splits a question that makes a second request', () => {
    const question = 'List failed VPN logins; additionally, what is the average order value?';

    const segments = splitSegments(question);

    expect(segments).toEqual(['List failed VPN logins', 'additionally, what is the average order value?']);
  });

  it('leaves a single request whole', () => {
    const question = 'Compare orders with returns';

    const segments = splitSegments(question);

    expect(segments).toEqual([question]);
  });
});

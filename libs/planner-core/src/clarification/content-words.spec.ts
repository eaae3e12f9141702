import { contentWords } from './content-words';

describe('contentWords', () => {
  it.each([
    'can you check the thing from last week',
    "what's going on??",
    'pls look into it asap, urgent!!',
    'same as before but for the past 3 days',
    'run the usual numbers for Monday',
    'numbers look off again, can u sort it?',
    'in the last 24h',
    'Dear colleagues, kindly advise on the matter at your earliest convenience. Regards',
    'pls look at the thing from the board meeting',
    'the stuff from lunchtime, again overnight',
  ])('finds nothing to look at in "%s"', (question) => {
    expect(contentWords(question)).toEqual([]);
  });

  it.each([
    ['failed sign-ins today', ['failed', 'sign-ins']],
    ['anything from 10.0.0.5 since monday', ['10.0.0.5']],
    ['what did bob@contoso.com do yesterday', ['bob@contoso.com']],
    ['any incidents this week?', ['incidents']],
    ['Top 10 orders', ['top', 'orders']],
  ])('keeps the words that name something in "%s"', (question, words) => {
    expect(contentWords(question)).toEqual(words);
  });

  it('reads a bounded prefix of a long question', () => {
    expect(contentWords(`${'please '.repeat(200)}firewall`)).toEqual([]);
  });
});

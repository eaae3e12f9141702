import { countChatTokens, countTokens } from './token-count';

describe('token counts', () => {
  it('counts llama-3 tokens', () => {
    expect(countTokens('hello world')).toBe(2);
  });

  it('adds the chat template tokens to a chat', () => {
    const messages = [
      { role: 'system' as const, content: 'hello world' },
      { role: 'user' as const, content: 'hello world' },
    ];

    expect(countChatTokens(messages)).toBe(1 + 2 * (5 + 2) + 4);
  });
});

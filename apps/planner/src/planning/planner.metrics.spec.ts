import { fallbackReason } from './planner.metrics';

describe('fallbackReason', () => {
  it.each([
    ['Ollama did not answer within 30000 ms (timeout)', 'timeout'],
    ['Ollama answered 503 Service Unavailable', 'server_error'],
    ['the answer was invalid JSON after one retry', 'invalid_answer'],
    ['Ollama unavailable (connect ECONNREFUSED 127.0.0.1:11434); next try in 15 s', 'unavailable'],
    ['no LLM slot within the budget (busy)', 'busy'],
    ['something new', 'other'],
  ])('files "%s" under %s', (reason, label) => {
    expect(fallbackReason(reason)).toBe(label);
  });
});

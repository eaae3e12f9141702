import { fallbackLabel } from './planner.metrics';

describe('fallbackLabel', () => {
  it.each([
    ['timeout', 'timeout'],
    ['aborted', 'cancelled'],
    ['busy', 'busy'],
    ['queue_full', 'busy'],
    ['server_error', 'server_error'],
    ['bad_response', 'invalid_answer'],
    ['invalid_answer', 'invalid_answer'],
    ['no_platform', 'rejected_answer'],
    ['answer_rejected', 'rejected_answer'],
    ['unreachable', 'unavailable'],
    ['unauthorized', 'unavailable'],
    ['model_missing', 'unavailable'],
    ['circuit_open', 'unavailable'],
  ] as const)('files the kind %s under %s', (kind, label) => {
    expect(fallbackLabel(kind)).toBe(label);
  });

  it('throws on a kind it does not know (a value from outside the type system)', () => {
    expect(() => fallbackLabel('something new' as never)).toThrow('unexpected value');
  });
});

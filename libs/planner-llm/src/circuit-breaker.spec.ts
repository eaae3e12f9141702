import { CircuitBreaker } from './circuit-breaker';

describe('CircuitBreaker', () => {
  let now = 0;
  const breaker = () => new CircuitBreaker({ reprobeMs: 1000, failureThreshold: 3, now: () => now });

  beforeEach(() => {
    now = 0;
  });

  it('opens at once on a refused connection, and lets one trial through after the re-probe interval', () => {
    const b = breaker();
    b.failure('unreachable', 'ECONNREFUSED');

    expect(b.tryAcquire()).toBe(false);
    now = 1000;
    expect(b.tryAcquire()).toBe(true);
    expect(b.tryAcquire()).toBe(false);
  });

  it('closes after a successful trial', () => {
    const b = breaker();
    b.failure('unreachable', 'x');
    now = 1000;
    b.tryAcquire();
    b.success();

    expect(b.status.state).toBe('closed');
    expect(b.tryAcquire()).toBe(true);
  });

  it('opens after the threshold of consecutive timeouts, not before', () => {
    const b = breaker();
    b.failure('timeout', 't');
    b.failure('busy', 'b');

    expect(b.tryAcquire()).toBe(true);
    b.failure('server_error', 's');
    expect(b.tryAcquire()).toBe(false);
  });

  it('is not opened by bad answers', () => {
    const b = breaker();
    for (let i = 0; i < 5; i += 1) b.failure('bad_response', 'x');

    expect(b.tryAcquire()).toBe(true);
  });

  it('gives the next caller a trial when the half-open trial never reports back within its lease', () => {
    const b = new CircuitBreaker({ reprobeMs: 1000, failureThreshold: 3, trialLeaseMs: 500, now: () => now });
    b.failure('unreachable', 'x');
    now = 1000;

    expect(b.tryAcquire()).toBe(true);
    now = 1499;
    expect(b.tryAcquire()).toBe(false);
    now = 1500;
    expect(b.tryAcquire()).toBe(true);
    b.success();
    expect(b.status.state).toBe('closed');
  });

  it('opens at once when the server refuses the credentials', () => {
    const b = breaker();
    b.failure('unauthorized', '401');

    expect(b.tryAcquire()).toBe(false);
  });
});

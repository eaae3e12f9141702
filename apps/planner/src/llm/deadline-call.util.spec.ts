import { callWithDeadline } from './deadline-call.util';

describe('callWithDeadline', () => {
  afterEach(() => jest.useRealTimers());

  it('aborts the call at the deadline and rejects with a timeout', async () => {
    jest.useFakeTimers();
    let seen: AbortSignal | undefined;
    const call = callWithDeadline((signal) => ((seen = signal), new Promise<string>(() => undefined)), {
      timeoutMs: 1000,
      server: 'test',
    });
    const outcome = expect(call).rejects.toMatchObject({ kind: 'timeout' });

    await jest.advanceTimersByTimeAsync(1000);

    await outcome;
    expect(seen?.aborted).toBe(true);
  });

  it('returns by the deadline even when the call ignores its signal', async () => {
    jest.useFakeTimers();
    const call = callWithDeadline(() => new Promise<string>(() => undefined), { timeoutMs: 50, server: 'test' });
    const outcome = expect(call).rejects.toMatchObject({ kind: 'timeout' });

    await jest.advanceTimersByTimeAsync(50);

    await outcome;
  });

  it('cancels on the cancel signal as aborted, not as a timeout', async () => {
    const shutdown = new AbortController();
    const call = callWithDeadline(
      (signal) => new Promise<string>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason))),
      { timeoutMs: 60_000, cancel: shutdown.signal, server: 'test' },
    );

    shutdown.abort(new Error('shutting down'));

    await expect(call).rejects.toMatchObject({ kind: 'aborted' });
  });

  it('clears its timer and its cancel listener once the call settles', async () => {
    jest.useFakeTimers();
    const shutdown = new AbortController();
    const add = jest.spyOn(shutdown.signal, 'addEventListener');
    const remove = jest.spyOn(shutdown.signal, 'removeEventListener');

    expect(
      await callWithDeadline(async () => 'done', { timeoutMs: 60_000, cancel: shutdown.signal, server: 'test' }),
    ).toBe('done');

    expect(jest.getTimerCount()).toBe(0);
    expect(remove).toHaveBeenCalledWith('abort', add.mock.calls[0]![1]);
  });
});

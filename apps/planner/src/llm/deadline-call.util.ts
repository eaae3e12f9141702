import { abortedCallError } from './llm-call-error.util';

export interface DeadlineOptions {
  /** The call's time limit, ms. */
  readonly timeoutMs: number;
  /** Cancels the call early (the app shutting down). */
  readonly cancel?: AbortSignal;
  /** Names the server in the error message. */
  readonly server: string;
}

/**
 * Runs `call` with a signal that aborts at the deadline or on `cancel`, and returns or throws
 * by the deadline even if `call` ignores its signal.
 *
 * One `AbortController` per call, aborted by a plain `setTimeout` and cleared in `finally`:
 * `AbortSignal.any([AbortSignal.timeout(ms), shutdown])` holds its sources weakly on Node 20, and
 * a garbage collection while the call waits can drop the timeout so that it never fires (the
 * call then hangs until undici's own 300 s limit, holding its LLM slot). Here the timer holds the
 * controller strongly until it fires or is cleared, and the `cancel` listener is removed after.
 */
export async function callWithDeadline<T>(
  call: (signal: AbortSignal) => Promise<T>,
  options: DeadlineOptions,
): Promise<T> {
  const controller = new AbortController();
  let onAbort: (() => void) | undefined;
  const stopped = new Promise<never>((_, reject) => {
    onAbort = () => reject(abortedCallError(controller.signal, options.server));
    controller.signal.addEventListener('abort', onAbort, { once: true });
  });
  stopped.catch(() => undefined); // the race reports it; never an unhandled rejection
  const timer = setTimeout(
    () => controller.abort(new DOMException('the LLM call hit its deadline', 'TimeoutError')),
    Math.max(1, Math.floor(options.timeoutMs)),
  );
  const cancel = options.cancel;
  const onCancel = () => controller.abort(cancel?.reason ?? new DOMException('cancelled', 'AbortError'));
  if (cancel?.aborted) onCancel();
  else cancel?.addEventListener('abort', onCancel, { once: true });
  try {
    return await Promise.race([call(controller.signal), stopped]);
  } finally {
    clearTimeout(timer);
    cancel?.removeEventListener('abort', onCancel);
    if (onAbort) controller.signal.removeEventListener('abort', onAbort);
  }
}

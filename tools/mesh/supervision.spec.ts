import { EventEmitter } from 'node:events';
import { DEFAULT_RESTART_TRIES, stopOnTerminationAsOnInterrupt, supervisionOptions, watchParent } from './supervision';

describe('supervisionOptions', () => {
  it('keeps the others running and restarts with exponential back-off', () => {
    expect(supervisionOptions({})).toEqual({
      killOthersOn: [],
      restartTries: DEFAULT_RESTART_TRIES,
      restartDelay: 'exponential',
    });
    expect(supervisionOptions({ MESH_RESTART_TRIES: '0' }).restartTries).toBe(0);
  });

  it('names MESH_RESTART_TRIES when it is unusable', () => {
    expect(() => supervisionOptions({ MESH_RESTART_TRIES: 'many' })).toThrow(/MESH_RESTART_TRIES/);
  });
});

describe('watchParent', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('calls back once when the parent process changes', () => {
    let parent = 100;
    const gone = jest.fn();
    watchParent(gone, { intervalMs: 500, ppid: () => parent });

    jest.advanceTimersByTime(1500);
    parent = 1;
    jest.advanceTimersByTime(1500);

    expect(gone).toHaveBeenCalledTimes(1);
  });
});

describe('stopOnTerminationAsOnInterrupt', () => {
  it.each(['SIGTERM', 'SIGHUP'])(
    'sends %s to the listeners of SIGINT only (the path on which concurrently restarts nothing)',
    (signal) => {
      const proc = new EventEmitter();
      const seen: string[] = [];
      const killWith = (received: string) => seen.push(received);
      for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP']) proc.on(name, killWith);

      stopOnTerminationAsOnInterrupt(proc as unknown as NodeJS.Process);
      proc.emit(signal, signal);

      expect(seen).toEqual(['SIGINT']);
    },
  );
});

import { DEFAULT_RESTART_TRIES, supervisionOptions, watchParent } from './supervision';

describe('supervisionOptions', () => {
  it('keeps the others running and restarts with exponential back-off', () => {
    expect(supervisionOptions({})).toEqual({ killOthersOn: [], restartTries: DEFAULT_RESTART_TRIES, restartDelay: 'exponential' });
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

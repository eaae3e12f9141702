import { nestLogLevels } from './log-levels.util';

describe('nestLogLevels', () => {
  it('shows log, warn, error and fatal at info', () => {
    expect(nestLogLevels('info')).toEqual(['fatal', 'error', 'warn', 'log']);
  });

  it('shows nothing when silent and everything at trace', () => {
    expect(nestLogLevels('silent')).toEqual([]);
    expect(nestLogLevels('trace')).toEqual(['fatal', 'error', 'warn', 'log', 'debug', 'verbose']);
  });
});

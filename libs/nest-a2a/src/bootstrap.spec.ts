import { exitOnBootstrapFailure } from './bootstrap';

describe('exitOnBootstrapFailure', () => {
  it('writes the cause to stderr and exits with code 1', () => {
    const exit = jest.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    const lines: string[] = [];

    exitOnBootstrapFailure(new Error('listen EADDRINUSE: address already in use 127.0.0.1:9000'), { write: (line: string) => lines.push(line) > 0 });

    expect(lines).toEqual(['[Bootstrap] start-up failed: listen EADDRINUSE: address already in use 127.0.0.1:9000\n']);
    expect(exit).toHaveBeenCalledWith(1);
    exit.mockRestore();
  });
});

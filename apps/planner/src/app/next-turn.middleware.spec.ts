import type { Request, Response } from 'express';
import { NextTurnMiddleware } from './next-turn.middleware';

describe('NextTurnMiddleware', () => {
  it('passes the request on in a later turn of the event loop, not at once', async () => {
    const next = jest.fn();

    new NextTurnMiddleware().use({} as Request, {} as Response, next);
    const calledAtOnce = next.mock.calls.length;
    await new Promise((resolve) => setImmediate(resolve));

    expect(calledAtOnce).toBe(0);
    expect(next).toHaveBeenCalledTimes(1);
  });
});

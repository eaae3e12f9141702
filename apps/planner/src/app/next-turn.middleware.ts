import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/**
 * Passes the request on in the next turn of the event loop. Placed between the stages that walk
 * a large JSON body (parsing, the JSON guard, validation), it splits one long stretch of CPU into
 * several shorter ones, so `/health` and other requests' I/O are served in between.
 */
@Injectable()
export class NextTurnMiddleware implements NestMiddleware {
  use(_request: Request, _response: Response, next: NextFunction): void {
    setImmediate(next);
  }
}
